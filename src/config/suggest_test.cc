#include "config/suggest.h"

#include <gtest/gtest.h>

namespace convoguard::config {
namespace {

TEST(EditDistance, CountsEditsAndTranspositions) {
  EXPECT_EQ(EditDistance("", ""), 0u);
  EXPECT_EQ(EditDistance("abc", ""), 3u);
  EXPECT_EQ(EditDistance("US_SNN", "US_SSN"), 1u);
  EXPECT_EQ(EditDistance("prot", "port"), 1u);  // transposition
  EXPECT_EQ(EditDistance("Policy", "policy"), 0u);  // case-insensitive
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
}

TEST(DidYouMean, SuggestsOnlyCloseNames) {
  std::vector<std::string_view> names = {"max_body_bytes", "max_header_bytes", "max_messages"};
  EXPECT_EQ(DidYouMean("max_body_byte", names), " (did you mean max_body_bytes?)");
  EXPECT_EQ(DidYouMean("max_mesages", names), " (did you mean max_messages?)");
  EXPECT_EQ(DidYouMean("threads_per_core", names), "");
  EXPECT_EQ(DidYouMean("x", {"y"}), " (did you mean y?)");
  EXPECT_EQ(DidYouMean("ab", {"xy"}), "");
  EXPECT_EQ(DidYouMean("anything", {}), "");
  EXPECT_EQ(DidYouMean(std::string(1000, 'a'), names), "");
}

}  // namespace
}  // namespace convoguard::config
