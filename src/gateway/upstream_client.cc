#include "gateway/upstream_client.h"

#include <openssl/ssl.h>
#include <sys/socket.h>

#include <cerrno>
#include <openssl/x509v3.h>

#include <atomic>
#include <limits>
#include <array>
#include <mutex>
#include <unordered_map>
#include <vector>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "gateway/deadline.h"
#include "gateway/tls.h"

namespace convoguard::gateway {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using net::use_awaitable;

namespace {

constexpr size_t kResponseReadBuffer = 8192;

struct Url {
  bool tls = false;
  std::string host;
  std::string port;
  std::string path;  // without a trailing '/'
};

Result<Url> ParseBaseUrl(const std::string& url) {
  Url u;
  std::string rest;
  if (url.rfind("https://", 0) == 0) {
    u.tls = true;
    rest = url.substr(8);
  } else if (url.rfind("http://", 0) == 0) {
    rest = url.substr(7);
  } else {
    return Status::InvalidArgument("base_url must start with http:// or https://: \"" + url + "\"");
  }
  size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  u.path = slash == std::string::npos ? "" : rest.substr(slash);
  while (!u.path.empty() && u.path.back() == '/') u.path.pop_back();
  if (authority.find('@') != std::string::npos) {
    return Status::InvalidArgument("base_url must not contain credentials; use api_key_env or api_key_file");
  }
  if (!authority.empty() && authority[0] == '[') {  // [v6]:port
    size_t close = authority.find(']');
    if (close == std::string::npos) return Status::InvalidArgument("base_url has a malformed IPv6 host");
    u.host = authority.substr(1, close - 1);
    if (close + 1 < authority.size() && authority[close + 1] == ':') u.port = authority.substr(close + 2);
  } else {
    size_t colon = authority.rfind(':');
    u.host = authority.substr(0, colon);
    if (colon != std::string::npos) u.port = authority.substr(colon + 1);
  }
  if (u.host.empty()) return Status::InvalidArgument("base_url has no host: \"" + url + "\"");
  if (u.port.empty()) u.port = u.tls ? "443" : "80";
  for (char c : u.port) {
    if (c < '0' || c > '9') return Status::InvalidArgument("base_url has a bad port: \"" + url + "\"");
  }
  return u;
}

// A pooled connection: plain or TLS, with its read buffer. Every operation
// on it is timed by `deadline` (connect, first byte, idle).
struct Conn {
  explicit Conn(net::io_context& c) : ctx(&c), socket(c), deadline(socket) {}
  net::io_context* ctx;
  tcp::socket socket;
  Deadline deadline;
  std::unique_ptr<beast::ssl_stream<tcp::socket&>> tls;  // null: plain
  beast::flat_buffer buffer;
  bool reused = false;

  // An idle pooled connection is usable only while the upstream has neither
  // closed it nor sent anything unasked (a close_notify, a stray byte): a
  // non-blocking peek must find nothing to read yet. (Not skipped for a
  // connection returned moments ago: a POST sent on a connection the
  // upstream had closed cannot be retried, see Send.)
  bool StillOpen() {
    if (buffer.size() != 0) return false;
    if (!socket.is_open()) return false;
    char b;
    const ssize_t n = ::recv(socket.native_handle(), &b, 1, MSG_PEEK | MSG_DONTWAIT);
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
  }
};

class ClientImpl;

class ResponseImpl final : public UpstreamResponse {
 public:
  ResponseImpl(ClientImpl* client, std::unique_ptr<Conn> conn,
               std::unique_ptr<http::response_parser<http::buffer_body>> parser, std::chrono::milliseconds idle)
      : client_(client), conn_(std::move(conn)), parser_(std::move(parser)), idle_(idle) {}
  ~ResponseImpl() override;

  unsigned status() const override { return parser_->get().result_int(); }
  std::string header(const std::string& name) const override {
    auto it = parser_->get().find(name);
    return it == parser_->get().end() ? std::string() : std::string(it->value());
  }

