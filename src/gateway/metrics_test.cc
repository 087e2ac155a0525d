#include "gateway/metrics.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace convoguard::gateway {
namespace {

TEST(Metrics, RendersCountersAndCumulativeHistograms) {
  Metrics m;
  m.CountRequest("/v1/chat/completions", 200, 0.0003);
  m.CountRequest("/v1/chat/completions", 200, 0.2);
  m.CountRequest("/v1/chat/completions", 403, 0.0001);
  m.CountFinding("input", "secrets", "AWS_ACCESS_KEY_ID", "block");
  m.CountUpstreamError("mock", "timeout");
  m.SetOpenConnections([] { return size_t{7}; });
  m.SetLogLinesDropped([] { return uint64_t{5}; });
  const std::string out = m.Render();
  EXPECT_NE(out.find("convoguard_requests_total{route=\"/v1/chat/completions\",status=\"200\"} 2\n"), std::string::npos);
  EXPECT_NE(out.find("convoguard_requests_total{route=\"/v1/chat/completions\",status=\"403\"} 1\n"), std::string::npos);
  EXPECT_NE(out.find("convoguard_request_duration_seconds_bucket{route=\"/v1/chat/completions\",le=\"0.0005\"} 2\n"),
            std::string::npos) << out;
  EXPECT_NE(out.find("convoguard_request_duration_seconds_bucket{route=\"/v1/chat/completions\",le=\"+Inf\"} 3\n"),
            std::string::npos);
  EXPECT_NE(out.find("convoguard_request_duration_seconds_count{route=\"/v1/chat/completions\"} 3\n"), std::string::npos);
  EXPECT_NE(out.find("convoguard_findings_total{direction=\"input\",detector=\"secrets\",entity_type=\"AWS_ACCESS_KEY_ID\",action=\"block\"} 1"),
            std::string::npos);
  EXPECT_NE(out.find("convoguard_upstream_errors_total{upstream=\"mock\",kind=\"timeout\"} 1"), std::string::npos);
  EXPECT_NE(out.find("convoguard_open_connections 7\n"), std::string::npos);
  EXPECT_NE(out.find("convoguard_log_lines_dropped_total 5\n"), std::string::npos);
  EXPECT_NE(out.find("# TYPE convoguard_request_duration_seconds histogram"), std::string::npos);
}

// Updates from many threads at once, some creating the same series at the
// same moment: every count lands, and each label set has one series.
TEST(Metrics, ConcurrentUpdatesAreCountedOnce) {
  Metrics m;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&m] {
      for (int i = 0; i < 5000; ++i) {
        m.CountFinding("output", "pii", "EMAIL_ADDRESS", i % 2 ? "redact" : "block");
        m.CountRequest("/v1/chat/completions", 200 + static_cast<unsigned>(i % 3), 0.001);
      }
    });
  }
  for (auto& t : threads) t.join();
  const std::string out = m.Render();
  EXPECT_NE(out.find("convoguard_findings_total{direction=\"output\",detector=\"pii\",entity_type=\"EMAIL_ADDRESS\",action=\"block\"} 10000\n"),
            std::string::npos) << out;
  EXPECT_NE(out.find("convoguard_findings_total{direction=\"output\",detector=\"pii\",entity_type=\"EMAIL_ADDRESS\",action=\"redact\"} 10000\n"),
            std::string::npos);
  size_t lines = 0;
  for (size_t at = out.find("convoguard_requests_total{"); at != std::string::npos;
       at = out.find("convoguard_requests_total{", at + 1)) {
    ++lines;
  }
  EXPECT_EQ(lines, 3u) << out;
  EXPECT_NE(out.find("convoguard_request_duration_seconds_count{route=\"/v1/chat/completions\"} 20000\n"), std::string::npos);
}

// More label sets than a family holds: the rest are counted, in one series.
TEST(Metrics, LabelSetsBeyondTheBoundGoToAnOverflowSeries) {
  Metrics m;
  for (size_t i = 0; i < Metrics::kMaxSeries + 10; ++i) m.CountUpstreamError("up", "status_" + std::to_string(i));
  m.CountUpstreamError("up", "status_0");
  const std::string out = m.Render();
  EXPECT_NE(out.find("convoguard_upstream_errors_total{overflow=\"true\"} 10\n"), std::string::npos);
  EXPECT_NE(out.find("convoguard_upstream_errors_total{upstream=\"up\",kind=\"status_0\"} 2\n"), std::string::npos);
}

TEST(Metrics, EscapesLabelValues) {
  EXPECT_EQ(LabelValue("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
}

}  // namespace
}  // namespace convoguard::gateway
