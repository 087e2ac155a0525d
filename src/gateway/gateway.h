// `convoguard serve`: the OpenAI-compatible gateway. It authenticates each
// client by API key, applies the rate limits, scans every text of the
// request under the tenant's or route's policy (block, pseudonymize, redact,
// allow, log only), forwards it to the upstream, and scans the answer on the
// way back, restoring the user's values into it, streaming included.
//
//   auto config = config::LoadConfigFile("convoguard.yaml");
//   auto gw = Gateway::Start(*config, {});
//   (*gw)->Wait();       // until Stop (e.g. from a signal handler thread)
//
// Endpoints: POST /v1/chat/completions, /v1/completions, /v1/embeddings;
// GET /v1/models; /healthz, /readyz, /metrics. Errors are OpenAI error
// bodies. The wire behaviour is described in docs/gateway.md.
//
// Light header: no Asio; the network lives in gateway.cc and below.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "config/gateway_config.h"
#include "convoguard/status.h"

namespace convoguard::gateway {

struct GatewayOptions {
  // Each structured log line (one JSON object, no newline). Default: stderr.
  std::function<void(const std::string&)> log;
};

class Gateway {
 public:
  // Compiles the detectors and policies, opens the key store in the data
  // directory, starts the built-in mock LLM if an upstream is "mock", binds
  // every listener and starts serving. Fails (nothing left running) with the
  // reason: a listener that cannot bind, TLS files, the key store.
  static Result<std::unique_ptr<Gateway>> Start(const config::GatewayConfig& config, GatewayOptions options);
  virtual ~Gateway() = default;
  virtual uint16_t port(size_t listener) const = 0;
  // The built-in mock's port, 0 if no upstream is the mock.
  virtual uint16_t mock_port() const = 0;
  virtual void Stop() = 0;
  virtual void Wait() = 0;
};

}  // namespace convoguard::gateway
