// Minimal strict UTF-8 decoding (RFC 3629): no overlongs, no surrogates,
// nothing above U+10FFFF. Used by the normalizer and for offset conversion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace convoguard::text {

enum class Utf8Status { kOk, kInvalid, kTruncated };

struct Utf8Step {
  Utf8Status status;
  char32_t cp;     // valid only when status == kOk
  size_t length;   // bytes consumed: the sequence (kOk), 1 (kInvalid),
                   // or the bytes available (kTruncated: a valid prefix that
                   // runs past the end of the input)
};

// Decodes the code point starting at s[i]. REQUIRES: i < s.size().
inline Utf8Step DecodeUtf8(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char b0 = p[i];
  if (b0 < 0x80) return {Utf8Status::kOk, b0, 1};
  size_t len;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) { len = 2; cp = b0 & 0x1F; }
  else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3; cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4; cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {Utf8Status::kInvalid, 0, 1};
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= n) return {Utf8Status::kTruncated, 0, n - i};
    unsigned char b = p[i + k];
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) return {Utf8Status::kInvalid, 0, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {Utf8Status::kOk, cp, len};
}

inline void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Counts code points in s the way findings count them: a valid sequence is
// one code point and so is each byte that is not part of one. A sequence cut
// off at the end of s counts one per byte (the caller decides if more comes).
uint64_t CountCodePoints(std::string_view s);

}  // namespace convoguard::text
