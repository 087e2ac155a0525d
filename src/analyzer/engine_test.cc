#include <gtest/gtest.h>

#include "convoguard/analyzer.h"

namespace convoguard {
namespace {

std::shared_ptr<const Analyzer> Make(std::vector<std::string> entities = {}) {
  auto a = Analyzer::Create({entities});
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return *a;
}

TEST(Engine, FindsEmailWithCodePointOffsets) {
  auto a = Make();
  std::string text = "Écris à jane.doe@example.com stp";
  auto r = a->Scan(text, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->findings.size(), 1u);
  const Finding& f = r->findings[0];
  EXPECT_EQ(f.entity_type, "EMAIL_ADDRESS");
  EXPECT_EQ(f.start, 8u);  // "Écris à " is 8 code points, 10 bytes
  EXPECT_EQ(f.end, 28u);
  EXPECT_EQ(f.byte_start, 10u);
  EXPECT_EQ(text.substr(f.byte_start, f.byte_end - f.byte_start), "jane.doe@example.com");
  EXPECT_EQ(f.recognizer, "email");
}

// Scan reuses a stream per thread and engine; nothing of one scan may leak
// into the next (findings, offsets, filters, invalid-byte counts).
TEST(Engine, RepeatedScansOnOneThreadAreIndependent) {
  auto all = Make();
  auto cards = Make({"CREDIT_CARD"});
  const std::string a = "mail jane.doe@example.com or call +1 415 555 0132 \xFF";
  const std::string b = "card 4111 1111 1111 1111 thanks";
  auto first = all->Scan(a, {});
  ASSERT_TRUE(first.ok());
  ASSERT_FALSE(first->findings.empty());
  EXPECT_EQ(first->invalid_utf8_bytes, 1u);
  FindingFilter only_cards;
  only_cards.entities = {"CREDIT_CARD"};
  for (int round = 0; round < 3; ++round) {
    auto rb = all->Scan(b, only_cards);
    ASSERT_TRUE(rb.ok());
    ASSERT_EQ(rb->findings.size(), 1u);
    EXPECT_EQ(rb->findings[0].byte_start, 5u);
    EXPECT_EQ(rb->invalid_utf8_bytes, 0u);
    auto rc = cards->Scan(a, {});
    ASSERT_TRUE(rc.ok());
    EXPECT_TRUE(rc->findings.empty());
    auto ra = all->Scan(a, {});
    ASSERT_TRUE(ra.ok());
    ASSERT_EQ(ra->findings.size(), first->findings.size());
    for (size_t i = 0; i < ra->findings.size(); ++i) {
      EXPECT_EQ(ra->findings[i].byte_start, first->findings[i].byte_start);
      EXPECT_EQ(ra->findings[i].end, first->findings[i].end);
      EXPECT_EQ(ra->findings[i].entity_type, first->findings[i].entity_type);
    }
    EXPECT_EQ(ra->invalid_utf8_bytes, 1u);
  }
}

TEST(Engine, RejectsUnknownEntityType) {
  auto a = Analyzer::Create({{"NOT_A_TYPE"}});
  EXPECT_FALSE(a.ok());
}

TEST(Engine, CardMustPassLuhn) {
  auto a = Make({"CREDIT_CARD"});
  auto good = a->Scan("card 4111 1111 1111 1111 thanks", {});
  ASSERT_TRUE(good.ok());
  ASSERT_EQ(good->findings.size(), 1u);
  EXPECT_NE(good->findings[0].explanation.find("luhn"), std::string::npos);
  EXPECT_NE(good->findings[0].explanation.find("card"), std::string::npos);
  auto bad = a->Scan("card 4111 1111 1111 1112 thanks", {});
  ASSERT_TRUE(bad.ok());
  EXPECT_TRUE(bad->findings.empty());
  auto longer = a->Scan("order 411111111111111100000", {});  // inside a longer digit run
  ASSERT_TRUE(longer.ok());
  EXPECT_TRUE(longer->findings.empty());
}

TEST(Engine, OffsetsPointIntoOriginalWhenNormalizationChangesText) {
  auto a = Make({"EMAIL_ADDRESS"});
  // Fullwidth letters and a zero-width space inside the address.
  std::string text = "mail: \xEF\xBD\x8A" "ane\xE2\x80\x8B@example.com";
  auto r = a->Scan(text, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->findings.size(), 2u);  // the email and the invisible character
  const Finding* email = nullptr;
  for (const auto& f : r->findings) if (f.entity_type == "EMAIL_ADDRESS") email = &f;
  ASSERT_NE(email, nullptr);
  EXPECT_EQ(email->byte_start, 6u);
  EXPECT_EQ(email->byte_end, text.size());
  EXPECT_EQ(email->start, 6u);
  EXPECT_EQ(email->end, 6u + 17u);
  EXPECT_EQ(r->invisible_chars, 1u);
}

TEST(Engine, ReportsInvisibleTextAsFinding) {
  auto a = Make();
  std::string text = "hi\xF3\xA0\x81\x89\xF3\xA0\x81\x87\xF3\xA0\x81\x8E there";  // tag chars
  auto r = a->Scan(text, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_EQ(r->findings[0].entity_type, "INVISIBLE_TEXT");
  EXPECT_EQ(r->findings[0].start, 2u);
  EXPECT_EQ(r->findings[0].end, 5u);
  EXPECT_DOUBLE_EQ(r->findings[0].score, 1.0);
}

TEST(Engine, InvalidUtf8IsCountedNotFatal) {
  auto a = Make();
  std::string text = "\xFF\xFE bob@example.org \xC3";
  auto r = a->Scan(text, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->invalid_utf8_bytes, 3u);
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_EQ(r->findings[0].byte_start, 3u);
  EXPECT_EQ(r->findings[0].start, 3u);
}

TEST(Engine, FilterAppliesThresholdAndTypes) {
  auto a = Make();
  std::string text = "x@example.com 4111111111111111";
  FindingFilter only_cards;
  only_cards.entities = {"CREDIT_CARD"};
  auto r = a->Scan(text, only_cards);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_EQ(r->findings[0].entity_type, "CREDIT_CARD");
  FindingFilter no_email;
  no_email.exclude = {"EMAIL_ADDRESS"};
  EXPECT_EQ(a->Scan(text, no_email)->findings.size(), 1u);
  FindingFilter strict;
  strict.threshold = 1.01;
  EXPECT_TRUE(a->Scan(text, strict)->findings.empty());
}

}  // namespace
}  // namespace convoguard

TEST(DetectorOf, GroupsEntityTypesAsPoliciesNameThem) {
  using convoguard::Analyzer;
  EXPECT_STREQ(Analyzer::DetectorOf("AWS_ACCESS_KEY_ID"), "secrets");
  EXPECT_STREQ(Analyzer::DetectorOf("PASSWORD"), "secrets");
  EXPECT_STREQ(Analyzer::DetectorOf("INVISIBLE_TEXT"), "invisible_text");
  EXPECT_STREQ(Analyzer::DetectorOf("EMAIL_ADDRESS"), "pii");
  EXPECT_STREQ(Analyzer::DetectorOf("NO_SUCH_TYPE"), "pii");
}
