// Policy decisions on synthetic findings, and which policy a request gets.
#include "policy/policy.h"

#include <gtest/gtest.h>

#include <cmath>

namespace convoguard::policy {
namespace {

using config::GatewayConfig;
using config::PolicyConfig;

Finding F(std::string type, double score = 0.9) {
  Finding f;
  f.entity_type = std::move(type);
  f.score = score;
  return f;
}

Policy Compile(const PolicyConfig& pc) {
  Result<Policy> p = Policy::Create(pc);
  EXPECT_TRUE(p.ok()) << p.status().message();
  return std::move(p).value();
}

Policy FromYaml(const std::string& policy_yaml) {
  Result<GatewayConfig> c = config::ParseConfig("policies:\n  default:\n" + policy_yaml, "p.yaml");
  EXPECT_TRUE(c.ok()) << c.status().message();
  return Compile(c->policies.at("default"));
}

TEST(Policy, DefaultsBlockSecretsPseudonymizePiiAndRedactInvisibleText) {
  PolicyConfig pc;
  pc.name = "default";
  Policy p = Compile(pc);
  EXPECT_TRUE(p.fail_closed());
  EXPECT_FALSE(p.exempt_system_prompt());
  EXPECT_EQ(p.ActionFor(Direction::kInput, "AWS_ACCESS_KEY_ID"), Action::kBlock);
  EXPECT_EQ(p.ActionFor(Direction::kInput, "EMAIL_ADDRESS"), Action::kPseudonymize);
  EXPECT_EQ(p.ActionFor(Direction::kInput, "INVISIBLE_TEXT"), Action::kRedact);
  EXPECT_EQ(p.ActionFor(Direction::kToolResult, "PASSWORD"), Action::kBlock);
  EXPECT_EQ(p.ActionFor(Direction::kOutput, "EMAIL_ADDRESS"), Action::kRedact);
  EXPECT_EQ(p.ActionFor(Direction::kOutput, "OPENAI_API_KEY"), Action::kBlock);
  EXPECT_DOUBLE_EQ(p.ThresholdFor(Direction::kInput, "PERSON"), 0.5);
  EXPECT_DOUBLE_EQ(p.MinThreshold(Direction::kInput), 0.5);
  EXPECT_EQ(p.DetectorAction(Direction::kInput, "prompt_injection"), Action::kBlock);
  EXPECT_EQ(p.DetectorAction(Direction::kOutput, "system_prompt_leak"), Action::kBlock);
  EXPECT_EQ(p.DetectorAction(Direction::kInput, "system_prompt_leak"), Action::kAllow);
}

TEST(Policy, DatesActFromPointEightByDefaultAndOperatorsLowerIt) {
  // Only a date of birth (0.85) passes the default DATE_TIME threshold; a
  // meeting date (0.6) does not, in any direction.
  PolicyConfig pc;
  pc.name = "default";
  Policy p = Compile(pc);
  for (Direction d : {Direction::kInput, Direction::kToolResult, Direction::kOutput}) {
    EXPECT_DOUBLE_EQ(p.ThresholdFor(d, "DATE_TIME"), 0.8);
    EXPECT_DOUBLE_EQ(p.ThresholdFor(d, "PERSON"), 0.5);
  }
  std::vector<Finding> meeting = {F("DATE_TIME", 0.6)}, birth = {F("DATE_TIME", 0.85)};
  EXPECT_EQ(p.Decide(Direction::kInput, meeting).actions[0], Action::kAllow);
  EXPECT_EQ(p.Decide(Direction::kInput, birth).actions[0], Action::kPseudonymize);
  EXPECT_EQ(p.Decide(Direction::kOutput, birth).actions[0], Action::kRedact);
  // Written thresholds merge over the default: PERSON does not drop it, and
  // DATE_TIME lowers it.
  Policy person = FromYaml("    input: {thresholds: {PERSON: 0.7}}\n");
  EXPECT_DOUBLE_EQ(person.ThresholdFor(Direction::kInput, "DATE_TIME"), 0.8);
  Policy lowered = FromYaml("    input: {thresholds: {DATE_TIME: 0.5}}\n");
  EXPECT_DOUBLE_EQ(lowered.ThresholdFor(Direction::kInput, "DATE_TIME"), 0.5);
  EXPECT_EQ(lowered.Decide(Direction::kInput, meeting).actions[0], Action::kPseudonymize);
  // The default never lowers a stricter threshold the file writes (from a
  // review: "threshold: 0.9" had dates of birth pseudonymized at 0.8).
  Policy strict = FromYaml("    threshold: 0.9\n");
  Policy strict_pii = FromYaml("    output: {thresholds: {pii: 0.95}}\n");
  for (Direction d : {Direction::kInput, Direction::kToolResult, Direction::kOutput}) {
    EXPECT_DOUBLE_EQ(strict.ThresholdFor(d, "DATE_TIME"), 0.9);
  }
  EXPECT_EQ(strict.Decide(Direction::kInput, birth).actions[0], Action::kAllow);
  EXPECT_DOUBLE_EQ(strict_pii.ThresholdFor(Direction::kOutput, "DATE_TIME"), 0.95);
  EXPECT_DOUBLE_EQ(strict_pii.ThresholdFor(Direction::kInput, "DATE_TIME"), 0.8);
  EXPECT_DOUBLE_EQ(lowered.ThresholdFor(Direction::kToolResult, "DATE_TIME"), 0.5);  // tool_results copy input
}

TEST(Policy, PlacesAloneAreLeftAloneByDefaultAddressesAreNot) {
  // A city alone (0.5, 0.55 with a cue) does not pass the default LOCATION
  // threshold; an address (0.6 and up) does, in every direction.
  PolicyConfig pc;
  pc.name = "default";
  Policy p = Compile(pc);
  std::vector<Finding> city = {F("LOCATION", 0.55)}, street = {F("LOCATION", 0.6)}, full = {F("LOCATION", 0.95)};
  for (Direction d : {Direction::kInput, Direction::kToolResult, Direction::kOutput}) {
    EXPECT_DOUBLE_EQ(p.ThresholdFor(d, "LOCATION"), 0.6);
    EXPECT_EQ(p.Decide(d, city).actions[0], Action::kAllow);
    EXPECT_NE(p.Decide(d, street).actions[0], Action::kAllow);
    EXPECT_NE(p.Decide(d, full).actions[0], Action::kAllow);
  }
  Policy lowered = FromYaml("    input: {thresholds: {LOCATION: 0.5}}\n");
  EXPECT_EQ(lowered.Decide(Direction::kInput, city).actions[0], Action::kPseudonymize);
  EXPECT_DOUBLE_EQ(lowered.ThresholdFor(Direction::kInput, "DATE_TIME"), 0.8);  // the other default stays
  Policy strict = FromYaml("    threshold: 0.9\n");
  EXPECT_DOUBLE_EQ(strict.ThresholdFor(Direction::kOutput, "LOCATION"), 0.9);
}

TEST(Policy, EntityBeatsDetectorBeatsDefaultAction) {
  Policy p = FromYaml(R"(
    threshold: 0.3
    input:
      default_action: log_only
      detectors: {pii: redact}
      entities: {US_SSN: block, PERSON: allow}
      thresholds: {PERSON: 0.7, pii: 0.6, secrets: 0.9}
)");
  EXPECT_EQ(p.ActionFor(Direction::kInput, "US_SSN"), Action::kBlock);
  EXPECT_EQ(p.ActionFor(Direction::kInput, "PERSON"), Action::kAllow);
  EXPECT_EQ(p.ActionFor(Direction::kInput, "EMAIL_ADDRESS"), Action::kRedact);
  EXPECT_EQ(p.ActionFor(Direction::kInput, "JWT"), Action::kBlock);  // secrets default kept
  EXPECT_DOUBLE_EQ(p.ThresholdFor(Direction::kInput, "PERSON"), 0.7);
  EXPECT_DOUBLE_EQ(p.ThresholdFor(Direction::kInput, "EMAIL_ADDRESS"), 0.6);
  EXPECT_DOUBLE_EQ(p.ThresholdFor(Direction::kInput, "JWT"), 0.9);
  EXPECT_DOUBLE_EQ(p.ThresholdFor(Direction::kInput, "INVISIBLE_TEXT"), 0.3);
  EXPECT_DOUBLE_EQ(p.ThresholdFor(Direction::kInput, "secrets"), 0.9);
  EXPECT_DOUBLE_EQ(p.MinThreshold(Direction::kInput), 0.3);
  // tool_results copied input; output kept its own defaults.
  EXPECT_EQ(p.ActionFor(Direction::kToolResult, "EMAIL_ADDRESS"), Action::kRedact);
  EXPECT_EQ(p.ActionFor(Direction::kOutput, "US_SSN"), Action::kRedact);
}

TEST(Policy, DefaultActionAppliesWhenTheDetectorGroupIsNotListed) {
  PolicyConfig pc;
  pc.name = "bare";
  pc.input.detectors.clear();  // hand-built: no detector entries at all
  pc.input.default_action = Action::kLogOnly;
  Policy p = Compile(pc);
  EXPECT_EQ(p.ActionFor(Direction::kInput, "EMAIL_ADDRESS"), Action::kLogOnly);
  EXPECT_EQ(p.ActionFor(Direction::kInput, "AWS_ACCESS_KEY_ID"), Action::kLogOnly);
  EXPECT_EQ(p.DetectorAction(Direction::kInput, "jailbreak"), Action::kAllow);
}

TEST(Policy, UnknownEntityTypesFallBackToTheirGroup) {
  Policy p = FromYaml("    input: {detectors: {pii: redact}}\n");
  // A type no recognizer in this build reports: DetectorOf says "pii".
  EXPECT_EQ(p.ActionFor(Direction::kInput, "FUTURE_NATIONAL_ID"), Action::kRedact);
  Decision d = p.Decide(Direction::kInput, {F("FUTURE_NATIONAL_ID")});
  ASSERT_EQ(d.anonymize.size(), 1u);
}

TEST(Decide, BlocksOnTheFirstBlockingFindingWithACode) {
  PolicyConfig pc;
  pc.name = "default";
  Policy p = Compile(pc);
  std::vector<Finding> findings = {F("EMAIL_ADDRESS"), F("AWS_ACCESS_KEY_ID"), F("PASSWORD"), F("INVISIBLE_TEXT"),
                                   F("PERSON", 0.2)};
  Decision d = p.Decide(Direction::kInput, findings);
  EXPECT_TRUE(d.blocked);
  EXPECT_EQ(d.block_finding, 1u);
  EXPECT_EQ(d.block_detector, "secrets");
  EXPECT_EQ(d.block_entity, "AWS_ACCESS_KEY_ID");
  EXPECT_EQ(d.block_code, "policy_violation.secrets.AWS_ACCESS_KEY_ID");
  ASSERT_EQ(d.actions.size(), findings.size());
  EXPECT_EQ(d.actions[0], Action::kPseudonymize);
  EXPECT_EQ(d.actions[1], Action::kBlock);
  EXPECT_EQ(d.actions[2], Action::kBlock);
  EXPECT_EQ(d.actions[3], Action::kRedact);
  EXPECT_EQ(d.actions[4], Action::kAllow);  // below threshold
  EXPECT_EQ(d.anonymize, (std::vector<size_t>{0, 3}));
  EXPECT_TRUE(d.log_only.empty());
}

TEST(Decide, SortsFindingsIntoAnonymizeAndLogOnly) {
  Policy p = FromYaml(R"(
    input:
      entities: {EMAIL_ADDRESS: redact, PHONE_NUMBER: log-only, PERSON: allow, US_SSN: pseudonymize}
      thresholds: {US_SSN: 0.8}
)");
  std::vector<Finding> findings = {F("PHONE_NUMBER"), F("EMAIL_ADDRESS"), F("PERSON"), F("US_SSN", 0.79),
                                   F("US_SSN", 0.8)};
  Decision d = p.Decide(Direction::kInput, findings);
  EXPECT_FALSE(d.blocked);
  EXPECT_TRUE(d.block_code.empty());
  EXPECT_EQ(d.actions, (std::vector<Action>{Action::kLogOnly, Action::kRedact, Action::kAllow, Action::kAllow,
                                            Action::kPseudonymize}));
  EXPECT_EQ(d.anonymize, (std::vector<size_t>{1, 4}));
  EXPECT_EQ(d.log_only, (std::vector<size_t>{0}));
  Decision none = p.Decide(Direction::kInput, {});
  EXPECT_FALSE(none.blocked);
  EXPECT_TRUE(none.actions.empty());
}

TEST(Decide, DirectionsAreIndependent) {
  Policy p = FromYaml(R"(
    input: {entities: {EMAIL_ADDRESS: allow}}
    tool_results: {entities: {EMAIL_ADDRESS: block}}
    output: {entities: {EMAIL_ADDRESS: log_only}}
)");
  std::vector<Finding> f = {F("EMAIL_ADDRESS")};
  EXPECT_EQ(p.Decide(Direction::kInput, f).actions[0], Action::kAllow);
  Decision t = p.Decide(Direction::kToolResult, f);
  EXPECT_TRUE(t.blocked);
  EXPECT_EQ(t.block_code, "policy_violation.pii.EMAIL_ADDRESS");
  EXPECT_EQ(p.Decide(Direction::kOutput, f).log_only, (std::vector<size_t>{0}));
}

TEST(Decide, NanScoreFailsClosed) {
  PolicyConfig pc;
  pc.name = "default";
  Policy p = Compile(pc);
  Decision d = p.Decide(Direction::kInput, {F("AWS_ACCESS_KEY_ID", std::nan(""))});
  EXPECT_TRUE(d.blocked);
  EXPECT_TRUE(p.DecideScore(Direction::kInput, "jailbreak", std::nan("")).blocked);
}

TEST(DecideScore, TriggersAtTheThreshold) {
  Policy p = FromYaml(R"(
    input:
      detectors: {jailbreak: log_only, harmful_request: allow}
      thresholds: {prompt_injection: 0.8}
)");
  ScoreDecision below = p.DecideScore(Direction::kInput, "prompt_injection", 0.79);
  EXPECT_FALSE(below.triggered);
  EXPECT_FALSE(below.blocked);
  EXPECT_EQ(below.action, Action::kAllow);
  EXPECT_DOUBLE_EQ(below.threshold, 0.8);
  ScoreDecision at = p.DecideScore(Direction::kInput, "prompt_injection", 0.8);
  EXPECT_TRUE(at.triggered);
  EXPECT_TRUE(at.blocked);
  EXPECT_EQ(at.block_code, "policy_violation.prompt_injection");
  ScoreDecision jb = p.DecideScore(Direction::kInput, "jailbreak", 0.99);
  EXPECT_TRUE(jb.triggered);
  EXPECT_FALSE(jb.blocked);
  EXPECT_EQ(jb.action, Action::kLogOnly);
  EXPECT_DOUBLE_EQ(jb.threshold, 0.5);
  EXPECT_EQ(p.DecideScore(Direction::kInput, "harmful_request", 1.0).action, Action::kAllow);
  EXPECT_TRUE(p.DecideScore(Direction::kOutput, "system_prompt_leak", 0.6).blocked);
  EXPECT_FALSE(p.DecideScore(Direction::kOutput, "prompt_injection", 0.9).blocked);  // output default: log_only
  // A name that is not a score detector is a caller bug: fail closed.
  ScoreDecision bad = p.DecideScore(Direction::kInput, "pii", 0.0);
  EXPECT_TRUE(bad.blocked);
  EXPECT_TRUE(p.DecideScore(Direction::kInput, "no_such_detector", 0.0).blocked);
}

TEST(Policy, CreateRejectsWhatTheLoaderWouldReject) {
  PolicyConfig pc;
  pc.name = "x";
  pc.input.entities["US_SNN"] = Action::kBlock;
  Result<Policy> r = Policy::Create(pc);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("policy x: input: unknown entity type US_SNN"), std::string::npos);

