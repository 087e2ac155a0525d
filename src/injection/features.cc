// Hand-written rather than fastText: the scorer needs per-token feature
// positions (to score windows of a long document from prefix sums and to map
// findings back to byte offsets) and must run in microseconds without
// allocation-heavy string splitting; fastText's API offers neither.
#include "injection/features.h"

#include <array>
#include <cstring>
#include <memory>

#include <unicode/uchar.h>

#include "text/normalizer.h"
#include "text/utf8.h"

namespace convoguard::injection {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;
constexpr uint64_t kSeedWord = 0x57;
constexpr uint64_t kSeedBigram = 0xB1;
constexpr uint64_t kSeedSymbol = 0x5E;
constexpr uint64_t kWordHashStart = kFnvOffset ^ (kSeedWord * kFnvPrime);  // HashBytes("", kSeedWord)
constexpr size_t kMaxWordBytes = 40;

// Latin look-alikes: Cyrillic and Greek letters that render like a Latin one.
char FoldLookalike(char32_t cp) {
  switch (cp) {
    case 0x0430: case 0x0410: case 0x03B1: case 0x0391: return 'a';
    case 0x0412: case 0x0432: case 0x0392: case 0x03B2: return 'b';
    case 0x0441: case 0x0421: case 0x03F2: return 'c';
    case 0x0501: return 'd';
    case 0x0435: case 0x0415: case 0x0395: case 0x03B5: case 0x0450: case 0x0451: return 'e';
    case 0x04BB: case 0x041D: case 0x0397: case 0x043D: return 'h';
    case 0x0456: case 0x0406: case 0x03B9: case 0x0399: case 0x04CF: return 'i';
    case 0x0458: case 0x0408: return 'j';
    case 0x041A: case 0x039A: case 0x03BA: case 0x043A: return 'k';
    case 0x041C: case 0x039C: case 0x043C: return 'm';
    case 0x039D: case 0x03B7: return 'n';
    case 0x043E: case 0x041E: case 0x03BF: case 0x039F: case 0x03C3: return 'o';
    case 0x0440: case 0x0420: case 0x03C1: case 0x03A1: return 'p';
    case 0x051B: return 'q';
    case 0x0455: case 0x0405: return 's';
    case 0x0422: case 0x03A4: case 0x03C4: case 0x0442: return 't';
    case 0x03C5: case 0x057D: return 'u';
    case 0x03BD: case 0x0474: case 0x0475: return 'v';
    case 0x051D: case 0x0461: return 'w';
    case 0x0445: case 0x0425: case 0x03A7: case 0x03C7: return 'x';
    case 0x0443: case 0x0423: case 0x03A5: case 0x04AF: return 'y';
    case 0x0396: return 'z';
    default: break;
  }
  if (cp >= 0xFF21 && cp <= 0xFF3A) return static_cast<char>('a' + (cp - 0xFF21));  // fullwidth
  if (cp >= 0xFF41 && cp <= 0xFF5A) return static_cast<char>('a' + (cp - 0xFF41));
  if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<char>('0' + (cp - 0xFF10));
  if (cp >= 0x1D400 && cp <= 0x1D6A3) {  // mathematical alphanumeric letters
    uint32_t k = (cp - 0x1D400) % 52;
    return static_cast<char>(k < 26 ? 'a' + k : 'a' + (k - 26));
  }
  if (cp >= 0x24B6 && cp <= 0x24CF) return static_cast<char>('a' + (cp - 0x24B6));  // circled
  if (cp >= 0x24D0 && cp <= 0x24E9) return static_cast<char>('a' + (cp - 0x24D0));
  return 0;
}

bool IsUnicodeSpace(char32_t cp) {
  return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0x1680 || cp == 0x0085;
}

// Symbols and punctuation outside ASCII that end a word and stand alone.
bool IsUnicodeSymbol(char32_t cp) {
  return (cp >= 0x00A1 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 || (cp >= 0x2010 && cp <= 0x2027) ||
         (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3001 && cp <= 0x3003) ||
         (cp >= 0x3008 && cp <= 0x3011) || (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFFFD ||
         (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFE30 && cp <= 0xFE4F);
}

char LeetLetter(char c) {
  switch (c) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '8': return 'b';
    default: return c;
  }
}

// Reads a mixed letter/digit word as leetspeak when the digits could be
// letters: at least two letters, at most as many digits as letters.
bool Deleet(std::string& w) {
  int letters = 0, digits = 0, leet = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') ++letters;
    else if (c >= '0' && c <= '9') {
      ++digits;
      if (LeetLetter(c) != c) ++leet;
    }
  }
  if (letters < 2 || leet == 0 || digits != leet || digits > letters) return false;
  for (char& c : w) c = LeetLetter(c);
  return true;
}

// The character n-gram buckets of recently seen words, per thread. They are
// a pure function of the canonical word and the configuration, and prose
// repeats its words (function words are a third to a half of a chat
// message's tokens), so a word seen before costs a copy instead of a dozen
// FNV-1a hashes and finalisers. Exact: a slot holds the whole word and the
// configuration it was computed under, and is used only when both match.
class NGramMemo {
 public:
  static constexpr size_t kMaxWord = 8;      // longer words are not kept
  static constexpr size_t kMaxBuckets = 21;  // 3- to 5-grams of an 8-byte word
  static constexpr uint8_t kEmpty = 0xFF;
  struct Slot {
    char word[kMaxWord];
    uint8_t len = 0;
    uint8_t count = kEmpty;  // kEmpty: nothing stored
    uint8_t hits = 0;        // the word's recent use, against eviction by rare words
    uint32_t buckets[kMaxBuckets];
    void Store(const std::string& w, const uint32_t* b, size_t n) {
      if (n > kMaxBuckets) return;
      std::memcpy(word, w.data(), w.size());
      len = static_cast<uint8_t>(w.size());
      count = static_cast<uint8_t>(n);
      hits = 0;
      std::memcpy(buckets, b, n * sizeof(uint32_t));
    }
  };

