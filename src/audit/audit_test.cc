#include "convoguard/audit.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "anonymizer/crypto.h"
#include "audit/audit_format.h"
#include "keyring/kill_during.h"
#include "keyring/test_dir.h"

namespace convoguard {
namespace {

class AuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto p = LocalKeyFileProvider::OpenOrCreate({.path = dir_.path() + "/keyring.json"});
    ASSERT_TRUE(p.ok());
    keyring_ = std::move(*Keyring::Open(std::move(*p)));
    audit_dir_ = dir_.path() + "/audit";
    path_ = audit_dir_ + "/tenant-acme.log";
  }

  AuditLogOptions Options(uint64_t checkpoint_every = 1000) {
    return {.dir = audit_dir_, .keyring = keyring_.get(), .checkpoint_every = checkpoint_every};
  }

  void Write(int n, uint64_t checkpoint_every = 4, const std::string& tenant = "acme", int64_t time_ms = 0) {
    auto log = AuditLog::Open(Options(checkpoint_every));
    ASSERT_TRUE(log.ok()) << log.status().ToString();
    for (int i = 0; i < n; ++i) {
      ASSERT_TRUE((*log)->Append({.type = "policy.block", .actor = "gateway", .tenant = tenant,
                                  .target = "conv-" + std::to_string(i),
                                  .fields = {{"detector", "CREDIT_CARD"}, {"rule", "block-cards"}},
                                  .time_unix_ms = time_ms})
                      .ok());
    }
    ASSERT_TRUE((*log)->Flush().ok());
  }

  std::vector<std::string> Lines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
  }
  std::vector<std::string> Lines() { return Lines(path_); }
  void SetLines(const std::vector<std::string>& lines, const std::string& path) {
    std::ofstream out(path, std::ios::trunc);
    for (const auto& l : lines) out << l << '\n';
  }
  void SetLines(const std::vector<std::string>& lines) { SetLines(lines, path_); }
  // The acme chain alone.
  AuditVerifyReport Verify() {
    auto r = VerifyAuditChain(audit_dir_, {.name = "tenant-acme", .tenant = "acme"}, *keyring_);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : AuditVerifyReport{};
  }
  // Every chain.
  AuditLogReport VerifyAll() {
    auto r = VerifyAuditLog(audit_dir_, *keyring_);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : AuditLogReport{};
  }
  static std::string Problems(const AuditLogReport& r) {
    std::string out;
    for (const auto& c : r.chains) {
      if (!c.report.ok) out += c.chain.name + ": line " + std::to_string(c.report.first_bad_line) + ": " +
                               c.report.problem + "\n";
    }
    for (const auto& m : r.missing_chains) out += "missing " + m + "\n";
    return out;
  }

  testing::TempDir dir_;
  std::unique_ptr<Keyring> keyring_;
  std::string audit_dir_;
  std::string path_;
};

