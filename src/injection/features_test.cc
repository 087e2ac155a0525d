// The featurizer's buckets against their definition, on every eval and
// authored text in data/injection and on hostile strings, for several
// feature configurations: the scorer's fast n-gram path must give exactly
// the buckets the trainer and the model file were made with (for any model
// file: the buckets depend on the configuration only, never on weights).
#include "injection/features.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace convoguard::injection {
namespace {

// The definition, written plainly (features.cc computes the same values
// without building strings): FNV-1a with a seed (HashBytes), mixed
// (MixFeatureHash), the top hash_bits bits.
std::vector<uint32_t> ReferenceBuckets(const std::vector<Token>& tokens, const std::vector<std::string>& words,
                                       const FeatureConfig& cfg) {
  auto bucket = [&](uint64_t h) { return static_cast<uint32_t>(MixFeatureHash(h) >> (64 - cfg.hash_bits)); };
  std::vector<uint32_t> out;
  uint64_t prev = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const uint64_t h = tokens[i].hash;
    out.push_back(bucket(h));
    out.push_back(bucket(prev * 0x9E3779B97F4A7C15ULL + h + 0xB1));
    prev = h;
    if (!tokens[i].word) continue;
    const std::string padded = "<" + words[i] + ">";
    for (uint32_t n = cfg.char_min; n <= cfg.char_max; ++n) {
      for (size_t p = 0; p + n <= padded.size(); ++p) out.push_back(bucket(HashBytes(padded.substr(p, n), n)));
    }
  }
  return out;
}

void ExpectDefinition(const std::string& text, const FeatureConfig& cfg, const std::string& where) {
  std::vector<Token> tokens;
  std::vector<uint32_t> buckets;
  std::vector<std::string> words;
  ExtractFeatures(text, cfg, tokens, buckets, &words);
  ASSERT_EQ(words.size(), tokens.size()) << where;
  uint32_t at = 0;
  for (const Token& t : tokens) {
    ASSERT_EQ(t.feat_begin, at) << where;
    ASSERT_LE(t.feat_begin, t.feat_end) << where;
    at = t.feat_end;
  }
  ASSERT_EQ(at, buckets.size()) << where;
  ASSERT_EQ(buckets, ReferenceBuckets(tokens, words, cfg)) << where;
  // Without the words output the buckets are the same.
  std::vector<Token> tokens2;
  std::vector<uint32_t> buckets2;
  ExtractFeatures(text, cfg, tokens2, buckets2);
  ASSERT_EQ(buckets2, buckets) << where;
}

const std::vector<FeatureConfig>& Configs() {
  static const std::vector<FeatureConfig> configs = {
      FeatureConfig{},                                       // 18 bits, 3..5: the shipped model's
      FeatureConfig{.hash_bits = 8, .char_min = 1, .char_max = 8},
      FeatureConfig{.hash_bits = 24, .char_min = 2, .char_max = 4},
      FeatureConfig{.hash_bits = 12, .char_min = 6, .char_max = 7},
  };
  return configs;
}

TEST(Features, BucketsMatchTheirDefinitionOnTheEvalTexts) {
  const std::filesystem::path root = CG_INJECTION_DATA_DIR;
  ASSERT_TRUE(std::filesystem::is_directory(root)) << root;
  size_t lines = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    const std::string ext = e.path().extension().string();
    if (!e.is_regular_file() || (ext != ".jsonl" && ext != ".txt" && ext != ".tsv")) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {  // a whole line: JSON escapes and TSV labels are text too
      for (const FeatureConfig& cfg : Configs()) {
        ExpectDefinition(line, cfg, e.path().string() + ": " + line.substr(0, 80));
        if (HasFatalFailure()) return;
      }
      ++lines;
    }
  }
  EXPECT_GT(lines, 1000u);
}

