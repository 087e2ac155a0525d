#include "matching/pending_matches.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace convoguard::matching {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The bytes a match of `re` can start with, from PCRE2's own start-up
// optimization data (so never narrower than what PCRE2 tries itself).
std::bitset<256> StartBytes(const pcre2_code* re) {
  std::bitset<256> all;
  all.set();
  uint32_t type = 0;
  if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type) != 0) return all;
  if (type == 1) {
    uint32_t cu = 0;
    if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &cu) != 0 || cu > 0xFF) return all;
    std::bitset<256> s;
    if (cu >= 0x80) {
      // A lead byte; its other case (under caseless matching) may have
      // another lead byte: take every lead byte.
      for (unsigned b = 0xC0; b < 0x100; ++b) s.set(b);
      return s;
    }
    s.set(cu);
    // pcre2_pattern_info does not say whether the code unit is caseless.
    if (cu >= 'a' && cu <= 'z') s.set(cu - 'a' + 'A');
    if (cu >= 'A' && cu <= 'Z') s.set(cu - 'A' + 'a');
    return s;
  }
  if (type != 0) return all;  // 2: start of a line
  const uint8_t* map = nullptr;
  if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &map) != 0 || map == nullptr) return all;
  std::bitset<256> s;
  for (unsigned b = 0; b < 256; ++b) {
    if ((map[b / 8] >> (b % 8)) & 1) s.set(b);
  }
  return s;
}

std::bitset<256> AllBytes() {
  std::bitset<256> all;
  all.set();
  return all;
}

void AddCodePoint(std::bitset<256>& s, uint32_t cp) {
  if (cp < 0x80) s.set(cp);
  else for (unsigned b = 0x80; b < 0x100; ++b) s.set(b);  // any byte of a multi-byte character
}

// Adds the bytes of the escape at regex[i] (after the backslash) and moves i
// past it. False for an escape it does not know.
bool AddEscape(std::string_view regex, size_t& i, std::bitset<256>& s, bool in_class) {
  if (i >= regex.size()) return false;
  const char c = regex[i++];
  auto range = [&](char lo, char hi) { for (int b = lo; b <= hi; ++b) s.set(static_cast<unsigned>(b)); };
  switch (c) {
    case 'd': range('0', '9'); return true;
    case 'w': range('0', '9'); range('A', 'Z'); range('a', 'z'); s.set('_'); return true;
    case 's': for (char b : std::string_view(" \t\n\r\f\v")) s.set(static_cast<unsigned char>(b)); return true;
    case 'n': s.set('\n'); return true;
    case 'r': s.set('\r'); return true;
    case 't': s.set('\t'); return true;
    case 'f': s.set('\f'); return true;
    case 'v': s.set('\v'); return true;
    case 'b': case 'B': return !in_class;  // zero width outside a class
    case 'x': {
      size_t end = i;
      uint32_t cp = 0;
      if (i < regex.size() && regex[i] == '{') {
        end = regex.find('}', i);
        if (end == std::string_view::npos || end == i + 1 || end - i > 9) return false;
        for (size_t k = i + 1; k < end; ++k) {
          if (!std::isxdigit(static_cast<unsigned char>(regex[k]))) return false;
          cp = cp * 16 + static_cast<uint32_t>(std::stoi(std::string(1, regex[k]), nullptr, 16));
        }
        i = end + 1;
      } else {
        if (i + 2 > regex.size() || !std::isxdigit(static_cast<unsigned char>(regex[i])) ||
            !std::isxdigit(static_cast<unsigned char>(regex[i + 1]))) {
          return false;
        }
        cp = static_cast<uint32_t>(std::stoi(std::string(regex.substr(i, 2)), nullptr, 16));
        i += 2;
      }
      AddCodePoint(s, cp);
      return true;
    }
    default:
      if (std::isalnum(static_cast<unsigned char>(c))) return false;  // \D, \S, \p, \Q, \K, ...
      s.set(static_cast<unsigned char>(c));  // an escaped punctuation character
      return true;
  }
}

