#include "policy/policy.h"

#include <algorithm>
#include <cmath>

#include "convoguard/analyzer.h"

namespace convoguard::policy {
namespace {

using config::kScoreDetectors;
using config::kSpanDetectors;

bool IsScoreDetector(std::string_view name) {
  return std::find(std::begin(kScoreDetectors), std::end(kScoreDetectors), name) != std::end(kScoreDetectors);
}
bool IsSpanDetector(std::string_view name) {
  return std::find(std::begin(kSpanDetectors), std::end(kSpanDetectors), name) != std::end(kSpanDetectors);
}

std::string PolicyCode(std::string_view detector, std::string_view entity) {
  std::string code = "policy_violation.";
  code += detector;
  if (!entity.empty()) {
    code += '.';
    code += entity;
  }
  return code;
}

}  // namespace

Result<Policy> Policy::Create(const config::PolicyConfig& config) {
  const std::vector<std::string> known = Analyzer::KnownEntityTypes();
  auto is_entity = [&](std::string_view t) { return std::binary_search(known.begin(), known.end(), t, std::less<>()); };
  auto bad = [&](config::Direction d, std::string_view what) {
    return Status::InvalidArgument("policy " + config.name + ": " + config::DirectionName(d) + ": " +
                                   std::string(what));
  };
  auto valid_score = [](double v) { return v >= 0 && v <= 1; };  // false for NaN
  if (!valid_score(config.threshold)) {
    return Status::InvalidArgument("policy " + config.name + ": threshold must be in 0..1");
  }

  Policy p;
  p.name_ = config.name;
  p.fail_mode_ = config.fail_mode;
  p.exempt_system_prompt_ = config.exempt_system_prompt;
  for (config::Direction d : {config::Direction::kInput, config::Direction::kToolResult, config::Direction::kOutput}) {
    const config::DirectionPolicy& dp = config.For(d);
    for (const auto& [name, action] : dp.detectors) {
      if (!IsSpanDetector(name) && !IsScoreDetector(name)) return bad(d, "unknown detector " + name);
      if (IsScoreDetector(name) && (action == Action::kPseudonymize || action == Action::kRedact)) {
        return bad(d, "detector " + name + ": a score detector's action is block, log_only or allow");
      }
    }
    for (const auto& [name, action] : dp.entities) {
      if (!is_entity(name)) return bad(d, "unknown entity type " + name);
    }
    for (const auto& [name, value] : dp.thresholds) {
      if (!is_entity(name) && !IsSpanDetector(name) && !IsScoreDetector(name)) {
        return bad(d, "threshold for unknown entity type or detector " + name);
      }
      if (!valid_score(value)) return bad(d, "threshold for " + name + " must be in 0..1");
    }

    auto threshold_of = [&](std::string_view key, double fallback) {
      auto it = dp.thresholds.find(key);
      return it == dp.thresholds.end() ? fallback : it->second;
    };
    PerDirection& out = p.directions_[static_cast<int>(d)];
    out.default_action = dp.default_action;
    out.default_threshold = config.threshold;
    out.min_threshold = config.threshold;
    for (std::string_view name : kSpanDetectors) {
      auto it = dp.detectors.find(name);
      Rule r{it == dp.detectors.end() ? dp.default_action : it->second, threshold_of(name, config.threshold),
             nullptr};
      out.detectors.emplace(std::string(name), r);
      out.min_threshold = std::min(out.min_threshold, r.threshold);
    }
    for (std::string_view name : kScoreDetectors) {
      auto it = dp.detectors.find(name);
      out.detectors.emplace(std::string(name), Rule{it == dp.detectors.end() ? Action::kAllow : it->second,
                                                    threshold_of(name, config.threshold), nullptr});
    }
    out.entities.reserve(known.size());
    for (const std::string& type : known) {
      const char* group = Analyzer::DetectorOf(type);
      const Rule& group_rule = out.detectors.find(group)->second;
      auto it = dp.entities.find(type);
      Rule r{it == dp.entities.end() ? group_rule.action : it->second, threshold_of(type, group_rule.threshold),
             group};
      out.entities.emplace(type, r);
      out.min_threshold = std::min(out.min_threshold, r.threshold);
    }
  }
  return p;
}

Policy::Rule Policy::RuleFor(const PerDirection& p, std::string_view entity_type) const {
  if (auto it = p.entities.find(entity_type); it != p.entities.end()) return it->second;
  // A type this build's recognizers do not list: its detector group decides.
  const char* group = Analyzer::DetectorOf(entity_type);
  Rule r = p.detectors.find(group)->second;
  r.detector = group;
  return r;
}

Action Policy::ActionFor(Direction d, std::string_view entity_type) const { return RuleFor(Of(d), entity_type).action; }

double Policy::ThresholdFor(Direction d, std::string_view name) const {
  const PerDirection& p = Of(d);
  if (auto it = p.detectors.find(name); it != p.detectors.end()) return it->second.threshold;
  return RuleFor(p, name).threshold;
}

Action Policy::DetectorAction(Direction d, std::string_view detector) const {
  const PerDirection& p = Of(d);
  auto it = p.detectors.find(detector);
  return it == p.detectors.end() ? p.default_action : it->second.action;
}

double Policy::MinThreshold(Direction d) const { return Of(d).min_threshold; }

Decision Policy::Decide(Direction d, const std::vector<Finding>& findings) const {
  const PerDirection& p = Of(d);
  Decision out;
  out.actions.reserve(findings.size());
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    Rule r = RuleFor(p, f.entity_type);
    // !(score < threshold): a NaN score acts (fails closed).
    Action a = !(f.score < r.threshold) ? r.action : Action::kAllow;
    out.actions.push_back(a);
    switch (a) {
      case Action::kBlock:
        if (!out.blocked) {
          out.blocked = true;
          out.block_finding = i;
          out.block_detector = r.detector;
          out.block_entity = f.entity_type;
          out.block_code = PolicyCode(r.detector, f.entity_type);
        }
        break;
      case Action::kPseudonymize:
      case Action::kRedact: out.anonymize.push_back(i); break;
      case Action::kLogOnly: out.log_only.push_back(i); break;
      case Action::kAllow: break;
    }
  }
  return out;
}

