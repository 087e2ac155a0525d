#include "matching/pattern_set.h"

#include <gtest/gtest.h>
#include <hs/hs.h>

#include <cctype>
#include <map>
#include <string>
#include <vector>

namespace convoguard::matching {
namespace {

TEST(PatternSet, RejectsUnboundedPatterns) {
  auto s = PatternSet::Compile({{"a+b", 0}}, 100);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("unbounded"), std::string::npos);
}

TEST(PatternSet, RejectsInvalidRegexNamingIt) {
  auto s = PatternSet::Compile({{"ok", 0}, {"(unclosed", 0}}, 100);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("pattern 1"), std::string::npos);
}

TEST(PatternSet, ReportsEveryEndAndFindsExactSpans) {
  auto s = PatternSet::Compile({{"sk-[a-z]{4,8}", 0}, {"\\d{3}", 0}}, 100);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ((*s)->MaxWidth(0), 11u);
  BlockScanner scanner(*s);
  std::map<unsigned, std::vector<uint64_t>> ends;
  const std::string text = "key sk-abcdef 123";
  ASSERT_TRUE(scanner.Scan(text, [&](unsigned id, uint64_t end) { ends[id].push_back(end); }).ok());
  EXPECT_EQ(ends[0], (std::vector<uint64_t>{11, 12, 13}));  // every end of a growing match
  EXPECT_EQ(ends[1], (std::vector<uint64_t>{17}));
  std::vector<std::pair<size_t, size_t>> spans;
  ASSERT_TRUE((*s)->FindMatches(0, text, 0, 13, [&](size_t b, size_t e) { spans.push_back({b, e}); }).ok());
  EXPECT_EQ(spans, (std::vector<std::pair<size_t, size_t>>{{4, 13}}));  // longest, leftmost
}

// A pattern with a cue finder is not in the Vectorscan database: the finder
// reports its ends, with the pattern's index, and PCRE2 still finds its spans.
TEST(PatternSet, CueFinderReplacesThePatternsVectorscanPass) {
  std::vector<std::string> seen;
  CueFinder at_x = [&seen](std::string_view bytes, const std::function<void(uint64_t)>& on_end) {
    seen.emplace_back(bytes);
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] == 'X') on_end(i + 1);
    }
  };
  auto s = PatternSet::Compile({{"\\d{3}", 0}, {"X[a-z]{2}", 0, "", at_x}}, 100);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  BlockScanner scanner(*s);
  std::map<unsigned, std::vector<uint64_t>> ends;
  const std::string text = "123 Xab X9 Xcd";
  ASSERT_TRUE(scanner.Scan(text, [&](unsigned id, uint64_t end) { ends[id].push_back(end); }).ok());
  EXPECT_EQ(ends[0], (std::vector<uint64_t>{3}));
  EXPECT_EQ(ends[1], (std::vector<uint64_t>{5, 9, 12}));  // the finder's ends, X9 included
  EXPECT_EQ(seen, (std::vector<std::string>{text}));
  std::vector<std::pair<size_t, size_t>> spans;
  ASSERT_TRUE((*s)->FindMatches(1, text, 0, text.size() - 1, [&](size_t b, size_t e) { spans.push_back({b, e}); }).ok());
  EXPECT_EQ(spans, (std::vector<std::pair<size_t, size_t>>{{4, 7}, {11, 14}}));
}