TEST_F(AuditTest, CleanLogVerifies) {
  Write(10);
  auto r = Verify();
  EXPECT_TRUE(r.ok) << r.problem;
  // A checkpoint follows every record whose seq is a multiple of 4, and one closes the log.
  EXPECT_GT(r.checkpoints_verified, 1u);
  EXPECT_EQ(r.records, Lines().size());
  EXPECT_TRUE(r.warning.empty()) << r.warning;  // closing writes a final checkpoint
  struct stat st {};
  ASSERT_EQ(::stat(path_.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(AuditTest, ReopeningContinuesTheChain) {
  Write(3);
  Write(3);
  auto r = Verify();
  EXPECT_TRUE(r.ok) << r.problem;
  EXPECT_EQ(audit::ParseLine(Lines().back())->seq, Lines().size());
}

TEST_F(AuditTest, ModifiedRecordIsNamed) {
  Write(10);
  auto lines = Lines();
  ASSERT_NE(lines[4].find("\"checkpoint\""), std::string::npos);  // seq 5 follows seq 4
  size_t pos = lines[5].find("CREDIT_CARD");
  ASSERT_NE(pos, std::string::npos);
  lines[5].replace(pos, 11, "IBAN_CODE__");
  SetLines(lines);
  auto r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_line, 6u) << r.problem;
  EXPECT_NE(r.problem.find("modified"), std::string::npos) << r.problem;
}

TEST_F(AuditTest, RewrittenChainIsCaughtByTheCheckpoint) {
  Write(10);
  auto lines = Lines();
  // Modify record 2 and recompute every hash after it, as an attacker without the key would.
  std::string prev = audit::ParseLine(lines[0])->hash;
  for (size_t i = 1; i < lines.size(); ++i) {
    auto p = *audit::ParseLine(lines[i]);
    if (i == 1) p.json["actor"] = "someone-else";
    p.json["prev"] = prev;
    std::string body = p.json.dump();
    std::string hash = audit::RecordHash(body);
    lines[i] = hash + " " + body;
    prev = hash;
  }
  SetLines(lines);
  auto r = Verify();
  EXPECT_FALSE(r.ok);
  auto first_cp = std::find_if(lines.begin(), lines.end(),
                               [](const std::string& l) { return l.find("\"checkpoint\"") != std::string::npos; });
  EXPECT_EQ(r.first_bad_line, static_cast<uint64_t>(first_cp - lines.begin()) + 1) << r.problem;
  EXPECT_NE(r.problem.find("signature"), std::string::npos) << r.problem;
}

TEST_F(AuditTest, DeletedRecordIsNamed) {
  Write(10);
  auto lines = Lines();
  lines.erase(lines.begin() + 2);
  SetLines(lines);
  auto r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_line, 3u) << r.problem;
  EXPECT_NE(r.problem.find("deleted"), std::string::npos) << r.problem;
}

TEST_F(AuditTest, ReorderedRecordsAreNamed) {
  Write(10);
  auto lines = Lines();
  std::swap(lines[5], lines[6]);
  SetLines(lines);
  auto r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_line, 6u) << r.problem;
}

TEST_F(AuditTest, InsertedRecordIsNamed) {
  Write(10);
  auto lines = Lines();
  lines.insert(lines.begin() + 3, lines[1]);  // replay of an earlier record
  SetLines(lines);
  auto r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_line, 4u) << r.problem;
  EXPECT_NE(r.problem.find("inserted"), std::string::npos) << r.problem;
}

TEST_F(AuditTest, ForgedRecordWithValidHashIsNamedWhereTheChainBreaks) {
  Write(10);
  auto lines = Lines();
  auto p = *audit::ParseLine(lines[2]);
  p.json["actor"] = "forger";  // same seq and prev, fresh hash
  std::string body = p.json.dump();
  lines.insert(lines.begin() + 3, audit::RecordHash(body) + " " + body);
  SetLines(lines);
  auto r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_line, 4u) << r.problem;
}

TEST_F(AuditTest, TruncatedTailIsCaughtByTheHeadFile) {
  Write(10);
  auto lines = Lines();
  size_t n = lines.size();
  lines.resize(n - 3);
  SetLines(lines);
  auto r = Verify();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_line, n - 2) << r.problem;
  EXPECT_NE(r.problem.find("deleted from the end"), std::string::npos) << r.problem;
}

TEST_F(AuditTest, WrongKeyringFailsCheckpoints) {
  Write(10);
  testing::TempDir other;
  auto p = LocalKeyFileProvider::OpenOrCreate({.path = other.path() + "/k.json"});
  auto ring = std::move(*Keyring::Open(std::move(*p)));
  auto r = VerifyAuditLog(audit_dir_, *ring);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->ok);
}

TEST_F(AuditTest, GarbageIsReportedNotCrashed) {
  Write(3);
  auto lines = Lines();
  lines.push_back("not a record");
  SetLines(lines);
  EXPECT_FALSE(Verify().ok);
  { std::ofstream(path_, std::ios::trunc) << std::string(5000, '\0') << "\n"; }
  EXPECT_FALSE(Verify().ok);
  // The writer refuses to chain onto a corrupt tail rather than extend it.
  EXPECT_FALSE(AuditLog::Open(Options()).ok());
}

TEST_F(AuditTest, TornTailFromACrashIsCutOnOpen) {
  Write(5);
  { std::ofstream(path_, std::ios::app) << "0123abc {\"seq\":"; }
  EXPECT_FALSE(Verify().ok);
  Write(2);
  EXPECT_TRUE(Verify().ok) << Verify().problem;
}

TEST_F(AuditTest, RetiredKeyCheckpointsAreCoveredByLaterOnes) {
  Write(5);
  ASSERT_TRUE(keyring_->Rotate(1).ok());
  Write(5);
  ASSERT_TRUE(keyring_->Retire(2).ok());
  auto r = Verify();
  EXPECT_TRUE(r.ok) << r.problem;
}

