#include "matching/phrase_ends.h"

#include <cstring>

#include "matching/word_shapes.h"

namespace convoguard::matching {

void PhraseEnds::Add(std::string_view phrase, uint32_t bits) {
  if (phrase.empty()) return;
  const auto b = static_cast<unsigned char>(phrase.back());
  last_[b >> 6] |= uint64_t{1} << (b & 63);
  std::vector<Entry>& bucket =
      phrase.size() == 1 ? short_ : buckets_[Hash(static_cast<unsigned char>(phrase[phrase.size() - 2]), b)];
  for (Entry& e : bucket) {
    if (e.phrase == phrase) {
      e.bits |= bits;
      return;
    }
  }
  bucket.push_back({std::string(phrase), bits});
}

uint32_t PhraseEnds::Scan(const std::vector<Entry>& bucket, std::string_view text, size_t q) {
  uint32_t bits = 0;
  for (const Entry& e : bucket) {
    const size_t len = e.phrase.size();
    if (len > q || std::memcmp(text.data() + q - len, e.phrase.data(), len) != 0) continue;
    // \b at s: a word byte on exactly one side (the text's start is none).
    const size_t s = q - len;
    const bool word_before = s > 0 && IsWordByte(static_cast<unsigned char>(text[s - 1]));
    if (word_before == IsWordByte(static_cast<unsigned char>(e.phrase[0]))) continue;
    bits |= e.bits;
  }
  return bits;
}

}  // namespace convoguard::matching
