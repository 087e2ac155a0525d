// Credentials named only in prose, in many languages: "the wifi password
// is on the whiteboard, "X"", "mot de passe en clair : X", "Voici ma clé
// Mistral : X", or a question and its answer in the next chat turn
// ("wie heeft het wachtwoord?" / "[10:45] daan: X"). No operator ties the
// value to the word, so the value must look random: a password has a digit,
// letters and a third character class (a symbol, or both cases), a key or
// token 20+ characters of mixed case and digits. Only the value is
// reported.
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "matching/word_shapes.h"
#include "recognizers/context.h"
#include "recognizers/secrets/secret_checks.h"
#include "recognizers/secrets/secret_rules_internal.h"

namespace convoguard::recognizers::secrets {
namespace {

// Where the value may be, in code points (the rule's width in bytes stays
// under kShortRuleWidth): the rest of the word's line, or the next line
// when the word's line ends in a question or a colon. A match ends at a
// line's end, so the next line's credential word starts a match of its own.
constexpr const char* kWindow = R"((?:[^\n]{0,45}[?:][ \t]{0,3}\r?\n[^\n]{0,70}|[^\n]{0,110}))";

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

enum class Kind { kPassword, kKey };

// Words right after the credential word that make it about something else
// ("password hash", "token limit", "key id").
bool IsOtherNoun(std::string_view w) {
  for (std::string_view n : {"hash", "hashes", "hashed", "digest", "id", "ids", "fingerprint", "length", "policy",
                             "policies", "field", "reset", "salt", "name", "hint", "manager", "rotation", "expiry",
                             "limit", "limits", "count", "usage", "type", "format", "file", "path", "store", "vault",
                             "strength", "requirements", "rules", "prompt", "dialog", "form", "input", "page"}) {
    if (w == n) return true;
  }
  return false;
}

// Words right before it that make the value public ("public key", "site
// key", "publishable key").
bool IsPublicWord(std::string_view w) {
  for (std::string_view n : {"public", "publishable", "pub", "site", "client", "host", "gpg", "pgp", "ssh", "primary",
                             "foreign", "sort", "partition", "cache", "license", "product", "hotkey", "shortcut",
                             "music", "piano", "csrf", "idempotency", "encryption", "signing", "kms"}) {
    if (w == n) return true;
  }
  return false;
}

// The ASCII word that ends at `end` in s, lower-cased (empty if none); in
// camelCase the last capitalized part ("Site" of "recaptchaSite").
std::string WordBefore(std::string_view s, size_t end) {
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '-' || s[end - 1] == '_')) --end;
  size_t b = end;
  while (b > 0 && IsAsciiLetter(s[b - 1])) {
    --b;
    if (s[b] >= 'A' && s[b] <= 'Z' && b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z') break;
  }
  return AsciiLower(s.substr(b, end - b));
}

std::string WordAfter(std::string_view s, size_t begin) {
  while (begin < s.size() && (s[begin] == ' ' || s[begin] == '\t' || s[begin] == '_' || s[begin] == '-')) ++begin;
  size_t e = begin;
  while (e < s.size() && IsAsciiLetter(s[e])) ++e;
  return AsciiLower(s.substr(begin, e - begin));
}

struct Shape {
  int lower = 0, upper = 0, digit = 0, symbol = 0, strong_symbol = 0;
};

Shape ShapeOf(std::string_view v) {
  Shape s;
  for (char c : v) {
    if (c >= 'a' && c <= 'z') ++s.lower;
    else if (c >= 'A' && c <= 'Z') ++s.upper;
    else if (c >= '0' && c <= '9') ++s.digit;
    else {
      ++s.symbol;
      if (c != '-' && c != '_' && c != '.' && c != '/') ++s.strong_symbol;
    }
  }
  return s;
}

bool AllHexOrDash(std::string_view v) {
  for (char c : v) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-')) return false;
  }
  return true;
}

