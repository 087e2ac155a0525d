// PostgreSQL backend (libpq): the same tables as the SQLite backend, in one
// database. Parameters and results travel in binary, so transcripts and
// keys are never escaped into SQL text. A COMMIT that returns has been
// flushed to the server's WAL (synchronous_commit=on, the default; the store
// refuses to run against a session where it is off).
#include <libpq-fe.h>

#include <algorithm>
#include <cstring>
#include <deque>

#include "store/backend.h"

namespace convoguard::store {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS conversation_records (
  id                BIGSERIAL PRIMARY KEY,
  tenant            TEXT   NOT NULL,
  conversation_id   TEXT   NOT NULL,
  subject_id        TEXT   NOT NULL,
  created_ms        BIGINT NOT NULL,
  model             TEXT   NOT NULL,
  prompt_tokens     BIGINT NOT NULL,
  completion_tokens BIGINT NOT NULL,
  detectors         TEXT   NOT NULL,
  mode              TEXT   NOT NULL,
  dek_version       BIGINT NOT NULL,
  content           BYTEA,
  vault             BYTEA
);
CREATE INDEX IF NOT EXISTS records_by_subject ON conversation_records (tenant, subject_id);
CREATE INDEX IF NOT EXISTS records_by_conversation ON conversation_records (tenant, conversation_id);
CREATE INDEX IF NOT EXISTS records_by_time ON conversation_records (tenant, created_ms);
CREATE TABLE IF NOT EXISTS subject_keys (
  tenant      TEXT   NOT NULL,
  subject_id  TEXT   NOT NULL,
  dek_version BIGINT NOT NULL,
  kek_version BIGINT NOT NULL,
  wrapped     BYTEA  NOT NULL,
  created_ms  BIGINT NOT NULL,
  PRIMARY KEY (tenant, subject_id)
);
)sql";

constexpr Oid kInt8 = 20, kText = 25, kBytea = 17;
constexpr size_t kRowsPerInsert = 256;  // 12 parameters each, far below the 65535 limit

struct ConnClose {
  void operator()(PGconn* c) const { PQfinish(c); }
};
struct ResultClear {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Res = std::unique_ptr<PGresult, ResultClear>;

// Binary query parameters. Values are kept in a deque so pointers stay valid.
class Params {
 public:
  Params& Text(const std::string& s) { return Add(s, kText); }
  Params& Bytes(const std::string& s) { return Add(s, kBytea); }
  Params& Int(int64_t v) {
    std::string b(8, '\0');
    for (int i = 0; i < 8; ++i) b[i] = static_cast<char>((static_cast<uint64_t>(v) >> (56 - 8 * i)) & 0xFF);
    return Add(b, kInt8);
  }
  Params& OptionalBytes(const std::optional<std::string>& s) {
    if (s) return Bytes(*s);
    values_.push_back(nullptr);
    lengths_.push_back(0);
    formats_.push_back(1);
    types_.push_back(kBytea);
    return *this;
  }
  int size() const { return static_cast<int>(values_.size()); }
  const char* const* values() const { return values_.data(); }
  const int* lengths() const { return lengths_.data(); }
  const int* formats() const { return formats_.data(); }
  const Oid* types() const { return types_.data(); }

 private:
  Params& Add(const std::string& s, Oid type) {
    storage_.push_back(s);
    values_.push_back(storage_.back().data());
    lengths_.push_back(static_cast<int>(storage_.back().size()));
    formats_.push_back(1);
    types_.push_back(type);
    return *this;
  }
  std::deque<std::string> storage_;
  std::vector<const char*> values_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
  std::vector<Oid> types_;
};

std::string Get(const PGresult* r, int row, int col) {
  return std::string(PQgetvalue(r, row, col), static_cast<size_t>(PQgetlength(r, row, col)));
}
int64_t GetInt(const PGresult* r, int row, int col) {
  const auto* p = reinterpret_cast<const unsigned char*>(PQgetvalue(r, row, col));
  if (PQgetlength(r, row, col) != 8) return 0;
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | p[i];
  return static_cast<int64_t>(v);
}

class PostgresBackend final : public Backend {
 public:
  explicit PostgresBackend(PGconn* c) : conn_(c) {}
  std::string name() const override { return "postgres"; }

  Status Init() {
    Status s = Exec(kSchema);
    if (!s.ok()) return s;
    auto r = Query("SHOW synchronous_commit", Params());
    if (!r.ok()) return r.status();
    std::string mode = PQntuples(r->get()) == 1 ? Get(r->get(), 0, 0) : "";
    if (mode == "off") {
      return Status::FailedPrecondition("PostgreSQL synchronous_commit is off: COMMIT would not be durable");
    }
    return Status::Ok();
  }

  Result<std::optional<SubjectKeyRow>> GetSubjectKey(const std::string& tenant, const std::string& subject) override {
    auto r = Query("SELECT dek_version, kek_version, wrapped, created_ms FROM subject_keys "
                   "WHERE tenant = $1 AND subject_id = $2",
                   Params().Text(tenant).Text(subject));
    if (!r.ok()) return r.status();
    std::optional<SubjectKeyRow> out;
    if (PQntuples(r->get()) == 1) {
      const PGresult* x = r->get();
      out = SubjectKeyRow{tenant, subject, static_cast<uint32_t>(GetInt(x, 0, 0)),
                          static_cast<uint32_t>(GetInt(x, 0, 1)), Get(x, 0, 2), GetInt(x, 0, 3)};
    }
    return out;
  }

