// Generic assignments: a keyword that names a credential, a separator, and a
// value, in env, YAML, JSON, INI and code forms:
//   DB_PASSWORD=...   password: ...   "api_key": "..."   client_secret = '...'
//   my password is ...   define('DB_PASSWORD', '...')   <password>...</password>
//   password ... (a blank alone: prose, .netrc, SQL's WITH PASSWORD '...')
// The keyword must end the identifier ("password_hash = ..." is not a
// password), so the rules fire only where a keyword is, never on every word.
// Only the VALUE is reported. Values are confirmed by length, character
// classes and Shannon entropy, and rejected when they are placeholders,
// references to variables or code, type names, paths, URLs or common words.
#include <algorithm>
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
//
// Besides the assignment operators: a quoted key and a comma, as in a call
// (define('DB_PASSWORD', '...'), getenv("API_TOKEN", "...")), whose value
// must be quoted; and up to 16 blanks before the operator, as in aligned
// Terraform or YAML.
//
// And the value of a name given apart from it: Kubernetes' `- name:
// DB_PASSWORD` with `value: X` on the next line, .NET's and NuGet's
// `<add key="ApiKey" value="X" />`.
constexpr const char* kSeparator =
    R"((?:_?[0-9]{1,3})?(?:["']?\]?[ \t]{0,16}(?:=>|:=|\|\|=|\?=|=|:|[ \t]{1,3}(?i:is|was)[ \t]{1,3})|["'][ \t]{0,3},[ \t]{0,13}|)"
    R"(["']?[ \t]{0,3}\r?\n[ \t]{0,24}(?i:value)[ \t]{0,3}:|["'][ \t]{1,3}(?i:value)[ \t]{0,3}=)[ \t]{0,3})";
// For passwords also a blank alone (`password X` in prose, a .netrc file,
// SQL's `WITH PASSWORD 'x'`), where the value must look random, and an XML
// element's '>' (<password>X</password>), where it ends at "</".
constexpr const char* kPasswordSeparator =
    R"((?:_?[0-9]{1,3})?(?:["']?\]?[ \t]{0,16}(?:=>|:=|\|\|=|\?=|=|:|>|[ \t]{1,3}(?i:is|was)[ \t]{1,3})|["'][ \t]{0,3},[ \t]{0,13}|[ \t]{1,3}|)"
    R"(["']?[ \t]{0,3}\r?\n[ \t]{0,24}(?i:value)[ \t]{0,3}:|["'][ \t]{1,3}(?i:value)[ \t]{0,3}=)[ \t]{0,3})";
constexpr const char* kValue = R"((?:\\?["'`])?[!#-&(-_a-~]{1,150})";
// What Vectorscan looks for, and the rule's lead: the keyword and separator
// up to the value's first byte, which every match holds. Vectorscan then
// reports one end per assignment instead of one per byte of the value, and
// the exact search starts at most this pattern's width (about 40 bytes)
// before it instead of the rule's whole width (about 190).
constexpr const char* kValueCue = R"((?:\\?["'`])?[!#-&(-_a-~])";

enum class Kind { kPassword, kSecret };

struct Parsed {
  size_t keyword_end = 0;  // the keyword is text[0, keyword_end)
  size_t value_begin = 0;
  size_t value_end = 0;
  char open_quote = 0;  // the quote before the value, if any
  bool escaped_quote = false;  // opened by \" or \'
  bool named_apart = false;    // value: on the next line, or value= in the element
  bool quoted = false;  // the value is closed by the same quote
  bool prose = false;   // "password is ..."
  bool bare = false;    // "password X": a blank is the only separator
  bool comma = false;   // "'KEY', 'value'"
  bool element = false; // "<password>X</password>"
};

bool IsIdentByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '-';
}

// Splits a match into keyword, separator and value.
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

