// The YAML loader: defaults, every field, and an error with file:line:col and
// the field path for each kind of mistake.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "config/gateway_config.h"

namespace convoguard::config {
namespace {

namespace fs = std::filesystem;

// A scratch directory with files the config can name (TLS material, key files).
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "cg-config-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& content) const {
    fs::path p = path_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Parses text that must load; fails the test with the loader's message if not.
GatewayConfig MustParse(const std::string& yaml, const std::string& file = "test.yaml") {
  Result<GatewayConfig> r = ParseConfig(yaml, file);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? std::move(r).value() : GatewayConfig{};
}

// Parses text that must fail; returns the message.
std::string ErrorOf(const std::string& yaml, const std::string& file = "test.yaml") {
  Result<GatewayConfig> r = ParseConfig(yaml, file);
  EXPECT_FALSE(r.ok()) << "loaded although it should not:\n" << yaml;
  if (r.ok()) return "";
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  return r.status().message();
}

TEST(Loader, EmptyFileIsTheDefaultConfig) {
  for (const char* text : {"", "# only a comment\n", "---\n", "~\n"}) {
    GatewayConfig c = MustParse(text);
    GatewayConfig d = DefaultConfig();
    ASSERT_EQ(c.listeners.size(), 1u) << text;
    EXPECT_EQ(c.listeners[0].address, "127.0.0.1");
    EXPECT_EQ(c.listeners[0].port, 8080);
    EXPECT_FALSE(c.listeners[0].tls.has_value());
    EXPECT_FALSE(c.listeners[0].allow_plaintext);
    EXPECT_EQ(c.limits.max_body_bytes, 1048576u);
    EXPECT_EQ(c.limits.max_header_bytes, 16384u);
    EXPECT_EQ(c.limits.max_messages, 256u);
    EXPECT_EQ(c.limits.max_prompt_chars, 200000u);
    EXPECT_EQ(c.limits.header_timeout_ms, 10000u);
    EXPECT_EQ(c.limits.body_timeout_ms, 30000u);
    EXPECT_EQ(c.limits.idle_timeout_ms, 60000u);
    EXPECT_EQ(c.limits.max_connections, 4096u);
    EXPECT_EQ(c.limits.threads, 0u);
    ASSERT_EQ(c.upstreams.size(), 1u);
    EXPECT_TRUE(c.upstreams.at("mock").mock);
    EXPECT_EQ(c.default_upstream, "mock");
    EXPECT_TRUE(c.auth.require_api_key);
    EXPECT_EQ(c.rate_limits.requests_per_minute, 600u);
    EXPECT_EQ(c.rate_limits.tokens_per_minute, 0u);
    ASSERT_EQ(c.policies.size(), 1u);
    const PolicyConfig& p = c.policies.at("default");
    EXPECT_EQ(p.fail_mode, FailMode::kClosed);
    EXPECT_DOUBLE_EQ(p.threshold, 0.5);
    EXPECT_FALSE(p.exempt_system_prompt);
    EXPECT_EQ(p.input.detectors.at("secrets"), Action::kBlock);
    EXPECT_EQ(p.input.default_action, Action::kPseudonymize);
    EXPECT_EQ(p.input.detectors.count("pii"), 0u);  // PII types get default_action
    EXPECT_EQ(p.output.default_action, Action::kRedact);
    EXPECT_EQ(p.output.detectors.at("system_prompt_leak"), Action::kBlock);
    EXPECT_TRUE(c.tenants.empty());
    EXPECT_TRUE(c.routes.empty());
    EXPECT_EQ(c.logging.level, "info");
    EXPECT_EQ(c.data_dir, d.data_dir);
    EXPECT_EQ(c.source, "test.yaml");
  }
}

TEST(Loader, DataDirDefaultsToTheEnvironment) {
  setenv("CONVOGUARD_DATA_DIR", "/var/lib/cg-test", 1);
  EXPECT_EQ(DefaultConfig().data_dir, "/var/lib/cg-test");
  EXPECT_EQ(MustParse("").data_dir, "/var/lib/cg-test");
  EXPECT_EQ(MustParse("data_dir: /srv/cg\n").data_dir, "/srv/cg");
  unsetenv("CONVOGUARD_DATA_DIR");
  EXPECT_EQ(DefaultConfig().data_dir, "./convoguard-data");
  // Relative paths are relative to the config file's directory.
  EXPECT_EQ(MustParse("data_dir: state\n", "/etc/cg/convoguard.yaml").data_dir, "/etc/cg/state");
}

TEST(Loader, ParsesEveryField) {
  TempDir dir;
  dir.Write("server.pem", "cert");
  dir.Write("server.key", "key");
  dir.Write("ca.pem", "ca");
  dir.Write("up-ca.pem", "ca");
  dir.Write("client.pem", "cert");
  dir.Write("client.key", "key");
  dir.Write("azure.key", "  azure-fake-key\n");
  setenv("CG_TEST_OPENAI_KEY", "sk-fake-for-tests", 1);
  std::string yaml = R"(
data_dir: /srv/cg
listeners:
  - address: 0.0.0.0
    port: 8443
    tls:
      cert_file: server.pem
      key_file: server.key
      client_ca_file: ca.pem
      min_version: "1.3"
  - address: "::1"
    port: 8080
  - address: 10.0.0.5
    port: 9000
    allow_plaintext: true
limits:
  max_body_bytes: 2097152
  max_header_bytes: 8192
  max_messages: 100
  max_prompt_chars: 50000
  header_timeout_ms: 5000
  body_timeout_ms: 20000
  idle_timeout_ms: 30000
  max_connections: 100
  threads: 4
upstreams:
  openai:
    base_url: https://api.openai.com/v1/
    api_key_env: CG_TEST_OPENAI_KEY
    ca_file: up-ca.pem
    client_cert_file: client.pem
    client_key_file: client.key
    connect_timeout_ms: 1000
    first_byte_timeout_ms: 2000
    idle_timeout_ms: 3000
    max_idle_connections: 8
  azure:
    base_url: https://example.openai.azure.com:8443/openai/deployments/gpt
    api_key_file: azure.key
    api_key_header: API-Key
    headers: {api-version: "2024-02-01", X-Extra: "yes"}
  local:
    base_url: http://127.0.0.1:11434
auth:
  require_api_key: false
rate_limits:
  requests_per_minute: 60
  tokens_per_minute: 100000
policies:
  default:
    fail_mode: open
    threshold: 0.4
    exempt_system_prompt: true
    input:
      default_action: redact
      detectors: {secrets: redact, pii: log-only, prompt_injection: log_only}
      entities: {US_SSN: block, CREDIT_CARD: redact, PERSON: allow}
      thresholds: {PERSON: 0.7, prompt_injection: 0.8, pii: 0.6}
    tool_results:
      detectors: {prompt_injection: block}
    output:
      detectors: {secrets: block, pii: pseudonymize, system_prompt_leak: log_only}
      entities: {EMAIL_ADDRESS: allow}
  strict:
    input:
      default_action: block
tenants:
  acme:
    policy: strict
    upstream: azure
    rate_limits: {requests_per_minute: 10}
  globex: {upstream: local}
routes:
  /v1/embeddings: {policy: default, upstream: openai}
  /v1/*: {policy: strict}
default_upstream: openai
logging: {level: debug}
)";
  GatewayConfig c = MustParse(yaml, (dir.path() / "convoguard.yaml").string());
  EXPECT_EQ(c.data_dir, "/srv/cg");
  ASSERT_EQ(c.listeners.size(), 3u);
  EXPECT_EQ(c.listeners[0].address, "0.0.0.0");
  EXPECT_EQ(c.listeners[0].port, 8443);
  ASSERT_TRUE(c.listeners[0].tls.has_value());
  EXPECT_EQ(c.listeners[0].tls->cert_file, (dir.path() / "server.pem").string());
  EXPECT_EQ(c.listeners[0].tls->key_file, (dir.path() / "server.key").string());
  EXPECT_EQ(c.listeners[0].tls->client_ca_file, (dir.path() / "ca.pem").string());
  EXPECT_EQ(c.listeners[0].tls->min_version, TlsVersion::kTls13);
  EXPECT_NE(c.listeners[0].location.find("convoguard.yaml:4:"), std::string::npos) << c.listeners[0].location;
  EXPECT_EQ(c.listeners[1].address, "::1");
  EXPECT_FALSE(c.listeners[1].tls.has_value());
  EXPECT_TRUE(c.listeners[2].allow_plaintext);

  EXPECT_EQ(c.limits.max_body_bytes, 2097152u);
  EXPECT_EQ(c.limits.max_header_bytes, 8192u);
  EXPECT_EQ(c.limits.max_messages, 100u);
  EXPECT_EQ(c.limits.max_prompt_chars, 50000u);
  EXPECT_EQ(c.limits.header_timeout_ms, 5000u);
  EXPECT_EQ(c.limits.body_timeout_ms, 20000u);
  EXPECT_EQ(c.limits.idle_timeout_ms, 30000u);
  EXPECT_EQ(c.limits.max_connections, 100u);
  EXPECT_EQ(c.limits.threads, 4u);

  ASSERT_EQ(c.upstreams.size(), 4u);  // + the built-in mock
  const UpstreamConfig& o = c.upstreams.at("openai");
  EXPECT_FALSE(o.mock);
  EXPECT_EQ(o.scheme, "https");
  EXPECT_EQ(o.host, "api.openai.com");
  EXPECT_EQ(o.port, 443);
  EXPECT_EQ(o.base_path, "/v1");
  EXPECT_EQ(o.api_key_env, "CG_TEST_OPENAI_KEY");
  EXPECT_EQ(o.api_key, "sk-fake-for-tests");
  EXPECT_EQ(o.api_key_header, "authorization");
  EXPECT_EQ(o.ca_file, (dir.path() / "up-ca.pem").string());
  EXPECT_EQ(o.client_cert_file, (dir.path() / "client.pem").string());
  EXPECT_EQ(o.client_key_file, (dir.path() / "client.key").string());
  EXPECT_EQ(o.connect_timeout_ms, 1000u);
  EXPECT_EQ(o.first_byte_timeout_ms, 2000u);
  EXPECT_EQ(o.idle_timeout_ms, 3000u);
  EXPECT_EQ(o.max_idle_connections, 8u);
  const UpstreamConfig& a = c.upstreams.at("azure");
  EXPECT_EQ(a.port, 8443);
  EXPECT_EQ(a.base_path, "/openai/deployments/gpt");
  EXPECT_EQ(a.api_key, "azure-fake-key");  // trimmed
  EXPECT_EQ(a.api_key_header, "api-key");
  ASSERT_EQ(a.headers.size(), 2u);
  EXPECT_EQ(a.headers[0], (std::pair<std::string, std::string>("api-version", "2024-02-01")));
  EXPECT_EQ(a.headers[1], (std::pair<std::string, std::string>("x-extra", "yes")));
  const UpstreamConfig& l = c.upstreams.at("local");
  EXPECT_EQ(l.scheme, "http");
  EXPECT_EQ(l.port, 11434);
  EXPECT_EQ(l.base_path, "");
  EXPECT_TRUE(l.api_key.empty());
  EXPECT_TRUE(c.upstreams.at("mock").mock);
  EXPECT_EQ(c.default_upstream, "openai");

  EXPECT_FALSE(c.auth.require_api_key);
  EXPECT_EQ(c.rate_limits.requests_per_minute, 60u);
  EXPECT_EQ(c.rate_limits.tokens_per_minute, 100000u);

  const PolicyConfig& p = c.policies.at("default");
  EXPECT_EQ(p.fail_mode, FailMode::kOpen);
  EXPECT_DOUBLE_EQ(p.threshold, 0.4);
  EXPECT_TRUE(p.exempt_system_prompt);
  EXPECT_EQ(p.input.default_action, Action::kRedact);
  EXPECT_EQ(p.input.detectors.at("secrets"), Action::kRedact);
  EXPECT_EQ(p.input.detectors.at("pii"), Action::kLogOnly);
  EXPECT_EQ(p.input.detectors.at("prompt_injection"), Action::kLogOnly);
  EXPECT_EQ(p.input.detectors.at("jailbreak"), Action::kBlock);  // default kept (merged)
  EXPECT_EQ(p.input.entities.at("US_SSN"), Action::kBlock);
  EXPECT_EQ(p.input.entities.at("CREDIT_CARD"), Action::kRedact);
  EXPECT_EQ(p.input.entities.at("PERSON"), Action::kAllow);
  EXPECT_DOUBLE_EQ(p.input.thresholds.at("PERSON"), 0.7);
  EXPECT_DOUBLE_EQ(p.input.thresholds.at("prompt_injection"), 0.8);
  EXPECT_DOUBLE_EQ(p.input.thresholds.at("pii"), 0.6);
  // tool_results start from input, then take their own keys.
  EXPECT_EQ(p.tool_results.default_action, Action::kRedact);
  EXPECT_EQ(p.tool_results.entities.at("US_SSN"), Action::kBlock);
  EXPECT_EQ(p.tool_results.detectors.at("prompt_injection"), Action::kBlock);
  EXPECT_EQ(p.output.detectors.at("pii"), Action::kPseudonymize);
  EXPECT_EQ(p.output.detectors.at("system_prompt_leak"), Action::kLogOnly);
  EXPECT_EQ(p.output.entities.at("EMAIL_ADDRESS"), Action::kAllow);
  EXPECT_EQ(c.policies.at("strict").input.default_action, Action::kBlock);
  // A policy without tool_results copies its input.
  EXPECT_EQ(c.policies.at("strict").tool_results.default_action, Action::kBlock);

  ASSERT_EQ(c.tenants.size(), 2u);
  EXPECT_EQ(c.tenants.at("acme").policy, "strict");
  EXPECT_EQ(c.tenants.at("acme").upstream, "azure");
  ASSERT_TRUE(c.tenants.at("acme").rate_limits.has_value());
  EXPECT_EQ(c.tenants.at("acme").rate_limits->requests_per_minute, 10u);
  EXPECT_EQ(c.tenants.at("acme").rate_limits->tokens_per_minute, 100000u);  // inherited
  EXPECT_EQ(c.tenants.at("globex").policy, "");
  EXPECT_FALSE(c.tenants.at("globex").rate_limits.has_value());
  ASSERT_EQ(c.routes.size(), 2u);
  EXPECT_EQ(c.routes[0].path, "/v1/embeddings");
  EXPECT_EQ(c.routes[0].upstream, "openai");
  EXPECT_EQ(c.routes[1].path, "/v1/*");
  EXPECT_EQ(c.logging.level, "debug");

  // Lookups over the parsed config.
  EXPECT_EQ(UpstreamFor(c, "acme", "/v1/embeddings")->name, "openai");  // route beats tenant
  EXPECT_EQ(UpstreamFor(c, "acme", "/v1/chat/completions")->name, "azure");
  EXPECT_EQ(UpstreamFor(c, "globex", "/v1/chat/completions")->name, "local");
  EXPECT_EQ(UpstreamFor(c, "", "/v1/chat/completions")->name, "openai");
  EXPECT_EQ(UpstreamFor(c, "nobody", "/v1/chat/completions")->name, "openai");
  EXPECT_EQ(RateLimitsFor(c, "acme").requests_per_minute, 10u);
  EXPECT_EQ(RateLimitsFor(c, "globex").requests_per_minute, 60u);
  unsetenv("CG_TEST_OPENAI_KEY");
}

TEST(Loader, ErrorsNameFileLineColumnAndField) {
  struct Case {
    std::string yaml;
    std::string expected;  // a substring of the message
  };
  const std::vector<Case> cases = {
      {"policies:\n  default:\n    input:\n      entities:\n        US_SNN: block\n",
       "test.yaml:5:9: policies.default.input.entities.US_SNN: unknown entity type (did you mean US_SSN?)"},
      {"limits:\n  max_body_byte: 10\n", "test.yaml:2:3: limits.max_body_byte: unknown field (did you mean max_body_bytes?)"},
      {"polices: {}\n", "test.yaml:1:1: polices: unknown field (did you mean policies?)"},
      {"limits:\n  max_messages: many\n", "test.yaml:2:17: limits.max_messages: expected an integer in 1..100000, got \"many\""},
      {"limits:\n  max_body_bytes: -1\n", "test.yaml:2:19: limits.max_body_bytes: expected an integer"},
      {"limits:\n  max_body_bytes: 0\n", "limits.max_body_bytes: out of range"},
      {"limits:\n  max_body_bytes: 99999999999999999999999999\n", "limits.max_body_bytes: out of range"},
      {"limits:\n  threads: 1.5\n", "limits.threads: expected an integer"},
      {"limits:\n  max_connections: [1, 2]\n", "test.yaml:2:20: limits.max_connections: expected an integer"},
      {"limits: 5\n", "test.yaml:1:9: limits: expected a mapping"},
      {"limits:\n  max_messages: 1\n  max_messages: 2\n", "test.yaml:3:3: limits.max_messages: duplicate key"},
      {"listeners: {address: 127.0.0.1}\n", "listeners: expected a list"},
      {"listeners: []\n", "listeners: at least one listener"},
      {"listeners:\n  - port: 70000\n", "test.yaml:2:11: listeners[0].port: out of range"},
      {"listeners:\n  - address: example.com\n", "listeners[0].address: expected an IPv4 or IPv6 address"},
      {"listeners:\n  - address: 0.0.0.0\n", "test.yaml:2:14: listeners[0].address: plain HTTP on a non-loopback address"},
      {"listeners:\n  - {port: 1}\n  - {port: 1}\n", "listeners[1]: another listener already uses 127.0.0.1 port 1"},
      {"listeners:\n  - tls: {key_file: k}\n", "listeners[0].tls.cert_file: required"},
      {"listeners:\n  - tls: {cert_file: /nonexistent/c.pem, key_file: /nonexistent/k.pem}\n",
       "test.yaml:2:22: listeners[0].tls.cert_file: no such file: /nonexistent/c.pem"},
      {"listeners:\n  - allow_plaintext: maybe\n", "listeners[0].allow_plaintext: expected true or false"},
      {"upstreams:\n  a: {base_url: ftp://x}\n", "upstreams.a.base_url: expected an http:// or https:// URL"},
      {"upstreams:\n  a: {base_url: \"https://user:pw@x.com\"}\n", "upstreams.a.base_url: credentials in the URL are not allowed"},
      {"upstreams:\n  a: {base_url: \"https://x.com:0\"}\n", "upstreams.a.base_url: invalid port"},
      {"upstreams:\n  a: {base_url: \"https://x.com/v1?k=1\"}\n", "upstreams.a.base_url: URL must not have a query"},
      {"upstreams:\n  a: {base_url: \"https://\"}\n", "upstreams.a.base_url: URL has no host"},
      {"upstreams:\n  a: {base_url: \"http://api.example.com\"}\n", "upstreams.a.base_url: plain http:// to a non-loopback host"},
      {"upstreams:\n  a: {}\n", "upstreams.a.base_url: required"},
      {"upstreams:\n  a: {base_url: mock, api_key: sk-123}\n", "upstreams.a.api_key: inline API keys are not allowed"},
      {"upstreams:\n  a:\n    base_url: mock\n    api_key_env: CG_TEST_SURELY_UNSET_VAR\n",
       "test.yaml:4:18: upstreams.a.api_key_env: environment variable CG_TEST_SURELY_UNSET_VAR is not set"},
      {"upstreams:\n  a: {base_url: mock, api_key_env: A, api_key_file: B}\n", "upstreams.a.api_key_file: give api_key_env or api_key_file, not both"},
      {"upstreams:\n  a: {base_url: mock, headers: {host: x}}\n", "upstreams.a.headers.host: this header is set by the gateway"},
      {"upstreams:\n  a: {base_url: mock, headers: {\"bad header\": x}}\n", "upstreams.a.headers.bad header: not a valid header name"},
      {"upstreams:\n  a: {base_url: mock}\n  b: {base_url: mock}\n", "default_upstream: required when more than one upstream"},
      {"default_upstream: opena\nupstreams:\n  openai: {base_url: mock}\n",
       "test.yaml:1:19: default_upstream: unknown upstream \"opena\" (did you mean openai?)"},
      {"tenants:\n  acme: {policy: strct}\npolicies:\n  strict: {}\n",
       "test.yaml:2:18: tenants.acme.policy: unknown policy \"strct\" (did you mean strict?)"},
      {"routes:\n  /v1/embeddings: {upstream: nowhere}\n", "routes./v1/embeddings.upstream: unknown upstream \"nowhere\""},
      {"routes:\n  v1/embeddings: {}\n", "routes.v1/embeddings: a route is a path starting with '/'"},
      {"routes:\n  /v1/*/x: {}\n", "routes./v1/*/x: a route is a path"},
      {"tenants:\n  acme: {polcy: strict}\n", "tenants.acme.polcy: unknown field (did you mean policy?)"},
      {"policies:\n  default: {fail_mode: opne}\n", "policies.default.fail_mode: expected closed or open (did you mean open?)"},
      {"policies:\n  default: {threshold: 1.5}\n", "policies.default.threshold: out of range: expected a number in 0..1"},
      {"policies:\n  default: {threshold: .nan}\n", "policies.default.threshold: expected a number in 0..1"},
      {"policies:\n  default:\n    input: {detectors: {secret: block}}\n",
       "test.yaml:3:25: policies.default.input.detectors.secret: unknown detector (did you mean secrets?)"},
      {"policies:\n  default:\n    input: {detectors: {US_SSN: block}}\n",
       "policies.default.input.detectors.US_SSN: unknown detector (US_SSN is an entity type: put it under entities)"},
      {"policies:\n  default:\n    input: {entities: {secrets: block}}\n",
       "policies.default.input.entities.secrets: unknown entity type (secrets is a detector: put it under detectors)"},
      {"policies:\n  default:\n    input: {entities: {US_SSN: blok}}\n",
       "policies.default.input.entities.US_SSN: unknown action \"blok\"; expected block, pseudonymize, redact, allow or log_only (did you mean block?)"},
      {"policies:\n  default:\n    input: {detectors: {prompt_injection: redact}}\n",
       "policies.default.input.detectors.prompt_injection: a score detector's action is block, log_only or allow"},
      {"policies:\n  default:\n    output: {thresholds: {PERSN: 0.5}}\n",
       "policies.default.output.thresholds.PERSN: unknown entity type or detector (did you mean PERSON?)"},
      {"policies:\n  default:\n    tool_results: {default_action: nothing}\n", "policies.default.tool_results.default_action: unknown action"},
      {"policies:\n  default:\n    inputs: {}\n", "policies.default.inputs: unknown field (did you mean input?)"},
      {"policies:\n  \"bad name!\": {}\n", "policies.bad name!: names use letters"},
      {"logging: {level: verbose}\n", "logging.level: expected trace, debug, info, warn, error or off"},
      {"auth: {require_api_key: 1}\n", "auth.require_api_key: expected true or false"},
      {"rate_limits: {requests_per_minute: -5}\n", "rate_limits.requests_per_minute: expected an integer"},
      {"data_dir: [a]\n", "data_dir: expected a string"},
      {"data_dir: \"\"\n", "data_dir: must not be empty"},
      {"? [a, b]\n: c\n", "keys must be plain strings"},
  };
  for (const Case& c : cases) {
    std::string message = ErrorOf(c.yaml);
    EXPECT_NE(message.find(c.expected), std::string::npos) << "yaml:\n" << c.yaml << "message: " << message
                                                           << "\nexpected: " << c.expected;
  }
}

TEST(Loader, ReportsEveryErrorInFileOrder) {
  std::string m = ErrorOf(R"(policies:
  default:
    input:
      entities: {US_SNN: block, PERSN: allow, EMAIL_ADDRESS: redact}
limits:
  max_body_bytes: -1
  max_mesages: 3
listeners:
  - port: 99999
)");
  EXPECT_EQ(m,
            "test.yaml:4:18: policies.default.input.entities.US_SNN: unknown entity type (did you mean US_SSN?)\n"
            "test.yaml:4:33: policies.default.input.entities.PERSN: unknown entity type (did you mean PERSON?)\n"
            "test.yaml:6:19: limits.max_body_bytes: expected an integer in 1..1073741824, got \"-1\"\n"
            "test.yaml:7:3: limits.max_mesages: unknown field (did you mean max_messages?)\n"
            "test.yaml:9:11: listeners[0].port: out of range: expected an integer in 0..65535");
  // References are checked only once everything else is right.
  m = ErrorOf("tenants:\n  a: {policy: nope}\nlimits: {threads: x}\n");
  EXPECT_EQ(m.find("unknown policy"), std::string::npos) << m;
  // At most 20, then a note.
  std::string many = "policies:\n  default:\n    input:\n      entities:\n";
  for (int i = 0; i < 30; ++i) many += "        BAD_TYPE_" + std::to_string(i) + ": block\n";
  m = ErrorOf(many);
  EXPECT_EQ(std::count(m.begin(), m.end(), '\n'), 20) << m;
  EXPECT_NE(m.find("(more errors not shown)"), std::string::npos);
}

TEST(Loader, EntityHintForDetectorName) {
  // A detector under entities: no entity type is close, so the hint says where it belongs.
  std::string m = ErrorOf("policies:\n  default:\n    input: {entities: {pii: block}}\n");
  EXPECT_NE(m.find("pii is a detector: put it under detectors"), std::string::npos) << m;
}

TEST(Loader, MalformedYamlIsAnErrorWithAPosition) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"limits:\n\tmax_messages: 3\n", "(line 2 is indented with a tab; YAML allows only spaces)"},
      {"limits: {max_messages: 3\n", "test.yaml:"},       // unclosed flow map
      {"a: b: c\n", "test.yaml:1:"},
      {"limits:\n  max_messages: 3\n max_body_bytes: 4\n", "test.yaml:"},
      {"listeners:\n  - *undefined_anchor\n", "test.yaml:"},
      {"\"unterminated\n", "test.yaml:"},
      {"- a\n- b\n", "test.yaml:1:1: top level: expected a mapping"},
      {"just a string\n", "expected a mapping"},
  };
  for (const auto& [yaml, expected] : cases) {
    std::string m = ErrorOf(yaml);
    EXPECT_NE(m.find(expected), std::string::npos) << yaml << " -> " << m;
  }
}

TEST(Loader, HostileInputNeverCrashes) {
  // Deep nesting: yaml-cpp's depth guard or our schema stops it.
  std::string deep = "policies:\n  default:\n    input:\n      entities: ";
  for (int i = 0; i < 100000; ++i) deep += "[";
  EXPECT_FALSE(ParseConfig(deep, "deep.yaml").ok());
  // Over 4 MiB.
  std::string big(5 << 20, '#');
  Result<GatewayConfig> r = ParseConfig(big, "big.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("larger than 4 MiB"), std::string::npos);
  // Aliases reused many times are fine or errors, never a blow-up.
  std::string aliases = "x: &a {max_messages: 3}\nlimits: *a\n";
  EXPECT_NE(ErrorOf(aliases).find("x: unknown field"), std::string::npos);
  // Self-referential anchors: the schema walk never follows them far.
  for (const char* cyclic : {"listeners: &a [*a]\n", "policies: &a {x: *a}\n", "limits: &a {max_messages: *a}\n"}) {
    EXPECT_FALSE(ParseConfig(cyclic, "cyclic.yaml").ok()) << cyclic;
  }
  // NUL bytes and binary garbage.
  EXPECT_FALSE(ParseConfig(std::string("data_dir: \"a\\0b\"\n"), "nul.yaml").ok());
  std::mt19937 rng(42);
  for (int i = 0; i < 2000; ++i) {
    std::string junk(static_cast<size_t>(rng() % 200), '\0');
    for (char& c : junk) c = static_cast<char>(rng() % 256);
    (void)ParseConfig(junk, "junk.yaml");  // must return, ok or not
  }
  // Mutations of a valid config: each must load or give a positioned error.
  const std::string base = "limits:\n  max_messages: 3\npolicies:\n  default:\n    input: {entities: {US_SSN: block}}\n";
  for (size_t i = 0; i < base.size(); ++i) {
    for (char c : {'\t', ':', '-', '{', '[', '"', '&', '*', '!', '%', '\n'}) {
      std::string m = base;
      m[i] = c;
      Result<GatewayConfig> res = ParseConfig(m, "m.yaml");
      if (!res.ok()) {
        EXPECT_EQ(res.status().message().rfind("m.yaml", 0), 0u) << res.status().message();
      }
    }
  }
}

TEST(Loader, ApiKeyFromFileAndTheKeyNeverInMessages) {
  TempDir dir;
  dir.Write("empty.key", "\n");
  dir.Write("bad.key", "sk-fake\r\nInjected: yes");
  std::string file = (dir.path() / "c.yaml").string();
  Result<GatewayConfig> r = ParseConfig("upstreams:\n  a: {base_url: mock, api_key_file: empty.key}\n", file);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("upstreams.a.api_key_file: the key file is empty"), std::string::npos);
  r = ParseConfig("upstreams:\n  a: {base_url: mock, api_key_file: bad.key}\n", file);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("control characters"), std::string::npos);
  EXPECT_EQ(r.status().message().find("sk-fake"), std::string::npos);
  r = ParseConfig("upstreams:\n  a: {base_url: mock, api_key_file: missing.key}\n", file);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("no such file: " + (dir.path() / "missing.key").string()), std::string::npos);
}

TEST(Loader, UpstreamUrls) {
  auto one = [](const std::string& url) {
    GatewayConfig c = MustParse("upstreams:\n  u: {base_url: \"" + url + "\", allow_plaintext: true}\n");
    return c.upstreams.count("u") ? c.upstreams.at("u") : UpstreamConfig{};
  };
  UpstreamConfig u = one("http://[::1]:8000/v1");
  EXPECT_EQ(u.host, "::1");
  EXPECT_EQ(u.port, 8000);
  EXPECT_EQ(u.base_path, "/v1");
  u = one("HTTPS://Example.COM");
  EXPECT_EQ(u.scheme, "https");
  EXPECT_EQ(u.host, "example.com");
  EXPECT_EQ(u.port, 443);
  u = one("http://vllm:8000");  // plaintext to a non-loopback host, allowed explicitly
  EXPECT_EQ(u.host, "vllm");
  EXPECT_EQ(u.port, 8000);
  // The only upstream defined becomes the default.
  EXPECT_EQ(MustParse("upstreams:\n  u: {base_url: \"http://localhost:1\"}\n").default_upstream, "u");
}

TEST(Loader, LoadConfigFile) {
  Result<GatewayConfig> r = LoadConfigFile("/nonexistent/dir/convoguard.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/dir/convoguard.yaml"), std::string::npos);
  TempDir dir;
  EXPECT_EQ(LoadConfigFile(dir.path().string()).status().code(), StatusCode::kInvalidArgument);
  dir.Write("cert.pem", "x");
  dir.Write("key.pem", "x");
  std::string path = dir.Write("convoguard.yaml",
                               "listeners:\n  - address: 0.0.0.0\n    tls: {cert_file: cert.pem, key_file: key.pem}\n"
                               "limits:\n  max_messages: 7\n");
  r = LoadConfigFile(path);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->source, path);
  EXPECT_EQ(r->limits.max_messages, 7u);
  EXPECT_EQ(r->listeners[0].tls->cert_file, (dir.path() / "cert.pem").string());
  dir.Write("convoguard.yaml", "limits:\n  max_mesages: 7\n");
  r = LoadConfigFile(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind(path + ":2:3: limits.max_mesages: unknown field (did you mean max_messages?)", 0),
            0u)
      << r.status().message();
}

TEST(Loader, TheShippedExampleLoads) {
  setenv("OPENAI_API_KEY", "sk-fake-for-the-example", 1);
  Result<GatewayConfig> r = LoadConfigFile(std::string(CONVOGUARD_SOURCE_DIR) + "/examples/convoguard.yaml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_GE(r->policies.size(), 2u);
  EXPECT_TRUE(r->policies.count("default"));
  EXPECT_FALSE(r->tenants.empty());
  EXPECT_FALSE(r->routes.empty());
  unsetenv("OPENAI_API_KEY");
}

TEST(Loader, StorageModesPerTenant) {
  auto c = ParseConfig("storage: {mode: redacted, transcript_retention_days: 30, audit_retention_days: 400}\n"
                       "tenants: {acme: {storage: full, metadata_retention_days: 90}}\n",
                       "s.yaml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->storage.audit_retention_days, 400u);
  EXPECT_EQ(c->tenants.at("acme").metadata_retention_days, 90u);
  EXPECT_FALSE(c->tenants.at("acme").transcript_retention_days.has_value());
  EXPECT_EQ(c->storage.mode, "redacted");
  EXPECT_EQ(c->storage.transcript_retention_days, 30u);
  EXPECT_EQ(c->tenants.at("acme").storage, "full");
  EXPECT_EQ(DefaultConfig().storage.mode, "metadata");
  auto bad = ParseConfig("storage: {mode: ful}\n", "s.yaml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("s.yaml:1:17: storage.mode: expected nothing, metadata, redacted or full"),
            std::string::npos)
      << bad.status().message();
  EXPECT_NE(bad.status().message().find("did you mean full"), std::string::npos) << bad.status().message();
}

TEST(Loader, StoreCommitDelay) {
  EXPECT_EQ(DefaultConfig().storage.commit_delay_ms, 10u);
  auto c = ParseConfig("storage: {commit_delay_ms: 0}\n", "s.yaml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->storage.commit_delay_ms, 0u);
  auto bad = ParseConfig("storage: {commit_delay_ms: 5000}\n", "s.yaml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("storage.commit_delay_ms"), std::string::npos) << bad.status().message();
}

TEST(Loader, AuditRetentionPerTenant) {
  auto c = ParseConfig("storage: {audit_retention_days: 400}\n"
                       "tenants:\n  acme: {audit_retention_days: 30}\n  globex: {storage: full}\n",
                       "s.yaml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->tenants.at("acme").audit_retention_days, 30u);
  EXPECT_FALSE(c->tenants.at("globex").audit_retention_days.has_value());  // storage.audit_retention_days
  for (const auto& [yaml, error] : std::vector<std::pair<std::string, std::string>>{
           {"tenants:\n  acme: {audit_retention_days: 36501}\n",
            "s.yaml:2:32: tenants.acme.audit_retention_days: out of range: expected an integer in 0..36500"},
           {"tenants:\n  acme: {audit_retention_days: -1}\n",
            "s.yaml:2:32: tenants.acme.audit_retention_days: expected an integer in 0..36500, got \"-1\""},
           {"tenants:\n  acme: {audit_retention_days: [1]}\n",
            "s.yaml:2:32: tenants.acme.audit_retention_days: expected an integer in 0..36500"},
           {"tenants:\n  acme: {audit_retention: 3}\n", "s.yaml:2:10: tenants.acme.audit_retention: unknown"}}) {
    auto bad = ParseConfig(yaml, "s.yaml");
    ASSERT_FALSE(bad.ok()) << yaml;
    EXPECT_NE(bad.status().message().find(error), std::string::npos) << bad.status().message();
  }
}

}  // namespace
}  // namespace convoguard::config
