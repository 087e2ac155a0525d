#include "auth/hmac_sha256.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <cstring>

namespace convoguard::auth {

namespace {

constexpr size_t kBlock = 64;

// A SHA-256 context that has hashed the key's block XOR `pad`; null on failure.
EVP_MD_CTX* PaddedState(const unsigned char* key, size_t key_size, unsigned char pad) {
  unsigned char block[kBlock];
  std::memset(block, 0, sizeof block);
  std::memcpy(block, key, key_size);
  for (unsigned char& b : block) b ^= pad;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  const bool ok = ctx != nullptr && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1 &&
                  EVP_DigestUpdate(ctx, block, sizeof block) == 1;
  OPENSSL_cleanse(block, sizeof block);
  if (!ok) {
    EVP_MD_CTX_free(ctx);
    return nullptr;
  }
  return ctx;
}

// Hashes `data` on a copy of `state` into `out` (32 bytes).
bool Finish(const EVP_MD_CTX* state, const void* data, size_t size, unsigned char* out) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  unsigned int len = 0;
  const bool ok = ctx != nullptr && EVP_MD_CTX_copy_ex(ctx, state) == 1 && EVP_DigestUpdate(ctx, data, size) == 1 &&
                  EVP_DigestFinal_ex(ctx, out, &len) == 1 && len == 32;
  EVP_MD_CTX_free(ctx);
  return ok;
}

}  // namespace

Result<std::unique_ptr<HmacSha256>> HmacSha256::Create(const unsigned char* key, size_t key_size) {
  if (key_size > kBlock) return Status::InvalidArgument("an HMAC key longer than SHA-256's block");
  EVP_MD_CTX* inner = PaddedState(key, key_size, 0x36);
  EVP_MD_CTX* outer = PaddedState(key, key_size, 0x5c);
  if (inner == nullptr || outer == nullptr) {
    EVP_MD_CTX_free(inner);
    EVP_MD_CTX_free(outer);
    return Status::Internal("SHA-256 unavailable in OpenSSL");
  }
  return std::unique_ptr<HmacSha256>(new HmacSha256(inner, outer));
}

HmacSha256::~HmacSha256() {
  EVP_MD_CTX_free(inner_);
  EVP_MD_CTX_free(outer_);
}

bool HmacSha256::Compute(std::string_view data, Digest& out) const {
  Digest inner;
  const bool ok = Finish(inner_, data.data(), data.size(), inner.data()) &&
                  Finish(outer_, inner.data(), inner.size(), out.data());
  OPENSSL_cleanse(inner.data(), inner.size());
  return ok;
}

}  // namespace convoguard::auth
