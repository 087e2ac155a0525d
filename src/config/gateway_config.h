// The gateway's configuration model: plain structs, every field with a safe
// default, filled from YAML by the loader and validated there.
//
//   auto config = convoguard::config::LoadConfigFile("convoguard.yaml");
//   if (!config.ok()) { std::cerr << config.status().message(); return 2; }
//   // "convoguard.yaml:14:7: policies.default.input.entities.US_SNN:
//   //  unknown entity type (did you mean US_SSN?)"
//
// docs/config.md documents every field; examples/convoguard.yaml is a full,
// commented example. The defaults below are the ones an empty file gets, so
// DefaultConfig() == ParseConfig("", ...) (demo mode: one plain listener on
// 127.0.0.1:8080, the built-in mock upstream, the built-in "default" policy).
//
// What the loader guarantees for a config it returns (ok()):
//   - every policy / upstream named anywhere exists (tenants, routes,
//     default_upstream); policies has "default"; upstreams has
//     default_upstream;
//   - every entity type and detector named in a policy is known, and every
//     action is valid for it;
//   - numbers are inside the documented ranges; TLS and key files named in
//     the config exist and are readable; API keys are resolved;
//   - relative file paths were resolved against the config file's directory.
// A GatewayConfig built by hand skips these checks; PolicySet::Create
// re-checks the references it needs.
//
// yaml-cpp stays out of this header (and throws only inside the loader).
// Thread safety: plain values; share as const.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "convoguard/status.h"

namespace convoguard::config {

// What happens to a finding (or a triggered score detector).
//   kBlock        the request (or response) is refused: HTTP 403 with code
//                 "policy_violation.<detector>.<entity>".
//   kPseudonymize input/tool results: the value is replaced by a placeholder
//                 (<TYPE_N>) before the model sees it, and placeholders in
//                 the response are restored to the original values.
//                 output: the value is replaced by a placeholder that is
//                 NEVER restored (the client did not send it, so there is
//                 nothing to restore; the placeholder keeps the answer
//                 readable). On output it is redact with a typed placeholder.
//   kRedact       the value is replaced by a marker and never restored.
//   kAllow        the finding is ignored (not logged as a violation).
//   kLogOnly      the value passes unchanged, the finding is audit-logged.
enum class Action { kBlock, kPseudonymize, kRedact, kAllow, kLogOnly };

// "block", "pseudonymize", "redact", "allow", "log_only".
const char* ActionName(Action action);
// Accepts the names above and "log-only". nullopt for anything else.
std::optional<Action> ParseAction(std::string_view name);

// Which text a decision is about.
//   kInput      prompts: user, system and assistant-history messages
//   kToolResult role "tool" / "function" messages (indirect injection)
//   kOutput     the model's response
enum class Direction { kInput, kToolResult, kOutput };
const char* DirectionName(Direction direction);  // "input", "tool_results", "output"

// When a detector errors or times out: refuse the request (closed) or let the
// text through unscanned by that detector and log it (open).
enum class FailMode { kClosed, kOpen };

enum class TlsVersion { kTls12, kTls13 };

// The detector names a policy may use. Span detectors report Findings with an
// entity type (Analyzer::DetectorOf groups the types); score detectors report
// one score per text.
inline constexpr std::string_view kSpanDetectors[] = {"secrets", "pii", "invisible_text"};
inline constexpr std::string_view kScoreDetectors[] = {"prompt_injection", "jailbreak", "harmful_request",
                                                       "system_prompt_leak"};

// listeners[].tls. Present = HTTPS; absent = plain HTTP.
struct TlsConfig {
  std::string cert_file;       // REQUIRED: PEM certificate chain
  std::string key_file;        // REQUIRED: PEM private key
  std::string client_ca_file;  // optional: if set, client certificates signed by it are REQUIRED (mTLS)
  TlsVersion min_version = TlsVersion::kTls12;  // "1.2" (default) or "1.3"
};

// listeners[]: one socket the gateway accepts on.
struct ListenerConfig {
  std::string address = "127.0.0.1";  // IPv4 or IPv6 literal
  uint16_t port = 8080;               // 0 = any free port (tests)
  std::optional<TlsConfig> tls;
  // Plain HTTP on a non-loopback address is a load error unless this is true.
  bool allow_plaintext = false;
  std::string location;  // "file:line:col" of this entry, for the server's own error messages
};

// limits: hardening against oversized and slow clients. All per request or
// per connection; every one is > 0 except threads.
struct Limits {
  uint64_t max_body_bytes = 1048576;    // 1 MiB; range 1 .. 1 GiB
  uint32_t max_header_bytes = 16384;    // all request headers; range 1 KiB .. 1 MiB
  uint32_t max_messages = 256;          // messages in one chat request; 1 .. 100000
  uint64_t max_prompt_chars = 200000;   // code points of all message text in one request; 1 .. 100000000
  uint32_t header_timeout_ms = 10000;   // to receive the whole header (slowloris); 1 .. 3600000
  uint32_t body_timeout_ms = 30000;     // to receive the whole body; 1 .. 3600000
  uint32_t idle_timeout_ms = 60000;     // keep-alive connection with no request; 1 .. 3600000
  uint32_t max_connections = 4096;      // concurrent client connections; 1 .. 1000000
  uint32_t threads = 0;                 // I/O threads; 0 = hardware concurrency; 0 .. 1024
};

// upstreams.<name>: an OpenAI-compatible LLM endpoint.
struct UpstreamConfig {
  std::string name;
  // "mock" (the built-in mock LLM) or an http:// / https:// URL. The parts
  // below are parsed from it (empty / 0 for mock).
  std::string base_url = "mock";
  bool mock = true;
  std::string scheme;     // "http" or "https"
  std::string host;       // without brackets for IPv6
  uint16_t port = 0;      // explicit or 80 / 443
  std::string base_path;  // e.g. "/v1", no trailing slash, may be empty
  // http:// to a non-loopback host is a load error unless this is true
  // (prompts and keys would cross the network in clear).
  bool allow_plaintext = false;

