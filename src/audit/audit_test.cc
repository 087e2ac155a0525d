#include "convoguard/audit.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

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
    path_ = dir_.path() + "/audit.log";
  }

  void Write(int n, uint64_t checkpoint_every = 4) {
    auto log = AuditLog::Open({.path = path_, .keyring = keyring_.get(), .checkpoint_every = checkpoint_every});
    ASSERT_TRUE(log.ok()) << log.status().ToString();
    for (int i = 0; i < n; ++i) {
      ASSERT_TRUE((*log)->Append({.type = "policy.block", .actor = "gateway", .tenant = "acme",
                                  .target = "conv-" + std::to_string(i),
                                  .fields = {{"detector", "CREDIT_CARD"}, {"rule", "block-cards"}}})
                      .ok());
    }
    ASSERT_TRUE((*log)->Flush().ok());
  }

  std::vector<std::string> Lines() {
    std::ifstream in(path_);
    std::vector<std::string> out;
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
  }
  void SetLines(const std::vector<std::string>& lines) {
    std::ofstream out(path_, std::ios::trunc);
    for (const auto& l : lines) out << l << '\n';
  }
  AuditVerifyReport Verify() {
    auto r = VerifyAuditLog(path_, *keyring_);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : AuditVerifyReport{};
  }

  testing::TempDir dir_;
  std::unique_ptr<Keyring> keyring_;
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
  auto r = VerifyAuditLog(path_, *ring);
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
  EXPECT_FALSE(AuditLog::Open({.path = path_, .keyring = keyring_.get()}).ok());
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
  auto log = std::move(*AuditLog::Open({.path = path_, .keyring = keyring_.get()}));
  EXPECT_FALSE(log->Append({.type = ""}).ok());
  EXPECT_FALSE(log->Append({.type = "Bad Type"}).ok());
  EXPECT_FALSE(log->Append({.type = "checkpoint"}).ok());
  EXPECT_FALSE(log->Append({.type = "x", .reason = std::string(10000, 'a')}).ok());
  EXPECT_FALSE(log->Append({.type = "x", .fields = {{"Bad Key", "v"}}}).ok());
  EXPECT_TRUE(log->Append({.type = "auth.failure", .actor = "\xff\xfe invalid utf8"}).ok());
  EXPECT_TRUE(log->Flush().ok());
}

TEST_F(AuditTest, ConcurrentWritersFromTwoLogsStayOneChain) {
  {
    auto a = std::move(*AuditLog::Open({.path = path_, .keyring = keyring_.get(), .checkpoint_every = 7}));
    auto b = std::move(*AuditLog::Open({.path = path_, .keyring = keyring_.get(), .checkpoint_every = 7}));
    std::thread ta([&] { for (int i = 0; i < 200; ++i) ASSERT_TRUE(a->Append({.type = "a"}).ok()); });
    std::thread tb([&] { for (int i = 0; i < 200; ++i) ASSERT_TRUE(b->Append({.type = "b"}).ok()); });
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
  ASSERT_TRUE(ExportAuditLog(path_, 1, out).ok());
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
    auto log = std::move(*AuditLog::Open({.path = path_, .keyring = keyring_.get(), .checkpoint_every = 4}));
    ASSERT_TRUE(log->Append({.type = "after.cutoff", .actor = "x"}).ok());
    ASSERT_TRUE(log->Flush().ok());
    auto removed = log->Prune(cutoff);
    ASSERT_TRUE(removed.ok()) << removed.status().ToString();
    EXPECT_EQ(*removed, before - 1);  // everything up to the closing checkpoint of the first batch
    // This writer keeps appending to the replaced file.
    ASSERT_TRUE(log->Append({.type = "after.prune", .actor = "x"}).ok());
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
  auto log = std::move(*AuditLog::Open({.path = path_, .keyring = keyring_.get()}));
  EXPECT_EQ(*log->Prune(0), 0u);
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
        auto log = AuditLog::Open({.path = path_, .keyring = keyring_.get(), .checkpoint_every = 50});
        if (!log.ok()) ::_exit(3);
        for (int i = 1;; ++i) {
          if (!(*log)->Append({.type = "policy.block", .actor = "gateway", .target = "n" + std::to_string(i)}).ok()) {
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
  { auto reopened = AuditLog::Open({.path = path_, .keyring = keyring_.get()}); ASSERT_TRUE(reopened.ok()); }
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
