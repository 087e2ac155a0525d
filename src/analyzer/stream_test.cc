#include <gtest/gtest.h>

#include <random>

#include "convoguard/analyzer.h"

namespace convoguard {
namespace {

struct Collected {
  std::vector<Finding> findings;
  std::vector<uint64_t> safe;
};

Collected StreamInChunks(const Analyzer& a, const std::string& text, size_t chunk) {
  Collected c;
  auto s = a.NewStream({});
  for (size_t i = 0; i < text.size(); i += chunk) {
    auto u = s->Write(std::string_view(text).substr(i, chunk));
    EXPECT_TRUE(u.ok());
    for (auto& f : u->findings) c.findings.push_back(f);
    c.safe.push_back(u->safe_bytes);
  }
  auto u = s->Finish();
  EXPECT_TRUE(u.ok());
  for (auto& f : u->findings) c.findings.push_back(f);
  c.safe.push_back(u->safe_bytes);
  return c;
}

TEST(Stream, SecretSplitAcrossChunksIsFound) {
  auto a = *Analyzer::Create({});
  std::string text = "contact me: alice.smith@corp.example.com or card 4111-1111-1111-1111.";
  for (size_t chunk : {1, 2, 3, 5, 7, 16, 1000}) {
    Collected c = StreamInChunks(*a, text, chunk);
    ASSERT_EQ(c.findings.size(), 2u) << "chunk " << chunk;
    EXPECT_EQ(c.findings[0].entity_type, "EMAIL_ADDRESS");
    EXPECT_EQ(text.substr(c.findings[0].byte_start, c.findings[0].byte_end - c.findings[0].byte_start),
              "alice.smith@corp.example.com");
    EXPECT_EQ(c.findings[1].entity_type, "CREDIT_CARD");
  }
}

TEST(Stream, SafeBytesNeverCutIntoAFindingReportedLater) {
  auto a = *Analyzer::Create({});
  std::string text;
  std::mt19937 rng(7);
  for (int i = 0; i < 200; ++i) {
    text += "some ordinary words here ";
    if (rng() % 5 == 0) text += "user" + std::to_string(i) + "@mail.example.net ";
    if (rng() % 7 == 0) text += "4111111111111111 ";
  }
  // Many chunk sizes: Vectorscan's stream mode lost matches at some chunk
  // boundaries and buffer alignments; the engine must not.
  for (size_t chunk : {1, 2, 3, 5, 8, 13, 31, 64, 100, 127, 333, 1000}) {
    auto s = a->NewStream({});
    uint64_t safe = 0;
    size_t total = 0;
    for (size_t i = 0; i < text.size(); i += chunk) {
      auto u = s->Write(std::string_view(text).substr(i, chunk));
      ASSERT_TRUE(u.ok());
      for (auto& f : u->findings) {
        EXPECT_GE(f.byte_start, safe) << "a finding reached into released bytes";
        ++total;
      }
      EXPECT_GE(u->safe_bytes, safe);
      EXPECT_LE(u->safe_bytes, i + std::min(chunk, text.size() - i));
      safe = u->safe_bytes;
    }
    auto u = s->Finish();
    ASSERT_TRUE(u.ok());
    for (auto& f : u->findings) {
      EXPECT_GE(f.byte_start, safe);
      ++total;
    }
    EXPECT_EQ(u->safe_bytes, text.size());
    auto whole = a->Scan(text, {});
    EXPECT_EQ(total, whole->findings.size()) << "chunk " << chunk;
  }
}

TEST(Stream, HoldsBackOnlyABoundedTail) {
  auto a = *Analyzer::Create({});
  std::string text(100000, 'a');
  for (size_t i = 0; i < text.size(); i += 10) text[i] = ' ';
  auto s = a->NewStream({});
  auto u = s->Write(text);
  ASSERT_TRUE(u.ok());
  EXPECT_GT(u->safe_bytes, text.size() - 2048);
}

TEST(Stream, WriteAfterFinishIsAnError) {
  auto a = *Analyzer::Create({});
  auto s = a->NewStream({});
  ASSERT_TRUE(s->Finish().ok());
  EXPECT_FALSE(s->Write("x").ok());
}

}  // namespace
}  // namespace convoguard
