// The system-prompt half of the leak scanner (LeakScanner in
// convoguard/injection.h): the prompt's word n-grams, built once per distinct
// prompt and shared by every scanner that watches for it.
//
// Chat clients resend the same system prompt with every request of a
// conversation, and every answer gets a fresh scanner (its canary is new),
// so building the prompt's sets per answer repeated the same work for each
// one. PromptGramsCache keeps the last prompts' sets; a scanner holds a
// shared reference to its prompt's, so eviction never pulls them from under
// a running stream.
//
// Keys are (scope, prompt), compared byte for byte (the 64-bit hash only
// finds the slot), so no two prompts can share sets. The gateway passes the
// tenant as scope, so one tenant cannot tell from response times whether
// another sent a given system prompt (as for ScoreCache). The cache holds
// the scopes and prompts themselves, bounded by max_bytes with the sets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace convoguard::leak {

// A prompt's words as hashes: the sets of its word 1-, 2- and 3-grams and
// its word count (leak_scanner.cc). Immutable once built.
struct PromptGrams;

// The grams of `prompt`, built now (no cache).
std::shared_ptr<const PromptGrams> BuildPromptGrams(std::string_view prompt);

// A bounded cache of PromptGrams, least recently used out first.
// Thread-safe: one mutex, held for a lookup or an insert, never while
// building.
class PromptGramsCache {
 public:
  // At most `max_entries` prompts and `max_bytes` bytes (the scopes, the
  // prompts and their sets); a prompt whose entry alone is larger is built
  // for each call and not kept.
  PromptGramsCache(size_t max_entries, size_t max_bytes) : max_entries_(max_entries), max_bytes_(max_bytes) {}
  PromptGramsCache(const PromptGramsCache&) = delete;
  PromptGramsCache& operator=(const PromptGramsCache&) = delete;

  // The process's cache, which LeakScanner::Create uses: 64 prompts, 8 MB.
  static PromptGramsCache& Process();

  // The grams of `prompt`: the cached ones when (scope, prompt) is cached,
  // else built (and kept when they fit).
  std::shared_ptr<const PromptGrams> Get(std::string_view scope, std::string_view prompt);

  size_t size() const;
  size_t bytes() const;

 private:
  struct Entry {
    std::string scope, prompt;
    std::shared_ptr<const PromptGrams> grams;
    size_t bytes = 0;
    uint64_t used = 0;  // tick of the last lookup
  };
  void EvictOldestLocked();

  const size_t max_entries_, max_bytes_;
  mutable std::mutex mu_;
  std::unordered_map<uint64_t, Entry> entries_;  // by a hash of the key
  size_t bytes_ = 0;
  uint64_t tick_ = 0;
};

}  // namespace convoguard::leak