TEST_F(AuditTest, RejectsBadEvents) {
  auto log = std::move(*AuditLog::Open(Options()));
  EXPECT_FALSE(log->Append({.type = ""}).ok());
  EXPECT_FALSE(log->Append({.type = "Bad Type"}).ok());
  EXPECT_FALSE(log->Append({.type = "checkpoint"}).ok());
  EXPECT_FALSE(log->Append({.type = "x", .reason = std::string(10000, 'a')}).ok());
  EXPECT_FALSE(log->Append({.type = "x", .fields = {{"Bad Key", "v"}}}).ok());
  EXPECT_TRUE(log->Append({.type = "auth.failure", .actor = "\xff\xfe invalid utf8"}).ok());
  // A tenant names a chain and must round-trip through JSON.
  EXPECT_FALSE(log->Append({.type = "x", .tenant = "bad\xff"}).ok());
  EXPECT_FALSE(log->Append({.type = "x", .tenant = std::string("nul\0x", 5)}).ok());
  EXPECT_FALSE(log->Append({.type = "x", .tenant = "line\nbreak"}).ok());
  EXPECT_TRUE(log->Flush().ok());
}

TEST_F(AuditTest, ConcurrentWritersFromTwoLogsStayOneChain) {
  {
    auto a = std::move(*AuditLog::Open(Options(7)));
    auto b = std::move(*AuditLog::Open(Options(7)));
    std::thread ta([&] { for (int i = 0; i < 200; ++i) ASSERT_TRUE(a->Append({.type = "a", .tenant = "acme"}).ok()); });
    std::thread tb([&] { for (int i = 0; i < 200; ++i) ASSERT_TRUE(b->Append({.type = "b", .tenant = "acme"}).ok()); });
    ta.join();
    tb.join();
  }
  auto r = Verify();
  EXPECT_TRUE(r.ok) << r.problem << " at " << r.first_bad_line;
  EXPECT_GE(r.records, 400u);
}

TEST_F(AuditTest, ExportWritesJsonLines) {
  Write(3);
  std::ostringstream out;
  ASSERT_TRUE(ExportAuditLog(audit_dir_, {.chain = "tenant-acme"}, out).ok());
  std::istringstream in(out.str());
  int n = 0;
  for (std::string l; std::getline(in, l); ++n) {
    auto j = nlohmann::json::parse(l);
    EXPECT_TRUE(j.contains("hash"));
    EXPECT_TRUE(j.contains("seq"));
  }
  EXPECT_EQ(static_cast<size_t>(n), Lines().size());
  EXPECT_NE(out.str().find("\"detector\":\"CREDIT_CARD\""), std::string::npos);
}

}  // namespace
}  // namespace convoguard

namespace convoguard {
namespace {

int64_t NowMsForTest() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

TEST_F(AuditTest, RetentionPruneKeepsAVerifiableChainFromACheckpoint) {
  Write(10);  // closes with a checkpoint
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  int64_t cutoff = NowMsForTest();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  size_t before = Lines().size();
  {
    auto log = std::move(*AuditLog::Open(Options(4)));
    ASSERT_TRUE(log->Append({.type = "after.cutoff", .actor = "x", .tenant = "acme"}).ok());
    ASSERT_TRUE(log->Flush().ok());
    auto removed = log->Prune({.name = "tenant-acme", .tenant = "acme"}, cutoff);
    ASSERT_TRUE(removed.ok()) << removed.status().ToString();
    EXPECT_EQ(*removed, before - 1);  // everything up to the closing checkpoint of the first batch
    // This writer keeps appending to the replaced file.
    ASSERT_TRUE(log->Append({.type = "after.prune", .actor = "x", .tenant = "acme"}).ok());
  }
  auto lines = Lines();
  EXPECT_NE(lines.front().find("\"checkpoint\""), std::string::npos);
  EXPECT_NE(lines.back().find("\"checkpoint\""), std::string::npos);
  auto r = Verify();
  EXPECT_TRUE(r.ok) << r.problem;
  EXPECT_EQ(r.first_seq, before);
  std::string text;
  for (const auto& l : lines) text += l;
  EXPECT_NE(text.find("after.prune"), std::string::npos);
  EXPECT_EQ(text.find("CREDIT_CARD"), std::string::npos);

  // Cutting records from the start without a checkpoint anchor is caught.
  lines.erase(lines.begin());
  SetLines(lines);
  auto bad = Verify();
  EXPECT_FALSE(bad.ok);
  EXPECT_EQ(bad.first_bad_line, 1u);
  EXPECT_NE(bad.problem.find("deleted from the start"), std::string::npos) << bad.problem;
}

TEST_F(AuditTest, PruneWithNothingOldEnoughRemovesNothing) {
  Write(5);
  auto log = std::move(*AuditLog::Open(Options()));
  EXPECT_EQ(*log->Prune({.name = "tenant-acme", .tenant = "acme"}, 0), 0u);
  EXPECT_TRUE(Verify().ok);
}

}  // namespace
}  // namespace convoguard