// Reads one class member at regex[i] as a code point (for ranges): false if
// it is an escape that stands for a set (added to s instead) or unknown.
bool ClassAtom(std::string_view regex, size_t& i, std::bitset<256>& s, uint32_t& cp, bool& ok) {
  ok = true;
  const unsigned char c = static_cast<unsigned char>(regex[i]);
  if (c == '\\') {
    ++i;
    if (i < regex.size() && regex[i] == 'x') {
      std::bitset<256> one;
      size_t j = i;
      if (!AddEscape(regex, j, one, true)) { ok = false; return false; }
      // Recover the code point for a range: only ASCII ones matter exactly.
      std::string_view hex = regex.substr(i + 1, j - i - 1);
      if (!hex.empty() && hex.front() == '{') hex = hex.substr(1, hex.size() - 2);
      cp = static_cast<uint32_t>(std::stoul(std::string(hex), nullptr, 16));
      i = j;
      return true;
    }
    if (i < regex.size() && !std::isalnum(static_cast<unsigned char>(regex[i]))) {
      cp = static_cast<unsigned char>(regex[i++]);
      return true;
    }
    if (!AddEscape(regex, i, s, true)) ok = false;
    return false;
  }
  if (c < 0x80) { cp = c; ++i; return true; }
  // A multi-byte character: its code point is not needed exactly.
  ++i;
  while (i < regex.size() && (static_cast<unsigned char>(regex[i]) & 0xC0) == 0x80) ++i;
  cp = 0x80;
  return true;
}

void AddRange(std::bitset<256>& s, uint32_t lo, uint32_t hi) {
  for (uint32_t b = lo; b <= std::min<uint32_t>(hi, 0x7F); ++b) s.set(b);
  if (hi >= 0x80) AddCodePoint(s, 0x80);
}

// Adds the members of the class at regex[i] ('[') and moves i past its
// ']'. False for a class it does not read (negated, POSIX, unknown escapes).
bool AddClass(std::string_view regex, size_t& i, std::bitset<256>& s) {
  ++i;
  if (i < regex.size() && regex[i] == '^') return false;
  bool first = true;
  while (true) {
    if (i >= regex.size()) return false;
    if (regex[i] == ']' && !first) { ++i; return true; }
    if (regex[i] == '[') return false;  // POSIX classes and the like
    first = false;
    uint32_t lo = 0, hi = 0;
    bool ok = true;
    if (!ClassAtom(regex, i, s, lo, ok)) {
      if (!ok) return false;
      continue;
    }
    if (i + 1 < regex.size() && regex[i] == '-' && regex[i + 1] != ']') {
      ++i;
      if (!ClassAtom(regex, i, s, hi, ok) || hi < lo) return false;
      AddRange(s, lo, hi);
    } else {
      AddRange(s, lo, lo);
    }
  }
}

