// API keys of the gateway's clients, stored in the embedded SQLite database
// as keyed hashes only: HMAC-SHA256(pepper, key). The plaintext key exists
// once, in Create's result; List never returns keys or hashes.
//
//   auto pepper = auth::LoadOrCreateKeyFile(auth::ApiKeyPepperPath(dir));
//   auto store = auth::KeyStore::Open(auth::DatabasePath(dir), *pepper);
//   auto created = (*store)->Create({.tenant = "acme", .allowed_models = {"gpt-4o"}});
//   // show created->api_key once
//   auth::AuthResult r = (*store)->Authenticate(bearer_value, std::chrono::system_clock::now());
//   if (!r.ok()) { /* r.http_status() (401/503), body code r.code() */ }
//   else if (!r.key->AllowsModel(model)) { /* 403 */ }
//
// Authenticate is the request hot path: it checks the key's format and
// checksum (malformed keys never reach a lookup), computes the HMAC and looks
// it up in an in-memory snapshot of the table, comparing digests with
// CRYPTO_memcmp. The snapshot is reloaded when another process (the CLI)
// changes the database: Authenticate checks `PRAGMA data_version` at most
// once per Options::refresh_interval, on the calling thread, so a revocation
// takes effect within that interval plus one reload. If the database cannot
// be read, every Authenticate fails closed with kUnavailable until a later
// check succeeds.
//
// Thread safety: every method may be called from any thread at once.
// Schema: docs/formats/api_key.md.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/rate_limiter.h"
#include "convoguard/pseudonym_vault.h"
#include "convoguard/status.h"

struct sqlite3;

namespace convoguard::auth {

class HmacSha256;

using UnixSeconds = std::chrono::sys_seconds;

// What a key may do. Copyable value.
struct KeyInfo {
  std::string id;      // "key_" + 16 hex digits; public, safe to log
  std::string tenant;
  std::vector<std::string> allowed_models;  // empty: every model
  std::optional<UnixSeconds> expires_at;    // nullopt: never
  std::string label;
  RateLimits limits;  // per key; 0 = not set here (the gateway's default applies)
  UnixSeconds created_at{};
  std::optional<UnixSeconds> revoked_at;  // always nullopt for an authenticated key

  // True when allowed_models is empty or holds `model` exactly.
  bool AllowsModel(std::string_view model) const;
};

// Why Authenticate said no. Each maps to a stable machine code for the
// response body (AuthFailureCode) and an HTTP status (AuthFailureHttpStatus).
enum class AuthFailure {
  kNone,         // authenticated
  kMalformed,    // not a well-formed cgk_ key with a good checksum -> 401 "invalid_api_key"
  kUnknown,      // well-formed, not in the store                   -> 401 "invalid_api_key"
  kRevoked,      //                                                 -> 401 "api_key_revoked"
  kExpired,      //                                                 -> 401 "api_key_expired"
  kUnavailable,  // the store cannot be read: fail closed           -> 503 "auth_unavailable"
};
const char* AuthFailureCode(AuthFailure f);  // "ok" for kNone
int AuthFailureHttpStatus(AuthFailure f);    // 200 for kNone
// For logs: "malformed", "unknown", "revoked", "expired", "unavailable".
const char* AuthFailureName(AuthFailure f);

struct AuthResult {
  AuthFailure failure = AuthFailure::kUnavailable;
  // Set iff ok(). Shares ownership of the snapshot it came from, so it stays
  // valid after reloads; cheap to copy.
  std::shared_ptr<const KeyInfo> key;

