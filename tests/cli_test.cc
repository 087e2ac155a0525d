// End-to-end tests of the `convoguard` command: exit codes, output shapes,
// filters, stdin, and the eval command, run on the built binary.
#include <gtest/gtest.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <iterator>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "evaluation/corpus.h"
#include "evaluation/gold.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Outcome {
  int rc = -1;
  std::string out, err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "convoguard-e2e-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

  // Runs `binary args` with `input` on standard input.
  Outcome Exec(const std::string& binary, const std::string& args, const std::string& input = "") {
    fs::path in = Write("stdin", input), out = dir_ / "stdout", err = dir_ / "stderr";
    std::string cmd = "'" + binary + "' " + args + " < '" + in.string() + "' > '" + out.string() + "' 2> '" +
                      err.string() + "'";
    int status = std::system(cmd.c_str());
    Outcome r;
    r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = Slurp(out);
    r.err = Slurp(err);
    return r;
  }
  Outcome Convoguard(const std::string& args, const std::string& input = "") { return Exec(CONVOGUARD_BIN, args, input); }

  fs::path dir_;
};

const char kCleanText[] = "hey, can you check why the nightly build failed? thanks!\n";
// Email and card number: both recognizers exist from the foundation on.
const char kEmail[] = "jane.doe@example.com";
const char kCard[] = "4111 1111 1111 1111";

std::string DirtyText() { return std::string("mail ") + kEmail + " and charge card " + kCard + " today\n"; }

json ParseJson(const std::string& s) {
  json j = json::parse(s, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << "not JSON: " << s;
  return j;
}

TEST_F(Cli, ScanCleanTextExitsZero) {
  Outcome r = Convoguard("scan " + Write("clean.txt", kCleanText).string());
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("0 finding(s)"), std::string::npos) << r.out;
}

TEST_F(Cli, ScanWithFindingsExitsOne) {
  Outcome r = Convoguard("scan " + Write("dirty.txt", DirtyText()).string());
  EXPECT_EQ(r.rc, 1) << r.err;
  EXPECT_NE(r.out.find("EMAIL_ADDRESS"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("CREDIT_CARD"), std::string::npos) << r.out;
  // The text output masks values.
  EXPECT_EQ(r.out.find(kEmail), std::string::npos) << r.out;
}

TEST_F(Cli, UnreadableFileExitsTwo) {
  Outcome r = Convoguard("scan " + (dir_ / "does-not-exist.txt").string());
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("cannot open"), std::string::npos) << r.err;
  Outcome d = Convoguard("scan " + dir_.string());  // a directory is not a readable file
  EXPECT_EQ(d.rc, 2) << d.out;
}

TEST_F(Cli, BadFlagExitsTwo) {
  EXPECT_EQ(Convoguard("scan --no-such-flag", kCleanText).rc, 2);
  EXPECT_EQ(Convoguard("scan --threshold 1.5", kCleanText).rc, 2);
  EXPECT_EQ(Convoguard("scan --format xml", kCleanText).rc, 2);
  EXPECT_EQ(Convoguard("no-such-command").rc, 2);
}

TEST_F(Cli, UnknownEntityExitsTwo) {
  Outcome r = Convoguard("scan --entities NOT_AN_ENTITY", kCleanText);
  EXPECT_EQ(r.rc, 2);
  EXPECT_FALSE(r.err.empty());
  EXPECT_EQ(Convoguard("scan --exclude NOT_AN_ENTITY", kCleanText).rc, 2);
}