// The bytes a match of `regex` can consume, by a conservative reading of
// the syntax Pattern allows (literals, classes, \d \w \s and the like,
// groups, alternation, quantifiers, \b): anything it does not know makes it
// answer "every byte". A partial match reaches the end of the text by
// consuming every byte from its start, so a start followed by a byte
// outside this set cannot be pending.
std::bitset<256> MatchBytes(std::string_view regex, bool caseless) {
  std::bitset<256> s;
  size_t i = 0;
  while (i < regex.size()) {
    const unsigned char c = static_cast<unsigned char>(regex[i]);
    if (c == '\\') {
      ++i;
      if (!AddEscape(regex, i, s, false)) return AllBytes();
    } else if (c == '[') {
      if (!AddClass(regex, i, s)) return AllBytes();
    } else if (c == '(') {
      ++i;
      if (i < regex.size() && regex[i] == '?') {
        // Only non-capturing groups with option letters: (?:  (?i:  (?-i:
        size_t j = i + 1;
        while (j < regex.size() && (regex[j] == 'i' || regex[j] == '-')) {
          if (regex[j] == 'i') caseless = true;
          ++j;
        }
        if (j >= regex.size() || regex[j] != ':') return AllBytes();
        i = j + 1;
      }
    } else if (c == '{') {
      size_t j = i + 1;
      while (j < regex.size() && (std::isdigit(static_cast<unsigned char>(regex[j])) || regex[j] == ',')) ++j;
      // A quantifier: {m}, {m,}, {m,n}. PCRE2 10.42 reads "{,n}" as literal
      // text (10.43 as {0,n}): so does this.
      if (j < regex.size() && regex[j] == '}' && j > i + 1 && regex[i + 1] != ',') i = j + 1;
      else { s.set('{'); ++i; }
    } else if (c == '.') {
      return AllBytes();
    } else if (c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '^' || c == '$') {
      ++i;
    } else if (c >= 0x80) {
      AddCodePoint(s, 0x80);
      ++i;
    } else {
      s.set(c);
      ++i;
    }
  }
  if (caseless) {
    for (unsigned b = 'a'; b <= 'z'; ++b) {
      if (s.test(b) || s.test(b - 'a' + 'A')) { s.set(b); s.set(b - 'a' + 'A'); }
    }
    // Caseless matching folds a few ASCII letters with other characters
    // (k and the Kelvin sign, s and the long s): multi-byte bytes.
    if (s.test('k') || s.test('s')) AddCodePoint(s, 0x80);
    if (s.test(0x80)) {  // and the other way round
      for (unsigned b = 'a'; b <= 'z'; ++b) { s.set(b); s.set(b - 'a' + 'A'); }
    }
  }
  return s;
}

// The pairs of bytes a match of `regex` can consume one right after the
// other, by the same conservative reading of the syntax as MatchBytes, but
// structural (a Glushkov-style pass: each sub-expression's first and last
// bytes, whether it can match the empty string; a concatenation joins the
// last bytes of one part to the first bytes of the next, a repeat its own
// last bytes to its first). A multi-byte character stands for every byte
// >= 0x80, followed by any of them. Anything it does not read: nullopt.
class FollowReader {
 public:
  explicit FollowReader(std::string_view regex) : re_(regex) {}

  std::optional<std::vector<std::bitset<256>>> Read(bool caseless) {
    follow_.assign(256, std::bitset<256>());
    Sets r = Alt(caseless);
    if (!ok_ || i_ != re_.size()) return std::nullopt;
    digit_free_ = static_cast<uint64_t>(std::max<int64_t>({r.free, r.pre, 0}));
    return std::move(follow_);
  }

  // After a successful Read: the most bytes a match can consume from its
  // start before its first ASCII digit (its whole length when it has none).
  uint64_t digit_free() const { return digit_free_; }

 private:
  static constexpr int64_t kNone = -1;         // no such match
  static constexpr int64_t kCap = int64_t{1} << 40;
  static int64_t Add(int64_t a, int64_t b) { return a == kNone || b == kNone ? kNone : std::min(a + b, kCap); }
  static int64_t Times(uint64_t n, int64_t a) {
    if (a == kNone) return kNone;
    if (a == 0 || n == 0) return 0;
    return n >= static_cast<uint64_t>(kCap) || a > kCap / static_cast<int64_t>(n) ? kCap : static_cast<int64_t>(n) * a;
  }

  struct Sets {
    std::bitset<256> first, last;
    bool nullable = true;
    // free: the longest match without a digit (kNone: every match has one);
    // pre: the longest digit-free prefix before the first digit of a match
    // that has one (kNone: no match has one). Lengths in bytes.
    int64_t free = 0;
    int64_t pre = kNone;
  };

  void Join(const std::bitset<256>& from, const std::bitset<256>& to) {
    if (to.none()) return;
    for (size_t b = from._Find_first(); b < from.size(); b = from._Find_next(b)) follow_[b] |= to;
  }