namespace convoguard {
namespace {

// Durability: a child appends and flushes in a loop, reporting each flushed
// count on a pipe; after SIGKILL every acknowledged event is in a log that
// still verifies (a torn last line, never acknowledged, is cut on reopen).
TEST_F(AuditTest, NoFlushedEventIsLostToKillMinus9) {
  auto killed = testing::KillDuring(
      [&](const std::function<void(int)>& ack) {
        auto log = AuditLog::Open(Options(50));
        if (!log.ok()) ::_exit(3);
        for (int i = 1;; ++i) {
          if (!(*log)->Append({.type = "policy.block", .actor = "gateway", .tenant = "acme",
                               .target = "n" + std::to_string(i)}).ok()) {
            ::_exit(4);
          }
          if (i % 16 == 0) {
            if (!(*log)->Flush().ok()) ::_exit(5);
            ack(i);
          }
        }
      },
      125);
  ASSERT_TRUE(killed.error.empty()) << killed.error;
  ASSERT_GE(killed.acked.size(), 125u);
  int acked = killed.acked.back();
  { auto reopened = AuditLog::Open(Options()); ASSERT_TRUE(reopened.ok()); }
  auto r = Verify();
  EXPECT_TRUE(r.ok) << r.problem << " at line " << r.first_bad_line;
  std::set<int> seen;
  for (const std::string& l : Lines()) {
    auto p = audit::ParseLine(l);
    ASSERT_TRUE(p.ok());
    std::string target = p->json.value("target", "");
    if (!target.empty()) seen.insert(std::stoi(target.substr(1)));
  }
  for (int i = 1; i <= acked; ++i) ASSERT_TRUE(seen.count(i)) << "flushed event " << i << " was lost";
}

}  // namespace
}  // namespace convoguard

