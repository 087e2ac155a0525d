// The parts of the config model that need no YAML: names, defaults, lookups.
#include "config/gateway_config.h"

#include <cstdlib>

namespace convoguard::config {

const char* ActionName(Action action) {
  switch (action) {
    case Action::kBlock: return "block";
    case Action::kPseudonymize: return "pseudonymize";
    case Action::kRedact: return "redact";
    case Action::kAllow: return "allow";
    case Action::kLogOnly: return "log_only";
  }
  return "block";
}

std::optional<Action> ParseAction(std::string_view name) {
  if (name == "block") return Action::kBlock;
  if (name == "pseudonymize") return Action::kPseudonymize;
  if (name == "redact") return Action::kRedact;
  if (name == "allow") return Action::kAllow;
  if (name == "log_only" || name == "log-only") return Action::kLogOnly;
  return std::nullopt;
}

const char* DirectionName(Direction direction) {
  switch (direction) {
    case Direction::kInput: return "input";
    case Direction::kToolResult: return "tool_results";
    case Direction::kOutput: return "output";
  }
  return "input";
}

DirectionPolicy DefaultInputPolicy() {
  DirectionPolicy p;
  p.default_action = Action::kPseudonymize;
  // No "pii" entry: PII types fall through to default_action.
  p.detectors = {{"secrets", Action::kBlock},          {"invisible_text", Action::kRedact},
                 {"prompt_injection", Action::kBlock}, {"jailbreak", Action::kBlock},
                 {"harmful_request", Action::kBlock},  {"system_prompt_leak", Action::kAllow}};
  for (const auto& [type, threshold] : kDefaultEntityThresholds) p.thresholds[type] = threshold;
  for (const auto& [type, action] : kDefaultEntityActions) p.entities[type] = action;
  return p;
}

DirectionPolicy DefaultOutputPolicy() {
  DirectionPolicy p;
  p.default_action = Action::kRedact;
  p.detectors = {{"secrets", Action::kBlock},            {"invisible_text", Action::kRedact},
                 {"system_prompt_leak", Action::kBlock}, {"prompt_injection", Action::kLogOnly},
                 {"jailbreak", Action::kLogOnly},        {"harmful_request", Action::kLogOnly}};
  for (const auto& [type, threshold] : kDefaultEntityThresholds) p.thresholds[type] = threshold;
  for (const auto& [type, action] : kDefaultEntityActions) p.entities[type] = action;
  return p;
}

GatewayConfig DefaultConfig() {
  GatewayConfig c;
  if (const char* dir = std::getenv("CONVOGUARD_DATA_DIR"); dir != nullptr && *dir != '\0') c.data_dir = dir;
  UpstreamConfig mock;
  mock.name = "mock";
  c.upstreams.emplace("mock", std::move(mock));
  PolicyConfig policy;
  policy.name = "default";
  c.policies.emplace("default", std::move(policy));
  return c;
}

const RouteConfig* MatchRoute(const std::vector<RouteConfig>& routes, std::string_view path, RouteField field) {
  if (size_t q = path.find('?'); q != std::string_view::npos) path = path.substr(0, q);
  const RouteConfig* best = nullptr;
  size_t best_prefix = 0;
  for (const RouteConfig& r : routes) {
    if ((field == RouteField::kPolicy && r.policy.empty()) || (field == RouteField::kUpstream && r.upstream.empty())) {
      continue;
    }
    std::string_view p = r.path;
    if (!p.empty() && p.back() == '*') {
      std::string_view prefix = p.substr(0, p.size() - 1);
      if (path.starts_with(prefix) && (best == nullptr || prefix.size() > best_prefix)) {
        best = &r;
        best_prefix = prefix.size();
      }
    } else if (p == path) {
      return &r;  // exact beats any prefix
    }
  }
  return best;
}

const UpstreamConfig* UpstreamFor(const GatewayConfig& config, std::string_view tenant, std::string_view path) {
  std::string_view name = config.default_upstream;
  if (const RouteConfig* r = MatchRoute(config.routes, path, RouteField::kUpstream); r != nullptr) {
    name = r->upstream;
  } else if (auto t = config.tenants.find(tenant); t != config.tenants.end() && !t->second.upstream.empty()) {
    name = t->second.upstream;
  }
  auto u = config.upstreams.find(name);
  return u == config.upstreams.end() ? nullptr : &u->second;
}

const RateLimits& RateLimitsFor(const GatewayConfig& config, std::string_view tenant) {
  if (auto t = config.tenants.find(tenant); t != config.tenants.end() && t->second.rate_limits) {
    return *t->second.rate_limits;
  }
  return config.rate_limits;
}

}  // namespace convoguard::config
