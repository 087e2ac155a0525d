#include "auth/key_store.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "auth/api_key.h"
#include "auth/data_dir.h"
#include "auth/hmac_sha256.h"
#include "auth/key_file.h"

namespace convoguard::auth {
namespace {

constexpr int kSchemaVersion = 1;
constexpr const char* kSchemaComponent = "api_keys";
constexpr std::string_view kPepperCheckInput = "convoguard/api-keys/pepper-check/v1";
constexpr std::string_view kIdPrefix = "key_";
constexpr size_t kIdHexDigits = 16;
constexpr size_t kMaxTenantBytes = 128;
constexpr size_t kMaxModels = 1000;
constexpr size_t kMaxModelBytes = 256;
constexpr size_t kMaxLabelBytes = 256;

using Digest = HmacSha256::Digest;

// The digest is an HMAC output, uniformly distributed: its first bytes are a
// good hash. Equality is constant-time, so no lookup leaks how many leading
// bytes of a digest matched.
struct DigestHash {
  size_t operator()(const Digest& d) const {
    size_t h;
    std::memcpy(&h, d.data(), sizeof h);
    return h;
  }
};
struct DigestEq {
  bool operator()(const Digest& a, const Digest& b) const { return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0; }
};

// ------------------------------------------------------------ SQLite helpers

// Owns a prepared statement; binds and reads by 1-based / 0-based index.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool prepared() const { return rc_ == SQLITE_OK && stmt_ != nullptr; }
  void Bind(int i, std::string_view s) { sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT); }
  void BindBlob(int i, const void* p, size_t n) { sqlite3_bind_blob(stmt_, i, p, static_cast<int>(n), SQLITE_TRANSIENT); }
  void Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return prepared() ? sqlite3_step(stmt_) : rc_; }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col)) : std::string();
  }
  std::string_view Blob(int col) const {
    const void* p = sqlite3_column_blob(stmt_, col);
    return p ? std::string_view(static_cast<const char*>(p), sqlite3_column_bytes(stmt_, col)) : std::string_view();
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_;
};

// A failed SQLite call as a Status: corruption is DataLoss, the rest Unavailable.
Status SqlError(sqlite3* db, int rc, std::string_view what) {
  std::string m = "key store: " + std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  const int primary = rc & 0xFF;
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) return Status::DataLoss(std::move(m));
  return Status::Unavailable(std::move(m));
}

Status Exec(sqlite3* db, const char* sql, std::string_view what) {
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::Ok() : SqlError(db, rc, what);
}

// Runs a statement that returns no rows (or ignores them).
Status Run(Stmt& s, sqlite3* db, std::string_view what) {
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
  }
  return rc == SQLITE_DONE ? Status::Ok() : SqlError(db, rc, what);
}

// BEGIN IMMEDIATE ... COMMIT, rolled back unless Commit() succeeds.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) { begun_ = Exec(db, "BEGIN IMMEDIATE", "begin"); }
  ~Transaction() {
    if (begun_.ok() && !committed_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  const Status& begun() const { return begun_; }
  Status Commit() {
    Status s = Exec(db_, "COMMIT", "commit");
    committed_ = s.ok();
    return s;
  }

 private:
  sqlite3* db_;
  Status begun_;
  bool committed_ = false;
};

int64_t ToUnix(UnixSeconds t) { return t.time_since_epoch().count(); }
UnixSeconds FromUnix(int64_t s) { return UnixSeconds(std::chrono::seconds(s)); }

bool PrintableNoSpace(std::string_view s, std::string_view also_forbidden = {}) {
  return std::all_of(s.begin(), s.end(), [&](char c) {
    return c > 0x20 && c < 0x7F && also_forbidden.find(c) == std::string_view::npos;
  });
}

Status ValidateNewKey(const NewKey& k) {
  if (k.tenant.empty() || k.tenant.size() > kMaxTenantBytes || !PrintableNoSpace(k.tenant)) {
    return Status::InvalidArgument("tenant must be 1 to 128 printable ASCII characters without spaces");
  }
  if (k.allowed_models.size() > kMaxModels) return Status::InvalidArgument("at most 1000 allowed models");
  for (const std::string& m : k.allowed_models) {
    if (m.empty() || m.size() > kMaxModelBytes || !PrintableNoSpace(m, ",")) {
      return Status::InvalidArgument("a model name must be 1 to 256 printable ASCII characters without spaces or commas");
    }
  }
  if (k.label.size() > kMaxLabelBytes ||
      std::any_of(k.label.begin(), k.label.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; })) {
    return Status::InvalidArgument("label must be at most 256 bytes without control characters");
  }
  if (k.limits.requests_per_minute > RateLimiter::kMaxPerMinute || k.limits.tokens_per_minute > RateLimiter::kMaxPerMinute) {
    return Status::InvalidArgument("rate limits must be at most 10000000000 per minute");
  }
  return Status::Ok();
}

