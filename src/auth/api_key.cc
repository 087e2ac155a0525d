#include "auth/api_key.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <zlib.h>

#include <array>
#include <memory>

namespace convoguard::auth {
namespace {

// Digits in value order, as GitHub's token format and most base62 codecs use.
constexpr std::string_view kBase62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

bool IsBase62(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// `value` in exactly `width` base62 digits, most significant first, leading '0's.
std::string FixedBase62(uint64_t value, size_t width) {
  std::string out(width, '0');
  for (size_t i = width; i-- > 0 && value > 0;) {
    out[i] = kBase62[value % 62];
    value /= 62;
  }
  return out;
}

struct BnFree {
  void operator()(BIGNUM* b) const { BN_clear_free(b); }
};

}  // namespace

std::string ApiKeyChecksum(std::string_view body) {
  uLong crc = crc32(0L, Z_NULL, 0);
  crc = crc32(crc, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()));
  return FixedBase62(static_cast<uint32_t>(crc), kApiKeyChecksumChars);
}

Result<std::string> GenerateApiKey() {
  std::array<unsigned char, kApiKeySecretBytes> secret;
  if (RAND_bytes(secret.data(), static_cast<int>(secret.size())) != 1) {
    return Status::Internal("RAND_bytes failed");
  }
  // 256 bits to base62 through OpenSSL's bignum division (a 32-byte integer
  // is past every built-in type); BN_clear_free wipes the copy.
  std::unique_ptr<BIGNUM, BnFree> n(BN_bin2bn(secret.data(), static_cast<int>(secret.size()), nullptr));
  OPENSSL_cleanse(secret.data(), secret.size());
  if (!n) return Status::Internal("BN_bin2bn failed");
  std::string key(kApiKeyPrefix);
  std::string body(kApiKeyBodyChars, '0');
  for (size_t i = kApiKeyBodyChars; i-- > 0;) {
    BN_ULONG rem = BN_div_word(n.get(), 62);
    if (rem == static_cast<BN_ULONG>(-1)) return Status::Internal("BN_div_word failed");
    body[i] = kBase62[rem];
  }
  key += body;
  key += ApiKeyChecksum(body);
  OPENSSL_cleanse(body.data(), body.size());
  return key;
}

Status ParseAndVerifyApiKey(std::string_view key) {
  if (key.size() != kApiKeyChars) return Status::InvalidArgument("API key has the wrong length");
  if (!key.starts_with(kApiKeyPrefix)) return Status::InvalidArgument("API key lacks the cgk_ prefix");
  std::string_view rest = key.substr(kApiKeyPrefix.size());
  for (char c : rest) {
    if (!IsBase62(c)) return Status::InvalidArgument("API key has a character outside base62");
  }
  std::string_view body = rest.substr(0, kApiKeyBodyChars);
  std::string_view checksum = rest.substr(kApiKeyBodyChars);
  // The checksum is public information, so an ordinary comparison is fine.
  if (ApiKeyChecksum(body) != checksum) return Status::InvalidArgument("API key checksum does not match");
  return Status::Ok();
}

}  // namespace convoguard::auth