// Patterns that share a cue group finder: it runs once per buffer and its
// members' ends go to their patterns; a member the set does not hold is
// dropped.
TEST(PatternSet, CueGroupRunsOnceForItsMembers) {
  int calls = 0;
  auto group = std::make_shared<const CueGroupFinder>(
      [&calls](std::string_view bytes, const std::function<void(unsigned, uint64_t)>& on_end) {
        ++calls;
        for (size_t i = 0; i < bytes.size(); ++i) {
          if (bytes[i] == 'X') on_end(0, i + 1);
          if (bytes[i] == 'Y') on_end(1, i + 1);
          if (bytes[i] == 'Z') on_end(2, i + 1);  // no pattern for member 2 here
        }
      });
  std::vector<Pattern> patterns = {{"\\d{3}", 0}, {"Y[a-z]{2}", 0}, {"X[a-z]{2}", 0}};
  patterns[1].cue_group = {group, 1};
  patterns[2].cue_group = {group, 0};
  auto s = PatternSet::Compile(patterns, 100);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  BlockScanner scanner(*s);
  std::map<unsigned, std::vector<uint64_t>> ends;
  const std::string text = "123 Xab Yc Zd Xcd";
  ASSERT_TRUE(scanner.Scan(text, [&](unsigned id, uint64_t end) { ends[id].push_back(end); }).ok());
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(ends.size(), 3u);
  EXPECT_EQ(ends[0], (std::vector<uint64_t>{3}));
  EXPECT_EQ(ends[1], (std::vector<uint64_t>{9}));
  EXPECT_EQ(ends[2], (std::vector<uint64_t>{5, 15}));
}

// When every pattern has a cue finder there is no Vectorscan database; the
// set still scans (an engine asked only for one such entity type).
TEST(PatternSet, CueFindersAloneNeedNoDatabase) {
  CueFinder at_x = [](std::string_view bytes, const std::function<void(uint64_t)>& on_end) {
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] == 'X') on_end(i + 1);
    }
  };
  auto s = PatternSet::Compile({{"X[a-z]{2}", 0, "", at_x}}, 100);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ((*s)->database(), nullptr);
  BlockScanner scanner(*s);
  std::vector<uint64_t> ends;
  ASSERT_TRUE(scanner.Scan("ab Xcd X", [&](unsigned, uint64_t end) { ends.push_back(end); }).ok());
  EXPECT_EQ(ends, (std::vector<uint64_t>{4, 8}));
}

TEST(PatternSet, CaselessFlagAppliesToBothEngines) {
  auto s = PatternSet::Compile({{"secret", kCaseless}}, 100);
  ASSERT_TRUE(s.ok());
  BlockScanner scanner(*s);
  int n = 0;
  ASSERT_TRUE(scanner.Scan("SeCrEt", [&](unsigned, uint64_t) { ++n; }).ok());
  EXPECT_EQ(n, 1);
  int m = 0;
  ASSERT_TRUE((*s)->FindMatches(0, "SeCrEt", 0, 6, [&](size_t, size_t) { ++m; }).ok());
  EXPECT_EQ(m, 1);
}

TEST(PatternSet, PrefilterDrivesTheScanAndRegexTheSpans) {
  // The prefilter starts at "@" (cheap); the exact regex has the local part.
  auto s = PatternSet::Compile({{"[a-z]{1,20}@[a-z]{1,10}\\.com", 0, "@[a-z]{1,10}\\.com"}}, 100);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ((*s)->MaxWidth(0), 35u);  // from the exact regex
  BlockScanner scanner(*s);
  std::vector<uint64_t> ends;
  const std::string text = "to bob@mail.com";
  ASSERT_TRUE(scanner.Scan(text, [&](unsigned, uint64_t e) { ends.push_back(e); }).ok());
  EXPECT_EQ(ends, (std::vector<uint64_t>{15}));
  std::vector<std::pair<size_t, size_t>> spans;
  ASSERT_TRUE((*s)->FindMatches(0, text, 0, 15, [&](size_t b, size_t e) { spans.push_back({b, e}); }).ok());
  EXPECT_EQ(spans, (std::vector<std::pair<size_t, size_t>>{{3, 15}}));
}

}  // namespace

class PatternSetTestPeer {
 public:
  static bool HasLeadingRun(const PatternSet& s, unsigned i) { return s.leading_[i].has_value(); }
};