namespace convoguard {
namespace {

// --- one chain per tenant ---------------------------------------------------

constexpr int64_t kDayMs = 86400 * 1000;

TEST_F(AuditTest, EachTenantHasItsOwnChainAndTheSystemChainAnnouncesThem) {
  {
    auto log = std::move(*AuditLog::Open(Options(3)));
    for (int i = 0; i < 5; ++i) {
      ASSERT_TRUE(log->Append({.type = "policy.block", .tenant = "acme"}).ok());
      ASSERT_TRUE(log->Append({.type = "policy.block", .tenant = "globex"}).ok());
      ASSERT_TRUE(log->Append({.type = "key.rotate", .actor = "cli:root"}).ok());
    }
  }
  auto chains = ListAuditChains(audit_dir_);
  ASSERT_TRUE(chains.ok());
  std::vector<std::string> names;
  for (const auto& c : *chains) names.push_back(c.name + "=" + c.tenant);
  EXPECT_EQ(names, (std::vector<std::string>{"system=", "tenant-acme=acme", "tenant-globex=globex"}));
  for (const std::string& l : Lines(audit_dir_ + "/tenant-globex.log")) {
    EXPECT_NE(l.find("\"tenant\":\"globex\""), std::string::npos) << l;  // checkpoints too
  }
  std::string system;
  for (const std::string& l : Lines(audit_dir_ + "/system.log")) system += l + "\n";
  EXPECT_EQ(system.find("\"tenant\""), std::string::npos);
  EXPECT_NE(system.find("\"target\":\"tenant-acme\""), std::string::npos);
  EXPECT_NE(system.find("\"target\":\"tenant-globex\""), std::string::npos);
  auto r = VerifyAll();
  EXPECT_TRUE(r.ok) << Problems(r);
  ASSERT_EQ(r.chains.size(), 3u);
}

TEST_F(AuditTest, TamperingInAnyChainIsCaughtAndNamesTheChain) {
  Write(6, 4, "acme");
  Write(6, 4, "globex");
  const std::string globex = audit_dir_ + "/tenant-globex.log";
  auto lines = Lines(globex);
  size_t pos = lines[2].find("conv-2");
  ASSERT_NE(pos, std::string::npos);
  lines[2].replace(pos, 6, "conv-9");
  SetLines(lines, globex);
  auto r = VerifyAll();
  EXPECT_FALSE(r.ok);
  for (const auto& c : r.chains) {
    if (c.chain.name == "tenant-globex") {
      EXPECT_FALSE(c.report.ok);
      EXPECT_EQ(c.report.first_bad_line, 3u) << c.report.problem;
    } else {
      EXPECT_TRUE(c.report.ok) << c.chain.name << ": " << c.report.problem;
    }
  }
  // The system chain too.
  SetLines(Lines(globex), globex);
  const std::string system = audit_dir_ + "/system.log";
  auto sys = Lines(system);
  ASSERT_GE(sys.size(), 3u);
  sys.erase(sys.begin() + 1);
  SetLines(sys, system);
  EXPECT_NE(Problems(VerifyAll()).find("system: line 2"), std::string::npos) << Problems(VerifyAll());
}

TEST_F(AuditTest, DeletedRenamedOrSwappedChainsAreCaught) {
  Write(5, 4, "acme");
  Write(5, 4, "globex");
  ASSERT_TRUE(VerifyAll().ok);
  // A chain file renamed to another tenant's name: its records name acme.
  const std::string globex = audit_dir_ + "/tenant-globex.log";
  ASSERT_EQ(::rename(globex.c_str(), (audit_dir_ + "/tenant-initech.log").c_str()), 0);
  auto r = VerifyAll();
  EXPECT_FALSE(r.ok);
  EXPECT_NE(Problems(r).find("tenant-initech: line 1"), std::string::npos) << Problems(r);
  // ...and tenant-globex, announced in the system chain, is missing.
  EXPECT_EQ(r.missing_chains, std::vector<std::string>{"tenant-globex"});
  // Deleting a chain together with its head file is still caught by the announcement.
  ::unlink((audit_dir_ + "/tenant-initech.log").c_str());
  ::unlink((globex + ".head").c_str());
  r = VerifyAll();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.missing_chains, std::vector<std::string>{"tenant-globex"});
}

TEST_F(AuditTest, ARecordMovedIntoAnotherTenantsChainIsCaught) {
  Write(5, 4, "acme");
  Write(5, 4, "globex");
  // Take acme's record 2 and splice it into globex's chain with fresh links.
  auto moved = *audit::ParseLine(Lines()[1]);
  const std::string globex = audit_dir_ + "/tenant-globex.log";
  auto lines = Lines(globex);
  auto at = *audit::ParseLine(lines[1]);
  moved.json["seq"] = at.seq;
  moved.json["prev"] = at.prev;
  std::string body = moved.json.dump();
  lines[1] = audit::RecordHash(body) + " " + body;
  SetLines(lines, globex);
  auto r = VerifyAuditChain(audit_dir_, {.name = "tenant-globex", .tenant = "globex"}, *keyring_);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->ok);
  EXPECT_EQ(r->first_bad_line, 2u);
  EXPECT_NE(r->problem.find("another tenant"), std::string::npos) << r->problem;
}

TEST_F(AuditTest, CheckpointsAreBoundToTheirChain) {
  // A checkpoint signed for one chain does not verify in another, even with
  // the same seq and prev: copy acme's chain over globex's and fix tenants.
  Write(4, 4, "acme");
  Write(4, 4, "globex");
  const std::string globex = audit_dir_ + "/tenant-globex.log";
  std::vector<std::string> forged;
  std::string prev(64, '0');
  for (const std::string& l : Lines()) {
    auto p = *audit::ParseLine(l);
    p.json["tenant"] = "globex";
    p.json["prev"] = prev;
    std::string body = p.json.dump();
    prev = audit::RecordHash(body);
    forged.push_back(prev + " " + body);
  }
  SetLines(forged, globex);
  ::unlink((globex + ".head").c_str());
  auto r = VerifyAuditChain(audit_dir_, {.name = "tenant-globex", .tenant = "globex"}, *keyring_);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->ok);
  EXPECT_NE(r->problem.find("signature"), std::string::npos) << r->problem;
}

