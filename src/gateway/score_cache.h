// A bounded, per-process cache of prompt-injection scores. Chat clients
// re-send the whole conversation every turn, so without it every earlier
// user message and tool result is scored again on every turn (about 0.5 M
// instructions per KB); shared system prompts and retried requests repeat
// too. Scores are a pure function of (text, content kind, the user's task, the model), so a
// cached score is the score.
//
// Key: SipHash-2-4 with a 128-bit output (OpenSSL's EVP_MAC "SIPHASH")
// under a random key drawn once per process, over (scope, content kind,
// user task, text). Keyed, so no one can construct two texts with the same
// key (a collision would give one text another's score) without the
// process's key, which never leaves it; 128 bits, so chance collisions
// among the cache's few thousand entries are out of reach. It replaced
// SHA-256, which cost ~35 K instructions per 1 KB message (callgrind) for
// collision resistance that a keyed hash gives here anyway. The scope is the
// tenant, so one tenant cannot learn from response times whether another
// sent a given text. The cache holds digests and scores only, never text. Each
// Guards owns one cache, and a Guards has one model, so the model's
// identity is implicit. Errors are not cached.
//
// Bounded: kShards shards of kPerShard entries, least recently used out
// first (a few MB at most). Thread-safe: one short mutex per shard.
#pragma once

#include <array>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "convoguard/injection.h"

namespace convoguard::gateway {

class ScoreCache {
 public:
  using Key = std::array<uint64_t, 2>;  // a keyed 128-bit SipHash
  static constexpr size_t kShards = 16;
  static constexpr size_t kPerShard = 256;
  // Results with more spans than this are not kept (bounded entry size).
  static constexpr size_t kMaxSpans = 32;

  // False when the key cannot be computed (then: score, do not cache).
  // `user_task` is the task a document is scored against (empty for prompts).
  static bool MakeKey(std::string_view scope, ContentKind kind, std::string_view user_task, std::string_view text,
                      Key& key);
  std::optional<InjectionScores> Find(const Key& key) const;
  void Insert(const Key& key, const InjectionScores& scores) const;
  size_t size() const;

 private:
  struct KeyHash {
    size_t operator()(const Key& k) const { return static_cast<size_t>(k[0]); }
  };
  struct Shard {
    std::mutex mu;
    std::list<Key> lru;  // front: most recently used
    std::unordered_map<Key, std::pair<InjectionScores, std::list<Key>::iterator>, KeyHash> map;
  };
  Shard& ShardFor(const Key& k) const { return shards_[k[1] % kShards]; }
  mutable std::array<Shard, kShards> shards_;
};

}  // namespace convoguard::gateway
