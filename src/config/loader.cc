// YAML -> GatewayConfig. yaml-cpp parses; this file walks the node tree
// against the schema (docs/config.md), so every error can name the file, the
// line and column (YAML::Mark) and the field path. yaml-cpp throws: every
// call into it happens inside ParseConfig's try block.
//
// Scalars are converted here rather than with Node::as<T>(): as<> accepts
// "0x10", wraps "-1" into a huge unsigned and reports no field name.
#include <arpa/inet.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "config/gateway_config.h"
#include "config/suggest.h"
#include "convoguard/analyzer.h"

namespace convoguard::config {
namespace {

constexpr size_t kMaxConfigBytes = 4 << 20;
constexpr size_t kMaxApiKeyFileBytes = 64 << 10;
constexpr uint64_t kMaxTimeoutMs = 3600000;
constexpr size_t kMaxErrors = 20;

// A named-thing reference checked once everything is parsed.
struct Reference {
  enum Kind { kPolicy, kUpstream } kind;
  std::string name;
  std::string where;  // "file:line:col: path"
  YAML::Mark mark;
};

bool IsLoopbackHost(std::string_view host) {
  if (host == "localhost") return true;
  std::string h(host);
  in_addr v4{};
  if (inet_pton(AF_INET, h.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  if (inet_pton(AF_INET6, h.c_str(), &v6) == 1) return IN6_IS_ADDR_LOOPBACK(&v6);
  return false;
}

bool IsIpLiteral(const std::string& s) {
  in_addr v4{};
  in6_addr v6{};
  return inet_pton(AF_INET, s.c_str(), &v4) == 1 || inet_pton(AF_INET6, s.c_str(), &v6) == 1;
}

bool IsHttpToken(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s) {
    bool ok = std::isalnum(c) || std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
    if (!ok) return false;
  }
  return true;
}

bool HasControlChars(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Join(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

class Loader {
 public:
  Loader(std::string_view file, GatewayConfig* out) : file_(file), out_(out) {
    std::filesystem::path p(file_);
    base_dir_ = p.parent_path();
    known_entities_ = Analyzer::KnownEntityTypes();
  }

  Status Run(std::string_view yaml) {
    YAML::Node root = YAML::Load(std::string(yaml));
    // References are checked only when everything parsed: a policy with an
    // error would otherwise also show up as "unknown policy" wherever named.
    if (ParseRoot(root) && errors_.empty()) CheckReferences();
    if (errors_.empty()) return Status::Ok();
    // In file order, whatever order the sections were checked in.
    std::stable_sort(errors_.begin(), errors_.end(), [](const Error& a, const Error& b) {
      return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    std::string message;
    for (const Error& e : errors_) message += (message.empty() ? "" : "\n") + e.text;
    if (truncated_) message += "\n(more errors not shown)";
    return Status::InvalidArgument(std::move(message));
  }

 private:
  // --- errors -------------------------------------------------------------
  std::string Where(const YAML::Mark& mark) const {
    if (mark.is_null()) return file_;
    return file_ + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
  }
  bool Fail(const YAML::Node& node, const std::string& path, const std::string& what) {
    YAML::Mark mark = node.IsDefined() ? node.Mark() : YAML::Mark::null_mark();
    return FailAt(mark, Where(mark) + ": " + (path.empty() ? "top level" : path), what);
  }
  // Records an error and returns false. Parsing goes on with the next field
  // or entry, so one run reports up to kMaxErrors mistakes, one per line.
  bool FailAt(const YAML::Mark& mark, const std::string& where, const std::string& what) {
    if (errors_.size() < kMaxErrors) {
      errors_.push_back({mark.is_null() ? -1 : mark.line, mark.is_null() ? -1 : mark.column, where + ": " + what});
    } else {
      truncated_ = true;
    }
    return false;
  }

  // --- structure ----------------------------------------------------------
  // Absent children are yaml-cpp "zombie" nodes: every query but IsDefined()
  // throws on them, so test IsDefined() first.
  static bool IsMapNode(const YAML::Node& n) { return n.IsDefined() && n.IsMap(); }

  // A mapping, or null (treated as empty). Rejects duplicate keys and keys
  // outside `known` (an empty `known` accepts any key: name -> thing maps).
  bool CheckMap(const YAML::Node& node, const std::string& path, std::initializer_list<std::string_view> known) {
    if (!node.IsDefined() || node.IsNull()) return true;
    if (!IsMapNode(node)) return Fail(node, path, "expected a mapping");
    std::set<std::string, std::less<>> seen;
    bool ok = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
      const YAML::Node key = it->first;
      if (!key.IsScalar()) {
        ok = Fail(key, path, "keys must be plain strings");
        continue;
      }
      const std::string& k = key.Scalar();
      if (!seen.insert(k).second) {
        ok = Fail(key, Join(path, k), "duplicate key");
      } else if (known.size() != 0 && std::find(known.begin(), known.end(), k) == known.end()) {
        std::vector<std::string_view> names(known.begin(), known.end());
        ok = Fail(key, Join(path, k), "unknown field" + DidYouMean(k, names));
      }
    }
    return ok;
  }

  // Child of a checked mapping; an undefined node when absent (or `node` is
  // null). const operator[] never inserts; duplicates were rejected by CheckMap.
  static YAML::Node Child(const YAML::Node& node, std::string_view key) {
    if (IsMapNode(node)) return node[std::string(key)];
    const YAML::Node empty(YAML::NodeType::Map);
    return empty[std::string(key)];
  }

  // --- scalars --------------------------------------------------------------
  bool ReadString(const YAML::Node& n, const std::string& path, std::string* out, bool allow_empty = false) {
    if (!n.IsDefined()) return true;
    if (!n.IsScalar()) return Fail(n, path, "expected a string");
    if (!allow_empty && n.Scalar().empty()) return Fail(n, path, "must not be empty");
    if (n.Scalar().find('\0') != std::string::npos) return Fail(n, path, "must not contain NUL");
    *out = n.Scalar();
    return true;
  }

  template <typename T>
  bool ReadUint(const YAML::Node& n, const std::string& path, uint64_t min, uint64_t max, T* out) {
    if (!n.IsDefined()) return true;
    std::string range = " in " + std::to_string(min) + ".." + std::to_string(max);
    if (!n.IsScalar()) return Fail(n, path, "expected an integer" + range);
    const std::string& s = n.Scalar();
    uint64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    bool digits = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (ec == std::errc::result_out_of_range || (digits && (v < min || v > max))) {
      return Fail(n, path, "out of range: expected an integer" + range);
    }
    if (!digits || ec != std::errc() || end != s.data() + s.size()) {
      return Fail(n, path, "expected an integer" + range + ", got \"" + s + "\"");
    }
    *out = static_cast<T>(v);
    return true;
  }

  bool ReadScore(const YAML::Node& n, const std::string& path, double* out) {
    if (!n.IsDefined()) return true;
    if (!n.IsScalar()) return Fail(n, path, "expected a number in 0..1");
    const std::string& s = n.Scalar();
    double v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) {
      return Fail(n, path, "expected a number in 0..1, got \"" + s + "\"");
    }
    if (v < 0 || v > 1) return Fail(n, path, "out of range: expected a number in 0..1");
    *out = v;
    return true;
  }

  bool ReadBool(const YAML::Node& n, const std::string& path, bool* out) {
    if (!n.IsDefined()) return true;
    std::string s = n.IsScalar() ? Lower(n.Scalar()) : "";
    if (s == "true" || s == "yes" || s == "on") {
      *out = true;
    } else if (s == "false" || s == "no" || s == "off") {
      *out = false;
    } else {
      return Fail(n, path, "expected true or false");
    }
    return true;
  }

  // A file path: resolved against the config file's directory, must be a
  // readable regular file.
  bool ReadFile(const YAML::Node& n, const std::string& path, std::string* out) {
    if (!n.IsDefined()) return true;
    std::string raw;
    if (!ReadString(n, path, &raw)) return false;
    std::filesystem::path p(raw);
    if (p.is_relative()) p = base_dir_ / p;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(p, ec)) return Fail(n, path, "no such file: " + p.string());
    std::ifstream f(p);
    if (!f) return Fail(n, path, "cannot read file: " + p.string());
    *out = p.string();
    return true;
  }

  // --- sections -----------------------------------------------------------
  bool ParseRoot(const YAML::Node& root) {
    if (!root.IsDefined() || root.IsNull()) return true;  // empty file: defaults
    if (!IsMapNode(root)) return Fail(root, "", "expected a mapping");
    // Unknown top-level keys are reported, and the known sections still parsed.
    bool ok = CheckMap(root, "", {"data_dir", "listeners", "limits", "upstreams", "auth", "rate_limits", "policies",
                                  "tenants", "routes", "default_upstream", "storage", "logging"});
    if (YAML::Node n = Child(root, "data_dir"); n.IsDefined()) {
      std::string dir;
      if (ReadString(n, "data_dir", &dir)) {
        std::filesystem::path p(dir);
        out_->data_dir = (p.is_relative() ? base_dir_ / p : p).string();
      } else {
        ok = false;
      }
    }
    // Every section runs even after an error (no short-circuit).
    ok &= ParseListeners(Child(root, "listeners"));
    ok &= ParseLimits(Child(root, "limits"));
    ok &= ParseUpstreams(Child(root, "upstreams"), Child(root, "default_upstream"));
    ok &= ParseAuth(Child(root, "auth"));
    ok &= ParseRateLimits(Child(root, "rate_limits"), "rate_limits", &out_->rate_limits);
    ok &= ParsePolicies(Child(root, "policies"));
    ok &= ParseTenants(Child(root, "tenants"));
    ok &= ParseRoutes(Child(root, "routes"));
    ok &= ParseLogging(Child(root, "logging"));
    ok &= ParseStorage(Child(root, "storage"));
    return ok;
  }

  bool ParseListeners(const YAML::Node& n) {
    if (!n.IsDefined()) return true;
    if (!n.IsSequence()) return Fail(n, "listeners", "expected a list of listeners");
    if (n.size() == 0) return Fail(n, "listeners", "at least one listener is needed");
    out_->listeners.clear();
    std::set<std::string> endpoints;
    bool ok = true;
    for (size_t i = 0; i < n.size(); ++i) ok &= ParseListener(n[i], "listeners[" + std::to_string(i) + "]", &endpoints);
    return ok;
  }

  bool ParseListener(const YAML::Node& item, const std::string& path, std::set<std::string>* endpoints) {
    if (!IsMapNode(item)) return Fail(item, path, "expected a mapping");
    if (!CheckMap(item, path, {"address", "port", "tls", "allow_plaintext"})) return false;
    ListenerConfig l;
    l.location = Where(item.Mark());
    YAML::Node address = Child(item, "address");
    if (!ReadString(address, path + ".address", &l.address)) return false;
    if (!IsIpLiteral(l.address)) {
      return Fail(address, path + ".address", "expected an IPv4 or IPv6 address (e.g. 127.0.0.1, 0.0.0.0, ::)");
    }
    if (!ReadUint(Child(item, "port"), path + ".port", 0, 65535, &l.port)) return false;
    if (!ReadBool(Child(item, "allow_plaintext"), path + ".allow_plaintext", &l.allow_plaintext)) return false;
    if (YAML::Node tls = Child(item, "tls"); tls.IsDefined()) {
      if (!ParseTls(tls, path + ".tls", &l.tls.emplace())) return false;
    }
    if (!l.tls && !l.allow_plaintext && !IsLoopbackHost(l.address)) {
      return Fail(address.IsDefined() ? address : item, path + ".address",
                  "plain HTTP on a non-loopback address; configure tls or set allow_plaintext: true");
    }
    if (l.port != 0 && !endpoints->insert(l.address + "|" + std::to_string(l.port)).second) {
      return Fail(item, path, "another listener already uses " + l.address + " port " + std::to_string(l.port));
    }
    out_->listeners.push_back(std::move(l));
    return true;
  }

  bool ParseTls(const YAML::Node& n, const std::string& path, TlsConfig* tls) {
    if (!IsMapNode(n)) return Fail(n, path, "expected a mapping with cert_file and key_file");
    if (!CheckMap(n, path, {"cert_file", "key_file", "client_ca_file", "min_version"})) return false;
    if (!Child(n, "cert_file").IsDefined()) return Fail(n, path + ".cert_file", "required when tls is set");
    if (!Child(n, "key_file").IsDefined()) return Fail(n, path + ".key_file", "required when tls is set");
    if (!ReadFile(Child(n, "cert_file"), path + ".cert_file", &tls->cert_file) ||
        !ReadFile(Child(n, "key_file"), path + ".key_file", &tls->key_file) ||
        !ReadFile(Child(n, "client_ca_file"), path + ".client_ca_file", &tls->client_ca_file)) {
      return false;
    }
    if (YAML::Node v = Child(n, "min_version"); v.IsDefined()) {
      std::string s;
      if (!ReadString(v, path + ".min_version", &s)) return false;
      if (s == "1.2") {
        tls->min_version = TlsVersion::kTls12;
      } else if (s == "1.3") {
        tls->min_version = TlsVersion::kTls13;
      } else {
        return Fail(v, path + ".min_version", "expected \"1.2\" or \"1.3\"");
      }
    }
    return true;
  }

  bool ParseLimits(const YAML::Node& n) {
    bool ok = CheckMap(n, "limits", {"max_body_bytes", "max_header_bytes", "max_messages", "max_prompt_chars",
                                     "header_timeout_ms", "body_timeout_ms", "idle_timeout_ms", "max_connections",
                                     "threads"});
    Limits& l = out_->limits;
    ok &= ReadUint(Child(n, "max_body_bytes"), "limits.max_body_bytes", 1, 1ull << 30, &l.max_body_bytes);
    ok &= ReadUint(Child(n, "max_header_bytes"), "limits.max_header_bytes", 1024, 1 << 20, &l.max_header_bytes);
    ok &= ReadUint(Child(n, "max_messages"), "limits.max_messages", 1, 100000, &l.max_messages);
    ok &= ReadUint(Child(n, "max_prompt_chars"), "limits.max_prompt_chars", 1, 100000000, &l.max_prompt_chars);
    ok &= ReadUint(Child(n, "header_timeout_ms"), "limits.header_timeout_ms", 1, kMaxTimeoutMs, &l.header_timeout_ms);
    ok &= ReadUint(Child(n, "body_timeout_ms"), "limits.body_timeout_ms", 1, kMaxTimeoutMs, &l.body_timeout_ms);
    ok &= ReadUint(Child(n, "idle_timeout_ms"), "limits.idle_timeout_ms", 1, kMaxTimeoutMs, &l.idle_timeout_ms);
    ok &= ReadUint(Child(n, "max_connections"), "limits.max_connections", 1, 1000000, &l.max_connections);
    ok &= ReadUint(Child(n, "threads"), "limits.threads", 0, 1024, &l.threads);
    return ok;
  }

  bool ParseUpstreams(const YAML::Node& n, const YAML::Node& default_upstream) {
    size_t defined = 0;
    std::string only;
    bool ok = ForEachEntry(n, "upstreams", [&](const YAML::Node&, const YAML::Node& value, const std::string& name,
                                               const std::string& path) {
      ++defined;
      only = name;
      UpstreamConfig u;
      u.name = name;
      u.location = Where(value.Mark());
      if (!ParseUpstream(value, path, &u)) return false;
      out_->upstreams.insert_or_assign(name, std::move(u));
      return true;
    });
    if (default_upstream.IsDefined()) {
      if (!ReadString(default_upstream, "default_upstream", &out_->default_upstream)) return false;
      refs_.push_back({Reference::kUpstream, out_->default_upstream, Where(default_upstream.Mark()) + ": default_upstream",
                       default_upstream.Mark()});
    } else if (defined == 1) {
      out_->default_upstream = only;
    } else if (defined > 1) {
      return Fail(n, "default_upstream", "required when more than one upstream is defined");
    }
    return ok;
  }

  bool ParseUpstream(const YAML::Node& n, const std::string& path, UpstreamConfig* u) {
    if (!IsMapNode(n)) return Fail(n, path, "expected a mapping with base_url");
    if (YAML::Node inline_key = Child(n, "api_key"); inline_key.IsDefined()) {
      return Fail(inline_key, path + ".api_key", "inline API keys are not allowed; use api_key_env or api_key_file");
    }
    if (!CheckMap(n, path, {"base_url", "allow_plaintext", "api_key_env", "api_key_file", "api_key_header", "ca_file",
                            "client_cert_file", "client_key_file", "connect_timeout_ms", "first_byte_timeout_ms",
                            "idle_timeout_ms", "max_idle_connections", "headers"})) {
      return false;
    }
    YAML::Node url = Child(n, "base_url");
    if (!url.IsDefined()) return Fail(n, path + ".base_url", "required (an http(s):// URL or \"mock\")");
    if (!ReadString(url, path + ".base_url", &u->base_url)) return false;
    if (!ReadBool(Child(n, "allow_plaintext"), path + ".allow_plaintext", &u->allow_plaintext)) return false;
    if (!ParseBaseUrl(url, path + ".base_url", u)) return false;

    YAML::Node env = Child(n, "api_key_env"), file = Child(n, "api_key_file");
    if (env.IsDefined() && file.IsDefined()) {
      return Fail(file, path + ".api_key_file", "give api_key_env or api_key_file, not both");
    }
    if (!ReadString(Child(n, "api_key_header"), path + ".api_key_header", &u->api_key_header)) return false;
    u->api_key_header = Lower(u->api_key_header);
    if (!IsHttpToken(u->api_key_header)) return Fail(Child(n, "api_key_header"), path + ".api_key_header", "not a valid header name");
    if (env.IsDefined()) {
      if (!ReadString(env, path + ".api_key_env", &u->api_key_env)) return false;
      const char* value = std::getenv(u->api_key_env.c_str());
      if (value == nullptr || *value == '\0') {
        return Fail(env, path + ".api_key_env", "environment variable " + u->api_key_env + " is not set");
      }
      u->api_key = value;
    }
    if (file.IsDefined()) {
      if (!ReadFile(file, path + ".api_key_file", &u->api_key_file)) return false;
      std::ifstream f(u->api_key_file, std::ios::binary);
      std::string key(kMaxApiKeyFileBytes + 1, '\0');
      f.read(key.data(), static_cast<std::streamsize>(key.size()));
      key.resize(static_cast<size_t>(f.gcount()));
      if (key.size() > kMaxApiKeyFileBytes) return Fail(file, path + ".api_key_file", "file is larger than 64 KiB");
      while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.pop_back();
      size_t start = 0;
      while (start < key.size() && std::isspace(static_cast<unsigned char>(key[start]))) ++start;
      u->api_key = key.substr(start);
      if (u->api_key.empty()) return Fail(file, path + ".api_key_file", "the key file is empty");
    }
    // The key goes into a header; the message never shows the key itself.
    if (HasControlChars(u->api_key)) {
      return Fail(env.IsDefined() ? env : file, path + (env.IsDefined() ? ".api_key_env" : ".api_key_file"),
                  "the API key contains control characters");
    }

    if (!ReadFile(Child(n, "ca_file"), path + ".ca_file", &u->ca_file) ||
        !ReadFile(Child(n, "client_cert_file"), path + ".client_cert_file", &u->client_cert_file) ||
        !ReadFile(Child(n, "client_key_file"), path + ".client_key_file", &u->client_key_file)) {
      return false;
    }
    if (u->client_cert_file.empty() != u->client_key_file.empty()) {
      return Fail(n, path, "client_cert_file and client_key_file go together");
    }
    if (!ReadUint(Child(n, "connect_timeout_ms"), path + ".connect_timeout_ms", 1, kMaxTimeoutMs, &u->connect_timeout_ms) ||
        !ReadUint(Child(n, "first_byte_timeout_ms"), path + ".first_byte_timeout_ms", 1, kMaxTimeoutMs,
                  &u->first_byte_timeout_ms) ||
        !ReadUint(Child(n, "idle_timeout_ms"), path + ".idle_timeout_ms", 1, kMaxTimeoutMs, &u->idle_timeout_ms) ||
        !ReadUint(Child(n, "max_idle_connections"), path + ".max_idle_connections", 0, 100000,
                  &u->max_idle_connections)) {
      return false;
    }
    return ParseHeaders(Child(n, "headers"), path + ".headers", u);
  }

  // Hand-written: Boost 1.74 has no Boost.URL, and only this much is allowed:
  // scheme://host[:port][/path], no credentials, query or fragment.
  bool ParseBaseUrl(const YAML::Node& n, const std::string& path, UpstreamConfig* u) {
    const std::string& url = u->base_url;
    if (url == "mock") {
      u->mock = true;
      return true;
    }
    u->mock = false;
    std::string lower = Lower(url);
    std::string_view rest;
    if (lower.starts_with("https://")) {
      u->scheme = "https";
      rest = std::string_view(url).substr(8);
    } else if (lower.starts_with("http://")) {
      u->scheme = "http";
      rest = std::string_view(url).substr(7);
    } else {
      return Fail(n, path, "expected an http:// or https:// URL, or \"mock\"");
    }
    if (HasControlChars(url) || url.find(' ') != std::string::npos) return Fail(n, path, "URL contains spaces or control characters");
    if (rest.find_first_of("?#") != std::string_view::npos) return Fail(n, path, "URL must not have a query or fragment");
    size_t slash = rest.find('/');
    std::string_view authority = rest.substr(0, slash);
    std::string_view base = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
    if (authority.find('@') != std::string_view::npos) {
      return Fail(n, path, "credentials in the URL are not allowed; use api_key_env or api_key_file");
    }
    std::string_view host = authority, port;
    bool has_port = false;
    if (authority.starts_with("[")) {
      size_t close = authority.find(']');
      if (close == std::string_view::npos) return Fail(n, path, "unterminated IPv6 address");
      host = authority.substr(1, close - 1);
      std::string_view after = authority.substr(close + 1);
      if (!after.empty() && !after.starts_with(":")) return Fail(n, path, "unexpected text after the IPv6 address");
      has_port = !after.empty();
      if (has_port) port = after.substr(1);
      in6_addr v6{};
      if (inet_pton(AF_INET6, std::string(host).c_str(), &v6) != 1) return Fail(n, path, "invalid IPv6 address");
    } else {
      if (size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
        has_port = true;
      }
      for (char c : host) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_')) {
          return Fail(n, path, "invalid host name");
        }
      }
    }
    if (host.empty()) return Fail(n, path, "URL has no host");
    u->host = Lower(host);
    u->port = u->scheme == "https" ? 443 : 80;
    if (has_port) {
      unsigned v = 0;
      auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), v);
      if (port.empty() || ec != std::errc() || end != port.data() + port.size() || v == 0 || v > 65535) {
        return Fail(n, path, "invalid port");
      }
      u->port = static_cast<uint16_t>(v);
    }
    u->base_path = std::string(base);
    while (!u->base_path.empty() && u->base_path.back() == '/') u->base_path.pop_back();
    if (u->scheme == "http" && !u->allow_plaintext && !IsLoopbackHost(u->host)) {
      return Fail(n, path, "plain http:// to a non-loopback host sends prompts and keys in clear; use https:// or set allow_plaintext: true");
    }
    return true;
  }

