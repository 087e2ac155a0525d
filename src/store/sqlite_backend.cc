// SQLite backend: the records in one database file (WAL journal,
// synchronous=FULL so a COMMIT has reached the disk when it returns,
// secure_delete so deleted content is overwritten), the wrapped subject keys
// in another, so a copy of the records never carries the keys.
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <unordered_map>

#include "store/backend.h"

namespace convoguard::store {
namespace {

constexpr const char* kRecordsSchema = R"sql(
CREATE TABLE IF NOT EXISTS conversation_records (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant            TEXT    NOT NULL,
  conversation_id   TEXT    NOT NULL,
  subject_id        TEXT    NOT NULL,
  created_ms        INTEGER NOT NULL,
  model             TEXT    NOT NULL,
  prompt_tokens     INTEGER NOT NULL,
  completion_tokens INTEGER NOT NULL,
  detectors         TEXT    NOT NULL,
  mode              TEXT    NOT NULL,
  dek_version       INTEGER NOT NULL,
  content           BLOB,
  vault             BLOB
);
CREATE INDEX IF NOT EXISTS records_by_subject ON conversation_records (tenant, subject_id);
CREATE INDEX IF NOT EXISTS records_by_conversation ON conversation_records (tenant, conversation_id);
CREATE INDEX IF NOT EXISTS records_by_time ON conversation_records (tenant, created_ms);
)sql";

constexpr const char* kKeysSchema = R"sql(
CREATE TABLE IF NOT EXISTS subject_keys (
  tenant      TEXT    NOT NULL,
  subject_id  TEXT    NOT NULL,
  dek_version INTEGER NOT NULL,
  kek_version INTEGER NOT NULL,
  wrapped     BLOB    NOT NULL,
  created_ms  INTEGER NOT NULL,
  PRIMARY KEY (tenant, subject_id)
);
)sql";

constexpr const char* kRecordColumns =
    "id, tenant, conversation_id, subject_id, created_ms, model, prompt_tokens, completion_tokens, "
    "detectors, mode, dek_version, content, vault";

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, DbClose>;
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

Status Error(sqlite3* db, const std::string& what) {
  int code = sqlite3_errcode(db);
  std::string msg = what + ": " + sqlite3_errmsg(db);
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_IOERR || code == SQLITE_FULL ||
      code == SQLITE_CANTOPEN) {
    return Status::Unavailable(msg);
  }
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Status::DataLoss(msg);
  if (code == SQLITE_CONSTRAINT) return Status::FailedPrecondition(msg);
  return Status::Internal(msg);
}

Result<Db> OpenDb(const std::string& path, const char* schema) {
  // Create the file 0600 ourselves; SQLite gives its -wal and -shm files the
  // same mode as the database.
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return Status::Unavailable("cannot open " + path + ": " + std::strerror(errno));
  ::close(fd);
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) return Error(raw, "cannot open " + path);
  sqlite3_busy_timeout(db.get(), 5000);
  // synchronous=FULL: in WAL mode every COMMIT fsyncs the WAL, the store's
  // durability point. wal_autocheckpoint=16384 pages (64 MiB): checkpoints,
  // which fsync the main file, run every ~30k 2 KB records instead of ~1.5k
  // (BM_StoreAppend2KB: 19k -> 23k records/s).
  const std::string setup = std::string(
                                "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON; "
                                "PRAGMA wal_autocheckpoint=16384; "
                                "PRAGMA foreign_keys=ON;") +
                            schema;
  char* err = nullptr;
  if (sqlite3_exec(db.get(), setup.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::Unavailable("cannot set up " + path + ": " + m);
  }
  return db;
}

class SqliteBackend final : public Backend {
 public:
  SqliteBackend(Db records, Db keys) : records_(std::move(records)), keys_(std::move(keys)) {}
  ~SqliteBackend() override {
    cache_.clear();  // finalize statements before the connections close
    keys_cache_.clear();
  }
  std::string name() const override { return "sqlite"; }

