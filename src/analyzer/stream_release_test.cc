#include <gtest/gtest.h>

#include "convoguard/analyzer.h"

namespace convoguard {
namespace {

// Findings close together must not stall the stream: what is released trails
// what was written by a bounded amount, however long the stream runs.
TEST(StreamRelease, DenseFindingsStillReleaseSteadily) {
  auto a = *Analyzer::Create({});
  for (std::string unit : {"mail jane@example.com now. ", "Karte 4111 1111 1111 1111; "}) {
    auto s = a->NewStream({});
    std::string text;
    for (int i = 0; i < 2000; ++i) text += unit;
    uint64_t written = 0, max_lag = 0;
    size_t findings = 0;
    for (size_t i = 0; i < text.size(); i += 64) {
      auto chunk = std::string_view(text).substr(i, 64);
      auto u = s->Write(chunk);
      ASSERT_TRUE(u.ok());
      written += chunk.size();
      findings += u->findings.size();
      max_lag = std::max(max_lag, written - u->safe_bytes);
    }
    auto u = s->Finish();
    ASSERT_TRUE(u.ok());
    findings += u->findings.size();
    EXPECT_EQ(findings, 2000u) << unit;
    EXPECT_LT(max_lag, 4096u) << unit;
  }
}

}  // namespace
}  // namespace convoguard