TEST_F(AuditTest, PerTenantPruneRemovesOnlyThatTenantsExpiredRecords) {
  const int64_t now = NowMsForTest();
  // Old records (ten days ago) in both tenants, then newer ones.
  Write(6, 3, "acme", now - 10 * kDayMs);
  Write(6, 3, "globex", now - 10 * kDayMs);
  Write(2, 3, "acme", now - 1 * kDayMs);
  Write(2, 3, "globex", now - 1 * kDayMs);
  // The closing checkpoints are written now, so backdate nothing else: the
  // prune below cuts at the newest checkpoint older than the cutoff, which
  // is a checkpoint_every one (seq 3 and 6 plus their checkpoints).
  const std::string globex = audit_dir_ + "/tenant-globex.log";
  size_t acme_before = Lines().size(), globex_before = Lines(globex).size();
  auto log = std::move(*AuditLog::Open(Options(3)));
  auto removed = log->Prune({.name = "tenant-acme", .tenant = "acme"}, now - 5 * kDayMs);
  ASSERT_TRUE(removed.ok()) << removed.status().ToString();
  EXPECT_GT(*removed, 0u);
  auto lines = Lines();
  EXPECT_EQ(lines.size(), acme_before - *removed);
  EXPECT_EQ(Lines(globex).size(), globex_before);  // untouched
  // The acme chain now starts at a signed checkpoint and keeps its tenant.
  auto first = *audit::ParseLine(lines.front());
  EXPECT_EQ(first.json["type"], "checkpoint");
  EXPECT_EQ(first.json["tenant"], "acme");
  for (const std::string& l : lines) {
    auto p = *audit::ParseLine(l);
    if (p.json["type"] != "checkpoint") {
      EXPECT_GE(p.json["time_ms"].get<int64_t>(), now - 5 * kDayMs) << l;  // no expired event left
    }
  }
  auto r = VerifyAll();
  EXPECT_TRUE(r.ok) << Problems(r);
  for (const auto& c : r.chains) {
    if (c.chain.name == "tenant-acme") {
      EXPECT_GT(c.report.first_seq, 1u);
    }
    if (c.chain.name == "tenant-globex") {
      EXPECT_EQ(c.report.first_seq, 0u);
    }
  }
  // The pruned chain still takes appends and still verifies.
  ASSERT_TRUE(log->Append({.type = "after.prune", .tenant = "acme"}).ok());
  log.reset();
  EXPECT_TRUE(VerifyAll().ok) << Problems(VerifyAll());
  // Cutting the pruned chain's anchoring checkpoint is caught.
  lines = Lines();
  lines.erase(lines.begin());
  SetLines(lines);
  auto bad = Verify();
  EXPECT_FALSE(bad.ok);
  EXPECT_EQ(bad.first_bad_line, 1u) << bad.problem;
}

TEST_F(AuditTest, HostileTenantNamesStayInsideTheDirectory) {
  const std::vector<std::string> tenants = {"../../etc/passwd", "..", ".", "a/b", "/abs", "ACME", "acme",
                                            "sp ace", "\xc3\xa9t\xc3\xa9", std::string(300, 'x'),
                                            std::string(299, 'x') + "y", "%41", "A", "tenant-acme.log"};
  std::set<std::string> names;
  for (const std::string& t : tenants) {
    std::string n = AuditChainName(t);
    EXPECT_TRUE(names.insert(n).second) << "collision: " << n;
    EXPECT_LE(n.size(), 140u) << n;
    EXPECT_EQ(n.find('/'), std::string::npos) << n;
    EXPECT_EQ(n.find('.'), std::string::npos) << n;
    EXPECT_EQ(n.rfind("tenant-", 0), 0u) << n;
  }
  {
    auto log = std::move(*AuditLog::Open(Options(2)));
    for (const std::string& t : tenants) ASSERT_TRUE(log->Append({.type = "policy.block", .tenant = t}).ok());
    ASSERT_TRUE(log->Flush().ok());
  }
  // Nothing was written outside the audit directory.
  std::set<std::string> top;
  for (const auto& e : std::filesystem::directory_iterator(dir_.path())) top.insert(e.path().filename().string());
  EXPECT_EQ(top, (std::set<std::string>{"audit", "keyring.json"}));
  auto chains = ListAuditChains(audit_dir_);
  ASSERT_TRUE(chains.ok());
  std::set<std::string> found;
  for (const auto& c : *chains) found.insert(c.tenant);
  for (const std::string& t : tenants) EXPECT_TRUE(found.count(t)) << t;  // read back from the records
  auto r = VerifyAll();
  EXPECT_TRUE(r.ok) << Problems(r);
  EXPECT_EQ(r.chains.size(), tenants.size() + 1);
}