  // Every body byte the connection has in hand is returned at once (a
  // burst of events in one piece, not one chunk per call), and a read from
  // the socket happens only when nothing whole is in hand: bytes already
  // parsed never wait for more (a read that ends inside a chunk header
  // returns the chunks before it). Beast's async_read_some returned one
  // chunk per call (each a composed operation and a pass through the
  // executor: ~5 K instructions per streamed event), and in eager mode it
  // would wait for the rest of a split chunk header before returning the
  // chunks it had parsed.
  net::awaitable<Result<std::string>> ReadSome() override {
    if (failed_) co_return Status::Unavailable("upstream connection failed earlier");
    std::string out;
    for (;;) {
      beast::error_code ec;
      TakeBuffered(out, ec);
      if (!ec && (!out.empty() || parser_->is_done())) co_return out;
      if (!ec) {
        // Nothing whole in hand: read (as Beast's read_some_op sizes it).
        const size_t size = beast::read_size(conn_->buffer, 65536);
        if (size == 0) {
          ec = http::error::buffer_overflow;
        } else {
          auto space = conn_->buffer.prepare(size);
          conn_->deadline.Arm(idle_);
          size_t n = 0;
          if (conn_->tls) {
            n = co_await conn_->tls->async_read_some(space, net::redirect_error(use_awaitable, ec));
          } else {
            n = co_await conn_->socket.async_read_some(space, net::redirect_error(use_awaitable, ec));
          }
          ec = conn_->deadline.Done(ec);
          conn_->buffer.commit(n);
          if (ec == net::error::eof) {
            // The end of a body that runs to the connection's close, or a
            // message cut off (partial_message).
            ec = {};
            if (parser_->got_some()) {
              parser_->put_eof(ec);
            } else {
              ec = http::error::end_of_stream;
            }
          }
        }
      }
      if (ec) {
        failed_ = true;
        if (ec == beast::error::timeout) co_return Status::Unavailable("upstream_timeout: no data within the idle timeout");
        co_return Status::Unavailable("upstream connection broke: " + ec.message());
      }
    }
  }

  net::awaitable<Result<std::string>> ReadAll(size_t max_bytes) override {
    std::string all;
    for (;;) {
      auto piece = co_await ReadSome();
      if (!piece.ok()) co_return piece.status();
      if (piece->empty()) break;
      all += *piece;
      if (all.size() > max_bytes) {
        failed_ = true;
        co_return Status::ResourceExhausted("upstream response larger than " + std::to_string(max_bytes) + " bytes");
      }
    }
    co_return all;
  }

  net::awaitable<void> Discard(size_t max_bytes, std::chrono::milliseconds within) override {
    const auto idle = idle_;
    idle_ = within;
    size_t dropped = 0;
    while (!failed_ && !parser_->is_done()) {
      auto piece = co_await ReadSome();
      if (!piece.ok()) break;  // failed_ is set: the connection is closed
      dropped += piece->size();
      if (dropped > max_bytes) failed_ = true;
    }
    idle_ = idle;
  }

 private:
  ClientImpl* client_;
  std::unique_ptr<Conn> conn_;
  std::unique_ptr<http::response_parser<http::buffer_body>> parser_;
  std::chrono::milliseconds idle_;
  bool failed_ = false;
  // Parses what the connection's buffer holds into `out` (every whole
  // chunk, and what a chunk in progress has so far); stops at the first
  // byte that needs more input. `ec`: a malformed body.
  void TakeBuffered(std::string& out, beast::error_code& ec) {
    char* const buf = read_buffer_.data();
    while (!parser_->is_done() && conn_->buffer.size() != 0) {
      parser_->get().body().data = buf;
      parser_->get().body().size = read_buffer_.size();
      const size_t used = parser_->put(conn_->buffer.data(), ec);
      conn_->buffer.consume(used);
      out.append(buf, read_buffer_.size() - parser_->get().body().size);
      if (ec == http::error::need_buffer) {  // the read buffer is full: again
        ec = {};
        continue;
      }
      if (ec == http::error::need_more) {  // a chunk header or the head cut short
        ec = {};
        return;
      }
      if (ec || used == 0) return;
    }
  }

  // Where the parser puts body bytes. A member, not a local of ReadSome: a
  // 16 KB array in the coroutine frame made every call (one per streamed
  // event) allocate and free 16 KB.
  std::array<char, 16384> read_buffer_;
};

class ClientImpl final : public UpstreamClient {
 public:
  ClientImpl(UpstreamSpec spec, Url url) : spec_(std::move(spec)), url_(std::move(url)) {}

  Status Init() {
    if (!url_.tls) {
      if (!spec_.ca_file.empty() || !spec_.client_cert_file.empty()) {
        return Status::InvalidArgument("upstream " + spec_.name + ": ca_file and client certificates need an https:// base_url");
      }
      return Status::Ok();
    }
    ssl_ = std::make_unique<ssl::context>(ssl::context::tls_client);
    if (Status s = HardenTls(*ssl_, "1.2"); !s.ok()) return s;
    beast::error_code ec;
    ssl_->set_default_verify_paths(ec);
    if (!spec_.ca_file.empty()) {
      ssl_->load_verify_file(spec_.ca_file, ec);
      if (ec) return Status::InvalidArgument("upstream " + spec_.name + " ca_file " + spec_.ca_file + ": " + SslErrorString(ec));
    }
    if (!spec_.client_cert_file.empty() || !spec_.client_key_file.empty()) {
      ssl_->use_certificate_chain_file(spec_.client_cert_file, ec);
      if (ec) {
        return Status::InvalidArgument("upstream " + spec_.name + " client_cert_file " + spec_.client_cert_file + ": " +
                                       SslErrorString(ec));
      }
      ssl_->use_private_key_file(spec_.client_key_file, ssl::context::pem, ec);
      if (ec) {
        return Status::InvalidArgument("upstream " + spec_.name + " client_key_file " + spec_.client_key_file + ": " +
                                       SslErrorString(ec));
      }
    }
    ssl_->set_verify_mode(ssl::verify_peer);
    return Status::Ok();
  }