bool ValidKeyId(std::string_view id) {
  if (id.size() != kIdPrefix.size() + kIdHexDigits || !id.starts_with(kIdPrefix)) return false;
  return std::all_of(id.begin() + kIdPrefix.size(), id.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

Result<std::string> NewKeyId() {
  unsigned char r[kIdHexDigits / 2];
  if (RAND_bytes(r, sizeof r) != 1) return Status::Internal("RAND_bytes failed");
  std::string id(kIdPrefix);
  for (unsigned char b : r) {
    id.push_back("0123456789abcdef"[b >> 4]);
    id.push_back("0123456789abcdef"[b & 15]);
  }
  return id;
}

}  // namespace

// ------------------------------------------------------------ public helpers

bool KeyInfo::AllowsModel(std::string_view model) const {
  if (allowed_models.empty()) return true;
  return std::find(allowed_models.begin(), allowed_models.end(), model) != allowed_models.end();
}

const char* AuthFailureCode(AuthFailure f) {
  switch (f) {
    case AuthFailure::kNone: return "ok";
    case AuthFailure::kMalformed:
    case AuthFailure::kUnknown: return "invalid_api_key";
    case AuthFailure::kRevoked: return "api_key_revoked";
    case AuthFailure::kExpired: return "api_key_expired";
    case AuthFailure::kUnavailable: return "auth_unavailable";
  }
  return "auth_unavailable";
}

int AuthFailureHttpStatus(AuthFailure f) {
  switch (f) {
    case AuthFailure::kNone: return 200;
    case AuthFailure::kUnavailable: return 503;
    default: return 401;
  }
}

const char* AuthFailureName(AuthFailure f) {
  switch (f) {
    case AuthFailure::kNone: return "ok";
    case AuthFailure::kMalformed: return "malformed";
    case AuthFailure::kUnknown: return "unknown";
    case AuthFailure::kRevoked: return "revoked";
    case AuthFailure::kExpired: return "expired";
    case AuthFailure::kUnavailable: return "unavailable";
  }
  return "unavailable";
}

CreatedKey::~CreatedKey() { WipeString(api_key); }

// ------------------------------------------------------------ KeyStore

struct KeyStore::Snapshot {
  Status health;  // not ok: Authenticate fails closed
  std::unordered_map<Digest, KeyInfo, DigestHash, DigestEq> by_digest;
};

namespace {

// Creates or checks the schema and the pepper check value, in one transaction.
Status Migrate(sqlite3* db, const Digest& pepper_check) {
  Transaction tx(db);
  if (!tx.begun().ok()) return tx.begun();
  if (Status s = Exec(db,
                      "CREATE TABLE IF NOT EXISTS schema_versions ("
                      " component TEXT PRIMARY KEY, version INTEGER NOT NULL)",
                      "create schema_versions");
      !s.ok()) {
    return s;
  }
  int64_t version = 0;
  int rc;
  {
    Stmt get(db, "SELECT version FROM schema_versions WHERE component = ?1");
    get.Bind(1, std::string_view(kSchemaComponent));
    rc = get.Step();
    if (rc == SQLITE_ROW) version = get.Int(0);
  }
  if (rc == SQLITE_ROW) {
    if (version > kSchemaVersion) {
      return Status::FailedPrecondition("key store: database has api_keys schema version " + std::to_string(version) +
                                        ", newer than this ConvoGuard (" + std::to_string(kSchemaVersion) + ")");
    }
    if (version < 1) return Status::DataLoss("key store: invalid api_keys schema version " + std::to_string(version));
  } else if (rc == SQLITE_DONE) {
    if (Status s = Exec(db,
                        "CREATE TABLE api_keys ("
                        " id TEXT PRIMARY KEY,"
                        " digest BLOB NOT NULL UNIQUE CHECK (length(digest) = 32),"
                        " tenant TEXT NOT NULL,"
                        " allowed_models TEXT NOT NULL,"
                        " label TEXT NOT NULL,"
                        " requests_per_minute INTEGER NOT NULL,"
                        " tokens_per_minute INTEGER NOT NULL,"
                        " created_at INTEGER NOT NULL,"
                        " expires_at INTEGER,"
                        " revoked_at INTEGER);"
                        "CREATE TABLE api_key_settings (name TEXT PRIMARY KEY, value BLOB NOT NULL);",
                        "create api_keys");
        !s.ok()) {
      return s;
    }
    Stmt put(db, "INSERT INTO schema_versions (component, version) VALUES (?1, ?2)");
    put.Bind(1, std::string_view(kSchemaComponent));
    put.Bind(2, int64_t{kSchemaVersion});
    if (Status s = Run(put, db, "record schema version"); !s.ok()) return s;
    Stmt check(db, "INSERT INTO api_key_settings (name, value) VALUES ('pepper_check', ?1)");
    check.BindBlob(1, pepper_check.data(), pepper_check.size());
    if (Status s = Run(check, db, "record pepper check"); !s.ok()) return s;
  } else {
    return SqlError(db, rc, "read schema version");
  }
  {
    Stmt check(db, "SELECT value FROM api_key_settings WHERE name = 'pepper_check'");
    rc = check.Step();
    if (rc == SQLITE_DONE) return Status::DataLoss("key store: pepper check value missing");
    if (rc != SQLITE_ROW) return SqlError(db, rc, "read pepper check");
    std::string_view stored = check.Blob(0);
    if (stored.size() != pepper_check.size() ||
        CRYPTO_memcmp(stored.data(), pepper_check.data(), stored.size()) != 0) {
      return Status::FailedPrecondition(
          "key store: the pepper key file does not match this database (its keys were hashed with another pepper)");
    }
  }
  return tx.Commit();
}

}  // namespace

KeyStore::KeyStore(sqlite3* db, std::unique_ptr<HmacSha256> digester, Options options)
    : options_(options), digester_(std::move(digester)), db_(db) {}

KeyStore::~KeyStore() { sqlite3_close_v2(db_); }

Result<std::unique_ptr<KeyStore>> KeyStore::Open(const std::string& db_path, const SecretKey& pepper,
                                                  Options options) {
  // The padded key states are hashed once; each digest clones them
  // (hmac_sha256.h), so concurrent callers share nothing mutable.
  auto digester = HmacSha256::Create(pepper.data(), SecretKey::kSize);
  if (!digester.ok()) return digester.status();
  Digest pepper_check;
  if (!(*digester)->Compute(kPepperCheckInput, pepper_check)) return Status::Internal("HMAC failed");

  // A new database file is created 0600 first: SQLite gives its -wal and
  // -shm files the database file's permissions. (An empty file is an empty
  // database.)
  if (int fd = ::open(db_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600); fd >= 0) ::close(fd);

  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    Status s = SqlError(db, rc, "open " + db_path);
    sqlite3_close_v2(db);
    return s;
  }
  std::unique_ptr<KeyStore> store(new KeyStore(db, std::move(*digester), options));
  sqlite3_busy_timeout(db, static_cast<int>(options.busy_timeout.count()));
  // journal_mode returns a row; the first read of a non-database file fails here.
  if (Status s = Exec(db, "PRAGMA journal_mode = WAL", "enable WAL"); !s.ok()) return s;
  if (Status s = Migrate(db, pepper_check); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(store->db_mu_);
  if (Status s = store->RefreshLocked(); !s.ok()) return s;
  store->next_check_ns_.store(
      (std::chrono::steady_clock::now() + options.refresh_interval).time_since_epoch().count());
  return store;
}

Status KeyStore::RefreshLocked() const {
  Stmt version(db_, "PRAGMA data_version");
  int rc = version.Step();
  if (rc != SQLITE_ROW) {
    Status s = SqlError(db_, rc, "read data_version");
    auto failed = std::make_shared<Snapshot>();
    failed->health = s;
    snapshot_.store(std::move(failed));
    data_version_ = -1;
    return s;
  }
  int64_t v = version.Int(0);
  auto current = snapshot_.load();
  if (v == data_version_ && current && current->health.ok()) return Status::Ok();
  Status s = ReloadLocked();
  data_version_ = s.ok() ? v : -1;
  return s;
}

Status KeyStore::ReloadLocked() const {
  auto snap = std::make_shared<Snapshot>();
  auto fail = [&](Status s) {
    auto failed = std::make_shared<Snapshot>();
    failed->health = s;
    snapshot_.store(std::move(failed));
    return s;
  };
  Stmt q(db_,
         "SELECT id, digest, tenant, allowed_models, label, requests_per_minute, tokens_per_minute,"
         " created_at, expires_at, revoked_at FROM api_keys");
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) {
    KeyInfo k;
    k.id = q.Text(0);
    std::string_view digest = q.Blob(1);
    if (digest.size() != 32) return fail(Status::DataLoss("key store: key " + k.id + " has a bad digest"));
    k.tenant = q.Text(2);
    auto models = nlohmann::json::parse(q.Text(3), nullptr, /*allow_exceptions=*/false);
    if (!models.is_array()) return fail(Status::DataLoss("key store: key " + k.id + " has bad allowed_models"));
    for (const auto& m : models) {
      if (!m.is_string()) return fail(Status::DataLoss("key store: key " + k.id + " has bad allowed_models"));
      k.allowed_models.push_back(m.get<std::string>());
    }
    k.label = q.Text(4);
    k.limits.requests_per_minute = static_cast<uint64_t>(std::max<int64_t>(0, q.Int(5)));
    k.limits.tokens_per_minute = static_cast<uint64_t>(std::max<int64_t>(0, q.Int(6)));
    k.created_at = FromUnix(q.Int(7));
    if (!q.IsNull(8)) k.expires_at = FromUnix(q.Int(8));
    if (!q.IsNull(9)) k.revoked_at = FromUnix(q.Int(9));
    Digest d;
    std::memcpy(d.data(), digest.data(), d.size());
    snap->by_digest.emplace(d, std::move(k));
  }
  if (rc != SQLITE_DONE) return fail(SqlError(db_, rc, "load api_keys"));
  snapshot_.store(std::move(snap));
  return Status::Ok();
}

