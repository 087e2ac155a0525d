#include "matching/digit_gate.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>

namespace convoguard::matching {
namespace {

// A recursive-descent reading of the regex that answers one question per
// piece: does every match of it hold a digit? `ok` turns false on anything
// outside the understood syntax, which makes the whole answer false.
class DigitReader {
 public:
  explicit DigitReader(std::string_view re) : re_(re) {}

  bool Run() {
    const bool has = Alternation();
    return ok_ && i_ == re_.size() && has;
  }

 private:
  bool More() const { return i_ < re_.size(); }
  char Peek() const { return re_[i_]; }

  // Every branch must hold a digit.
  bool Alternation() {
    bool all = Sequence();
    while (ok_ && More() && Peek() == '|') {
      ++i_;
      all = Sequence() && all;
    }
    return all;
  }

  // Some item repeated at least once must hold one.
  bool Sequence() {
    bool any = false;
    while (ok_ && More() && Peek() != '|' && Peek() != ')') {
      const bool has = Atom();
      const uint32_t min = Quantifier();
      if (has && min >= 1) any = true;
    }
    return any;
  }

  // The least number of repeats the quantifier after an atom allows (1
  // without one).
  uint32_t Quantifier() {
    if (!ok_ || !More()) return 1;
    uint32_t min = 1;
    const char c = Peek();
    if (c == '?' || c == '*') {
      min = 0;
      ++i_;
    } else if (c == '+') {
      ++i_;
    } else if (c == '{') {
      size_t k = i_ + 1;
      uint32_t v = 0;
      const size_t digits_at = k;
      while (k < re_.size() && re_[k] >= '0' && re_[k] <= '9' && k - digits_at < 6) {
        v = v * 10 + static_cast<uint32_t>(re_[k] - '0');
        ++k;
      }
      if (k == digits_at) return Fail();  // "{" as a literal, or "{,n}": not handled
      while (k < re_.size() && ((re_[k] >= '0' && re_[k] <= '9') || re_[k] == ',')) ++k;
      if (k >= re_.size() || re_[k] != '}') return Fail();
      i_ = k + 1;
      min = v;
    } else {
      return 1;
    }
    if (More() && (Peek() == '?' || Peek() == '+')) ++i_;  // lazy or possessive
    return min;
  }

  bool Atom() {
    const char c = Peek();
    switch (c) {
      case '(': return Group();
      case '[': return Class();
      case '\\': return Escape();
      case '^': case '$': case '*': case '+': case '?': case '{':
        Fail();  // an anchor, or a quantifier with nothing to repeat
        return false;
      default:
        ++i_;
        return c >= '0' && c <= '9';
    }
  }

  bool Group() {
    ++i_;  // '('
    if (More() && Peek() == '?') {
      ++i_;
      // Inline options: (?i:...), (?i), (?-i:...); nothing else.
      while (More() && std::strchr("imsx-", Peek()) != nullptr) ++i_;
      if (!More()) return Fail();
      if (Peek() == ')') {  // (?i): options for the rest of the group
        ++i_;
        return false;
      }
      if (Peek() != ':') return Fail();
      ++i_;
    }
    const bool has = Alternation();
    if (!ok_ || !More() || Peek() != ')') return Fail();
    ++i_;
    return has;
  }

  // A class holds only digits when it is not negated and each member is a
  // digit, a range of digits or \d.
  bool Class() {
    ++i_;  // '['
    bool only_digits = true;
    if (More() && Peek() == '^') {
      only_digits = false;
      ++i_;
    }
    bool first = true;
    bool any = false;
    while (More() && (Peek() != ']' || first)) {
      first = false;
      char a = Peek();
      if (a == '[' && i_ + 1 < re_.size() && (re_[i_ + 1] == ':' || re_[i_ + 1] == '.' || re_[i_ + 1] == '=')) {
        return Fail();  // POSIX class
      }
      if (a == '\\') {
        if (i_ + 1 >= re_.size()) return Fail();
        const char e = re_[i_ + 1];
        i_ += 2;
        if (e == 'd') {
          any = true;
          continue;
        }
        if (e == 'x' || e == 'Q' || e == 'E' || (e >= '0' && e <= '9')) return Fail();
        only_digits = false;  // \s, \w, an escaped punctuation character...
        if (More() && Peek() == '-' && i_ + 1 < re_.size() && re_[i_ + 1] != ']') return Fail();
        any = true;
        continue;
      }
      ++i_;
      char z = a;
      if (More() && Peek() == '-' && i_ + 1 < re_.size() && re_[i_ + 1] != ']') {
        z = re_[i_ + 1];
        if (z == '\\' || z == '[') return Fail();
        i_ += 2;
      }
      if (!(a >= '0' && a <= '9' && z >= '0' && z <= '9')) only_digits = false;
      any = true;
    }
    if (!More() || !any) return Fail();
    ++i_;  // ']'
    return only_digits;
  }

