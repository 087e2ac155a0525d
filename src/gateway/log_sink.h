// The gateway's structured log: JSON lines built without a document
// (LogLine) and written to a file descriptor in batches by a thread of its
// own (LogSink), so a request never waits for a write(2) to stderr.
//
// LogSink keeps every line it can: a line is in the sink's buffer when
// Write returns, the writer thread writes what has gathered at most `delay`
// after the first line of a batch (one wake-up and one write per batch, not
// per line), and Flush and Close write everything still buffered. Only a
// crash loses lines: at most the last `delay` of them.
//
// A descriptor that does not keep up (a stalled stderr reader) never hangs
// the gateway: when the buffer holds `max_buffer` bytes, Write waits at most
// `max_wait` for room, then drops the line, and later lines are dropped at
// once until the writer has taken the buffer; Flush waits at most `max_wait`;
// Close writes for at most the time it is given, then drops what is left.
// Dropped lines are counted (dropped()). The writer waits for the
// descriptor with poll and writes to a pipe, socket or terminal at most
// PIPE_BUF bytes at a time, so it notices Close's deadline; should a write
// block anyway (a terminal whose output was stopped), Close leaves the
// thread behind, owning the sink's state, instead of waiting for it.
//
// Thread safety: Write, Flush, Close and dropped may be called from any
// thread; a LogLine belongs to one.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
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
                   size_t max_buffer = size_t{4} << 20,
                   std::chrono::milliseconds max_wait = std::chrono::milliseconds(1000));
  ~LogSink();  // Close(kCloseWithin)
  LogSink(const LogSink&) = delete;
  LogSink& operator=(const LogSink&) = delete;

  static constexpr std::chrono::milliseconds kCloseWithin{2000};

  // Buffers `line` and a newline (or drops it, see above).
  void Write(std::string_view line);
  // Returns once every line written before the call is on the descriptor,
  // dropped, or max_wait has passed (false then).
  bool Flush();
  // Writes what is buffered for at most `within`, drops the rest and stops
  // the writer; lines written afterwards are dropped. Idempotent.
  void Close(std::chrono::milliseconds within);
  // Lines dropped so far.
  uint64_t dropped() const;

 private:
  struct State;
  std::shared_ptr<State> state_;
  std::thread thread_;
};

}  // namespace convoguard::gateway
