#include "evaluation/gold.h"

#include <gtest/gtest.h>

namespace convoguard::evaluation {
namespace {

TEST(GoldLine, ReadsNativeKeys) {
  auto ex = ParseGoldLine(R"({"text":"mail jo@x.io now","spans":[{"entity_type":"EMAIL_ADDRESS","start":5,"end":12}]})");
  ASSERT_TRUE(ex.ok()) << ex.status().ToString();
  EXPECT_EQ(ex->text, "mail jo@x.io now");
  ASSERT_EQ(ex->spans.size(), 1u);
  EXPECT_EQ(ex->spans[0].entity_type, "EMAIL_ADDRESS");
  EXPECT_EQ(ex->spans[0].start, 5u);
  EXPECT_EQ(ex->spans[0].end, 12u);
  EXPECT_FALSE(ex->scope.has_value());
}

TEST(GoldLine, ReadsPresidioResearchKeys) {
  auto ex = ParseGoldLine(
      R"({"full_text":"call 212","spans":[{"entity_type":"PHONE_NUMBER","entity_value":"212","start_position":5,"end_position":8}]})");
  ASSERT_TRUE(ex.ok()) << ex.status().ToString();
  ASSERT_EQ(ex->spans.size(), 1u);
  EXPECT_EQ(ex->spans[0].start, 5u);
  EXPECT_EQ(ex->spans[0].end, 8u);
}

TEST(GoldLine, OffsetsAreCodePoints) {
  // "é" is two bytes but one code point: the span 2-4 covers "ab".
  auto ok = ParseGoldLine(R"({"text":"é ab","spans":[{"entity_type":"X","start":2,"end":4}]})");
  EXPECT_TRUE(ok.ok());
  auto bad = ParseGoldLine(R"({"text":"é ab","spans":[{"entity_type":"X","start":2,"end":5}]})");
  EXPECT_FALSE(bad.ok());
}

TEST(GoldLine, RejectsMalformedInput) {
  EXPECT_FALSE(ParseGoldLine("{not json").ok());
  EXPECT_FALSE(ParseGoldLine("[1,2]").ok());
  EXPECT_FALSE(ParseGoldLine(R"({"spans":[]})").ok());
  EXPECT_FALSE(ParseGoldLine(R"({"text":"abc","spans":[{"entity_type":"X","start":2,"end":1}]})").ok());
  EXPECT_FALSE(ParseGoldLine(R"({"text":"abc","spans":[{"start":0,"end":1}]})").ok());
  EXPECT_FALSE(ParseGoldLine(R"({"text":"abc","spans":{}})").ok());
}

TEST(GoldLine, RoundTrips) {
  GoldExample ex{"ünï 123", {{"A", 4, 7}}, {{"PRICE", 0, 3}}, std::vector<std::string>{"A"}};
  auto back = ParseGoldLine(GoldLineJson(ex));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->text, ex.text);
  ASSERT_EQ(back->spans.size(), 1u);
  EXPECT_EQ(back->spans[0].start, 4u);
  ASSERT_EQ(back->lookalikes.size(), 1u);
  EXPECT_EQ(back->lookalikes[0].kind, "PRICE");
  ASSERT_TRUE(back->scope.has_value());
  EXPECT_EQ(*back->scope, std::vector<std::string>{"A"});
}

TEST(CodePoints, CountsInvalidBytesOneEach) {
  EXPECT_EQ(CodePointCount("abc"), 3u);
  EXPECT_EQ(CodePointCount("é😀"), 2u);
  EXPECT_EQ(CodePointCount("a\xff\xfe" "b"), 4u);
  EXPECT_EQ(CodePointCount("\xe2\x82"), 2u);  // truncated 3-byte sequence
}

}  // namespace
}  // namespace convoguard::evaluation