  const UpstreamSpec& spec() const override { return spec_; }
  uint64_t connections_opened() const override { return opened_.load(std::memory_order_relaxed); }

  void Shutdown() override {
    std::lock_guard<std::mutex> lock(mu_);
    closing_.store(true);
    for (auto& [ctx, idle] : idle_) idle->clear();
  }

  // Runs on c's io_context's thread (the response's coroutine), or on the
  // owner's once the threads have stopped.
  void Return(std::unique_ptr<Conn> c) {
    if (closing_.load()) return;  // closed here, while its io_context still exists
    auto& idle = IdleOf(c->ctx);
    if (idle.size() >= spec_.max_idle_connections) return;  // dropped: closes
    c->reused = true;
    idle.push_back(std::move(c));
  }

  net::awaitable<UpstreamResult> Send(const std::string& method, const std::string& path, const std::string& body) override {
    auto& ctx = static_cast<net::io_context&>((co_await net::this_coro::executor).context());
    for (int attempt = 0; attempt < 2; ++attempt) {
      // The retry after a pooled connection failed always opens a new one.
      std::unique_ptr<Conn> conn = attempt == 0 ? TakeIdle(&ctx) : nullptr;
      if (!conn) {
        UpstreamResult r;
        conn = co_await Connect(ctx, r);
        if (!conn) co_return r;
      }
      const bool reused = conn->reused;
      http::request<http::string_body> req{method == "GET" ? http::verb::get : http::verb::post, url_.path + path, 11};
      req.set(http::field::host, HostHeader());
      req.set(http::field::user_agent, "convoguard");
      req.set(http::field::accept, "application/json, text/event-stream");
      if (!spec_.api_key.empty()) req.set(http::field::authorization, "Bearer " + spec_.api_key);
      for (const auto& [k, v] : spec_.headers) req.set(k, v);
      if (req.method() == http::verb::post) {
        req.set(http::field::content_type, "application/json");
        req.body() = body;
      }
      req.keep_alive(true);
      req.prepare_payload();
      beast::error_code ec;
      conn->deadline.Arm(spec_.idle_timeout);
      if (conn->tls) {
        co_await http::async_write(*conn->tls, req, net::redirect_error(use_awaitable, ec));
      } else {
        co_await http::async_write(conn->socket, req, net::redirect_error(use_awaitable, ec));
      }
      ec = conn->deadline.Done(ec);
      const bool write_failed = static_cast<bool>(ec);
      auto parser = std::make_unique<http::response_parser<http::buffer_body>>();
      // ReadAll enforces the caller's limit. (Not boost::none: Boost 1.74
      // compares the length with an empty optional and always fails.)
      parser->body_limit(std::numeric_limits<std::uint64_t>::max());
      if (!ec) {
        conn->deadline.Arm(spec_.first_byte_timeout);
        if (conn->tls) {
          co_await http::async_read_header(*conn->tls, conn->buffer, *parser, net::redirect_error(use_awaitable, ec));
        } else {
          co_await http::async_read_header(conn->socket, conn->buffer, *parser, net::redirect_error(use_awaitable, ec));
        }
        ec = conn->deadline.Done(ec);
      }
      if (ec) {
        // A pooled connection that failed: the request is sent again on a
        // fresh one only when the upstream cannot have acted on it (RFC 9110
        // 9.2.2): the write itself failed, or, for an idempotent GET, the
        // connection ended before a byte of the answer. A POST that was
        // written is never sent twice (a chat request is billed, and its
        // tools may act): its failure is the caller's 502.
        const bool nothing_read = !parser->got_some() && conn->buffer.size() == 0;
        const bool retry = write_failed || (req.method() == http::verb::get && ec != beast::error::timeout && nothing_read);
        if (reused && attempt == 0 && retry) continue;
        UpstreamResult r;
        r.error = ec == beast::error::timeout ? UpstreamError::kTimeout : UpstreamError::kProtocol;
        r.message = ec == beast::error::timeout ? "no response within the first-byte timeout"
                                                : "upstream closed or sent malformed HTTP: " + ec.message();
        co_return r;
      }
      UpstreamResult r;
      r.response = std::make_unique<ResponseImpl>(this, std::move(conn), std::move(parser), spec_.idle_timeout);
      co_return r;
    }
    UpstreamResult r;
    r.error = UpstreamError::kProtocol;
    r.message = "upstream closed the connection";
    co_return r;
  }

