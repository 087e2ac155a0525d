#include "injection/decoders.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>

#include "text/ascii_letters.h"
#include "text/utf8.h"

namespace convoguard::injection {
namespace {

constexpr size_t kMinBase64 = 16;
constexpr size_t kMinHex = 16;
// Decoded text is cut at this size: bounds the rescoring work a hostile
// input can cause (at most 8 payloads per level, two levels).
constexpr size_t kMaxDecoded = 64 << 10;

constexpr bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
// Base64 (and base64url) alphabet, as a table: the run scan below looks at
// every byte of every message.
constexpr std::array<bool, 256> kB64 = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    t[static_cast<size_t>(c)] = IsAlpha(ch) || IsDigit(ch) || ch == '+' || ch == '/' || ch == '-' || ch == '_';
  }
  return t;
}();
inline bool IsB64(char c) { return kB64[static_cast<unsigned char>(c)]; }

// Decoded bytes are worth rescanning when they are valid UTF-8 text with
// words in it, not binary (hashes, keys and random ids decode to noise).
bool LooksLikeText(std::string_view s) {
  if (s.size() < 6) return false;
  size_t printable = 0, letters = 0, spaces = 0, i = 0;
  while (i < s.size()) {
    text::Utf8Step st = text::DecodeUtf8(s, i);
    if (st.status != text::Utf8Status::kOk) return false;
    char32_t c = st.cp;
    if (c == ' ' || c == '\n' || c == '\t') ++spaces, ++printable;
    else if (c >= 0x20 && c != 0x7F) ++printable;
    if (c < 0x80 && IsAlpha(static_cast<char>(c))) ++letters;
    if (c >= 0x80) ++letters;
    i += st.length;
  }
  return printable * 100 >= s.size() * 95 && letters * 2 >= s.size() && spaces >= 1;
}

std::string DecodeBase64(std::string_view run) {
  std::string in;
  in.reserve(run.size() + 3);
  for (char c : run) in.push_back(c == '-' ? '+' : c == '_' ? '/' : c);
  while (!in.empty() && in.back() == '=') in.pop_back();
  size_t pad = (4 - in.size() % 4) % 4;
  if (pad == 3) in.pop_back(), pad = 0;  // a stray character cannot be base64
  in.append(pad, '=');
  std::string out(in.size() / 4 * 3, '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(in.data()), static_cast<int>(in.size()));
  if (n < 0) return {};
  out.resize(static_cast<size_t>(n) - pad);
  return out;
}

int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 32);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Words that make English text recognisable, for the rot13, shift and
// reversal tests. Each word's index is its bit in a `seen` mask.
constexpr std::string_view kCommonWords[] = {"the", "and", "you", "to", "of", "is", "your", "all", "are",
                                             "ignore", "instructions", "previous", "in", "that", "it",
                                             "for", "this", "what", "how", "with", "prompt", "system",
                                             "can", "tell", "write", "make", "without"};
static_assert(std::size(kCommonWords) <= 64);
constexpr size_t kMaxCommonLen = 16;  // longer letter runs are not words (CommonWords skips them)
constexpr size_t kMaxShapeLen = 13;   // a common word's letters, at most (ShapeKey)

// A word up to kMaxCommonLen letters, lower-cased, as the shift-invariant key
// the tests below compare: its length and the alphabet distances of each
// letter from the first (5 bits each, up to kMaxShapeLen letters: 60 bits).
// Two words of one length are shifts of each other exactly when their keys
// are equal, by the distance of their first letters.
struct ShapeKey {
  uint64_t shape = 0;
  uint8_t len = 0;
  uint8_t first = 0;  // 0..25
};
template <typename At>  // At(k): the k-th letter, lower-cased
constexpr ShapeKey Shape(size_t len, At at) {
  ShapeKey key;
  key.len = static_cast<uint8_t>(len);
  key.first = static_cast<uint8_t>(at(0) - 'a');
  for (size_t k = 1; k < len && k < kMaxShapeLen; ++k) {
    key.shape |= static_cast<uint64_t>((at(k) - 'a' - key.first + 26) % 26) << (5 * (k - 1));
  }
  return key;
}
struct CommonShapes {
  std::array<ShapeKey, std::size(kCommonWords)> key{};
  // The words' indices by length: by_len[first[L], first[L + 1]) have L letters.
  std::array<uint8_t, std::size(kCommonWords)> by_len{};
  std::array<uint8_t, kMaxCommonLen + 2> first{};
};
constexpr CommonShapes kCommonShapes = [] {
  CommonShapes c;
  size_t n = 0;
  for (size_t len = 0; len <= kMaxCommonLen; ++len) {
    c.first[len] = static_cast<uint8_t>(n);
    for (size_t j = 0; j < std::size(kCommonWords); ++j) {
      const std::string_view w = kCommonWords[j];
      if (w.size() != len) continue;
      c.key[j] = Shape(w.size(), [&](size_t k) { return w[k]; });
      c.by_len[n++] = static_cast<uint8_t>(j);
    }
  }
  c.first[kMaxCommonLen + 1] = static_cast<uint8_t>(n);
  return c;
}();
static_assert([] {
  for (const auto w : kCommonWords) {
    if (w.size() > kMaxShapeLen) return false;  // the key holds kMaxShapeLen letters
  }
  return true;
}());