  Status InsertSubjectKeys(const std::vector<SubjectKeyRow>& keys) override {
    if (keys.empty()) return Status::Ok();
    return InTransaction([&]() -> Status {
      for (const SubjectKeyRow& k : keys) {
        auto r = Query("INSERT INTO subject_keys (tenant, subject_id, dek_version, kek_version, wrapped, created_ms) "
                       "VALUES ($1, $2, $3, $4, $5, $6)",
                       Params().Text(k.tenant).Text(k.subject_id).Int(k.dek_version).Int(k.kek_version)
                           .Bytes(k.wrapped).Int(k.created_ms));
        if (!r.ok()) return r.status();
      }
      return Status::Ok();
    });
  }

  Result<std::vector<SubjectKeyRow>> ListSubjectKeys() override {
    auto r = Query("SELECT tenant, subject_id, dek_version, kek_version, wrapped, created_ms FROM subject_keys "
                   "ORDER BY tenant, subject_id",
                   Params());
    if (!r.ok()) return r.status();
    std::vector<SubjectKeyRow> out;
    const PGresult* x = r->get();
    for (int i = 0; i < PQntuples(x); ++i) {
      out.push_back({Get(x, i, 0), Get(x, i, 1), static_cast<uint32_t>(GetInt(x, i, 2)),
                     static_cast<uint32_t>(GetInt(x, i, 3)), Get(x, i, 4), GetInt(x, i, 5)});
    }
    return out;
  }

  Status UpdateWrappedKey(const SubjectKeyRow& k, const std::string& old_wrapped) override {
    return Query("UPDATE subject_keys SET kek_version = $1, wrapped = $2 "
                 "WHERE tenant = $3 AND subject_id = $4 AND wrapped = $5",
                 Params().Int(k.kek_version).Bytes(k.wrapped).Text(k.tenant).Text(k.subject_id).Bytes(old_wrapped))
        .status();
  }

  Status DeleteSubjectKey(const std::string& tenant, const std::string& subject) override {
    auto r = Query("DELETE FROM subject_keys WHERE tenant = $1 AND subject_id = $2", Params().Text(tenant).Text(subject));
    if (!r.ok()) return r.status();
    // MVCC keeps the deleted row version until vacuumed; vacuum now so the
    // key's bytes leave the table's live pages (docs/storage.md).
    return Exec("VACUUM subject_keys");
  }

  Status InsertRecords(const std::vector<RecordRow>& rows) override {
    if (rows.empty()) return Status::Ok();
    return InTransaction([&]() -> Status {
      for (size_t start = 0; start < rows.size(); start += kRowsPerInsert) {
        size_t end = std::min(rows.size(), start + kRowsPerInsert);
        std::string sql =
            "INSERT INTO conversation_records (tenant, conversation_id, subject_id, created_ms, model, "
            "prompt_tokens, completion_tokens, detectors, mode, dek_version, content, vault) VALUES ";
        Params p;
        for (size_t i = start; i < end; ++i) {
          const RecordRow& r = rows[i];
          int b = p.size();
          if (i > start) sql += ", ";
          sql += "(";
          for (int c = 1; c <= 12; ++c) sql += (c > 1 ? ", $" : "$") + std::to_string(b + c);
          sql += ")";
          p.Text(r.tenant).Text(r.conversation_id).Text(r.subject_id).Int(r.created_ms).Text(r.model)
              .Int(r.prompt_tokens).Int(r.completion_tokens).Text(r.detectors).Text(r.mode).Int(r.dek_version)
              .OptionalBytes(r.content).OptionalBytes(r.vault);
        }
        auto res = Query(sql, p);
        if (!res.ok()) return res.status();
      }
      return Status::Ok();
    });
  }

  Result<std::vector<RecordRow>> SelectRecords(const std::string& tenant, const std::string& column,
                                               const std::string& value) override {
    if (column != "subject_id" && column != "conversation_id") return Status::InvalidArgument("bad column");
    auto r = Query("SELECT id, tenant, conversation_id, subject_id, created_ms, model, prompt_tokens, "
                   "completion_tokens, detectors, mode, dek_version, content, vault FROM conversation_records "
                   "WHERE tenant = $1 AND " + column + " = $2 ORDER BY id",
                   Params().Text(tenant).Text(value));
    if (!r.ok()) return r.status();
    const PGresult* x = r->get();
    std::vector<RecordRow> out;
    for (int i = 0; i < PQntuples(x); ++i) {
      RecordRow row;
      row.id = GetInt(x, i, 0);
      row.tenant = Get(x, i, 1);
      row.conversation_id = Get(x, i, 2);
      row.subject_id = Get(x, i, 3);
      row.created_ms = GetInt(x, i, 4);
      row.model = Get(x, i, 5);
      row.prompt_tokens = GetInt(x, i, 6);
      row.completion_tokens = GetInt(x, i, 7);
      row.detectors = Get(x, i, 8);
      row.mode = Get(x, i, 9);
      row.dek_version = static_cast<uint32_t>(GetInt(x, i, 10));
      if (!PQgetisnull(x, i, 11)) row.content = Get(x, i, 11);
      if (!PQgetisnull(x, i, 12)) row.vault = Get(x, i, 12);
      out.push_back(std::move(row));
    }
    return out;
  }

