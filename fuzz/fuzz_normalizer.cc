// Fuzzes the normalizer (src/text). Input: byte 0 seeds the chunk sizes, the
// rest is the original text. Invariants checked (abort on violation):
//   - feeding in random chunks gives the same normalized text and counts as
//     feeding everything at once;
//   - the normalized text is valid UTF-8;
//   - for every code point boundary of the normalized text, OrigBegin and
//     OrigEnd lie within the input,
//     never decrease, and their code point offset agrees with the byte
//     offset (each invalid byte counting as one code point).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "evaluation/gold.h"
#include "text/normalizer.h"

namespace {

using convoguard::evaluation::CodePointCount;
using convoguard::text::NormalizedText;
using convoguard::text::Normalizer;

[[noreturn]] void Fail(const char* what, uint64_t at) {
  std::fprintf(stderr, "invariant violated: %s (normalized offset %llu)\n", what, (unsigned long long)at);
  std::abort();
}

bool ValidUtf8(std::string_view s) {
  // Valid exactly when every code point counted is a whole sequence: compare
  // with a count that treats each byte as one when invalid.
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = s[i];
    size_t len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size() || CodePointCount(s.substr(i, len)) != 1) return false;
    i += len;
  }
  return true;
}

// cp_at[i]: code points before byte i when i is a code point boundary, else -1.
std::vector<int64_t> CodePointBoundaries(std::string_view s) {
  std::vector<int64_t> cp_at(s.size() + 1, -1);
  size_t i = 0;
  int64_t cp = 0;
  while (i < s.size()) {
    cp_at[i] = cp;
    size_t len = 1;
    for (size_t k = 4; k >= 2; --k) {
      if (i + k <= s.size() && CodePointCount(s.substr(i, k)) == 1) {
        len = k;
        break;
      }
    }
    i += len;
    ++cp;
  }
  cp_at[s.size()] = cp;
  return cp_at;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  uint32_t seed = data[0];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  Normalizer once;
  NormalizedText whole;
  once.Feed(text, true, whole);

  Normalizer chunked;
  NormalizedText pieces;
  size_t pos = 0;
  while (pos < text.size()) {
    seed = seed * 1103515245u + 12345u;
    size_t n = std::min<size_t>(1 + (seed >> 16) % 17, text.size() - pos);
    chunked.Feed(text.substr(pos, n), false, pieces);
    pos += n;
  }
  chunked.Feed({}, true, pieces);

  if (whole.text() != pieces.text()) Fail("chunked and one-shot normalization differ", 0);
  if (once.invalid_bytes() != chunked.invalid_bytes()) Fail("invalid byte counts differ", 0);
  if (once.invisible_chars() != chunked.invisible_chars()) Fail("invisible counts differ", 0);
  if (once.orig_decoded() != text.size()) Fail("not all input decoded after final Feed", 0);
  if (!ValidUtf8(whole.text())) Fail("normalized text is not valid UTF-8", 0);

  const std::vector<int64_t> cp_at = CodePointBoundaries(text);
  uint64_t prev_begin = 0, prev_end = 0;
  const std::string& norm = whole.text();
  for (uint64_t n = whole.norm_base(); n <= whole.norm_end(); ++n) {
    // Matches start and end on code point boundaries of the normalized text.
    if (n < whole.norm_end() && (static_cast<unsigned char>(norm[n - whole.norm_base()]) & 0xC0) == 0x80) continue;
    auto b = whole.OrigBegin(n);
    auto e = whole.OrigEnd(n);
    if (b.byte > text.size() || e.byte > text.size()) Fail("original offset beyond the input", n);
    if (b.byte < prev_begin || e.byte < prev_end) Fail("original offsets decrease", n);
    if (cp_at[b.byte] != static_cast<int64_t>(b.cp)) Fail("OrigBegin is not the code point boundary it claims", n);
    if (cp_at[e.byte] != static_cast<int64_t>(e.cp)) Fail("OrigEnd is not the code point boundary it claims", n);
    prev_begin = b.byte;
    prev_end = e.byte;
  }
  return 0;
}