// Calls on_match(j, d) for every letter run of `s` (read backwards, letters
// and runs reversed, when `backwards`) that reads as common word j after
// shifting each letter by d (0-25; 0: as written), in the order the runs
// come; stops when on_match returns false. What CommonWords below counted
// on Shift(s, d) or Reversed(s), without building either: a shift keeps
// letters letters (and other bytes as they are), and reversal by code point
// keeps every ASCII byte a unit of its own, so the letter runs are the same
// runs, shifted or reversed.
template <typename OnMatch>
void ForEachCommonWord(std::string_view s, bool backwards, OnMatch on_match) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsAlpha(s[i])) ++i;
    const size_t b = i;
    i = text::AsciiLetterRunEnd(s, i);
    const size_t len = i - b;
    if (len > kMaxCommonLen || kCommonShapes.first[len] == kCommonShapes.first[len + 1]) continue;
    const char* w = s.data() + b;
    const ShapeKey key = backwards ? Shape(len, [&](size_t k) { return static_cast<char>(w[len - 1 - k] | 0x20); })
                                   : Shape(len, [&](size_t k) { return static_cast<char>(w[k] | 0x20); });
    for (size_t m = kCommonShapes.first[len]; m < kCommonShapes.first[len + 1]; ++m) {
      const size_t j = kCommonShapes.by_len[m];
      const ShapeKey& c = kCommonShapes.key[j];
      if (c.shape != key.shape) continue;
      if (!on_match(j, (c.first - key.first + 26) % 26)) return;
    }
  }
}

// How many of the common words the text has, counting each once when
// `distinct` ("OT" in a sports table, reversed, is "TO" many times over: one
// word). Stops counting at stop_at.
int CommonWords(std::string_view s, int stop_at, bool distinct = true) {
  int n = 0;
  uint64_t seen = 0;
  ForEachCommonWord(s, false, [&](size_t j, int d) {
    if (d == 0 && !(distinct && (seen & (uint64_t{1} << j)))) {
      seen |= uint64_t{1} << j;
      ++n;
    }
    return n < stop_at;
  });
  return n;
}

// Per shift d (0-25), and at 26 for the text read backwards (when
// `backwards`), the common words the text has, each once (as CommonWords
// with `distinct`, without a stop, counts on Shift(s, d) and Reversed(s)).
std::array<uint64_t, 27> CommonWordsShiftedAndReversed(std::string_view s, bool backwards) {
  std::array<uint64_t, 27> seen{};
  ForEachCommonWord(s, false, [&](size_t j, int d) {
    seen[static_cast<size_t>(d)] |= uint64_t{1} << j;
    return true;
  });
  if (backwards) {
    ForEachCommonWord(s, true, [&](size_t j, int d) {
      if (d == 0) seen[26] |= uint64_t{1} << j;
      return true;
    });
  }
  return seen;
}

int Count(uint64_t seen) { return __builtin_popcountll(seen); }

}  // namespace

std::string Shift(std::string_view s, int k) {
  std::string o(s);
  for (char& c : o) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + k) % 26);
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>('A' + (c - 'A' + k) % 26);
  }
  return o;
}

std::string Rot13(std::string_view s) { return Shift(s, 13); }

