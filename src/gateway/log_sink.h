// The gateway's structured log: JSON lines built without a document
// (LogLine) and written to a file descriptor in batches by a thread of its
// own (LogSink), so a request never waits for a write(2) to stderr.
//
// LogSink keeps every line: a line is in the sink's buffer when Write
// returns, the writer thread writes what has gathered at most `delay` after
// the first line of a batch (one wake-up and one write per batch, not per
// line), and Flush and the destructor write everything still buffered.
// Only a crash loses lines: at most the last `delay` of them. When the
// buffer holds `max_buffer` bytes (the descriptor is not keeping up), Write
// waits for the writer rather than drop a line.
//
// Thread safety: Write and Flush may be called from any thread; a LogLine
// belongs to one.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include <nlohmann/json_fwd.hpp>

namespace convoguard::gateway {

// One JSON object written field by field, in the order given: exactly what
// openai::DumpJson writes for the nlohmann object with these fields when
// the caller gives the keys sorted (nlohmann's objects sort their keys).
class LogLine {
 public:
  LogLine& Str(std::string_view key, std::string_view value);
  // A number (or any other value), as DumpJson writes it.
  LogLine& Value(std::string_view key, const nlohmann::json& value);
  // The finished object; the LogLine is empty afterwards.
  std::string Done();

 private:
  void Key(std::string_view key);
  std::string text_;
};

class LogSink {
 public:
  explicit LogSink(int fd, std::chrono::milliseconds delay = std::chrono::milliseconds(10),
                   size_t max_buffer = size_t{4} << 20);
  ~LogSink();
  LogSink(const LogSink&) = delete;
  LogSink& operator=(const LogSink&) = delete;

  // Buffers `line` and a newline.
  void Write(std::string_view line);
  // Returns once every line written before the call is on the descriptor
  // (or the descriptor failed: a failed write is not retried forever).
  void Flush();

 private:
  void Run();
  const int fd_;
  const std::chrono::milliseconds delay_;
  const size_t max_buffer_;
  std::mutex mu_;
  std::condition_variable wake_;   // the writer: a first line, a full buffer, a flush, stop
  std::condition_variable done_;   // writers waiting for room, Flush waiting for its lines
  std::string buffer_;
  uint64_t buffered_ = 0;  // lines ever buffered
  uint64_t written_ = 0;   // lines ever handed to write(2)
  bool flush_ = false;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace convoguard::gateway