  bool ok() const { return failure == AuthFailure::kNone; }
  const char* code() const { return AuthFailureCode(failure); }
  int http_status() const { return AuthFailureHttpStatus(failure); }
};

// What Create needs. Limits checked by Create: tenant 1..128 printable ASCII
// bytes without spaces; at most 1000 models, each 1..256 printable ASCII
// bytes without spaces or commas; label at most 256 bytes without control
// characters.
struct NewKey {
  std::string tenant;
  std::vector<std::string> allowed_models;  // empty: every model
  std::optional<UnixSeconds> expires_at;
  std::string label;
  RateLimits limits;
};

// Create's result. The plaintext key is wiped when this is destroyed.
struct CreatedKey {
  std::string id;
  std::string api_key;  // show once; it is not stored anywhere
  CreatedKey() = default;
  CreatedKey(CreatedKey&&) noexcept = default;
  CreatedKey& operator=(CreatedKey&&) noexcept = default;
  ~CreatedKey();
};

class KeyStore {
 public:
  struct Options {
    // How often Authenticate looks for changes made by other processes. The
    // thread that finds a change reloads the whole table (about 0.6 ms per
    // 1000 keys, BENCHMARKS.md) while the others keep using the old snapshot.
    // Zero or less: Authenticate never checks; call Refresh() yourself, e.g.
    // from a timer thread, to keep reloads off the request path.
    std::chrono::milliseconds refresh_interval{250};
    // How long a statement waits for another process's write lock.
    std::chrono::milliseconds busy_timeout{5000};
  };

  // Opens (creating if needed) the database at db_path, in WAL mode, and
  // loads the snapshot. The pepper is copied; the caller keeps its key.
  // Errors: not a database / corrupt -> DataLoss; a database whose keys were
  // hashed with another pepper -> FailedPrecondition; a newer schema ->
  // FailedPrecondition; cannot open -> Unavailable.
  static Result<std::unique_ptr<KeyStore>> Open(const std::string& db_path, const SecretKey& pepper,
                                                Options options);
  static Result<std::unique_ptr<KeyStore>> Open(const std::string& db_path, const SecretKey& pepper) {
    return Open(db_path, pepper, Options{});
  }

  ~KeyStore();
  KeyStore(const KeyStore&) = delete;
  KeyStore& operator=(const KeyStore&) = delete;

  // Issues a new key. Invalid fields -> InvalidArgument (nothing written).
  Result<CreatedKey> Create(const NewKey& key);
  // Every key, revoked and expired ones included, oldest first.
  Result<std::vector<KeyInfo>> List();
  // Revokes a key for good. Unknown id -> NotFound; a malformed id ->
  // InvalidArgument; an already revoked key -> Ok (idempotent).
  Status Revoke(std::string_view id);

  // `presented` is the Bearer value exactly as sent (no "Bearer " prefix).
  // `now` decides expiry (a key expires at expires_at, inclusive).
  AuthResult Authenticate(std::string_view presented, std::chrono::system_clock::time_point now) const;

  // Checks for changes now (ignoring the interval) and reloads if any.
  // Returns the health after the check: ok, or why Authenticate fails closed.
  Status Refresh() const;

 private:
  struct Snapshot;
  KeyStore(sqlite3* db, std::unique_ptr<HmacSha256> digester, Options options);

  void MaybeRefresh() const;
  Status RefreshLocked() const;  // REQUIRES: db_mu_ held
  Status ReloadLocked() const;   // REQUIRES: db_mu_ held

  const Options options_;
  const std::unique_ptr<HmacSha256> digester_;  // HMAC-SHA256 under the pepper
  mutable std::mutex db_mu_;  // guards db_ and data_version_
  sqlite3* const db_;
  mutable int64_t data_version_ = -1;
  mutable std::atomic<int64_t> next_check_ns_{0};  // steady_clock, for MaybeRefresh
  mutable std::atomic<std::shared_ptr<const Snapshot>> snapshot_;
};

// The data directory's key store: creates the directory (0700) and the
// pepper file (0600) if needed, then opens <data_dir>/convoguard.db.
Result<std::unique_ptr<KeyStore>> OpenKeyStoreInDataDir(const std::string& data_dir,
                                                        KeyStore::Options options = {});

}  // namespace convoguard::auth