// The text read backwards, by code point (a byte that is not valid UTF-8
// counts as one).
std::string Reversed(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t e = s.size();
  while (e > 0) {
    size_t b = e - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80 && e - b < 4) --b;
    text::Utf8Step st = text::DecodeUtf8(s, b);
    if (st.status != text::Utf8Status::kOk || b + st.length != e) b = e - 1;  // not one whole sequence
    out.append(s.substr(b, e - b));
    e = b;
  }
  return out;
}

namespace {

constexpr bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }
constexpr bool IsSpellSep(char c) { return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*'; }
// The byte classes JoinSpelled reads at every byte, as a table.
enum : uint8_t { kClsAlpha = 1, kClsAlnum = 2, kClsSep = 4 };
constexpr std::array<uint8_t, 256> kSpellClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    t[static_cast<size_t>(c)] = static_cast<uint8_t>((IsAlpha(ch) ? kClsAlpha : 0) | (IsAlnum(ch) ? kClsAlnum : 0) |
                                                     (IsSpellSep(ch) ? kClsSep : 0));
  }
  return t;
}();
inline uint8_t SpellClass(char c) { return kSpellClass[static_cast<unsigned char>(c)]; }

// Letters spelled one at a time: runs of four or more single ASCII letters,
// each joined to the next by one separator (" ", ".", "-", "_", "*":
// "b.o.m.b", "k-i-l-l"); in the spaced form two to four spaces or " / "
// between two letters end a word ("H O W   T O   M A K E"). Returns the text
// with every run joined, and the bytes the runs cover; empty if none.
std::string JoinSpelled(std::string_view t, size_t& first, size_t& last) {
  std::string out;
  size_t copied = 0;
  first = std::string_view::npos;
  // A letter standing alone (digits are not spelled words: "0.0.0.0", "5 9 1 8").
  auto single = [&](size_t k) {
    return k < t.size() && (SpellClass(t[k]) & kClsAlpha) && (k + 1 >= t.size() || !(SpellClass(t[k + 1]) & kClsAlnum));
  };
  // Read run by run of letters and digits: only a run of one letter, with a
  // separator after it and a single letter after that, starts a spelled word.
  // At the loop's top, i is never inside a run (past its first byte).
  for (size_t i = 0; i + 2 < t.size();) {
    if (!(SpellClass(t[i]) & kClsAlnum)) {
      ++i;
      continue;
    }
    size_t r = i + 1;
    while (r < t.size() && (SpellClass(t[r]) & kClsAlnum)) ++r;
    if (r != i + 1 || !(SpellClass(t[i]) & kClsAlpha) || !(SpellClass(t[i + 1]) & kClsSep) || !single(i + 2)) {
      i = r;
      continue;
    }
    const char sep = t[i + 1];
    std::string run(1, t[i]);
    size_t j = i;  // the run's last letter
    for (;;) {
      if (j + 2 < t.size() && t[j + 1] == sep && single(j + 2)) {
        run.push_back(t[j + 2]);
        j += 2;
        continue;
      }
      if (sep != ' ') break;
      // A word gap: 2-4 spaces or " / ", then the spaced form goes on.
      size_t k = j + 1, spaces = 0;
      while (k < t.size() && t[k] == ' ' && spaces < 5) ++k, ++spaces;
      if (spaces == 1 && k + 1 < t.size() && t[k] == '/' && t[k + 1] == ' ') k += 2, spaces = 2;
      if (spaces < 2 || spaces > 4 || !single(k)) break;
      run.push_back(' ');
      run.push_back(t[k]);
      j = k;
    }
    size_t letters = 0;
    for (char c : run) letters += c != ' ';
    if (letters < 4) {
      ++i;  // a separator
      continue;
    }
    if (first == std::string_view::npos) first = i;
    last = j + 1;
    out.append(t.substr(copied, i - copied));
    out += run;
    copied = j + 1;
    i = j + 1;  // not a letter or digit: the last letter stands alone
  }
  if (first == std::string_view::npos) return {};
  out.append(t.substr(copied));
  return out;
}

// Whether the text may be written backwards as a whole: it opens with a
// sentence's end (".sdrawkcab ti daeR") or ends on a capital (a sentence's
// first letter). The cheap test before reversing and counting words.
bool ReadsBackwards(std::string_view t) {
  size_t b = 0, e = t.size();
  while (b < e && (t[b] == ' ' || t[b] == '\n')) ++b;
  while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\n')) --e;
  if (b == e) return false;
  return t[b] == '.' || t[b] == '?' || t[b] == '!' || (t[e - 1] >= 'A' && t[e - 1] <= 'Z');
}

