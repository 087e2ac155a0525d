// Tokens and hashed n-gram features shared by the trainer and the scorer,
// so that both see exactly the same features.
//
// Text is canonicalised per code point before tokenising: lower-cased (ASCII,
// and since round 15 every script, by ICU's simple case mapping),
// invisible (default-ignorable) code points dropped without breaking a word,
// fullwidth forms and mathematical alphanumerics folded to ASCII, and Latin
// look-alikes from Cyrillic and Greek mapped to Latin. Word tokens that mix
// letters and digits are read as leetspeak (1gn0re -> ignore). A run of the
// same symbol is one token.
//
// Thread safety: pure functions (ExtractFeatures reuses a per-thread word
// buffer; it does not call itself).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace convoguard::injection {

struct Token {
  uint32_t begin;       // byte offsets in the original text
  uint32_t end;
  uint32_t feat_begin;  // [feat_begin, feat_end) in the feature vector
  uint32_t feat_end;
  uint64_t hash;        // hash of the canonical form
  bool word;            // false: one punctuation or symbol character
};

// What the canonicaliser changed, for reporting hidden payloads.
struct CanonStats {
  uint32_t invisible = 0;   // default-ignorable code points dropped
  uint32_t homoglyphs = 0;  // Cyrillic/Greek/fullwidth/math letters folded
  uint32_t leet = 0;        // word tokens read as leetspeak
};

struct FeatureConfig {
  uint32_t hash_bits = 18;
  uint32_t char_min = 3;
  uint32_t char_max = 5;
};

// Tokenises `text` (any bytes; invalid UTF-8 becomes a symbol) and appends
// one entry per token to `tokens` and its feature buckets to `buckets`
// (cleared first). Canonical word forms go to `words` (one per token, "" for
// symbols) when it is non-null.
void ExtractFeatures(std::string_view text, const FeatureConfig& config, std::vector<Token>& tokens,
                     std::vector<uint32_t>& buckets, std::vector<std::string>* words = nullptr,
                     CanonStats* stats = nullptr);

// ExtractFeatures(text, config, tokens, buckets, &words, stats) for a text
// whose first `same_bytes` bytes are those of a text already featurized into
// from_tokens, from_buckets and from_words (ExtractFeatures' output for it,
// with words): the tokens that lie wholly in the shared bytes are copied, not
// read again. The same output, except that `stats` counts only what was
// read. Reuses nothing unless text[same_bytes - 1] ends a word (an ASCII
// space or control byte), since a word or character could otherwise run on
// differently. The from_* vectors must not be the output vectors.
void ExtractFeaturesReusing(std::string_view text, size_t same_bytes, const std::vector<Token>& from_tokens,
                            const std::vector<uint32_t>& from_buckets, const std::vector<std::string>& from_words,
                            const FeatureConfig& config, std::vector<Token>& tokens, std::vector<uint32_t>& buckets,
                            std::vector<std::string>& words, CanonStats* stats = nullptr);

// The canonical word of one token's text, as the featurizer sees it.
std::string CanonicalWord(std::string_view token_text);

uint64_t HashBytes(std::string_view s, uint64_t seed);

// Token::hash of a word token whose canonical form is `canonical_word`.
uint64_t WordHash(std::string_view canonical_word);

// Token::hash of a symbol token whose bytes are `symbol` (one character, or
// a run of it: "-" and "---" have one hash).
uint64_t SymbolHash(std::string_view symbol);

// A feature's bucket is the top hash_bits bits of this (the splitmix64
// finaliser) of the feature's hash.
inline uint64_t MixFeatureHash(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace convoguard::injection
