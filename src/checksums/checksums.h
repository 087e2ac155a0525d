// Check-digit and structure validators used to confirm candidates. All take
// the candidate as written and ignore the separators they document; all are
// pure functions, safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace convoguard::checksums {

// The ASCII digits of s, in order, everything else dropped.
std::string DigitsOf(std::string_view s);
// s with spaces, hyphens, dots and slashes removed.
std::string StripSeparators(std::string_view s);

bool Luhn(std::string_view digits);             // payment cards, IMEI, CA SIN
bool IbanMod97(std::string_view iban);          // ISO 13616, letters and digits, any spacing
bool AbaRouting(std::string_view digits);       // 9 digits, 3-7-1 weights
bool NhsMod11(std::string_view digits);         // 10 digits
bool Verhoeff(std::string_view digits);         // Aadhaar
bool Base58Check(std::string_view s);           // Bitcoin P2PKH/P2SH addresses (double SHA-256)
bool Bech32Address(std::string_view s);         // bc1... segwit addresses (bech32 and bech32m)
// Ethereum address "0x" + 40 hex digits whose letter case encodes the EIP-55
// checksum. All-lower or all-upper addresses carry no checksum: false.
bool Eip55(std::string_view address);

// Keccak-256 as Ethereum uses it (original Keccak padding 0x01, not the
// SHA3-256 padding 0x06). Returns the 32-byte digest.
std::string Keccak256(std::string_view data);

// Shannon entropy in bits per character.
double ShannonEntropy(std::string_view s);

}  // namespace convoguard::checksums
