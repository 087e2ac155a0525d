// System-prompt leak detection on a streamed response, and canaries.
//
// Both checks read a normalised view of the stream: the canary is matched
// on lower-cased letters and digits only (so "REF-KQ3V..." or "r e f k q 3"
// still match), the prompt on words (lower-cased runs of letters and digits;
// punctuation and whitespace are separators). The scanner keeps only the
// last few words (a ring) and a KMP state, so memory is bounded for any
// stream.
//
// Cost: this runs on every answer of every request with a system prompt.
// The prompt's sets are built once per distinct prompt (PromptGramsCache,
// leak_scanner.h), so creating a scanner is the canary's KMP table and a
// cache lookup. Per byte: a table lookup, the word's running hash (xor and
// multiply) and a compare for the canary's first letter, with the scan's
// state in registers; per word, one probe of the prompt's word set, and a
// probe of its 3-gram set only after three prompt words in a row (a 3-gram
// of words not all in the prompt cannot be the prompt's), then O(1) window
// bookkeeping (a running hit count, not a rescan of the window).
#include "injection/leak_scanner.h"

#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "convoguard/injection.h"

namespace convoguard {
namespace leak {
namespace {

// Word bytes: ASCII letters and digits, and every byte of a multi-byte
// UTF-8 sequence (so non-Latin words are words). Lower-cased ASCII.
struct ByteClass {
  std::array<unsigned char, 256> lower{};  // 0 for a separator
  constexpr ByteClass() {
    for (int c = 0; c < 256; ++c) {
      const bool digit = c >= '0' && c <= '9', low = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
      lower[c] = up ? static_cast<unsigned char>(c + 32) : (digit || low || c >= 0x80) ? static_cast<unsigned char>(c) : 0;
    }
  }
};
constexpr ByteClass kBytes;

bool IsWordByte(unsigned char c) { return kBytes.lower[c] != 0; }

// A word's hash, byte by byte (FNV-1a), finished with a strong mix (FNV's
// low bits, which index the sets, depend on the input's low bits only).
constexpr uint64_t kHashStart = 0xcbf29ce484222325ULL;
inline uint64_t HashStep(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001b3ULL; }
inline uint64_t HashEnd(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}

// An n-gram's hash: a polynomial over its words' (already mixed) hashes,
// h(a b c) = a*K^2 + b*K + c mod 2^64 with K odd. Two different n-grams of
// random word hashes collide with chance 2^-64; a collision could only make
// an answer's 3-gram look like the prompt's (a false alarm), never hide one.
constexpr uint64_t kGramMul = 0x9E3779B97F4A7C15ULL;
inline uint64_t Gram2(uint64_t a, uint64_t b) { return a * kGramMul + b; }
inline uint64_t Gram3(uint64_t a, uint64_t b, uint64_t c) { return Gram2(Gram2(a, b), c); }

std::vector<uint64_t> WordHashes(std::string_view s) {
  std::vector<uint64_t> out;
  uint64_t h = kHashStart;
  bool in_word = false;
  for (unsigned char c : s) {
    if (const unsigned char l = kBytes.lower[c]; l != 0) {
      h = HashStep(h, l);
      in_word = true;
    } else if (in_word) {
      out.push_back(HashEnd(h));
      h = kHashStart;
      in_word = false;
    }
  }
  if (in_word) out.push_back(HashEnd(h));
  return out;
}

// A set of 64-bit hashes: open addressing, linear probing, load <= 1/2.
// Zero marks an empty slot (a hash of zero is stored as one: a collision
// of one in 2^64 is harmless here).
class HashSet {
 public:
  void Build(const std::vector<uint64_t>& keys) {
    size_t cap = 16;
    while (cap < keys.size() * 2) cap <<= 1;
    slots_.assign(cap, 0);
    mask_ = cap - 1;
    for (uint64_t k : keys) Insert(k);
  }
  // REQUIRES: Build() was called.
  bool Contains(uint64_t k) const {
    k = k ? k : 1;
    for (size_t i = k & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == k) return true;
      if (slots_[i] == 0) return false;
    }
  }

 private:
  void Insert(uint64_t k) {
    k = k ? k : 1;
    size_t i = k & mask_;
    while (slots_[i] != 0 && slots_[i] != k) i = (i + 1) & mask_;
    slots_[i] = k;
  }
 public:
  size_t bytes() const { return slots_.size() * sizeof(uint64_t); }

