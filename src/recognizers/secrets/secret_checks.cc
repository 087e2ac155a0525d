#include "recognizers/secrets/secret_checks.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "checksums/checksums.h"
#include "recognizers/context.h"

namespace convoguard::recognizers::secrets {
namespace {

bool IsAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int Base64Value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

// Sequences whose substrings are typed as stand-ins ("abcdef", "123456").
constexpr std::string_view kSequences[] = {
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
    "0123456789012345678901234567890123456789",
    "9876543210987654321098765432109876543210",
    "qwertyuiopasdfghjklzxcvbnm",
    "zyxwvutsrqponmlkjihgfedcbazyxwvutsrqponmlkjihgfedcba",
};

// Lowercase fragments that mark a stand-in wherever they occur.
constexpr std::string_view kPlaceholderFragments[] = {
    "xxxx", "****", "....", "…", "${", "{{", "}}", "$(", "%s", "%(", "#{",
    "example", "placeholder", "redacted", "changeme", "change_me", "change-me", "your_",
    "your-", "yourpass", "yourkey", "yoursecret", "yourtoken", "replace_", "replace-",
    "replaceme", "insert_", "insert-", "dummy", "sample", "<redacted>", "secret_here",
    "_here", "-here", "todo", "fixme", "process.env", "os.environ", "getenv", "env[",
    "environ[", "secretkeyref", "not_a_real", "notreal", "fake_", "fake-", "_fake",
    "masked", "obfuscated", "removed", "hidden", "000000", "111111", "test-only", "test_only", "testonly",
    "for-testing", "for_testing",
};

constexpr std::string_view kCommonWords[] = {
    "password", "passwd", "pass", "pwd", "passphrase", "secret", "secrets", "token", "tokens",
    "key", "apikey", "api_key", "true", "false", "null", "nil", "none", "undefined", "empty",
    "required", "optional", "string", "str", "text", "int", "integer", "bool", "boolean",
    "number", "object", "bytes", "char", "varchar", "invalid", "incorrect", "wrong",
    "correct", "admin", "administrator", "root", "test", "testing", "tester", "bearer",
    "basic", "default", "value", "values", "user", "username", "login", "set", "unset",
    "yes", "no", "on", "off", "enabled", "disabled", "qwerty", "letmein", "abc123",
    "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword", "secret123", "foo",
    "bar", "baz", "foobar", "guest", "demo", "public", "private", "sensitive", "redacted",
    "mypassword", "mysecret", "mytoken", "supersecret", "topsecret", "s3cr3t", "pa$$word",
    "anonymous", "nopass", "nopassword", "missing", "unknown", "generated", "random",
    "auto", "env", "file", "vault", "keyring", "prompt", "ask", "stdin", "same",
};

}  // namespace

double Entropy(std::string_view s) { return checksums::ShannonEntropy(s); }

int CharClassCount(std::string_view s) {
  bool lower = false, upper = false, digit = false, other = false;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= '0' && c <= '9') digit = true;
    else other = true;
  }
  return int{lower} + int{upper} + int{digit} + int{other};
}

bool ContinuesToken(std::string_view after, std::string_view extra) {
  if (after.empty()) return false;
  unsigned char c = static_cast<unsigned char>(after[0]);
  return IsAlnum(c) || extra.find(static_cast<char>(c)) != std::string_view::npos;
}

std::optional<std::string> Base64Decode(std::string_view s) {
  while (!s.empty() && s.back() == '=') s.remove_suffix(1);
  if (s.size() % 4 == 1) return std::nullopt;
  std::string out;
  out.reserve(s.size() * 3 / 4);
  uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : s) {
    int v = Base64Value(c);
    if (v < 0) return std::nullopt;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return out;
}

namespace {

// s lower-cased (ASCII) into a per-thread buffer, so that checking a
// candidate value allocates nothing once the buffer has grown. Each caller
// owns its buffer; the view lasts until that caller's next call.
std::string_view LowerInto(std::string_view s, std::string& buffer) {
  buffer.assign(s);
  for (char& c : buffer) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return buffer;
}

// Whether any of kPlaceholderFragments occurs in `lower`: one pass, trying
// at each byte only the fragments that start with it (one find per fragment
// was most of IsPlaceholder's time).
bool ContainsPlaceholderFragment(std::string_view lower) {
  static const auto by_first = [] {
    std::array<std::vector<std::string_view>, 256> index;
    for (std::string_view f : kPlaceholderFragments) index[static_cast<unsigned char>(f[0])].push_back(f);
    return index;
  }();
  for (size_t i = 0; i < lower.size(); ++i) {
    for (std::string_view f : by_first[static_cast<unsigned char>(lower[i])]) {
      if (lower.compare(i, f.size(), f) == 0) return true;
    }
  }
  return false;
}

}  // namespace