TEST_F(AuditTest, ManyChainsBeyondTheOpenLimitAreClosedSigned) {
  {
    auto opts = Options(1000);
    opts.max_open_chains = 3;
    auto log = std::move(*AuditLog::Open(opts));
    for (int round = 0; round < 3; ++round) {
      for (int t = 0; t < 8; ++t) {
        ASSERT_TRUE(log->Append({.type = "policy.block", .tenant = "t" + std::to_string(t)}).ok());
        ASSERT_TRUE(log->Flush().ok());
      }
    }
  }
  auto r = VerifyAll();
  EXPECT_TRUE(r.ok) << Problems(r);
  EXPECT_EQ(r.chains.size(), 9u);
  for (const auto& c : r.chains) EXPECT_TRUE(c.report.warning.empty()) << c.chain.name << c.report.warning;
}

TEST_F(AuditTest, ExportMergesChainsByTimeAndLabelsThem) {
  {
    // After the audit.chain.create records (stamped now) of the system chain.
    const int64_t base = NowMsForTest() + 60000;
    auto log = std::move(*AuditLog::Open(Options()));
    ASSERT_TRUE(log->Append({.type = "e.three", .tenant = "acme", .time_unix_ms = base + 3}).ok());
    ASSERT_TRUE(log->Append({.type = "e.one", .tenant = "globex", .time_unix_ms = base + 1}).ok());
    ASSERT_TRUE(log->Append({.type = "e.two", .time_unix_ms = base + 2}).ok());
    ASSERT_TRUE(log->Append({.type = "e.four", .tenant = "globex", .time_unix_ms = base + 4}).ok());
  }
  std::ostringstream out;
  ASSERT_TRUE(ExportAuditLog(audit_dir_, {}, out).ok());
  std::vector<std::string> order;
  int64_t last = 0;
  std::istringstream in(out.str());
  for (std::string l; std::getline(in, l);) {
    auto j = nlohmann::json::parse(l);
    EXPECT_TRUE(j.contains("hash"));
    std::string type = j["type"];
    if (type.rfind("e.", 0) != 0) continue;  // chain.create and checkpoints: stamped when written
    EXPECT_GE(j["time_ms"].get<int64_t>(), last) << l;
    last = j["time_ms"].get<int64_t>();
    order.push_back(type + "@" + j["chain"].get<std::string>());
  }
  EXPECT_EQ(order, (std::vector<std::string>{"e.one@tenant-globex", "e.two@system", "e.three@tenant-acme",
                                             "e.four@tenant-globex"}));
  std::ostringstream one;
  ASSERT_TRUE(ExportAuditLog(audit_dir_, {.chain = "tenant-globex"}, one).ok());
  EXPECT_EQ(one.str().find("e.three"), std::string::npos);
  EXPECT_NE(one.str().find("e.four"), std::string::npos);
  std::ostringstream none;
  EXPECT_EQ(ExportAuditLog(audit_dir_, {.chain = "tenant-nobody"}, none).code(), StatusCode::kNotFound);
}

// A deployment can have more tenant chains than the process may open files:
// the export keeps only a few open at once and still merges all of them.
TEST_F(AuditTest, ExportMergesMoreChainsThanTheProcessCanOpenFiles) {
  constexpr int kTenants = 300;
  const int64_t base = NowMsForTest() + 60000;
  {
    auto opts = Options(1000);
    opts.max_open_chains = 8;
    auto log = std::move(*AuditLog::Open(opts));
    for (int round = 0; round < 2; ++round) {
      for (int t = 0; t < kTenants; ++t) {
        // Interleaved times, so the merge has to move between all chains.
        ASSERT_TRUE(log->Append({.type = "e.r" + std::to_string(round), .tenant = "t" + std::to_string(t),
                                 .time_unix_ms = base + round * kTenants + t})
                        .ok());
      }
      ASSERT_TRUE(log->Flush().ok());
    }
  }
  struct rlimit old_limit {};
  ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &old_limit), 0);
  struct rlimit low = old_limit;
  low.rlim_cur = 200;  // fewer than the chains; more than the cap plus what the test holds
  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &low), 0);
  std::ostringstream out;
  Status s = ExportAuditLog(audit_dir_, {}, out);
  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &old_limit), 0);
  ASSERT_TRUE(s.ok()) << s.message();
  int events = 0;
  int64_t last = 0;
  std::istringstream in(out.str());
  for (std::string l; std::getline(in, l);) {
    auto j = nlohmann::json::parse(l);
    if (j["type"].get<std::string>().rfind("e.", 0) != 0) continue;
    EXPECT_GE(j["time_ms"].get<int64_t>(), last) << l;
    last = j["time_ms"].get<int64_t>();
    ++events;
  }
  EXPECT_EQ(events, 2 * kTenants);
}

