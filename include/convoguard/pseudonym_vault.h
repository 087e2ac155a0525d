// Keys and the pseudonym vault: the per-conversation mapping between typed
// placeholders (<EMAIL_ADDRESS_1>) and the original values they stand for.
//
//   auto key = convoguard::SecretKey::FromKeyFile("/etc/convoguard/key");
//   convoguard::PseudonymVault vault("conversation-42");
//   auto p = vault.PlaceholderFor("EMAIL_ADDRESS", "jane@example.com");  // "<EMAIL_ADDRESS_1>"
//   std::string answer = vault.Restore("Write to <EMAIL_ADDRESS_1>.");  // original back
//   auto blob = vault.Serialize(*key);  // AES-256-GCM, bound to the scope id
//   auto again = convoguard::PseudonymVault::Deserialize(*key, "conversation-42", *blob);
//
// The serialized format is documented in docs/formats/vault.md.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "convoguard/status.h"

namespace convoguard {

// How a restored value is written into the text: as it is, or escaped for
// the inside of a JSON string literal (a tool call's arguments are a JSON
// document inside a string, so a value with a quote must become \").
enum class RestoreEncoding { kRaw, kJsonString };

// A 32-byte secret key. The bytes live on the heap and are wiped
// (OPENSSL_cleanse) when the key is destroyed or moved from. The key is a
// master key: the operators and the vault each derive their own subkey from
// it (docs/anonymizer.md), so one key file serves all of them.
//
// Thread safety: immutable after creation; share it by const reference or
// shared_ptr<const SecretKey>.
class SecretKey {
 public:
  static constexpr size_t kSize = 32;

  // 32 bytes from the OpenSSL random generator (RAND_bytes).
  static Result<SecretKey> Generate();
  // REQUIRES nothing: any input that is not exactly 32 bytes is rejected.
  static Result<SecretKey> FromBytes(std::string_view bytes);
  // Key file format: 64 hexadecimal digits (the 32 key bytes), optionally
  // surrounded by whitespace; lines starting with '#' are comments. This is
  // exactly what `openssl rand -hex 32` prints. Bad contents -> InvalidArgument,
  // unreadable file -> NotFound.
  static Result<SecretKey> ParseKeyFile(std::string_view contents);
  static Result<SecretKey> FromKeyFile(const std::string& path);
  // The key in key file format (64 hex digits and a newline).
  std::string ToKeyFile() const;

  SecretKey(SecretKey&&) noexcept = default;
  SecretKey& operator=(SecretKey&&) noexcept = default;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  ~SecretKey() = default;

  // REQUIRES: not moved from. Exactly kSize bytes.
  const unsigned char* data() const { return bytes_->data(); }

 private:
  struct Wipe { void operator()(std::array<unsigned char, kSize>* p) const; };
  explicit SecretKey(std::unique_ptr<std::array<unsigned char, kSize>, Wipe> b) : bytes_(std::move(b)) {}
  std::unique_ptr<std::array<unsigned char, kSize>, Wipe> bytes_;
};

// The placeholder mapping of ONE scope (one conversation). Within a vault the
// same (entity type, value) always gets the same placeholder, and different
// values of a type get consecutive numbers starting at 1:
// <EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>, <PERSON_1>. Scopes never share a
// vault, so a placeholder from one conversation means nothing in another.
//
// Thread safety: every method may be called from several threads at once
// (one mutex). Original values are wiped from memory when the vault dies.
class PseudonymVault {
 public:
  // Limits that keep one conversation from growing a vault without bound.
  static constexpr size_t kMaxEntries = 100000;
  static constexpr size_t kMaxValueBytes = 1 << 20;

  explicit PseudonymVault(std::string scope_id);
  ~PseudonymVault();
  PseudonymVault(const PseudonymVault&) = delete;
  PseudonymVault& operator=(const PseudonymVault&) = delete;

  const std::string& scope_id() const { return scope_id_; }

  // The placeholder for `value` of `entity_type`, allocating the next number
  // of that type on first sight. entity_type must be [A-Z][A-Z0-9_]* (at
  // most 64 bytes) -> else InvalidArgument; a full vault -> ResourceExhausted.
  Result<std::string> PlaceholderFor(std::string_view entity_type, std::string_view value);

  // The original value behind a complete placeholder such as
  // "<EMAIL_ADDRESS_1>", or nullopt if this vault never issued it.
  std::optional<std::string> Lookup(std::string_view placeholder) const;

  // True if this vault issued a placeholder for exactly this value of this
  // type (the gateway uses it to tell a user's own value, restored into an
  // answer, from one the model produced).
  bool HoldsValue(std::string_view entity_type, std::string_view value) const;

  size_t size() const;
  // Length in bytes of the longest placeholder issued so far (0 if none).
  size_t max_placeholder_length() const;

  // Replaces every placeholder this vault issued by its original value.
  // Unknown placeholders (e.g. ones a model invented) stay as they are.
  std::string Restore(std::string_view text, RestoreEncoding enc = RestoreEncoding::kRaw) const;

  // Encrypts the whole mapping with AES-256-GCM under a subkey of `key`, with
  // the scope id in the associated data. See docs/formats/vault.md.
  Result<std::string> Serialize(const SecretKey& key) const;
  // Reverses Serialize. A wrong key, a tampered or truncated blob, or a blob
  // written for another scope -> DataLoss; nothing is half-loaded.
  static Result<std::unique_ptr<PseudonymVault>> Deserialize(const SecretKey& key,
                                                             std::string_view scope_id,
                                                             std::string_view blob);

 private:
  struct Entry {
    std::string entity_type;
    uint32_t number;
    std::string value;
  };
  Status InsertLocked(Entry e);  // REQUIRES: mu_ held (or vault unshared)

  const std::string scope_id_;
  mutable std::mutex mu_;
  // placeholder -> entry, and (type + '\0' + value) -> placeholder
  std::unordered_map<std::string, Entry> by_placeholder_;
  std::unordered_map<std::string, std::string> by_value_;
  std::map<std::string, uint32_t, std::less<>> next_number_;  // per entity type
  size_t max_placeholder_length_ = 0;
};

// Puts originals back into a streamed text (e.g. a model's answer arriving as
// server-sent events). Write returns what can be emitted now; only a possible
// unfinished placeholder at the end of a chunk ("<EMAIL_ADD") is held back,
// and never more than the vault's longest placeholder minus one byte.
//
// The vault must outlive the restorer. A restorer belongs to one thread at a
// time; the vault it reads may be shared.
class StreamRestorer {
 public:
  explicit StreamRestorer(const PseudonymVault& vault, RestoreEncoding enc = RestoreEncoding::kRaw)
      : vault_(vault), enc_(enc) {}
  std::string Write(std::string_view chunk);
  // Emits whatever is still held back. REQUIRES: called once, at the end.
  std::string Finish();
  size_t held_bytes() const { return held_.size(); }

 private:
  const PseudonymVault& vault_;
  RestoreEncoding enc_;
  std::string held_;
};

}  // namespace convoguard
