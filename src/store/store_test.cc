#include "convoguard/store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "keyring/kill_during.h"
#include "keyring/test_dir.h"
#include "store/postgres_for_tests.h"

namespace convoguard {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Copies the database and its WAL, as a file-level backup would.
void CopyDb(const std::string& from, const std::string& to) {
  for (const char* suffix : {"", "-wal"}) {
    if (fs::exists(from + suffix)) fs::copy_file(from + suffix, to + suffix, fs::copy_options::overwrite_existing);
  }
}

// Runs one SQL statement on a database file behind the store's back.
void Sql(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(h);
}

// Runs one SQL statement on a PostgreSQL database behind the store's back.
void PgSql(const std::string& conninfo, const std::string& sql) {
  PGconn* c = PQconnectdb(conninfo.c_str());
  ASSERT_EQ(PQstatus(c), CONNECTION_OK) << PQerrorMessage(c);
  PGresult* r = PQexec(c, sql.c_str());
  EXPECT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << PQresultErrorMessage(r);
  PQclear(r);
  PQfinish(c);
}

class StoreTestBase : public ::testing::Test {
 protected:
  void SetUp() override {
    if (backend_ == "postgres") {
      std::string why;
      auto* server = testing::PostgresForTests::Get(&why);
      if (server == nullptr) GTEST_SKIP() << "PostgreSQL NOT TESTED: cannot start a server: " << why;
      config_.backend = "postgres";
      config_.postgres_conninfo = server->NewDatabase();
    }
    auto p = LocalKeyFileProvider::OpenOrCreate({.path = dir_.path() + "/keyring.json"});
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    keyring_ = std::move(*Keyring::Open(std::move(*p)));
    auto a = AuditLog::Open({.dir = dir_.path() + "/audit", .keyring = keyring_.get()});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    audit_ = std::move(*a);
    config_.sqlite_path = dir_.path() + "/conversations.db";
    config_.sqlite_key_store_path = dir_.path() + "/subject-keys.db";
    config_.keyring = keyring_.get();
    config_.audit = audit_.get();
    config_.default_policy = {.mode = StoreMode::kFull};
  }

  std::unique_ptr<ConversationStore> OpenStore(StoreConfig c) {
    auto s = ConversationStore::Open(c);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }
  std::unique_ptr<ConversationStore> OpenStore() { return OpenStore(config_); }

  static ConversationRecord Record(const std::string& conv, const std::string& subject, const std::string& text,
                                   const std::string& tenant = "acme") {
    ConversationRecord r;
    r.tenant = tenant;
    r.conversation_id = conv;
    r.subject_id = subject;
    r.model = "gpt-test";
    r.prompt_tokens = 12;
    r.completion_tokens = 34;
    r.detectors = {"EMAIL_ADDRESS"};
    r.transcript = text;
    return r;
  }

  void Sql(const std::string& sql) {
    if (backend_ == "postgres") {
      PgSql(config_.postgres_conninfo, sql);
    } else {
      convoguard::Sql(config_.sqlite_path, sql);
    }
  }
  std::string ByteLiteral() const { return backend_ == "postgres" ? "'\\x00'::bytea" : "x'00'"; }

  // Every chain of the audit log, or one.
  std::string AuditText(const std::string& chain = "") {
    audit_->Flush();
    std::string text;
    auto chains = ListAuditChains(dir_.path() + "/audit");
    for (const AuditChain& c : chains.ok() ? *chains : std::vector<AuditChain>{}) {
      if (chain.empty() || c.name == chain) text += ReadFile(dir_.path() + "/audit/" + c.name + ".log");
    }
    return text;
  }

