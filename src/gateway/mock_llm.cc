#include "gateway/mock_llm.h"

#include <mutex>
#include <optional>
#include <sstream>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <nlohmann/json.hpp>

#include "openai/wire.h"

namespace convoguard::gateway {

using nlohmann::json;

namespace {

struct Script {
  enum Kind { kEcho, kSystem, kSay, kTool } kind = kEcho;
  std::string text;        // say / echo
  std::string tool_name, tool_args;
  size_t chunk = 0;        // 0 = a word per chunk
  int stall_ms = 0, stall_mid_ms = 0;
  unsigned fail = 0;
  bool close_mid = false;
};

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string FromHex(std::string_view hex) {
  std::string out;
  auto nib = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    int a = nib(hex[i]), b = nib(hex[i + 1]);
    if (a < 0 || b < 0) break;
    out += static_cast<char>(a * 16 + b);
  }
  return out;
}

// Reads the directives out of `prompt`; the rest is what "echo" repeats.
Script ParseScript(const std::string& prompt) {
  Script s;
  std::istringstream in(prompt);
  std::string line, rest;
  bool first_rest = true;
  while (std::getline(in, line)) {
    if (line.rfind("!mock ", 0) != 0) {
      if (!first_rest) rest += '\n';
      rest += line;
      first_rest = false;
      continue;
    }
    std::string_view d = std::string_view(line).substr(6);
    auto word = d.substr(0, d.find(' '));
    std::string_view arg = d.size() > word.size() ? d.substr(word.size() + 1) : std::string_view();
    if (word == "echo") s.kind = Script::kEcho;
    else if (word == "system") s.kind = Script::kSystem;
    else if (word == "say") { s.kind = Script::kSay; s.text = Unescape(arg); }
    else if (word == "say-hex") { s.kind = Script::kSay; s.text = FromHex(arg); }
    else if (word == "tool") {
      s.kind = Script::kTool;
      s.tool_name = std::string(arg.substr(0, arg.find(' ')));
      s.tool_args = arg.size() > s.tool_name.size() ? std::string(arg.substr(s.tool_name.size() + 1)) : "{}";
    }
    else if (word == "chunk") s.chunk = static_cast<size_t>(std::max(1, std::atoi(std::string(arg).c_str())));
    else if (word == "stall") s.stall_ms = std::atoi(std::string(arg).c_str());
    else if (word == "stall-mid") s.stall_mid_ms = std::atoi(std::string(arg).c_str());
    else if (word == "fail") s.fail = static_cast<unsigned>(std::atoi(std::string(arg).c_str()));
    else if (word == "close") s.close_mid = true;
  }
  if (s.kind == Script::kEcho) s.text = "You said: " + rest;
  return s;
}

// Text of a message content (string or text parts).
std::string ContentText(const json& content) {
  if (content.is_string()) return content.get<std::string>();
  std::string out;
  if (content.is_array()) {
    for (const auto& p : content) {
      if (p.is_object() && p.value("type", "") == "text" && p.contains("text") && p["text"].is_string()) {
        if (!out.empty()) out += '\n';
        out += p["text"].get<std::string>();
      }
    }
  }
  return out;
}

std::vector<std::string> Pieces(const std::string& text, size_t chunk) {
  std::vector<std::string> out;
  if (chunk > 0) {
    for (size_t i = 0; i < text.size(); i += chunk) out.push_back(text.substr(i, chunk));
    return out;
  }
  size_t i = 0;
  while (i < text.size()) {  // a word and the spaces after it
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    while (j < text.size() && text[j] == ' ') ++j;
    out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

size_t ApproxTokens(const std::string& s) { return (s.size() + 3) / 4; }

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

class MockImpl final : public MockLlm {
 public:
  explicit MockImpl(MockLlmOptions o) : options_(std::move(o)) {}

  Status Init(IoPool& pool) {
    auto server = HttpServer::Create(
        pool, {options_.listener}, ServerLimits{.max_body_bytes = 8 << 20, .idle_timeout = options_.idle_timeout},
        [this](Exchange& ex) { return Handle(ex); },
        [](unsigned status, const std::string& code, const std::string& msg) {
          return openai::ErrorBody(status, code, msg);
        });
    if (!server.ok()) return server.status();
    server_ = std::move(server.value());
    server_->Start();
    return Status::Ok();
  }

  uint16_t port() const override { return server_->port(0); }
  void Stop() override { server_->Stop(); }
  void Release() override { server_->Release(); }

 private:
  // Builds the response Handle sends (outside co_await; see http_server.h).
  static void Reply(std::optional<Response>& out, unsigned status, const std::string& body) {
    Response res{static_cast<http::status>(status), 11};
    res.set(http::field::content_type, "application/json");
    res.body() = body;
    out = std::move(res);
  }

  net::awaitable<void> Handle(Exchange& ex) {
    std::optional<Response> reply;
    co_await Serve(ex, reply);
    if (reply) co_await ex.Send(*reply);
  }

  net::awaitable<void> Sleep(int ms) {
    if (ms <= 0) co_return;
    net::steady_timer t(co_await net::this_coro::executor, std::chrono::milliseconds(ms));
    co_await t.async_wait(net::use_awaitable);
  }

  net::awaitable<void> Serve(Exchange& ex, std::optional<Response>& reply) {
    const Request& req = ex.request();
    const std::string target(req.target());
    if (req.method() == http::verb::get && target == "/mock/last-request") {
      std::string last;
      {
        std::lock_guard<std::mutex> lock(mu_);
        last = last_request_;
      }
      Reply(reply, 200, last.empty() ? "{}" : last);
      co_return;
    }
    if (!options_.require_key.empty() &&
        std::string(req[http::field::authorization]) != "Bearer " + options_.require_key) {
      Reply(reply, 401, openai::ErrorBody(401, "invalid_api_key", "mock-llm: wrong or missing upstream key"));
      co_return;
    }
    if (req.method() == http::verb::get && target == "/v1/models") {
      // (Bodies are built before co_await: GCC 12 mishandles braced
      // initializer lists inside a co_await expression.)
      const std::string list = Dump({{"object", "list"},
                                     {"data", json::array({{{"id", "mock-gpt"}, {"object", "model"},
                                                            {"created", 0}, {"owned_by", "convoguard"}}})}});
      Reply(reply, 200, list);
      co_return;
    }
    if (req.method() != http::verb::post) {
      Reply(reply, 404, openai::ErrorBody(404, "not_found", "mock-llm: no such endpoint"));
      co_return;
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      last_request_ = req.body();
    }
    json body = json::parse(req.body(), nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
      Reply(reply, 400, openai::ErrorBody(400, "invalid_json", "mock-llm: body is not a JSON object"));
      co_return;
    }
    const std::string model = body.value("model", "mock-gpt");
    if (target == "/v1/embeddings") {
      json data = json::array();
      std::vector<std::string> inputs;
      if (body["input"].is_string()) inputs.push_back(body["input"]);
      else if (body["input"].is_array()) for (auto& v : body["input"]) if (v.is_string()) inputs.push_back(v);
      for (size_t i = 0; i < inputs.size(); ++i) {
        json vec = json::array();
        size_t h = std::hash<std::string>{}(inputs[i]);
        for (int k = 0; k < 8; ++k) vec.push_back(static_cast<double>((h >> (k * 8)) & 0xff) / 255.0);
        data.push_back({{"object", "embedding"}, {"index", i}, {"embedding", vec}});
      }
      const std::string out = Dump({{"object", "list"}, {"data", data}, {"model", model},
                                    {"usage", {{"prompt_tokens", 1}, {"total_tokens", 1}}}});
      Reply(reply, 200, out);
      co_return;
    }
    const bool chat = target == "/v1/chat/completions";
    if (!chat && target != "/v1/completions") {
      Reply(reply, 404, openai::ErrorBody(404, "not_found", "mock-llm: no such endpoint"));
      co_return;
    }
    std::string prompt, system;
    if (chat && body["messages"].is_array()) {
      for (const auto& m : body["messages"]) {
        if (!m.is_object()) continue;
        const std::string role = m.value("role", "");
        if (role == "system" && m.contains("content")) system = ContentText(m["content"]);
        if (role == "user" && m.contains("content")) prompt = ContentText(m["content"]);
      }
    } else if (!chat && body["prompt"].is_string()) {
      prompt = body["prompt"];
    }
    Script s = ParseScript(prompt);
    if (s.kind == Script::kSystem) s.text = system;
    co_await Sleep(s.stall_ms);
    if (s.fail) {
      Reply(reply, s.fail, openai::ErrorBody(s.fail, "mock_failure", "mock-llm: scripted failure"));
      co_return;
    }
    const bool stream = body.value("stream", false);
    const long created = 1700000000;
    const std::string id = std::string(chat ? "chatcmpl-" : "cmpl-") + "mock" + std::to_string(++counter_);
    if (!stream) {
      json choice = {{"index", 0}, {"finish_reason", s.kind == Script::kTool ? "tool_calls" : "stop"}};
      if (chat) {
        json msg = {{"role", "assistant"}, {"content", s.kind == Script::kTool ? json(nullptr) : json(s.text)}};
        if (s.kind == Script::kTool) {
          msg["tool_calls"] = json::array({{{"id", "call_mock1"}, {"type", "function"},
                                            {"function", {{"name", s.tool_name}, {"arguments", s.tool_args}}}}});
        }
        choice["message"] = msg;
      } else {
        choice["text"] = s.text;
      }
      const size_t pt = ApproxTokens(prompt), ct = ApproxTokens(s.text);
      const std::string out = Dump({{"id", id}, {"object", chat ? "chat.completion" : "text_completion"},
                                    {"created", created}, {"model", model}, {"choices", json::array({choice})},
                                    {"usage", {{"prompt_tokens", pt}, {"completion_tokens", ct},
                                               {"total_tokens", pt + ct}}}});
      Reply(reply, 200, out);
      co_return;
    }
    http::response<http::empty_body> res{http::status::ok, 11};
    res.set(http::field::content_type, "text/event-stream");
    res.set(http::field::cache_control, "no-cache");
    if (!co_await ex.Begin(res)) co_return;
    auto chunk = [&](json delta_or_text, json finish) {
      json c = {{"index", 0}, {"finish_reason", finish}};
      if (chat) c["delta"] = std::move(delta_or_text);
      else c["text"] = std::move(delta_or_text);
      return openai::SseData(Dump({{"id", id}, {"object", chat ? "chat.completion.chunk" : "text_completion"},
                                   {"created", created}, {"model", model}, {"choices", json::array({c})}}));
    };
    const json role_delta = {{"role", "assistant"}, {"content", ""}};
    const std::string role_chunk = chunk(role_delta, nullptr);
    if (chat && !co_await ex.Write(role_chunk)) co_return;
    const std::string& text = s.kind == Script::kTool ? s.tool_args : s.text;
    auto pieces = Pieces(text, s.chunk);
    if (s.kind == Script::kTool) {
      json head = {{"tool_calls", json::array({{{"index", 0}, {"id", "call_mock1"}, {"type", "function"},
                                                {"function", {{"name", s.tool_name}, {"arguments", ""}}}}})}};
      const std::string first = chunk(head, nullptr);
      if (!co_await ex.Write(first)) co_return;
    }
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (i == pieces.size() / 2) {
        if (s.close_mid) {
          ex.Close();
          co_return;  // the server closes without the last chunk: a broken stream
        }
        co_await Sleep(s.stall_mid_ms);
      }
      json d;
      if (!chat) d = pieces[i];
      else if (s.kind == Script::kTool) {
        d = {{"tool_calls", json::array({{{"index", 0}, {"function", {{"arguments", pieces[i]}}}}})}};
      } else {
        d = {{"content", pieces[i]}};
      }
      const std::string piece = chunk(d, nullptr);
      if (!co_await ex.Write(piece)) co_return;
    }
    const std::string last = chunk(chat ? json::object() : json(""), s.kind == Script::kTool ? "tool_calls" : "stop");
    if (!co_await ex.Write(last)) co_return;
    const std::string done = openai::SseData("[DONE]");
    if (!co_await ex.Write(done)) co_return;
    co_await ex.End();
  }

  MockLlmOptions options_;
  std::unique_ptr<HttpServer> server_;
  std::mutex mu_;
  std::string last_request_;
  std::atomic<uint64_t> counter_{0};
};

}  // namespace

Result<std::unique_ptr<MockLlm>> MockLlm::Start(IoPool& pool, MockLlmOptions options) {
  auto mock = std::make_unique<MockImpl>(std::move(options));
  if (Status s = mock->Init(pool); !s.ok()) return s;
  return std::unique_ptr<MockLlm>(std::move(mock));
}

}  // namespace convoguard::gateway
