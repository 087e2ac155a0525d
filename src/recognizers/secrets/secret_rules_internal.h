// The parts AddSecretRules is assembled from, and the table form shared by
// rules for provider tokens with a fixed prefix.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "recognizers/rule.h"

namespace convoguard::recognizers::secrets {

void AddProviderTokenRules(RuleList& out);     // secret_rules.cc: the major providers
void AddStructuredSecretRules(RuleList& out);  // secret_rules.cc: keys, JWTs, URLs, headers, Azure
void AddAssignmentRules(RuleList& out);        // assignment_rules.cc: password = value, api_key: value
void AddMoreProviderRules(RuleList& out);      // provider_rules.cc: further gitleaks-style providers
void AddCommandLineRules(RuleList& out);       // command_line_rules.cc: curl -u, mysql -p, ...
void AddCallArgumentRules(RuleList& out);      // call_argument_rules.cc: PDO(.., .., pw), jwt.encode(.., key)
void AddProseRules(RuleList& out);             // prose_rules.cc: "the wifi password is ...", in many languages
void AddConversationRules(RuleList& out);      // conversation_rules.cc: PINs, one-time codes, seed phrases

// conversation_rules.cc: the index of `word` in the BIP39 English wordlist
// (0..2047), or -1; the word at `index` (REQUIRES: 0 <= index < 2048); and
// whether words of these indices (12, 15, 18, 21 or 24 of them) end in
// their BIP39 checksum (the first n/3 bits of the SHA-256 of the entropy
// they encode).
int Bip39WordIndex(std::string_view word);
std::string_view Bip39Word(int index);
bool Bip39ChecksumValid(const std::vector<int>& indices);

// assignment_rules.cc: the score of `value` as the value of a password
// assignment (quoted: it was in quotes, so it may hold ( [ ] { }), or a
// negative number when it is a placeholder, a word, a reference or too
// plain to be a password.
double PasswordValueScore(std::string_view value, bool quoted);

// Accepts text[begin, end) as a password when PasswordValueScore does,
// reporting only it, 0.1 above that score (the command or call around it
// confirms it); rejects otherwise.
Verdict AcceptPasswordAt(std::string_view text, size_t begin, size_t end, bool quoted, const char* reason);

// A provider token: a fixed prefix of `prefix_len` bytes, then a body.
struct TokenSpec {
  size_t prefix_len = 0;     // bytes of the match that are the fixed prefix
  std::string body_extra;    // non-alphanumeric characters the body may hold
  double min_entropy = 3.0;  // of the body, bits per character
  std::string marker;        // when present in the match: score 1.0
  // For a regex that cannot start with \b (its first characters are not all
  // word characters, or it has no literal prefix): bytes that must not
  // come right before the match, which would make it part of a longer token.
  std::string not_after;
  int min_classes = 0;       // of the body: lowercase, uppercase, digit, other
};

// Accepts a token unless the next character would continue it (so it is
// longer than the pattern allows), the previous one is in spec.not_after,
// its body is a placeholder, has fewer than spec.min_classes character
// classes, or its entropy is under spec.min_entropy.
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
  const char* lead = "";    // see Rule::lead
  bool weak = false;        // see Rule::weak: reported only with a context word
  const char* opener = "";  // for a token wider than kShortRuleWidth (Rule::opener)
};

// Bytes a token made of [A-Za-z0-9] plus these continues with.
inline constexpr const char* kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

void AddTokenRule(RuleList& out, TokenRule t);

}  // namespace convoguard::recognizers::secrets
