#include "matching/phrase_ends.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "matching/pattern_set.h"

namespace convoguard::matching {
namespace {

// "\b(?:p|q|...)" with each phrase's punctuation escaped.
std::string RegexOf(const std::vector<std::string>& phrases) {
  std::string re = "\\b(?:";
  for (size_t i = 0; i < phrases.size(); ++i) {
    if (i) re += "|";
    for (char c : phrases[i]) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x80 && !std::isalnum(u)) re += '\\';
      re += c;
    }
  }
  return re + ")";
}

// Every offset's bits equal the ends Vectorscan reports for each list's
// "\b(?:...)", on random text made of the phrases' pieces: whole, and cut
// at random code point boundaries (a cut is the start of the text).
TEST(PhraseEnds, SameEndsAsTheRegex) {
  const std::vector<std::vector<std::string>> lists = {
      {"to", "send to", "talk to", "cc", "c/o", "from:", "full name", "name", "fiancé", "I’m", "it's"},
      {"name", "Mr", "Mrs", "x", "Tía", ":a", "a_b", "9lives", "is"},
      {"to", "o", "Name", "on behalf of"},
  };
  PhraseEnds ends;
  std::vector<Pattern> patterns;
  for (size_t k = 0; k < lists.size(); ++k) {
    for (const std::string& p : lists[k]) ends.Add(p, 1u << k);
    patterns.push_back({RegexOf(lists[k]), 0});
  }
  ends.Add("", 8);  // ignored
  auto set = PatternSet::Compile(patterns, 256, DigitGate::kOff);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  BlockScanner scanner(*set);
  const std::vector<std::string> pieces = {"to", "send", "talk", " ", " ", "c", "/o", "from", ":", "full", "name",
                                           "fianc", "é", "I", "’m", "it", "'s", "N", "Mr", "s", "x", "T", "ía",
                                           "a", "_b", "9", "lives", "is", "o", "on", "behalf", "of", "Z", "\n", "."};
  std::mt19937 rng(7);
  size_t hits = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const size_t n = 1 + rng() % 40;
    for (size_t i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    for (int cut = 0; cut < 3; ++cut) {
      std::string_view t = text;
      if (cut > 0) {
        size_t at = rng() % text.size();
        while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
        t = cut == 1 ? t.substr(at) : t.substr(0, at);
      }
      std::vector<uint32_t> want(t.size() + 1, 0);
      ASSERT_TRUE(scanner.Scan(t, [&](unsigned id, uint64_t e) { want[e] |= 1u << id; }).ok());
      for (size_t q = 0; q <= t.size(); ++q) {
        EXPECT_EQ(ends.At(t, q), want[q]) << "at " << q << " in \"" << t << "\"";
        hits += want[q] != 0;
      }
      EXPECT_EQ(ends.At(t, t.size() + 1), 0u);
    }
  }
  EXPECT_GT(hits, 1000u);  // the text exercises the phrases
}

}  // namespace
}  // namespace convoguard::matching
