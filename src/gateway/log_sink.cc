// Hand-written rather than spdlog's async logger (Debian's libspdlog 1.10):
// its queue wakes the worker thread for every message and its stderr sink
// writes and flushes every line, so each request would still cost a
// cross-thread wake-up and a write(2); the gateway needs one per batch.
#include "gateway/log_sink.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>

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

LogSink::LogSink(int fd, std::chrono::milliseconds delay, size_t max_buffer)
    : fd_(fd), delay_(delay), max_buffer_(max_buffer), thread_([this] { Run(); }) {}

LogSink::~LogSink() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void LogSink::Write(std::string_view line) {
  std::unique_lock<std::mutex> lock(mu_);
  done_.wait(lock, [&] { return buffer_.size() < max_buffer_ || stop_; });
  const bool first = buffer_.empty();
  buffer_.append(line);
  buffer_ += '\n';
  ++buffered_;
  if (first || buffer_.size() >= max_buffer_) {
    lock.unlock();
    wake_.notify_one();
  }
}

void LogSink::Flush() {
  std::unique_lock<std::mutex> lock(mu_);
  const uint64_t target = buffered_;
  if (written_ >= target) return;  // (a flag left set would rush the next line out alone)
  flush_ = true;
  wake_.notify_one();
  done_.wait(lock, [&] { return written_ >= target; });
}

void LogSink::Run() {
  std::string batch;
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    wake_.wait(lock, [&] { return !buffer_.empty() || stop_; });
    if (buffer_.empty() && stop_) return;
    // Gather company for the first line, unless asked to write now.
    wake_.wait_for(lock, delay_, [&] { return stop_ || flush_ || buffer_.size() >= max_buffer_; });
    flush_ = false;
    batch.swap(buffer_);
    const uint64_t lines = buffered_;
    lock.unlock();
    done_.notify_all();  // room in the buffer again
    size_t at = 0;
    while (at < batch.size()) {
      const ssize_t n = ::write(fd_, batch.data() + at, batch.size() - at);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        // A non-blocking descriptor (inherited so) whose reader is slow:
        // wait until it takes more rather than drop the batch.
        pollfd p{.fd = fd_, .events = POLLOUT, .revents = 0};
        if (::poll(&p, 1, 1000) >= 0 || errno == EINTR) continue;
        break;
      }
      if (n <= 0) break;  // a closed or broken descriptor: the lines are lost, not retried forever
      at += static_cast<size_t>(n);
    }
    batch.clear();
    lock.lock();
    written_ = lines;
    done_.notify_all();
  }
}

}  // namespace convoguard::gateway