  std::string backend_ = "sqlite";
  testing::TempDir dir_;
  std::unique_ptr<Keyring> keyring_;
  std::unique_ptr<AuditLog> audit_;
  StoreConfig config_;
};

// Behaviour both backends must share: every TEST_P runs on SQLite and PostgreSQL.
class StoreTest : public StoreTestBase, public ::testing::WithParamInterface<std::string> {
 protected:
  void SetUp() override {
    backend_ = GetParam();
    StoreTestBase::SetUp();
  }
};
INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

// Behaviour of SQLite files (backups as file copies, paths).
class SqliteStoreTest : public StoreTestBase {};

// Submit queues like Append without a future: the record is there after a
// Flush, and a record Append refuses is refused with the same error.
TEST_P(StoreTest, SubmittedRecordsAreWrittenAndBadOnesRefused) {
  auto store = OpenStore();
  ASSERT_TRUE(store->Submit(Record("conv-s", "user-s", "submitted")).ok());
  EXPECT_EQ(store->Submit(Record("", "s", "x")).code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(store->Flush().ok());
  auto read = store->ReadConversation("acme", "conv-s", "reader:alice", "check");
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(read->size(), 1u);
  EXPECT_EQ((*read)[0].record.transcript, "submitted");
}

TEST_P(StoreTest, FullRecordRoundTripsWithItsVaultAndTheReadIsAudited) {
  auto store = OpenStore();
  auto vault = std::make_shared<PseudonymVault>("conv-1");
  std::string placeholder = *vault->PlaceholderFor("EMAIL_ADDRESS", "jane@example.com");
  auto rec = Record("conv-1", "user-7", "Write to " + placeholder + " today");
  rec.vault = vault;
  ASSERT_TRUE(store->Append(rec).get().ok());
  auto read = store->ReadConversation("acme", "conv-1", "reader:alice", "support ticket 42");
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(read->size(), 1u);
  const StoredRecord& s = (*read)[0];
  EXPECT_TRUE(s.content_present);
  EXPECT_EQ(s.record.transcript, rec.transcript);
  EXPECT_EQ(s.restored_transcript, "Write to jane@example.com today");
  EXPECT_EQ(s.record.model, "gpt-test");
  EXPECT_EQ(s.record.detectors, std::vector<std::string>{"EMAIL_ADDRESS"});
  std::string audit = AuditText();
  EXPECT_NE(audit.find("\"conversation.read\""), std::string::npos);
  EXPECT_NE(audit.find("support ticket 42"), std::string::npos);
  EXPECT_NE(audit.find("reader:alice"), std::string::npos);
  EXPECT_EQ(store->ReadConversation("acme", "conv-1", "reader:alice", "").status().code(),
            StatusCode::kInvalidArgument);
}

TEST_F(SqliteStoreTest, NothingOnDiskIsPlaintext) {
  {
    auto store = OpenStore();
    auto vault = std::make_shared<PseudonymVault>("conv-1");
    vault->PlaceholderFor("PERSON", "Zebediah Quaxworth").value();
    auto rec = Record("conv-1", "user-7", "the secret phrase is purple-elephant-sunrise");
    rec.vault = vault;
    ASSERT_TRUE(store->Append(rec).get().ok());
  }
  for (const auto& entry : fs::recursive_directory_iterator(dir_.path())) {
    if (!entry.is_regular_file()) continue;
    std::string bytes = ReadFile(entry.path());
    EXPECT_EQ(bytes.find("purple-elephant"), std::string::npos) << entry.path();
    EXPECT_EQ(bytes.find("Quaxworth"), std::string::npos) << entry.path();
  }
}

TEST_P(StoreTest, PolicyDecidesWhatIsStored) {
  config_.tenant_policies["none"] = {.mode = StoreMode::kNothing};
  config_.tenant_policies["meta"] = {.mode = StoreMode::kMetadata};
  config_.tenant_policies["red"] = {.mode = StoreMode::kRedacted};
  auto store = OpenStore();
  for (const char* t : {"none", "meta", "red"}) {
    auto rec = Record("c", "s", "text", t);
    rec.vault = std::make_shared<PseudonymVault>("c");
    ASSERT_TRUE(store->Append(rec).get().ok());
  }
  EXPECT_EQ(store->ReadConversation("none", "c", "r", "why").status().code(), StatusCode::kNotFound);
  auto meta = store->ReadConversation("meta", "c", "r", "why");
  ASSERT_TRUE(meta.ok());
  EXPECT_FALSE((*meta)[0].content_present);
  EXPECT_EQ((*meta)[0].record.prompt_tokens, 12);
  EXPECT_EQ((*meta)[0].record.transcript, "");
  auto red = store->ReadConversation("red", "c", "r", "why");
  ASSERT_TRUE(red.ok());
  EXPECT_EQ((*red)[0].record.transcript, "text");
  EXPECT_EQ((*red)[0].record.vault, nullptr);
}

TEST_P(StoreTest, BadRecordsAreRejected) {
  auto store = OpenStore();
  EXPECT_EQ(store->Append(Record("", "s", "x")).get().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store->Append(Record("c", "s", "x", "")).get().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store->Append(Record(std::string(300, 'c'), "s", "x")).get().code(), StatusCode::kInvalidArgument);
  auto rec = Record("c", "s", "x");
  rec.vault = std::make_shared<PseudonymVault>("other-conversation");
  EXPECT_EQ(store->Append(rec).get().code(), StatusCode::kInvalidArgument);
  rec = Record("c", "s", "x");
  rec.prompt_tokens = -1;
  EXPECT_EQ(store->Append(rec).get().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreTest, TamperedOrMovedCiphertextIsDetected) {
  {
    auto store = OpenStore();
    ASSERT_TRUE(store->Append(Record("conv-a", "user-1", "alpha")).get().ok());
    ASSERT_TRUE(store->Append(Record("conv-b", "user-1", "bravo")).get().ok());
  }
  // Move conv-b's ciphertext onto conv-a: same key, wrong associated data.
  Sql("UPDATE conversation_records SET content = (SELECT content FROM conversation_records WHERE "
      "conversation_id = 'conv-b') WHERE conversation_id = 'conv-a'");
  auto store = OpenStore();
  EXPECT_EQ(store->ReadConversation("acme", "conv-a", "r", "why").status().code(), StatusCode::kDataLoss);
  // Flip one byte of conv-b.
  Sql("UPDATE conversation_records SET content = substr(content, 1, 40) || " + ByteLiteral() +
      " || substr(content, 42) WHERE conversation_id = 'conv-b'");
  EXPECT_EQ(store->ReadConversation("acme", "conv-b", "r", "why").status().code(), StatusCode::kDataLoss);
}

// The same crypto-shredding on either backend: rows copied aside before the
// erasure (a stand-in for a backup) and put back after it do not decrypt.
TEST_P(StoreTest, ErasedRowsRestoredFromACopyDoNotDecrypt) {
  auto store = OpenStore();
  ASSERT_TRUE(store->Append(Record("conv-1", "user-erase", "private words")).get().ok());
  ASSERT_TRUE(store->Append(Record("conv-2", "user-keep", "kept words")).get().ok());
  Sql("CREATE TABLE records_copy AS SELECT * FROM conversation_records");
  ASSERT_TRUE(store->EraseSubject("acme", "user-erase", "dpo", "request").ok());
  EXPECT_EQ(store->ReadConversation("acme", "conv-1", "r", "x").status().code(), StatusCode::kNotFound);
  Sql("INSERT INTO conversation_records SELECT * FROM records_copy WHERE subject_id = 'user-erase'");
  auto r = store->ReadConversation("acme", "conv-1", "r", "x");
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition) << r.status().ToString();
  auto kept = store->ReadConversation("acme", "conv-2", "r", "x");
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ((*kept)[0].record.transcript, "kept words");
}

TEST_F(SqliteStoreTest, ExportThenEraseAndTheOldDatabaseCopyIsUnreadable) {
  std::string before = dir_.path() + "/backup-before.db";
  {
    auto store = OpenStore();
    ASSERT_TRUE(store->Append(Record("conv-1", "user-erase", "private words")).get().ok());
    ASSERT_TRUE(store->Append(Record("conv-2", "user-erase", "more private words")).get().ok());
    ASSERT_TRUE(store->Append(Record("conv-3", "user-keep", "kept words")).get().ok());
    auto exported = store->ExportSubject("acme", "user-erase", "dpo:bob", "GDPR art. 15 request");
    ASSERT_TRUE(exported.ok()) << exported.status().ToString();
    json j = json::parse(*exported);
    ASSERT_EQ(j["records"].size(), 2u);
    EXPECT_EQ(j["records"][0]["transcript"], "private words");
    EXPECT_EQ(j["records"][1]["conversation_id"], "conv-2");
    CopyDb(config_.sqlite_path, before);  // the backup, taken before the erasure
    ASSERT_TRUE(store->EraseSubject("acme", "user-erase", "dpo:bob", "GDPR art. 17 request").ok());
    json after = json::parse(*store->ExportSubject("acme", "user-erase", "dpo:bob", "check"));
    EXPECT_TRUE(after["records"].empty());
    EXPECT_TRUE(store->ExportSubject("acme", "user-keep", "dpo:bob", "check").ok());
    EXPECT_TRUE(store->EraseSubject("acme", "user-erase", "dpo:bob", "again").ok());  // idempotent
  }
  std::string audit = AuditText();
  EXPECT_NE(audit.find("\"subject.export\""), std::string::npos);
  EXPECT_NE(audit.find("\"subject.erase\""), std::string::npos);
  // Restore the backup of the records next to the live key store and keyring.
  StoreConfig restored = config_;
  restored.sqlite_path = before;
  auto store = OpenStore(restored);
  auto r = store->ReadConversation("acme", "conv-1", "r", "restore test");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition) << r.status().ToString();
  EXPECT_FALSE(store->ExportSubject("acme", "user-erase", "r", "restore test").ok());
  // The same backup still holds the other subject, readable: the test can tell.
  auto kept = store->ReadConversation("acme", "conv-3", "r", "restore test");
  ASSERT_TRUE(kept.ok()) << kept.status().ToString();
  EXPECT_EQ((*kept)[0].record.transcript, "kept words");
}

TEST_F(SqliteStoreTest, KeyStoreBackupIsDefeatedByRotateRewrapRetire) {
  std::string records_backup = dir_.path() + "/records-backup.db";
  std::string keys_backup = dir_.path() + "/keys-backup.db";
  StoreConfig old = config_;
  old.sqlite_path = records_backup;
  old.sqlite_key_store_path = keys_backup;
  auto store = OpenStore();
  ASSERT_TRUE(store->Append(Record("conv-1", "user-erase", "private words")).get().ok());
  ASSERT_TRUE(store->Append(Record("conv-2", "user-keep", "kept words")).get().ok());
  CopyDb(config_.sqlite_path, records_backup);  // both backups taken before the erasure
  CopyDb(config_.sqlite_key_store_path, keys_backup);
  ASSERT_TRUE(store->EraseSubject("acme", "user-erase", "dpo", "request").ok());
  {
    // Backups of BOTH files still decrypt while KEK v1 lives: why retiring matters.
    auto from_backup = OpenStore(old);
    EXPECT_TRUE(from_backup->ReadConversation("acme", "conv-1", "r", "restore").ok());
  }
  CopyDb(records_backup, records_backup + ".2");
  CopyDb(keys_backup, keys_backup + ".2");
  old.sqlite_path += ".2";
  old.sqlite_key_store_path += ".2";
  ASSERT_EQ(*keyring_->Rotate(100), 2u);
  EXPECT_EQ(store->RetireKekVersions(2, "admin").code(), StatusCode::kFailedPrecondition);  // not rewrapped yet
  auto rw = store->RewrapSubjectKeys("admin");
  ASSERT_TRUE(rw.ok()) << rw.status().ToString();
  EXPECT_EQ(rw->rewrapped, 1u);
  EXPECT_EQ((*store->SubjectKeysByKekVersion()), (std::map<uint32_t, uint64_t>{{2, 1}}));
  ASSERT_TRUE(store->RetireKekVersions(2, "admin").ok());
  // Live data still reads after rewrap + retire.
  auto kept = store->ReadConversation("acme", "conv-2", "r", "check");
  ASSERT_TRUE(kept.ok()) << kept.status().ToString();
  EXPECT_EQ((*kept)[0].record.transcript, "kept words");
  std::string audit = AuditText();
  EXPECT_NE(audit.find("\"key.rewrap\""), std::string::npos);
  EXPECT_NE(audit.find("\"key.retire\""), std::string::npos);
  // The old backups, together, no longer open the erased subject: KEK v1 is destroyed.
  auto from_backup = OpenStore(old);
  auto r = from_backup->ReadConversation("acme", "conv-1", "r", "restore");
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition) << r.status().ToString();
}