  Result<uint64_t> DeleteSubjectRecords(const std::string& tenant, const std::string& subject) override {
    auto r = Query("DELETE FROM conversation_records WHERE tenant = $1 AND subject_id = $2",
                   Params().Text(tenant).Text(subject));
    if (!r.ok()) return r.status();
    return static_cast<uint64_t>(std::strtoull(PQcmdTuples(r->get()), nullptr, 10));
  }

  Result<std::vector<std::string>> Tenants() override {
    auto r = Query("SELECT DISTINCT tenant FROM conversation_records ORDER BY tenant", Params());
    if (!r.ok()) return r.status();
    std::vector<std::string> out;
    for (int i = 0; i < PQntuples(r->get()); ++i) out.push_back(Get(r->get(), i, 0));
    return out;
  }

  Result<std::vector<DeletedRow>> PurgeTranscripts(const std::string& tenant, int64_t cutoff_ms) override {
    return Returning("UPDATE conversation_records SET content = NULL, vault = NULL WHERE tenant = $1 AND "
                     "created_ms < $2 AND content IS NOT NULL RETURNING id, conversation_id, subject_id",
                     tenant, cutoff_ms);
  }

  Result<std::vector<DeletedRow>> DeleteMetadata(const std::string& tenant, int64_t cutoff_ms) override {
    return Returning("DELETE FROM conversation_records WHERE tenant = $1 AND created_ms < $2 "
                     "RETURNING id, conversation_id, subject_id",
                     tenant, cutoff_ms);
  }

 private:
  Result<std::vector<DeletedRow>> Returning(const std::string& sql, const std::string& tenant, int64_t cutoff) {
    auto r = Query(sql, Params().Text(tenant).Int(cutoff));
    if (!r.ok()) return r.status();
    std::vector<DeletedRow> out;
    for (int i = 0; i < PQntuples(r->get()); ++i) {
      out.push_back({GetInt(r->get(), i, 0), Get(r->get(), i, 1), Get(r->get(), i, 2)});
    }
    std::sort(out.begin(), out.end(), [](const DeletedRow& a, const DeletedRow& b) { return a.id < b.id; });
    return out;
  }

  Status Error(const PGresult* r, const std::string& what) {
    std::string msg = what + ": " + (r ? PQresultErrorMessage(r) : PQerrorMessage(conn_.get()));
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    if (PQstatus(conn_.get()) != CONNECTION_OK) {
      PQreset(conn_.get());  // next call gets a fresh connection
      return Status::Unavailable(msg);
    }
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    if (state && std::strncmp(state, "23", 2) == 0) return Status::FailedPrecondition(msg);
    if (state && (std::strncmp(state, "08", 2) == 0 || std::strncmp(state, "53", 2) == 0)) {
      return Status::Unavailable(msg);
    }
    return Status::Internal(msg);
  }

  Status Exec(const std::string& sql) {
    Res r(PQexec(conn_.get(), sql.c_str()));
    ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return Error(r.get(), "PostgreSQL");
    return Status::Ok();
  }

  Result<Res> Query(const std::string& sql, const Params& p) {
    Res r(PQexecParams(conn_.get(), sql.c_str(), p.size(), p.types(), p.values(), p.lengths(), p.formats(),
                       /*resultFormat=*/1));
    ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return Error(r.get(), "PostgreSQL");
    return r;
  }

  template <typename F>
  Status InTransaction(F&& body) {
    Status s = Exec("BEGIN");
    if (!s.ok()) return s;
    s = body();
    if (!s.ok()) {
      Exec("ROLLBACK");
      return s;
    }
    return Exec("COMMIT");
  }

  std::unique_ptr<PGconn, ConnClose> conn_;
};

}  // namespace

Result<std::unique_ptr<Backend>> OpenPostgresBackend(const std::string& conninfo) {
  if (conninfo.empty()) return Status::InvalidArgument("the PostgreSQL backend needs a connection string");
  PGconn* c = PQconnectdb(conninfo.c_str());
  if (c == nullptr) return Status::Unavailable("cannot allocate a PostgreSQL connection");
  if (PQstatus(c) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(c);
    PQfinish(c);
    while (!msg.empty() && msg.back() == '\n') msg.pop_back();
    return Status::Unavailable("cannot connect to PostgreSQL: " + msg);
  }
  // Server notices ("relation already exists, skipping") are not errors; keep them off stderr.
  PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
  auto b = std::make_unique<PostgresBackend>(c);
  Status s = b->Init();
  if (!s.ok()) return s;
  return std::unique_ptr<Backend>(std::move(b));
}

}  // namespace convoguard::store
