// Which cue phrases end at a point of a text: the backward half of a
// hand-written cue finder for rules of the form "\b(?:phrase|phrase|...)"
// followed by a short tail (a separator, spaces, a name's capital). The
// finder walks the tails (e.g. the capitals at word starts) and asks, at
// the tail's start, which phrase lists have a phrase ending there. The
// answer is exactly Vectorscan's (or PCRE2's) for "\b(?:...)" ending at that
// offset: \b is ASCII-only there (no UCP), so a phrase whose first byte is a
// word byte ([A-Za-z0-9_]) starts a match when the byte before it is none or
// the text starts there, and one whose first byte is no word byte when the
// byte before it is one.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace convoguard::matching {

class PhraseEnds {
 public:
  // Adds a literal phrase (bytes compared exactly: add each case variant)
  // under `bits` (a mask of the lists it belongs to). An empty phrase is
  // ignored (no regex alternative here is empty).
  void Add(std::string_view phrase, uint32_t bits);
  // The OR of the bits of the phrases p with text[q - |p|, q) == p and a
  // word start (\b) at q - |p|.
  uint32_t At(std::string_view text, size_t q) const {
    if (q == 0 || q > text.size()) return 0;
    const auto b = static_cast<unsigned char>(text[q - 1]);
    if (((last_[b >> 6] >> (b & 63)) & 1u) == 0) return 0;
    uint32_t bits = short_.empty() ? 0 : Scan(short_, text, q);
    if (q >= 2) {
      const std::vector<Entry>& bucket = buckets_[Hash(static_cast<unsigned char>(text[q - 2]), b)];
      if (!bucket.empty()) bits |= Scan(bucket, text, q);
    }
    return bits;
  }

 private:
  struct Entry {
    std::string phrase;
    uint32_t bits;
  };
  static constexpr size_t kBuckets = 1024;
  static size_t Hash(unsigned char a, unsigned char b) { return (a * 37u + b) & (kBuckets - 1); }
  static uint32_t Scan(const std::vector<Entry>& bucket, std::string_view text, size_t q);
  std::array<std::vector<Entry>, kBuckets> buckets_;  // by the phrase's last two bytes
  std::vector<Entry> short_;                         // one-byte phrases
  std::array<uint64_t, 4> last_ = {};                // the phrases' last bytes
};

}  // namespace convoguard::matching