TEST_P(StoreTest, RetentionPurgeIsPerTenantAndClassAndAudited) {
  config_.tenant_policies["short"] = {.mode = StoreMode::kFull, .transcript_retention_seconds = 60,
                                      .metadata_retention_seconds = 3600};
  auto store = OpenStore();
  const int64_t now = 10'000'000'000;
  auto at = [&](const std::string& tenant, const std::string& conv, int64_t age_s) {
    auto r = Record(conv, "s", "text of " + conv, tenant);
    r.created_unix_ms = now - age_s * 1000;
    ASSERT_TRUE(store->Append(r).get().ok());
  };
  at("short", "fresh", 10);
  at("short", "old-transcript", 120);
  at("short", "ancient", 7200);
  at("acme", "forever", 7200);  // default policy keeps everything
  auto report = store->PurgeExpired(now);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->transcripts_purged, 2u);     // old-transcript, ancient
  EXPECT_EQ(report->metadata_rows_deleted, 1u);  // ancient
  EXPECT_TRUE((*store->ReadConversation("short", "fresh", "r", "x"))[0].content_present);
  auto old = store->ReadConversation("short", "old-transcript", "r", "x");
  ASSERT_TRUE(old.ok());
  EXPECT_FALSE((*old)[0].content_present);
  EXPECT_EQ((*old)[0].record.prompt_tokens, 12);
  EXPECT_EQ(store->ReadConversation("short", "ancient", "r", "x").status().code(), StatusCode::kNotFound);
  EXPECT_TRUE((*store->ReadConversation("acme", "forever", "r", "x"))[0].content_present);
  std::string audit = AuditText();
  size_t purges = 0;
  for (size_t p = 0; (p = audit.find("\"retention.purge\"", p)) != std::string::npos; ++p) ++purges;
  EXPECT_EQ(purges, 3u);
  EXPECT_NE(audit.find("old-transcript"), std::string::npos);
  auto again = store->PurgeExpired(now);
  EXPECT_EQ(again->transcripts_purged + again->metadata_rows_deleted, 0u);
}

