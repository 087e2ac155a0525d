// The gateway's HTTP/1.1 server on Boost.Beast: listeners (plain or TLS,
// optionally requiring client certificates), limits against slow or
// oversized clients, keep-alive, and a coroutine handler per request.
//
// Threading: one io_context per thread (IoPool); a connection lives on one
// of them for its whole life, so per-connection and per-thread state (the
// upstream connection pool) needs no locks.
//
// Heavy header (Asio, Beast): include it only from the few translation units
// that run the network (server, mock LLM, gateway handler).
#pragma once

#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/awaitable.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include "convoguard/status.h"

namespace convoguard::gateway {

namespace net = boost::asio;
namespace http = boost::beast::http;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

// N io_contexts, each run by one thread.
class IoPool {
 public:
  explicit IoPool(size_t threads);
  ~IoPool();
  IoPool(const IoPool&) = delete;
  IoPool& operator=(const IoPool&) = delete;
  size_t size() const { return contexts_.size(); }
  net::io_context& at(size_t i) { return *contexts_[i]; }
  net::io_context& next();  // round robin
  void Run();               // starts the threads (returns at once)
  void Stop();              // stops every context and joins
  // Destroys the contexts and with them every coroutine still pending on
  // them. Shutdown order for an owner: Stop(); release the sockets that live
  // outside coroutines (HttpServer::Release, UpstreamClient::Shutdown);
  // DestroyContexts(); then destroy the objects the coroutines used.
  // REQUIRES: Stop() was called. No other method may be used afterwards.
  void DestroyContexts();
 private:
  std::vector<std::unique_ptr<net::io_context>> contexts_;
  std::vector<net::executor_work_guard<net::io_context::executor_type>> guards_;
  std::vector<std::thread> threads_;
  std::atomic<size_t> next_{0};
};

struct ListenerSpec {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;      // 0 = any free port (tests); see HttpServer::port
  bool tls = false;
  std::string cert_file, key_file;
  std::string client_ca_file;  // non-empty: clients must present a certificate it signed
  std::string min_version = "1.2";  // "1.2" or "1.3"
};

struct ServerLimits {
  size_t max_body_bytes = 1 << 20;
  size_t max_header_bytes = 16 << 10;
  std::chrono::milliseconds header_timeout{10000};  // whole header, first byte to last
  std::chrono::milliseconds body_timeout{30000};
  std::chrono::milliseconds idle_timeout{60000};    // keep-alive wait, and each write
  size_t max_connections = 4096;
};

// GCC 12 destroys some temporaries twice when they live in a full-expression
// that contains co_await (string temporaries bound to reference parameters,
// braced lists, by-value arguments). Every coroutine in the gateway
// therefore takes references to NAMED objects, and responses are built in
// plain functions before the co_await.
//
// One request on a connection. The handler answers with either Send (a whole
// response) or Begin + Write... + End (chunked transfer encoding, for
// server-sent events). Every response gets keep-alive semantics from the
// request and, on TLS listeners, Strict-Transport-Security.
class Exchange {
 public:
  virtual ~Exchange() = default;
  virtual const Request& request() const = 0;
  virtual bool tls() const = 0;
  virtual net::awaitable<void> Send(Response& res) = 0;
  // Write returns false once the client is gone; the handler should stop.
  virtual net::awaitable<bool> Begin(http::response<http::empty_body>& res) = 0;
  virtual net::awaitable<bool> Write(std::string_view data) = 0;
  virtual net::awaitable<void> End() = 0;
  // When the handler ends the exchange early (client gone, error mid-stream)
  // the connection is closed instead of reused.
  virtual void Close() = 0;
};

using Handler = std::function<net::awaitable<void>(Exchange&)>;
// Builds the body of an error the server answers itself (413, 400, 503, 408):
// (status, machine code, message) -> JSON body.
using ErrorBody = std::function<std::string(unsigned status, const std::string& code, const std::string& message)>;

class HttpServer {
 public:
  // Binds every listener (errors name the address) and loads TLS material
  // (errors name the file). Does not accept until Start.
  static Result<std::unique_ptr<HttpServer>> Create(IoPool& pool, const std::vector<ListenerSpec>& listeners,
                                                    const ServerLimits& limits, Handler handler,
                                                    ErrorBody error_body);
  virtual ~HttpServer() = default;
  virtual void Start() = 0;
  // Stops accepting. From then on a request that arrives on an open
  // connection is answered 503 (code "shutting_down", Connection: close)
  // without calling the handler, and the answers of requests being handled
  // close their connections; open connections end with the pool.
  virtual void Stop() = 0;
  // Destroys the listening sockets. REQUIRES: the pool's threads stopped.
  virtual void Release() = 0;
  virtual uint16_t port(size_t listener) const = 0;  // the bound port
  virtual size_t open_connections() const = 0;
  // Requests that passed the shutting-down check and are not finished
  // (their handler has not returned). Once Stop() has returned, a request
  // not counted here is never handed to the handler: an owner that waits
  // for this to reach 0 after Stop() has drained every request.
  virtual size_t active_requests() const = 0;
  // Tests: called on the I/O thread for each request right after the
  // shutting-down check has read the flag, before the request is refused or
  // handled (to widen the window between that check and the handler that
  // the drain must cover).
  virtual void SetAdmitHookForTest(std::function<void()> hook) = 0;
};

}  // namespace convoguard::gateway
