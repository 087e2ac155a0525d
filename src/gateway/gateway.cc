#include "gateway/gateway.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include "auth/data_dir.h"
#include "auth/key_store.h"
#include "auth/rate_limiter.h"
#include "convoguard/analyzer.h"
#include "convoguard/store.h"
#include "gateway/guard.h"
#include "gateway/http_server.h"
#include "gateway/log_sink.h"
#include "gateway/metrics.h"
#include "gateway/mock_llm.h"
#include "gateway/random_pool.h"
#include "gateway/upstream_client.h"
#include "openai/json_io.h"
#include "openai/stream_chunk.h"
#include "openai/wire.h"
#include "store/data_dir.h"
#include "text/utf8.h"

static_assert(convoguard::openai::kMaxIdentifierChars * 4 <= convoguard::kMaxSubjectIdBytes,
              "a user or model the gateway accepts must fit the store's record");

namespace convoguard::gateway {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

constexpr size_t kMaxUpstreamBody = 32 << 20;
constexpr size_t kMaxJsonDepth = 64;
// What may follow a stream's [DONE] event before its connection is dropped
// rather than pooled.
constexpr size_t kMaxDiscardAfterDone = 64 << 10;
constexpr std::chrono::milliseconds kDiscardWithin{100};

using openai::DumpJson;
using openai::ParseJson;

// A request id's 8 random bytes come from the per-thread pool
// (random_pool.h).
std::string NewRequestId() {
  unsigned char b[8];
  if (!PooledRandomBytes(b, sizeof b)) std::fill(b, b + 8, 0);  // the generator failed, as before
  static const char* hex = "0123456789abcdef";
  std::string id = "req_";
  for (unsigned char c : b) {
    id += hex[c >> 4];
    id += hex[c & 15];
  }
  return id;
}

bool IsLoopback(const std::string& address) {
  return address.rfind("127.", 0) == 0 || address == "::1" || address == "localhost";
}

std::string DirectionLabel(Direction d) { return config::DirectionName(d); }

struct RequestState {
  std::string id;
  unsigned version = 11;
  std::optional<Response> response;  // set by Reply / Error, sent by Handle
  std::string route;
  std::string tenant;
  std::string key_id;
  unsigned status = 0;
  // Work for after the response is on its way (handing the conversation to
  // the store): not between the upstream's answer and the client.
  std::function<void()> after_reply;
};

class GatewayImpl final : public Gateway {
 public:
  GatewayImpl(config::GatewayConfig config, GatewayOptions options)
      : config_(std::move(config)), options_(std::move(options)),
        log_sink_(logging() && !options_.log ? std::make_unique<LogSink>(STDERR_FILENO) : nullptr),
        pool_(config_.limits.threads) {}

  // The store goes first: its writer reports failed writes into metrics_
  // and the log (on_submit_failed), which are destroyed before data_.
  ~GatewayImpl() override {
    Stop();
    data_.store.reset();
  }

