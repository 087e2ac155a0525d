#include "gateway/score_cache.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <cstring>
#include <optional>

namespace convoguard::gateway {

namespace {

// The process's SipHash key: random, drawn once; empty when the random
// generator failed (then nothing is cached).
const std::array<unsigned char, 16>* ProcessKey() {
  static const std::optional<std::array<unsigned char, 16>> key = [] {
    std::array<unsigned char, 16> k;
    return RAND_bytes(k.data(), static_cast<int>(k.size())) == 1 ? std::optional(k) : std::nullopt;
  }();
  return key ? &*key : nullptr;
}

// One MAC context per thread, re-keyed per use (cheap for SipHash).
struct MacContext {
  EVP_MAC* mac = nullptr;
  EVP_MAC_CTX* ctx = nullptr;
  MacContext() {
    mac = EVP_MAC_fetch(nullptr, "SIPHASH", nullptr);
    if (mac != nullptr) ctx = EVP_MAC_CTX_new(mac);
  }
  ~MacContext() {
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
  }
};

}  // namespace

bool ScoreCache::MakeKey(std::string_view scope, ContentKind kind, std::string_view user_task, std::string_view text,
                         Key& key) {
  const auto* secret = ProcessKey();
  thread_local MacContext mac;
  if (secret == nullptr || mac.ctx == nullptr) return false;
  size_t out_size = sizeof key;
  const OSSL_PARAM params[] = {OSSL_PARAM_construct_size_t(OSSL_MAC_PARAM_SIZE, &out_size), OSSL_PARAM_construct_end()};
  // Length-prefixed scope and task, so ("ab", "c") and ("a", "bc") differ.
  const uint64_t scope_len = scope.size();
  const uint64_t task_len = user_task.size();
  const unsigned char k = kind == ContentKind::kDocument ? 1 : 0;
  EVP_MAC_CTX* ctx = mac.ctx;
  unsigned char digest[sizeof(Key)];
  size_t n = 0;
  const auto* sl = reinterpret_cast<const unsigned char*>(&scope_len);
  const auto* tl = reinterpret_cast<const unsigned char*>(&task_len);
  const bool ok = EVP_MAC_init(ctx, secret->data(), secret->size(), params) == 1 &&
                  EVP_MAC_update(ctx, sl, sizeof scope_len) == 1 &&
                  EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(scope.data()), scope.size()) == 1 &&
                  EVP_MAC_update(ctx, &k, 1) == 1 && EVP_MAC_update(ctx, tl, sizeof task_len) == 1 &&
                  EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(user_task.data()), user_task.size()) == 1 &&
                  EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(text.data()), text.size()) == 1 &&
                  EVP_MAC_final(ctx, digest, &n, sizeof digest) == 1 && n == sizeof digest;
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