TEST_P(StoreTest, AuditRetentionIsPerTenantAndRecorded) {
  // "short" keeps its audit records 1 s; everyone else (the default) forever.
  config_.tenant_policies["short"] = {.mode = StoreMode::kFull, .audit_retention_seconds = 1};
  auto store = OpenStore();
  for (const std::string tenant : {"short", "acme"}) {
    ASSERT_TRUE(store->Append(Record("c", "s", "t", tenant)).get().ok());
    ASSERT_TRUE(store->ReadConversation(tenant, "c", "r", "before pruning " + tenant).ok());
  }
  ASSERT_TRUE(audit_->Checkpoint().ok());
  const int64_t later = 10'000 + std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch()).count();
  auto report = store->PurgeExpired(later);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_GT(report->audit_lines_pruned, 0u);
  std::string short_chain = AuditText("tenant-short");
  EXPECT_EQ(short_chain.find("before pruning short"), std::string::npos);
  EXPECT_NE(short_chain.find("\"data_class\":\"audit\""), std::string::npos);  // recorded in the pruned chain
  EXPECT_NE(AuditText("tenant-acme").find("before pruning acme"), std::string::npos);
  EXPECT_EQ(AuditText("tenant-acme").find("retention.purge"), std::string::npos);
  auto v = VerifyAuditLog(dir_.path() + "/audit", *keyring_);
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok);
  for (const auto& c : v->chains) {
    EXPECT_TRUE(c.report.ok) << c.chain.name << ": " << c.report.problem;
    if (c.chain.name == "tenant-short") {
      EXPECT_GT(c.report.first_seq, 1u);
    } else {
      EXPECT_LE(c.report.first_seq, 1u) << c.chain.name;
    }
  }
}

