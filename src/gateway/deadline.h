// A socket's deadline for its pending operations: what beast::tcp_stream's
// expires_after gives (the socket is closed when the time is up, and the
// operation reports beast::error::timeout), with one steady_timer wait per
// timeout period instead of one per operation.
//
// beast::tcp_stream starts a timer wait for every read and write and cancels
// it when the operation ends; each new wait that becomes the reactor's
// earliest re-arms its timerfd (a timerfd_settime) and each cancellation is
// a completion to run: ~4 timer calls and ~3 extra reactor passes per proxied
// request. Here Arm only records the time; the timer's single wait is moved
// only when a deadline comes earlier than it, and when the wait ends before
// the deadline (the deadline was pushed later meanwhile) it waits again.
//
// Usage, around every timed operation (the deadline covers nothing else):
//   deadline.Arm(limit);
//   co_await async_op(..., redirect_error(use_awaitable, ec));
//   ec = deadline.Done(ec);   // disarms; beast::error::timeout if it fired
//
// Threading: the socket's io_context thread only. The socket must outlive
// the Deadline; the Deadline may be destroyed with a wait pending.
//
// Heavy header (Asio): network code only.
#pragma once

#include <chrono>
#include <memory>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/error.hpp>

namespace convoguard::gateway {

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  explicit Deadline(boost::asio::ip::tcp::socket& socket) : state_(std::make_shared<State>(socket)) {}
  Deadline(const Deadline&) = delete;
  Deadline& operator=(const Deadline&) = delete;

  // The operations that follow must end within `limit` from now (replaces
  // any earlier deadline). Past it the socket is closed, as Beast does.
  void Arm(Clock::duration limit) {
    State& s = *state_;
    s.deadline = Clock::now() + limit;
    if (s.deadline < s.wakes) Wait(state_, s.deadline);
  }

  // Ends the timed operation: no deadline until the next Arm. Returns `ec`,
  // or beast::error::timeout when the deadline closed the socket. An
  // operation that completed in the same reactor pass as the timer keeps its
  // success (its bytes did arrive); the socket is closed all the same, so the
  // next operation fails and reports the timeout.
  boost::system::error_code Done(boost::system::error_code ec) {
    state_->deadline = kNever;
    if (ec && state_->expired) return boost::beast::error::timeout;
    return ec;
  }

  // A deadline passed while armed (the socket was closed then). Never
  // cleared: the socket stays closed, so every later operation fails and
  // Done reports it as the timeout it is.
  bool expired() const { return state_->expired; }

 private:
  static constexpr Clock::time_point kNever = Clock::time_point::max();

  struct State {
    explicit State(boost::asio::ip::tcp::socket& s) : socket(s), timer(s.get_executor()) {}
    boost::asio::ip::tcp::socket& socket;
    boost::asio::steady_timer timer;
    Clock::time_point deadline = kNever;  // kNever: disarmed
    Clock::time_point wakes = kNever;     // when the pending wait ends; kNever: none
    bool expired = false;
  };

  // (Re)starts the single wait; a pending one ends with operation_aborted.
  static void Wait(const std::shared_ptr<State>& s, Clock::time_point at) {
    s->wakes = at;
    s->timer.expires_at(at);
    s->timer.async_wait([w = std::weak_ptr<State>(s)](const boost::system::error_code& ec) { OnTimer(w, ec); });
  }

  static void OnTimer(const std::weak_ptr<State>& w, const boost::system::error_code& ec) {
    if (ec == boost::asio::error::operation_aborted) return;  // moved earlier, or destroyed
    const std::shared_ptr<State> s = w.lock();
    if (!s) return;
    s->wakes = kNever;
    if (s->deadline == kNever) return;  // no operation is timed now
    if (Clock::now() < s->deadline) {   // pushed later since this wait began
      Wait(s, s->deadline);
      return;
    }
    s->expired = true;
    boost::system::error_code ignored;
    s->socket.close(ignored);
  }

  // Shared with the pending wait's handler, which holds it weakly: a
  // Deadline destroyed with a wait pending leaves the handler nothing to do.
  std::shared_ptr<State> state_;
};

}  // namespace convoguard::gateway