  // The slot for `w` (whose WordHash is `h`) under the configuration of the
  // last Use: holding its
  // buckets (count != kEmpty), or empty for Store. Null: not kept (too
  // long, or the slot holds a word in recent use: a rare word does not
  // evict a frequent one at its first miss).
  // Empties the memo unless it holds buckets computed under `cfg`; called
  // once per text, before Find.
  void Use(const FeatureConfig& cfg) {
    if (cfg.hash_bits != cfg_.hash_bits || cfg.char_min != cfg_.char_min || cfg.char_max != cfg_.char_max) {
      for (Slot& s : slots_) s.count = kEmpty;
      cfg_ = cfg;
    }
  }

  Slot* Find(const std::string& w, uint64_t h) {
    if (w.size() > kMaxWord) return nullptr;
    Slot& s = slots_[(h >> 32) & (kSlots - 1)];
    if (s.count == kEmpty) return &s;
    if (s.len == w.size() && std::memcmp(s.word, w.data(), w.size()) == 0) {
      if (s.hits < 3) ++s.hits;
      return &s;
    }
    if (s.hits > 0) {
      --s.hits;
      return nullptr;
    }
    s.count = kEmpty;
    return &s;
  }

 private:
  // 4,096 slots of 96 bytes (384 KiB per thread): a chat message's words
  // and the frequent words of earlier ones fit with few collisions (1,024
  // slots: about 11 K more instructions per 1 KB prompt, BENCHMARKS.md round 16).
  static constexpr size_t kSlots = 4096;
  FeatureConfig cfg_;
  Slot slots_[kSlots];
};

// ASCII letters and digits as the featurizer keeps them (letters
// lower-cased); 0 for every other byte.
constexpr std::array<char, 256> kAsciiWordChar = [] {
  std::array<char, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c + 32);
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c);
  return t;
}();

class Tokenizer {
 public:
  // `tokens` and `buckets` hold the first `nwords` tokens already (and
  // *words their words), `prev` the last one's hash (0 if none).
  Tokenizer(const FeatureConfig& cfg, std::vector<Token>& tokens, std::vector<uint32_t>& buckets,
            std::vector<std::string>* words, CanonStats* stats, std::string& word, NGramMemo& memo, size_t nwords = 0,
            uint64_t prev = 0)
      : cfg_(cfg), tokens_(tokens), buckets_(buckets), words_(words), stats_(stats), word_(word), cur_(&word), memo_(memo),
        shift_(64 - cfg.hash_bits), nwords_(nwords), prev_(prev) {
    word_.clear();
    if (words_) cur_ = &WordEntry(nwords_);
  }