// The previous format: one file for every tenant, v1 checkpoint messages.
// Built here line by line, as that writer did.
TEST_F(AuditTest, TheOldSingleFileLogIsMigratedAsTheLegacyChain) {
  const std::string old_path = dir_.path() + "/audit.log";
  std::vector<std::string> lines;
  std::string prev(64, '0'), head;
  const int64_t old_time = NowMsForTest() - 30 * kDayMs;
  for (uint64_t seq = 1; seq <= 6; ++seq) {
    nlohmann::json j = {{"seq", seq}, {"prev", prev}, {"time_ms", old_time}, {"time", "x"}};
    if (seq % 3 == 0) {
      auto sig = keyring_->Sign("convoguard.audit.checkpoint/v1:" + std::to_string(seq) + ":" + prev);
      ASSERT_TRUE(sig.ok());
      j["type"] = "checkpoint";
      j["signature"] = anonymizer::Base64UrlEncode(*sig);
    } else {
      j["type"] = "policy.block";
      j["actor"] = "gateway";
      j["tenant"] = seq % 2 ? "acme" : "globex";  // tenants mixed in one chain
    }
    std::string body = j.dump();
    prev = audit::RecordHash(body);
    lines.push_back(prev + " " + body);
    if (seq % 3 == 0) head = lines.back();
  }
  SetLines(lines, old_path);
  SetLines({head}, old_path + ".head");

  ASSERT_TRUE(MigrateSingleFileAuditLog(old_path, audit_dir_).ok());
  EXPECT_FALSE(std::filesystem::exists(old_path));
  EXPECT_TRUE(std::filesystem::exists(audit_dir_ + "/legacy.log.head"));
  ASSERT_TRUE(MigrateSingleFileAuditLog(old_path, audit_dir_).ok());  // idempotent
  Write(2, 4, "acme");  // new events go to the new chains, never to legacy
  EXPECT_EQ(Lines(audit_dir_ + "/legacy.log"), lines);
  auto r = VerifyAll();
  EXPECT_TRUE(r.ok) << Problems(r);
  ASSERT_EQ(r.chains.size(), 3u);
  EXPECT_EQ(r.chains[0].chain.name, "legacy");
  EXPECT_EQ(r.chains[0].report.checkpoints_verified, 2u);
  std::ostringstream out;
  ASSERT_TRUE(ExportAuditLog(audit_dir_, {.chain = "legacy"}, out).ok());
  EXPECT_NE(out.str().find("\"chain\":\"legacy\""), std::string::npos);
  EXPECT_NE(out.str().find("\"tenant\":\"globex\""), std::string::npos);

  // Tampering in the legacy chain is still caught.
  auto tampered = lines;
  tampered[1].replace(tampered[1].find("gateway"), 7, "GATEWAY");
  SetLines(tampered, audit_dir_ + "/legacy.log");
  EXPECT_NE(Problems(VerifyAll()).find("legacy: line 2"), std::string::npos) << Problems(VerifyAll());
  SetLines(lines, audit_dir_ + "/legacy.log");

  // Retention prunes the legacy chain up to its v1 checkpoint.
  auto log = std::move(*AuditLog::Open(Options()));
  auto removed = log->Prune({.name = "legacy", .legacy = true}, NowMsForTest());
  ASSERT_TRUE(removed.ok()) << removed.status().ToString();
  EXPECT_EQ(*removed, 5u);
  log.reset();
  EXPECT_TRUE(VerifyAll().ok) << Problems(VerifyAll());

  // An old file next to an already migrated one is refused, not merged.
  SetLines(lines, old_path);
  EXPECT_EQ(MigrateSingleFileAuditLog(old_path, audit_dir_).code(), StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace convoguard