TEST_F(Cli, JsonFormatShape) {
  Outcome r = Convoguard("scan --format json", DirtyText());
  ASSERT_EQ(r.rc, 1) << r.err;
  json j = ParseJson(r.out);
  ASSERT_TRUE(j.is_object());
  ASSERT_TRUE(j["findings"].is_array());
  EXPECT_TRUE(j["invalid_utf8_bytes"].is_number_unsigned());
  EXPECT_TRUE(j["invisible_chars"].is_number_unsigned());
  ASSERT_GE(j["findings"].size(), 2u);
  const std::string text = DirtyText();
  for (const json& f : j["findings"]) {
    for (const char* k : {"entity_type", "recognizer", "explanation"}) EXPECT_TRUE(f[k].is_string()) << k;
    for (const char* k : {"start", "end", "byte_start", "byte_end"}) EXPECT_TRUE(f[k].is_number_unsigned()) << k;
    EXPECT_TRUE(f["score"].is_number());
    EXPECT_LE(f["start"].get<uint64_t>(), f["end"].get<uint64_t>());
    EXPECT_LE(f["byte_end"].get<uint64_t>(), text.size());
  }
  EXPECT_EQ(j["findings"][0]["entity_type"], "EMAIL_ADDRESS");
  EXPECT_EQ(j["findings"][0]["start"], 5);
  EXPECT_EQ(j["findings"][0]["end"], 5 + std::string(kEmail).size());

  Outcome clean = Convoguard("scan --format json", kCleanText);
  EXPECT_EQ(clean.rc, 0);
  EXPECT_TRUE(ParseJson(clean.out)["findings"].empty());
}

TEST_F(Cli, JsonlHasPresidioFieldsAndCodePointOffsets) {
  // Non-ASCII before the value: byte and code point offsets differ.
  const std::string text = std::string("Grüße 😀 — schreib an ") + kEmail + " bitte";
  const uint64_t cp_start = convoguard::evaluation::CodePointCount(text.substr(0, text.find(kEmail)));
  json line = {{"id", 7}, {"text", text}};
  Outcome r = Convoguard("scan --jsonl", line.dump() + "\n" + json{{"text", "nothing here"}}.dump() + "\n");
  ASSERT_EQ(r.rc, 1) << r.err;
  std::istringstream out(r.out);
  std::string first, second;
  ASSERT_TRUE(std::getline(out, first));
  ASSERT_TRUE(std::getline(out, second));
  json a = ParseJson(first), b = ParseJson(second);
  EXPECT_EQ(a["id"], 7);  // other fields are kept
  ASSERT_EQ(a["findings"].size(), 1u);
  const json& f = a["findings"][0];
  std::set<std::string> keys;
  for (auto it = f.begin(); it != f.end(); ++it) keys.insert(it.key());
  EXPECT_EQ(keys, (std::set<std::string>{"entity_type", "start", "end", "score", "recognizer"}));
  EXPECT_EQ(f["entity_type"], "EMAIL_ADDRESS");
  EXPECT_EQ(f["start"], cp_start);
  EXPECT_EQ(f["end"], cp_start + std::string(kEmail).size());
  EXPECT_TRUE(b["findings"].empty());
}

TEST_F(Cli, JsonlMalformedLineExitsTwo) {
  std::string input = json{{"text", DirtyText()}}.dump() + "\n{broken json\n" + json{{"no_text", 1}}.dump() + "\n";
  Outcome r = Convoguard("scan --jsonl", input);
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 3"), std::string::npos) << r.err;
}

TEST_F(Cli, EntitiesAndExcludeFilter) {
  json only = ParseJson(Convoguard("scan --format json --entities CREDIT_CARD", DirtyText()).out);
  ASSERT_EQ(only["findings"].size(), 1u);
  EXPECT_EQ(only["findings"][0]["entity_type"], "CREDIT_CARD");
  json without = ParseJson(Convoguard("scan --format json --exclude CREDIT_CARD", DirtyText()).out);
  for (const json& f : without["findings"]) EXPECT_NE(f["entity_type"], "CREDIT_CARD");
  EXPECT_FALSE(without["findings"].empty());
  Outcome none = Convoguard("scan --entities CREDIT_CARD", kCleanText);
  EXPECT_EQ(none.rc, 0);
}

