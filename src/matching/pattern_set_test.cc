#include "matching/pattern_set.h"

#include <gtest/gtest.h>
#include <hs/hs.h>

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
  // Every pattern with a finder leaves no database to compile: an error.
  EXPECT_FALSE(PatternSet::Compile({{"X[a-z]{2}", 0, "", at_x}}, 100).ok());
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
}  // namespace convoguard::matching
