// Generic assignments: a keyword that names a credential, a separator, and a
// value, in env, YAML, JSON, INI and code forms:
//   DB_PASSWORD=...   password: ...   "api_key": "..."   client_secret = '...'
//   my password is ...
// The keyword must end the identifier ("password_hash = ..." is not a
// password), so the rules fire only where a keyword is, never on every word.
// Only the VALUE is reported. Values are confirmed by length, character
// classes and Shannon entropy, and rejected when they are placeholders,
// references to variables or code, type names, paths, URLs or common words.
#include <string>

#include "recognizers/context.h"
#include "recognizers/secrets/secret_checks.h"
#include "recognizers/secrets/secret_rules_internal.h"

namespace convoguard::recognizers::secrets {
namespace {

// An optional numeric suffix (api_token_2), the separator on the same line,
// then the value: an optional opening quote and a run of
// printable ASCII without whitespace or quotes. One character class keeps the
// Vectorscan automaton small; the validator decides whether the value was
// quoted (its closing quote follows) and where a bare value ends.
constexpr const char* kSeparator =
    R"((?:_?[0-9]{1,3})?["']?\]?[ \t]{0,3}(?:=>|:=|\|\|=|\?=|=|:|[ \t]{1,3}(?i:is|was)[ \t]{1,3})[ \t]{0,3})";
constexpr const char* kValue = R"(["'`]?[!#-&(-_a-~]{1,150})";
// What Vectorscan looks for, and the rule's lead: the keyword and separator
// up to the value's first byte, which every match holds. Vectorscan then
// reports one end per assignment instead of one per byte of the value, and
// the exact search starts at most this pattern's width (about 40 bytes)
// before it instead of the rule's whole width (about 190).
constexpr const char* kValueCue = R"(["'`]?[!#-&(-_a-~])";

enum class Kind { kPassword, kSecret };

struct Parsed {
  size_t value_begin = 0;
  size_t value_end = 0;
  char open_quote = 0;  // the quote before the value, if any
  bool quoted = false;  // the value is closed by the same quote
  bool prose = false;   // "password is ..."
};

bool IsIdentByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '-';
}

// Splits a match into keyword, separator and value.
Parsed Parse(std::string_view t) {
  Parsed p;
  size_t i = 0;
  while (i < t.size() && IsIdentByte(t[i])) ++i;
  if (i < t.size() && (t[i] == '"' || t[i] == '\'')) ++i;
  if (i < t.size() && t[i] == ']') ++i;
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  std::string_view rest = t.substr(i);
  if (rest.starts_with("||=")) i += 3;
  else if (rest.starts_with("=>") || rest.starts_with(":=") || rest.starts_with("?=")) i += 2;
  else if (rest.starts_with("=") || rest.starts_with(":")) i += 1;
  else {
    p.prose = true;
    while (i < t.size() && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z'))) ++i;  // is, was
  }
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  size_t e = t.size();
  if (i < e && (t[i] == '"' || t[i] == '\'' || t[i] == '`')) {
    p.open_quote = t[i];
    ++i;
  } else {
    // A bare value ends at a comma or semicolon, and may end in punctuation
    // that belongs to the sentence or the code around it.
    size_t stop = t.find_first_of(",;", i);
    if (stop != std::string_view::npos) e = stop;
    while (e > i && std::string_view(".)]}>").find(t[e - 1]) != std::string_view::npos) --e;
  }
  p.value_begin = i;
  p.value_end = e;
  return p;
}

// True when v starts with one of the lower-case `prefixes`, ignoring ASCII
// case in v (no lower-cased copy of the value per candidate).
bool StartsWithAnyCaseless(std::string_view v, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (v.size() < p.size()) continue;
    size_t i = 0;
    while (i < p.size() && (v[i] >= 'A' && v[i] <= 'Z' ? static_cast<char>(v[i] - 'A' + 'a') : v[i]) == p[i]) ++i;
    if (i == p.size()) return true;
  }
  return false;
}

bool AllLowerLetters(std::string_view v) {
  for (char c : v) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

size_t CountSpaces(std::string_view v) {
  size_t n = 0;
  for (char c : v) n += c == ' ' ? 1 : 0;
  return n;
}

// The score of an accepted value (negative to reject it) and the value's
// Shannon entropy, which the verdict's explanation reports.
struct ValueScore {
  double score = -1;
  double entropy = 0;
};

ValueScore ScoreValue(Kind kind, std::string_view v, const Parsed& p) {
  if (v.empty()) return {};
  if (IsPlaceholder(v) || IsCommonNonSecretWord(v)) return {};
  if (StartsWithAnyCaseless(v, {"http://", "https://", "/", "~", "./", "../", "file:", "s3://", "arn:", "vault:",
                            "secret/", "secrets.", "ref+", "sha256:", "bcrypt:", "$2a$", "$2b$"})) {
    return {};
  }
  if (!p.quoted && v.find('(') != std::string_view::npos) return {};  // a call
  if (!p.quoted) {
    if (v.find_first_of("[]{}") != std::string_view::npos) return {};
    if (LooksLikeReference(v)) return {};
    if (AllLowerLetters(v)) return {};  // a word
  }
  if (CountSpaces(v) >= 2 || v.find('\t') != std::string_view::npos) return {};  // a sentence
  const double h = Entropy(v);
  const int classes = CharClassCount(v);
  if (kind == Kind::kPassword) {
    if (p.prose && (classes < 2 || v.size() < 6 || CountSpaces(v) > 0)) return {};
    const bool mixed = classes >= 2 && v.size() >= 6 && h >= 2.0;
    const bool long_random = v.size() >= 10 && h >= 3.0;
    if (!mixed && !long_random) return {};
    return {(classes >= 3 && h >= 3.0) ? 0.8 : 0.75, h};
  }
  if (CountSpaces(v) > 0 || v.size() < 10 || classes < 2 || h < 3.0) return {};
  return {(v.size() >= 20 && h >= 3.5) ? 0.85 : 0.7, h};
}

Validator AssignmentValidator(Kind kind) {
  return [kind](const Candidate& c) -> Verdict {
    Parsed p = Parse(c.text);
    if (p.value_end <= p.value_begin) return Verdict::Reject();
    std::string_view v = c.text.substr(p.value_begin, p.value_end - p.value_begin);
    const char next = c.after.empty() ? '\0' : c.after[0];
    if (p.open_quote != 0) {
      if (next != p.open_quote) return Verdict::Reject();  // holds spaces, or runs on
      p.quoted = true;
    } else if (p.value_end == c.text.size() && next > ' ' && std::string_view("\"'`,;").find(next) == std::string_view::npos) {
      return Verdict::Reject();  // longer than the regex allows
    }
    const ValueScore vs = ScoreValue(kind, v, p);
    if (vs.score < 0) return Verdict::Reject();
    Verdict verdict = Verdict::Accept("keyword assignment, entropy " + std::to_string(vs.entropy).substr(0, 4), vs.score);
    verdict.sub_begin = p.value_begin;
    verdict.sub_end = p.value_end;
    return verdict;
  };
}

// A rule for `keywords` (a caseless group) followed by the separator and
// the value.
Rule AssignmentRule(std::string id, std::string entity_type, const std::string& keywords, double score,
                    Kind kind) {
  Rule r;
  r.id = std::move(id);
  r.entity_type = std::move(entity_type);
  r.regex = keywords + kSeparator + kValue;
  r.prefilter = keywords + kSeparator + kValueCue;
  r.lead = r.prefilter;
  r.score = score;
  r.validate = AssignmentValidator(kind);
  return r;
}

}  // namespace

void AddAssignmentRules(RuleList& out) {
  out.push_back(AssignmentRule("password_assignment", "PASSWORD",
                               R"((?i:pass(?:word|wd|phrase|code)|pwd|pword|passwort|mot_?de_?passe))", 0.75,
                               Kind::kPassword));
  out.push_back(AssignmentRule(
      "secret_assignment", "GENERIC_SECRET",
      R"((?i:secret|api[_.\-]?key|api[_.\-]?secret|api[_.\-]?token|access[_.\-]?token|auth[_.\-]?token|)"
      R"(refresh[_.\-]?token|bearer[_.\-]?token|session[_.\-]?token|client[_.\-]?secret|private[_.\-]?key|)"
      R"(secret[_.\-]?key|signing[_.\-]?key|encryption[_.\-]?key|master[_.\-]?key|access[_.\-]?key|)"
      R"(app[_.\-]?secret|app[_.\-]?key|webhook[_.\-]?secret|token|credentials?|creds))",
      0.7, Kind::kSecret));
}

}  // namespace convoguard::recognizers::secrets