  pc = PolicyConfig{};
  pc.output.detectors["prompt_injection"] = Action::kRedact;
  EXPECT_FALSE(Policy::Create(pc).ok());
  pc = PolicyConfig{};
  pc.tool_results.detectors["secret"] = Action::kBlock;
  EXPECT_FALSE(Policy::Create(pc).ok());
  pc = PolicyConfig{};
  pc.input.thresholds["PERSON"] = 1.5;
  EXPECT_FALSE(Policy::Create(pc).ok());
  pc = PolicyConfig{};
  pc.threshold = std::nan("");
  EXPECT_FALSE(Policy::Create(pc).ok());
}

TEST(Policy, AnonymizerConfigCarriesOutTheActions) {
  Policy p = FromYaml(R"(
    input:
      entities: {CREDIT_CARD: redact, PERSON: allow}
    output:
      entities: {EMAIL_ADDRESS: pseudonymize}
)");
  AnonymizerConfig in = p.AnonymizerConfigFor(Direction::kInput);
  EXPECT_EQ(in.operators.at("CREDIT_CARD").kind, OperatorKind::kRedact);
  EXPECT_EQ(in.operators.at("EMAIL_ADDRESS").kind, OperatorKind::kReplace);  // default_action pseudonymize
  EXPECT_EQ(in.operators.at("PERSON").kind, OperatorKind::kKeep);
  EXPECT_EQ(in.operators.count("INVISIBLE_TEXT"), 0u);  // the anonymizer removes it
  EXPECT_EQ(in.default_operator.kind, OperatorKind::kReplace);
  AnonymizerConfig out = p.AnonymizerConfigFor(Direction::kOutput);
  EXPECT_EQ(out.operators.at("EMAIL_ADDRESS").kind, OperatorKind::kReplace);
  EXPECT_EQ(out.operators.at("PHONE_NUMBER").kind, OperatorKind::kRedact);
  EXPECT_EQ(out.default_operator.kind, OperatorKind::kRedact);

  // End to end: the decision's findings through the anonymizer.
  auto analyzer = Analyzer::Create({});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
  const std::string text = "Card 4111 1111 1111 1111, mail jane.roe@example.com";
  auto scan = (*analyzer)->Scan(text, {.threshold = p.MinThreshold(Direction::kInput)});
  ASSERT_TRUE(scan.ok());
  Decision d = p.Decide(Direction::kInput, scan->findings);
  ASSERT_FALSE(d.blocked);
  std::vector<Finding> chosen;
  for (size_t i : d.anonymize) chosen.push_back(scan->findings[i]);
  auto anonymizer = Anonymizer::Create(in);
  ASSERT_TRUE(anonymizer.ok());
  auto result = (*anonymizer)->Anonymize(text, chosen, nullptr);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->text, "Card [REDACTED], mail <EMAIL_ADDRESS_1>");
}