TEST_F(Cli, ThresholdKeepsExactlyTheFindingsAtOrAboveIt) {
  // A varied text from the corpus generator exercises many scores.
  std::string text = convoguard::evaluation::GenerateChatText(11, convoguard::evaluation::Density::kDense, 8000);
  json all = ParseJson(Convoguard("scan --format json --threshold 0", text).out)["findings"];
  ASSERT_FALSE(all.empty());
  std::set<double> scores;
  for (const json& f : all) scores.insert(f["score"].get<double>());
  // The lowest, a middle and the highest score: one run each.
  std::set<double> picked = {*scores.begin(), *std::next(scores.begin(), scores.size() / 2), *scores.rbegin()};
  for (double t : picked) {
    json kept = ParseJson(Convoguard("scan --format json --threshold " + std::to_string(t - 1e-9), text).out)["findings"];
    size_t expected = 0;
    for (const json& f : all) expected += f["score"].get<double>() >= t - 1e-9;
    EXPECT_EQ(kept.size(), expected) << "threshold " << t;
    for (const json& f : kept) EXPECT_GE(f["score"].get<double>(), t - 1e-9);
  }
  json none = ParseJson(Convoguard("scan --format json --threshold 1", kCleanText).out)["findings"];
  EXPECT_TRUE(none.empty());
}

// A file name after --entities/--exclude stays the input, and the flags
// may be repeated.
TEST_F(Cli, EntitiesFlagBeforeFileArgument) {
  fs::path file = Write("dirty.txt", DirtyText());
  Outcome r = Convoguard("scan --entities CREDIT_CARD " + file.string());
  EXPECT_EQ(r.rc, 1) << r.err;
  Outcome x = Convoguard("scan --exclude CREDIT_CARD " + file.string());
  EXPECT_EQ(x.rc, 1) << x.err;
  Outcome both = Convoguard("scan --entities CREDIT_CARD --entities EMAIL_ADDRESS --format json " + file.string());
  EXPECT_EQ(both.rc, 1) << both.err;
}

// Found by fuzz_scan: a zero-width character inside a value. Pattern findings
// never overlap each other; INVISIBLE_TEXT is about the characters, not the
// value, so it is reported inside the value's finding; all sorted by start.
TEST_F(Cli, InvisibleInsideValueIsReportedInsideIt) {
  const std::string text = "x\u200cwidfullwidthe@example.co";  // U+200C ZERO WIDTH NON-JOINER
  json line = {{"text", text}};
  json found = ParseJson(Convoguard("scan --jsonl", line.dump() + "\n").out)["findings"];
  ASSERT_EQ(found.size(), 2u) << found.dump();
  EXPECT_EQ(found[0]["entity_type"], "EMAIL_ADDRESS");
  EXPECT_EQ(found[1]["entity_type"], "INVISIBLE_TEXT");
  EXPECT_LE(found[0]["start"].get<uint64_t>(), found[1]["start"].get<uint64_t>());
  EXPECT_GE(found[0]["end"].get<uint64_t>(), found[1]["end"].get<uint64_t>());
}

TEST_F(Cli, ReadsStandardInput) {
  EXPECT_EQ(Convoguard("scan", DirtyText()).rc, 1);
  EXPECT_EQ(Convoguard("scan -", DirtyText()).rc, 1);
  EXPECT_EQ(Convoguard("scan -", kCleanText).rc, 0);
}

TEST_F(Cli, StreamedFileAndWholeTextAgree) {
  // `scan FILE` streams in chunks; `scan --jsonl` scans each text whole.
  std::string text = convoguard::evaluation::GenerateChatText(5, convoguard::evaluation::Density::kMixed, 20000);
  json streamed = ParseJson(Convoguard("scan --format json " + Write("t.txt", text).string()).out)["findings"];
  json whole = ParseJson(Convoguard("scan --jsonl", json{{"text", text}}.dump() + "\n").out)["findings"];
  ASSERT_EQ(streamed.size(), whole.size());
  for (size_t i = 0; i < whole.size(); ++i) {
    EXPECT_EQ(streamed[i]["entity_type"], whole[i]["entity_type"]);
    EXPECT_EQ(streamed[i]["start"], whole[i]["start"]);
    EXPECT_EQ(streamed[i]["end"], whole[i]["end"]);
  }
}

