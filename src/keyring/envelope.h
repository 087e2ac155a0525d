// Versioned AES-256-GCM envelopes: the byte format every ciphertext of the
// keyring and the store uses. The sealed part is anonymizer::Seal's format
// (made by AesGcmKey, OpenSSL EVP); this file only adds a kind byte and a key version in front, and binds both,
// with the caller's context, into the associated data.
//
//   kind (1) | key version (u32 BE) | anonymizer::Seal output
//
// Formats: docs/formats/keyring.md, docs/formats/store.md.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "convoguard/pseudonym_vault.h"
#include "convoguard/status.h"
#include "keyring/aes_gcm.h"

namespace convoguard::keyring {

inline constexpr char kKindWrappedKey = 'W';
inline constexpr char kKindRecord = 'R';
inline constexpr char kKindMac = 'M';
inline constexpr size_t kEnvelopeHeader = 5;

// Unambiguous associated data: the purpose label, then each field as
// u32 BE length + bytes. ("a","bc") and ("ab","c") never collide.
std::string BindContext(std::string_view purpose, std::initializer_list<std::string_view> fields);

std::string PutU32(uint32_t v);  // 4 bytes big-endian

// Encrypts under `key`, recording `version`. The associated data is
// kind | version | context, so a changed kind, version or context fails to open.
Result<std::string> SealVersioned(char kind, uint32_t version, const SecretKey& key,
                                  std::string_view plaintext, std::string_view context);
// The (kind, version) header of an envelope; InvalidArgument if too short or wrong kind.
Result<uint32_t> EnvelopeVersion(char kind, std::string_view sealed);
// Reverses SealVersioned; any mismatch or tampering -> DataLoss.
Result<std::string> OpenVersioned(char kind, const SecretKey& key, std::string_view sealed,
                                  std::string_view context);

// The same with a prepared key (no key setup per call).
Result<std::string> SealVersioned(char kind, uint32_t version, AesGcmKey& key, std::string_view plaintext,
                                  std::string_view context);
Result<std::string> OpenVersioned(char kind, AesGcmKey& key, std::string_view sealed, std::string_view context);

// Record encryption for the conversation store: context binds tenant and conversation.
Result<std::string> EncryptRecord(AesGcmKey& dek, uint32_t dek_version, std::string_view tenant,
                                  std::string_view conversation, std::string_view plaintext);
Result<std::string> DecryptRecord(AesGcmKey& dek, std::string_view tenant, std::string_view conversation,
                                  std::string_view sealed);
Result<std::string> EncryptRecord(const SecretKey& dek, uint32_t dek_version, std::string_view tenant,
                                  std::string_view conversation, std::string_view plaintext);
Result<std::string> DecryptRecord(const SecretKey& dek, std::string_view tenant,
                                  std::string_view conversation, std::string_view sealed);

// Wipes a string's bytes (OPENSSL_cleanse) and clears it.
void Wipe(std::string& s);

}  // namespace convoguard::keyring
