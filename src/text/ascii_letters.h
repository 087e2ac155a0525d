// Runs of ASCII letters, found eight bytes at a time: the injection decoders
// walk every word of every prompt looking for a few cue and common words.
// (For runs of a few bytes of a costlier class, such as letters and digits,
// a byte table read one byte at a time costs less than the eight-byte step.)
//
// Thread safety: pure functions.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace convoguard::text {

// 'a'-'z' or 'A'-'Z'.
inline bool IsAsciiLetter(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }

// The first index at or after `i` whose byte is not an ASCII letter
// (s.size() if none). REQUIRES: i <= s.size().
inline size_t AsciiLetterRunEnd(std::string_view s, size_t i) {
  static_assert(std::endian::native == std::endian::little, "the first byte of a word is its low byte");
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  while (i + 8 <= s.size()) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // Per byte, with no carry between bytes (y <= 0x7F): y is the byte
    // lower-cased, top bit cleared; y + 0x1F has its top bit set when
    // y >= 'a', y + 0x05 when y > 'z'; bytes >= 0x80 are not letters.
    const uint64_t y = (w | kOnes * 0x20) & ~kHigh;
    const uint64_t letter = (y + kOnes * (0x80 - 'a')) & ~(y + kOnes * (0x80 - 'z' - 1)) & ~w & kHigh;
    const uint64_t other = ~letter & kHigh;
    if (other != 0) return i + static_cast<size_t>(std::countr_zero(other) >> 3);
    i += 8;
  }
  while (i < s.size() && IsAsciiLetter(s[i])) ++i;
  return i;
}

}  // namespace convoguard::text