// What the text names among the transformations a prompt asks the model to
// undo: a shift cipher ("rot13", "Caesar", "cipher"; not "shift" alone, a
// work shift or a key; kShiftCue) or reading backwards ("reverse",
// "backwards"; kReverseCue), at a word's start. Such a text's other parts are
// worth decoding one by one. Read on the first 4 KB.
enum : int { kShiftCue = 1, kReverseCue = 2 };
int NamedTransforms(std::string_view t) {
  static constexpr std::pair<std::string_view, int> kCues[] = {
      {"rot13", kShiftCue}, {"rot-13", kShiftCue}, {"rot 13", kShiftCue}, {"caesar", kShiftCue},
      {"cipher", kShiftCue}, {"revers", kReverseCue}, {"backward", kReverseCue}};
  static constexpr std::array<bool, 256> kCueStart = [] {
    std::array<bool, 256> s{};
    for (char c : {'r', 'c', 'b', 'R', 'C', 'B'}) s[static_cast<unsigned char>(c)] = true;
    return s;
  }();
  const std::string_view head = t.substr(0, 4096);
  int named = 0;
  for (size_t i = 0; i < head.size();) {
    if (!IsAlpha(head[i])) {
      ++i;
      continue;
    }
    if (kCueStart[static_cast<unsigned char>(head[i])]) {  // a word's start
      const char c = static_cast<char>(head[i] | 0x20);
      for (const auto& [cue, bit] : kCues) {
        if (cue[0] != c || head.size() - i < cue.size()) continue;
        bool eq = true;
        for (size_t k = 1; k < cue.size() && eq; ++k) eq = static_cast<char>(head[i + k] | 0x20) == cue[k];
        if (eq) named |= bit;
      }
    }
    i = text::AsciiLetterRunEnd(head, i);
  }
  return named;
}

}  // namespace

