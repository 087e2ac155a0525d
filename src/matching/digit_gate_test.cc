#include "matching/digit_gate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "matching/pattern_set.h"

namespace convoguard::matching {
namespace {

TEST(EveryMatchHasDigit, Holds) {
  for (const char* re : {"\\d", "1", "\\d{3}", "[0-9]x", "[3-57]", "[\\d]", "\\b(?:\\d{3}-\\d{2})\\b",
                         "(?i:ab)\\d", "a(?:\\d|[3-5]){2}", "\\+[1-9][0-9 ().\\-]{5,21}[0-9]",
                         "(?:a|b)?\\d+?", "(?:x\\d|\\dy)", "\\d{1,}", "[A-Z]{2}\\d{2}(?:[ \\-]?[A-Z0-9]){11,30}\\b",
                         "(?i)x\\d", "\\.\\d", "\\d(?:st|nd|rd|th|\\.)?(?: of)?[ \\-](?:jan|fév)"}) {
    EXPECT_TRUE(EveryMatchHasDigit(re)) << re;
  }
}

TEST(EveryMatchHasDigit, RefusesWhatItCannotShow) {
  for (const char* re : {"", "a", "\\d?", "\\d*", "\\d{0,3}", "a|\\d", "(?:\\d|a)", "[0-9a]", "[^a]", "[^0-9]",
                         "[\\w]", "\\w", ".", "\\D", "(?:\\d)*", "\\x31",
                         // assertions the windows do not keep exact
                         "^\\d", "\\d$", "\\B\\d", "\\A\\d", "\\d\\z", "\\G\\d",
                         // syntax it does not read
                         "(?=\\d)\\d", "(?<=a)\\d", "(\\d)\\1", "[[:digit:]]", "\\Q1\\E", "x{,3}\\d", "\\p{Nd}",
                         "(?P<n>\\d)", "\\d(", "\\d)", "[\\d", "\\"}) {
    EXPECT_FALSE(EveryMatchHasDigit(re)) << re;
  }
}

using Windows = std::vector<std::pair<size_t, size_t>>;

Windows WindowsOf(std::string_view text, uint32_t reach) {
  Windows w;
  const size_t covered = DigitWindows(text, reach, w);
  size_t sum = 0;
  for (const auto& [b, e] : w) sum += e - b;
  EXPECT_EQ(covered, sum);
  return w;
}

TEST(DigitWindows, AroundDigits) {
  EXPECT_EQ(WindowsOf("", 4), Windows{});
  EXPECT_EQ(WindowsOf("no digits here", 4), Windows{});
  EXPECT_EQ(WindowsOf("7", 4), (Windows{{0, 1}}));
  // reach 2: [p - 2, p + 3) around the 5 at 10.
  EXPECT_EQ(WindowsOf("aaaa bbbb 5 cccc dddd", 2), (Windows{{8, 13}}));
  EXPECT_EQ(WindowsOf("aaaa bbbb 5 cccc dddd 6", 2), (Windows{{8, 13}, {20, 23}}));
  // Digits whose windows overlap or touch: one window.
  EXPECT_EQ(WindowsOf("aaaa 1 b 2 cccc dddd", 2), (Windows{{3, 12}}));
  EXPECT_EQ(WindowsOf("1abcd2", 2), (Windows{{0, 6}}));
  EXPECT_EQ(WindowsOf("1abcde2", 2), (Windows{{0, 3}, {4, 7}}));
  // An edge never splits a code point ("é" is two bytes): around the 1 at
  // 5, [2, 9) would cut the second é; widened to its end.
  EXPECT_EQ(WindowsOf("é a 1 aé b", 3), (Windows{{2, 10}}));
  EXPECT_EQ(WindowsOf("é1", 1), (Windows{{0, 3}}));
  // A long run is one window around all its digits (from a review: its two
  // end digits' windows alone left bytes 4-5 of this run out), also where
  // the run crosses the 64-byte blocks the mask is taken in.
  EXPECT_EQ(WindowsOf("x" + std::string(10, '7') + "x", 1), (Windows{{0, 12}}));
  EXPECT_EQ(WindowsOf(std::string(60, 'a') + std::string(80, '0') + std::string(60, 'b'), 2),
            (Windows{{58, 142}}));
}

// The ends that two scanners report, sorted, and each pattern's in
// increasing order.
using Reports = std::vector<std::pair<unsigned, uint64_t>>;
Reports ScanAll(BlockScanner& scanner, std::string_view text) {
  Reports out;
  std::vector<uint64_t> last;
  const Status st = scanner.Scan(text, [&](unsigned id, uint64_t e) {
    if (last.size() <= id) last.resize(id + 1, 0);
    EXPECT_GE(e, last[id]) << "pattern " << id << " out of order in " << text;
    last[id] = e;
    out.emplace_back(id, e);
  });
  EXPECT_TRUE(st.ok()) << st.ToString();
  std::sort(out.begin(), out.end());
  return out;
}

// Gated and ungated databases report the same ends on random text, whole
// and cut at random offsets (the windows' edges fall everywhere: inside
// words, beside code points, at the buffer's edges). Two patterns are as
// wide as the widest gated one and end or start with their digit, so a
// window one byte too narrow on either side loses ends (checked by
// narrowing it).
TEST(DigitGate, SameEndsAsOneDatabase) {
  // As wide as the gate takes, with the digit at one end.
  const std::string widest = std::to_string(kMaxGateReach - 1);
  const std::vector<Pattern> patterns = {
      {"\\b\\d{3}\\b", 0},
      {"\\b[A-Z]{2}\\d{2}(?:[ \\-]?[A-Z0-9]){3,10}\\b", 0},
      {"[a-z]{1,20}\\d", 0},
      {"\\d[a-zé]{1,6}\\b", kCaseless},  // caseless k, s: up to 3 bytes (K, ſ)
      {"\\b\\d{1,2}[\\-/.]\\d{1,2}\\b", 0},
      {"(?:\\(\\d{2,5}\\)|\\b\\d{2,6}[ .\\-])[0-9 .\\-]{4,14}[0-9]\\b", 0},
      {"\\d[a-z ]{10," + widest + "}\\b", 0},
      {"\\b[a-z ]{10," + widest + "}\\d", 0},
      {"\\d[a-z ]{60,80}x", 0},  // too wide: stays in the main database
      {"\\b[a-z]{2,8}\\b", 0},  // no digit: main database
      {"x_\\d", 0, "\\d"},      // the prefilter decides: it holds the digit
  };
  auto gated = PatternSet::Compile(patterns, 200, DigitGate::kOn);
  auto plain = PatternSet::Compile(patterns, 200, DigitGate::kOff);
  ASSERT_TRUE(gated.ok()) << gated.status().ToString();
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  for (unsigned i = 0; i < patterns.size(); ++i) {
    EXPECT_FALSE((*plain)->Gated(i));
    EXPECT_EQ((*gated)->Gated(i), i != 8 && i != 9) << i;
  }
  BlockScanner g(*gated), p(*plain);
  // Digits are rare, as in chat text, so that windows have edges inside the
  // text; long runs of letters and spaces let the wide patterns match whole.
  const std::vector<std::string> alphabet = {"a", "b", "e", "x", "z", "a", "o", "t", "A", "Z", "_", " ", " ", " ",
                                             "-", ".", "/", "(", ")", "é", "€", "😀", "\n", "the ", "and ",
                                             "some words ", "more words "};
  // The last two: the only match of a widest pattern is kMaxGateReach
  // bytes, with its \b at the edge of the window around its digit.
  const std::vector<std::string> pieces = {"123", "DE44 5001 0517", "(030) 123 456", "12/05", "x_7", "ab12",
                                           "x" + std::string(kMaxGateReach - 10, ' ') + std::string(9, 'a') + "7",
                                           "7" + std::string(9, 'a') + std::string(kMaxGateReach - 10, ' ') + "x",
                                           "7 words and then some more words until it is long enough x",
                                           "words and then some more words until it is long enough x 7"};
  std::mt19937 rng(5);
  size_t ends = 0;
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 400);
    for (int k = 0; k < n; ++k) {
      const unsigned pick = rng() % 64;
      if (pick == 0) {
        text += pieces[rng() % pieces.size()];
      } else if (pick == 1) {
        text += static_cast<char>('0' + rng() % 10);
      } else {
        text += alphabet[rng() % alphabet.size()];
      }
    }
    const Reports want = ScanAll(p, text);
    ends += want.size();
    EXPECT_EQ(ScanAll(g, text), want) << text;
    const size_t cut = rng() % (text.size() + 1);
    for (std::string_view part : {std::string_view(text).substr(0, cut), std::string_view(text).substr(cut)}) {
      EXPECT_EQ(ScanAll(g, part), ScanAll(p, part)) << part;
    }
    if (HasFailure()) return;
  }
  EXPECT_GT(ends, 20000u);  // the texts do exercise the patterns
}

TEST(DigitGate, OnlyGatedPatterns) {
  auto set = PatternSet::Compile({{"\\b\\d{3}\\b", 0}}, 100);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_TRUE((*set)->Gated(0));
  EXPECT_EQ((*set)->database(), nullptr);
  BlockScanner scanner(*set);
  EXPECT_EQ(ScanAll(scanner, "ab 123 4567 890"), (Reports{{0, 6}, {0, 15}}));
}

}  // namespace
}  // namespace convoguard::matching