  Status Init() {
    auto analyzer = Analyzer::Create({});
    if (!analyzer.ok()) return analyzer.status();
    auto guards = Guards::Create(config_, *analyzer);
    if (!guards.ok()) return guards.status();
    guards_ = std::move(guards.value());
    // The keyring and the tamper-evident audit log of the data directory
    // (docs/storage.md): policy blocks and authentication failures go there.
    if (Status s = auth::EnsureDataDir(config_.data_dir); !s.ok()) return s;
    store::DataDirOptions dd;
    dd.dir = config_.data_dir;
    dd.create = true;
    dd.postgres_conninfo = config_.storage.postgres_conninfo;
    StoreConfig sc;
    // Nothing on the request path waits for the store, so records may wait
    // a few milliseconds for company (storage.commit_delay_ms, 10 by default):
    // one commit and fsync per ~10 ms rather than per request, and no
    // hand-off to the writer thread per request.
    sc.commit_delay = std::chrono::milliseconds(config_.storage.commit_delay_ms);
    // A record taken but then not written (the database locked or full, its
    // subject key not made) is counted and logged as a refused one is.
    sc.on_submit_failed = [this](const std::string& conversation_id, const Status&) {
      CountDroppedRecord(conversation_id, "write_failed");
    };
    auto mode = ParseStoreMode(config_.storage.mode);
    if (!mode.ok()) return mode.status();
    sc.default_policy.mode = *mode;
    sc.default_policy.transcript_retention_seconds = int64_t{config_.storage.transcript_retention_days} * 86400;
    sc.default_policy.metadata_retention_seconds = int64_t{config_.storage.metadata_retention_days} * 86400;
    sc.default_policy.audit_retention_seconds = int64_t{config_.storage.audit_retention_days} * 86400;
    for (const auto& [name, t] : config_.tenants) {
      if (t.storage.empty() && !t.transcript_retention_days && !t.metadata_retention_days &&
          !t.audit_retention_days) {
        continue;
      }
      TenantPolicy tp = sc.default_policy;
      if (!t.storage.empty()) {
        auto tm = ParseStoreMode(t.storage);
        if (!tm.ok()) return tm.status();
        tp.mode = *tm;
      }
      if (t.transcript_retention_days) tp.transcript_retention_seconds = int64_t{*t.transcript_retention_days} * 86400;
      if (t.metadata_retention_days) tp.metadata_retention_seconds = int64_t{*t.metadata_retention_days} * 86400;
      if (t.audit_retention_days) tp.audit_retention_seconds = int64_t{*t.audit_retention_days} * 86400;
      sc.tenant_policies[name] = tp;
    }
    auto data = store::OpenDataDirStore(dd, sc);
    if (!data.ok()) return data.status();
    data_ = std::move(data.value());
    if (config_.auth.require_api_key) {
      auto store = auth::OpenKeyStoreInDataDir(config_.data_dir);
      if (!store.ok()) return store.status();
      keys_ = std::move(store.value());
    }
    // Upstreams: the built-in mock gets a loopback port of its own.
    for (const auto& [name, up] : config_.upstreams) {
      UpstreamSpec spec;
      spec.name = name;
      if (up.mock) {
        if (!mock_) {
          MockLlmOptions mo;
          mo.listener.address = "127.0.0.1";
          mo.listener.port = 0;
          auto mock = MockLlm::Start(pool_, mo);
          if (!mock.ok()) return mock.status();
          mock_ = std::move(mock.value());
        }
        spec.base_url = "http://127.0.0.1:" + std::to_string(mock_->port()) + "/v1";
      } else {
        spec.base_url = up.base_url;
        spec.api_key = up.api_key_header == "authorization" ? up.api_key : "";
        if (up.api_key_header != "authorization" && !up.api_key.empty()) spec.headers[up.api_key_header] = up.api_key;
        spec.ca_file = up.ca_file;
        spec.client_cert_file = up.client_cert_file;
        spec.client_key_file = up.client_key_file;
        spec.connect_timeout = std::chrono::milliseconds(up.connect_timeout_ms);
        spec.first_byte_timeout = std::chrono::milliseconds(up.first_byte_timeout_ms);
        spec.idle_timeout = std::chrono::milliseconds(up.idle_timeout_ms);
        spec.max_idle_connections = up.max_idle_connections;
        for (const auto& [k, v] : up.headers) spec.headers[k] = v;
      }
      auto client = UpstreamClient::Create(std::move(spec));
      if (!client.ok()) return client.status();
      upstreams_[name] = std::move(client.value());
    }
    std::vector<ListenerSpec> listeners;
    for (const auto& l : config_.listeners) {
      ListenerSpec s;
      s.address = l.address;
      s.port = l.port;
      if (l.tls) {
        s.tls = true;
        s.cert_file = l.tls->cert_file;
        s.key_file = l.tls->key_file;
        s.client_ca_file = l.tls->client_ca_file;
        s.min_version = l.tls->min_version == config::TlsVersion::kTls13 ? "1.3" : "1.2";
      } else if (!IsLoopback(l.address) && !l.allow_plaintext) {
        return Status::InvalidArgument("listener " + l.address + ":" + std::to_string(l.port) +
                                       " is plain HTTP on a non-loopback address; configure tls or allow_plaintext");
      }
      listeners.push_back(std::move(s));
    }
    ServerLimits limits;
    limits.max_body_bytes = config_.limits.max_body_bytes;
    limits.max_header_bytes = config_.limits.max_header_bytes;
    limits.header_timeout = std::chrono::milliseconds(config_.limits.header_timeout_ms);
    limits.body_timeout = std::chrono::milliseconds(config_.limits.body_timeout_ms);
    limits.idle_timeout = std::chrono::milliseconds(config_.limits.idle_timeout_ms);
    limits.max_connections = config_.limits.max_connections;
    auto server = HttpServer::Create(
        pool_, listeners, limits, [this](Exchange& ex) { return Handle(ex); },
        [](unsigned status, const std::string& code, const std::string& msg) {
          return openai::ErrorBody(status, code, msg);
        });
    if (!server.ok()) return server.status();
    server_ = std::move(server.value());
    metrics_.SetOpenConnections([this] { return server_->open_connections(); });
    metrics_.SetLogLinesDropped([this] { return log_sink_ ? log_sink_->dropped() : 0; });
    server_->Start();
    pool_.Run();
    maintenance_ = std::thread([this] { Maintain(); });
    return Status::Ok();
  }