  bool Escape() {
    if (i_ + 1 >= re_.size()) return Fail();
    const char e = re_[i_ + 1];
    i_ += 2;
    switch (e) {
      case 'd': return true;
      case 'b': return false;  // the one assertion the windows keep exact
      case 'x':
        if (More() && Peek() == '{') {
          while (More() && Peek() != '}') ++i_;
          if (!More()) return Fail();
          ++i_;
        } else {
          i_ = std::min(re_.size(), i_ + 2);
        }
        return false;  // a literal given by its value: never counted as a digit
      case 's': case 'S': case 'w': case 'W': case 'D': case 'h': case 'H': case 'v': case 'V':
      case 'n': case 'r': case 't': case 'f': case 'e':
        return false;
      default:
        // Escaped punctuation is a literal; letters and digits left are
        // assertions (\B, \A, \z, \G), back-references or constructs
        // (\Q, \p, \k) this reader does not handle.
        if (std::strchr("\\.-+*?()[]{}|^$/ \"'#&~!%,:;<=>@`", e) == nullptr) return Fail();
        return false;
    }
  }

  bool Fail() {
    ok_ = false;
    return false;
  }

  std::string_view re_;
  size_t i_ = 0;
  bool ok_ = true;
};

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Bit i: bytes[i] is '0'-'9', for the 16 bytes at `bytes`.
uint32_t DigitMask16(const unsigned char* bytes) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  return static_cast<uint32_t>(_mm_movemask_epi8(digit));
#else
  uint32_t mask = 0;  // the same bits, a byte at a time (no SSE2)
  for (unsigned i = 0; i < 16; ++i) mask |= static_cast<uint32_t>(bytes[i] >= '0' && bytes[i] <= '9') << i;
  return mask;
#endif
}

}  // namespace

bool EveryMatchHasDigit(std::string_view regex) { return DigitReader(regex).Run(); }

size_t DigitWindows(std::string_view text, uint32_t reach, std::vector<std::pair<size_t, size_t>>& out) {
  out.clear();
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t covered = 0;
  // The window being grown.
  size_t lo = 0, hi = 0;
  bool open = false;
  auto close = [&]() {
    // Outwards to code point starts.
    while (lo > 0 && IsContinuation(b[lo])) --lo;
    while (hi < n && IsContinuation(b[hi])) ++hi;
    if (!out.empty() && lo <= out.back().second) {
      covered += hi - out.back().second;
      out.back().second = hi;
    } else {
      out.emplace_back(lo, hi);
      covered += hi - lo;
    }
  };
  // A run of digits [first, last] gives one window, [first - reach, last +
  // reach + 1): every digit's window lies inside it (from a review: the
  // windows of a run's two end digits alone left a gap inside runs longer
  // than 2 * reach + 2).
  auto run_at = [&](size_t first, size_t last) {
    const size_t a = first > reach ? first - reach : 0;
    const size_t z = std::min(n, last + reach + 1);
    if (open && a <= hi) {
      hi = std::max(hi, z);
      return;
    }
    if (open) close();
    lo = a;
    hi = z;
    open = true;
  };
  // The runs of digits in 64 bytes: each has one first digit (no digit
  // before it) and one last (none after) in the mask; a run that crosses
  // into the next 64 bytes continues there, and its windows touch.
  auto group = [&](size_t i, uint64_t mask) {
    uint64_t firsts = mask & ~(mask << 1), lasts = mask & ~(mask >> 1);
    for (; firsts != 0; firsts &= firsts - 1, lasts &= lasts - 1) {
      run_at(i + static_cast<size_t>(__builtin_ctzll(firsts)), i + static_cast<size_t>(__builtin_ctzll(lasts)));
    }
  };
  size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    const uint64_t mask = DigitMask16(b + i) | uint64_t{DigitMask16(b + i + 16)} << 16 |
                          uint64_t{DigitMask16(b + i + 32)} << 32 | uint64_t{DigitMask16(b + i + 48)} << 48;
    if (mask != 0) group(i, mask);
  }
  uint64_t mask = 0;
  for (size_t k = i; k < n; ++k) mask |= uint64_t{b[k] >= '0' && b[k] <= '9'} << (k - i);
  if (mask != 0) group(i, mask);
  if (open) close();
  return covered;
}

}  // namespace convoguard::matching