  bool ParseHeaders(const YAML::Node& n, const std::string& path, UpstreamConfig* u) {
    if (!n.IsDefined()) return true;
    if (!CheckMap(n, path, {})) return false;
    if (!IsMapNode(n)) return true;
    static const std::set<std::string, std::less<>> kReserved = {"host", "content-length", "transfer-encoding",
                                                                  "connection", "upgrade", "te", "trailer",
                                                                  "keep-alive", "proxy-connection"};
    std::set<std::string> seen;
    for (auto it = n.begin(); it != n.end(); ++it) {
      std::string name = Lower(it->first.Scalar());
      std::string hpath = Join(path, it->first.Scalar());
      if (!IsHttpToken(name)) return Fail(it->first, hpath, "not a valid header name");
      if (kReserved.count(name) || name == u->api_key_header) {
        return Fail(it->first, hpath, "this header is set by the gateway and cannot be configured");
      }
      if (!seen.insert(name).second) return Fail(it->first, hpath, "duplicate header (names are case-insensitive)");
      std::string value;
      if (!ReadString(it->second, hpath, &value, /*allow_empty=*/true)) return false;
      if (HasControlChars(value)) return Fail(it->second, hpath, "header values must not contain control characters");
      u->headers.emplace_back(std::move(name), std::move(value));
    }
    return true;
  }

