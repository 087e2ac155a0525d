// The parts AddSecretRules is assembled from, and the table form shared by
// rules for provider tokens with a fixed prefix.
#pragma once

#include <string>
#include <vector>

#include "recognizers/rule.h"

namespace convoguard::recognizers::secrets {

void AddProviderTokenRules(RuleList& out);     // secret_rules.cc: the major providers
void AddStructuredSecretRules(RuleList& out);  // secret_rules.cc: keys, JWTs, URLs, headers, Azure
void AddAssignmentRules(RuleList& out);        // assignment_rules.cc: password = value, api_key: value
void AddMoreProviderRules(RuleList& out);      // provider_rules.cc: further gitleaks-style providers

// A provider token: a fixed prefix of `prefix_len` bytes, then a body.
struct TokenSpec {
  size_t prefix_len = 0;     // bytes of the match that are the fixed prefix
  std::string body_extra;    // non-alphanumeric characters the body may hold
  double min_entropy = 3.0;  // of the body, bits per character
  std::string marker;        // when present in the match: score 1.0
};

// Accepts a token unless the next character would continue it (so it is
// longer than the pattern allows), its body is a placeholder, or its body's
// entropy is under spec.min_entropy.
Validator TokenValidator(TokenSpec spec);

struct TokenRule {
  const char* id;
  const char* entity;
  const char* regex;  // starts with \b before the prefix where the prefix is a word
  double score;
  TokenSpec spec;
  std::vector<std::string> context = {};
  bool caseless = false;
  // For a regex that starts with a bounded repeat (no literal prefix): a
  // regex matching at every end where `regex` matches, for the one-pass scan.
  const char* prefilter = "";
};

void AddTokenRule(RuleList& out, TokenRule t);

}  // namespace convoguard::recognizers::secrets
