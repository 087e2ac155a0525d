// Hand-written rather than spdlog's async logger (Debian's libspdlog 1.10):
// its queue wakes the worker thread for every message and its stderr sink
// writes and flushes every line, so each request would still cost a
// cross-thread wake-up and a write(2); the gateway needs one per batch.
#include "gateway/log_sink.h"

#include <limits.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include <nlohmann/json.hpp>

#include "openai/json_io.h"

namespace convoguard::gateway {

void LogLine::Key(std::string_view key) {
  text_ += text_.empty() ? '{' : ',';
  text_ += '"';
  openai::AppendJsonStringInner(key, text_);
  text_ += "\":";
}

LogLine& LogLine::Str(std::string_view key, std::string_view value) {
  Key(key);
  text_ += '"';
  openai::AppendJsonStringInner(value, text_);
  text_ += '"';
  return *this;
}

LogLine& LogLine::Value(std::string_view key, const nlohmann::json& value) {
  Key(key);
  openai::AppendJson(value, text_);
  return *this;
}

std::string LogLine::Done() {
  if (text_.empty()) text_ += '{';
  text_ += '}';
  return std::move(text_);
}

struct LogSink::State {
  State(int fd, std::chrono::milliseconds delay, size_t max_buffer, std::chrono::milliseconds max_wait)
      : fd(fd), delay(delay), max_buffer(max_buffer), max_wait(max_wait) {
    struct stat st;
    // A regular file (or /dev/null) takes any write at once; a pipe, socket
    // or terminal may block: it is polled and written PIPE_BUF bytes at a time.
    may_block = !(fstat(fd, &st) == 0 && (S_ISREG(st.st_mode) || (S_ISCHR(st.st_mode) && !isatty(fd))));
  }
  void Run();
  // Writes `batch` unless Close's deadline passes first; returns the bytes written.
  size_t WriteOut(const std::string& batch);

  const int fd;
  const std::chrono::milliseconds delay;
  const size_t max_buffer;
  const std::chrono::milliseconds max_wait;
  bool may_block = true;
  std::mutex mu;
  std::condition_variable wake;  // the writer: a first line, a full buffer, a flush, close
  std::condition_variable done;  // writers waiting for room, Flush and Close waiting for lines
  std::string buffer;
  uint64_t buffered = 0;  // lines ever buffered
  uint64_t handled = 0;   // lines ever written or dropped by the writer
  uint64_t dropped = 0;
  bool flush = false;
  bool stalled = false;   // a Write waited max_wait for room in vain (until the writer takes the buffer)
  bool closing = false;   // Close began: write what is left by `deadline`, then stop
  bool finished = false;  // the writer has returned
  std::atomic<int64_t> deadline_ns{INT64_MAX};  // steady_clock; Close's
};

namespace {
int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}
}  // namespace

LogSink::LogSink(int fd, std::chrono::milliseconds delay, size_t max_buffer, std::chrono::milliseconds max_wait)
    : state_(std::make_shared<State>(fd, delay, max_buffer, max_wait)),
      thread_([state = state_] { state->Run(); }) {}

LogSink::~LogSink() { Close(kCloseWithin); }

void LogSink::Write(std::string_view line) {
  State& s = *state_;
  std::unique_lock<std::mutex> lock(s.mu);
  if (s.buffer.size() >= s.max_buffer && !s.closing && !s.stalled) {
    // One wait per stall: if no room comes, lines are dropped at once until
    // the writer takes the buffer again.
    s.stalled = !s.done.wait_for(lock, s.max_wait, [&] { return s.buffer.size() < s.max_buffer || s.closing; });
  }
  if (s.buffer.size() >= s.max_buffer || s.closing) {
    ++s.dropped;  // the descriptor is not keeping up, or the sink is closed
    return;
  }
  const bool first = s.buffer.empty();
  s.buffer.append(line);
  s.buffer += '\n';
  ++s.buffered;
  if (first || s.buffer.size() >= s.max_buffer) {
    lock.unlock();
    s.wake.notify_one();
  }
}