  // A consuming atom of bytes s (caseless folding as MatchBytes does).
  Sets Atom(std::bitset<256> s, bool caseless) {
    if (caseless) {
      for (unsigned b = 'a'; b <= 'z'; ++b) {
        if (s.test(b) || s.test(b - 'a' + 'A')) { s.set(b); s.set(b - 'a' + 'A'); }
      }
      if (s.test('k') || s.test('s')) AddCodePoint(s, 0x80);
      if (s.test(0x80)) {
        for (unsigned b = 'a'; b <= 'z'; ++b) { s.set(b); s.set(b - 'a' + 'A'); }
      }
    }
    if (s.test(0x80)) {  // a multi-byte character: its bytes follow each other
      std::bitset<256> high;
      AddCodePoint(high, 0x80);
      Join(high, high);
    }
    std::bitset<256> digits;
    for (unsigned b = '0'; b <= '9'; ++b) digits.set(b);
    const int64_t width = s.test(0x80) ? 4 : 1;  // a code point takes up to 4 bytes
    return Sets{s, s, false, (s & ~digits).any() ? width : kNone, (s & digits).any() ? 0 : kNone};
  }

  Sets Alt(bool caseless) {
    Sets r = Seq(caseless);
    while (ok_ && i_ < re_.size() && re_[i_] == '|') {
      ++i_;
      Sets a = Seq(caseless);
      r.first |= a.first;
      r.last |= a.last;
      r.nullable = r.nullable || a.nullable;
      r.free = std::max(r.free, a.free);
      r.pre = std::max(r.pre, a.pre);
    }
    return r;
  }

  Sets Seq(bool caseless) {
    Sets r;
    while (ok_ && i_ < re_.size() && re_[i_] != '|' && re_[i_] != ')') {
      Sets a = Item(caseless);
      if (!ok_) break;
      Quantify(a);
      Join(r.last, a.first);
      if (r.nullable) r.first |= a.first;
      r.last = a.nullable ? (r.last | a.last) : a.last;
      r.nullable = r.nullable && a.nullable;
      r.pre = std::max(r.pre, Add(r.free, a.pre));
      r.free = Add(r.free, a.free);
    }
    return r;
  }

  // A quantifier after an item, if any.
  void Quantify(Sets& a) {
    if (i_ >= re_.size()) return;
    uint64_t min = 1, max = 1;
    const char c = re_[i_];
    if (c == '*' || c == '+' || c == '?') {
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : UINT64_MAX;
      ++i_;
    } else if (c == '{') {
      if (i_ + 1 < re_.size() && re_[i_ + 1] == ',') return;  // "{,n}": literal text (as MatchBytes)
      size_t j = i_ + 1;
      uint64_t lo = 0, hi = 0;
      bool comma = false, digits = false;
      while (j < re_.size() && (std::isdigit(static_cast<unsigned char>(re_[j])) || re_[j] == ',')) {
        if (re_[j] == ',') {
          if (comma) return;  // not a quantifier: a literal '{' (read as an item next)
          comma = true;
        } else {
          digits = true;
          uint64_t& v = comma ? hi : lo;
          v = std::min<uint64_t>(v * 10 + static_cast<uint64_t>(re_[j] - '0'), 1u << 20);
        }
        ++j;
      }
      if (j >= re_.size() || re_[j] != '}' || j == i_ + 1 || !digits) return;
      min = lo;
      max = comma ? (j > 0 && re_[j - 1] == ',' ? UINT64_MAX : hi) : lo;
      i_ = j + 1;
    } else {
      return;
    }
    if (i_ < re_.size() && (re_[i_] == '?' || re_[i_] == '+')) ++i_;  // lazy, possessive
    if (max >= 2) Join(a.last, a.first);
    if (min == 0) a.nullable = true;
    // Up to max - 1 digit-free repetitions, then one with a digit.
    if (a.pre != kNone) a.pre = a.free == kNone ? a.pre : Add(Times(max - 1, a.free), a.pre);
    a.free = a.free == kNone ? (min == 0 ? 0 : kNone) : Times(max, a.free);
    if (max == 0) a = Sets{};
  }

