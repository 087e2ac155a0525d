// The keyring of key-encryption keys (KEKs), modelled on Vault Transit and
// Tink's envelope AEAD. Data keys (one per subject) are generated locally and
// stored only wrapped by a KEK; the KEK material stays with its provider (a
// local key file by default, a PKCS#11 token for HSMs).
//
//   auto provider = convoguard::LocalKeyFileProvider::OpenOrCreate({.path = "/var/lib/cg/keyring.json"});
//   auto keyring = convoguard::Keyring::Open(std::move(*provider));
//   auto wrapped = (*keyring)->WrapKey(dek, "tenant-a/subject-7");   // under the primary version
//   auto again = (*keyring)->UnwrapKey(*wrapped, "tenant-a/subject-7");
//
// Versions: each rotation adds a version and makes it primary. Older versions
// only decrypt, down to min_decryption_version; Retire raises that minimum and
// destroys the material below it. Formats: docs/formats/keyring.md.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/pseudonym_vault.h"  // SecretKey
#include "convoguard/status.h"

namespace convoguard {

// Roles checked by Keyring::CheckRole. The operator who runs the gateway holds
// neither credential; see docs/storage.md "Roles".
inline constexpr std::string_view kRoleKeyAdmin = "key-admin";
inline constexpr std::string_view kRoleReader = "reader";

struct KekVersion {
  uint32_t version = 0;
  int64_t created_unix = 0;
};

// Keyring metadata; no secrets. Persisted by the provider.
struct KeyringState {
  std::vector<KekVersion> versions;  // ascending, only versions >= min_decryption_version
  uint32_t primary = 0;              // newest version; 0 only before the first key exists
  uint32_t min_decryption_version = 1;
  int64_t rotation_period_seconds = 0;  // 0: rotate only on demand
  // role name -> hex HMAC-SHA256 verifier of the role's credential
  std::vector<std::pair<std::string, std::string>> role_verifiers;
};

// Where KEK material lives. One small interface (the seam a cloud KMS plugs
// into, docs/storage.md): wrap/unwrap/mac under a named version, create and
// destroy versions, and persist the metadata. Implementations must never
// return or log KEK bytes.
//
// Thread safety: the Keyring serialises every call with its own mutex.
class KekProvider {
 public:
  virtual ~KekProvider() = default;
  virtual std::string name() const = 0;  // "local-file", "pkcs11"
  virtual Result<KeyringState> LoadState() = 0;
  virtual Status SaveState(const KeyringState& state) = 0;
  // Creates fresh key material for `version` (which must not exist yet).
  virtual Status CreateVersion(uint32_t version) = 0;
  // Destroys the material of `version`; afterwards nothing it wrapped can be unwrapped.
  virtual Status DestroyVersion(uint32_t version) = 0;
  // Authenticated encryption of a data key; `context` is bound as associated data.
  virtual Result<std::string> Wrap(uint32_t version, const SecretKey& key, std::string_view context) = 0;
  // Any authentication failure -> DataLoss; unknown version -> NotFound.
  virtual Result<SecretKey> Unwrap(uint32_t version, std::string_view wrapped, std::string_view context) = 0;
  // HMAC-SHA256 of `data` under a key of `version` kept for signing (audit checkpoints).
  virtual Result<std::string> Mac(uint32_t version, std::string_view data) = 0;
  // Whether the persisted state may have changed since the last LoadState
  // (another process rotated or retired). Cheap; called before wrapping and
  // signing so a long-running process never wraps under a stale primary.
  virtual bool Changed() = 0;
};

// Options of the default provider: a JSON key file created on first start
// with mode 0600. With a passphrase, the key material in the file is sealed
// under a key derived with scrypt (OpenSSL EVP_KDF) and the metadata is bound
// as associated data.
struct LocalKeyFileOptions {
  std::string path;
  std::string passphrase;  // empty: the file is protected by its permissions only
  // scrypt cost for new files (N = 2^log2_n, r = 8, p = 1). Tests lower it.
  int scrypt_log2_n = 15;
};

class LocalKeyFileProvider {
 public:
  // Opens the file, or creates it (0600, atomically) with no versions yet.
  // A file readable by group/others -> FailedPrecondition. Wrong passphrase or
  // tampered file -> DataLoss.
  static Result<std::unique_ptr<KekProvider>> OpenOrCreate(const LocalKeyFileOptions& options);
  // Opens an existing file only (NotFound if absent).
  static Result<std::unique_ptr<KekProvider>> OpenExisting(const LocalKeyFileOptions& options);
};

// PKCS#11 token (e.g. SoftHSM2). KEKs are non-extractable AES-256 keys on the
// token labelled "<label_prefix>-kek-<version>", MAC keys "<label_prefix>-mac-<version>",
// and the metadata a data object "<label_prefix>-state".
struct Pkcs11Options {
  std::string module_path = "/usr/lib/softhsm/libsofthsm2.so";
  std::string token_label;
  std::string pin;  // user PIN
  std::string label_prefix = "convoguard";
};
class Pkcs11Provider {
 public:
  static Result<std::unique_ptr<KekProvider>> Open(const Pkcs11Options& options);
};

// Thread safety: every method may be called from several threads at once.
class Keyring {
 public:
  // Loads the state; creates version 1 if the provider has none yet.
  static Result<std::unique_ptr<Keyring>> Open(std::unique_ptr<KekProvider> provider);

