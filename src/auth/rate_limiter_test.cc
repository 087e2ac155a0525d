#include "auth/rate_limiter.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace convoguard::auth {
namespace {

using Clock = RateLimiter::Clock;
using std::chrono::milliseconds;
using std::chrono::seconds;

const Clock::time_point t0 = Clock::time_point() + std::chrono::hours(1000);

TEST(RateLimiter, UnlimitedAlwaysAllowsAndKeepsNoState) {
  RateLimiter rl;
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(rl.Acquire("k", {}, 1'000'000, t0).allowed);
  rl.Settle("k", {}, 5'000'000, t0);
  EXPECT_EQ(rl.bucket_count(), 0u);
}

TEST(RateLimiter, RequestsBurstToTheMinuteBudgetThenRefillAtTheRate) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 60};  // one per second
  for (int i = 0; i < 60; ++i) ASSERT_TRUE(rl.Acquire("k", lim, 0, t0).allowed) << i;
  auto d = rl.Acquire("k", lim, 0, t0);
  EXPECT_FALSE(d.allowed);
  EXPECT_STREQ(d.limit, "requests");
  EXPECT_EQ(d.retry_after_seconds, 1);
  // 999 ms later the next request is still 1 ms away: Retry-After rounds up to 1.
  d = rl.Acquire("k", lim, 0, t0 + milliseconds(999));
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.retry_after_seconds, 1);
  EXPECT_TRUE(rl.Acquire("k", lim, 0, t0 + milliseconds(1000)).allowed);
  EXPECT_FALSE(rl.Acquire("k", lim, 0, t0 + milliseconds(1000)).allowed);
  // After 10 s idle, exactly 10 more.
  int allowed = 0;
  while (rl.Acquire("k", lim, 0, t0 + seconds(11)).allowed) ++allowed;
  EXPECT_EQ(allowed, 10);
}

TEST(RateLimiter, RetryAfterFollowsTheRefillRate) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 2};  // one per 30 s
  EXPECT_TRUE(rl.Acquire("k", lim, 0, t0).allowed);
  EXPECT_TRUE(rl.Acquire("k", lim, 0, t0).allowed);
  auto d = rl.Acquire("k", lim, 0, t0);
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.retry_after_seconds, 30);
  d = rl.Acquire("k", lim, 0, t0 + milliseconds(20'500));
  EXPECT_EQ(d.retry_after_seconds, 10);  // 9.5 s rounds up
  EXPECT_TRUE(rl.Acquire("k", lim, 0, t0 + seconds(30)).allowed);
}

TEST(RateLimiter, TokensLimitDeniesWithoutTakingARequest) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 100, .tokens_per_minute = 6000};  // 100 tokens/s
  EXPECT_TRUE(rl.Acquire("k", lim, 5000, t0).allowed);
  auto d = rl.Acquire("k", lim, 1500, t0);  // 1000 left, 500 short = 5 s
  EXPECT_FALSE(d.allowed);
  EXPECT_STREQ(d.limit, "tokens");
  EXPECT_EQ(d.retry_after_seconds, 5);
  EXPECT_TRUE(rl.Acquire("k", lim, 1000, t0).allowed);
  // 98 requests remain: a denied request took none.
  int allowed = 0;
  while (rl.Acquire("k", lim, 0, t0).allowed) ++allowed;
  EXPECT_EQ(allowed, 98);
}

TEST(RateLimiter, WhenBothLimitsAreHitTheLongerWaitIsReported) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 60, .tokens_per_minute = 600};  // 1 req/s, 10 tok/s
  EXPECT_TRUE(rl.Acquire("k", lim, 600, t0).allowed);
  for (int i = 0; i < 59; ++i) rl.Acquire("k", lim, 0, t0);
  auto d = rl.Acquire("k", lim, 100, t0);
  EXPECT_FALSE(d.allowed);
  EXPECT_STREQ(d.limit, "tokens");
  EXPECT_EQ(d.retry_after_seconds, 10);
}

TEST(RateLimiter, AnEstimateAboveTheWholeBudgetNeedsAFullBucketAndLeavesDebt) {
  RateLimiter rl;
  const RateLimits lim{.tokens_per_minute = 600};  // 10 tokens/s
  EXPECT_TRUE(rl.Acquire("k", lim, 1200, t0).allowed);  // full bucket: allowed, now 600 in debt
  auto d = rl.Acquire("k", lim, 1, t0);
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.retry_after_seconds, 61);  // 601 tokens at 10/s = 60.1 s
}