  Sets Item(bool caseless) {
    const unsigned char c = static_cast<unsigned char>(re_[i_]);
    std::bitset<256> s;
    if (c == '\\') {
      ++i_;
      if (i_ < re_.size() && (re_[i_] == 'b' || re_[i_] == 'B')) { ++i_; return Sets{}; }  // zero width
      if (!AddEscape(re_, i_, s, false)) ok_ = false;
      return Atom(s, caseless);
    }
    if (c == '[') {
      if (!AddClass(re_, i_, s)) ok_ = false;
      return Atom(s, caseless);
    }
    if (c == '(') {
      ++i_;
      bool inner = caseless;
      if (i_ < re_.size() && re_[i_] == '?') {
        size_t j = i_ + 1;  // (?:  (?i:  (?-i:  as MatchBytes reads them
        while (j < re_.size() && (re_[j] == 'i' || re_[j] == '-')) {
          if (re_[j] == 'i') inner = true;
          ++j;
        }
        if (j >= re_.size() || re_[j] != ':') { ok_ = false; return Sets{}; }
        i_ = j + 1;
      }
      Sets r = Alt(inner);
      if (!ok_ || i_ >= re_.size() || re_[i_] != ')') { ok_ = false; return Sets{}; }
      ++i_;
      return r;
    }
    if (c == '^' || c == '$') { ++i_; return Sets{}; }
    if (c == '.' || c == '*' || c == '+' || c == '?' || c == ')' || c == '|') { ok_ = false; return Sets{}; }
    if (c >= 0x80) {
      ++i_;
      while (i_ < re_.size() && IsContinuation(re_[i_])) ++i_;
      AddCodePoint(s, 0x80);
      return Atom(s, caseless);
    }
    ++i_;  // a literal byte, '{' and '}' included when not a quantifier
    s.set(c);
    return Atom(s, caseless);
  }

  std::string_view re_;
  size_t i_ = 0;
  bool ok_ = true;
  std::vector<std::bitset<256>> follow_;
  uint64_t digit_free_ = UINT64_MAX;
};

// Adds the other case of the ASCII letters in s.
void AddOtherCase(std::bitset<256>& s) {
  for (unsigned b = 'a'; b <= 'z'; ++b) {
    if (s[b] || s[b - 'a' + 'A']) s.set(b).set(b - 'a' + 'A');
  }
}

// The offset of the ']' closing the class at regex[i] ('['), or the end.
size_t ClassEnd(std::string_view regex, size_t i) {
  ++i;
  if (i < regex.size() && regex[i] == '^') ++i;
  if (i < regex.size() && regex[i] == ']') ++i;
  while (i < regex.size() && regex[i] != ']') i += regex[i] == '\\' ? 2 : 1;
  return i;
}

