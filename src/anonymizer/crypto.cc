#include "anonymizer/crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>

namespace convoguard::anonymizer {
namespace {

struct CipherCtxFree {
  void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

// GCM takes int lengths; one gibibyte is far beyond anything we seal.
constexpr size_t kMaxSealBytes = size_t{1} << 30;

const unsigned char* U(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
unsigned char* U(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

}  // namespace

Result<std::string> HmacSha256(std::string_view key, std::string_view data) {
  std::string out(32, '\0');
  size_t out_len = 0;
  // EVP_Q_mac: one-shot EVP_MAC "HMAC" with digest SHA256.
  if (EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(), key.size(), U(data),
                data.size(), U(out), out.size(), &out_len) == nullptr ||
      out_len != 32) {
    return Status::Internal("HMAC-SHA256 failed");
  }
  return out;
}

Result<SecretKey> DeriveSubkey(const SecretKey& master, std::string_view purpose) {
  std::string label = "convoguard/";
  label.append(purpose);
  auto mac = HmacSha256(
      std::string_view(reinterpret_cast<const char*>(master.data()), SecretKey::kSize), label);
  if (!mac.ok()) return mac.status();
  auto key = SecretKey::FromBytes(*mac);
  OPENSSL_cleanse(mac->data(), mac->size());
  return key;
}

Result<std::string> Seal(const SecretKey& key, std::string_view plaintext,
                         std::string_view associated_data) {
  if (plaintext.size() > kMaxSealBytes || associated_data.size() > kMaxSealBytes) {
    return Status::ResourceExhausted("too large to encrypt");
  }
  std::string out(kSealOverhead + plaintext.size(), '\0');
  out[0] = static_cast<char>(kSealVersion);
  unsigned char* nonce = U(out) + 1;
  unsigned char* ct = nonce + kNonceBytes;
  unsigned char* tag = ct + plaintext.size();
  if (RAND_bytes(nonce, kNonceBytes) != 1) return Status::Internal("RAND_bytes failed");
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  int len = 0;
  const unsigned char version = kSealVersion;
  bool ok = ctx != nullptr &&
            EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
            EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
            EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) == 1 &&
            EVP_EncryptUpdate(ctx.get(), nullptr, &len, &version, 1) == 1 &&
            (associated_data.empty() ||
             EVP_EncryptUpdate(ctx.get(), nullptr, &len, U(associated_data),
                               static_cast<int>(associated_data.size())) == 1) &&
            (plaintext.empty() ||
             EVP_EncryptUpdate(ctx.get(), ct, &len, U(plaintext), static_cast<int>(plaintext.size())) == 1) &&
            EVP_EncryptFinal_ex(ctx.get(), ct + plaintext.size(), &len) == 1 &&
            EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag) == 1;
  if (!ok) return Status::Internal("AES-256-GCM encryption failed");
  return out;
}

Result<std::string> Open(const SecretKey& key, std::string_view sealed,
                         std::string_view associated_data) {
  if (sealed.size() < kSealOverhead) return Status::DataLoss("encrypted data is truncated");
  if (static_cast<unsigned char>(sealed[0]) != kSealVersion) {
    return Status::DataLoss("unknown encryption format version " +
                            std::to_string(static_cast<unsigned char>(sealed[0])));
  }
  if (sealed.size() > kMaxSealBytes + kSealOverhead || associated_data.size() > kMaxSealBytes) {
    return Status::ResourceExhausted("too large to decrypt");
  }
  const size_t ct_len = sealed.size() - kSealOverhead;
  const unsigned char* nonce = U(sealed) + 1;
  const unsigned char* ct = nonce + kNonceBytes;
  std::string tag(sealed.substr(1 + kNonceBytes + ct_len));
  std::string out(ct_len, '\0');
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  int len = 0;
  const unsigned char version = kSealVersion;
  bool setup = ctx != nullptr &&
               EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
               EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
               EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) == 1 &&
               EVP_DecryptUpdate(ctx.get(), nullptr, &len, &version, 1) == 1 &&
               (associated_data.empty() ||
                EVP_DecryptUpdate(ctx.get(), nullptr, &len, U(associated_data),
                                  static_cast<int>(associated_data.size())) == 1) &&
               (ct_len == 0 ||
                EVP_DecryptUpdate(ctx.get(), U(out), &len, ct, static_cast<int>(ct_len)) == 1) &&
               EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, U(tag)) == 1;
  if (!setup) return Status::Internal("AES-256-GCM decryption failed to start");
  if (EVP_DecryptFinal_ex(ctx.get(), U(out) + ct_len, &len) != 1) {
    OPENSSL_cleanse(out.data(), out.size());
    return Status::DataLoss("authentication failed: wrong key, wrong context or tampered data");
  }
  return out;
}

std::string HexEncode(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char b : bytes) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 15]);
  }
  return out;
}

namespace {
constexpr char kB64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
int B64UrlValue(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}
}  // namespace

std::string Base64UrlEncode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  const auto* p = U(bytes);
  for (; i + 3 <= bytes.size(); i += 3) {
    uint32_t v = (uint32_t{p[i]} << 16) | (uint32_t{p[i + 1]} << 8) | p[i + 2];
    for (int s = 18; s >= 0; s -= 6) out.push_back(kB64Url[(v >> s) & 63]);
  }
  size_t rest = bytes.size() - i;
  if (rest == 1) {
    uint32_t v = uint32_t{p[i]} << 16;
    out.push_back(kB64Url[(v >> 18) & 63]);
    out.push_back(kB64Url[(v >> 12) & 63]);
  } else if (rest == 2) {
    uint32_t v = (uint32_t{p[i]} << 16) | (uint32_t{p[i + 1]} << 8);
    out.push_back(kB64Url[(v >> 18) & 63]);
    out.push_back(kB64Url[(v >> 12) & 63]);
    out.push_back(kB64Url[(v >> 6) & 63]);
  }
  return out;
}

Result<std::string> Base64UrlDecode(std::string_view text) {
  if (text.size() % 4 == 1) return Status::InvalidArgument("bad base64url length");
  std::string out;
  out.reserve(text.size() * 3 / 4);
  uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    int v = B64UrlValue(c);
    if (v < 0) return Status::InvalidArgument("bad base64url character");
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  // Leftover bits must be zero, so each token has exactly one spelling.
  if ((acc & ((1u << bits) - 1)) != 0) return Status::InvalidArgument("bad base64url padding bits");
  return out;
}

}  // namespace convoguard::anonymizer