// Whether v reads as a random credential of this kind rather than a word,
// a name, an id, a version, a file or host name.
bool LooksRandom(std::string_view v, Kind kind) {
  if (v.size() < 8 || v.size() > 100) return false;
  if (IsPlaceholder(v) || IsCommonNonSecretWord(v) || LooksLikeReference(v)) return false;
  if (AllHexOrDash(v)) return false;  // hashes, UUIDs, hex ids
  if (v.find("://") != std::string_view::npos || v.front() == '/' || v.front() == '~') return false;
  // Prefixed ids (cus_..., pi_..., evt_...): providers' secrets with a
  // prefix have rules of their own.
  {
    size_t i = 0;
    while (i < v.size() && v[i] >= 'a' && v[i] <= 'z') ++i;
    if (i >= 1 && i <= 5 && i < v.size() && v[i] == '_') return false;
  }
  // Labelled digests and encodings, DER (MII...) and SSH key (AAAA...) bodies.
  if (v.starts_with("sha") || v.starts_with("md5") || v.starts_with("MII") || v.starts_with("AAAA")) return false;
  // A file or host name: ends in '.' and a few lowercase letters.
  const size_t dot = v.rfind('.');
  if (dot != std::string_view::npos && dot + 1 < v.size() && v.size() - dot <= 6) {
    bool lower = true;
    for (size_t i = dot + 1; i < v.size(); ++i) lower = lower && v[i] >= 'a' && v[i] <= 'z';
    if (lower) return false;
  }
  // An e-mail address.
  const size_t at = v.find('@');
  if (at != std::string_view::npos && v.find('.', at) != std::string_view::npos) return false;
  if (v.find_first_of("[]{}<>()|\\ \t") != std::string_view::npos) return false;
  // key:value, key=value (structured text, not one value); base64 may end in '='.
  const size_t op = v.find_first_of(":=");
  if (op != std::string_view::npos && v.find_first_not_of('=', op) != std::string_view::npos) return false;
  const Shape s = ShapeOf(v);
  const int letters = s.lower + s.upper;
  const double h = Entropy(v);
  if (kind == Kind::kKey) {
    // Random: nearly every character distinct up to ~20, then 4 bits each.
    return v.size() >= 20 && s.lower > 0 && s.upper > 0 && s.digit > 0 &&
           h >= std::min(4.0, std::log2(static_cast<double>(v.size())) - 0.6);
  }
  if (letters < 2 || s.digit == 0 || h < 2.5 || v.size() > 64) return false;
  if (s.lower > 0 && s.upper > 0) {
    // Both cases and digits: with a symbol, or long enough not to be a
    // product or model name (iPhone15, Windows11).
    return s.symbol > 0 || (v.size() >= 10 && s.digit >= 2 && s.upper >= 2);
  }
  // One case only: a real symbol (toor#backup42), not a dash or dot
  // (ticket ids, host names, COVID-19).
  return s.strong_symbol > 0;
}

// Bytes that end an unquoted value: blanks, and punctuation a value
// rarely holds at its end.
bool EndsValue(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';'; }

bool NonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// Whether the code point that ends at t[end] (exclusive) or starts at
// t[begin] is a letter of an alphabet written with blanks between words
// (Latin, Greek, Cyrillic, Hebrew, Arabic: two UTF-8 bytes), so that an
// ASCII run touching it is part of a word. Ideographs and kana (three
// bytes) sit right beside values in Chinese and Japanese.
bool TwoByteBefore(std::string_view t, size_t end) {
  size_t b = end;
  while (b > 0 && (static_cast<unsigned char>(t[b - 1]) & 0xC0) == 0x80) --b;
  return b > 0 && (static_cast<unsigned char>(t[b - 1]) & 0xE0) == 0xC0;
}
bool TwoByteAt(std::string_view t, size_t begin) {
  return begin < t.size() && (static_cast<unsigned char>(t[begin]) & 0xE0) == 0xC0;
}