  bool ParseAuth(const YAML::Node& n) {
    return CheckMap(n, "auth", {"require_api_key"}) &&
           ReadBool(Child(n, "require_api_key"), "auth.require_api_key", &out_->auth.require_api_key);
  }

  bool ParseRateLimits(const YAML::Node& n, const std::string& path, RateLimits* r) {
    return CheckMap(n, path, {"requests_per_minute", "tokens_per_minute"}) &&
           ReadUint(Child(n, "requests_per_minute"), path + ".requests_per_minute", 0, 1000000000, &r->requests_per_minute) &&
           ReadUint(Child(n, "tokens_per_minute"), path + ".tokens_per_minute", 0, 1000000000000ull, &r->tokens_per_minute);
  }

  bool ValidName(const YAML::Node& key, const std::string& path) {
    const std::string& s = key.Scalar();
    bool ok = !s.empty() && s.size() <= 128 && std::all_of(s.begin(), s.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
    });
    return ok || Fail(key, path, "names use letters, digits, '_', '-' and '.' (at most 128)");
  }

  bool ParsePolicies(const YAML::Node& n) {
    return ForEachEntry(n, "policies", [&](const YAML::Node& key, const YAML::Node& value, const std::string& name,
                                           const std::string& path) {
      PolicyConfig p;
      p.name = name;
      p.location = Where(value.Mark());
      if (!ValidName(key, path) || !ParsePolicy(value, path, &p)) return false;
      out_->policies.insert_or_assign(name, std::move(p));
      return true;
    });
  }

  bool ParsePolicy(const YAML::Node& n, const std::string& path, PolicyConfig* p) {
    if (!CheckMap(n, path, {"fail_mode", "threshold", "exempt_system_prompt", "input", "tool_results", "output"})) {
      return false;
    }
    if (YAML::Node fm = Child(n, "fail_mode"); fm.IsDefined()) {
      std::string s;
      if (!ReadString(fm, path + ".fail_mode", &s)) return false;
      if (s == "closed") {
        p->fail_mode = FailMode::kClosed;
      } else if (s == "open") {
        p->fail_mode = FailMode::kOpen;
      } else {
        return Fail(fm, path + ".fail_mode", "expected closed or open" + DidYouMean(s, {"closed", "open"}));
      }
    }
    bool ok = true;
    ok &= ReadScore(Child(n, "threshold"), path + ".threshold", &p->threshold);
    ok &= ReadBool(Child(n, "exempt_system_prompt"), path + ".exempt_system_prompt", &p->exempt_system_prompt);
    ok &= ParseDirection(Child(n, "input"), path + ".input", &p->input);
    p->tool_results = p->input;
    ok &= ParseDirection(Child(n, "tool_results"), path + ".tool_results", &p->tool_results);
    ok &= ParseDirection(Child(n, "output"), path + ".output", &p->output);
    // The default DATE_TIME and LOCATION thresholds (kDefaultEntityThresholds)
    // only ever raise what a direction would use otherwise: where the file
    // does not write the type, a stricter `thresholds: {pii: ...}` or policy
    // `threshold` wins ("threshold: 0.9" leaves dates of birth, 0.85, alone).
    for (const auto& [type, threshold] : kDefaultEntityThresholds) {
      auto wrote = [&, type = type](const char* dir) {
        const YAML::Node t = Child(Child(n, dir), "thresholds");
        return IsMapNode(t) && t[type].IsDefined();
      };
      auto raise = [&, type = type, threshold = threshold](DirectionPolicy* d, bool written) {
        if (written) return;
        auto pii = d->thresholds.find("pii");
        const double base = pii != d->thresholds.end() ? pii->second : p->threshold;
        d->thresholds[type] = std::max(threshold, base);
      };
      raise(&p->input, wrote("input"));
      raise(&p->tool_results, wrote("input") || wrote("tool_results"));
      raise(&p->output, wrote("output"));
    }
    return ok;
  }

  static bool IsScoreDetector(std::string_view name) {
    return std::find(std::begin(kScoreDetectors), std::end(kScoreDetectors), name) != std::end(kScoreDetectors);
  }
  static bool IsDetector(std::string_view name) {
    return IsScoreDetector(name) ||
           std::find(std::begin(kSpanDetectors), std::end(kSpanDetectors), name) != std::end(kSpanDetectors);
  }
  std::vector<std::string_view> DetectorNames() const {
    std::vector<std::string_view> v(std::begin(kSpanDetectors), std::end(kSpanDetectors));
    v.insert(v.end(), std::begin(kScoreDetectors), std::end(kScoreDetectors));
    return v;
  }
  bool IsEntity(std::string_view name) const {
    return std::binary_search(known_entities_.begin(), known_entities_.end(), name, std::less<>());
  }

  bool ReadAction(const YAML::Node& n, const std::string& path, bool score_detector, Action* out) {
    std::string s;
    if (!ReadString(n, path, &s)) return false;
    std::optional<Action> a = ParseAction(s);
    if (!a) {
      return Fail(n, path, "unknown action \"" + s + "\"; expected block, pseudonymize, redact, allow or log_only" +
                               DidYouMean(s, {"block", "pseudonymize", "redact", "allow", "log_only"}));
    }
    if (score_detector && (*a == Action::kPseudonymize || *a == Action::kRedact)) {
      return Fail(n, path, "a score detector's action is block, log_only or allow");
    }
    *out = *a;
    return true;
  }

  bool ParseDirection(const YAML::Node& n, const std::string& path, DirectionPolicy* d) {
    if (!n.IsDefined()) return true;
    bool ok = CheckMap(n, path, {"default_action", "detectors", "entities", "thresholds"});
    if (YAML::Node a = Child(n, "default_action"); a.IsDefined()) {
      ok &= ReadAction(a, path + ".default_action", false, &d->default_action);
    }
    // Each entry on its own: a bad one is reported and the rest still checked.
    ok &= ForEachEntry(Child(n, "detectors"), path + ".detectors", [&](const YAML::Node& key, const YAML::Node& value,
                                                                      const std::string& k, const std::string& kpath) {
      if (!IsDetector(k)) {
        std::string hint = DidYouMean(k, DetectorNames());
        if (hint.empty() && IsEntity(k)) hint = " (" + k + " is an entity type: put it under entities)";
        return Fail(key, kpath, "unknown detector" + hint);
      }
      Action a{};
      if (!ReadAction(value, kpath, IsScoreDetector(k), &a)) return false;
      d->detectors[k] = a;
      return true;
    });
    ok &= ForEachEntry(Child(n, "entities"), path + ".entities", [&](const YAML::Node& key, const YAML::Node& value,
                                                                    const std::string& k, const std::string& kpath) {
      if (!IsEntity(k)) return Fail(key, kpath, "unknown entity type" + EntityHint(k));
      Action a{};
      if (!ReadAction(value, kpath, false, &a)) return false;
      d->entities[k] = a;
      return true;
    });
    ok &= ForEachEntry(Child(n, "thresholds"), path + ".thresholds", [&](const YAML::Node& key, const YAML::Node& value,
                                                                        const std::string& k, const std::string& kpath) {
      if (!IsEntity(k) && !IsDetector(k)) {
        std::vector<std::string_view> names = DetectorNames();
        names.insert(names.end(), known_entities_.begin(), known_entities_.end());
        return Fail(key, kpath, "unknown entity type or detector" + DidYouMean(k, names));
      }
      double v = 0;
      if (!ReadScore(value, kpath, &v)) return false;
      d->thresholds[k] = v;
      return true;
    });
    return ok;
  }

  // Runs fn(key node, value node, key, "path.key") for every entry of a
  // name -> value mapping (null = empty); false if the map or any entry failed.
  template <typename Fn>
  bool ForEachEntry(const YAML::Node& map, const std::string& path, Fn fn) {
    if (!CheckMap(map, path, {})) return false;
    if (!IsMapNode(map)) return true;
    bool ok = true;
    for (auto it = map.begin(); it != map.end(); ++it) {
      const YAML::Node key = it->first;
      const YAML::Node value = it->second;
      const std::string k = key.Scalar();
      ok &= fn(key, value, k, Join(path, k));
    }
    return ok;
  }

  std::string EntityHint(const std::string& k) const {
    // A detector's name first: "pii" is a detector, not a misspelt PIN.
    if (IsDetector(k)) return " (" + k + " is a detector: put it under detectors)";
    std::vector<std::string_view> names(known_entities_.begin(), known_entities_.end());
    return DidYouMean(k, names);
  }

  bool ParseTenants(const YAML::Node& n) {
    return ForEachEntry(n, "tenants", [&](const YAML::Node& key, const YAML::Node& v, const std::string& name,
                                          const std::string& path) {
      if (!ValidName(key, path) ||
          !CheckMap(v, path, {"policy", "upstream", "rate_limits", "storage", "transcript_retention_days",
                              "metadata_retention_days", "audit_retention_days"})) {
        return false;
      }
      TenantConfig t;
      t.name = name;
      bool ok = ReadRef(Child(v, "policy"), path + ".policy", Reference::kPolicy, &t.policy);
      ok &= ReadStorageMode(Child(v, "storage"), path + ".storage", &t.storage);
      for (auto [field, dst] : {std::pair{"transcript_retention_days", &t.transcript_retention_days},
                                std::pair{"metadata_retention_days", &t.metadata_retention_days},
                                std::pair{"audit_retention_days", &t.audit_retention_days}}) {
        if (YAML::Node r = Child(v, field); r.IsDefined()) {
          uint32_t days = 0;
          ok &= ReadUint(r, path + "." + field, 0, 36500, &days);
          *dst = days;
        }
      }
      ok &= ReadRef(Child(v, "upstream"), path + ".upstream", Reference::kUpstream, &t.upstream);
      if (YAML::Node r = Child(v, "rate_limits"); r.IsDefined()) {
        t.rate_limits = out_->rate_limits;  // unspecified fields inherit the global limits
        ok &= ParseRateLimits(r, path + ".rate_limits", &*t.rate_limits);
      }
      out_->tenants.emplace(name, std::move(t));
      return ok;
    });
  }

  bool ParseRoutes(const YAML::Node& n) {
    return ForEachEntry(n, "routes", [&](const YAML::Node& key, const YAML::Node& v, const std::string& p,
                                         const std::string& path) {
      size_t star = p.find('*');
      if (!p.starts_with("/") || HasControlChars(p) || p.find_first_of(" ?#") != std::string::npos ||
          (star != std::string::npos && star != p.size() - 1)) {
        return Fail(key, path, "a route is a path starting with '/', optionally ending in '*'");
      }
      if (!CheckMap(v, path, {"policy", "upstream"})) return false;
      RouteConfig r;
      r.path = p;
      bool ok = ReadRef(Child(v, "policy"), path + ".policy", Reference::kPolicy, &r.policy);
      ok &= ReadRef(Child(v, "upstream"), path + ".upstream", Reference::kUpstream, &r.upstream);
      out_->routes.push_back(std::move(r));
      return ok;
    });
  }

  bool ReadRef(const YAML::Node& n, const std::string& path, Reference::Kind kind, std::string* out) {
    if (!n.IsDefined()) return true;
    if (!ReadString(n, path, out)) return false;
    refs_.push_back({kind, *out, Where(n.Mark()) + ": " + path, n.Mark()});
    return true;
  }

  bool ReadStorageMode(const YAML::Node& n, const std::string& path, std::string* out) {
    if (!n.IsDefined()) return true;
    if (!ReadString(n, path, out)) return false;
    static const std::vector<std::string_view> kModes = {"nothing", "metadata", "redacted", "full"};
    if (std::find(kModes.begin(), kModes.end(), *out) == kModes.end()) {
      return Fail(n, path, "expected nothing, metadata, redacted or full" + DidYouMean(*out, kModes));
    }
    return true;
  }

  bool ParseStorage(const YAML::Node& n) {
    if (!n.IsDefined()) return true;
    if (!CheckMap(n, "storage", {"mode", "transcript_retention_days", "metadata_retention_days", "audit_retention_days",
                                 "maintenance_interval_seconds", "commit_delay_ms", "postgres_conninfo"})) {
      return false;
    }
    StorageConfig& st = out_->storage;
    bool ok = ReadStorageMode(Child(n, "mode"), "storage.mode", &st.mode);
    ok &= ReadUint(Child(n, "transcript_retention_days"), "storage.transcript_retention_days", 0, 36500,
                   &st.transcript_retention_days);
    ok &= ReadUint(Child(n, "metadata_retention_days"), "storage.metadata_retention_days", 0, 36500,
                   &st.metadata_retention_days);
    ok &= ReadUint(Child(n, "audit_retention_days"), "storage.audit_retention_days", 0, 36500, &st.audit_retention_days);
    ok &= ReadUint(Child(n, "maintenance_interval_seconds"), "storage.maintenance_interval_seconds", 1, 86400,
                   &st.maintenance_interval_seconds);
    ok &= ReadUint(Child(n, "commit_delay_ms"), "storage.commit_delay_ms", 0, 1000, &st.commit_delay_ms);
    ok &= ReadString(Child(n, "postgres_conninfo"), "storage.postgres_conninfo", &st.postgres_conninfo);
    return ok;
  }

  bool ParseLogging(const YAML::Node& n) {
    if (!CheckMap(n, "logging", {"level"})) return false;
    YAML::Node level = Child(n, "level");
    if (!ReadString(level, "logging.level", &out_->logging.level)) return false;
    static const std::vector<std::string_view> kLevels = {"trace", "debug", "info", "warn", "error", "off"};
    if (std::find(kLevels.begin(), kLevels.end(), out_->logging.level) == kLevels.end()) {
      return Fail(level, "logging.level",
                  "expected trace, debug, info, warn, error or off" + DidYouMean(out_->logging.level, kLevels));
    }
    return true;
  }

  bool CheckReferences() {
    for (const Reference& r : refs_) {
      std::vector<std::string_view> names;
      bool found = false;
      if (r.kind == Reference::kPolicy) {
        found = out_->policies.count(r.name) != 0;
        for (const auto& [k, v] : out_->policies) names.push_back(k);
      } else {
        found = out_->upstreams.count(r.name) != 0;
        for (const auto& [k, v] : out_->upstreams) names.push_back(k);
      }
      if (!found) {
        FailAt(r.mark, r.where, std::string(r.kind == Reference::kPolicy ? "unknown policy \"" : "unknown upstream \"") +
                            r.name + "\"" + DidYouMean(r.name, names));
      }
    }
    return errors_.empty();
  }

  std::string file_;
  std::filesystem::path base_dir_;
  GatewayConfig* out_;
  std::vector<std::string> known_entities_;  // sorted
  std::vector<Reference> refs_;
  struct Error {
    int line, column;  // -1 when unknown
    std::string text;
  };
  std::vector<Error> errors_;
  bool truncated_ = false;
};