  Result<std::optional<SubjectKeyRow>> GetSubjectKey(const std::string& tenant, const std::string& subject) override {
    auto s = Prepare(keys_.get(),
                     "SELECT dek_version, kek_version, wrapped, created_ms FROM subject_keys "
                     "WHERE tenant = ?1 AND subject_id = ?2");
    if (!s.ok()) return s.status();
    sqlite3_stmt* st = *s;
    BindText(st, 1, tenant);
    BindText(st, 2, subject);
    int rc = sqlite3_step(st);
    std::optional<SubjectKeyRow> out;
    if (rc == SQLITE_ROW) {
      SubjectKeyRow k{tenant, subject, static_cast<uint32_t>(sqlite3_column_int64(st, 0)),
                      static_cast<uint32_t>(sqlite3_column_int64(st, 1)), Blob(st, 2), sqlite3_column_int64(st, 3)};
      out = std::move(k);
      rc = sqlite3_step(st);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return Error(keys_.get(), "reading a subject key");
    return out;
  }

  Status InsertSubjectKeys(const std::vector<SubjectKeyRow>& keys) override {
    if (keys.empty()) return Status::Ok();
    return InTransaction(keys_.get(), [&]() -> Status {
      auto s = Prepare(keys_.get(),
                       "INSERT INTO subject_keys (tenant, subject_id, dek_version, kek_version, wrapped, created_ms) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
      if (!s.ok()) return s.status();
      for (const SubjectKeyRow& k : keys) {
        sqlite3_stmt* st = *s;
        BindText(st, 1, k.tenant);
        BindText(st, 2, k.subject_id);
        sqlite3_bind_int64(st, 3, k.dek_version);
        sqlite3_bind_int64(st, 4, k.kek_version);
        BindBlob(st, 5, k.wrapped);
        sqlite3_bind_int64(st, 6, k.created_ms);
        Status r = StepDone(keys_.get(), st, "storing a subject key");
        if (!r.ok()) return r;
      }
      return Status::Ok();
    });
  }

  Result<std::vector<SubjectKeyRow>> ListSubjectKeys() override {
    auto s = Prepare(keys_.get(),
                     "SELECT tenant, subject_id, dek_version, kek_version, wrapped, created_ms FROM subject_keys "
                     "ORDER BY tenant, subject_id");
    if (!s.ok()) return s.status();
    sqlite3_stmt* st = *s;
    std::vector<SubjectKeyRow> out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      out.push_back({Text(st, 0), Text(st, 1), static_cast<uint32_t>(sqlite3_column_int64(st, 2)),
                     static_cast<uint32_t>(sqlite3_column_int64(st, 3)), Blob(st, 4), sqlite3_column_int64(st, 5)});
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return Error(keys_.get(), "listing subject keys");
    return out;
  }

  Status UpdateWrappedKey(const SubjectKeyRow& k, const std::string& old_wrapped) override {
    auto s = Prepare(keys_.get(),
                     "UPDATE subject_keys SET kek_version = ?1, wrapped = ?2 "
                     "WHERE tenant = ?3 AND subject_id = ?4 AND wrapped = ?5");
    if (!s.ok()) return s.status();
    sqlite3_stmt* st = *s;
    sqlite3_bind_int64(st, 1, k.kek_version);
    BindBlob(st, 2, k.wrapped);
    BindText(st, 3, k.tenant);
    BindText(st, 4, k.subject_id);
    BindBlob(st, 5, old_wrapped);
    return StepDone(keys_.get(), st, "rewrapping a subject key");
  }

  Status DeleteSubjectKey(const std::string& tenant, const std::string& subject) override {
    auto s = Prepare(keys_.get(), "DELETE FROM subject_keys WHERE tenant = ?1 AND subject_id = ?2");
    if (!s.ok()) return s.status();
    BindText(*s, 1, tenant);
    BindText(*s, 2, subject);
    Status r = StepDone(keys_.get(), *s, "deleting a subject key");
    if (!r.ok()) return r;
    // Push the deletion out of the WAL into the main file (secure_delete
    // overwrites the freed bytes there), so no copy of the key store made from
    // now on holds the key.
    return Checkpoint(keys_.get());
  }

  Status InsertRecords(const std::vector<RecordRow>& rows) override {
    if (rows.empty()) return Status::Ok();
    return InTransaction(records_.get(), [&]() -> Status {
      auto s = Prepare(records_.get(),
                       "INSERT INTO conversation_records (tenant, conversation_id, subject_id, created_ms, model, "
                       "prompt_tokens, completion_tokens, detectors, mode, dek_version, content, vault) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
      if (!s.ok()) return s.status();
      sqlite3_stmt* st = *s;
      for (const RecordRow& r : rows) {
        BindText(st, 1, r.tenant);
        BindText(st, 2, r.conversation_id);
        BindText(st, 3, r.subject_id);
        sqlite3_bind_int64(st, 4, r.created_ms);
        BindText(st, 5, r.model);
        sqlite3_bind_int64(st, 6, r.prompt_tokens);
        sqlite3_bind_int64(st, 7, r.completion_tokens);
        BindText(st, 8, r.detectors);
        BindText(st, 9, r.mode);
        sqlite3_bind_int64(st, 10, r.dek_version);
        BindOptionalBlob(st, 11, r.content);
        BindOptionalBlob(st, 12, r.vault);
        Status x = StepDone(records_.get(), st, "storing a record");
        if (!x.ok()) return x;
      }
      return Status::Ok();
    });
  }

  Result<std::vector<RecordRow>> SelectRecords(const std::string& tenant, const std::string& column,
                                               const std::string& value) override {
    if (column != "subject_id" && column != "conversation_id") return Status::InvalidArgument("bad column");
    auto s = Prepare(records_.get(), std::string("SELECT ") + kRecordColumns +
                                         " FROM conversation_records WHERE tenant = ?1 AND " + column +
                                         " = ?2 ORDER BY id");
    if (!s.ok()) return s.status();
    sqlite3_stmt* st = *s;
    BindText(st, 1, tenant);
    BindText(st, 2, value);
    std::vector<RecordRow> out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      RecordRow r;
      r.id = sqlite3_column_int64(st, 0);
      r.tenant = Text(st, 1);
      r.conversation_id = Text(st, 2);
      r.subject_id = Text(st, 3);
      r.created_ms = sqlite3_column_int64(st, 4);
      r.model = Text(st, 5);
      r.prompt_tokens = sqlite3_column_int64(st, 6);
      r.completion_tokens = sqlite3_column_int64(st, 7);
      r.detectors = Text(st, 8);
      r.mode = Text(st, 9);
      r.dek_version = static_cast<uint32_t>(sqlite3_column_int64(st, 10));
      if (sqlite3_column_type(st, 11) != SQLITE_NULL) r.content = Blob(st, 11);
      if (sqlite3_column_type(st, 12) != SQLITE_NULL) r.vault = Blob(st, 12);
      out.push_back(std::move(r));
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return Error(records_.get(), "reading records");
    return out;
  }

  Result<uint64_t> DeleteSubjectRecords(const std::string& tenant, const std::string& subject) override {
    auto s = Prepare(records_.get(), "DELETE FROM conversation_records WHERE tenant = ?1 AND subject_id = ?2");
    if (!s.ok()) return s.status();
    BindText(*s, 1, tenant);
    BindText(*s, 2, subject);
    Status r = StepDone(records_.get(), *s, "deleting a subject's records");
    if (!r.ok()) return r;
    uint64_t n = static_cast<uint64_t>(sqlite3_changes(records_.get()));
    Status c = Checkpoint(records_.get());
    if (!c.ok()) return c;
    return n;
  }

  Result<std::vector<std::string>> Tenants() override {
    auto s = Prepare(records_.get(), "SELECT DISTINCT tenant FROM conversation_records ORDER BY tenant");
    if (!s.ok()) return s.status();
    std::vector<std::string> out;
    int rc;
    while ((rc = sqlite3_step(*s)) == SQLITE_ROW) out.push_back(Text(*s, 0));
    sqlite3_reset(*s);
    if (rc != SQLITE_DONE) return Error(records_.get(), "listing tenants");
    return out;
  }

  Result<std::vector<DeletedRow>> PurgeTranscripts(const std::string& tenant, int64_t cutoff_ms) override {
    return SelectThenChange(tenant, cutoff_ms, "content IS NOT NULL",
                            "UPDATE conversation_records SET content = NULL, vault = NULL WHERE id = ?1");
  }

  Result<std::vector<DeletedRow>> DeleteMetadata(const std::string& tenant, int64_t cutoff_ms) override {
    return SelectThenChange(tenant, cutoff_ms, "1", "DELETE FROM conversation_records WHERE id = ?1");
  }

 private:
  Result<std::vector<DeletedRow>> SelectThenChange(const std::string& tenant, int64_t cutoff_ms,
                                                   const std::string& condition, const char* change) {
    std::vector<DeletedRow> rows;
    Status s = InTransaction(records_.get(), [&]() -> Status {
      auto sel = Prepare(records_.get(),
                         "SELECT id, conversation_id, subject_id FROM conversation_records WHERE tenant = ?1 AND "
                         "created_ms < ?2 AND " + condition + " ORDER BY id");
      if (!sel.ok()) return sel.status();
      BindText(*sel, 1, tenant);
      sqlite3_bind_int64(*sel, 2, cutoff_ms);
      int rc;
      while ((rc = sqlite3_step(*sel)) == SQLITE_ROW) {
        rows.push_back({sqlite3_column_int64(*sel, 0), Text(*sel, 1), Text(*sel, 2)});
      }
      sqlite3_reset(*sel);
      if (rc != SQLITE_DONE) return Error(records_.get(), "selecting expired records");
      auto upd = Prepare(records_.get(), change);
      if (!upd.ok()) return upd.status();
      for (const DeletedRow& r : rows) {
        sqlite3_bind_int64(*upd, 1, r.id);
        Status x = StepDone(records_.get(), *upd, "purging a record");
        if (!x.ok()) return x;
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
    if (!rows.empty()) {
      Status c = Checkpoint(records_.get());
      if (!c.ok()) return c;
    }
    return rows;
  }

  Status Checkpoint(sqlite3* db) {
    if (sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr) != SQLITE_OK) {
      // Busy readers can delay a checkpoint; the deletion itself is committed.
      if (sqlite3_errcode(db) != SQLITE_BUSY) return Error(db, "checkpointing");
    }
    return Status::Ok();
  }

  template <typename F>
  // BEGIN and COMMIT are cached statements like the others: sqlite3_exec
  // would parse and finalize both for every batch of records.
  Status InTransaction(sqlite3* db, F&& body) {
    if (Status b = Run(db, "BEGIN IMMEDIATE", "starting a transaction"); !b.ok()) return b;
    Status s = body();
    if (!s.ok()) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      return s;
    }
    if (Status c = Run(db, "COMMIT", "committing"); !c.ok()) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      return c;
    }
    return Status::Ok();
  }

  // One statement without parameters or rows, from the cache.
  Status Run(sqlite3* db, const std::string& sql, const std::string& what) {
    auto s = Prepare(db, sql);
    if (!s.ok()) return s.status();
    return StepDone(db, *s, what);
  }

  // Statements are cached per connection (the same SQL, such as COMMIT, is
  // run on both).
  Result<sqlite3_stmt*> Prepare(sqlite3* db, const std::string& sql) {
    auto& slot = (db == keys_.get() ? keys_cache_ : cache_)[sql];
    if (!slot) {
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &st, nullptr) != SQLITE_OK) {
        return Error(db, "preparing SQL");
      }
      slot.reset(st);
    }
    sqlite3_reset(slot.get());
    sqlite3_clear_bindings(slot.get());
    return slot.get();
  }

  static Status StepDone(sqlite3* db, sqlite3_stmt* st, const std::string& what) {
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return Error(db, what);
    return Status::Ok();
  }
  static void BindText(sqlite3_stmt* st, int i, const std::string& s) {
    sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
  }
  static void BindBlob(sqlite3_stmt* st, int i, const std::string& s) {
    sqlite3_bind_blob(st, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
  }
  static void BindOptionalBlob(sqlite3_stmt* st, int i, const std::optional<std::string>& s) {
    if (s) {
      BindBlob(st, i, *s);
    } else {
      sqlite3_bind_null(st, i);
    }
  }
  static std::string Text(sqlite3_stmt* st, int i) {
    const unsigned char* p = sqlite3_column_text(st, i);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, i)))
             : std::string();
  }
  static std::string Blob(sqlite3_stmt* st, int i) {
    const void* p = sqlite3_column_blob(st, i);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, i)))
             : std::string();
  }

  Db records_;
  Db keys_;
  std::unordered_map<std::string, Stmt> cache_;       // records_'s statements
  std::unordered_map<std::string, Stmt> keys_cache_;  // keys_'s
};

}  // namespace

Result<std::unique_ptr<Backend>> OpenSqliteBackend(const std::string& path, const std::string& key_store_path) {
  if (path.empty() || key_store_path.empty()) {
    return Status::InvalidArgument("the SQLite backend needs a database path and a key store path");
  }
  if (path == key_store_path) {
    return Status::InvalidArgument("the key store must be a different file from the conversation database");
  }
  auto records = OpenDb(path, kRecordsSchema);
  if (!records.ok()) return records.status();
  auto keys = OpenDb(key_store_path, kKeysSchema);
  if (!keys.ok()) return keys.status();
  return std::unique_ptr<Backend>(new SqliteBackend(std::move(*records), std::move(*keys)));
}

}  // namespace convoguard::store
