// `convoguard mock-llm`: a built-in OpenAI-compatible upstream for tests and
// the demo. Deterministic: what it answers is scripted by directive lines in
// the last user message (or the prompt), one per line:
//
//   !mock echo              answer "You said: <the message without directives>" (the default)
//   !mock system            answer with the system prompt, verbatim
//   !mock say <text>        answer exactly <text> (\n in it becomes a newline)
//   !mock say-hex <hex>     answer the bytes <hex> decodes to (a value the
//                           gateway never saw in the prompt)
//   !mock tool <name> <json>  answer with one tool call (arguments = <json>)
//   !mock chunk <n>         stream in pieces of n bytes (default: one word each)
//   !mock stall <ms>        wait before the response headers
//   !mock stall-mid <ms>    stream half the answer, then wait
//   !mock fail <status>     answer with an OpenAI error and that status
//   !mock close             stream half the answer, then drop the connection
//
// GET /mock/last-request returns the last request body it received, so tests
// can check what a model would have seen. With `require_key`, requests
// without "Authorization: Bearer <key>" get 401.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "convoguard/status.h"
#include "gateway/http_server.h"

namespace convoguard::gateway {

struct MockLlmOptions {
  ListenerSpec listener;
  std::string require_key;  // empty: any or no key
  // How long a kept-alive connection may wait for its next request before
  // the mock closes it (tests shorten it to exercise stale pooled connections).
  std::chrono::milliseconds idle_timeout{60000};
};

class MockLlm {
 public:
  static Result<std::unique_ptr<MockLlm>> Start(IoPool& pool, MockLlmOptions options);
  virtual ~MockLlm() = default;
  virtual uint16_t port() const = 0;
  virtual void Stop() = 0;
  // Destroys the listening socket. REQUIRES: the pool's threads stopped
  // (see IoPool::DestroyContexts for the whole order).
  virtual void Release() = 0;
};

}  // namespace convoguard::gateway