 private:
  std::string HostHeader() const {
    std::string h = url_.host.find(':') != std::string::npos ? "[" + url_.host + "]" : url_.host;
    if (!((url_.tls && url_.port == "443") || (!url_.tls && url_.port == "80"))) h += ":" + url_.port;
    return h;
  }

  using Idle = std::vector<std::unique_ptr<Conn>>;

  // The idle connections of `ctx`. The lock covers only finding them: they
  // are used by ctx's thread alone, so the peek and the closing of dead
  // connections below run unlocked (under the lock, the peek's system call
  // made the I/O threads queue on it: ~2 futex calls per request at 32
  // connections).
  Idle& IdleOf(net::io_context* ctx) {
    std::lock_guard<std::mutex> lock(mu_);
    auto& idle = idle_[ctx];
    if (!idle) idle = std::make_unique<Idle>();
    return *idle;
  }

  // The most recently returned idle connection that is still open; the
  // dead ones found on the way are closed (dropped).
  std::unique_ptr<Conn> TakeIdle(net::io_context* ctx) {
    auto& idle = IdleOf(ctx);
    while (!idle.empty()) {
      auto c = std::move(idle.back());
      idle.pop_back();
      if (c->StillOpen()) return c;
    }
    return nullptr;
  }

  net::awaitable<std::unique_ptr<Conn>> Connect(net::io_context& ctx, UpstreamResult& r) {
    auto conn = std::make_unique<Conn>(ctx);
    // Responses are read in reads of the buffer's free space, at least 512
    // bytes: an empty buffer means a 1 KB answer takes three reads.
    conn->buffer.reserve(kResponseReadBuffer);
    opened_.fetch_add(1, std::memory_order_relaxed);
    tcp::resolver resolver(ctx);
    beast::error_code ec;
    auto results = co_await resolver.async_resolve(url_.host, url_.port, net::redirect_error(use_awaitable, ec));
    if (ec) {
      r.error = UpstreamError::kConnect;
      r.message = "cannot resolve " + url_.host + ": " + ec.message();
      co_return nullptr;
    }
    conn->deadline.Arm(spec_.connect_timeout);
    co_await net::async_connect(conn->socket, results, net::redirect_error(use_awaitable, ec));
    ec = conn->deadline.Done(ec);
    if (ec) {
      r.error = ec == beast::error::timeout ? UpstreamError::kTimeout : UpstreamError::kConnect;
      r.message = "cannot connect to " + url_.host + ":" + url_.port + ": " + ec.message();
      co_return nullptr;
    }
    conn->socket.set_option(tcp::no_delay(true), ec);
    if (url_.tls) {
      conn->tls = std::make_unique<beast::ssl_stream<tcp::socket&>>(conn->socket, *ssl_);
      SSL* s = conn->tls->native_handle();
      beast::error_code ip_ec;
      net::ip::make_address(url_.host, ip_ec);
      if (ip_ec) {
        SSL_set_tlsext_host_name(s, url_.host.c_str());
        SSL_set1_host(s, url_.host.c_str());
      } else {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(s), url_.host.c_str());
      }
      conn->deadline.Arm(spec_.connect_timeout);
      co_await conn->tls->async_handshake(ssl::stream_base::client, net::redirect_error(use_awaitable, ec));
      ec = conn->deadline.Done(ec);
      if (ec) {
        r.error = ec == beast::error::timeout ? UpstreamError::kTimeout : UpstreamError::kTls;
        r.message = "TLS to " + url_.host + " failed: " + SslErrorString(ec);
        co_return nullptr;
      }
    }
    co_return conn;
  }

  UpstreamSpec spec_;
  Url url_;
  std::unique_ptr<ssl::context> ssl_;
  std::atomic<uint64_t> opened_{0};
  std::mutex mu_;  // guards idle_ (the map, not the pools in it)
  std::atomic<bool> closing_{false};
  std::unordered_map<net::io_context*, std::unique_ptr<Idle>> idle_;
};

ResponseImpl::~ResponseImpl() {
  // Only a connection whose response was read to the end, and that the
  // upstream keeps open, goes back to the pool.
  if (!failed_ && parser_->is_done() && parser_->get().keep_alive()) client_->Return(std::move(conn_));
}

}  // namespace

Result<std::unique_ptr<UpstreamClient>> UpstreamClient::Create(UpstreamSpec spec) {
  auto url = ParseBaseUrl(spec.base_url);
  if (!url.ok()) return Status::InvalidArgument("upstream " + spec.name + ": " + url.status().message());
  auto client = std::make_unique<ClientImpl>(std::move(spec), std::move(url.value()));
  if (Status s = client->Init(); !s.ok()) return s;
  return std::unique_ptr<UpstreamClient>(std::move(client));
}

}  // namespace convoguard::gateway