// The first value after the credential word that looks random: on the
// word's line, or on the next line when the word's line ends in a question
// or a colon (a chat turn's answer, a label on its own line).
Verdict FindValue(const Candidate& c, size_t from, Kind kind) {
  std::string_view t = c.text;
  size_t line_end = t.find('\n', from);
  size_t limit = t.size();
  if (line_end != std::string_view::npos) {
    size_t k = line_end;
    while (k > from && (t[k - 1] == ' ' || t[k - 1] == '\t' || t[k - 1] == '\r')) --k;
    const bool asks = k > from && (t[k - 1] == '?' || t[k - 1] == ':');
    const size_t next_end = t.find('\n', line_end + 1);
    limit = asks ? (next_end == std::string_view::npos ? t.size() : next_end) : line_end;
  }
  // Only a value that ends before the match does is whole.
  const bool cut = c.text.size() == limit && !c.after.empty() && !EndsValue(c.after[0]);
  // After an operator ("password: X", "token = X") the value is the next
  // word or none: the assignment rules judge it.
  bool first_only = false;
  {
    size_t j = from;
    if (j < t.size() && (t[j] == '"' || t[j] == '\'')) ++j;
    while (j < t.size() && (t[j] == ' ' || t[j] == '\t')) ++j;
    if (j < t.size() && (t[j] == ':' || t[j] == '=')) {
      ++j;
      while (j < t.size() && (t[j] == ' ' || t[j] == '\t')) ++j;
      first_only = j < limit && t[j] != '\n' && t[j] != '\r';
    }
  }
  size_t i = from;
  bool tried = false;
  while (i < limit) {
    if (tried && first_only) break;
    tried = true;
    while (i < limit && (EndsValue(t[i]) || NonAscii(t[i]))) ++i;
    if (i >= limit) break;
    char quote = 0;
    const bool after_letter = i > 0 && (IsAsciiLetter(t[i - 1]) || TwoByteBefore(t, i));
    if ((t[i] == '"' || t[i] == '`' || (t[i] == '\'' && !after_letter))) {
      const size_t close = t.find(t[i], i + 1);
      if (close != std::string_view::npos && close < limit && t.substr(i, close - i).find('\n') == std::string_view::npos) {
        quote = t[i++];
      } else {
        ++i;  // an apostrophe, or a quote closed on another line
        continue;
      }
    }
    if (quote == 0 && t[i] == '(') ++i;
    size_t e = i;
    if (quote != 0) {
      while (t[e] != quote) ++e;
    } else {
      while (e < limit && !EndsValue(t[e]) && !NonAscii(t[e]) && t[e] != '"') ++e;
    }
    size_t ve = e;
    bool word_piece = false;
    if (quote == 0) {
      // Sentence punctuation after the value.
      while (ve > i && (t[ve - 1] == '.' || t[ve - 1] == ':' || t[ve - 1] == '?' || t[ve - 1] == ')')) --ve;
      // Part of a word in an alphabet with blanks (Ст3йдж): not a value.
      word_piece = (i > 0 && TwoByteBefore(t, i)) || (e == ve && TwoByteAt(t, e)) || (e == limit && cut);
    }
    std::string_view v = t.substr(i, ve - i);
    if (!word_piece && LooksRandom(v, kind)) {
      Verdict verdict = Verdict::Accept(kind == Kind::kPassword ? "password named in prose" : "key named in prose",
                                        0.7);
      verdict.sub_begin = i;
      verdict.sub_end = ve;
      return verdict;
    }
    i = e + (quote != 0 ? 1 : 0);
    while (i < limit && !EndsValue(t[i]) && !NonAscii(t[i]) && quote == 0) ++i;
    while (i < limit && TwoByteAt(t, i)) {  // the rest of a word piece
      ++i;
      while (i < limit && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;
      while (i < limit && !EndsValue(t[i]) && !NonAscii(t[i])) ++i;
    }
  }
  return Verdict::Reject();
}

Validator ProseValidator(Kind kind) {
  return [kind](const Candidate& c) -> Verdict {
    std::string_view t = c.text;
    // The word: up to the first blank or punctuation after its first byte
    // (non-ASCII words run to the next ASCII byte).
    size_t k = 0;
    if (static_cast<unsigned char>(t[0]) >= 0x80) {
      while (k < t.size() && static_cast<unsigned char>(t[k]) >= 0x80) ++k;
    } else {
      while (k < t.size() && IsAsciiLetter(t[k])) ++k;
      // The word itself or its plural, not a longer word ("keyboard",
      // "tokenizer", "secretary", "passwordless").
      const std::string word = AsciiLower(t.substr(0, k));
      for (std::string_view stem : {"key", "token", "secret", "password", "pw"}) {
        if (word.starts_with(stem) && word != stem && word != std::string(stem) + "s" && word != "pwd") {
          return Verdict::Reject();
        }
      }
      // "mot de passe", "kata sandi", "api key": the words of the phrase.
      while (k + 1 < t.size() && (t[k] == ' ' || t[k] == '-' || t[k] == '_') && IsAsciiLetter(t[k + 1])) {
        size_t j = k + 1;
        while (j < t.size() && IsAsciiLetter(t[j])) ++j;
        const std::string w = AsciiLower(t.substr(k + 1, j - k - 1));
        if (w != "de" && w != "passe" && w != "sandi" && w != "laluan" && w != "key" && w != "token" &&
            w != "secret") {
          break;
        }
        k = j;
      }
      // A word of its own: not inside an identifier or a longer word.
      const char prev = c.before.empty() ? ' ' : c.before.back();
      // "AccessKeySecret": a capital after a lower-case letter starts a word.
      const bool camel = prev >= 'a' && prev <= 'z' && t[0] >= 'A' && t[0] <= 'Z';
      if ((matching::IsWordByte(static_cast<unsigned char>(prev)) && !camel) || prev == '-' || prev == '.' || prev == '$' || prev == '/') {
        return Verdict::Reject();
      }
      if (k < t.size() &&
          (matching::IsWordByte(static_cast<unsigned char>(t[k])) || t[k] == '(' || (t[k] == '.' && k + 1 < t.size() && IsAsciiLetter(t[k + 1])))) {
        return Verdict::Reject();
      }
    }
    if (IsOtherNoun(WordAfter(t, k))) return Verdict::Reject();
    if (IsPublicWord(WordBefore(c.before, c.before.size()))) return Verdict::Reject();
    return FindValue(c, k, kind);
  };
}

}  // namespace

