#include "gateway/metrics.h"

#include <gtest/gtest.h>

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
  EXPECT_NE(out.find("# TYPE convoguard_request_duration_seconds histogram"), std::string::npos);
}

TEST(Metrics, EscapesLabelValues) {
  EXPECT_EQ(LabelValue("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
}

}  // namespace
}  // namespace convoguard::gateway
