#include "text/ascii_letters.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace convoguard::text {
namespace {

bool Letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
size_t SlowRunEnd(std::string_view s, size_t i) {
  while (i < s.size() && Letter(s[i])) ++i;
  return i;
}

TEST(AsciiLetters, EveryByteIsClassedAsTheRangesSay) {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    EXPECT_EQ(IsAsciiLetter(c), Letter(c)) << b;
  }
}

TEST(AsciiLetters, EveryByteEndsARunAtEveryPositionOfAWord) {
  // Each byte value at each of 20 positions after 0-19 letters: the eight-byte
  // step must stop exactly there, also for bytes next to the ranges (@ [ ` {)
  // and bytes >= 0x80 whose low seven bits are letters.
  for (int b = 0; b < 256; ++b) {
    for (size_t pos = 0; pos < 20; ++pos) {
      std::string s(pos, 'q');
      for (size_t k = 0; k < pos; ++k) s[k] = static_cast<char>(k % 2 ? 'A' + k : 'z' - k);
      s.push_back(static_cast<char>(b));
      s += "abcdefghijklmnop";
      EXPECT_EQ(AsciiLetterRunEnd(s, 0), SlowRunEnd(s, 0)) << b << " at " << pos;
    }
  }
}

TEST(AsciiLetters, RandomTextFromEveryStart) {
  std::mt19937 rng(7);
  const std::string alphabet = "abcxyzABCXYZ@[`{ 09/:\x80\xB0\xB9\xC1\xE1\xFA\xFF";
  for (int round = 0; round < 200; ++round) {
    std::string s;
    const size_t n = rng() % 40;
    for (size_t k = 0; k < n; ++k) s.push_back(rng() % 4 ? 'a' + static_cast<char>(rng() % 26) : alphabet[rng() % alphabet.size()]);
    for (size_t i = 0; i <= s.size(); ++i) EXPECT_EQ(AsciiLetterRunEnd(s, i), SlowRunEnd(s, i)) << s << " from " << i;
  }
}

}  // namespace
}  // namespace convoguard::text