// The bytes at the first positions of every match of `regex`, one set per
// position, read from its leading atoms without a quantifier (ASCII
// literals, escapes, classes, \b, groups without alternation): "[ \t]-p"
// gives {blank} {-} {p}. Stops at the first thing it does not read; empty
// when the regex has an alternation at its top level.
std::vector<std::bitset<256>> LeadingBytes(std::string_view regex, bool caseless) {
  std::vector<std::bitset<256>> out;
  // No '|' outside a class at any depth: a group with one is not read, and
  // one at the top level would make every leading atom optional.
  int depth = 0;
  for (size_t i = 0; i < regex.size(); ++i) {
    if (regex[i] == '\\') { ++i; continue; }
    if (regex[i] == '[') { i = ClassEnd(regex, i); continue; }
    if (regex[i] == '(') ++depth;
    if (regex[i] == ')') --depth;
    if (regex[i] == '|' && depth == 0) return {};
  }
  std::vector<bool> group_caseless;  // the open groups' case (as MatchBytes reads them)
  size_t i = 0;
  while (i < regex.size()) {
    const unsigned char c = static_cast<unsigned char>(regex[i]);
    std::bitset<256> s;
    size_t j = i;
    if (c == '\\') {
      if (j + 1 < regex.size() && (regex[j + 1] == 'b')) { i += 2; continue; }
      ++j;
      if (!AddEscape(regex, j, s, false) || s.none()) break;
    } else if (c == '[') {
      if (!AddClass(regex, j, s)) break;
    } else if (c == '(') {
      // (?:  (?i:  without '|' inside (a '|' anywhere stops the reading).
      if (j + 1 >= regex.size() || regex[j + 1] != '?') break;
      size_t k = j + 2;
      bool inner = caseless;
      while (k < regex.size() && (regex[k] == 'i' || regex[k] == '-')) {
        if (regex[k] == 'i') inner = true;
        ++k;
      }
      if (k >= regex.size() || regex[k] != ':') break;
      // The group must not be repeated: find its ')' and look after it.
      int d = 0;
      size_t close = std::string_view::npos;
      for (size_t m = j; m < regex.size(); ++m) {
        if (regex[m] == '\\') { ++m; continue; }
        if (regex[m] == '[') { m = ClassEnd(regex, m); continue; }
        if (regex[m] == '(') ++d;
        if (regex[m] == ')' && --d == 0) { close = m; break; }
      }
      if (close == std::string_view::npos) break;
      if (close + 1 < regex.size() && std::string_view("?*+{").find(regex[close + 1]) != std::string_view::npos) break;
      const std::string_view body = regex.substr(k + 1, close - k - 1);
      if (body.find('|') != std::string_view::npos) {
        // Only alternatives of letters, digits and '_': their bytes at each
        // position up to the shortest one's length.
        size_t shortest = SIZE_MAX, longest = 0;
        for (size_t a = 0; a <= body.size();) {
          size_t b = std::min(body.find('|', a), body.size());
          for (size_t m = a; m < b; ++m) {
            if (!std::isalnum(static_cast<unsigned char>(body[m])) && body[m] != '_') return out;
          }
          shortest = std::min(shortest, b - a);
          longest = std::max(longest, b - a);
          a = b + 1;
        }
        for (size_t pos = 0; pos < shortest; ++pos) {
          std::bitset<256> s;
          for (size_t a = 0; a <= body.size();) {
            size_t b = std::min(body.find('|', a), body.size());
            s.set(static_cast<unsigned char>(body[a + pos]));
            a = b + 1;
          }
          if (inner) AddOtherCase(s);
          if (inner && (s['k'] || s['s'])) {
            AddCodePoint(s, 0x80);
            out.push_back(s);
            return out;
          }
          out.push_back(s);
        }
        if (shortest != longest) return out;
        i = close + 1;
        continue;
      }
      group_caseless.push_back(caseless);
      caseless = inner;
      i = k + 1;
      continue;
    } else if (c == ')') {
      if (group_caseless.empty()) break;
      caseless = group_caseless.back();
      group_caseless.pop_back();
      ++i;
      continue;
    } else if (c >= 0x80 || std::string_view(".^$|*+?{}").find(static_cast<char>(c)) != std::string_view::npos) {
      break;
    } else {
      s.set(c);
      ++j;
    }
    if (j < regex.size() && std::string_view("?*+{").find(regex[j]) != std::string_view::npos) break;
    if (caseless) AddOtherCase(s);
    // Under caseless UTF matching k and s also match U+212A and U+017F.
    const bool wide = caseless && (s['k'] || s['s']);
    if (wide) AddCodePoint(s, 0x80);
    out.push_back(s);
    // A member of two or more bytes: the next atom's position is not known.
    if (wide || s[0x80]) break;
    i = j;
  }
  return out;
}