TEST(RateLimiter, SettleChargesOverrunsAndRefundsOverestimates) {
  RateLimiter rl;
  const RateLimits lim{.tokens_per_minute = 6000};  // 100 tokens/s
  EXPECT_TRUE(rl.Acquire("k", lim, 1000, t0).allowed);  // 5000 left
  rl.Settle("k", lim, 4000, t0);                          // used 5000: 1000 left
  EXPECT_FALSE(rl.Acquire("k", lim, 1001, t0).allowed);
  rl.Settle("k", lim, -2000, t0);  // a refund: 3000 left
  EXPECT_TRUE(rl.Acquire("k", lim, 3000, t0).allowed);
  EXPECT_FALSE(rl.Acquire("k", lim, 1, t0).allowed);
  // Refunds never exceed a full bucket.
  rl.Settle("k", lim, -1'000'000, t0);
  EXPECT_TRUE(rl.Acquire("k", lim, 6000, t0).allowed);
  EXPECT_FALSE(rl.Acquire("k", lim, 1, t0).allowed);
  // A huge overrun is bounded (10 minutes of debt), and does not overflow.
  rl.Settle("k", lim, INT64_MAX, t0);
  auto d = rl.Acquire("k", lim, 1, t0);
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.retry_after_seconds, 601);
  rl.Settle("k", lim, INT64_MIN, t0);
  EXPECT_TRUE(rl.Acquire("k", lim, 6000, t0).allowed);
}

TEST(RateLimiter, KeysAreIndependent) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 1};
  EXPECT_TRUE(rl.Acquire("a", lim, 0, t0).allowed);
  EXPECT_FALSE(rl.Acquire("a", lim, 0, t0).allowed);
  EXPECT_TRUE(rl.Acquire("b", lim, 0, t0).allowed);
}

TEST(RateLimiter, ClockGoingBackwardsAddsNothing) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 1};
  EXPECT_TRUE(rl.Acquire("k", lim, 0, t0).allowed);
  EXPECT_FALSE(rl.Acquire("k", lim, 0, t0 - seconds(3600)).allowed);
  EXPECT_FALSE(rl.Acquire("k", lim, 0, t0 + seconds(59)).allowed);
  EXPECT_TRUE(rl.Acquire("k", lim, 0, t0 + seconds(60)).allowed);
}

TEST(RateLimiter, FrequentCallsLoseNoRefill) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 60};
  for (int i = 0; i < 60; ++i) rl.Acquire("k", lim, 0, t0);
  // Calls every 0.5 us for 1 s of simulated time must refill one request.
  auto t = t0;
  int early = 0;
  for (int i = 0; i < 1'999'000; ++i) {
    t += std::chrono::nanoseconds(500);
    if (rl.Acquire("k", lim, 0, t).allowed) ++early;
  }
  EXPECT_EQ(early, 0);
  t += milliseconds(2);
  EXPECT_TRUE(rl.Acquire("k", lim, 0, t).allowed);
}

TEST(RateLimiter, LoweredLimitCapsTheBucket) {
  RateLimiter rl;
  EXPECT_TRUE(rl.Acquire("k", {.requests_per_minute = 100}, 0, t0).allowed);
  const RateLimits low{.requests_per_minute = 2};
  EXPECT_TRUE(rl.Acquire("k", low, 0, t0).allowed);
  EXPECT_TRUE(rl.Acquire("k", low, 0, t0).allowed);
  EXPECT_FALSE(rl.Acquire("k", low, 0, t0).allowed);
}

TEST(RateLimiter, IdleBucketsAreEvictedOnceFullAgain) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 60};
  for (int i = 0; i < 1000; ++i) {
    for (int j = 0; j < 60; ++j) rl.Acquire("key" + std::to_string(i), lim, 0, t0);  // drained
  }
  EXPECT_EQ(rl.bucket_count(), 1000u);
  rl.Sweep(t0 + seconds(59));  // one request short of full: kept
  EXPECT_EQ(rl.bucket_count(), 1000u);
  rl.Sweep(t0 + seconds(60));
  EXPECT_EQ(rl.bucket_count(), 0u);
  // An evicted key comes back as a full bucket: the same as never evicted.
  int allowed = 0;
  while (rl.Acquire("key7", lim, 0, t0 + seconds(60)).allowed) ++allowed;
  EXPECT_EQ(allowed, 60);
}

TEST(RateLimiter, AcquireSweepsItsShardAtMostOnceAMinute) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 60};
  for (int i = 0; i < 1000; ++i) {
    for (int j = 0; j < 60; ++j) rl.Acquire("key" + std::to_string(i), lim, 0, t0);
  }
  // Two minutes later, 500 other keys touch every shard (16): the drained keys,
  // now full again, are gone; the 500 new buckets (one request taken) stay.
  for (int i = 0; i < 500; ++i) rl.Acquire("probe" + std::to_string(i), lim, 0, t0 + seconds(120));
  EXPECT_EQ(rl.bucket_count(), 500u);
}

TEST(RateLimiter, ConcurrentAcquiresNeverExceedTheBudget) {
  RateLimiter rl;
  const RateLimits lim{.requests_per_minute = 1000};
  std::atomic<int> allowed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        if (rl.Acquire("shared", lim, 0, t0).allowed) allowed.fetch_add(1);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(allowed.load(), 1000);
}

}  // namespace
}  // namespace convoguard::auth
