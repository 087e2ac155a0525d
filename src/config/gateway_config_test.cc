// The config model's helpers: action names, defaults, route matching.
#include "config/gateway_config.h"

#include <gtest/gtest.h>

namespace convoguard::config {
namespace {

TEST(Actions, NamesRoundTrip) {
  for (Action a : {Action::kBlock, Action::kPseudonymize, Action::kRedact, Action::kAllow, Action::kLogOnly}) {
    EXPECT_EQ(ParseAction(ActionName(a)), a) << ActionName(a);
  }
  EXPECT_EQ(ParseAction("log-only"), Action::kLogOnly);
  EXPECT_FALSE(ParseAction("Block").has_value());
  EXPECT_FALSE(ParseAction("").has_value());
  EXPECT_STREQ(DirectionName(Direction::kToolResult), "tool_results");
}

TEST(Defaults, DemoModeIsLoopbackMockAndDefaultPolicy) {
  GatewayConfig c = DefaultConfig();
  ASSERT_EQ(c.listeners.size(), 1u);
  EXPECT_EQ(c.listeners[0].address, "127.0.0.1");
  EXPECT_FALSE(c.listeners[0].tls.has_value());
  ASSERT_TRUE(c.upstreams.count("mock"));
  EXPECT_TRUE(c.upstreams.at("mock").mock);
  EXPECT_EQ(c.default_upstream, "mock");
  ASSERT_TRUE(c.policies.count("default"));
  EXPECT_EQ(c.policies.at("default").name, "default");
  EXPECT_EQ(c.policies.at("default").fail_mode, FailMode::kClosed);
  EXPECT_EQ(UpstreamFor(c, "", "/v1/chat/completions"), &c.upstreams.at("mock"));
  EXPECT_EQ(&RateLimitsFor(c, "anyone"), &c.rate_limits);
}

TEST(Defaults, EveryDetectorButPiiHasADefaultActionInEveryDirection) {
  for (const DirectionPolicy& d : {DefaultInputPolicy(), DefaultOutputPolicy()}) {
    for (std::string_view name : kSpanDetectors) EXPECT_EQ(d.detectors.count(name), name == "pii" ? 0u : 1u) << name;
    for (std::string_view name : kScoreDetectors) EXPECT_TRUE(d.detectors.count(name)) << name;
  }
  EXPECT_EQ(DefaultInputPolicy().detectors.at("secrets"), Action::kBlock);
  EXPECT_EQ(DefaultOutputPolicy().detectors.at("secrets"), Action::kBlock);
  // A quoted PIN or one-time code is redacted, not a reason to refuse the request.
  for (const DirectionPolicy& d : {DefaultInputPolicy(), DefaultOutputPolicy()}) {
    EXPECT_EQ(d.entities.at("PIN"), Action::kRedact);
    EXPECT_EQ(d.entities.at("OTP_CODE"), Action::kRedact);
    EXPECT_EQ(d.entities.count("PASSWORD"), 0u);
  }
}

TEST(MatchRoute, ExactBeatsPrefixAndLongerPrefixBeatsShorter) {
  std::vector<RouteConfig> routes = {
      {.path = "/v1/*", .policy = "broad"},
      {.path = "/v1/embeddings", .upstream = "emb"},
      {.path = "/v1/chat/*", .policy = "chat"},
      {.path = "/*", .upstream = "all"},
  };
  EXPECT_EQ(MatchRoute(routes, "/v1/embeddings")->path, "/v1/embeddings");
  EXPECT_EQ(MatchRoute(routes, "/v1/embeddings?x=1")->path, "/v1/embeddings");
  EXPECT_EQ(MatchRoute(routes, "/v1/chat/completions")->path, "/v1/chat/*");
  EXPECT_EQ(MatchRoute(routes, "/v1/models")->path, "/v1/*");
  EXPECT_EQ(MatchRoute(routes, "/health")->path, "/*");
  // Only routes that set the field asked for.
  EXPECT_EQ(MatchRoute(routes, "/v1/embeddings", RouteField::kPolicy)->path, "/v1/*");
  EXPECT_EQ(MatchRoute(routes, "/v1/chat/completions", RouteField::kUpstream)->path, "/*");
  EXPECT_EQ(MatchRoute(routes, "/health", RouteField::kPolicy), nullptr);
  EXPECT_EQ(MatchRoute({}, "/v1/embeddings"), nullptr);
  // "/v1/embeddingsX" is not the exact route.
  EXPECT_EQ(MatchRoute(routes, "/v1/embeddingsX")->path, "/v1/*");
}

}  // namespace
}  // namespace convoguard::config
