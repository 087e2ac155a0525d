// AES-256-GCM with the key schedule kept between messages, for the store's
// hot path. The byte format is exactly anonymizer::Seal's (version 0x01 |
// nonce | ciphertext | tag, AAD = version byte + associated data), so either
// side opens what the other sealed (tested).
//
// Why not just anonymizer::Seal: it creates a cipher context and expands the
// key on every call, and returns a fresh string the envelope then copies
// behind its header. At 16 KB that costs about a quarter of the throughput
// (BENCHMARKS.md); here the context is set up once per key and the
// ciphertext is written straight after the caller's header.
//
// Thread safety: one AesGcmKey belongs to one thread at a time (the OpenSSL
// context is mutable state). Key bytes live only in the SecretKey and in the
// OpenSSL context, which EVP_CIPHER_CTX_free cleanses.
#pragma once

#include <openssl/evp.h>

#include <memory>
#include <string>
#include <string_view>

#include "convoguard/pseudonym_vault.h"
#include "convoguard/status.h"

namespace convoguard::keyring {

class AesGcmKey {
 public:
  static Result<AesGcmKey> Create(const SecretKey& key);

  // Appends version | nonce | ciphertext | tag to `out` (which may already
  // hold a header). Fresh random nonce per call.
  Status SealAppend(std::string_view plaintext, std::string_view associated_data, std::string& out);
  // Opens what SealAppend or anonymizer::Seal produced. Any failure -> DataLoss.
  Result<std::string> Open(std::string_view sealed, std::string_view associated_data);

 private:
  struct CtxFree {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
  };
  AesGcmKey() = default;
  std::unique_ptr<EVP_CIPHER_CTX, CtxFree> enc_;
  std::unique_ptr<EVP_CIPHER_CTX, CtxFree> dec_;
};

}  // namespace convoguard::keyring
