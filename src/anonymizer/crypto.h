// Thin wrappers over OpenSSL EVP used by the operators and the vault, plus the
// byte encodings they print. No hand-written cryptography: HMAC, AES-GCM and
// randomness all come from libcrypto.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "convoguard/pseudonym_vault.h"
#include "convoguard/status.h"

namespace convoguard::anonymizer {

inline constexpr unsigned char kSealVersion = 0x01;
inline constexpr size_t kNonceBytes = 12;
inline constexpr size_t kTagBytes = 16;
// Sealed output is version + nonce + ciphertext + tag.
inline constexpr size_t kSealOverhead = 1 + kNonceBytes + kTagBytes;

// HMAC-SHA256(key, data): 32 raw bytes.
Result<std::string> HmacSha256(std::string_view key, std::string_view data);

// Subkey for one purpose: HMAC-SHA256(master, "convoguard/" + purpose).
// Purposes in use: "hash/v1", "token/v1", "vault/v1".
Result<SecretKey> DeriveSubkey(const SecretKey& master, std::string_view purpose);

// AES-256-GCM with a fresh random 96-bit nonce. The additional authenticated
// data is the version byte followed by `associated_data`.
// Output: version | nonce | ciphertext | tag.
Result<std::string> Seal(const SecretKey& key, std::string_view plaintext,
                         std::string_view associated_data);
// Reverses Seal. Any failure to authenticate -> DataLoss.
Result<std::string> Open(const SecretKey& key, std::string_view sealed,
                         std::string_view associated_data);

std::string HexEncode(std::string_view bytes);
std::string Base64UrlEncode(std::string_view bytes);  // no padding
// nullopt-like failure as a Status: InvalidArgument on a bad character.
Result<std::string> Base64UrlDecode(std::string_view text);

}  // namespace convoguard::anonymizer