TEST(PolicySet, RouteBeatsTenantBeatsDefault) {
  Result<GatewayConfig> c = config::ParseConfig(R"(
policies:
  default: {}
  strict: {input: {default_action: block}}
  embeddings: {input: {detectors: {pii: redact}}}
  loose: {input: {detectors: {secrets: log_only}}}
tenants:
  acme: {policy: strict}
  globex: {upstream: mock}
routes:
  /v1/embeddings: {policy: embeddings}
  /v1/models: {upstream: mock}
  /admin/*: {policy: loose}
)",
                                                "set.yaml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  auto set = PolicySet::Create(*c);
  ASSERT_TRUE(set.ok()) << set.status().message();
  const PolicySet& s = **set;
  EXPECT_EQ(s.For("", "/v1/chat/completions").name(), "default");
  EXPECT_EQ(s.For("acme", "/v1/chat/completions").name(), "strict");
  EXPECT_EQ(s.For("acme", "/v1/embeddings").name(), "embeddings");  // route beats tenant
  EXPECT_EQ(s.For("", "/v1/embeddings").name(), "embeddings");
  EXPECT_EQ(s.For("acme", "/v1/models").name(), "strict");  // the route sets no policy
  EXPECT_EQ(s.For("globex", "/v1/chat/completions").name(), "default");  // tenant sets no policy
  EXPECT_EQ(s.For("unknown-tenant", "/admin/x").name(), "loose");
  EXPECT_EQ(s.For("acme", "/v1/embeddings?dim=3").name(), "embeddings");
  EXPECT_EQ(&s.Default(), s.Find("default"));
  EXPECT_EQ(s.Find("nope"), nullptr);
  // strict's default_action covers PII types; secrets keep their own default.
  const Policy& strict = s.For("acme", "/v1/chat/completions");
  EXPECT_EQ(strict.ActionFor(Direction::kInput, "EMAIL_ADDRESS"), Action::kBlock);
  EXPECT_EQ(strict.ActionFor(Direction::kInput, "FUTURE_TYPE"), Action::kBlock);
  EXPECT_EQ(strict.ActionFor(Direction::kInput, "INVISIBLE_TEXT"), Action::kRedact);
  EXPECT_EQ(s.Default().ActionFor(Direction::kInput, "EMAIL_ADDRESS"), Action::kPseudonymize);
}

TEST(PolicySet, CreateChecksHandBuiltReferences) {
  GatewayConfig c = config::DefaultConfig();
  c.tenants["acme"] = {.name = "acme", .policy = "missing"};
  auto r = PolicySet::Create(c);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("tenants.acme.policy: unknown policy \"missing\""), std::string::npos);
  c = config::DefaultConfig();
  c.routes.push_back({.path = "/x", .policy = "missing"});
  EXPECT_FALSE(PolicySet::Create(c).ok());
  c = config::DefaultConfig();
  c.policies.clear();
  EXPECT_FALSE(PolicySet::Create(c).ok());
  EXPECT_TRUE(PolicySet::Create(config::DefaultConfig()).ok());
}

}  // namespace
}  // namespace convoguard::policy
