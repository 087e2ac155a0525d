#include "gateway/log_sink.h"

#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <future>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "openai/json_io.h"

namespace convoguard::gateway {
namespace {

using nlohmann::json;

TEST(LogLine, WritesWhatDumpJsonWritesForTheSameSortedFields) {
  const std::string hostile = "quote \" backslash \\ newline \n tab \t nul " + std::string(1, '\0') + " \x01 é \xF0\x9F\x98\x80";
  for (const std::string& v : {std::string(), std::string("plain"), hostile}) {
    const json doc = {{"action", v}, {"duration_ms", 1.25}, {"event", "decision"}, {"score", 0.85},
                      {"status", 403u}, {"ts", int64_t{1764600000000}}, {"zero", 1.0}};
    const std::string line = LogLine()
                                 .Str("action", v)
                                 .Value("duration_ms", 1.25)
                                 .Str("event", "decision")
                                 .Value("score", 0.85)
                                 .Value("status", 403u)
                                 .Value("ts", int64_t{1764600000000})
                                 .Value("zero", 1.0)
                                 .Done();
    EXPECT_EQ(line, openai::DumpJson(doc));
  }
  EXPECT_EQ(LogLine().Done(), "{}");
}

std::string TempPath() {
  char path[] = "/tmp/cg_log_sink_XXXXXX";
  const int fd = mkstemp(path);
  close(fd);
  return path;
}

std::string ReadAll(const std::string& path) {
  std::ifstream f(path);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

TEST(LogSink, KeepsEveryLineInOrderPerWriterUnderConcurrency) {
  const std::string path = TempPath();
  const int fd = open(path.c_str(), O_WRONLY | O_TRUNC);
  ASSERT_GE(fd, 0);
  constexpr int kThreads = 4, kLines = 5000;
  {
    // A small buffer, so writers also wait for room (long enough never to
    // give up on a file, however loaded the machine).
    LogSink sink(fd, std::chrono::milliseconds(5), 4096, std::chrono::minutes(1));
    std::vector<std::thread> ts;
    for (int t = 0; t < kThreads; ++t) {
      ts.emplace_back([&sink, t] {
        for (int i = 0; i < kLines; ++i) sink.Write("{\"t\":" + std::to_string(t) + ",\"i\":" + std::to_string(i) + "}");
      });
    }
    for (auto& t : ts) t.join();
  }  // the destructor writes what is left
  close(fd);
  std::istringstream in(ReadAll(path));
  std::vector<int> next(kThreads, 0);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    const json j = json::parse(line);  // whole lines, never interleaved
    const int t = j["t"], i = j["i"];
    ASSERT_EQ(i, next[t]) << "thread " << t;
    ++next[t];
    ++n;
  }
  EXPECT_EQ(n, kThreads * kLines);
  std::remove(path.c_str());
}

TEST(LogSink, FlushWritesBufferedLinesAtOnce) {
  const std::string path = TempPath();
  const int fd = open(path.c_str(), O_WRONLY | O_TRUNC);
  ASSERT_GE(fd, 0);
  LogSink sink(fd, std::chrono::hours(1));  // only Flush can end the wait
  sink.Write("{\"a\":1}");
  sink.Write("{\"b\":2}");
  sink.Flush();
  EXPECT_EQ(ReadAll(path), "{\"a\":1}\n{\"b\":2}\n");
  sink.Flush();  // nothing buffered: returns at once
  close(fd);
  std::remove(path.c_str());
}

TEST(LogSink, ABrokenDescriptorDoesNotHangWriters) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  close(fds[0]);  // nobody reads: write fails with EPIPE
  signal(SIGPIPE, SIG_IGN);
  {
    LogSink sink(fds[1], std::chrono::milliseconds(1), 64);
    for (int i = 0; i < 1000; ++i) sink.Write("{\"lost\":true}");
    sink.Flush();
  }
  close(fds[1]);
}

// A reader that stops reading (a stalled stderr pipe) hangs neither the
// writers nor the close: once the pipe and the buffer are full, lines are
// dropped and counted, and Close returns within its bound.
TEST(LogSink, AStalledReaderHangsNeitherWritersNorClose) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);  // nobody reads fds[0] until the end
  auto sink = std::make_unique<LogSink>(fds[1], std::chrono::milliseconds(1), 16 << 10, std::chrono::milliseconds(50));
  const auto t0 = std::chrono::steady_clock::now();
  auto run = std::async(std::launch::async, [&] {
    const std::string line(200, 'x');
    for (int i = 0; i < 4000; ++i) sink->Write(line);  // 800 KB: far more than the pipe and the buffer hold
    sink->Close(std::chrono::milliseconds(300));
  });
  const bool in_time = run.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
  // The reader comes back, so that a sink that hangs ends (and the test with it).
  std::thread reader([&] {
    char b[65536];
    while (read(fds[0], b, sizeof b) > 0) {
    }
  });
  run.wait();
  EXPECT_TRUE(in_time) << "writers or Close waited for the stalled reader";
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
  EXPECT_GT(sink->dropped(), 0u);
  EXPECT_LT(sink->dropped(), 4000u);  // what the pipe took was written
  sink->Write("{\"after\":\"close\"}");  // dropped: the sink is closed
  const uint64_t dropped = sink->dropped();
  sink.reset();
  close(fds[1]);
  reader.join();
  close(fds[0]);
  EXPECT_GT(dropped, 0u);
}

}  // namespace
}  // namespace convoguard::gateway