TEST_F(Cli, EvalReportsPerEntityScores) {
  std::string text = DirtyText();
  json gold = {{"text", text},
               {"spans", {{{"entity_type", "EMAIL_ADDRESS"}, {"start", 5}, {"end", 5 + std::string(kEmail).size()}},
                          {{"entity_type", "PERSON"}, {"start", 0}, {"end", 4}}}}};
  fs::path file = Write("gold.jsonl", gold.dump() + "\n\n" + json{{"text", kCleanText}, {"spans", json::array()}}.dump() + "\n");
  Outcome r = Convoguard("eval --format json --gold " + file.string());
  ASSERT_EQ(r.rc, 0) << r.err;
  json j = ParseJson(r.out);
  EXPECT_EQ(j["examples"], 2);
  const json& email = j["entities"]["EMAIL_ADDRESS"];
  EXPECT_EQ(email["gold"], 1);
  EXPECT_EQ(email["exact"]["tp"], 1);
  EXPECT_EQ(email["exact"]["recall"], 1.0);
  // The card number is found but not labelled: a false positive.
  const json& card = j["entities"]["CREDIT_CARD"];
  EXPECT_EQ(card["gold"], 0);
  EXPECT_EQ(card["exact"]["fp"], 1);
  EXPECT_EQ(j["entities"]["PERSON"]["overlap"]["recall"], 0.0);
  EXPECT_EQ(j["total"]["gold"], 2);

  Outcome text_out = Convoguard("eval --gold " + file.string());
  EXPECT_EQ(text_out.rc, 0);
  EXPECT_NE(text_out.out.find("TOTAL (micro)"), std::string::npos) << text_out.out;
  // --entities restricts the scoring as well as the detection.
  json only = ParseJson(Convoguard("eval --format json --entities EMAIL_ADDRESS --gold " + file.string()).out);
  EXPECT_EQ(only["entities"].size(), 1u);
  EXPECT_EQ(only["total"]["exact"]["f1"], 1.0);
}

TEST_F(Cli, EvalRejectsBadInput) {
  Outcome missing = Convoguard("eval --gold " + (dir_ / "nope.jsonl").string());
  EXPECT_EQ(missing.rc, 2);
  Outcome bad = Convoguard("eval --gold -", json{{"text", "ok"}, {"spans", json::array()}}.dump() + "\nnot json\n");
  EXPECT_EQ(bad.rc, 2);
  EXPECT_NE(bad.err.find("line 2"), std::string::npos) << bad.err;
  Outcome outside = Convoguard("eval --gold -", R"({"text":"abc","spans":[{"entity_type":"URL","start":1,"end":9}]})" "\n");
  EXPECT_EQ(outside.rc, 2);
  EXPECT_EQ(Convoguard("eval").rc, 2);
  EXPECT_EQ(Convoguard("eval --gold - --entities NOT_AN_ENTITY", "").rc, 2);
}

TEST_F(Cli, EvalOnGeneratedCorpusFile) {
  Outcome gen = Exec(CONVOGUARD_CORPUS_BIN, "--count 300 --seed 9");
  ASSERT_EQ(gen.rc, 0) << gen.err;
  Outcome r = Convoguard("eval --format json --gold " + Write("synthetic.jsonl", gen.out).string());
  ASSERT_EQ(r.rc, 0) << r.err;
  json j = ParseJson(r.out);
  EXPECT_EQ(j["examples"], 300);
  EXPECT_GT(j["total"]["gold"].get<int>(), 300);
  EXPECT_FALSE(j["lookalikes"].empty());
  // The same corpus generated in-process scores identically.
  json direct = ParseJson(Convoguard("eval --format json --synthetic 300 --seed 9").out);
  EXPECT_EQ(direct["total"], j["total"]);
}

