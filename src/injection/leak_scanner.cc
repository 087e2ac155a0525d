// System-prompt leak detection on a streamed response, and canaries.
//
// Both checks read a normalised view of the stream: the canary is matched
// on lower-cased letters and digits only (so "REF-KQ3V..." or "r e f k q 3"
// still match), the prompt on words (lower-cased runs of letters and digits;
// punctuation and whitespace are separators). The scanner keeps only the
// last few words (a ring) and a KMP state, so memory is bounded for any
// stream.
//
// Cost: this runs on every answer of every request with a system prompt, so
// the per-byte work is a table lookup, a multiply (the word's running hash)
// and a KMP step; per word, one probe of a flat open-addressing set of the
// prompt's 3-grams and O(1) window bookkeeping (a running hit count, not a
// rescan of the window).
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "convoguard/injection.h"

namespace convoguard {
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

// A word's hash, byte by byte (FNV-1a), finished with a strong mix.
constexpr uint64_t kHashStart = 0xcbf29ce484222325ULL;
inline uint64_t HashStep(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001b3ULL; }
inline uint64_t HashEnd(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}

uint64_t Combine(uint64_t a, uint64_t b) { return HashEnd(a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL); }

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
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
};

class LeakScannerImpl final : public LeakScanner {
 public:
  LeakScannerImpl(std::string_view prompt, std::string_view canary, LeakOptions o) : opt_(o) {
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
    size_t ring = 4;
    while (ring < opt_.window_words + 2) ring <<= 1;
    words_.resize(ring);
    ring_mask_ = ring - 1;
    keep_ = opt_.window_words + 2;
    std::vector<uint64_t> w = WordHashes(prompt);
    // A prompt shorter than min_words leaks when all of it appears; one of
    // fewer than 3 words is watched for the canary only.
    run_needed_ = w.size() >= 3 ? std::min(opt_.min_words, w.size()) : 0;
    if (run_needed_ == 0) return;
    std::vector<uint64_t> uni, bi, tri;
    for (size_t i = 0; i < w.size(); ++i) {
      uni.push_back(w[i]);
      if (i >= 1) bi.push_back(Combine(w[i - 1], w[i]));
      if (i >= 2) tri.push_back(Combine(Combine(w[i - 2], w[i - 1]), w[i]));
    }
    unigrams_.Build(uni);
    bigrams_.Build(bi);
    trigrams_.Build(tri);
  }

  LeakUpdate Write(std::string_view chunk) override {
    const auto* p = reinterpret_cast<const unsigned char*>(chunk.data());
    const bool canary = !canary_.empty();
    const char first = canary ? canary_[0] : 0;
    for (size_t i = 0; i < chunk.size(); ++i) {
      const unsigned char l = kBytes.lower[p[i]];
      if (l == 0) {
        if (in_word_) {
          EndWord();
          if (state_.leaked()) break;
        }
        continue;
      }
      if (!in_word_) {
        in_word_ = true;
        word_begin_ = pos_ + i;
        word_hash_ = kHashStart;
      }
      word_hash_ = HashStep(word_hash_, l);
      // Most bytes neither continue nor start a canary match.
      if (canary && (kmp_ > 0 || static_cast<char>(l) == first)) {
        Canary(static_cast<char>(l), pos_ + i);
        if (state_.leaked()) break;
      }
    }
    pos_ += chunk.size();
    return Update(false);
  }

  LeakUpdate Finish() override {
    if (!state_.leaked() && in_word_) EndWord();
    return Update(true);
  }

 private:
  struct WordAt {
    uint64_t begin = 0;
    uint64_t hash = 0;
    bool tri = false;  // the 3-gram ending here is in the prompt
  };

