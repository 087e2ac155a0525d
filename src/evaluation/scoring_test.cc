#include "evaluation/scoring.h"

#include <gtest/gtest.h>

namespace convoguard::evaluation {
namespace {

Finding F(const std::string& type, uint64_t b, uint64_t e) {
  Finding f;
  f.entity_type = type;
  f.start = b;
  f.end = e;
  return f;
}

GoldExample Ex(std::vector<GoldSpan> spans) {
  GoldExample ex;
  ex.text = std::string(100, 'x');
  ex.spans = std::move(spans);
  return ex;
}

TEST(Scorer, ExactAndOverlapDiffer) {
  Scorer s;
  // One exact hit, one hit with a wrong end, one miss, one false positive.
  s.Add(Ex({{"EMAIL_ADDRESS", 0, 10}, {"EMAIL_ADDRESS", 20, 30}, {"EMAIL_ADDRESS", 40, 50}}),
        {F("EMAIL_ADDRESS", 0, 10), F("EMAIL_ADDRESS", 20, 28), F("EMAIL_ADDRESS", 60, 70)});
  const EntityScore& e = s.per_entity().at("EMAIL_ADDRESS");
  EXPECT_EQ(e.gold, 3u);
  EXPECT_EQ(e.predicted, 3u);
  EXPECT_EQ(e.exact_tp, 1u);
  EXPECT_EQ(e.overlap_pred_tp, 2u);
  EXPECT_EQ(e.overlap_gold_tp, 2u);
  EXPECT_DOUBLE_EQ(e.ExactPrecision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(e.ExactRecall(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(e.OverlapPrecision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(e.OverlapRecall(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(e.OverlapF1(), 2.0 / 3);
}

TEST(Scorer, TypeMustMatch) {
  Scorer s;
  s.Add(Ex({{"US_SSN", 0, 11}}), {F("PHONE_NUMBER", 0, 11)});
  EXPECT_EQ(s.per_entity().at("US_SSN").overlap_gold_tp, 0u);
  EXPECT_EQ(s.per_entity().at("PHONE_NUMBER").overlap_pred_tp, 0u);
  EXPECT_EQ(s.Total().gold, 1u);
  EXPECT_EQ(s.Total().predicted, 1u);
  EXPECT_DOUBLE_EQ(s.Total().ExactF1(), 0.0);
}

TEST(Scorer, ScopeIgnoresUnlabelledTypes) {
  Scorer s;
  GoldExample ex = Ex({{"PERSON", 0, 5}});
  ex.scope = std::vector<std::string>{"PERSON"};
  s.Add(ex, {F("PERSON", 0, 5), F("URL", 10, 20)});
  EXPECT_EQ(s.per_entity().count("URL"), 0u);
  EXPECT_DOUBLE_EQ(s.Total().ExactPrecision(), 1.0);
}

TEST(Scorer, EntityFilterRestrictsBothSides) {
  Scorer s({"CREDIT_CARD"});
  s.Add(Ex({{"PERSON", 0, 5}, {"CREDIT_CARD", 10, 26}}), {F("CREDIT_CARD", 10, 26), F("URL", 30, 40)});
  EXPECT_EQ(s.per_entity().size(), 1u);
  EXPECT_DOUBLE_EQ(s.Total().ExactF1(), 1.0);
}

TEST(Scorer, CountsLookAlikeHits) {
  Scorer s(/*entities=*/{}, /*keep_mistakes=*/10);
  GoldExample ex = Ex({});
  ex.lookalikes = {{"UUID", 0, 36}, {"PRICE", 50, 57}};
  s.Add(ex, {F("PHONE_NUMBER", 3, 12)});
  EXPECT_EQ(s.lookalikes().at("UUID").hit, 1u);
  EXPECT_EQ(s.lookalikes().at("UUID").hit_by.at("PHONE_NUMBER"), 1u);
  EXPECT_EQ(s.lookalikes().at("PRICE").hit, 0u);
  EXPECT_EQ(s.lookalikes().at("PRICE").seen, 1u);
  ASSERT_FALSE(s.mistakes().empty());
}

TEST(Slice, CutsByCodePoint) {
  EXPECT_EQ(CodePointSlice("héllo wörld", 6, 11), "wörld");
  EXPECT_EQ(CodePointSlice("héllo", 0, 2), "hé");
  EXPECT_EQ(CodePointSlice("a\xff" "b", 1, 2), "\xff");
}

}  // namespace
}  // namespace convoguard::evaluation