// The shared public data (../shared/data) is optional.
fs::path SharedData(const char* rel) {
  const char* root = std::getenv("CONVOGUARD_SHARED_DATA");
  return root ? fs::path(root) / rel : fs::path();
}

TEST_F(Cli, EvalOnConvertedPublicSets) {
  fs::path nanni = SharedData("pii/nannigalaxy-pii-synthetic/pii_syn_nano_en.json");
  fs::path presidio = SharedData("pii/presidio-analyzer-tests/presidio_recognizer_cases.jsonl");
  if (nanni.empty() || !fs::exists(nanni) || !fs::exists(presidio)) GTEST_SKIP() << "shared data absent";
  for (const auto& [flag, path] : {std::pair{"--from-nannigalaxy", nanni}, {"--from-presidio-tests", presidio}}) {
    Outcome conv = Exec(CONVOGUARD_CORPUS_BIN, std::string(flag) + " " + path.string());
    ASSERT_EQ(conv.rc, 0) << conv.err;
    Outcome r = Convoguard("eval --format json --gold " + Write("converted.jsonl", conv.out).string());
    ASSERT_EQ(r.rc, 0) << flag << ": " << r.err;
    EXPECT_GT(ParseJson(r.out)["total"]["gold"].get<int>(), 50) << flag;
  }
}

// One HTTP request to 127.0.0.1:port; returns the status line (empty when
// nothing answered).
std::string StatusLineOf(int port, const std::string& request) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "";
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string got;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
      ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size())) {
    char buf[512];
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n > 0) got.assign(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return got.substr(0, got.find("\r\n"));
}

// A gateway whose log reader went away (a closed stderr pipe) keeps serving:
// its log writes fail with EPIPE instead of SIGPIPE killing the process.
TEST_F(Cli, ServeSurvivesClosedLogPipe) {
  fs::path config = Write("gw.yaml", "data_dir: " + (dir_ / "data").string() +
                                         "\nlisteners:\n  - {address: 127.0.0.1, port: 0}\n");
  int err[2];
  ASSERT_EQ(::pipe(err), 0);
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::dup2(err[1], 2);
    ::close(err[0]);
    ::close(err[1]);
    ::execl(CONVOGUARD_BIN, CONVOGUARD_BIN, "serve", "--config", config.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(err[1]);
  // The child is stopped and reaped on every way out of the test.
  struct Reaper {
    pid_t pid;
    bool reaped = false;
    ~Reaper() {
      if (reaped) return;
      ::kill(pid, SIGTERM);
      ::waitpid(pid, nullptr, 0);
    }
  } child{pid};
  // Read stderr up to the listening line, then stop reading for good.
  std::string seen;
  const std::string marker = "serving on http://127.0.0.1:";
  char buf[256];
  auto listening = [&] {
    const size_t m = seen.find(marker);
    return m != std::string::npos && seen.find('\n', m) != std::string::npos;
  };
  while (!listening()) {
    ssize_t n = ::read(err[0], buf, sizeof buf);
    if (n <= 0) break;
    seen.append(buf, static_cast<size_t>(n));
  }
  ::close(err[0]);
  const size_t at = seen.find(marker);
  ASSERT_NE(at, std::string::npos) << seen;
  const int port = std::atoi(seen.c_str() + at + marker.size());
  ASSERT_GT(port, 0) << seen;
  const std::string request =
      "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nope\r\n"
      "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(StatusLineOf(port, request), "HTTP/1.1 401 Unauthorized") << "request " << i;
    ::usleep(50 * 1000);  // the log sink writes its batch (and meets EPIPE) meanwhile
  }
  int status = 0;
  const pid_t gone = ::waitpid(pid, &status, WNOHANG);
  child.reaped = gone == pid;
  EXPECT_EQ(gone, 0) << "the gateway died: signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace
