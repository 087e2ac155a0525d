// The ConvoGuard API key format: "cgk_" + 43 base62 characters (32 random
// bytes) + 6 base62 characters (CRC32 of those 43), 53 characters in all.
//
//   auto key = convoguard::auth::GenerateApiKey();        // shown to the user once
//   if (!convoguard::auth::ParseAndVerifyApiKey(bearer).ok()) { /* 401, no lookup */ }
//
// The prefix lets secret scanners (ours: the convoguard_api_key rule) find a
// leaked key; the checksum lets them, and the gateway, reject look-alikes and
// typos without a database lookup. The checksum is not a security feature:
// anyone can compute it. Layout and rationale: docs/formats/api_key.md.
//
// Thread safety: pure functions, safe from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "convoguard/status.h"

namespace convoguard::auth {

inline constexpr std::string_view kApiKeyPrefix = "cgk_";
inline constexpr size_t kApiKeySecretBytes = 32;
inline constexpr size_t kApiKeyBodyChars = 43;      // 62^43 > 2^256
inline constexpr size_t kApiKeyChecksumChars = 6;   // 62^6 > 2^32
inline constexpr size_t kApiKeyChars = 4 + kApiKeyBodyChars + kApiKeyChecksumChars;  // 53

// A fresh key from the OpenSSL random generator (RAND_bytes). Fails only when
// the generator does (Internal). The caller owns the plaintext: show it once,
// store only its keyed hash, and wipe it (OPENSSL_cleanse) when done.
Result<std::string> GenerateApiKey();

// Ok when `key` is exactly prefix + 43 base62 + 6 base62 and the checksum
// matches the body. Anything else -> InvalidArgument with a message that
// never repeats the input (it may be someone's secret).
Status ParseAndVerifyApiKey(std::string_view key);

// The 6-character checksum of a 43-character body: CRC32 (zlib, IEEE
// polynomial) of the body's ASCII bytes in fixed-width base62.
std::string ApiKeyChecksum(std::string_view body);

}  // namespace convoguard::auth