struct MatchDataDeleter {
  void operator()(pcre2_match_data* m) const { pcre2_match_data_free(m); }
};

}  // namespace

PendingPlan::PendingPlan(std::shared_ptr<const PatternSet> set, const std::vector<Pattern>& patterns,
                         std::vector<unsigned> tracked, Tail tail)
    : set_(std::move(set)) {
  for (unsigned i : tracked) {
    const bool known = i < patterns.size();
    const bool caseless = known && (patterns[i].flags & kCaseless) != 0;
    std::bitset<256> bytes = known && tail != Tail::kNone ? MatchBytes(patterns[i].regex, caseless) : AllBytes();
    Entry e{i, StartBytes(set_->Code(i)), bytes, {}, UINT64_MAX};
    if (known && tail == Tail::kBytePairs) {
      FollowReader reader(patterns[i].regex);
      if (auto f = reader.Read(caseless)) {
        e.follow = std::move(*f);
        e.digit_free = reader.digit_free();
      }
    }
    if (known && tail != Tail::kNone) e.leading = LeadingBytes(patterns[i].regex, caseless);
    entries_.push_back(std::move(e));
  }
}

std::optional<std::vector<std::bitset<256>>> PendingPlan::FollowForTest(std::string_view regex, bool caseless) {
  return FollowReader(regex).Read(caseless);
}

std::optional<uint64_t> PendingPlan::DigitFreeForTest(std::string_view regex, bool caseless) {
  FollowReader reader(regex);
  if (!reader.Read(caseless)) return std::nullopt;
  return reader.digit_free();
}

std::vector<std::bitset<256>> PendingPlan::LeadingBytesForTest(std::string_view regex, bool caseless) {
  return LeadingBytes(regex, caseless);
}

std::bitset<256> PendingPlan::MatchBytesForTest(std::string_view regex, bool caseless) {
  return MatchBytes(regex, caseless);
}

PendingMatches::PendingMatches(std::shared_ptr<const PendingPlan> plan) : plan_(std::move(plan)) { Reset(); }

void PendingMatches::Reset() { stale_ = true; }

void PendingMatches::Clear() {
  pending_.assign(plan_->entries().size(), 0);
  first_ = 0;
  live_.assign(plan_->set().size(), Proven{});
  seen_end_ = 0;
  stale_ = false;
}

Result<PendingMatches::Found> PendingMatches::Search(unsigned i, std::string_view text, size_t pos,
                                                     bool skip_complete) const {
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> md(pcre2_match_data_create(1, nullptr));
  if (md == nullptr) return Status::ResourceExhausted("cannot allocate PCRE2 match data");
  const pcre2_code* re = plan_->set().Code(i);
  const auto* s = reinterpret_cast<PCRE2_SPTR>(text.data());
  while (pos < text.size()) {
    while (pos < text.size() && IsContinuation(text[pos])) ++pos;  // no start inside a code point
    if (pos >= text.size()) break;
    int rc = pcre2_match(re, s, text.size(), pos, PCRE2_NO_UTF_CHECK | PCRE2_PARTIAL_HARD, md.get(), nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) break;
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md.get());
    if (rc == PCRE2_ERROR_PARTIAL) return Found{std::min<size_t>(ov[0], text.size()), text.size(), false};
    if (rc < 0) return Status::Internal("PCRE2 partial match failed: " + std::to_string(rc));
    if (!skip_complete) return Found{ov[0], ov[1], true};
    pos = ov[0] + 1;  // the attempt at ov[0] never looked at the end: final
  }
  return Found{text.size(), text.size(), false};
}