 private:
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
};

}  // namespace

struct PromptGrams {
  size_t words = 0;  // the prompt's word count
  // Built when words >= 3 (a shorter prompt is watched for the canary only).
  HashSet unigrams, bigrams, trigrams;
  size_t bytes() const { return sizeof *this + unigrams.bytes() + bigrams.bytes() + trigrams.bytes(); }
};

std::shared_ptr<const PromptGrams> BuildPromptGrams(std::string_view prompt) {
  auto g = std::make_shared<PromptGrams>();
  const std::vector<uint64_t> w = WordHashes(prompt);
  g->words = w.size();
  if (w.size() < 3) return g;
  std::vector<uint64_t> bi, tri;
  bi.reserve(w.size());
  tri.reserve(w.size());
  for (size_t i = 1; i < w.size(); ++i) {
    bi.push_back(Gram2(w[i - 1], w[i]));
    if (i >= 2) tri.push_back(Gram3(w[i - 2], w[i - 1], w[i]));
  }
  g->unigrams.Build(w);
  g->bigrams.Build(bi);
  g->trigrams.Build(tri);
  return g;
}

PromptGramsCache& PromptGramsCache::Process() {
  static auto* cache = new PromptGramsCache(64, 8u << 20);  // never destroyed: scanners may outlive static teardown
  return *cache;
}

namespace {
uint64_t CacheKey(std::string_view scope, std::string_view prompt) {
  const uint64_t hs = std::hash<std::string_view>{}(scope), hp = std::hash<std::string_view>{}(prompt);
  return HashEnd(hp ^ (hs * kGramMul + scope.size()));
}
}  // namespace

std::shared_ptr<const PromptGrams> PromptGramsCache::Get(std::string_view scope, std::string_view prompt) {
  const uint64_t key = CacheKey(scope, prompt);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (auto it = entries_.find(key); it != entries_.end() && it->second.scope == scope && it->second.prompt == prompt) {
      it->second.used = ++tick_;
      return it->second.grams;
    }
  }
  std::shared_ptr<const PromptGrams> grams = BuildPromptGrams(prompt);
  const size_t bytes = sizeof(Entry) + scope.size() + prompt.size() + grams->bytes();
  if (max_entries_ == 0 || bytes > max_bytes_) return grams;
  std::lock_guard<std::mutex> lock(mu_);
  // Another prompt with the same hash, or this one built meanwhile by another thread: replaced.
  if (auto it = entries_.find(key); it != entries_.end()) {
    bytes_ -= it->second.bytes;
    entries_.erase(it);
  }
  while (!entries_.empty() && (entries_.size() >= max_entries_ || bytes_ + bytes > max_bytes_)) EvictOldestLocked();
  entries_.emplace(key, Entry{std::string(scope), std::string(prompt), grams, bytes, ++tick_});
  bytes_ += bytes;
  return grams;
}

void PromptGramsCache::EvictOldestLocked() {
  auto oldest = entries_.begin();
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->second.used < oldest->second.used) oldest = it;
  }
  bytes_ -= oldest->second.bytes;
  entries_.erase(oldest);
}

size_t PromptGramsCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return entries_.size();
}

size_t PromptGramsCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return bytes_;
}

namespace {

class LeakScannerImpl final : public LeakScanner {
 public:
  LeakScannerImpl(std::shared_ptr<const PromptGrams> grams, std::string_view canary, LeakOptions o)
      : opt_(o), grams_(std::move(grams)) {
    canary_.reserve(canary.size());
    for (char c : canary) {
      if (const unsigned char l = kBytes.lower[static_cast<unsigned char>(c)]; l != 0) canary_.push_back(static_cast<char>(l));
    }
    // KMP failure function.
    fail_.assign(canary_.size() + 1, 0);
    for (size_t i = 1, k = 0; i < canary_.size(); ++i) {
      while (k > 0 && canary_[i] != canary_[k]) k = fail_[k];
      if (canary_[i] == canary_[k]) ++k;
      fail_[i + 1] = k;
    }
    canary_pos_.assign(std::max<size_t>(canary_.size(), 1), 0);
    // A prompt shorter than min_words leaks when all of it appears; one of
    // fewer than 3 words is watched for the canary only.
    run_needed_ = grams_->words >= 3 ? std::min(opt_.min_words, grams_->words) : 0;
    if (run_needed_ == 0) return;
    size_t ring = 4;
    while (ring < opt_.window_words + 2) ring <<= 1;
    words_.resize(ring);
    ring_mask_ = ring - 1;
    keep_ = opt_.window_words + 2;
    // hits >= near_fraction * window  <=>  hits >= ceil(near_fraction * window), hits being whole.
    near_hits_ = static_cast<size_t>(std::ceil(opt_.near_fraction * static_cast<double>(opt_.window_words)));
  }

  LeakUpdate Write(std::string_view chunk) override {
    if (!state_.leaked()) Scan(chunk);  // a leak stays reported as it was
    pos_ += chunk.size();
    return Update(false);
  }