void KeyStore::MaybeRefresh() const {
  if (options_.refresh_interval <= std::chrono::milliseconds::zero()) return;
  const int64_t now = std::chrono::steady_clock::now().time_since_epoch().count();
  if (now < next_check_ns_.load(std::memory_order_relaxed)) return;
  std::unique_lock<std::mutex> lock(db_mu_, std::try_to_lock);
  if (!lock.owns_lock()) return;  // another thread is refreshing or writing
  if (now < next_check_ns_.load(std::memory_order_relaxed)) return;
  RefreshLocked();  // a failure is published in the snapshot's health
  const auto interval = std::chrono::duration_cast<std::chrono::steady_clock::duration>(options_.refresh_interval);
  next_check_ns_.store((std::chrono::steady_clock::now() + interval).time_since_epoch().count(),
                       std::memory_order_relaxed);
}

Status KeyStore::Refresh() const {
  std::lock_guard<std::mutex> lock(db_mu_);
  return RefreshLocked();
}

AuthResult KeyStore::Authenticate(std::string_view presented, std::chrono::system_clock::time_point now) const {
  AuthResult r;
  if (!ParseAndVerifyApiKey(presented).ok()) {
    r.failure = AuthFailure::kMalformed;
    return r;
  }
  MaybeRefresh();
  std::shared_ptr<const Snapshot> snap = snapshot_.load(std::memory_order_acquire);
  Digest d;
  if (!snap || !snap->health.ok() || !digester_->Compute(presented, d)) {
    r.failure = AuthFailure::kUnavailable;
    return r;
  }
  auto it = snap->by_digest.find(d);
  OPENSSL_cleanse(d.data(), d.size());
  if (it == snap->by_digest.end()) {
    r.failure = AuthFailure::kUnknown;
    return r;
  }
  const KeyInfo& k = it->second;
  if (k.revoked_at) {
    r.failure = AuthFailure::kRevoked;
  } else if (k.expires_at && now >= *k.expires_at) {
    r.failure = AuthFailure::kExpired;
  } else {
    r.failure = AuthFailure::kNone;
    r.key = std::shared_ptr<const KeyInfo>(snap, &k);
  }
  return r;
}