void FindEncodedPayloads(std::string_view t, std::vector<DecodedPayload>& out, size_t max_payloads) {
  const size_t start = out.size();
  auto full = [&] { return out.size() - start >= max_payloads; };
  // Base64 and hex runs: maximal runs of the alphabet of kMinRun bytes or
  // more (shorter ones, ordinary words, can be neither). Each window of
  // kMinRun bytes is read from its end: the last byte outside the alphabet
  // starts the next window, so prose is mostly skipped a word at a time.
  constexpr size_t kMinRun = std::min(kMinHex, kMinBase64);
  size_t i = 0;     // t[i - 1] is outside the alphabet, or i == 0
  size_t good = 0;  // t[i, good) is known to be in it
  while (!full() && i + kMinRun <= t.size()) {
    size_t k = i + kMinRun;
    const size_t stop = std::max(i, good);
    while (k > stop && IsB64(t[k - 1])) --k;
    if (k > stop) {  // t[k - 1] is outside; t[k, i + kMinRun) inside
      good = i + kMinRun;
      i = k;
      continue;
    }
    size_t b = i;
    i += kMinRun;
    while (i < t.size() && IsB64(t[i])) ++i;
    size_t e = i;
    while (e < t.size() && t[e] == '=') ++e;
    size_t len = i - b;
    good = e;
    bool upper = false, lower = false, nonhex = false;
    for (size_t k = b; k < i; ++k) {
      char c = t[k];
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      nonhex |= HexVal(c) < 0;
    }
    if (!nonhex && len >= kMinHex && len % 2 == 0) {
      std::string dec;
      for (size_t k = b; k + 1 < i && dec.size() < kMaxDecoded; k += 2) {
        dec.push_back(static_cast<char>(HexVal(t[k]) * 16 + HexVal(t[k + 1])));
      }
      if (LooksLikeText(dec)) out.push_back({b, i, dec, "hex"});
    } else if (len >= kMinBase64 && upper && lower) {
      std::string dec = DecodeBase64(t.substr(b, std::min(e - b, kMaxDecoded / 3 * 4)));
      if (LooksLikeText(dec)) out.push_back({b, e, dec, "base64"});
    }
    i = e;
  }
  // Tag characters U+E0020-E007E spell ASCII invisibly.
  std::string tags;
  size_t tb = 0, te = 0;
  // They are 4-byte sequences F3 A0 8x xx; a lead byte F3 is never inside
  // another sequence, so only positions of 0xF3 need decoding.
  for (size_t k = 0; k < t.size();) {
    const void* f3 = std::memchr(t.data() + k, 0xF3, t.size() - k);
    if (f3 == nullptr) break;
    k = static_cast<size_t>(static_cast<const char*>(f3) - t.data());
    text::Utf8Step st = text::DecodeUtf8(t, k);
    size_t len = st.status == text::Utf8Status::kOk ? st.length : 1;
    if (st.status == text::Utf8Status::kOk && st.cp >= 0xE0020 && st.cp <= 0xE007E && tags.size() < kMaxDecoded) {
      if (tags.empty()) tb = k;
      tags.push_back(static_cast<char>(st.cp - 0xE0000));
      te = k + len;
    }
    k += len;
  }
  if (tags.size() >= 4 && !full()) out.push_back({tb, te, tags, "tag_chars"});
  // rot13, or the text written backwards: the text reads as English only
  // after rotating (or reversing). Judged on the first 2 KB; text that
  // already reads as English is not rotated.
  bool whole = false;
  if (!full() && t.size() >= 12) {
    std::string_view head = t.substr(0, 2048);
    int before = CommonWords(head, 5, /*distinct=*/false);  // as English reads: stops early
    if (before < 5) {
      const bool backwards = ReadsBackwards(t);
      const std::array<uint64_t, 27> seen = CommonWordsShiftedAndReversed(head, backwards);
      int after = Count(seen[13]);
      if (after >= 3 && after > 2 * before + 1) {
        out.push_back({0, t.size(), Rot13(t.substr(0, kMaxDecoded)), "rot13"});
        whole = true;
      } else if (int back = backwards ? Count(seen[26]) : 0; back >= 4 && back > 3 * before + 1) {
        out.push_back({0, t.size(), Reversed(t.substr(0, kMaxDecoded)), "reversed"});
        whole = true;
      }
    }
  }
  // A text that names a shift cipher or reading backwards and carries the
  // encoded part after a colon, a quote or a line break ("Caesar shift -3,
  // then answer: krz wr ...", "Reverse the text and answer: ?thguac"): each
  // part of the first 4 KB is tried with every shift (or reversed), and the
  // part that reads as English only then is decoded in place (the rest of
  // the text, the wrapper, is kept as it is).
  const int named = !full() && !whole && t.size() >= 16 ? NamedTransforms(t) : 0;
  if (named != 0) {
    const std::string_view head = t.substr(0, 4096);
    size_t best_b = 0, best_e = 0;
    int best_k = 0, best_gain = 0;
    for (size_t b = 0; b < head.size();) {
      size_t e = b;
      while (e < head.size() && head[e] != ':' && head[e] != '\n' && head[e] != '"' && head[e] != '\'') ++e;
      const std::string_view part = head.substr(b, e - b);
      size_t letters = 0;
      for (char c : part) letters += IsAlpha(c);
      if (letters >= 12) {
        const std::array<uint64_t, 27> seen = CommonWordsShiftedAndReversed(part, (named & kReverseCue) != 0);
        const int before = std::min(Count(seen[0]), 4);
        if (before < 4) {  // a part that reads as English already is the wrapper
          // k = 1..25: that shift; k = 26: reversed.
          for (int k = (named & kShiftCue) ? 1 : 26; k <= ((named & kReverseCue) ? 26 : 25); ++k) {
            const int after = Count(seen[static_cast<size_t>(k)]);
            if (after >= 2 && after > 2 * before + 1 && after - before > best_gain) {
              best_gain = after - before;
              best_b = b;
              best_e = e;
              best_k = k;
            }
          }
        }
      }
      b = e + 1;
    }
    if (best_k != 0) {
      std::string dec(t.substr(0, best_b));
      const std::string_view part = t.substr(best_b, best_e - best_b);
      dec += best_k == 26 ? Reversed(part) : Shift(part, best_k);
      dec += t.substr(best_e, kMaxDecoded);
      out.push_back({best_b, best_e, std::move(dec), best_k == 26 ? "reversed" : best_k == 13 ? "rot13" : "caesar"});
    }
  }
  // Letters spelled one at a time, joined.
  if (!full()) {
    size_t first = 0, last = 0;
    std::string joined = JoinSpelled(t.substr(0, kMaxDecoded), first, last);
    if (!joined.empty()) out.push_back({first, last, std::move(joined), "spelled"});
  }
}

}  // namespace convoguard::injection
