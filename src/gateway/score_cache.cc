#include "gateway/score_cache.h"

#include <openssl/evp.h>

#include <cstring>

namespace convoguard::gateway {

bool ScoreCache::MakeKey(std::string_view scope, ContentKind kind, std::string_view user_task, std::string_view text,
                         Key& key) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  if (ctx == nullptr) return false;
  // Length-prefixed scope and task, so ("ab", "c") and ("a", "bc") differ.
  const uint64_t scope_len = scope.size();
  const uint64_t task_len = user_task.size();
  const unsigned char k = kind == ContentKind::kDocument ? 1 : 0;
  unsigned char digest[32];
  unsigned int n = 0;
  const bool ok = EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1 &&
                  EVP_DigestUpdate(ctx, &scope_len, sizeof scope_len) == 1 &&
                  EVP_DigestUpdate(ctx, scope.data(), scope.size()) == 1 && EVP_DigestUpdate(ctx, &k, 1) == 1 &&
                  EVP_DigestUpdate(ctx, &task_len, sizeof task_len) == 1 &&
                  EVP_DigestUpdate(ctx, user_task.data(), user_task.size()) == 1 &&
                  EVP_DigestUpdate(ctx, text.data(), text.size()) == 1 && EVP_DigestFinal_ex(ctx, digest, &n) == 1 &&
                  n == sizeof digest;
  EVP_MD_CTX_free(ctx);
  if (ok) std::memcpy(key.data(), digest, sizeof digest);
  return ok;
}

std::optional<InjectionScores> ScoreCache::Find(const Key& key) const {
  Shard& s = ShardFor(key);
  std::lock_guard<std::mutex> lock(s.mu);
  auto it = s.map.find(key);
  if (it == s.map.end()) return std::nullopt;
  s.lru.splice(s.lru.begin(), s.lru, it->second.second);
  return it->second.first;
}

void ScoreCache::Insert(const Key& key, const InjectionScores& scores) const {
  if (scores.spans.size() > kMaxSpans) return;
  Shard& s = ShardFor(key);
  std::lock_guard<std::mutex> lock(s.mu);
  if (s.map.count(key)) return;
  if (s.map.size() >= kPerShard) {
    s.map.erase(s.lru.back());
    s.lru.pop_back();
  }
  s.lru.push_front(key);
  s.map.emplace(key, std::make_pair(scores, s.lru.begin()));
}

size_t ScoreCache::size() const {
  size_t n = 0;
  for (auto& s : shards_) {
    std::lock_guard<std::mutex> lock(s.mu);
    n += s.map.size();
  }
  return n;
}

}  // namespace convoguard::gateway
