#include "matching/pattern_set.h"

#include <gtest/gtest.h>
#include <hs/hs.h>

#include <map>

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

TEST(PatternSet, ReportsEndsAcrossChunksAndFindsExactSpans) {
  auto s = PatternSet::Compile({{"sk-[a-z]{4,8}", 0}, {"\\d{3}", 0}}, 100);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ((*s)->MaxWidth(0), 11u);
  PatternStream stream(*s);
  std::map<unsigned, std::vector<uint64_t>> ends;
  EndFn fn = [&](unsigned id, uint64_t end) { ends[id].push_back(end); };
  const std::string text = "key sk-abcdef 123";
  ASSERT_TRUE(stream.Scan("key sk-ab", fn).ok());
  ASSERT_TRUE(stream.Scan("cdef 12", fn).ok());
  ASSERT_TRUE(stream.Scan("3", fn).ok());
  ASSERT_TRUE(stream.Close(fn).ok());
  EXPECT_EQ(ends[0], (std::vector<uint64_t>{11, 12, 13}));  // every end of a growing match
  EXPECT_EQ(ends[1], (std::vector<uint64_t>{17}));           // split over two chunks
  std::vector<std::pair<size_t, size_t>> spans;
  ASSERT_TRUE((*s)->FindMatches(0, text, 0, 13, [&](size_t b, size_t e) { spans.push_back({b, e}); }).ok());
  EXPECT_EQ(spans, (std::vector<std::pair<size_t, size_t>>{{4, 13}}));  // longest, leftmost
}

TEST(PatternSet, CaselessFlagAppliesToBothEngines) {
  auto s = PatternSet::Compile({{"secret", kCaseless}}, 100);
  ASSERT_TRUE(s.ok());
  PatternStream stream(*s);
  int n = 0;
  ASSERT_TRUE(stream.Scan("SeCrEt", [&](unsigned, uint64_t) { ++n; }).ok());
  EXPECT_EQ(n, 1);
  int m = 0;
  ASSERT_TRUE((*s)->FindMatches(0, "SeCrEt", 0, 6, [&](size_t, size_t) { ++m; }).ok());
  EXPECT_EQ(m, 1);
}

}  // namespace
}  // namespace convoguard::matching