void AddProseRules(RuleList& out) {
  const std::string passwords =
      R"((?:(?i:password|passwort|kennwort|passphrase|passcode|pwd|pw|mot de passe|contrase(?:ña|na)|clave|senha|)"
      R"(wachtwoord|l(?:ö|o)senord|adgangskode|passord|salasana|has(?:ł|l)o|heslo|jelsz(?:ó|o)|parol(?:a|ă)|)"
      R"(lozinka|geslo|(?:ş|s)ifre|κωδικός|κωδικό)|[пП]арол[ьяеюи]|סיסמה|סיסמא|كلمة المرور|كلمة السر|)"
      R"(رمز عبور|पासवर्ड|m(?:ậ|a)t kh(?:ẩ|a)u|รหัสผ่าน|(?i:kata sandi|kata laluan)|パスワード|暗証番号|)"
      R"(密码|密碼|口令|비밀번호|암호))";
  const std::string keys =
      R"((?:(?i:api[ _-]?key|api[ _-]?token|access[ _-]?key|secret[ _-]?key|key|token|secret|cl(?:é|e)|chiave|)"
      R"(sleutel|schl(?:ü|ue)ssel|anahtar|klucz|nyckel|n(?:ø|o)gle|avain|kulcs)|ключ|токен|キー|トークン|密钥|)"
      R"(秘钥|令牌|키|토큰))";
  // Found from the word alone (the prefilter and lead): the window is
  // searched only where one is.
  auto rule = [&out](const char* id, const char* entity, const std::string& words, Kind kind) {
    out.push_back({.id = id, .entity_type = entity, .regex = words + kWindow, .prefilter = words, .lead = words,
                   .score = 0.7, .validate = ProseValidator(kind)});
  };
  rule("password_in_prose", "PASSWORD", passwords, Kind::kPassword);
  rule("key_in_prose", "GENERIC_SECRET", keys, Kind::kKey);
}

}  // namespace convoguard::recognizers::secrets