TEST(Features, BucketsMatchTheirDefinitionOnHostileStrings) {
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {"ign0re", "ALL", " ", "\t", "!", "!!!", "\xD0\xB0", "\xEF\xBC\xA1",
                                           "\xE2\x80\x8B", "\xF0\x9D\x90\x80", "\xFF", "\xC3", "7", "a",
                                           std::string(60, 'x'), "-", "\xE2\x80\x94", "\n", "3xp1o1t"};
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    for (const FeatureConfig& cfg : Configs()) {
      ExpectDefinition(s, cfg, "random string " + std::to_string(i));
      if (HasFatalFailure()) return;
    }
  }
}

// A text that shares its first bytes with one already featurized (the guard's
// text with its adversarial suffix cut out) gets the tokens, buckets and words
// a full read gives, wherever the shared part ends: in a word, after a space
// inside a run of one symbol ("! ! !" is one token), after invisible and
// multi-byte characters, or in a character cut in two.
TEST(Features, ReusingASharedStartGivesWhatAFullReadGives) {
  std::mt19937 rng(11);
  const std::vector<std::string> pieces = {"ign0re", "ALL", " ", " ", "\t", "\n", "!", "! ", "!!!", "?", "\xD0\xB0",
                                           "\xE2\x80\x8B", "\xF0\x9D\x90\x80", "\xFF", "\xC3", "7", "a", "word",
                                           std::string(45, 'y'), "\xE2\x80\x94", "3xp1o1t", "\xE2\x80\x94 "};
  auto random_text = [&](int max_pieces) {
    std::string s;
    const int n = static_cast<int>(rng() % static_cast<unsigned>(max_pieces));
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    return s;
  };
  const FeatureConfig cfg;
  std::vector<Token> from_tokens, tokens, want_tokens;
  std::vector<uint32_t> from_buckets, buckets, want_buckets;
  std::vector<std::string> from_words, words, want_words;  // kept across rounds: entries are reused
  size_t shared_ends_a_word = 0;
  for (int i = 0; i < 5000; ++i) {
    const std::string shared = random_text(20);
    const std::string before = shared + random_text(10), after = shared + random_text(10);
    ExtractFeatures(before, cfg, from_tokens, from_buckets, &from_words);
    ExtractFeatures(after, cfg, want_tokens, want_buckets, &want_words);
    ExtractFeaturesReusing(after, shared.size(), from_tokens, from_buckets, from_words, cfg, tokens, buckets, words);
    const std::string where = "round " + std::to_string(i) + ": shared [" + shared + "]";
    ASSERT_EQ(tokens.size(), want_tokens.size()) << where;
    for (size_t k = 0; k < tokens.size(); ++k) {
      const Token &a = tokens[k], &b = want_tokens[k];
      ASSERT_TRUE(a.begin == b.begin && a.end == b.end && a.feat_begin == b.feat_begin && a.feat_end == b.feat_end &&
                  a.hash == b.hash && a.word == b.word)
          << where << ", token " << k;
    }
    ASSERT_EQ(buckets, want_buckets) << where;
    ASSERT_EQ(words, want_words) << where;
    if (!shared.empty() && static_cast<unsigned char>(shared.back()) <= ' ' && from_tokens.size() > 1) ++shared_ends_a_word;
  }
  EXPECT_GT(shared_ends_a_word, 1000u);  // many rounds take the reusing path
}

// Capitals are one word with their lower case in every script, as in ASCII
// (round 15; ICU's simple case mapping), after the look-alike folding.
TEST(Features, CapitalsInEveryScriptAreLowerCased) {
  EXPECT_EQ(CanonicalWord("ИИ"), CanonicalWord("ии"));
  EXPECT_EQ(CanonicalWord("Übersetze"), "übersetze");
  EXPECT_EQ(CanonicalWord("ΑΣΦΑΛΕΙΑ"), CanonicalWord("ασφαλεια"));
  EXPECT_EQ(CanonicalWord("IGNORE"), "ignore");
  EXPECT_NE(CanonicalWord("ИИ"), CanonicalWord("ai"));
}

}  // namespace
}  // namespace convoguard::injection