bool LogSink::Flush() {
  State& s = *state_;
  std::unique_lock<std::mutex> lock(s.mu);
  const uint64_t target = s.buffered;
  if (s.handled >= target) return true;  // (a flag left set would rush the next line out alone)
  s.flush = true;
  s.wake.notify_one();
  return s.done.wait_for(lock, s.max_wait, [&] { return s.handled >= target || s.finished; }) &&
         s.handled >= target;
}

void LogSink::Close(std::chrono::milliseconds within) {
  State& s = *state_;
  std::unique_lock<std::mutex> lock(s.mu);
  if (!s.closing) {
    s.closing = true;
    s.deadline_ns = NowNs() + std::chrono::duration_cast<std::chrono::nanoseconds>(within).count();
  }
  s.wake.notify_one();
  s.done.notify_all();  // writers waiting for room drop their lines now
  // Closed before (joined, or detached when stuck): no second wait (from a
  // review: the destructor's Close after Stop's waited the whole slice again).
  if (!thread_.joinable()) return;
  // The writer checks the deadline between writes (poll slices of 50 ms);
  // a little beyond it, it is taken to be stuck in write(2).
  s.done.wait_for(lock, within + std::chrono::milliseconds(200), [&] { return s.finished; });
  // (Joined under the lock: once `finished` is set the writer only returns.)
  if (s.finished) {
    thread_.join();
  } else {
    thread_.detach();  // stuck in write(2); it owns the state, the process may exit under it
  }
}

uint64_t LogSink::dropped() const {
  std::lock_guard<std::mutex> lock(state_->mu);
  return state_->dropped;
}

size_t LogSink::State::WriteOut(const std::string& batch) {
  size_t at = 0;
  while (at < batch.size() && NowNs() < deadline_ns.load()) {
    // Wait until the descriptor takes more, in slices, so that Close's
    // deadline is seen; then write no more than it takes without blocking
    // (a pipe with room takes PIPE_BUF bytes at once).
    size_t most = batch.size() - at;
    if (may_block) {
      pollfd p{.fd = fd, .events = POLLOUT, .revents = 0};
      const int ready = ::poll(&p, 1, 50);
      if (ready < 0 && errno != EINTR) break;
      if (ready <= 0) continue;
      if ((p.revents & (POLLERR | POLLHUP | POLLNVAL)) != 0 && (p.revents & POLLOUT) == 0) break;
      most = std::min<size_t>(most, PIPE_BUF);
    }
    const ssize_t n = ::write(fd, batch.data() + at, most);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {  // a non-blocking descriptor (inherited so)
      pollfd p{.fd = fd, .events = POLLOUT, .revents = 0};
      ::poll(&p, 1, 50);
      continue;
    }
    if (n <= 0) break;  // a closed or broken descriptor: the lines are lost, not retried forever
    at += static_cast<size_t>(n);
  }
  return at;
}

void LogSink::State::Run() {
  std::string batch;
  std::unique_lock<std::mutex> lock(mu);
  for (;;) {
    wake.wait(lock, [&] { return !buffer.empty() || closing; });
    if (buffer.empty() && closing) break;
    // Gather company for the first line, unless asked to write now.
    wake.wait_for(lock, delay, [&] { return closing || flush || buffer.size() >= max_buffer; });
    flush = false;
    stalled = false;
    batch.swap(buffer);
    const uint64_t lines = buffered;
    lock.unlock();
    done.notify_all();  // room in the buffer again
    const size_t written = WriteOut(batch);
    // Lines not (wholly) written are lost: counted as dropped.
    const uint64_t lost =
        written == batch.size() ? 0 : static_cast<uint64_t>(std::count(batch.begin() + written, batch.end(), '\n'));
    batch.clear();
    lock.lock();
    dropped += lost;
    handled = lines;
    done.notify_all();
    if (lost > 0 && closing) {  // past Close's deadline: what is buffered is dropped too
      dropped += buffered - handled;
      buffer.clear();
      handled = buffered;
      break;
    }
  }
  finished = true;
  done.notify_all();
}

}  // namespace convoguard::gateway
