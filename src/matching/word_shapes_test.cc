#include "matching/word_shapes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace convoguard::matching {
namespace {

using Reports = std::vector<std::pair<unsigned, uint64_t>>;

Reports FindAll(const WordShapeFinder& f, std::string_view text) {
  Reports out;
  f.Find(text, [&](unsigned k, uint64_t e) { out.emplace_back(k, e); });
  return out;
}

// "\b[c0][c1]...\b", the pattern a shape stands for.
std::string RegexOf(const WordShape& s) {
  std::string re = "\\b";
  for (const std::string& c : s.classes) re += "[" + c + "]";
  return re + "\\b";
}

// The ends of the matches of each shape's regex, found by PCRE2 through a
// PatternSet (no cue finder), in the order the finder reports them: by end,
// then by member.
Reports RegexEnds(const PatternSet& set, size_t shapes, std::string_view text) {
  Reports out;
  for (unsigned k = 0; k < shapes; ++k) {
    const Status st = set.FindMatches(k, text, 0, text.size(), [&](size_t, size_t e) { out.emplace_back(k, e); });
    EXPECT_TRUE(st.ok()) << st.ToString();
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second < b.second : a.first < b.first;
  });
  return out;
}

const WordShape kFiscal{{"A-Z", "A-Z", "A-Z", "A-Z", "A-Z", "A-Z", "0-9LMNPQRSTUV", "0-9LMNPQRSTUV",
                         "ABCDEHLMPRST", "0-9LMNPQRSTUV", "0-9LMNPQRSTUV", "A-Z", "0-9LMNPQRSTUV",
                         "0-9LMNPQRSTUV", "0-9LMNPQRSTUV", "A-Z"},
                        true};

TEST(WordShapes, FindsWholeWordsOfTheShapeOnly) {
  const WordShapeFinder f({kFiscal});
  EXPECT_EQ(FindAll(f, "cf RSSMRA85T10A562S."), (Reports{{0, 19}}));
  EXPECT_EQ(FindAll(f, "RSSMRA85T10A562S"), (Reports{{0, 16}}));          // the buffer's edges are boundaries
  EXPECT_EQ(FindAll(f, "rssmra85t10a562s x"), (Reports{{0, 16}}));        // caseless
  EXPECT_EQ(FindAll(f, "xRSSMRA85T10A562S"), Reports{});                  // 17 bytes: not a whole word
  EXPECT_EQ(FindAll(f, "RSSMRA85T10A562S_"), Reports{});                  // '_' is a word byte
  EXPECT_EQ(FindAll(f, "RSSMRA85Z10A562S"), Reports{});                   // Z is not a month letter
  EXPECT_EQ(FindAll(f, "\xC3\xA9RSSMRA85T10A562S\xC3\xA9"), (Reports{{0, 18}}));  // é is not a word byte
  const WordShapeFinder cased({{{"A-Z", "0-9"}, false}});
  EXPECT_EQ(FindAll(cased, "A1 a1 B2"), (Reports{{0, 2}, {0, 8}}));
}

