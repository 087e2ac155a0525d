// Policy decisions: what to do with the findings in one message.
//
// A Policy is compiled once from a PolicyConfig (per entity type lookups
// precomputed for every type Analyzer::KnownEntityTypes() lists) and is then
// immutable; Decide / DecideScore are pure functions of their arguments, cheap
// enough to call per message on the request path, and never fail.
//
//   auto set = convoguard::policy::PolicySet::Create(config);   // at start-up
//   const Policy& p = (*set)->For(tenant, "/v1/chat/completions");
//   FindingFilter filter{.threshold = p.MinThreshold(Direction::kInput)};
//   auto scan = analyzer->Scan(text, filter);
//   Decision d = p.Decide(Direction::kInput, scan->findings);
//   if (d.blocked) return Reply403(d.block_code);   // "policy_violation.secrets.AWS_ACCESS_KEY_ID"
//   anonymize the findings listed in d.anonymize (d.actions[i] says how),
//   audit-log d.log_only.
//
// Thread safety: Policy and PolicySet are immutable after Create; share them
// across threads freely.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "config/gateway_config.h"
#include "convoguard/anonymizer.h"
#include "convoguard/finding.h"
#include "convoguard/status.h"

namespace convoguard::policy {

using config::Action;
using config::Direction;
using config::FailMode;

// The verdict on one message's findings. Indexes point into the findings
// vector passed to Decide, which must outlive the Decision's use.
struct Decision {
  bool blocked = false;
  // Set when blocked: the first finding (in the order given) whose action is
  // kBlock. code = "policy_violation.<detector>.<entity_type>".
  size_t block_finding = 0;
  std::string block_detector;  // "secrets", "pii", "invisible_text"
  std::string block_entity;    // e.g. "AWS_ACCESS_KEY_ID"
  std::string block_code;
  // One per finding: its effective action. kAllow for findings below their
  // threshold (ignored).
  std::vector<Action> actions;
  // Findings to rewrite (actions[i] is kPseudonymize or kRedact), in order.
  // Filled even when blocked, so a caller may log what it saw.
  std::vector<size_t> anonymize;
  // Findings that pass unchanged but are audit-logged (kLogOnly), in order.
  std::vector<size_t> log_only;
};

// The verdict of a score detector (prompt_injection, jailbreak,
// harmful_request, system_prompt_leak) on one text.
struct ScoreDecision {
  bool triggered = false;  // score >= threshold
  // kAllow when not triggered, else the detector's action (kBlock, kLogOnly
  // or kAllow).
  Action action = Action::kAllow;
  bool blocked = false;
  double threshold = 0.5;
  std::string block_code;  // "policy_violation.<detector>" when blocked
};

class Policy {
 public:
  // Compiles a policy. Fails (kInvalidArgument naming policy, direction and
  // key) on an unknown entity type or detector, a threshold outside 0..1, or
  // a span action (pseudonymize / redact) given to a score detector. The
  // loader has already checked all this for configs it returns.
  static Result<Policy> Create(const config::PolicyConfig& config);

  const std::string& name() const { return name_; }
  FailMode fail_mode() const { return fail_mode_; }
  bool fail_closed() const { return fail_mode_ == FailMode::kClosed; }
  bool exempt_system_prompt() const { return exempt_system_prompt_; }

  // The action / threshold for an entity type (see DirectionPolicy for the
  // order of precedence). Entity types the policy does not know (e.g. from a
  // newer recognizer) fall back to their detector group, then the default.
  Action ActionFor(Direction d, std::string_view entity_type) const;
  double ThresholdFor(Direction d, std::string_view entity_type_or_detector) const;
  // The action configured for a detector (span or score), or the direction's
  // default_action for a name that is not a detector.
  Action DetectorAction(Direction d, std::string_view detector) const;
  // The lowest threshold of any entity type or span detector in d: scan with
  // FindingFilter::threshold at most this, or findings Decide would act on
  // are lost before it sees them.
  double MinThreshold(Direction d) const;

  Decision Decide(Direction d, const std::vector<Finding>& findings) const;

  // The anonymizer operators that carry out this policy's actions in d:
  // pseudonymize -> replace (a <TYPE_N> placeholder from the vault), redact ->
  // redact ("[REDACTED]"); INVISIBLE_TEXT is left to the anonymizer's default
  // (the characters are removed). Other actions map to keep; Decide never
  // lists such findings in `anonymize`. For Direction::kOutput, pass a vault
  // that is NOT the conversation's (or nullptr), so placeholders for values
  // the model produced are never restored. Build one Anonymizer per policy
  // and direction at start-up.
  AnonymizerConfig AnonymizerConfigFor(Direction d) const;
  // score in 0..1; NaN counts as triggered (a broken score fails closed). A
  // detector name that is not a score detector is a caller bug and also
  // fails closed: blocked, code "policy_violation.<name>".
  ScoreDecision DecideScore(Direction d, std::string_view detector, double score) const;

 private:
  struct Rule {
    Action action;
    double threshold;
    const char* detector;  // static string from Analyzer::DetectorOf
  };
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct PerDirection {
    std::unordered_map<std::string, Rule, StringHash, std::equal_to<>> entities;
    std::map<std::string, Rule, std::less<>> detectors;  // span and score detectors
    Action default_action = Action::kPseudonymize;
    double default_threshold = 0.5;
    double min_threshold = 0.5;
  };
  Policy() = default;
  const PerDirection& Of(Direction d) const { return directions_[static_cast<int>(d)]; }
  Rule RuleFor(const PerDirection& p, std::string_view entity_type) const;

  std::string name_;
  FailMode fail_mode_ = FailMode::kClosed;
  bool exempt_system_prompt_ = false;
  PerDirection directions_[3];
};

// Every policy of a config, and the rule that picks one per request:
//   the matching route's policy (MatchRoute: exact path, else longest "*"
//   prefix) if it names one  >  the tenant's policy if it names one  >
//   "default".
// A route therefore overrides the tenant: use it for endpoints whose traffic
// needs one treatment whoever sends it (e.g. /v1/embeddings).
class PolicySet {
 public:
  // Compiles every policy. Fails if a policy does not compile, if "default"
  // is missing, or a tenant / route names a policy that does not exist.
  // The set keeps a copy of the tenants and routes it needs.
  static Result<std::shared_ptr<const PolicySet>> Create(const config::GatewayConfig& config);

  // tenant may be "" (no tenant); path without the query string.
  const Policy& For(std::string_view tenant, std::string_view path) const;
  const Policy& Default() const { return *default_; }
  const Policy* Find(std::string_view name) const;  // nullptr if none

 private:
  PolicySet() = default;
  std::map<std::string, Policy, std::less<>> policies_;
  const Policy* default_ = nullptr;
  std::map<std::string, const Policy*, std::less<>> tenant_policy_;
  std::vector<config::RouteConfig> routes_;                         // for MatchRoute
  std::map<std::string, const Policy*, std::less<>> route_policy_;  // by route path
};

}  // namespace convoguard::policy