Result<uint64_t> PendingMatches::Update(std::string_view text, uint64_t base) {
  if (stale_) Clear();
  const uint64_t end = base + text.size();
  const uint64_t prev = std::max(seen_end_, base);
  seen_end_ = end;
  // Bytes that arrived since the last call: a pattern none of whose start
  // bytes is among them, and with nothing pending before them, has nothing
  // pending now.
  std::bitset<256> arrived;
  for (uint64_t p = prev; p < end; ++p) arrived.set(static_cast<unsigned char>(text[p - base]));
  const std::vector<PendingPlan::Entry>& entries = plan_->entries();
  uint64_t held = end;
  // The rule that held back most last time goes first: it likely does so
  // again, and rules that cannot hold back more are then not searched.
  size_t holder = entries.size();
  for (size_t j = 0; j < entries.size(); ++j) {
    const size_t k = first_ + j < entries.size() ? first_ + j : first_ + j - entries.size();
    const PendingPlan::Entry& e = entries[k];
    // A match that ends after `end` starts after end - width.
    const uint64_t w = plan_->set().MaxWidth(e.pattern);
    uint64_t q = std::max({pending_[k], end + 1 > w ? end + 1 - w : 0, base});
    if (q >= end || (q >= prev && (e.starts & arrived).none())) {
      pending_[k] = end;
      continue;
    }
    // A pending match consumed every byte from its start to the end, each
    // byte after one it can follow.
    const auto* t = reinterpret_cast<const unsigned char*>(text.data());
    const size_t lo = static_cast<size_t>(q - base);
    size_t tail = text.size();
    if (tail <= lo || !e.bytes[t[tail - 1]]) {
      pending_[k] = end;
      continue;
    }
    --tail;
    if (e.follow.empty()) {
      while (tail > lo && e.bytes[t[tail - 1]]) --tail;
    } else {  // (a byte with a pair is one a match consumes)
      while (tail > lo && e.follow[t[tail - 1]][t[tail]]) --tail;
    }
    size_t pos = std::max(static_cast<size_t>(q - base), tail);
    if (e.digit_free < text.size() - pos) {
      // A pending match consumes at most digit_free bytes before a digit:
      // it starts at most that far before the first digit after pos.
      size_t digit = pos;
      while (digit < text.size() && (t[digit] < '0' || t[digit] > '9')) ++digit;
      if (digit - pos > e.digit_free) pos = digit - e.digit_free;
    }
    while (pos > 0 && IsContinuation(text[pos])) --pos;
    while (pos < text.size() && !e.Leads(t + pos, text.size() - pos)) ++pos;
    if (pos == text.size()) {
      pending_[k] = end;
      continue;
    }
    if (base + pos >= held) {
      // Cannot hold back more than another rule already does: every start
      // before pos is settled; the search waits for a later call.
      pending_[k] = base + pos;
      continue;
    }
    auto found = Search(e.pattern, text, pos, /*skip_complete=*/true);
    if (!found.ok()) return found.status();
    pending_[k] = base + found->pos;
    if (pending_[k] < held) {
      held = pending_[k];
      holder = k;
    }
  }
  if (holder < entries.size()) first_ = holder;
  return held;
}

Result<PendingMatches::Live> PendingMatches::FirstLive(unsigned i, std::string_view text, uint64_t base,
                                                       uint64_t from) {
  if (stale_) Clear();
  const uint64_t end = base + text.size();
  Proven& p = live_[i];
  uint64_t start = std::max(from, base);
  uint64_t dead_from = start;  // the dead interval this search proves starts here
  if (p.from != UINT64_MAX && start >= p.from && start <= p.live.start) {
    if (p.live.complete) return p.live;  // [p.from, start) is dead; the match is final
    dead_from = p.from;
    start = p.live.start;  // a partial match then, or the end then
  }
  if (start >= end) return Live{end, end, false};
  auto found = Search(i, text, static_cast<size_t>(start - base), /*skip_complete=*/false);
  if (!found.ok()) return found.status();
  p.from = dead_from;
  p.live = Live{base + found->pos, base + found->end, found->complete};
  return p.live;
}

}  // namespace convoguard::matching