  // Reads s from byte `from`, where no word is open (a token's start).
  void Run(std::string_view s, size_t from = 0) {
    size_t i = from;
    while (i < s.size()) {
      unsigned char b = static_cast<unsigned char>(s[i]);
      if (b < 0x80) {
        if (kAsciiWordChar[b] != 0) {
          // A run of ASCII letters and digits at once: what AddChar would
          // do for each, lower-cased, in one pass (each byte read, appended
          // and hashed as it comes; a resize first would zero the bytes).
          size_t j = i;
          bool digit = false;
          if (cur_->empty()) word_begin_ = static_cast<uint32_t>(i);
          std::string& cur = *cur_;
          uint64_t h = hash_;  // WordHash, carried along
          for (; j < s.size(); ++j) {
            const char c = kAsciiWordChar[static_cast<unsigned char>(s[j])];
            if (c == 0) break;
            digit |= c <= '9';
            cur.push_back(c);
            h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
          }
          hash_ = h;
          digit_ |= digit;
          word_end_ = static_cast<uint32_t>(j);
          i = j;
          continue;
        } else if (b <= ' ' || b == 0x7F) {
          EndWord();
        } else {
          EndWord();
          Symbol(s.substr(i, 1), i, i + 1);
        }
        ++i;
        continue;
      }
      text::Utf8Step st = text::DecodeUtf8(s, i);
      size_t len = st.status == text::Utf8Status::kOk ? st.length : 1;
      char32_t cp = st.status == text::Utf8Status::kOk ? st.cp : 0xFFFD;
      if (char f = FoldLookalike(cp)) {
        if (stats_) ++stats_->homoglyphs;
        AddChar(f, i, i + len);
      } else if (IsUnicodeSpace(cp)) {
        EndWord();
      } else if (IsUnicodeSymbol(cp)) {
        EndWord();
        Symbol(cp == 0xFFFD ? std::string_view("\xEF\xBF\xBD") : s.substr(i, len), i, i + len);
      } else if (text::IsInvisible(cp)) {
        if (stats_) ++stats_->invisible;  // dropped; the word goes on
      } else {
        if (cur_->empty()) word_begin_ = static_cast<uint32_t>(i);
        // Lower-cased in every script (ICU's simple case mapping: "ИИ" is
        // "ии", "Übersetze" "übersetze"), so capitals are one word with
        // their lower case, as ASCII ones are.
        // A capital whose lower case is a look-alike ("Σ", "σ") folds as
        // the lower case does.
        const UChar32 lower = st.status == text::Utf8Status::kOk ? u_tolower(static_cast<UChar32>(cp)) : -1;
        hash_valid_ = false;  // bytes appended below are not hashed as they come
        if (lower >= 0 && static_cast<char32_t>(lower) != cp) {
          if (char f = FoldLookalike(static_cast<char32_t>(lower))) {
            cur_->push_back(f);
          } else {
            text::AppendUtf8(static_cast<char32_t>(lower), *cur_);
          }
        } else {
          cur_->append(s.substr(i, len));
        }
        word_end_ = static_cast<uint32_t>(i + len);
      }
      i += len;
    }
    EndWord();
  }

 private:
  void AddChar(char c, size_t b, size_t e) {
    if (cur_->empty()) word_begin_ = static_cast<uint32_t>(b);
    digit_ |= c >= '0' && c <= '9';
    cur_->push_back(c);
    hash_ = (hash_ ^ static_cast<unsigned char>(c)) * kFnvPrime;
    word_end_ = static_cast<uint32_t>(e);
  }

  uint32_t Bucket(uint64_t h) const { return static_cast<uint32_t>(MixFeatureHash(h) >> shift_); }

  void Begin(uint32_t b, uint32_t e, uint64_t h, bool word) {
    tokens_.push_back({b, e, static_cast<uint32_t>(buckets_.size()), 0, h, word});
    buckets_.push_back(Bucket(h));
    buckets_.push_back(Bucket(prev_ * 0x9E3779B97F4A7C15ULL + h + kSeedBigram));
    prev_ = h;
  }