Result<CreatedKey> KeyStore::Create(const NewKey& key) {
  if (Status s = ValidateNewKey(key); !s.ok()) return s;
  CreatedKey created;
  auto plaintext = GenerateApiKey();
  if (!plaintext.ok()) return plaintext.status();
  created.api_key = std::move(*plaintext);
  auto id = NewKeyId();
  if (!id.ok()) return id.status();
  created.id = std::move(*id);
  Digest d;
  if (!digester_->Compute(created.api_key, d)) return Status::Internal("HMAC failed");

  const int64_t now = ToUnix(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
  std::lock_guard<std::mutex> lock(db_mu_);
  Stmt ins(db_,
           "INSERT INTO api_keys (id, digest, tenant, allowed_models, label, requests_per_minute,"
           " tokens_per_minute, created_at, expires_at, revoked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL)");
  ins.Bind(1, created.id);
  ins.BindBlob(2, d.data(), d.size());
  ins.Bind(3, key.tenant);
  ins.Bind(4, nlohmann::json(key.allowed_models).dump());
  ins.Bind(5, key.label);
  ins.Bind(6, static_cast<int64_t>(key.limits.requests_per_minute));
  ins.Bind(7, static_cast<int64_t>(key.limits.tokens_per_minute));
  ins.Bind(8, now);
  if (key.expires_at) {
    ins.Bind(9, ToUnix(*key.expires_at));
  } else {
    ins.BindNull(9);
  }
  if (Status s = Run(ins, db_, "insert key"); !s.ok()) return s;
  // Our own write does not change this connection's data_version: reload
  // explicitly. The key is stored either way, so it is returned even if the
  // reload fails (which the snapshot's health then reports).
  ReloadLocked();
  return created;
}

Status KeyStore::Revoke(std::string_view id) {
  if (!ValidKeyId(id)) return Status::InvalidArgument("a key id is key_ followed by 16 hex digits");
  const int64_t now = ToUnix(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
  std::lock_guard<std::mutex> lock(db_mu_);
  Stmt exists(db_, "SELECT revoked_at FROM api_keys WHERE id = ?1");
  exists.Bind(1, id);
  int rc = exists.Step();
  if (rc == SQLITE_DONE) return Status::NotFound("no key with id " + std::string(id));
  if (rc != SQLITE_ROW) return SqlError(db_, rc, "look up key");
  const bool already = !exists.IsNull(0);
  if (!already) {
    Stmt upd(db_, "UPDATE api_keys SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL");
    upd.Bind(1, now);
    upd.Bind(2, id);
    if (Status s = Run(upd, db_, "revoke key"); !s.ok()) return s;
  }
  return ReloadLocked();
}

Result<std::vector<KeyInfo>> KeyStore::List() {
  std::shared_ptr<const Snapshot> snap;
  {
    std::lock_guard<std::mutex> lock(db_mu_);
    if (Status s = RefreshLocked(); !s.ok()) return s;
    snap = snapshot_.load();
  }
  std::vector<KeyInfo> out;
  out.reserve(snap->by_digest.size());
  for (const auto& [digest, info] : snap->by_digest) out.push_back(info);
  std::sort(out.begin(), out.end(), [](const KeyInfo& a, const KeyInfo& b) {
    return a.created_at != b.created_at ? a.created_at < b.created_at : a.id < b.id;
  });
  return out;
}

Result<std::unique_ptr<KeyStore>> OpenKeyStoreInDataDir(const std::string& data_dir, KeyStore::Options options) {
  if (Status s = EnsureDataDir(data_dir); !s.ok()) return s;
  auto pepper = LoadOrCreateKeyFile(ApiKeyPepperPath(data_dir));
  if (!pepper.ok()) return pepper.status();
  return KeyStore::Open(DatabasePath(data_dir), *pepper, options);
}

}  // namespace convoguard::auth