bool IsPlaceholder(std::string_view s) {
  if (s.empty()) return true;
  thread_local std::string buffer;
  const std::string_view lower = LowerInto(s, buffer);
  if (lower.find_first_not_of(lower[0]) == std::string_view::npos) return true;
  if (lower[0] == '$' || lower[0] == '%' || lower[0] == '@') return true;
  // <token>, <your key here>, [PASSWORD], [FILTERED]; a lone '<' or '>' may
  // be part of a random value (WordPress salts hold them).
  const size_t lt = lower.find('<');
  if (lt != std::string::npos && lower.find('>', lt) != std::string::npos) return true;
  if (lower[0] == '<' || lower.back() == '>' || (lower[0] == '[' && lower.back() == ']')) return true;
  if (ContainsPlaceholderFragment(lower)) return true;
  if (lower.ends_with("here")) return true;  // "...TokenHere", "your_key_here"
  // An ascending run of 10 or more ("abcdefghij", "0123456789") inside.
  for (size_t i = 0, run = 1; i + 1 < lower.size(); ++i) {
    run = (lower[i + 1] == lower[i] + 1) ? run + 1 : 1;
    if (run >= 10) return true;
  }
  if (lower.size() >= 4) {
    for (std::string_view seq : kSequences) {
      if (seq.find(lower) != std::string_view::npos) return true;
    }
  }
  return false;
}

bool IsCommonNonSecretWord(std::string_view s) {
  thread_local std::string buffer;
  const std::string_view lower = LowerInto(s, buffer);
  if (std::find(std::begin(kCommonWords), std::end(kCommonWords), lower) != std::end(kCommonWords)) {
    return true;
  }
  // Digits only and short: a port, a count, a length.
  return lower.size() <= 8 && lower.find_first_not_of("0123456789") == std::string_view::npos;
}

namespace {
bool Lower(char c) { return c >= 'a' && c <= 'z'; }
bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
bool Digit(char c) { return c >= '0' && c <= '9'; }

// Segments separated by single `sep` bytes, at least two, none empty; the
// first byte of the first segment satisfies `first` (of every segment when
// every_first), every other byte `rest`.
template <typename First, typename Rest>
bool Segmented(std::string_view v, char sep, First first, Rest rest, bool every_first) {
  if (v.empty() || !first(v[0])) return false;
  size_t segments = 1;
  bool at_start = false;  // just after a separator
  for (size_t i = 1; i < v.size(); ++i) {
    const char c = v[i];
    if (c == sep) {
      if (at_start) return false;
      at_start = true;
      ++segments;
      continue;
    }
    if (at_start && every_first ? !first(c) : !rest(c)) return false;
    at_start = false;
  }
  return !at_start && segments >= 2;
}
}  // namespace

// Hand-written: these run on every bare assignment value, and std::regex
// (which they replace) cost more than the rest of the validator.
bool LooksLikeReference(std::string_view v) {
  auto ident_first = [](char c) { return Lower(c) || Upper(c) || c == '_'; };
  auto ident_rest = [](char c) { return Lower(c) || Upper(c) || Digit(c) || c == '_'; };
  auto lower_digit = [](char c) { return Lower(c) || Digit(c); };
  auto upper_digit = [](char c) { return Upper(c) || Digit(c); };
  if (Segmented(v, '.', ident_first, ident_rest, /*every_first=*/true)) return true;
  if (Segmented(v, '_', Lower, lower_digit, /*every_first=*/false)) return true;
  if (Segmented(v, '_', Upper, upper_digit, /*every_first=*/false)) return true;
  // camelCase: lowercase letters, then one or more capitalized words.
  size_t i = 0;
  while (i < v.size() && Lower(v[i])) ++i;
  if (i == 0 || i == v.size()) return false;
  while (i < v.size()) {
    if (!Upper(v[i])) return false;
    size_t j = ++i;
    while (i < v.size() && Lower(v[i])) ++i;
    if (i == j) return false;
  }
  return true;
}

}  // namespace convoguard::recognizers::secrets