  LeakUpdate Finish() override {
    if (!state_.leaked() && in_word_) EndWord(HashEnd(word_hash_));
    return Update(true);
  }

 private:
  struct WordAt {
    uint64_t begin = 0;
    uint64_t hash = 0;
    bool tri = false;    // the 3-gram ending here is in the prompt
    bool vocab = false;  // the word is in the prompt
  };

  // The scan's state lives in locals (registers) and is stored back when
  // the chunk ends or a leak is found.
  void Scan(std::string_view chunk) {
    const auto* p = reinterpret_cast<const unsigned char*>(chunk.data());
    const size_t n = chunk.size();
    const uint64_t base = pos_;
    // An empty canary's "first letter" is 0, which no word byte is.
    const unsigned char first = canary_.empty() ? 0 : static_cast<unsigned char>(canary_[0]);
    uint64_t h = word_hash_;
    size_t kmp = kmp_;
    bool in_word = in_word_;
    size_t i = 0;
    while (i < n) {
      if (!in_word) {
        while (i < n && kBytes.lower[p[i]] == 0) ++i;
        if (i == n) break;
        in_word = true;
        word_begin_ = base + i;
        h = kHashStart;
      }
      for (; i < n; ++i) {
        const unsigned char l = kBytes.lower[p[i]];
        if (l == 0) break;
        h = HashStep(h, l);
        // Most bytes neither continue nor start a canary match.
        if (kmp != 0 || l == first) {
          kmp = Canary(kmp, l, base + i);
          if (state_.canary_seen) break;
        }
      }
      if (i == n || state_.canary_seen) break;  // the word may go on in the next chunk
      in_word = false;
      EndWord(HashEnd(h));
      if (state_.prompt_leak) break;
      ++i;
    }
    word_hash_ = h;
    kmp_ = kmp;
    in_word_ = in_word;
  }

  // One KMP step from state `kmp`; returns the new state. Positions are
  // kept only for bytes that end inside a partial match: the bytes of the
  // current partial match (the last kmp word bytes) were each inside one
  // when they came, so they are the last kmp positions kept.
  size_t Canary(size_t kmp, unsigned char c, uint64_t at) {
    while (kmp > 0 && static_cast<unsigned char>(canary_[kmp]) != c) kmp = fail_[kmp];
    if (static_cast<unsigned char>(canary_[kmp]) == c) ++kmp;
    if (kmp == 0) return 0;
    canary_pos_[canary_count_++ % canary_pos_.size()] = at;
    if (kmp == canary_.size()) {
      state_.canary_seen = true;
      state_.leak_begin = CanaryPos(kmp);
    }
    return kmp;
  }
  // Where the n-th last kept canary byte was (n <= canary_count_, n <= size).
  uint64_t CanaryPos(size_t n) const { return canary_pos_[(canary_count_ - n) % canary_pos_.size()]; }

  // The words kept: the last min(nwords_, window_words + 2); Word(k) is the
  // k-th oldest of them, Back(b) the b-th newest (Back(1) the newest).
  size_t kept() const { return static_cast<size_t>(std::min<uint64_t>(nwords_, keep_)); }
  const WordAt& Word(size_t k) const { return words_[(nwords_ - kept() + k) & ring_mask_]; }
  const WordAt& Back(size_t b) const { return words_[(nwords_ - b) & ring_mask_]; }

  void EndWord(uint64_t hash) {
    in_word_ = false;
    if (run_needed_ == 0) {  // nothing to compare with: the words are not needed
      ++nwords_;
      return;
    }
    WordAt w{word_begin_, hash, false, grams_->unigrams.Contains(hash)};
    vocab_run_ = w.vocab ? vocab_run_ + 1 : 0;
    if (vocab_run_ >= 3) w.tri = grams_->trigrams.Contains(Gram3(Back(2).hash, Back(1).hash, hash));
    const size_t win = opt_.window_words;
    // The window's running count of prompt 3-grams: the word leaving the
    // last `win` goes out as the new one comes in.
    if (nwords_ >= win) window_hits_ -= Back(win).tri;
    words_[nwords_ & ring_mask_] = w;
    ++nwords_;
    window_hits_ += w.tri;
    // Verbatim: run_needed_ consecutive prompt words = run_needed_-2 3-grams in a row.
    run_ = w.tri ? run_ + 1 : 0;
    if (run_ + 2 >= run_needed_) {
      Leak(Word(kept() - std::min(kept(), run_ + 2)).begin);
      return;
    }
    // Near-verbatim: a full window with enough prompt 3-grams.
    if (nwords_ >= win && window_hits_ >= near_hits_) {
      size_t k = kept() - win;
      while (!Word(k).tri) ++k;
      Leak(Word(k >= 2 ? k - 2 : 0).begin);
    }
  }