TEST_P(StoreTest, ScheduledRotationIsAudited) {
  auto store = OpenStore();
  int64_t created = keyring_->state().versions.back().created_unix;
  EXPECT_FALSE(*store->RotateKeysIfDue(created + 100));  // no period set
  ASSERT_TRUE(keyring_->SetRotationPeriod(86400).ok());
  EXPECT_FALSE(*store->RotateKeysIfDue(created + 100));
  EXPECT_TRUE(*store->RotateKeysIfDue(created + 86400));
  EXPECT_EQ(keyring_->primary_version(), 2u);
  EXPECT_NE(AuditText().find("\"actor\":\"schedule\""), std::string::npos);
}

TEST_P(StoreTest, ManyConcurrentAppendsAllLand) {
  auto store = OpenStore();
  std::vector<std::future<Status>> futures;
  for (int i = 0; i < 5000; ++i) {
    futures.push_back(store->Append(Record("c" + std::to_string(i), "s" + std::to_string(i % 17), "t")));
  }
  for (auto& f : futures) ASSERT_TRUE(f.get().ok());
  json j = json::parse(*store->ExportSubject("acme", "s3", "r", "count"));
  EXPECT_EQ(j["records"].size(), 5000u / 17 + (3 < 5000 % 17 ? 1 : 0));
}

