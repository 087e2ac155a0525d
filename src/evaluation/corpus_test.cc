#include "evaluation/corpus.h"

#include <gtest/gtest.h>

#include <set>

#include "checksums/checksums.h"
#include "evaluation/scoring.h"

namespace convoguard::evaluation {
namespace {

TEST(Corpus, SameSeedSameMessages) {
  CorpusGenerator a(42, Density::kMixed), b(42, Density::kMixed), c(43, Density::kMixed);
  bool differs = false;
  for (int i = 0; i < 50; ++i) {
    GoldExample x = a.Next(), y = b.Next(), z = c.Next();
    EXPECT_EQ(GoldLineJson(x), GoldLineJson(y));
    differs |= x.text != z.text;
  }
  EXPECT_TRUE(differs);
}

TEST(Corpus, SpansAreExactAndValid) {
  CorpusGenerator gen(7, Density::kDense);
  std::set<std::string> types;
  for (int i = 0; i < 2000; ++i) {
    GoldExample ex = gen.Next();
    const uint64_t len = CodePointCount(ex.text);
    uint64_t prev_end = 0;
    for (const GoldSpan& s : ex.spans) {
      ASSERT_LE(s.start, s.end);
      ASSERT_LE(s.end, len);
      ASSERT_GE(s.start, prev_end) << "spans overlap in: " << ex.text;
      prev_end = s.end;
      types.insert(s.entity_type);
      std::string v = CodePointSlice(ex.text, s.start, s.end);
      ASSERT_FALSE(v.empty());
      if (s.entity_type == "CREDIT_CARD") {
        EXPECT_TRUE(checksums::Luhn(checksums::DigitsOf(v))) << v;
      }
      if (s.entity_type == "IBAN_CODE") {
        EXPECT_TRUE(checksums::IbanMod97(v)) << v;
      }
      if (s.entity_type == "EMAIL_ADDRESS") {
        EXPECT_NE(v.find('@'), std::string::npos) << v;
      }
      if (s.entity_type == "US_SSN") {
        std::string d = checksums::DigitsOf(v);
        ASSERT_EQ(d.size(), 9u) << v;
        EXPECT_NE(d.substr(0, 3), "000");
        EXPECT_NE(d.substr(0, 3), "666");
        EXPECT_LT(d[0], '9');
        EXPECT_NE(d.substr(3, 2), "00");
        EXPECT_NE(d.substr(5), "0000");
      }
    }
    for (const LookAlike& l : ex.lookalikes) {
      ASSERT_LE(l.end, len);
      ASSERT_FALSE(CodePointSlice(ex.text, l.start, l.end).empty());
    }
  }
  EXPECT_EQ(std::vector<std::string>(types.begin(), types.end()), CorpusGenerator::EntityTypes());
}

TEST(Corpus, SparseIsMostlyClean) {
  CorpusGenerator gen(1, Density::kSparse);
  int with_entities = 0;
  for (int i = 0; i < 1000; ++i) with_entities += !gen.Next().spans.empty();
  EXPECT_LT(with_entities, 100);
  EXPECT_GT(with_entities, 5);
}

TEST(Corpus, ChatTextReachesSize) {
  std::string text = GenerateChatText(3, Density::kMixed, 16 * 1024);
  EXPECT_GE(text.size(), 16u * 1024);
  EXPECT_LT(text.size(), 17u * 1024);
  EXPECT_EQ(text.back(), '\n');
}

}  // namespace
}  // namespace convoguard::evaluation
