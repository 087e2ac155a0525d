// System-prompt leak detection on a streamed response, and canaries.
//
// Both checks read a normalised view of the stream: the canary is matched
// on lower-cased letters and digits only (so "REF-KQ3V..." or "r e f k q 3"
// still match), the prompt on words (lower-cased runs of letters and digits;
// punctuation and whitespace are separators). The scanner keeps only the
// last few words and a KMP state, so memory is bounded for any stream.
#include <openssl/rand.h>

#include <algorithm>
#include <deque>
#include <string>
#include <unordered_set>
#include <vector>

#include "convoguard/injection.h"
#include "injection/features.h"

namespace convoguard {
namespace {

using injection::HashBytes;

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }
char Lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c); }

uint64_t Combine(uint64_t a, uint64_t b) { return a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL; }

std::vector<uint64_t> WordHashes(std::string_view s) {
  std::vector<uint64_t> out;
  std::string w;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && IsWordByte(static_cast<unsigned char>(s[i]))) {
      w.push_back(Lower(static_cast<unsigned char>(s[i])));
    } else if (!w.empty()) {
      out.push_back(HashBytes(w, 0x11));
      w.clear();
    }
  }
  return out;
}

class LeakScannerImpl final : public LeakScanner {
 public:
  LeakScannerImpl(std::string_view prompt, std::string_view canary, LeakOptions o) : opt_(o) {
    for (char c : canary) {
      if (IsWordByte(static_cast<unsigned char>(c))) canary_.push_back(Lower(static_cast<unsigned char>(c)));
    }
    // KMP failure function.
    fail_.assign(canary_.size() + 1, 0);
    for (size_t i = 1, k = 0; i < canary_.size(); ++i) {
      while (k > 0 && canary_[i] != canary_[k]) k = fail_[k];
      if (canary_[i] == canary_[k]) ++k;
      fail_[i + 1] = k;
    }
    std::vector<uint64_t> w = WordHashes(prompt);
    // A prompt shorter than min_words leaks when all of it appears.
    run_needed_ = w.size() >= 3 ? std::min(opt_.min_words, w.size()) : 0;
    for (size_t i = 0; i < w.size(); ++i) {
      unigrams_.insert(w[i]);
      if (i >= 1) bigrams_.insert(Combine(w[i - 1], w[i]));
      if (i >= 2) trigrams_.insert(Combine(Combine(w[i - 2], w[i - 1]), w[i]));
    }
  }

  LeakUpdate Write(std::string_view chunk) override {
    for (size_t i = 0; i < chunk.size() && !state_.leaked(); ++i) Byte(static_cast<unsigned char>(chunk[i]));
    pos_ += chunk.size();  // only advanced here; Byte() uses pos_ + i via cursor_
    cursor_ = pos_;
    return Update(false);
  }

  LeakUpdate Finish() override {
    if (!state_.leaked()) EndWord();
    return Update(true);
  }

 private:
  struct WordAt {
    uint64_t begin, end;
    uint64_t hash;
    bool tri;  // the 3-gram ending here is in the prompt
  };

  void Byte(unsigned char c) {
    const uint64_t at = cursor_++;
    if (IsWordByte(c)) {
      char l = Lower(c);
      if (word_.empty()) word_begin_ = at;
      word_.push_back(l);
      if (word_.size() > 64) word_.erase(0, 1);  // hash the tail of huge tokens
      Canary(l, at);
    } else {
      EndWord();
    }
  }

  void Canary(char c, uint64_t at) {
    if (canary_.empty()) return;
    canary_pos_.push_back(at);
    if (canary_pos_.size() > canary_.size()) canary_pos_.pop_front();
    while (kmp_ > 0 && canary_[kmp_] != c) kmp_ = fail_[kmp_];
    if (canary_[kmp_] == c) ++kmp_;
    if (kmp_ == canary_.size()) {
      state_.canary_seen = true;
      state_.leak_begin = canary_pos_.front();
    }
  }