namespace {
OperatorSpec OperatorOf(Action a) {
  OperatorSpec op;
  op.kind = a == Action::kPseudonymize ? OperatorKind::kReplace
            : a == Action::kRedact     ? OperatorKind::kRedact
                                       : OperatorKind::kKeep;
  return op;
}
}  // namespace

AnonymizerConfig Policy::AnonymizerConfigFor(Direction d) const {
  const PerDirection& p = Of(d);
  AnonymizerConfig out;
  // Types no recognizer lists fall back to the "pii" group (DetectorOf).
  out.default_operator = OperatorOf(p.detectors.find("pii")->second.action);
  for (const auto& [type, rule] : p.entities) {
    bool removes_invisible = type == "INVISIBLE_TEXT" && (rule.action == Action::kRedact ||
                                                         rule.action == Action::kPseudonymize);
    if (!removes_invisible) out.operators.emplace(type, OperatorOf(rule.action));
  }
  return out;
}

ScoreDecision Policy::DecideScore(Direction d, std::string_view detector, double score) const {
  const PerDirection& p = Of(d);
  ScoreDecision out;
  auto it = p.detectors.find(detector);
  if (it == p.detectors.end() || !IsScoreDetector(detector)) {
    // Not a score detector: a caller bug. Fail closed rather than let it pass.
    out.triggered = true;
    out.action = Action::kBlock;
    out.blocked = true;
    out.threshold = 0;
    out.block_code = PolicyCode(detector, "");
    return out;
  }
  out.threshold = it->second.threshold;
  out.triggered = !(score < out.threshold);
  if (!out.triggered) return out;
  out.action = it->second.action;
  out.blocked = out.action == Action::kBlock;
  if (out.blocked) out.block_code = PolicyCode(detector, "");
  return out;
}

Result<std::shared_ptr<const PolicySet>> PolicySet::Create(const config::GatewayConfig& config) {
  std::shared_ptr<PolicySet> set(new PolicySet());
  for (const auto& [name, pc] : config.policies) {
    Result<Policy> p = Policy::Create(pc);
    if (!p.ok()) return p.status();
    set->policies_.emplace(name, std::move(*p));
  }
  auto find = [&](const std::string& name) -> const Policy* {
    auto it = set->policies_.find(name);
    return it == set->policies_.end() ? nullptr : &it->second;
  };
  set->default_ = find("default");
  if (set->default_ == nullptr) return Status::InvalidArgument("policies: no \"default\" policy");
  for (const auto& [name, t] : config.tenants) {
    if (t.policy.empty()) continue;
    const Policy* p = find(t.policy);
    if (p == nullptr) return Status::InvalidArgument("tenants." + name + ".policy: unknown policy \"" + t.policy + "\"");
    set->tenant_policy_.emplace(name, p);
  }
  for (const config::RouteConfig& r : config.routes) {
    if (r.policy.empty()) continue;
    const Policy* p = find(r.policy);
    if (p == nullptr) return Status::InvalidArgument("routes." + r.path + ".policy: unknown policy \"" + r.policy + "\"");
    set->routes_.push_back(r);
    set->route_policy_.emplace(r.path, p);
  }
  return std::shared_ptr<const PolicySet>(std::move(set));
}

const Policy& PolicySet::For(std::string_view tenant, std::string_view path) const {
  if (const config::RouteConfig* r = config::MatchRoute(routes_, path, config::RouteField::kPolicy)) {
    return *route_policy_.find(r->path)->second;
  }
  if (auto it = tenant_policy_.find(tenant); it != tenant_policy_.end()) return *it->second;
  return *default_;
}

const Policy* PolicySet::Find(std::string_view name) const {
  auto it = policies_.find(name);
  return it == policies_.end() ? nullptr : &it->second;
}

}  // namespace convoguard::policy