  void Leak(uint64_t begin) {
    state_.prompt_leak = true;
    state_.leak_begin = begin;
  }

  // Earliest offset a pending match could still claim.
  uint64_t HoldFrom() const {
    uint64_t hold = pos_;
    if (in_word_) hold = std::min(hold, word_begin_);  // the word may go on
    if (kmp_ > 0 && canary_count_ >= kmp_) hold = std::min(hold, CanaryPos(kmp_));
    const size_t n = kept();
    if (run_needed_ > 0 && n > 0) {
      // The last one or two words may begin a prompt 3-gram.
      if (Back(1).vocab) hold = std::min(hold, Back(1).begin);
      if (n >= 2 && Back(1).vocab && Back(2).vocab && grams_->bigrams.Contains(Gram2(Back(2).hash, Back(1).hash))) {
        hold = std::min(hold, Back(2).begin);
      }
      if (run_ > 0) hold = std::min(hold, Word(n - std::min(n, run_ + 2)).begin);
      // A window still open could reach near_fraction with future hits;
      // none can without a prompt 3-gram among its last win - 1 words.
      const size_t win = opt_.window_words;
      const size_t recent_hits = window_hits_ - (nwords_ >= win ? Back(win).tri : 0);
      size_t hits = 0;
      for (size_t back = 1; recent_hits > 0 && back <= std::min(n, win - 1); ++back) {
        const size_t k = n - back;
        hits += Word(k).tri;
        if (Word(k).tri && hits + (win - back) >= near_hits_) hold = std::min(hold, Word(k >= 2 ? k - 2 : 0).begin);
      }
    }
    return hold;
  }

  LeakUpdate Update(bool final) {
    if (state_.leaked()) {
      // Bytes before the leak are still safe; released ones cannot be taken back.
      released_ = std::max(released_, state_.leak_begin);
      state_.safe_bytes = released_;
      return state_;
    }
    uint64_t safe = final ? pos_ : HoldFrom();
    released_ = std::max(released_, safe);
    state_.safe_bytes = released_;
    return state_;
  }

  LeakOptions opt_;
  std::shared_ptr<const PromptGrams> grams_;
  std::string canary_;
  std::vector<size_t> fail_;
  size_t kmp_ = 0;
  std::vector<uint64_t> canary_pos_;  // ring: where the last canary-alphabet bytes were
  uint64_t canary_count_ = 0;
  size_t run_needed_ = 0, near_hits_ = 0;
  size_t run_ = 0;
  size_t vocab_run_ = 0;       // prompt words in a row at the end
  std::vector<WordAt> words_;  // ring (a power of two) of which the last keep_ count
  size_t ring_mask_ = 0, keep_ = 0;
  uint64_t nwords_ = 0;
  size_t window_hits_ = 0;
  bool in_word_ = false;
  uint64_t word_hash_ = kHashStart;
  uint64_t word_begin_ = 0;
  uint64_t pos_ = 0, released_ = 0;  // bytes written; bytes released
  LeakUpdate state_;
};

}  // namespace
}  // namespace leak

Result<std::unique_ptr<LeakScanner>> LeakScanner::Create(std::string_view system_prompt, std::string_view canary,
                                                         LeakOptions options, std::string_view cache_scope) {
  if (system_prompt.size() > options.max_prompt_bytes) {
    return Status::ResourceExhausted("leak scanner: system prompt larger than max_prompt_bytes");
  }
  if (options.min_words < 3 || options.window_words < 3 || !(options.near_fraction > 0 && options.near_fraction <= 1)) {
    return Status::InvalidArgument("leak scanner: min_words and window_words must be >= 3, near_fraction in (0, 1]");
  }
  size_t alnum = 0;
  for (char c : canary) alnum += leak::IsWordByte(static_cast<unsigned char>(c));
  if (!canary.empty() && alnum < 8) return Status::InvalidArgument("leak scanner: canary needs >= 8 letters/digits");
  auto grams = leak::PromptGramsCache::Process().Get(cache_scope, system_prompt);
  return std::unique_ptr<LeakScanner>(std::make_unique<leak::LeakScannerImpl>(std::move(grams), canary, options));
}

std::string CanaryFromRandom(const std::array<unsigned char, 12>& random) {
  static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";  // 32 symbols, no l/o/0/1
  std::string out = "ref-";
  for (unsigned char b : random) out.push_back(kAlphabet[b & 31]);
  return out;
}

Result<std::string> MakeCanary() {
  std::array<unsigned char, 12> r;
  if (RAND_bytes(r.data(), static_cast<int>(r.size())) != 1) return Status::Internal("canary: random generator failed");
  return CanaryFromRandom(r);
}

}  // namespace convoguard
