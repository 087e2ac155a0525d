// The client side of the gateway: requests to an OpenAI-compatible upstream
// over HTTP/1.1, plain or TLS, with keep-alive pooling and timeouts.
//
// TLS: the peer's certificate chain and host name are always verified,
// against the system roots plus an optional CA bundle; nothing turns this
// off. An optional client certificate authenticates the gateway (mTLS).
//
// Threading: an UpstreamClient is shared by all threads; its idle pool is
// per io_context (one thread each, see IoPool): taking and returning a
// connection locks only to find the thread's pool, never across a system
// call. A Response belongs to the coroutine that got it.
//
// Heavy header (Asio): network code only.
#pragma once

#include <utility>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include <boost/asio/awaitable.hpp>

#include "convoguard/status.h"

namespace convoguard::gateway {

struct UpstreamSpec {
  std::string name;
  std::string base_url;  // http(s)://host[:port][/path], e.g. https://api.openai.com/v1
  std::string api_key;   // sent as Authorization: Bearer (empty: none)
  std::string ca_file;
  std::string client_cert_file, client_key_file;
  std::map<std::string, std::string> headers;  // extra request headers
  std::chrono::milliseconds connect_timeout{5000};
  std::chrono::milliseconds first_byte_timeout{60000};
  std::chrono::milliseconds idle_timeout{60000};
  size_t max_idle_connections = 64;  // per thread
};

// One upstream response being read. The body arrives in pieces as the
// upstream sends it (server-sent events), already de-chunked.
class UpstreamResponse {
 public:
  virtual ~UpstreamResponse() = default;
  virtual unsigned status() const = 0;
  virtual std::string header(const std::string& name) const = 0;
  // The next piece of the body: every body byte already in hand, else what
  // the next read brings; an empty string at the end. Errors:
  // DeadlineExceeded-like Unavailable("upstream_timeout") when idle too long,
  // Unavailable for a broken connection.
  virtual boost::asio::awaitable<Result<std::string>> ReadSome() = 0;
  // The rest of the body, at most max_bytes (more -> ResourceExhausted).
  virtual boost::asio::awaitable<Result<std::string>> ReadAll(size_t max_bytes) = 0;
  // Reads and drops the rest of the body, so that a connection whose
  // response the caller no longer needs (a stream after its [DONE] event,
  // before the body's last chunk) goes back to the pool instead of being
  // closed. More than max_bytes, or a read that takes longer than `within`,
  // closes the connection instead.
  virtual boost::asio::awaitable<void> Discard(size_t max_bytes, std::chrono::milliseconds within) = 0;
};

// Why a request failed, for the gateway's 502/504 answers.
enum class UpstreamError { kNone, kConnect, kTls, kTimeout, kProtocol };

struct UpstreamResult {
  std::unique_ptr<UpstreamResponse> response;  // null on error
  UpstreamError error = UpstreamError::kNone;
  std::string message;  // for logs; never contains the api key
};

class UpstreamClient {
 public:
  // Parses the base URL and loads TLS material; errors name the field.
  static Result<std::unique_ptr<UpstreamClient>> Create(UpstreamSpec spec);
  virtual ~UpstreamClient() = default;

  // Sends `method path` (path is appended to the base URL's path, e.g.
  // "/chat/completions") with a JSON body. Must run on one of the IoPool's
  // io_contexts. A pooled connection found closed before use is dropped; a
  // request on a pooled connection that fails is sent again, once, on a
  // fresh one only when the upstream cannot have acted on it: its write
  // failed, or it is a GET whose answer had not begun. A POST that was
  // written is never sent twice.
  virtual boost::asio::awaitable<UpstreamResult> Send(const std::string& method, const std::string& path,
                                                      const std::string& body) = 0;
  virtual const UpstreamSpec& spec() const = 0;
  // Connections opened so far (pooled ones reused are not counted again).
  virtual uint64_t connections_opened() const = 0;
  // Drops the idle connections; connections released later are closed, not
  // pooled. REQUIRES: the pool's threads stopped (IoPool::DestroyContexts).
  virtual void Shutdown() = 0;
};

}  // namespace convoguard::gateway