  KeyringState state() const;
  uint32_t primary_version() const;
  std::string provider_name() const;

  // Wraps a data key under the primary version. Output (docs/formats/keyring.md):
  // 'W' | u32 kek_version | provider blob. `context` is bound as associated data.
  Result<std::string> WrapKey(const SecretKey& key, std::string_view context);
  // Below min_decryption_version or destroyed -> FailedPrecondition; tampered -> DataLoss.
  // A version newer than this process knows triggers one Reload (another
  // process rotated).
  Result<SecretKey> UnwrapKey(std::string_view wrapped, std::string_view context);
  // The KEK version a wrapped key was made with, or InvalidArgument.
  static Result<uint32_t> WrappedVersion(std::string_view wrapped);

  // Adds a version and makes it primary. Returns the new version.
  Result<uint32_t> Rotate(int64_t now_unix);
  // Rotates if the primary is older than rotation_period_seconds (> 0). Returns whether it rotated.
  Result<bool> RotateIfDue(int64_t now_unix);
  Status SetRotationPeriod(int64_t seconds);
  // Sets min_decryption_version to `min_version` and destroys every version
  // below it. REQUIRES (checked by the caller, e.g. the store): nothing is
  // still wrapped under those versions; rewrap first. min_version must be
  // <= primary -> else InvalidArgument.
  Status Retire(uint32_t min_version);
  Status Reload();

  // Checkpoint signatures for the audit log: 'M' | u32 version | HMAC-SHA256.
  Result<std::string> Sign(std::string_view data);
  Status Verify(std::string_view data, std::string_view signature);

  // Role credentials: 32-byte secrets (key-file format) whose HMAC verifier
  // is stored in the keyring state. CheckRole: wrong or unset -> FailedPrecondition
  // ("permission denied ..."), compared in constant time.
  Status SetRoleCredential(std::string_view role, const SecretKey& credential);
  Status CheckRole(std::string_view role, const SecretKey& credential) const;

 private:
  explicit Keyring(std::unique_ptr<KekProvider> provider) : provider_(std::move(provider)) {}
  Status CheckUsableLocked(uint32_t version) const;
  Status RefreshIfChangedLocked();  // REQUIRES mu_
  mutable std::mutex mu_;
  std::unique_ptr<KekProvider> provider_;
  KeyringState state_;
};

}  // namespace convoguard
