// HMAC-SHA256 (RFC 2104) under one fixed key, for digests computed per
// request (API-key lookup). The key's inner and outer padded blocks are
// hashed once, at Create; each Compute clones those two SHA-256 states and
// hashes only the message and the inner digest, instead of setting up an
// HMAC context (a MAC context duplicated and freed per call). The output is
// HMAC-SHA256's, byte for byte.
//
// The two states are derived from the key and held like it: freed with
// OpenSSL's cleansing free. Thread safety: Compute is const and may be
// called from any number of threads at once (the states are only read).
#pragma once

#include <array>
#include <memory>
#include <string_view>

#include "convoguard/status.h"

typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace convoguard::auth {

class HmacSha256 {
 public:
  using Digest = std::array<unsigned char, 32>;
  // REQUIRES: key_size <= 64 (SHA-256's block; the pepper is 32 bytes).
  static Result<std::unique_ptr<HmacSha256>> Create(const unsigned char* key, size_t key_size);
  ~HmacSha256();
  HmacSha256(const HmacSha256&) = delete;
  HmacSha256& operator=(const HmacSha256&) = delete;

  // False only when OpenSSL fails (out is then unspecified).
  bool Compute(std::string_view data, Digest& out) const;

 private:
  HmacSha256(EVP_MD_CTX* inner, EVP_MD_CTX* outer) : inner_(inner), outer_(outer) {}
  EVP_MD_CTX* inner_;  // SHA-256 after (key ^ ipad)
  EVP_MD_CTX* outer_;  // SHA-256 after (key ^ opad)
};

}  // namespace convoguard::auth