  // Where the API key comes from: an environment variable or a file (never
  // inline). Neither = no key is sent. The loader resolves it into api_key;
  // a missing variable or unreadable file is a load error.
  std::string api_key_env;
  std::string api_key_file;
  std::string api_key;  // SECRET: never log or print it
  // Header the key goes in. "authorization" (default) sends
  // "Authorization: Bearer <key>"; any other name (Azure: "api-key") sends the
  // bare key. Lowercase.
  std::string api_key_header = "authorization";

  std::string ca_file;           // extra CA bundle (PEM); system CAs are used too; verification cannot be disabled
  std::string client_cert_file;  // optional client certificate for mTLS to the upstream (with client_key_file)
  std::string client_key_file;
  uint32_t connect_timeout_ms = 5000;      // TCP + TLS handshake; 1 .. 3600000
  uint32_t first_byte_timeout_ms = 60000;  // request sent -> first response byte; 1 .. 3600000
  uint32_t idle_timeout_ms = 60000;        // between response bytes (streaming); 1 .. 3600000
  uint32_t max_idle_connections = 64;      // kept-alive pool size; 0 .. 100000
  // Extra request headers (e.g. Azure's api-version), in file order. Names are
  // lowercase HTTP tokens; values have no CR/LF.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string location;  // "file:line:col" of this entry ("" for built-ins)
};

struct AuthConfig {
  // Clients must present a gateway API key (Authorization: Bearer ...).
  bool require_api_key = true;
};

struct RateLimits {
  uint32_t requests_per_minute = 600;  // 0 = unlimited
  uint64_t tokens_per_minute = 0;      // 0 = unlimited
};

// policies.<name>.input / tool_results / output.
//
// The action for an entity type T is, first match wins:
//   entities[T]  >  detectors[DetectorOf(T)]  >  default_action.
// (The defaults list every detector except "pii", so default_action is the
// action for PII types not named in entities.)
// The threshold for T is thresholds[T] > thresholds[DetectorOf(T)] >
// PolicyConfig::threshold; findings scoring below it are ignored. A score
// detector D triggers when its score >= thresholds[D] (else the policy's
// threshold) and then gets detectors[D] (score detectors accept only block,
// log_only and allow).
//
// Maps written in the file are MERGED over the defaults below (a key you do
// not write keeps its default), so leaving out "secrets" never turns secret
// blocking off; write "secrets: allow" to do that.
struct DirectionPolicy {
  Action default_action = Action::kPseudonymize;
  std::map<std::string, Action, std::less<>> detectors;  // detector name -> action
  std::map<std::string, Action, std::less<>> entities;   // entity type -> action
  std::map<std::string, double, std::less<>> thresholds; // entity type or detector name -> 0..1
};

// Built-in defaults. "pii" is deliberately not in the detectors map, so PII
// types get default_action unless the file writes detectors.pii.
// input (and tool_results): default_action pseudonymize; detectors
//   secrets: block, invisible_text: redact, prompt_injection: block,
//   jailbreak: block, harmful_request: block, system_prompt_leak: allow.
// output: default_action redact; detectors secrets: block,
//   invisible_text: redact, system_prompt_leak: block,
//   prompt_injection: log_only, jailbreak: log_only, harmful_request: log_only.
// Both also set thresholds DATE_TIME: kDefaultDateTimeThreshold. Every date
// and time is a DATE_TIME finding (0.6, as in Presidio), but only a date of
// birth (0.85, a birth word near it) is acted on by default: "what day is
// March 3rd" reaches the model unchanged. Operators lower it to act on
// every date (docs/config.md).
inline constexpr double kDefaultDateTimeThreshold = 0.8;
// And thresholds LOCATION: kDefaultLocationThreshold. A city, region or
// country named alone is a LOCATION finding (0.5, 0.55 with a cue such as
// "in" or "moving to", as Presidio reports them), but only an address
// (0.6 and up: a street and house number, a postal code) is acted on by
// default: "what's the weather in Paris" reaches the model unchanged.
inline constexpr double kDefaultLocationThreshold = 0.6;
// The entity thresholds the built-in policies write, as {type, threshold}.
inline constexpr std::pair<const char*, double> kDefaultEntityThresholds[] = {
    {"DATE_TIME", kDefaultDateTimeThreshold}, {"LOCATION", kDefaultLocationThreshold}};
// Entity actions the built-in policies write in every direction, over the
// secrets detector's block: a PIN or a one-time code a user quotes ("the
// code they texted me is 482913, is this a scam?") is redacted, so the model
// never sees it and can still answer; a request that only mentions one is
// not refused. Every other credential (passwords, keys, seed phrases)
// blocks.
inline constexpr std::pair<const char*, Action> kDefaultEntityActions[] = {{"PIN", Action::kRedact},
                                                                           {"OTP_CODE", Action::kRedact}};
DirectionPolicy DefaultInputPolicy();
DirectionPolicy DefaultOutputPolicy();

// policies.<name>.
struct PolicyConfig {
  std::string name;
  FailMode fail_mode = FailMode::kClosed;
  double threshold = 0.5;             // default minimum score, 0..1
  bool exempt_system_prompt = false;  // true: system messages are not scanned
  DirectionPolicy input = DefaultInputPolicy();
  // Absent in the file = a copy of input; present = input's values with the
  // written keys merged over them.
  DirectionPolicy tool_results = DefaultInputPolicy();
  DirectionPolicy output = DefaultOutputPolicy();