  // One KMP step. Positions are kept only for bytes that end inside a
  // partial match: the bytes of the current partial match (the last kmp_
  // word bytes) were each inside one when they came, so they are the last
  // kmp_ positions kept.
  void Canary(char c, uint64_t at) {
    while (kmp_ > 0 && canary_[kmp_] != c) kmp_ = fail_[kmp_];
    if (canary_[kmp_] == c) ++kmp_;
    if (kmp_ == 0) return;
    canary_pos_[canary_count_++ % canary_pos_.size()] = at;
    if (kmp_ == canary_.size()) {
      state_.canary_seen = true;
      state_.leak_begin = CanaryPos(kmp_);
    }
  }
  // Where the n-th last kept canary byte was (n <= canary_count_, n <= size).
  uint64_t CanaryPos(size_t n) const { return canary_pos_[(canary_count_ - n) % canary_pos_.size()]; }

  // The words kept: the last min(nwords_, window_words + 2); Word(k) is the
  // k-th oldest of them, Back(b) the b-th newest (Back(1) the newest).
  size_t kept() const { return static_cast<size_t>(std::min<uint64_t>(nwords_, keep_)); }
  const WordAt& Word(size_t k) const { return words_[(nwords_ - kept() + k) & ring_mask_]; }
  const WordAt& Back(size_t b) const { return words_[(nwords_ - b) & ring_mask_]; }

  void EndWord() {
    in_word_ = false;
    WordAt w{word_begin_, HashEnd(word_hash_), false};
    if (run_needed_ == 0) {  // nothing to compare with: the words are not needed
      ++nwords_;
      return;
    }
    if (kept() >= 2) w.tri = trigrams_.Contains(Combine(Combine(Back(2).hash, Back(1).hash), w.hash));
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
    if (nwords_ >= win && static_cast<double>(window_hits_) >= opt_.near_fraction * static_cast<double>(win)) {
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
      if (unigrams_.Contains(Back(1).hash)) hold = std::min(hold, Back(1).begin);
      if (n >= 2 && bigrams_.Contains(Combine(Back(2).hash, Back(1).hash))) hold = std::min(hold, Back(2).begin);
      if (run_ > 0) hold = std::min(hold, Word(n - std::min(n, run_ + 2)).begin);
      // A window still open could reach near_fraction with future hits.
      const size_t win = opt_.window_words;
      const double need = opt_.near_fraction * static_cast<double>(win);
      size_t hits = 0;
      for (size_t back = 1; back <= std::min(n, win - 1); ++back) {
        const size_t k = n - back;
        hits += Word(k).tri;
        if (Word(k).tri && static_cast<double>(hits + (win - back)) >= need) {
          hold = std::min(hold, Word(k >= 2 ? k - 2 : 0).begin);
        }
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
  std::string canary_;
  std::vector<size_t> fail_;
  size_t kmp_ = 0;
  std::vector<uint64_t> canary_pos_;  // ring: where the last canary-alphabet bytes were
  uint64_t canary_count_ = 0;
  HashSet unigrams_, bigrams_, trigrams_;
  size_t run_needed_ = 0;
  size_t run_ = 0;
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

Result<std::unique_ptr<LeakScanner>> LeakScanner::Create(std::string_view system_prompt, std::string_view canary,
                                                         LeakOptions options) {
  if (system_prompt.size() > options.max_prompt_bytes) {
    return Status::ResourceExhausted("leak scanner: system prompt larger than max_prompt_bytes");
  }
  if (options.min_words < 3 || options.window_words < 3 || !(options.near_fraction > 0 && options.near_fraction <= 1)) {
    return Status::InvalidArgument("leak scanner: min_words and window_words must be >= 3, near_fraction in (0, 1]");
  }
  size_t alnum = 0;
  for (char c : canary) alnum += IsWordByte(static_cast<unsigned char>(c));
  if (!canary.empty() && alnum < 8) return Status::InvalidArgument("leak scanner: canary needs >= 8 letters/digits");
  return std::unique_ptr<LeakScanner>(std::make_unique<LeakScannerImpl>(system_prompt, canary, options));
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