// True when v is `lower` (lower-case), ignoring ASCII case in v.
bool EqualsCaseless(std::string_view v, std::string_view lower) {
  return v.size() == lower.size() && StartsWithAnyCaseless(v, {lower});
}

Parsed Parse(std::string_view t) {
  Parsed p;
  size_t i = 0;
  // Keywords in other scripts are not ASCII: they end at the separator.
  while (i < t.size() && (IsIdentByte(t[i]) || static_cast<unsigned char>(t[i]) >= 0x80)) ++i;
  if (EqualsCaseless(t.substr(0, i), "identified")) {  // MySQL's IDENTIFIED BY
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
    i = std::min(t.size(), i + 2);
  }
  p.keyword_end = i;
  if (i < t.size() && (t[i] == '"' || t[i] == '\'')) ++i;
  if (i < t.size() && t[i] == ']') ++i;
  const size_t blanks = i;
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  std::string_view rest = t.substr(i);
  auto word_at = [&](size_t k) {
    size_t n = 0;
    while (k + n < t.size() && ((t[k + n] >= 'a' && t[k + n] <= 'z') || (t[k + n] >= 'A' && t[k + n] <= 'Z'))) ++n;
    return AsciiLower(t.substr(k, n));
  };
  // `value:` on the next line, ` value=` in the same element.
  {
    size_t j = i;
    if (j < t.size() && t[j] == '\r') ++j;
    const bool next_line = j < t.size() && t[j] == '\n';
    if (next_line) {
      ++j;
      while (j < t.size() && (t[j] == ' ' || t[j] == '\t')) ++j;
    }
    if ((next_line || i > blanks) && StartsWithAnyCaseless(t.substr(j), {"value"})) {
      size_t k = j + 5;
      while (k < t.size() && (t[k] == ' ' || t[k] == '\t')) ++k;
      if (k < t.size() && t[k] == (next_line ? ':' : '=')) {
        i = k;
        rest = t.substr(i);
        p.named_apart = true;
      }
    }
  }
  if (rest.starts_with("||=")) i += 3;
  else if (rest.starts_with("=>") || rest.starts_with(":=") || rest.starts_with("?=")) i += 2;
  else if (rest.starts_with("=") || rest.starts_with(":")) i += 1;
  else if (rest.starts_with(",")) {
    p.comma = true;
    i += 1;
  } else if (rest.starts_with(">") && i == blanks) {
    p.element = true;
    i += 1;
  } else if (const std::string w = word_at(i);
             i > blanks && (w == "is" || w == "was") && i + w.size() < t.size() &&
             (t[i + w.size()] == ' ' || t[i + w.size()] == '\t')) {
    p.prose = true;
    i += w.size();
  } else {
    p.bare = true;
  }
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  size_t e = t.size();
  if (p.element) {
    // The value ends at the closing tag.
    size_t close = t.find("</", i);
    e = close == std::string_view::npos ? i : close;
  } else if (i < e && (t[i] == '"' || t[i] == '\'' || t[i] == '`')) {
    p.open_quote = t[i];
    ++i;
  } else if (i + 1 < e && t[i] == '\\' && (t[i + 1] == '"' || t[i + 1] == '\'')) {
    // \"value\": a quoted value inside a string literal (JAAS, JSON in JSON).
    p.open_quote = t[i + 1];
    p.escaped_quote = true;
    i += 2;
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
  // Public by design: Mapbox and Stripe publishable keys (web pages ship them).
  if (StartsWithAnyCaseless(v, {"pk.eyj", "pk_live_", "pk_test_"})) return {};
  if (!p.quoted && v.find('(') != std::string_view::npos) return {};  // a call
  if (!p.quoted) {
    if (v.find_first_of("[]{}") != std::string_view::npos) return {};
    if (LooksLikeReference(v)) return {};
    if (AllLowerLetters(v)) return {};  // a word
  }
  if (CountSpaces(v) >= 2 || v.find('\t') != std::string_view::npos) return {};  // a sentence
  const double h = Entropy(v);
  const int classes = CharClassCount(v);
  // Without an operator (a blank, or a call's comma) the keyword may just
  // be a word or an argument name: the value must look random.
  if ((p.bare || p.comma) && !(classes >= 3 && v.size() >= 8) && !(v.size() >= 16 && h >= 3.5)) return {};
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

// Whether `before` ends in an XML start tag's '<' and the start of the
// keyword's element name ("<" or "<db_").
bool OpensElement(std::string_view before) {
  size_t i = before.size();
  while (i > 0 && IsIdentByte(before[i - 1])) --i;
  return i > 0 && before[i - 1] == '<';
}

// Whether the keyword (ignoring a numeric suffix) is `word`, caselessly.
bool KeywordIs(std::string_view keyword, std::string_view word) {
  while (!keyword.empty() && (keyword.back() == '_' || (keyword.back() >= '0' && keyword.back() <= '9'))) {
    keyword.remove_suffix(1);
  }
  return EqualsCaseless(keyword, word);
}

// STRIPE_KEY, MIDTRANS_SERVER_KEY: an upper-case name ending in _KEY names
// a secret unless it names a public key or an index or cache key; an
// upper-case hex value under such a name is a fingerprint or key id.
bool IsSecretKeyName(std::string_view before, std::string_view value) {
  size_t b = before.size();
  while (b > 0 && ((before[b - 1] >= 'A' && before[b - 1] <= 'Z') || (before[b - 1] >= '0' && before[b - 1] <= '9') ||
                   before[b - 1] == '_')) {
    --b;
  }
  if (b == before.size()) return false;
  if (b > 0 && before[b - 1] >= 'a' && before[b - 1] <= 'z') return false;  // not all upper case
  std::string_view name = before.substr(b);
  while (!name.empty() && name.back() == '_') name.remove_suffix(1);
  const size_t last = name.rfind('_');
  const std::string_view word = last == std::string_view::npos ? name : name.substr(last + 1);
  for (std::string_view w : {"PUBLIC", "PUBLISHABLE", "PUB", "SITE", "CLIENT", "ID", "PRIMARY", "PARTITION", "SORT",
                             "CACHE", "FOREIGN", "SSH", "GPG", "PGP", "HOST", "BROWSER", "MAPS", "VAPID", "IDEMPOTENCY",
                             "ROUTE", "LOOKUP", "HASH", "KMS"}) {
    if (word == w) return false;
  }
  bool upper_hex = true;
  for (char ch : value) upper_hex = upper_hex && ((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'F'));
  return !upper_hex;
}

}  // namespace

double PasswordValueScore(std::string_view value, bool quoted) {
  Parsed p;
  p.quoted = quoted;
  return ScoreValue(Kind::kPassword, value, p).score;
}

Verdict AcceptPasswordAt(std::string_view text, size_t begin, size_t end, bool quoted, const char* reason) {
  const double score = PasswordValueScore(text.substr(begin, end - begin), quoted);
  if (score < 0) return Verdict::Reject();
  Verdict v = Verdict::Accept(reason, score + 0.1);
  v.sub_begin = begin;
  v.sub_end = end;
  return v;
}

namespace {

Validator AssignmentValidator(Kind kind) {
  return [kind](const Candidate& c) -> Verdict {
    Parsed p = Parse(c.text);
    if (p.value_end <= p.value_begin) return Verdict::Reject();
    std::string_view v = c.text.substr(p.value_begin, p.value_end - p.value_begin);
    const std::string_view keyword = c.text.substr(0, p.keyword_end);
    const char prev = c.before.empty() ? '\0' : c.before.back();
    if (KeywordIs(keyword, "pass")) {
      // "PASS", "DB_PASS", "dbPass" with an operator; not "bypass", "compass",
      // nor the noun ("the building pass is ...", "pass X").
      const bool letter = (prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z');
      if (p.bare || p.prose || (letter && !(prev >= 'a' && prev <= 'z' && keyword[0] == 'P'))) {
        return Verdict::Reject();
      }
    }
    // A blank alone separates only a word of its own ("password X", not
    // "reason=bad_password attempts=3"), and not from another key=value.
    if (p.bare && (KeywordIs(keyword, "pwd") || KeywordIs(keyword, "pword") || IsIdentByte(prev) ||
                   v.find_first_of("=:") != std::string_view::npos)) {
      return Verdict::Reject();
    }
    if (keyword == "_KEY" && !IsSecretKeyName(c.before, v)) return Verdict::Reject();
    // An anti-forgery token (csrf_token, xsrfToken) is in every page's form.
    if (c.before.size() >= 5) {
      const std::string tail = AsciiLower(c.before.substr(c.before.size() - 5));
      if (tail.find("csrf") != std::string::npos || tail.find("xsrf") != std::string::npos) return Verdict::Reject();
    }
    if (p.element && !OpensElement(c.before)) return Verdict::Reject();
    if (p.comma && p.open_quote == 0) return Verdict::Reject();
    const char next = c.after.empty() ? '\0' : c.after[0];
    if (p.element) {
      // Closed by the tag: the match ran on through it.
    } else if (p.escaped_quote) {
      // The value ran on to the backslash of \"; the closing quote follows.
      if (next != p.open_quote || v.empty() || v.back() != '\\') return Verdict::Reject();
      v.remove_suffix(1);
      --p.value_end;
      p.quoted = true;
    } else if (p.open_quote != 0) {
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
  const std::string separator = kind == Kind::kPassword ? kPasswordSeparator : kSeparator;
  r.regex = keywords + separator + kValue;
  r.prefilter = keywords + separator + kValueCue;
  r.lead = r.prefilter;
  r.score = score;
  r.validate = AssignmentValidator(kind);
  return r;
}

}  // namespace

void AddAssignmentRules(RuleList& out) {
  // The word for password in other languages too (contraseña, senha,
  // wachtwoord, lösenord, hasło, şifre, salasana, heslo, пароль, パスワード,
  // 密码, 비밀번호). Non-ASCII keywords are literal UTF-8; NFKC has made a
  // full-width colon ASCII.
  out.push_back(AssignmentRule(
      "password_assignment", "PASSWORD",
      R"((?i:pass(?:word|wd|phrase|code)?|pwd|pword|passwort|mot_?de_?passe|contrase(?:ña|na)|senha|wachtwoord|)"
      R"(l(?:ö|o)senord|has(?:ł|l)o|(?:ş|s)ifre|salasana|heslo|[пП]ароль|パスワード|密码|비밀번호|)"
      R"(identified[ \t]{1,3}by))",
      0.75, Kind::kPassword));
  out.push_back(AssignmentRule(
      "secret_assignment", "GENERIC_SECRET",
      R"((?:(?i:secret|api[_.\-]?key|api[_.\-]?secret|api[_.\-]?token|access[_.\-]?token|auth[_.\-]?token|)"
      R"(refresh[_.\-]?token|bearer[_.\-]?token|session[_.\-]?token|client[_.\-]?secret|private[_.\-]?key|)"
      R"(secret[_.\-]?key|signing[_.\-]?key|encryption[_.\-]?key|master[_.\-]?key|access[_.\-]?key|)"
      R"(app[_.\-]?secret|app[_.\-]?key|webhook[_.\-]?secret|auth[_.\-]?key|routing[_.\-]?key|)"
      R"(admin[_.\-]?key|server[_.\-]?key|application[_.\-]?key|record[_.\-]?key|licen[cs]e[_.\-]?key|)"
      R"(schl(?:ü|ue)ssel|token|credentials?|creds)|_KEY))",
      0.7, Kind::kSecret));
}

}  // namespace convoguard::recognizers::secrets