  const DirectionPolicy& For(Direction d) const {
    return d == Direction::kInput ? input : d == Direction::kToolResult ? tool_results : output;
  }
  std::string location;  // "file:line:col" ("" for the built-in default)
};

// storage: what the gateway keeps of each conversation, encrypted in the
// data directory's conversation store (docs/storage.md).
//   mode: nothing | metadata (ids, tenant, model, token counts, which
//   detectors fired; no content) | redacted (metadata + the transcript as
//   the model saw it, placeholders in place of values) | full (redacted +
//   the pseudonym vault, so a reader with the reader role sees originals).
struct StorageConfig {
  std::string mode = "metadata";
  uint32_t transcript_retention_days = 0;  // 0 = keep; 0 .. 36500
  uint32_t metadata_retention_days = 0;    // 0 = keep; 0 .. 36500
  // 0 = keep; 0 .. 36500. The default for every tenant's audit chain, and
  // the retention of the system chain (events without a tenant).
  uint32_t audit_retention_days = 0;
  // How long the store's writer waits for more records to share one commit
  // and fsync (0 = commit each record as soon as it arrives).
  uint32_t commit_delay_ms = 10;
  // How often the gateway runs the retention purge and the scheduled key
  // rotation (Keyring rotation period, set with `convoguard keys rotate`).
  uint32_t maintenance_interval_seconds = 300;  // 1 .. 86400
  std::string postgres_conninfo;           // empty: SQLite in the data directory
};

// tenants.<name>: overrides for one tenant. Empty / nullopt = not overridden.
struct TenantConfig {
  std::string name;
  std::string policy;    // policy name
  std::string upstream;  // upstream name
  std::string storage;   // storage mode ("" = storage.mode)
  std::optional<uint32_t> transcript_retention_days;  // nullopt = storage.transcript_retention_days
  std::optional<uint32_t> metadata_retention_days;    // nullopt = storage.metadata_retention_days
  std::optional<uint32_t> audit_retention_days;       // nullopt = storage.audit_retention_days
  std::optional<RateLimits> rate_limits;
};

// routes.<path>: overrides for one request path.
// A path matches exactly ("/v1/embeddings"), or, if it ends in "*", as a
// prefix ("/v1/*"); exact beats prefix, a longer prefix beats a shorter one.
// The query string is not part of the path.
struct RouteConfig {
  std::string path;
  std::string policy;    // empty = not overridden
  std::string upstream;  // empty = not overridden
};

struct LoggingConfig {
  std::string level = "info";  // trace, debug, info, warn, error, off
};

struct GatewayConfig {
  std::string source;  // the file it came from ("" for DefaultConfig())
  // Default: $CONVOGUARD_DATA_DIR if set and non-empty, else "./convoguard-data".
  std::string data_dir = "./convoguard-data";
  std::vector<ListenerConfig> listeners = {ListenerConfig{}};  // default: 127.0.0.1:8080 plain
  Limits limits;
  // Always holds "mock" (the built-in mock LLM) unless the file defines its
  // own upstream named "mock".
  std::map<std::string, UpstreamConfig, std::less<>> upstreams;
  AuthConfig auth;
  RateLimits rate_limits;  // per API key; tenants may override
  // Always holds "default" (the built-in one unless the file defines it).
  std::map<std::string, PolicyConfig, std::less<>> policies;
  std::map<std::string, TenantConfig, std::less<>> tenants;
  std::vector<RouteConfig> routes;  // file order
  std::string default_upstream = "mock";
  StorageConfig storage;
  LoggingConfig logging;
};

// The config `convoguard serve` runs with when no file is given (demo mode):
// all defaults, with the built-in "mock" upstream and "default" policy.
GatewayConfig DefaultConfig();

// Parses and validates YAML text. file_name_for_errors prefixes every error
// ("file:line:col: field.path: what is wrong"), becomes config.source, and
// its directory part is the base for relative paths in the config.
// Errors are kInvalidArgument; the message has one line per mistake (up to
// 20, in file order; references to policies and upstreams are checked once
// everything else is right). Never throws.
Result<GatewayConfig> ParseConfig(std::string_view yaml, std::string_view file_name_for_errors);

// Reads a file (at most 4 MiB) and ParseConfig()s it. A missing or unreadable
// file is kNotFound / kInvalidArgument naming the path.
Result<GatewayConfig> LoadConfigFile(const std::string& path);

// The route entry for a request path (see RouteConfig), or nullptr. With
// kPolicy / kUpstream only routes that set that field are considered, so
// "/v1/*: {policy: strict}" still applies to a path whose exact route only
// sets an upstream.
enum class RouteField { kAny, kPolicy, kUpstream };
const RouteConfig* MatchRoute(const std::vector<RouteConfig>& routes, std::string_view path,
                              RouteField field = RouteField::kAny);

// Upstream for a request: the matching route's upstream (MatchRoute with
// kUpstream) > tenant.upstream > default_upstream.
// tenant may be "" (no tenant). REQUIRES: a config the loader validated (or
// one whose names all resolve); returns nullptr only if they do not.
const UpstreamConfig* UpstreamFor(const GatewayConfig& config, std::string_view tenant, std::string_view path);

// Rate limits for a tenant: its override, else the global ones.
const RateLimits& RateLimitsFor(const GatewayConfig& config, std::string_view tenant);

}  // namespace convoguard::config