  // The periodic job: the retention purge (audited per deleted item by the
  // store) and the scheduled key rotation, every maintenance_interval_seconds
  // and once at start-up.
  void Maintain() {
    const auto every = std::chrono::seconds(config_.storage.maintenance_interval_seconds);
    std::unique_lock<std::mutex> lock(stop_mu_);
    while (!stopped_) {
      lock.unlock();
      if (data_.store) {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        auto purged = data_.store->PurgeExpired(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
        if (!purged.ok()) Log({{"event", "maintenance_error"}, {"job", "purge"}, {"message", purged.status().message()}});
        auto rotated = data_.store->RotateKeysIfDue(std::chrono::duration_cast<std::chrono::seconds>(now).count());
        if (!rotated.ok()) {
          Log({{"event", "maintenance_error"}, {"job", "rotate"}, {"message", rotated.status().message()}});
        }
      }
      lock.lock();
      stop_cv_.wait_for(lock, every, [this] { return stopped_; });
    }
  }

  uint16_t port(size_t i) const override { return server_ ? server_->port(i) : 0; }
  uint16_t mock_port() const override { return mock_ ? mock_->port() : 0; }

  // Returns once the gateway has stopped, also when another thread's Stop
  // is still under way (it waits for that one). Must not be called from an
  // I/O thread (a handler or a log hook): the drain would wait for the
  // caller's own request and the pool cannot join its own thread.
  void Stop() override {
    {
      std::unique_lock<std::mutex> lock(stop_mu_);
      if (stopped_) {
        stop_cv_.wait(lock, [this] { return stop_done_; });
        return;
      }
      stopped_ = true;
    }
    stop_cv_.notify_all();
    if (maintenance_.joinable()) maintenance_.join();
    std::lock_guard<std::mutex> lock(stop_mu_);
    if (server_) server_->Stop();
    // Requests already being handled finish (their answer, log line and
    // conversation record) before the I/O threads stop, for up to
    // kDrainTimeout: a stalled one is cut off then.
    const auto deadline = Clock::now() + kDrainTimeout;
    while (server_ && server_->active_requests() > 0 && Clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (mock_) mock_->Stop();
    pool_.Stop();
    // Sockets outside coroutines first, then the coroutines, while every
    // object they use is still alive (IoPool::DestroyContexts).
    if (server_) server_->Release();
    if (mock_) mock_->Release();
    for (auto& [name, client] : upstreams_) client->Shutdown();
    pool_.DestroyContexts();
    // The drained requests' lines too, for a bounded time: a stalled stderr
    // reader costs lines (counted), not a hung shutdown.
    if (log_sink_) log_sink_->Close(LogSink::kCloseWithin);
    stop_done_ = true;
    stop_cv_.notify_all();
  }

  void Wait() override {
    std::unique_lock<std::mutex> lock(stop_mu_);
    stop_cv_.wait(lock, [this] { return stop_done_; });
  }

 private:
  // Hot paths test this before building a line (a JSON object per decision
  // and per request is not free).
  bool logging() const { return config_.logging.level != "off"; }

  static int64_t NowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }

  // Rare lines: a document, "ts" added (keys come out sorted).
  void Log(json line) {
    if (!logging()) return;
    line["ts"] = NowMs();
    WriteLine(DumpJson(line));
  }

  void WriteLine(const std::string& s) {
    if (options_.log) {
      options_.log(s);
    } else if (log_sink_) {
      log_sink_->Write(s);
    }
  }

  // Appends to the audit log (non-blocking); a full or failed log is counted
  // and logged, never silently dropped.
  void Audit(AuditEvent event) {
    if (!data_.audit) return;
    Status s = data_.audit->Append(std::move(event));
    if (!s.ok()) {
      metrics_.CountUpstreamError("audit_log", "append_failed");
      Log({{"event", "audit_error"}, {"message", s.message()}});
    }
  }

  void LogEvents(const RequestState& st, const std::vector<GuardEvent>& events) {
    for (const auto& e : events) {
      if (e.action == config::Action::kBlock) {
        AuditEvent a;
        a.type = "policy.block";
        a.actor = st.key_id.empty() ? "anonymous" : st.key_id;
        a.tenant = st.tenant;
        a.target = st.id;
        a.fields = {{"direction", DirectionLabel(e.direction)}, {"detector", e.detector},
                    {"entity_type", e.entity_type}, {"rule", e.recognizer}, {"field", e.field}, {"route", st.route}};
        Audit(std::move(a));
      }
      metrics_.CountFinding(DirectionLabel(e.direction), e.detector, e.entity_type, config::ActionName(e.action));
      if (e.action == config::Action::kBlock) metrics_.CountBlock(DirectionLabel(e.direction), e.detector);
      if (!logging()) continue;
      // The line Log would write for these fields, keys in its (sorted) order.
      WriteLine(LogLine()
                    .Str("action", config::ActionName(e.action))
                    .Str("detector", e.detector)
                    .Str("direction", DirectionLabel(e.direction))
                    .Str("entity_type", e.entity_type)
                    .Str("event", "decision")
                    .Str("field", e.field)
                    .Str("key_id", st.key_id)
                    .Str("request_id", st.id)
                    .Str("route", st.route)
                    .Str("rule", e.recognizer)
                    .Value("score", e.score)
                    .Str("tenant", st.tenant)
                    .Value("ts", NowMs())
                    .Done());
    }
  }

  // Responses are built here, outside any co_await expression (see
  // http_server.h on GCC 12), and sent by Handle.
  void Reply(RequestState& st, unsigned status, std::string body, const char* content_type = "application/json",
             std::vector<std::pair<std::string, std::string>> headers = {}) {
    Response res{static_cast<http::status>(status), st.version};
    res.set(http::field::content_type, content_type);
    res.set("x-request-id", st.id);
    for (auto& [k, v] : headers) res.set(k, v);
    res.body() = std::move(body);
    st.status = status;
    st.response = std::move(res);
  }

  void Error(RequestState& st, unsigned status, const std::string& code, const std::string& message,
             const std::string& param = {}, std::vector<std::pair<std::string, std::string>> headers = {}) {
    Reply(st, status, openai::ErrorBody(status, code, message, param), "application/json", std::move(headers));
  }

  void AuditAuthFailure(const RequestState& st, const char* reason) {
    AuditEvent a;
    a.type = "auth.failure";
    a.actor = "gateway-client";
    a.target = st.id;
    a.fields = {{"reason", reason}, {"route", st.route}};
    Audit(std::move(a));
  }

  net::awaitable<void> Handle(Exchange& ex) {
    const auto t0 = Clock::now();
    RequestState st;
    st.id = NewRequestId();
    std::string target(ex.request().target());
    st.route = target.substr(0, target.find('?'));
    st.version = ex.request().version();
    co_await Route(ex, st);
    // Counted and logged before the last write: once the client has its
    // answer it may stop the gateway, and the line must not be lost with the
    // coroutine. (A streamed answer was written inside Route: it counts.)
    const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
    const bool known = st.route.rfind("/v1/", 0) == 0 || st.route == "/healthz" || st.route == "/readyz" ||
                       st.route == "/metrics";
    metrics_.CountRequest(known ? st.route : "other", st.status, secs);
    if (logging() && st.route != "/healthz" && st.route != "/readyz" && st.route != "/metrics") {
      WriteLine(LogLine()  // as Log would write it, keys sorted
                    .Value("duration_ms", secs * 1000)
                    .Str("event", "request")
                    .Str("key_id", st.key_id)
                    .Str("request_id", st.id)
                    .Str("route", st.route)
                    .Value("status", st.status)
                    .Str("tenant", st.tenant)
                    .Value("ts", NowMs())
                    .Done());
    }
    if (st.response) co_await ex.Send(*st.response);
    if (st.after_reply) st.after_reply();
  }

  net::awaitable<void> Route(Exchange& ex, RequestState& st) {
    const Request& req = ex.request();
    const bool get = req.method() == http::verb::get;
    const bool post = req.method() == http::verb::post;
    if (st.route == "/healthz" && get) {
      Reply(st, 200, R"({"status":"ok"})");
      co_return;
    }
    if (st.route == "/readyz" && get) {
      Status s = keys_ ? keys_->Refresh() : Status::Ok();
      if (s.ok()) {
        Reply(st, 200, R"({"status":"ready"})");
      } else {
        Error(st, 503, "not_ready", "the key store cannot be read");
      }
      co_return;
    }
    if (st.route == "/metrics" && get) {
      Reply(st, 200, metrics_.Render(), "text/plain; version=0.0.4");
      co_return;
    }
    const bool chat = st.route == "/v1/chat/completions", completions = st.route == "/v1/completions",
               embeddings = st.route == "/v1/embeddings", models = st.route == "/v1/models";
    if (!chat && !completions && !embeddings && !models) {
      Error(st, 404, "unknown_endpoint", "No such endpoint: " + st.route);
      co_return;
    }
    if ((models && !get) || (!models && !post)) {
      Error(st, 405, "method_not_allowed", "Method not allowed on " + st.route);
      co_return;
    }
    // --- authentication
    std::shared_ptr<const auth::KeyInfo> key;
    if (keys_) {
      std::string_view authz = req[http::field::authorization];
      if (authz.substr(0, 7) != "Bearer " && authz.substr(0, 7) != "bearer ") {
        metrics_.CountAuthFailure("missing");
        Log({{"event", "auth_failure"}, {"request_id", st.id}, {"reason", "missing"}});
        AuditAuthFailure(st, "missing");
        Error(st, 401, "missing_api_key",
                       "No API key. Send it as \"Authorization: Bearer <key>\".");
        co_return;
      }
      auth::AuthResult r = keys_->Authenticate(authz.substr(7), std::chrono::system_clock::now());
      if (!r.ok()) {
        metrics_.CountAuthFailure(auth::AuthFailureName(r.failure));
        Log({{"event", "auth_failure"}, {"request_id", st.id}, {"reason", auth::AuthFailureName(r.failure)}});
        AuditAuthFailure(st, auth::AuthFailureName(r.failure));
        const unsigned status = static_cast<unsigned>(r.http_status());
        Error(st, status, r.code(),
                       status == 503 ? "The key store cannot be read; the gateway fails closed."
                                     : "The API key is not valid (" + std::string(auth::AuthFailureName(r.failure)) + ").");
        co_return;
      }
      key = r.key;
      st.tenant = key->tenant;
      st.key_id = key->id;
    }
    const config::UpstreamConfig* up = config::UpstreamFor(config_, st.tenant, st.route);
    if (up == nullptr || !upstreams_.count(up->name)) {
      Error(st, 502, "no_upstream", "No upstream is configured for this request.");
      co_return;
    }
    UpstreamClient& client = *upstreams_.at(up->name);
    const std::string upstream_path = st.route.substr(3);  // "/v1/chat/completions" -> "/chat/completions"
    if (models) {
      co_await Models(st, client, key.get());
      co_return;
    }
    // --- the body
    if (openai::JsonDepth(req.body()) > kMaxJsonDepth) {
      Error(st, 400, "json_too_deep", "The request body nests deeper than " +
                                                       std::to_string(kMaxJsonDepth) + " levels.");
      co_return;
    }
    json body = ParseJson(req.body());
    if (body.is_discarded()) {
      Error(st, 400, "invalid_json", "The request body is not valid JSON.");
      co_return;
    }
    std::vector<openai::TextSlot> slots;
    Status schema = chat ? openai::ChatRequestTexts(body, slots)
                         : completions ? openai::CompletionRequestTexts(body, slots)
                                       : openai::EmbeddingRequestTexts(body, slots);
    if (!schema.ok()) {
      // A field over its length limit: OpenAI's code for it.
      const std::string& m = schema.message();
      Error(st, 400, schema.code() == StatusCode::kResourceExhausted ? "string_above_max_length" : "invalid_request", m,
            m.substr(0, m.find(':')));
      co_return;
    }
    if (chat && body["messages"].size() > config_.limits.max_messages) {
      Error(st, 400, "too_many_messages",
                     "The request has more than " + std::to_string(config_.limits.max_messages) + " messages.",
                     "messages");
      co_return;
    }
    size_t chars = 0;
    for (const auto& s : slots) chars += text::CountCodePoints(s.value->get_ref<const std::string&>());
    if (chars > config_.limits.max_prompt_chars) {
      Error(st, 400, "prompt_too_long",
                     "The request's text is longer than " + std::to_string(config_.limits.max_prompt_chars) +
                         " characters.");
      co_return;
    }
    const std::string model = body["model"].get<std::string>();
    if (key && !key->AllowsModel(model)) {
      Error(st, 403, "model_not_allowed", "This API key may not use model \"" + model + "\".", "model");
      co_return;
    }
    // --- rate limits (the key's own limits override the tenant's / global)
    auth::RateLimits limits;
    const config::RateLimits& cfg_limits = config::RateLimitsFor(config_, st.tenant);
    limits.requests_per_minute = cfg_limits.requests_per_minute;
    limits.tokens_per_minute = cfg_limits.tokens_per_minute;
    if (key && key->limits.requests_per_minute) limits.requests_per_minute = key->limits.requests_per_minute;
    if (key && key->limits.tokens_per_minute) limits.tokens_per_minute = key->limits.tokens_per_minute;
    uint64_t max_out = 256;
    for (const char* f : {"max_tokens", "max_completion_tokens"}) {
      if (body.contains(f) && body[f].is_number_unsigned()) max_out = body[f].get<uint64_t>();
    }
    const uint64_t estimate = chars / 4 + (embeddings ? 0 : max_out);
    const std::string bucket = key ? key->id : "anonymous";
    auto rl = limiter_.Acquire(bucket, limits, estimate, Clock::now());
    if (!rl.allowed) {
      metrics_.CountRateLimited(rl.limit ? rl.limit : "requests");
      // (Built before co_await: GCC 12 mishandles braced lists in it.)
      std::vector<std::pair<std::string, std::string>> retry;  // NOLINT
      retry.emplace_back("Retry-After", std::to_string(rl.retry_after_seconds));
      const std::string msg = std::string("Rate limit reached for ") + (rl.limit ? rl.limit : "requests") +
                              " per minute; retry after " + std::to_string(rl.retry_after_seconds) + " s.";
      Error(st, 429, "rate_limit_exceeded", msg, {}, std::move(retry));
      co_return;
    }
    // --- policy on the way in
    const policy::Policy& pol = guards_->policies().For(st.tenant, st.route);
    auto vault_ptr = std::make_shared<PseudonymVault>(st.id);
    PseudonymVault& vault = *vault_ptr;
    LeakWatch leak;
    Verdict in = GuardRequest(*guards_, pol, slots, vault, chat ? &leak : nullptr, st.tenant);
    LogEvents(st, in.events);
    if (in.blocked) {
      Error(st, in.status, in.code, in.message, in.param);
      co_return;
    }
    const bool stream = body.contains("stream") && body["stream"].is_boolean() && body["stream"].get<bool>();
    // --- upstream
    const auto sent_at = Clock::now();
    const std::string method = "POST", payload = DumpJson(body);
    UpstreamResult r = co_await client.Send(method, upstream_path, payload);
    if (!r.response) {
      const bool timeout = r.error == UpstreamError::kTimeout;
      const char* kind = timeout ? "timeout" : r.error == UpstreamError::kTls ? "tls"
                                           : r.error == UpstreamError::kConnect ? "connect" : "protocol";
      metrics_.CountUpstreamError(up->name, kind);
      Log({{"event", "upstream_error"}, {"request_id", st.id}, {"upstream", up->name}, {"kind", kind},
           {"message", r.message}});
      Error(st, timeout ? 504 : 502, timeout ? "upstream_timeout" : "upstream_unavailable",
                     timeout ? "The upstream did not answer in time." : "The upstream could not be reached.");
      co_return;
    }
    metrics_.ObserveFirstByte(up->name, std::chrono::duration<double>(Clock::now() - sent_at).count());
    UpstreamResponse& resp = *r.response;
    if (resp.status() != 200) {
      co_await UpstreamFailure(st, resp, up->name);
      co_return;
    }
    if (stream && !embeddings) {
      std::string answer;
      co_await Stream(ex, st, resp, pol, vault, leak, up->name, answer);
      Store(st, body, model, vault_ptr, answer, 0, 0, in.events);
      co_return;
    }
    auto all = co_await resp.ReadAll(kMaxUpstreamBody);
    if (!all.ok()) {
      metrics_.CountUpstreamError(up->name, "body");
      Error(st, 502, "upstream_unavailable", "The upstream's response broke off or was too large.");
      co_return;
    }
    if (embeddings) {  // vectors carry no text to restore or scan
      Reply(st, 200, std::move(*all));
      co_return;
    }
    GuardedAnswer back = GuardAnswer(*guards_, pol, *all, vault, &leak);
    if (back.malformed) {
      metrics_.CountUpstreamError(up->name, "malformed");
      Error(st, 502, "upstream_malformed", "The upstream's response is not a JSON object.");
      co_return;
    }
    LogEvents(st, back.verdict.events);
    if (back.verdict.blocked && back.verdict.status != 200) {
      Error(st, back.verdict.status, back.verdict.code, back.verdict.message);
      co_return;
    }
    const openai::Usage& usage = back.usage;
    if (usage.total_tokens.is_unsigned) {
      const auto used = usage.total_tokens.unsigned_value;
      limiter_.Settle(bucket, limits, static_cast<int64_t>(used) - static_cast<int64_t>(estimate), Clock::now());
    }
    const int64_t pt = usage.prompt_tokens.integer ? usage.prompt_tokens.value : 0;
    const int64_t ct = usage.completion_tokens.integer ? usage.completion_tokens.value : 0;
    std::vector<GuardEvent> all_events = std::move(in.events);  // logged already: moved, not copied
    all_events.insert(all_events.end(), std::make_move_iterator(back.verdict.events.begin()),
                      std::make_move_iterator(back.verdict.events.end()));
    st.after_reply = [this, &st, body = std::move(body), model, vault_ptr, answer = std::move(back.upstream_text), pt,
                      ct, all_events = std::move(all_events)] {
      Store(st, body, model, vault_ptr, answer, pt, ct, all_events);
    };
    Reply(st, 200, std::move(back.body));
  }

  // Hands the conversation to the store (never blocks; the store's policy
  // for the tenant decides what is kept). The transcript is what the model
  // saw and said: placeholders, not the user's values.
  void Store(const RequestState& st, const json& body, const std::string& model,
             const std::shared_ptr<PseudonymVault>& vault, const std::string& answer, int64_t prompt_tokens,
             int64_t completion_tokens, const std::vector<GuardEvent>& events) {
    if (!data_.store) return;
    const config::TenantConfig* tc = nullptr;
    if (auto it = config_.tenants.find(st.tenant); it != config_.tenants.end()) tc = &it->second;
    const std::string& mode = tc && !tc->storage.empty() ? tc->storage : config_.storage.mode;
    if (mode == "nothing") return;
    ConversationRecord rec;
    rec.tenant = st.tenant.empty() ? "default" : st.tenant;
    rec.conversation_id = st.id;
    // The user, else the safety identifier newer clients send instead (at
    // most kMaxIdentifierChars: longer ones are refused with the request).
    for (const char* name : {"user", "safety_identifier"}) {
      if (auto v = body.find(name); v != body.end() && v->is_string()) {
        rec.subject_id = v->get<std::string>();
        break;
      }
    }
    rec.model = model;
    rec.prompt_tokens = prompt_tokens;
    rec.completion_tokens = completion_tokens;
    // Which detectors fired, each once (a request with a thousand e-mail
    // addresses is not a thousand entries: the store takes at most 1,024).
    for (const auto& e : events) {
      std::string d = e.detector + ":" + e.entity_type;
      if (std::find(rec.detectors.begin(), rec.detectors.end(), d) == rec.detectors.end()) {
        rec.detectors.push_back(std::move(d));
      }
    }
    if (mode == "redacted" || mode == "full") {
      // The answer as the model wrote it may hold values the model made up
      // (a secret, someone else's address): everything found in it is
      // redacted; the user's own values are placeholders already.
      std::string redacted = answer;
      if (auto scan = guards_->analyzer().Scan(answer, FindingFilter{}); scan.ok()) {
        uint64_t limit = redacted.size();  // value findings never overlap; INVISIBLE_TEXT may lie inside one
        for (auto f = scan->findings.rbegin(); f != scan->findings.rend(); ++f) {
          if (f->entity_type == "INVISIBLE_TEXT" || f->byte_end > limit) continue;
          redacted.replace(f->byte_start, f->byte_end - f->byte_start, "[REDACTED]");
          limit = f->byte_start;
        }
      } else {
        redacted = "[not stored: the answer could not be scanned]";
      }
      json transcript = {{"request", body}, {"response", redacted}};
      rec.transcript = DumpJson(transcript);
      if (mode == "full") rec.vault = vault;
    }
    // Never awaited on the request path, so no acknowledgment is asked for.
    // A record the store does not take (its queue full, the record refused,
    // the store closing) is counted and logged, without its content.
    const Status queued = data_.store->Submit(std::move(rec));
    if (!queued.ok()) {
      // resource_exhausted: the queue is full or the record is over a size
      // limit; invalid_argument: a field the store refuses; else other.
      const char* reason = queued.code() == StatusCode::kResourceExhausted ? "resource_exhausted"
                           : queued.code() == StatusCode::kInvalidArgument ? "invalid_argument"
                                                                           : "other";
      CountDroppedRecord(st.id, reason);
    }
  }

  // A conversation record that will not be stored: counted and logged with
  // the request id and the reason, never the record (any thread).
  void CountDroppedRecord(const std::string& request_id, const char* reason) {
    metrics_.CountStoreRecordDropped(reason);
    Log({{"event", "store_record_dropped"}, {"request_id", request_id}, {"reason", reason}});
  }

  net::awaitable<void> Models(RequestState& st, UpstreamClient& client, const auth::KeyInfo* key) {
    const std::string method = "GET", path = "/models", none;
    UpstreamResult r = co_await client.Send(method, path, none);
    if (!r.response) {
      Error(st, r.error == UpstreamError::kTimeout ? 504 : 502, "upstream_unavailable",
                     "The upstream could not be reached.");
      co_return;
    }
    auto all = co_await r.response->ReadAll(kMaxUpstreamBody);
    json out = all.ok() ? ParseJson(*all) : json();
    if (r.response->status() != 200 || out.is_discarded() || !out.is_object()) {
      Error(st, 502, "upstream_unavailable", "The upstream's model list is not available.");
      co_return;
    }
    if (key && out.contains("data") && out["data"].is_array()) {  // only the models this key may use
      json kept = json::array();
      for (auto& m : out["data"]) {
        if (m.is_object() && m.contains("id") && m["id"].is_string() && key->AllowsModel(m["id"].get<std::string>())) {
          kept.push_back(m);
        }
      }
      out["data"] = std::move(kept);
    }
    Reply(st, 200, DumpJson(out));
  }

  // An upstream that answered with an error: 4xx pass through (the client's
  // request was wrong), except that an upstream 401/403 means the gateway's
  // own upstream key is wrong, which is not the client's to see; 5xx -> 502.
  net::awaitable<void> UpstreamFailure(RequestState& st, UpstreamResponse& resp,
                                       const std::string& upstream) {
    const unsigned s = resp.status();
    auto all = co_await resp.ReadAll(1 << 20);
    metrics_.CountUpstreamError(upstream, "status_" + std::to_string(s));
    Log({{"event", "upstream_error"}, {"request_id", st.id}, {"upstream", upstream}, {"status", s}});
    if (s == 401 || s == 403) {
      Error(st, 502, "upstream_auth_failed", "The gateway's upstream credentials were refused.");
      co_return;
    }
    if (s >= 400 && s < 500 && all.ok()) {
      json e = ParseJson(*all);
      if (!e.is_discarded() && e.is_object() && e.contains("error")) {
        std::vector<std::pair<std::string, std::string>> h;
        if (s == 429 && !resp.header("retry-after").empty()) h.push_back({"Retry-After", resp.header("retry-after")});
        Reply(st, s, DumpJson(e), "application/json", std::move(h));
        co_return;
      }
    }
    Error(st, 502, "upstream_error", "The upstream failed with status " + std::to_string(s) + ".");
  }

  net::awaitable<void> Stream(Exchange& ex, RequestState& st, UpstreamResponse& resp, const policy::Policy& pol,
                              PseudonymVault& vault, const LeakWatch& leak, const std::string& upstream,
                              std::string& answer) {
    http::response<http::empty_body> head{http::status::ok, ex.request().version()};
    head.set(http::field::content_type, "text/event-stream");
    head.set(http::field::cache_control, "no-cache");
    head.set("x-request-id", st.id);
    st.status = 200;
    if (!co_await ex.Begin(head)) co_return;
    StreamGuard guard(*guards_, pol, vault, &leak);
    std::string out, piece_bytes;
    std::string_view rest;  // what is left of the last read
    bool client_gone = false;
    while (!guard.done()) {
      out.clear();
      if (rest.empty()) {
        auto piece = co_await resp.ReadSome();
        if (!piece.ok()) {
          metrics_.CountUpstreamError(upstream, "stream");
          guard.Finish(piece.status().message().rfind("upstream_timeout", 0) == 0 ? "the upstream stalled"
                                                                                   : "the upstream connection broke",
                       out);
        } else if (piece->empty()) {
          guard.Finish("", out);
        } else {
          piece_bytes = std::move(*piece);
          rest = piece_bytes;
        }
      }
      if (!rest.empty()) {
        // Until the answer's first text is out, one event per step, each
        // step's output written at once: a long answer's events arrive many
        // to a read, and its first token would otherwise wait until the
        // whole read had been scanned. Then whole reads.
        const size_t n = guard.released_text() ? rest.size() : openai::FirstEventEnd(rest);
        guard.Feed(rest.substr(0, n), out);
        rest.remove_prefix(n);
      }
      if (!out.empty() && !co_await ex.Write(out)) {
        client_gone = true;
        break;
      }
    }
    LogEvents(st, guard.events());
    answer = guard.upstream_text();
    if (client_gone) {
      ex.Close();
      co_return;
    }
    co_await ex.End();
    if (guard.blocked()) {
      ex.Close();  // the upstream response was not read to its end
      co_return;
    }
    // The guard ends at the upstream's [DONE] event, usually before the
    // body's last chunk has been parsed: reading that too lets the
    // connection go back to the pool (otherwise every streamed request
    // after the first paid for a new upstream connection).
    co_await resp.Discard(kMaxDiscardAfterDone, kDiscardWithin);
  }

  config::GatewayConfig config_;
  GatewayOptions options_;
  // Declared before everything that logs, so it is destroyed (and flushed)
  // after them. Null with logging off or an options_.log hook.
  std::unique_ptr<LogSink> log_sink_;
  IoPool pool_;
  std::shared_ptr<const Guards> guards_;
  store::DataDir data_;
  std::unique_ptr<auth::KeyStore> keys_;
  auth::RateLimiter limiter_;
  std::unique_ptr<MockLlm> mock_;
  std::map<std::string, std::unique_ptr<UpstreamClient>, std::less<>> upstreams_;
  std::unique_ptr<HttpServer> server_;
  Metrics metrics_;
  std::mutex stop_mu_;
  std::condition_variable stop_cv_;
  bool stopped_ = false;    // Stop has begun (the maintenance thread ends)
  bool stop_done_ = false;  // Stop has finished (Wait returns)
  static constexpr std::chrono::seconds kDrainTimeout{5};
  std::thread maintenance_;
};

}  // namespace

Result<std::unique_ptr<Gateway>> Gateway::Start(const config::GatewayConfig& config, GatewayOptions options) {
  auto gw = std::make_unique<GatewayImpl>(config, std::move(options));
  if (Status s = gw->Init(); !s.ok()) return s;
  return std::unique_ptr<Gateway>(std::move(gw));
}

}  // namespace convoguard::gateway