  void EndWord() {
    if (word_.empty()) return;
    WordAt w{word_begin_, cursor_, HashBytes(word_, 0x11), false};
    word_.clear();
    if (words_.size() >= 2) {
      w.tri = trigrams_.count(Combine(Combine(words_[words_.size() - 2].hash, words_.back().hash), w.hash)) > 0;
    }
    words_.push_back(w);
    while (words_.size() > opt_.window_words + 2) words_.pop_front();
    if (run_needed_ == 0) return;
    // Verbatim: run_needed_ consecutive prompt words = run_needed_-2 3-grams in a row.
    run_ = w.tri ? run_ + 1 : 0;
    if (run_ + 2 >= run_needed_) {
      Leak(words_[words_.size() - std::min(words_.size(), run_ + 2)].begin);
      return;
    }
    // Near-verbatim: a full window with enough prompt 3-grams.
    const size_t win = opt_.window_words;
    if (words_.size() >= win) {
      size_t hits = 0;
      for (size_t k = words_.size() - win; k < words_.size(); ++k) hits += words_[k].tri;
      if (static_cast<double>(hits) >= opt_.near_fraction * static_cast<double>(win)) {
        size_t k = words_.size() - win;
        while (!words_[k].tri) ++k;
        Leak(words_[k >= 2 ? k - 2 : 0].begin);
      }
    }
  }

  void Leak(uint64_t begin) {
    state_.prompt_leak = true;
    state_.leak_begin = begin;
  }

  // Earliest offset a pending match could still claim.
  uint64_t HoldFrom() const {
    uint64_t hold = cursor_;
    if (!word_.empty()) hold = std::min(hold, word_begin_);  // the word may go on
    if (kmp_ > 0 && canary_pos_.size() >= kmp_) hold = std::min(hold, canary_pos_[canary_pos_.size() - kmp_]);
    if (run_needed_ > 0 && !words_.empty()) {
      const size_t n = words_.size();
      // The last one or two words may begin a prompt 3-gram.
      if (unigrams_.count(words_[n - 1].hash)) hold = std::min(hold, words_[n - 1].begin);
      if (n >= 2 && bigrams_.count(Combine(words_[n - 2].hash, words_[n - 1].hash))) {
        hold = std::min(hold, words_[n - 2].begin);
      }
      if (run_ > 0) hold = std::min(hold, words_[n - std::min(n, run_ + 2)].begin);
      // A window still open could reach near_fraction with future hits.
      const size_t win = opt_.window_words;
      const double need = opt_.near_fraction * static_cast<double>(win);
      size_t hits = 0;
      for (size_t back = 1; back <= std::min(n, win - 1); ++back) {
        size_t k = n - back;
        hits += words_[k].tri;
        if (words_[k].tri && static_cast<double>(hits + (win - back)) >= need) {
          hold = std::min(hold, words_[k >= 2 ? k - 2 : 0].begin);
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
    uint64_t safe = final ? cursor_ : HoldFrom();
    released_ = std::max(released_, safe);
    state_.safe_bytes = released_;
    return state_;
  }

  LeakOptions opt_;
  std::string canary_;
  std::vector<size_t> fail_;
  size_t kmp_ = 0;
  std::deque<uint64_t> canary_pos_;
  std::unordered_set<uint64_t> unigrams_, bigrams_, trigrams_;
  size_t run_needed_ = 0;
  size_t run_ = 0;
  std::deque<WordAt> words_;
  std::string word_;
  uint64_t word_begin_ = 0;
  uint64_t pos_ = 0, cursor_ = 0, released_ = 0;
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

Result<std::string> MakeCanary() {
  static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";  // 32 symbols, no l/o/0/1
  unsigned char r[12];
  if (RAND_bytes(r, sizeof r) != 1) return Status::Internal("canary: random generator failed");
  std::string out = "ref-";
  for (unsigned char b : r) out.push_back(kAlphabet[b & 31]);
  return out;
}

}  // namespace convoguard
