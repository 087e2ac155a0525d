// A hand-written cue group finder (CueGroupFinder) for rules whose every
// match is one whole word of a fixed length with a character class at each
// position: "\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST]...[A-Z]\b" (the
// Italian fiscal code), "\b[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]\b".
//
// Vectorscan runs such a class-led sequence as an automaton that stays
// active at almost every byte of text (a caseless letter run matches most
// words' letters), and no literal factor lets it skip ahead. A word, in the
// sense of \b without Unicode properties (PCRE2 and Vectorscan here), is a
// maximal run of [A-Za-z0-9_]; a match of such a pattern is exactly a word
// of length N whose bytes fit the classes. So the finder walks the text 64
// bytes at a time (SSE2) building the mask of word bytes, and looks closer
// only at aligned chunks of c word bytes, c the largest of 1, 2, 4, 8 with
// 2c - 1 <= the shortest shape's length (any 2c - 1 consecutive bytes hold
// an aligned chunk of c): for 16-byte words, 8-byte chunks, which few
// ordinary words fill.
//
// Contract (CueGroupFinder's): for every word of the buffer that fits
// shape k it reports (k, the word's end), ends in increasing order; the
// buffer's edges count as the start and end of data, as for \b in
// Vectorscan. It reports nothing else, so each report is exactly one match
// of a pattern "\b<classes>\b" (with kCaseless when the shape is caseless).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "matching/pattern_set.h"

namespace convoguard::matching {

// A byte of a word in the sense of \b without Unicode properties (PCRE2 and
// Vectorscan here): [A-Za-z0-9_].
inline bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

struct WordShape {
  // One class per position, as inside a regex's brackets: single
  // characters and ranges of [A-Za-z0-9_] ("A-Z", "0-9LMNPQRSTUV"); 2 to 64
  // positions. Anything else in a class never matches.
  std::vector<std::string> classes;
  bool caseless = false;  // ASCII case folding, as kCaseless does on these classes
  // The member WordShapeGroup reports this shape's words under: its index
  // in the list, or another's (a pattern whose words have several lengths
  // is one member with a shape per length; the words are disjoint, so the
  // member's ends still come in increasing order).
  static constexpr unsigned kOwnIndex = ~0u;
  unsigned member = kOwnIndex;
};

class WordShapeFinder {
 public:
  explicit WordShapeFinder(const std::vector<WordShape>& shapes);
  // Reports (k, end) for every word of `text` that fits shapes[k] (above).
  void Find(std::string_view text, const std::function<void(unsigned, uint64_t)>& on_end) const;

 private:
  struct Shape {
    uint32_t length = 0;
    std::array<uint64_t, 128> allowed{};  // bit j: the byte may stand at position j
  };
  std::vector<Shape> shapes_;
  uint32_t min_length_ = 64, max_length_ = 0;
  uint32_t chunk_ = 1;
};

// The finder as a CueGroupFinder, for CueGroupMember::group: shapes[k]'s
// words are reported under its `member`.
std::shared_ptr<const CueGroupFinder> WordShapeGroup(const std::vector<WordShape>& shapes);

}  // namespace convoguard::matching
