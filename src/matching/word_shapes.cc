#include "matching/word_shapes.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>

namespace convoguard::matching {
namespace {

// Bit i: bytes[i] is a word byte, for the 16 bytes at `bytes`.
uint32_t WordMask16(const unsigned char* bytes) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                      _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  const __m128i under = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(alpha, digit), under)));
#else
  uint32_t mask = 0;  // the same bits, a byte at a time (no SSE2)
  for (unsigned i = 0; i < 16; ++i) mask |= static_cast<uint32_t>(IsWordByte(bytes[i])) << i;
  return mask;
#endif
}

// Bit i (i a multiple of chunk): mask bits i .. i + chunk - 1 are all set.
uint64_t FullChunks(uint64_t mask, uint32_t chunk) {
  uint64_t r = mask;
  if (chunk >= 2) r &= r >> 1;
  if (chunk >= 4) r &= r >> 2;
  if (chunk >= 8) r &= r >> 4;
  switch (chunk) {
    case 8: return r & 0x0101010101010101u;
    case 4: return r & 0x1111111111111111u;
    case 2: return r & 0x5555555555555555u;
    default: return r;
  }
}

}  // namespace

WordShapeFinder::WordShapeFinder(const std::vector<WordShape>& shapes) {
  for (const WordShape& ws : shapes) {
    Shape sh;
    sh.length = static_cast<uint32_t>(std::min<size_t>(ws.classes.size(), 64));
    for (uint32_t j = 0; j < sh.length; ++j) {
      const std::string& cls = ws.classes[j];
      auto allow = [&](unsigned char c) {
        if (c >= 128 || !IsWordByte(c)) return;  // never a byte of a word: cannot match
        sh.allowed[c] |= uint64_t{1} << j;
        if (ws.caseless && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
          sh.allowed[c ^ 0x20] |= uint64_t{1} << j;
        }
      };
      for (size_t k = 0; k < cls.size(); ++k) {
        const auto a = static_cast<unsigned char>(cls[k]);
        if (k + 2 < cls.size() && cls[k + 1] == '-') {
          const auto z = static_cast<unsigned char>(cls[k + 2]);
          for (unsigned c = a; c <= z; ++c) allow(static_cast<unsigned char>(c));
          k += 2;
        } else {
          allow(a);
        }
      }
    }
    if (sh.length >= 2) {
      min_length_ = std::min(min_length_, sh.length);
      max_length_ = std::max(max_length_, sh.length);
    }
    shapes_.push_back(sh);  // a shape shorter than 2 never fits (length checked below)
  }
  // Any min_length_ consecutive bytes hold an aligned chunk when
  // 2 * chunk - 1 <= min_length_; chunks divide the 64-byte groups.
  chunk_ = 1;
  while (chunk_ < 8 && 2 * (2 * chunk_) - 1 <= min_length_) chunk_ *= 2;
}

void WordShapeFinder::Find(std::string_view text, const std::function<void(unsigned, uint64_t)>& on_end) const {
  if (max_length_ == 0) return;
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t done = 0;  // every word that starts before this has been looked at
  // The word around b[p], when it is new: measured, then tried on the shapes.
  auto look_at = [&](size_t p) {
    if (p < done) return;
    size_t s = p;
    while (s > done && IsWordByte(b[s - 1])) --s;  // `done` is never inside a word
    size_t e = p + 1;
    while (e < n && IsWordByte(b[e])) ++e;
    done = e;
    const size_t len = e - s;
    if (len < min_length_ || len > max_length_) return;
    for (size_t k = 0; k < shapes_.size(); ++k) {
      const Shape& sh = shapes_[k];
      if (sh.length != len) continue;
      uint32_t j = 0;
      while (j < len && ((sh.allowed[b[s + j]] >> j) & 1u) != 0) ++j;
      if (j == len) on_end(static_cast<unsigned>(k), e);
    }
  };
  // Every aligned chunk of word bytes in the 64 bytes at i: the word around it.
  auto scan_group = [&](size_t i, uint64_t mask) {
    uint64_t r = FullChunks(mask, chunk_);
    while (r != 0) {
      look_at(i + static_cast<size_t>(__builtin_ctzll(r)));
      if (done >= i + 64) return;
      r &= ~((uint64_t{1} << (done - i)) - 1u);  // chunks of the word just measured
    }
  };
  size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    if (i + 64 <= done) continue;
    const uint64_t mask = WordMask16(b + i) | uint64_t{WordMask16(b + i + 16)} << 16 |
                          uint64_t{WordMask16(b + i + 32)} << 32 | uint64_t{WordMask16(b + i + 48)} << 48;
    if (mask != 0) scan_group(i, mask);
  }
  if (i < n) {
    uint64_t mask = 0;
    size_t k = i;
    for (; k + 16 <= n; k += 16) mask |= uint64_t{WordMask16(b + k)} << (k - i);
    for (; k < n; ++k) mask |= uint64_t{IsWordByte(b[k])} << (k - i);
    scan_group(i, mask);
  }
}

std::shared_ptr<const CueGroupFinder> WordShapeGroup(const std::vector<WordShape>& shapes) {
  auto finder = std::make_shared<const WordShapeFinder>(shapes);
  std::vector<unsigned> member(shapes.size());
  bool identity = true;
  for (size_t k = 0; k < shapes.size(); ++k) {
    member[k] = shapes[k].member == WordShape::kOwnIndex ? static_cast<unsigned>(k) : shapes[k].member;
    identity &= member[k] == k;
  }
  if (identity) {
    return std::make_shared<const CueGroupFinder>(
        [finder](std::string_view text, const std::function<void(unsigned, uint64_t)>& on_end) {
          finder->Find(text, on_end);
        });
  }
  return std::make_shared<const CueGroupFinder>(
      [finder, member](std::string_view text, const std::function<void(unsigned, uint64_t)>& on_end) {
        finder->Find(text, [&](unsigned k, uint64_t e) { on_end(member[k], e); });
      });
}

}  // namespace convoguard::matching