// Several shapes, lengths 2 to 32, caseless and not, against PCRE2 on
// random texts made of words near the shapes' lengths, whole and cut at
// every offset (a window's edges).
TEST(WordShapes, ReportsExactlyTheRegexMatches) {
  std::vector<WordShape> shapes = {
      kFiscal,
      {{"A-Z", "A-Z", "A-Z", "ABCFGHLJPT", "A-Z", "0-9", "0-9", "0-9", "0-9", "A-Z"}, false},
      {{"STFGM", "0-9", "0-9", "0-9", "0-9", "0-9", "0-9", "0-9", "A-Z"}, false},
      {{"a-f0-9", "x"}, true},
      {std::vector<std::string>(17, "0-9A-F"), false},
      {std::vector<std::string>(32, "A-Za-z0-9_"), false},
      {std::vector<std::string>(10, "A-Z0-9"), true},  // same length as the second
  };
  std::vector<Pattern> pats;
  for (const WordShape& s : shapes) pats.push_back({RegexOf(s), s.caseless ? kCaseless : 0u});
  auto set = PatternSet::Compile(pats, 100);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  // All shapes together (the shortest, 2, looks at every word byte), and
  // each alone (16 bytes: 8-byte chunks; 9 and 10: 4-byte chunks).
  std::vector<std::vector<unsigned>> configs = {{0, 1, 2, 3, 4, 5, 6}};
  for (unsigned k = 0; k < shapes.size(); ++k) configs.push_back({k});
  std::vector<WordShapeFinder> finders;
  for (const auto& c : configs) {
    std::vector<WordShape> sub;
    for (unsigned k : c) sub.push_back(shapes[k]);
    finders.emplace_back(sub);
  }
  // The regex's reports restricted to a config's shapes, numbered as in it.
  auto restrict = [&](const Reports& all, const std::vector<unsigned>& c) {
    Reports out;
    for (const auto& [k, e] : all) {
      auto it = std::find(c.begin(), c.end(), k);
      if (it != c.end()) out.emplace_back(static_cast<unsigned>(it - c.begin()), e);
    }
    return out;
  };
  auto check = [&](std::string_view text) {
    const Reports want = RegexEnds(**set, shapes.size(), text);
    for (size_t c = 0; c < configs.size(); ++c) {
      const Reports got = FindAll(finders[c], text);
      if (got != restrict(want, configs[c])) {
        ADD_FAILURE() << "config " << c << " on " << text.size() << " bytes: " << text;
        return size_t{0};
      }
    }
    return want.size();
  };
  std::mt19937 rng(42);
  const std::string letters = "ABCDEHLMPRSTVXYZabcdehlmprstvxyz";
  const std::string digits = "0123456789";
  const std::vector<std::string> seps = {" ", " ", ".", "-", "\n", "\xC3\xA9", "_", ", ", "\xE2\x80\x94"};
  size_t matched = 0;
  for (int t = 0; t < 400; ++t) {
    std::string text;
    const int words = 1 + static_cast<int>(rng() % 30);
    for (int w = 0; w < words; ++w) {
      const WordShape& s = shapes[rng() % shapes.size()];
      int len = static_cast<int>(s.classes.size()) + static_cast<int>(rng() % 3) - 1;
      if (rng() % 4 == 0) len = static_cast<int>(rng() % 40);
      for (int j = 0; j < len; ++j) {
        // Mostly a byte the shape allows at j, else anything alphanumeric.
        const std::string& cls = j < static_cast<int>(s.classes.size()) ? s.classes[static_cast<size_t>(j)] : digits;
        char c;
        if (rng() % 8 != 0 && cls.size() >= 3 && cls[1] == '-') {
          c = static_cast<char>(cls[0] + static_cast<char>(rng() % static_cast<unsigned>(cls[2] - cls[0] + 1)));
        } else if (rng() % 8 != 0 && !cls.empty() && cls.find('-') == std::string::npos) {
          c = cls[rng() % cls.size()];
        } else {
          c = (rng() % 2 != 0) ? letters[rng() % letters.size()] : digits[rng() % digits.size()];
        }
        if (s.caseless && rng() % 2 == 0 && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        text += c;
      }
      text += seps[rng() % seps.size()];
    }
    matched += check(text);
    if (t % 20 == 0) {
      for (size_t cut = 0; cut <= text.size(); ++cut) {
        check(std::string_view(text).substr(0, cut));
        check(std::string_view(text).substr(cut));
      }
    }
    if (HasFailure()) return;
  }
  EXPECT_GT(matched, 500u);  // the texts do exercise the shapes
}

TEST(WordShapes, AsACueGroupInAPatternSet) {
  auto group = WordShapeGroup({kFiscal});
  auto set = PatternSet::Compile({{"\\b\\d{3}\\b", 0}, {RegexOf(kFiscal), kCaseless, "", {}, {group, 0}}}, 100);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  BlockScanner scanner(*set);
  Reports ends;
  ASSERT_TRUE(scanner.Scan("123 RSSMRA85T10A562S", [&](unsigned id, uint64_t e) { ends.emplace_back(id, e); }).ok());
  EXPECT_EQ(ends, (Reports{{0, 3}, {1, 20}}));
}

}  // namespace
}  // namespace convoguard::matching
