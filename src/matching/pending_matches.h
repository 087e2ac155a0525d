// Where the matches that a stream's text leaves open may start, so that a
// stream releases every byte no later match can cover and holds back only
// what a pending match could still need.
//
// Built on PCRE2's hard partial matching (pcre2partial(3)): matched with
// PCRE2_PARTIAL_HARD over the text seen so far, a pattern returns
//   - PCRE2_ERROR_PARTIAL at the first start s whose attempt reached the end
//     of the text (more text could complete or change a match at s; \b, \B,
//     $ and greedy repeats at the end count as reaching it);
//   - a complete match at s when the attempt at s found one without ever
//     looking at the end: more text cannot change it;
//   - no match when no start reached the end or matched.
// Every start before the one reported failed without looking at the end of
// the text, so it fails whatever text follows: dead starts stay dead as the
// text grows, and each pattern's frontier only moves forward. PCRE2 turns
// off its start-up optimizations that assume a complete subject (the last
// literal code unit and the minimum length) in partial mode; the first code
// unit / start bitmap stays valid, since every match starts with one.
//
// A PendingPlan is immutable and shared by the streams of one PatternSet;
// each stream owns a PendingMatches. One thread at a time per PendingMatches.
#pragma once

#include <bitset>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/status.h"
#include "matching/pattern_set.h"

namespace convoguard::matching {

class PendingPlan {
 public:
  // `patterns`: what `set` was compiled from; `tracked`: the pattern
  // indices whose open matches hold a stream back (rules matched without an
  // opener, and the openers).
  // `tail`: how Update bounds a pending match from the end of the text:
  // by the bytes a match can consume (kBytes), or also by the pairs of
  // bytes it can consume one after the other (kBytePairs: in prose a
  // pattern of capitalized words dies at the next lowercase word, so the
  // search for its pending starts covers the last word or two, not the
  // pattern's width), or not at all (kNone: every start from the width on
  // is searched). All three answer the same; kBytes and kNone are for tests
  // that show it.
  enum class Tail { kNone, kBytes, kBytePairs };
  PendingPlan(std::shared_ptr<const PatternSet> set, const std::vector<Pattern>& patterns,
              std::vector<unsigned> tracked, Tail tail = Tail::kBytePairs);

  struct Entry {
    unsigned pattern;
    std::bitset<256> starts;  // bytes a match can start with (all when unknown)
    std::bitset<256> bytes;   // bytes a match can consume (all when unknown)
    // follow[a][b]: a match can consume b right after a (empty: any pair).
    std::vector<std::bitset<256>> follow;
    // At most this many bytes of a match come before its first ASCII digit
    // (UINT64_MAX: unknown). A date rule sees its day number a few bytes
    // after the weekday's name, so a pending one starts at most that far
    // before the next digit (or the end), however much prose the pairs allow.
    uint64_t digit_free = UINT64_MAX;
    // leading[j]: the bytes at position j of every match (a prefix of the
    // positions; empty: none known). A start whose next bytes are not
    // among them, as far as the text goes, is neither pending nor matched.
    std::vector<std::bitset<256>> leading;
    bool Leads(const unsigned char* p, size_t n) const {
      if (!starts[p[0]]) return false;
      for (size_t j = 0; j < leading.size() && j < n; ++j) {
        if (!leading[j][p[j]]) return false;
      }
      return true;
    }
    bool Follows(char a, char b) const {
      return follow.empty() || follow[static_cast<unsigned char>(a)].test(static_cast<unsigned char>(b));
    }
  };
  // The bytes a match of `regex` can consume, as Entry::bytes (for tests).
  static std::bitset<256> MatchBytesForTest(std::string_view regex, bool caseless);
  // The pairs, as Entry::follow; nullopt when the syntax is not read (for tests).
  static std::optional<std::vector<std::bitset<256>>> FollowForTest(std::string_view regex, bool caseless);
  // As Entry::leading (for tests).
  static std::vector<std::bitset<256>> LeadingBytesForTest(std::string_view regex, bool caseless);
  // As Entry::digit_free; nullopt when the syntax is not read (for tests).
  static std::optional<uint64_t> DigitFreeForTest(std::string_view regex, bool caseless);
  const std::vector<Entry>& entries() const { return entries_; }
  const PatternSet& set() const { return *set_; }

 private:
  std::shared_ptr<const PatternSet> set_;
  std::vector<Entry> entries_;
};

class PendingMatches {
 public:
  explicit PendingMatches(std::shared_ptr<const PendingPlan> plan);

  // Back to the state of a new stream. The state is cleared by the next
  // Update or FirstLive (a whole-text scan, Engine::Scan, calls neither:
  // its one step is final).
  void Reset();

  // `text` is the stream's text from absolute offset `base` to its current
  // end (base + text.size()), valid UTF-8 cut on code point boundaries, and
  // holding at least one pattern width (plus one code point for \b) before
  // the end. Returns the smallest absolute offset at which a match of a
  // tracked pattern that ends after the current end can start: the current
  // end when there is none. Matches that end within the text are not
  // counted; the caller holds those by their Vectorscan-reported ends.
  // REQUIRES: the text only grows between calls (same bytes at the same
  // offsets).
  Result<uint64_t> Update(std::string_view text, uint64_t base);

  // The first start >= from at which pattern i matches, completely or
  // partially, in `text` (as for Update): no match of pattern i that starts
  // in [from, start) can exist whatever text follows. start is the current
  // end when there is none. A complete match is final: more text cannot
  // change it. Remembers what it proved per pattern, so repeated calls with
  // the same or a later `from` are cheap.
  struct Live {
    uint64_t start;
    uint64_t end;   // of the complete match, else the current end
    bool complete;
  };
  Result<Live> FirstLive(unsigned i, std::string_view text, uint64_t base, uint64_t from);

 private:
  struct Found {
    size_t pos;     // relative to text; text.size() when nothing was found
    size_t end;     // of a complete match
    bool complete;  // a complete match at pos (else partial, or nothing)
  };
  // Hard partial search of pattern i from `pos`; with skip_complete, starts
  // with a complete match are passed over (their matches are final).
  Result<Found> Search(unsigned i, std::string_view text, size_t pos, bool skip_complete) const;
  // The state of a new stream (what Reset asks for).
  void Clear();

  struct Proven {
    uint64_t from = UINT64_MAX;  // [from, live.start) is proven dead
    Live live{0, 0, false};
  };

  std::shared_ptr<const PendingPlan> plan_;
  std::vector<uint64_t> pending_;  // per entry: every start before it is settled
  std::vector<Proven> live_;       // per pattern index
  uint64_t seen_end_ = 0;          // the text's end at the last Update
  size_t first_ = 0;               // the entry Update looks at first
  bool stale_ = true;              // Reset was called: Clear before use
};

}  // namespace convoguard::matching
