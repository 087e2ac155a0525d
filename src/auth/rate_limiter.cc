#include "auth/rate_limiter.h"

#include <algorithm>
#include <functional>
#include <mutex>
#include <unordered_map>

namespace convoguard::auth {
namespace {

// Fixed-point levels, so refill and Retry-After are exact: one token is
// kUnit units, and a bucket with a limit of L per minute refills L units per
// microsecond. Hand-written because no Debian library offers a token bucket
// with an injected clock; the arithmetic is 64-bit and bounded (see limits).
constexpr int64_t kMicrosPerMinute = 60'000'000;
constexpr int64_t kUnit = kMicrosPerMinute;
constexpr int64_t kMaxDebtMinutes = 10;
constexpr auto kSweepEvery = std::chrono::minutes(1);

int64_t Clamp(uint64_t limit) { return static_cast<int64_t>(std::min(limit, RateLimiter::kMaxPerMinute)); }

// One bucket's level; `limit` per minute, 0 = unlimited (level unused).
struct Level {
  int64_t units = 0;
};

void Refill(Level& l, int64_t limit, int64_t elapsed_us) {
  if (limit == 0) return;
  const int64_t cap = limit * kUnit;
  const int64_t gap = cap - l.units;  // <= (kMaxDebtMinutes + 1) * cap, fits in int64
  if (gap <= 0) {
    l.units = cap;
  } else if (elapsed_us >= (gap + limit - 1) / limit) {
    l.units = cap;
  } else {
    l.units += elapsed_us * limit;
  }
}

// Subtracts `tokens` tokens, never below the debt floor.
void Charge(Level& l, int64_t limit, int64_t tokens) {
  if (limit == 0) return;
  const int64_t floor = -kMaxDebtMinutes * limit * kUnit;
  const int64_t cap = limit * kUnit;
  // Bound the charge first so the multiplication cannot overflow.
  tokens = std::clamp<int64_t>(tokens, -(kMaxDebtMinutes + 1) * limit, (kMaxDebtMinutes + 1) * limit);
  l.units = std::clamp<int64_t>(l.units - tokens * kUnit, floor, cap);
}

// Whole seconds until the level reaches `need_units`, at least 1.
int64_t RetryAfterSeconds(const Level& l, int64_t limit, int64_t need_units) {
  const int64_t deficit = need_units - l.units;
  const int64_t wait_us = (deficit + limit - 1) / limit;
  return std::max<int64_t>(1, (wait_us + 999'999) / 1'000'000);
}

struct Bucket {
  Level requests;
  Level tokens;
  int64_t rpm = 0;
  int64_t tpm = 0;
  RateLimiter::Clock::time_point last;

  // Brings the levels to `now` under `limits` (which may have changed).
  void Advance(const RateLimits& limits, RateLimiter::Clock::time_point now) {
    const int64_t new_rpm = Clamp(limits.requests_per_minute);
    const int64_t new_tpm = Clamp(limits.tokens_per_minute);
    int64_t elapsed_us = 0;
    if (now > last) {
      elapsed_us = std::chrono::duration_cast<std::chrono::microseconds>(now - last).count();
      // Advance by whole microseconds only, so frequent calls lose no refill.
      last += std::chrono::microseconds(elapsed_us);
    }
    Refill(requests, rpm, elapsed_us);
    Refill(tokens, tpm, elapsed_us);
    Rebase(requests, rpm, new_rpm);
    Rebase(tokens, tpm, new_tpm);
    rpm = new_rpm;
    tpm = new_tpm;
  }

  bool Full() const {
    return (rpm == 0 || requests.units >= rpm * kUnit) && (tpm == 0 || tokens.units >= tpm * kUnit);
  }

 private:
  // A limit that was unlimited starts full; a lowered limit caps the level.
  static void Rebase(Level& l, int64_t old_limit, int64_t new_limit) {
    if (new_limit == 0) return;
    if (old_limit == 0) l.units = new_limit * kUnit;
    l.units = std::min(l.units, new_limit * kUnit);
  }
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

struct RateLimiter::Shard {
  mutable std::mutex mu;
  std::unordered_map<std::string, Bucket, StringHash, std::equal_to<>> buckets;
  Clock::time_point last_sweep{};
  bool swept_once = false;

  // REQUIRES: mu held. The key's bucket, created full on first use.
  Bucket& Get(std::string_view key_id, const RateLimits& limits, Clock::time_point now) {
    MaybeSweep(now);
    auto it = buckets.find(key_id);
    if (it == buckets.end()) {
      Bucket b;
      b.last = now;
      b.Advance(limits, now);  // sets the limits; Rebase fills from "unlimited"
      it = buckets.emplace(std::string(key_id), b).first;
      return it->second;
    }
    it->second.Advance(limits, now);
    return it->second;
  }

  // REQUIRES: mu held.
  void MaybeSweep(Clock::time_point now) {
    if (!swept_once) {
      swept_once = true;
      last_sweep = now;
      return;
    }
    if (now - last_sweep >= kSweepEvery) Sweep(now);
  }

  // REQUIRES: mu held. Drops buckets that have refilled completely.
  void Sweep(Clock::time_point now) {
    last_sweep = now;
    for (auto it = buckets.begin(); it != buckets.end();) {
      Bucket& b = it->second;
      b.Advance({static_cast<uint64_t>(b.rpm), static_cast<uint64_t>(b.tpm)}, now);
      it = b.Full() ? buckets.erase(it) : std::next(it);
    }
  }
};

RateLimiter::RateLimiter() : shards_(new Shard[kShards]) {}
RateLimiter::~RateLimiter() = default;

RateLimiter::Shard& RateLimiter::ShardFor(std::string_view key_id) const {
  return shards_[std::hash<std::string_view>{}(key_id) % kShards];
}

RateLimiter::Decision RateLimiter::Acquire(std::string_view key_id, const RateLimits& limits,
                                           uint64_t estimated_tokens, Clock::time_point now) {
  if (limits.requests_per_minute == 0 && limits.tokens_per_minute == 0) return {};
  Shard& shard = ShardFor(key_id);
  std::lock_guard<std::mutex> lock(shard.mu);
  Bucket& b = shard.Get(key_id, limits, now);

  Decision d;
  if (b.rpm != 0 && b.requests.units < kUnit) {
    d.allowed = false;
    d.retry_after_seconds = RetryAfterSeconds(b.requests, b.rpm, kUnit);
    d.limit = "requests";
  }
  const int64_t estimate = static_cast<int64_t>(std::min<uint64_t>(estimated_tokens, kMaxPerMinute));
  if (b.tpm != 0) {
    // An estimate beyond the whole budget needs a full bucket, not more.
    const int64_t need = std::min(estimate, b.tpm) * kUnit;
    if (b.tokens.units < need) {
      const int64_t wait = RetryAfterSeconds(b.tokens, b.tpm, need);
      if (d.allowed || wait > d.retry_after_seconds) {
        d.retry_after_seconds = wait;
        d.limit = "tokens";
      }
      d.allowed = false;
    }
  }
  if (!d.allowed) return d;
  Charge(b.requests, b.rpm, 1);
  Charge(b.tokens, b.tpm, estimate);
  return d;
}

void RateLimiter::Settle(std::string_view key_id, const RateLimits& limits, int64_t actual_minus_estimated,
                         Clock::time_point now) {
  if (limits.tokens_per_minute == 0 || actual_minus_estimated == 0) return;
  Shard& shard = ShardFor(key_id);
  std::lock_guard<std::mutex> lock(shard.mu);
  Bucket& b = shard.Get(key_id, limits, now);
  Charge(b.tokens, b.tpm, actual_minus_estimated);
}

void RateLimiter::Sweep(Clock::time_point now) {
  for (size_t i = 0; i < kShards; ++i) {
    std::lock_guard<std::mutex> lock(shards_[i].mu);
    shards_[i].Sweep(now);
  }
}

size_t RateLimiter::bucket_count() const {
  size_t n = 0;
  for (size_t i = 0; i < kShards; ++i) {
    std::lock_guard<std::mutex> lock(shards_[i].mu);
    n += shards_[i].buckets.size();
  }
  return n;
}

}  // namespace convoguard::auth