// yaml-cpp reports a tab in indentation as some other syntax error; name the
// likely cause: the first line up to the error's whose indentation has a tab.
std::string TabHint(std::string_view yaml, int error_line) {
  int line = 0;
  size_t pos = 0;
  while (pos < yaml.size() && line <= error_line) {
    size_t end = yaml.find('\n', pos);
    if (end == std::string_view::npos) end = yaml.size();
    std::string_view text = yaml.substr(pos, end - pos);
    size_t indent = text.find_first_not_of(" \t");
    if (text.substr(0, indent).find('\t') != std::string_view::npos) {
      return " (line " + std::to_string(line + 1) + " is indented with a tab; YAML allows only spaces)";
    }
    pos = end + 1;
    ++line;
  }
  return "";
}

}  // namespace

Result<GatewayConfig> ParseConfig(std::string_view yaml, std::string_view file_name_for_errors) {
  std::string file(file_name_for_errors.empty() ? "<config>" : file_name_for_errors);
  if (yaml.size() > kMaxConfigBytes) {
    return Status::InvalidArgument(file + ": larger than 4 MiB; not a config file?");
  }
  GatewayConfig config = DefaultConfig();
  config.source = file;
  try {
    Loader loader(file, &config);
    if (Status s = loader.Run(yaml); !s.ok()) return s;
  } catch (const YAML::Exception& e) {
    std::string where = file;
    if (!e.mark.is_null()) where += ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1);
    return Status::InvalidArgument(where + ": YAML syntax error: " + e.msg +
                                   TabHint(yaml, e.mark.is_null() ? 1 << 30 : e.mark.line));
  } catch (const std::exception& e) {
    return Status::InvalidArgument(file + ": cannot parse: " + e.what());
  }
  return config;
}

Result<GatewayConfig> LoadConfigFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such config file");
  if (!std::filesystem::is_regular_file(path, ec)) return Status::InvalidArgument(path + ": not a regular file");
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::InvalidArgument(path + ": cannot read the config file");
  std::string text(kMaxConfigBytes + 1, '\0');
  f.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(f.gcount()));
  if (f.bad()) return Status::InvalidArgument(path + ": cannot read the config file");
  return ParseConfig(text, path);
}

}  // namespace convoguard::config