  void Symbol(std::string_view bytes, size_t b, size_t e) {
    // A run of one symbol ("!!!!", "! ! !", "-----") is one token: its length
    // says nothing about intent and would otherwise dominate short texts.
    uint64_t h = HashBytes(bytes, kSeedSymbol);
    if (!tokens_.empty() && !tokens_.back().word && tokens_.back().hash == h) {
      tokens_.back().end = static_cast<uint32_t>(e);
      return;
    }
    Begin(static_cast<uint32_t>(b), static_cast<uint32_t>(e), HashBytes(bytes, kSeedSymbol), false);
    tokens_.back().feat_end = static_cast<uint32_t>(buckets_.size());
    if (words_) cur_ = &WordEntry(++nwords_);  // the symbol's entry is the empty one cur_ held
  }

  void EndWord() {
    if (cur_->empty()) return;
    // The hash carried along while the word was built is its WordHash unless
    // the word changed since (leetspeak, the length cut) or had bytes added
    // unhashed.
    bool hashed = hash_valid_;
    // Leetspeak needs a digit (Deleet's first test), so most words skip it.
    if (digit_ && Deleet(*cur_)) {
      if (stats_) ++stats_->leet;
      hashed = false;
    }
    digit_ = false;
    if (cur_->size() > kMaxWordBytes) {
      cur_->resize(kMaxWordBytes);
      hashed = false;
    }
    const uint64_t h = hashed ? hash_ : WordHash(*cur_);
    hash_ = kWordHashStart;
    hash_valid_ = true;
    Begin(word_begin_, word_end_, h, true);
    NGramMemo::Slot* memo = memo_.Find(*cur_, h);
    if (memo != nullptr && memo->count != NGramMemo::kEmpty) {
      buckets_.insert(buckets_.end(), memo->buckets, memo->buckets + memo->count);
    } else {
      const size_t first = buckets_.size();
      CharNGrams();
      if (memo != nullptr) memo->Store(*cur_, buckets_.data() + first, buckets_.size() - first);
    }
    tokens_.back().feat_end = static_cast<uint32_t>(buckets_.size());
    // The word was built in its entry of *words_ (or in word_ without them).
    if (words_) {
      cur_ = &WordEntry(++nwords_);
    } else {
      word_.clear();
    }
  }

  // The buckets of the character n-grams of "<word>", n-major.
  void CharNGrams() {
    // Built in a stack buffer (at most kMaxWordBytes + 2 bytes).
    char padded[kMaxWordBytes + 2];
    const size_t len = cur_->size() + 2;
    padded[0] = '<';
    std::memcpy(padded + 1, cur_->data(), cur_->size());
    padded[len - 1] = '>';
    for (uint32_t n = cfg_.char_min; n <= cfg_.char_max; ++n) {
      if (len < n) break;
      const uint64_t h0 = kFnvOffset ^ (n * kFnvPrime);  // HashBytes(..., seed n)
      switch (n) {
        case 3: NGrams<3>(padded, len, h0); break;
        case 4: NGrams<4>(padded, len, h0); break;
        case 5: NGrams<5>(padded, len, h0); break;
        default:
          for (size_t p = 0; p + n <= len; ++p) buckets_.push_back(Bucket(HashBytes(std::string_view(padded + p, n), n)));
      }
    }
  }

  // The buckets of every n-gram of s[0, len): FNV-1a from h0 (HashBytes
  // with seed N), unrolled.
  template <size_t N>
  void NGrams(const char* s, size_t len, uint64_t h0) {
    const size_t count = len + 1 - N;  // REQUIRES len >= N
    const auto* u = reinterpret_cast<const unsigned char*>(s);
    for (size_t p = 0; p < count; ++p) {
      uint64_t h = (h0 ^ u[p]) * kFnvPrime;
      h = (h ^ u[p + 1]) * kFnvPrime;
      h = (h ^ u[p + 2]) * kFnvPrime;
      if constexpr (N >= 4) h = (h ^ u[p + 3]) * kFnvPrime;
      if constexpr (N >= 5) h = (h ^ u[p + 4]) * kFnvPrime;
      buckets_.push_back(Bucket(h));
    }
  }

  // Entry n of *words_, empty: entries left from an earlier call are
  // reused, so their buffers are not reallocated. The word being built
  // lives in the entry after the last word written (cur_), so it is not
  // copied when it ends.
  std::string& WordEntry(size_t n) {
    if (n < words_->size()) {
      (*words_)[n].clear();
      return (*words_)[n];
    }
    return words_->emplace_back();
  }

 public:
  size_t words_written() const { return nwords_; }