namespace {

// A pattern that starts with a class run and a literal (the e-mail shape) is
// searched from the literal's occurrences (PatternSet::LeadingRun): the same
// spans as the plain search, which the same pattern in a group gets, on
// random text over the bytes that matter, from every start offset.
TEST(PatternSet, LeadingRunSearchFindsThePlainSearchsSpans) {
  const std::vector<std::string> regexes = {
      R"([A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,4}(?:xn--[A-Za-z0-9]{1,59}|[A-Za-z]{2,24})\b)",
      R"([a-c]{2,4}@[a-c]{1,3}\b)",
      R"([a-c\-]{1,3}\.x(?:a|b@))",
      R"([A-Za-z0-9\-]{1,40}(?:\.[A-Za-z0-9\-]{1,40}){0,2}\.(?:com|org|net|io|co|uk|de|it|es|nl|ch|se)\b)",
      R"([a-c]{1,4}(?:@[a-c]{1,2})?(?:@x){0,3}?@[ab]{1,2})",
  };
  std::vector<Pattern> patterns;
  for (const std::string& r : regexes) {
    patterns.push_back({r, 0});
    patterns.push_back({"(?:" + r + ")", 0});
  }
  auto s = PatternSet::Compile(patterns, 1000);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  for (unsigned i = 0; i < patterns.size(); ++i) {
    EXPECT_EQ(PatternSetTestPeer::HasLeadingRun(**s, i), i % 2 == 0) << patterns[i].regex;
  }
  const std::string alphabet = "abcabcabcomx...@@-_ \n\xC3\xA9Z9";
  uint64_t x = 0x853C49E6748FEA9Bull;  // xorshift: the same texts every run
  auto next = [&x] {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return x;
  };
  std::vector<int> spans_seen(patterns.size());
  for (int t = 0; t < 5000; ++t) {
    std::string text;
    for (int k = 0, n = 1 + static_cast<int>(next() % 90); k < n; ++k) {
      const size_t c = next() % (alphabet.size() - 1);
      if (alphabet[c] == '\xC3') {
        text += "\xC3\xA9";  // a whole code point
      } else if (alphabet[c] != '\xA9') {
        text += alphabet[c];
      }
    }
    for (unsigned i = 0; i < patterns.size(); i += 2) {
      for (size_t from = 0; from <= text.size(); from += 1 + next() % 4) {
        if (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) continue;
        const size_t to_start = from + next() % (text.size() - from + 1);
        std::vector<std::pair<size_t, size_t>> fast, plain;
        ASSERT_TRUE((*s)->FindMatches(i, text, from, to_start, [&](size_t b, size_t e) { fast.push_back({b, e}); }).ok());
        ASSERT_TRUE(
            (*s)->FindMatches(i + 1, text, from, to_start, [&](size_t b, size_t e) { plain.push_back({b, e}); }).ok());
        ASSERT_EQ(fast, plain) << patterns[i].regex << " in \"" << text << "\" from " << from << " to " << to_start;
        spans_seen[i] += static_cast<int>(fast.size());
      }
    }
  }
  for (unsigned i = 0; i < patterns.size(); i += 2) EXPECT_GT(spans_seen[i], 200) << patterns[i].regex;
}

// Shapes the leading-run search must leave alone.
TEST(PatternSet, LeadingRunOnlyForItsShape) {
  const std::vector<std::string> others = {
      "[a-z]{1,5}@x|y",      // top-level alternation
      "[a-z]{1,5}@?x",       // the literal is optional
      "[a-z@]{1,5}@x",       // the literal is in the class
      "[^a-z]{1,5}@x",       // negated class
      "[\\w]{1,5}@x",      // class escape
      "[a-z]{0,5}@x",        // may be empty
      "[a-z]{1,5}[@]x",      // the next item is a class
      "[a-z]{1,5}(?:@a|b){0,2}@x",  // an alternative of the group does not start with the literal
      "[a-z]{1,5}(?:@a){1,2}@x",    // the group is not optional
      "[a-z]{1,5}(?:.a){0,2}@x",    // the group starts with another byte
      "[a-z]{1,5}(?:@a){0,2}x",     // no literal after the groups
  };
  std::vector<Pattern> patterns;
  for (const std::string& r : others) patterns.push_back({r, 0});
  patterns.push_back({"[a-z]{1,5}@x", kCaseless});
  auto s = PatternSet::Compile(patterns, 1000);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  for (unsigned i = 0; i < patterns.size(); ++i) {
    EXPECT_FALSE(PatternSetTestPeer::HasLeadingRun(**s, i)) << patterns[i].regex;
  }
}

}  // namespace
}  // namespace convoguard::matching
