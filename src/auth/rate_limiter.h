// Per-key rate limits: requests per minute and tokens per minute, each a token
// bucket that holds one minute's worth and refills continuously.
//
//   RateLimiter limiter;
//   auto d = limiter.Acquire(key.id, {.requests_per_minute = 60, .tokens_per_minute = 90000},
//                            estimated_tokens, std::chrono::steady_clock::now());
//   if (!d.allowed) { /* 429, Retry-After: d.retry_after_seconds, limit d.limit */ }
//   ... forward the request ...
//   limiter.Settle(key.id, limits, actual_tokens - estimated_tokens, std::chrono::steady_clock::now());
//
// A bucket starts full, so a fresh key may burst a whole minute's budget at
// once. The token bucket may go into debt: Acquire lets a request through when
// the bucket holds its estimate (or, for an estimate larger than the whole
// budget, when the bucket is full), and Settle charges what the response
// really used. Debt is capped at 10 minutes' budget.
//
// Thread safety: every method may be called from any thread; buckets are
// sharded over mutexes by key id. Memory: a bucket idle long enough to have
// refilled completely is indistinguishable from a new one and is dropped
// (each shard sweeps at most once a minute), so memory follows active keys.
// Pass an authenticated key id (KeyInfo::id), never a value taken from the
// request before authentication: every distinct id may hold a bucket.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace convoguard::auth {

// 0 means unlimited. Limits above kMaxPerMinute are treated as kMaxPerMinute.
struct RateLimits {
  uint64_t requests_per_minute = 0;
  uint64_t tokens_per_minute = 0;
  bool operator==(const RateLimits&) const = default;
};

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr uint64_t kMaxPerMinute = 10'000'000'000ULL;

  struct Decision {
    bool allowed = true;
    // When denied: whole seconds until the request would be allowed (>= 1),
    // for the Retry-After header.
    int64_t retry_after_seconds = 0;
    // When denied: "requests" or "tokens", the limit that was hit (the one
    // with the longer wait if both were). nullptr when allowed.
    const char* limit = nullptr;
  };

  RateLimiter();
  ~RateLimiter();
  RateLimiter(const RateLimiter&) = delete;
  RateLimiter& operator=(const RateLimiter&) = delete;

  // Takes one request and `estimated_tokens` tokens from the key's buckets, or
  // neither. `now` must not go backwards for a key (earlier times are treated
  // as no time passing).
  Decision Acquire(std::string_view key_id, const RateLimits& limits, uint64_t estimated_tokens, Clock::time_point now);

  // Corrects the token bucket once the real usage is known: a positive
  // `actual_minus_estimated` charges more, a negative one refunds (never above
  // a full bucket). No-op for an unlimited token budget.
  void Settle(std::string_view key_id, const RateLimits& limits, int64_t actual_minus_estimated,
              Clock::time_point now);

  // Drops every bucket that has refilled completely by `now`. Acquire does this
  // per shard at most once a minute; call it from a timer to bound memory
  // when traffic stops.
  void Sweep(Clock::time_point now);

  // Buckets currently held (for tests and metrics).
  size_t bucket_count() const;

 private:
  struct Shard;
  static constexpr size_t kShards = 16;
  Shard& ShardFor(std::string_view key_id) const;
  std::unique_ptr<Shard[]> shards_;
};

}  // namespace convoguard::auth