 private:
  const FeatureConfig& cfg_;
  std::vector<Token>& tokens_;
  std::vector<uint32_t>& buckets_;
  std::vector<std::string>* words_;
  CanonStats* stats_;
  std::string& word_;  // the word being built when there is no *words_
  std::string* cur_;   // the word being built: word_, or an entry of *words_
  NGramMemo& memo_;
  const uint32_t shift_;
  size_t nwords_;
  uint64_t prev_;       // the last token's hash
  bool digit_ = false;  // the word being built holds an ASCII digit
  uint32_t word_begin_ = 0, word_end_ = 0;
  // FNV-1a (HashBytes with kSeedWord) of the bytes of the word being built,
  // when hash_valid_.
  uint64_t hash_ = kWordHashStart;
  bool hash_valid_ = true;
};

}  // namespace

uint64_t HashBytes(std::string_view s, uint64_t seed) {
  uint64_t h = kFnvOffset ^ (seed * kFnvPrime);
  for (unsigned char c : s) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

uint64_t WordHash(std::string_view canonical_word) { return HashBytes(canonical_word, kSeedWord); }

uint64_t SymbolHash(std::string_view symbol) { return HashBytes(symbol, kSeedSymbol); }

namespace {

// The thread's memo, for `config`.
NGramMemo& ThreadMemo(const FeatureConfig& config) {
  // On the heap, made by a thread's first call: a thread-local object of
  // this size would be in every thread's static TLS block, zeroed (so
  // resident) at each thread's start, featurizing or not.
  thread_local std::unique_ptr<NGramMemo> memo;
  if (!memo) memo = std::make_unique<NGramMemo>();
  memo->Use(config);
  return *memo;
}

thread_local std::string tl_word;  // the word being built, reused

}  // namespace

void ExtractFeatures(std::string_view text, const FeatureConfig& config, std::vector<Token>& tokens,
                     std::vector<uint32_t>& buckets, std::vector<std::string>* words, CanonStats* stats) {
  tokens.clear();
  buckets.clear();
  Tokenizer t(config, tokens, buckets, words, stats, tl_word, ThreadMemo(config));
  t.Run(text);
  if (words) words->resize(t.words_written());
}

void ExtractFeaturesReusing(std::string_view text, size_t same_bytes, const std::vector<Token>& from_tokens,
                            const std::vector<uint32_t>& from_buckets, const std::vector<std::string>& from_words,
                            const FeatureConfig& config, std::vector<Token>& tokens, std::vector<uint32_t>& buckets,
                            std::vector<std::string>& words, CanonStats* stats) {
  // The tokens that start in the shared bytes are the earlier text's, the
  // same bytes read the same way: the byte before the end of the shared part
  // ends any word, and an ASCII byte is never inside a multi-byte
  // character. All but the last of them are final; the last is read again,
  // because later bytes can still change it (a symbol run such as "! !"
  // grows across spaces). At a token's start no word is open, so reading
  // resumes there with the tokenizer in the state a full read would have.
  size_t keep = 0, from = 0;
  if (same_bytes > 0 && same_bytes <= text.size()) {
    const auto b = static_cast<unsigned char>(text[same_bytes - 1]);
    if (b <= ' ' || b == 0x7F) {
      size_t n = 0;  // tokens that start in the shared bytes
      while (n < from_tokens.size() && from_tokens[n].begin < same_bytes) ++n;
      if (n > 0) {
        keep = n - 1;
        from = from_tokens[keep].begin;
      }
    }
  }
  tokens.assign(from_tokens.begin(), from_tokens.begin() + static_cast<std::ptrdiff_t>(keep));
  buckets.assign(from_buckets.begin(), from_buckets.begin() + (keep > 0 ? from_tokens[keep - 1].feat_end : 0));
  if (words.size() < keep) words.resize(keep);
  for (size_t k = 0; k < keep; ++k) words[k].assign(from_words[k]);
  Tokenizer t(config, tokens, buckets, &words, stats, tl_word, ThreadMemo(config), keep,
              keep > 0 ? from_tokens[keep - 1].hash : 0);
  t.Run(text, from);
  words.resize(t.words_written());
}

std::string CanonicalWord(std::string_view token_text) {
  std::vector<Token> t;
  std::vector<uint32_t> b;
  std::vector<std::string> w;
  ExtractFeatures(token_text, FeatureConfig{}, t, b, &w);
  return w.empty() ? std::string() : w.front();
}

}  // namespace convoguard::injection
