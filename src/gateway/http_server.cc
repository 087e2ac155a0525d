#include "gateway/http_server.h"

#include <openssl/ssl.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "gateway/deadline.h"
#include "gateway/tls.h"

#include <optional>

namespace convoguard::gateway {

namespace beast = boost::beast;
namespace ssl = boost::asio::ssl;
using tcp = net::ip::tcp;
using net::use_awaitable;

// ---------------------------------------------------------------- IoPool

IoPool::IoPool(size_t threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  for (size_t i = 0; i < threads; ++i) {
    contexts_.push_back(std::make_unique<net::io_context>(1));
    guards_.push_back(net::make_work_guard(*contexts_.back()));
  }
}

IoPool::~IoPool() { Stop(); }

net::io_context& IoPool::next() { return *contexts_[next_++ % contexts_.size()]; }

void IoPool::Run() {
  for (auto& c : contexts_) threads_.emplace_back([ctx = c.get()] { ctx->run(); });
}

void IoPool::DestroyContexts() {
  guards_.clear();
  contexts_.clear();
}

void IoPool::Stop() {
  for (auto& g : guards_) g.reset();
  for (auto& c : contexts_) c->stop();
  for (auto& t : threads_) {
    if (t.joinable()) t.join();
  }
  threads_.clear();
}

// ---------------------------------------------------------------- TLS

Status HardenTls(ssl::context& ctx, const std::string& min_version) {
  SSL_CTX* raw = ctx.native_handle();
  int floor = min_version == "1.3" ? TLS1_3_VERSION : TLS1_2_VERSION;
  if (min_version != "1.2" && min_version != "1.3") {
    return Status::InvalidArgument("tls min_version must be \"1.2\" or \"1.3\", not \"" + min_version + "\"");
  }
  if (SSL_CTX_set_min_proto_version(raw, floor) != 1) return Status::Internal("cannot set the TLS floor");
  SSL_CTX_set_options(raw, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
  // TLS 1.2: ECDHE key exchange with AEAD ciphers only. TLS 1.3 suites are
  // all AEAD; OpenSSL's default order (AES-GCM, ChaCha20) is kept.
  static const char* kTls12Ciphers =
      "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
      "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
      "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
  if (SSL_CTX_set_cipher_list(raw, kTls12Ciphers) != 1) return Status::Internal("cannot set the TLS ciphers");
  return Status::Ok();
}

std::string SslErrorString(const boost::system::error_code& ec) {
  std::string out = ec.message();
  if (ec.category() == net::error::get_ssl_category()) {
    char buf[256];
    ERR_error_string_n(static_cast<unsigned long>(ec.value()), buf, sizeof buf);
    out = buf;
  }
  return out;
}

// ---------------------------------------------------------------- server

namespace {

constexpr size_t kRequestReadBuffer = 4096;

struct Listener {
  ListenerSpec spec;
  std::unique_ptr<tcp::acceptor> acceptor;
  std::unique_ptr<ssl::context> ssl;
  uint16_t port = 0;
};

class ServerImpl;

// A connection's exchange for one request. Stream is tcp::socket or
// beast::ssl_stream<tcp::socket&>; `deadline` times the socket's operations.
template <class Stream>
class ExchangeImpl final : public Exchange {
 public:
  ExchangeImpl(Stream& stream, Deadline& deadline, const Request& req, bool tls, const ServerLimits& limits,
               const std::atomic<bool>& stopping)
      : stream_(stream), deadline_(deadline), req_(req), tls_(tls), limits_(limits), stopping_(stopping) {}

  const Request& request() const override { return req_; }
  bool tls() const override { return tls_; }

  template <class Msg>
  void Decorate(Msg& res) {
    res.version(req_.version());
    // While the server stops, answers close their connection: the client
    // sends its next request elsewhere rather than into the drain.
    res.keep_alive(keep_alive_ && req_.keep_alive() && !stopping_.load());
    res.set(http::field::server, "convoguard");
    if (tls_) res.set(http::field::strict_transport_security, "max-age=31536000; includeSubDomains");
  }

  net::awaitable<void> Send(Response& res) override {
    Decorate(res);
    res.prepare_payload();
    keep_alive_ = res.keep_alive();
    beast::error_code ec;
    deadline_.Arm(limits_.idle_timeout);
    co_await http::async_write(stream_, res, net::redirect_error(use_awaitable, ec));
    ec = deadline_.Done(ec);
    if (ec) keep_alive_ = false;
    sent_ = true;
  }

  net::awaitable<bool> Begin(http::response<http::empty_body>& res) override {
    Decorate(res);
    res.chunked(true);
    keep_alive_ = res.keep_alive();
    http::response_serializer<http::empty_body> sr{res};
    beast::error_code ec;
    deadline_.Arm(limits_.idle_timeout);
    co_await http::async_write_header(stream_, sr, net::redirect_error(use_awaitable, ec));
    ec = deadline_.Done(ec);
    sent_ = true;
    streaming_ = true;
    if (ec) keep_alive_ = false;
    co_return !ec;
  }

  net::awaitable<bool> Write(std::string_view data) override {
    if (!keep_alive_ && broken_) co_return false;
    if (data.empty()) co_return true;
    beast::error_code ec;
    deadline_.Arm(limits_.idle_timeout);
    auto chunk = http::make_chunk(net::const_buffer(data.data(), data.size()));
    co_await net::async_write(stream_, chunk, net::redirect_error(use_awaitable, ec));
    ec = deadline_.Done(ec);
    if (ec) {
      broken_ = true;
      keep_alive_ = false;
      co_return false;
    }
    co_return true;
  }

  net::awaitable<void> End() override {
    if (broken_) co_return;
    beast::error_code ec;
    deadline_.Arm(limits_.idle_timeout);
    auto last = http::make_chunk_last();
    co_await net::async_write(stream_, last, net::redirect_error(use_awaitable, ec));
    ec = deadline_.Done(ec);
    if (ec) keep_alive_ = false;
    streaming_ = false;
  }

  void Close() override { keep_alive_ = false; }

  bool sent() const { return sent_; }
  bool reusable() const { return keep_alive_ && !streaming_ && !broken_; }

 private:
  Stream& stream_;
  Deadline& deadline_;
  const Request& req_;
  bool tls_;
  const ServerLimits& limits_;
  const std::atomic<bool>& stopping_;
  bool keep_alive_ = true;
  bool sent_ = false;
  bool streaming_ = false;
  bool broken_ = false;
};

class ServerImpl final : public HttpServer {
 public:
  ServerImpl(IoPool& pool, ServerLimits limits, Handler handler, ErrorBody error_body)
      : pool_(pool), limits_(limits), handler_(std::move(handler)), error_body_(std::move(error_body)) {}

  Status Bind(const ListenerSpec& spec) {
    Listener l;
    l.spec = spec;
    if (spec.tls) {
      l.ssl = std::make_unique<ssl::context>(ssl::context::tls_server);
      if (Status s = HardenTls(*l.ssl, spec.min_version); !s.ok()) return s;
      beast::error_code ec;
      l.ssl->use_certificate_chain_file(spec.cert_file, ec);
      if (ec) return Status::InvalidArgument("tls cert_file " + spec.cert_file + ": " + SslErrorString(ec));
      l.ssl->use_private_key_file(spec.key_file, ssl::context::pem, ec);
      if (ec) return Status::InvalidArgument("tls key_file " + spec.key_file + ": " + SslErrorString(ec));
      if (!spec.client_ca_file.empty()) {
        l.ssl->load_verify_file(spec.client_ca_file, ec);
        if (ec) {
          return Status::InvalidArgument("tls client_ca_file " + spec.client_ca_file + ": " + SslErrorString(ec));
        }
        l.ssl->set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
      }
    }
    beast::error_code ec;
    auto addr = net::ip::make_address(spec.address, ec);
    if (ec) return Status::InvalidArgument("listener address \"" + spec.address + "\" is not an IP address");
    tcp::endpoint ep(addr, spec.port);
    auto acc = std::make_unique<tcp::acceptor>(pool_.at(0));
    acc->open(ep.protocol(), ec);
    if (!ec) acc->set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acc->bind(ep, ec);
    if (!ec) acc->listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
      return Status::Unavailable("cannot listen on " + spec.address + ":" + std::to_string(spec.port) + ": " +
                                 ec.message());
    }
    l.port = acc->local_endpoint().port();
    l.acceptor = std::move(acc);
    listeners_.push_back(std::move(l));
    return Status::Ok();
  }

  void Start() override {
    for (auto& l : listeners_) net::co_spawn(pool_.at(0), Accept(l), net::detached);
  }

  void Stop() override {
    stopping_ = true;
    for (auto& l : listeners_) {
      net::post(pool_.at(0), [acc = l.acceptor.get()] {
        beast::error_code ec;
        acc->close(ec);
      });
    }
  }

  void Release() override {
    for (auto& l : listeners_) l.acceptor.reset();
  }

  uint16_t port(size_t i) const override { return i < listeners_.size() ? listeners_[i].port : 0; }
  size_t open_connections() const override { return open_.load(); }
  size_t active_requests() const override { return active_.load(); }
  void SetAdmitHookForTest(std::function<void()> hook) override { admit_hook_ = std::move(hook); }

 private:
  net::awaitable<void> Accept(Listener& l) {
    for (;;) {
      beast::error_code ec;
      net::io_context& ctx = pool_.next();
      tcp::socket sock = co_await l.acceptor->async_accept(ctx, net::redirect_error(use_awaitable, ec));
      if (ec) {
        if (stopping_ || ec == net::error::operation_aborted) co_return;
        continue;  // e.g. EMFILE: keep accepting
      }
      sock.set_option(tcp::no_delay(true), ec);
      const bool over = open_.load() >= limits_.max_connections;
      ++open_;
      net::co_spawn(ctx, Connection(std::move(sock), &l, over), net::detached);
    }
  }

  net::awaitable<void> Connection(tcp::socket sock, Listener* l, bool over_limit) {
    struct Count {
      std::atomic<size_t>& n;
      ~Count() { --n; }
    } count{open_};
    Deadline deadline(sock);
    if (!l->spec.tls) {
      co_await Serve(sock, deadline, false, over_limit);
      // Lingering close: after our FIN, read and drop what the client still
      // sends (e.g. the rest of a body we refused with 413) for a moment, so
      // closing with unread data does not reset the connection and destroy
      // the error response before the client reads it.
      beast::error_code ec;
      sock.shutdown(tcp::socket::shutdown_send, ec);
      char sink[4096];
      size_t drained = 0;
      deadline.Arm(std::chrono::seconds(1));
      while (!ec && drained < (1u << 20)) {
        drained += co_await sock.async_read_some(net::buffer(sink), net::redirect_error(use_awaitable, ec));
      }
      deadline.Done(ec);
      co_return;
    }
    beast::ssl_stream<tcp::socket&> tls(sock, *l->ssl);
    beast::error_code ec;
    deadline.Arm(limits_.header_timeout);
    co_await tls.async_handshake(ssl::stream_base::server, net::redirect_error(use_awaitable, ec));
    ec = deadline.Done(ec);
    if (ec) co_return;  // not TLS, no or bad client certificate, timeout: nothing to answer
    co_await Serve(tls, deadline, true, over_limit);
    deadline.Arm(std::chrono::seconds(2));
    co_await tls.async_shutdown(net::redirect_error(use_awaitable, ec));
    deadline.Done(ec);
  }

  Response MakeError(unsigned version, http::status status, const char* code, const std::string& message,
                     bool tls) const {
    Response res{status, version};
    res.set(http::field::content_type, "application/json");
    res.set(http::field::server, "convoguard");
    if (tls) res.set(http::field::strict_transport_security, "max-age=31536000; includeSubDomains");
    res.keep_alive(false);
    res.body() = error_body_(static_cast<unsigned>(status), code, message);
    res.prepare_payload();
    return res;
  }

  template <class Stream>
  net::awaitable<void> WriteOut(Stream& stream, Deadline& deadline, Response& res) {
    beast::error_code ec;
    deadline.Arm(std::chrono::seconds(5));
    co_await http::async_write(stream, res, net::redirect_error(use_awaitable, ec));
    deadline.Done(ec);
  }

  template <class Stream>
  net::awaitable<void> Serve(Stream& stream, Deadline& deadline, bool tls, bool over_limit) {
    if (over_limit) {
      Response res = MakeError(11, http::status::service_unavailable, "too_many_connections",
                               "the gateway is at its connection limit; retry later", tls);
      co_await WriteOut(stream, deadline, res);
      co_return;
    }
    // Room for a whole ordinary request in one read: an empty flat_buffer
    // makes Beast read 512 bytes at a time (three reads, each with its
    // epoll and timer calls, for a 1.5 KB chat request).
    beast::flat_buffer buffer;
    buffer.reserve(kRequestReadBuffer);
    bool first = true;
    const std::string too_large =
        "the request body is larger than " + std::to_string(limits_.max_body_bytes) + " bytes";
    while (!stopping_) {
      http::request_parser<http::string_body> parser;
      parser.header_limit(static_cast<uint32_t>(limits_.max_header_bytes));
      parser.body_limit(limits_.max_body_bytes);
      beast::error_code ec;
      // The whole header must arrive within header_timeout of the
      // connection's start (slowloris); a keep-alive connection's next
      // request within idle_timeout of the previous response.
      deadline.Arm(first ? limits_.header_timeout : limits_.idle_timeout);
      first = false;
      co_await http::async_read_header(stream, buffer, parser, net::redirect_error(use_awaitable, ec));
      ec = deadline.Done(ec);
      std::optional<Response> error;
      if (ec == http::error::end_of_stream || ec == net::error::eof || ec == beast::error::timeout ||
          ec == net::error::connection_reset || ec == net::ssl::error::stream_truncated) {
        // A header that does not arrive in time (slowloris): the deadline
        // has already closed the socket, as nginx does; nothing is answered.
        co_return;
      } else if (ec == http::error::header_limit) {
        error = MakeError(11, http::status::request_header_fields_too_large, "header_too_large",
                          "the request header is larger than the limit", tls);
      } else if (ec == http::error::body_limit) {
        error = MakeError(11, http::status::payload_too_large, "body_too_large", too_large, tls);
      } else if (ec) {
        error = MakeError(11, http::status::bad_request, "malformed_http",
                          "the request is not valid HTTP/1.1: " + ec.message(), tls);
      }
      if (!error) {
        deadline.Arm(limits_.body_timeout);
        co_await http::async_read(stream, buffer, parser, net::redirect_error(use_awaitable, ec));
        ec = deadline.Done(ec);
        const unsigned version = parser.get().version();
        if (ec == http::error::body_limit) {
          error = MakeError(version, http::status::payload_too_large, "body_too_large", too_large, tls);
        } else if (ec == beast::error::timeout) {
          co_return;  // the socket is closed already (see above)
        } else if (ec == http::error::end_of_stream || ec == net::error::eof || ec == http::error::partial_message) {
          co_return;
        } else if (ec) {
          error = MakeError(version, http::status::bad_request, "malformed_http",
                            "the request body is not valid: " + ec.message(), tls);
        }
      }
      // Counted as active before stopping_ is read (both sequentially
      // consistent, as Stop's store and the drain's load of the count):
      // either this request sees stopping_ and is refused, or the drain
      // sees it counted and waits for it. Counted only after the check, a
      // request could pass it just before Stop() and start after the drain
      // had found nothing to wait for.
      std::optional<Active> active;
      if (!error) {
        active.emplace(active_);
        const bool stopping = stopping_.load();
        // The test hook runs right after the check, whatever was read, so a
        // count moved after the check would come after it too (and the
        // drain test would see the request cut off).
        if (admit_hook_) admit_hook_();
        if (stopping) {
          // A request that arrived on a kept-alive connection after Stop():
          // not started (Stop drains only what was already being handled),
          // answered 503 with Connection: close, so the client knows to retry
          // on a new connection (to another instance).
          active.reset();
          error = MakeError(parser.get().version(), http::status::service_unavailable, "shutting_down",
                            "the gateway is shutting down; retry on a new connection", tls);
        }
      }
      if (error) {
        co_await WriteOut(stream, deadline, *error);
        co_return;
      }
      Request req = parser.release();
      ExchangeImpl<Stream> ex(stream, deadline, req, tls, limits_, stopping_);
      bool failed = false;
      try {
        co_await handler_(ex);
      } catch (const std::exception&) {  // a bug in a handler must not take the process down
        failed = true;
      }
      if (failed && ex.sent()) co_return;
      if (!ex.sent()) {
        Response res = MakeError(req.version(), http::status::internal_server_error, "internal_error",
                                 "the gateway produced no response", tls);
        co_await WriteOut(stream, deadline, res);
        co_return;
      }
      if (!ex.reusable()) co_return;
    }
  }

  IoPool& pool_;
  ServerLimits limits_;
  Handler handler_;
  ErrorBody error_body_;
  std::vector<Listener> listeners_;
  std::atomic<size_t> open_{0};
  std::atomic<bool> stopping_{false};
  // Requests past the stopping_ check and not yet finished (Stop's drain).
  struct Active {
    explicit Active(std::atomic<size_t>& n) : n_(n) { n_.fetch_add(1); }
    ~Active() { n_.fetch_sub(1); }
    Active(const Active&) = delete;
    Active& operator=(const Active&) = delete;
    std::atomic<size_t>& n_;
  };
  std::atomic<size_t> active_{0};
  std::function<void()> admit_hook_;
};

}  // namespace

Result<std::unique_ptr<HttpServer>> HttpServer::Create(IoPool& pool, const std::vector<ListenerSpec>& listeners,
                                                       const ServerLimits& limits, Handler handler,
                                                       ErrorBody error_body) {
  auto server = std::make_unique<ServerImpl>(pool, limits, std::move(handler), std::move(error_body));
  for (const auto& spec : listeners) {
    if (Status s = server->Bind(spec); !s.ok()) return s;
  }
  return std::unique_ptr<HttpServer>(std::move(server));
}

}  // namespace convoguard::gateway