// commit_delay: records wait for company (nothing is committed while the
// delay runs), Flush ends the wait at once, and closing the store commits
// what waits without sitting out the delay.
TEST_P(StoreTest, CommitDelayGathersRecordsUntilFlushOrClose) {
  StoreConfig c = config_;
  c.commit_delay = std::chrono::seconds(30);
  const auto start = std::chrono::steady_clock::now();
  {
    auto store = OpenStore(c);
    ASSERT_NE(store, nullptr);
    auto a = store->Append(Record("delay-a", "s1", "first"));
    auto b = store->Append(Record("delay-b", "s1", "second"));
    EXPECT_EQ(a.wait_for(std::chrono::milliseconds(200)), std::future_status::timeout) << "committed before the delay";
    ASSERT_TRUE(store->Flush().ok());
    EXPECT_EQ(a.wait_for(std::chrono::seconds(0)), std::future_status::ready);
    ASSERT_TRUE(a.get().ok());
    ASSERT_TRUE(b.get().ok());
    json j = json::parse(*store->ExportSubject("acme", "s1", "r", "count"));
    EXPECT_EQ(j["records"].size(), 2u);
    auto late = store->Append(Record("delay-c", "s1", "third"));
    store.reset();  // closes: commits delay-c now
    ASSERT_TRUE(late.get().ok());
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  auto reopened = OpenStore();
  json j = json::parse(*reopened->ExportSubject("acme", "s1", "r", "count"));
  EXPECT_EQ(j["records"].size(), 3u);
}

TEST_F(SqliteStoreTest, UnknownBackendAndMissingPathsAreErrors) {
  StoreConfig c = config_;
  c.backend = "mysql";
  EXPECT_EQ(ConversationStore::Open(c).status().code(), StatusCode::kInvalidArgument);
  c = config_;
  c.sqlite_key_store_path = c.sqlite_path;
  EXPECT_EQ(ConversationStore::Open(c).status().code(), StatusCode::kInvalidArgument);
  c = config_;
  c.sqlite_path = dir_.path() + "/no/such/dir/x.db";
  EXPECT_FALSE(ConversationStore::Open(c).ok());
  // A file that is not a database.
  c = config_;
  c.sqlite_path = dir_.path() + "/garbage.db";
  std::ofstream(c.sqlite_path) << std::string(8192, 'x');
  EXPECT_FALSE(ConversationStore::Open(c).ok());
}

// Durability: a child process appends as fast as it can and reports every
// acknowledged record on a pipe; the parent kills it with SIGKILL mid-write
// and checks that every acknowledged record is in the database and decrypts.
TEST_P(StoreTest, NoAcknowledgedRecordIsLostToKillMinus9) {
  audit_.reset();  // the child opens its own; no threads may run across fork
  auto killed = testing::KillDuring(
      [&](const std::function<void(int)>& ack) {
        auto a = AuditLog::Open({.dir = dir_.path() + "/audit", .keyring = keyring_.get()});
        StoreConfig c = config_;
        c.audit = a->get();
        auto s = ConversationStore::Open(c);
        if (!s.ok()) ::_exit(3);
        for (int i = 0;; i += 64) {
          std::vector<std::future<Status>> fs;
          for (int j = i; j < i + 64; ++j) {
            fs.push_back((*s)->Append(Record("c" + std::to_string(j), "s" + std::to_string(j % 5),
                                             std::string(2048, 'a' + j % 26))));
          }
          for (int j = 0; j < 64; ++j) {
            if (!fs[j].get().ok()) ::_exit(4);
            ack(i + j);
          }
        }
      },
      3000);
  ASSERT_TRUE(killed.error.empty()) << killed.error;
  std::set<int> acked(killed.acked.begin(), killed.acked.end());
  ASSERT_GE(acked.size(), 3000u);

  auto a = AuditLog::Open({.dir = dir_.path() + "/audit-after", .keyring = keyring_.get()});
  ASSERT_TRUE(a.ok());
  audit_ = std::move(*a);
  config_.audit = audit_.get();
  auto store = OpenStore();
  std::set<int> found;
  for (int s = 0; s < 5; ++s) {
    auto text = store->ExportSubject("acme", "s" + std::to_string(s), "test", "durability check");
    ASSERT_TRUE(text.ok()) << text.status().ToString();
    json doc = json::parse(*text);
    for (const auto& r : doc["records"]) {
      int n = std::stoi(r["conversation_id"].get<std::string>().substr(1));
      ASSERT_EQ(r["transcript"].get<std::string>(), std::string(2048, 'a' + n % 26));
      found.insert(n);
    }
  }
  for (int n : acked) ASSERT_TRUE(found.count(n)) << "acknowledged record " << n << " was lost; found " << found.size() << " of " << acked.size() << " acknowledged";
  EXPECT_GE(found.size(), acked.size());
}

}  // namespace
}  // namespace convoguard
