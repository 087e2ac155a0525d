// Many regular expressions compiled into one Vectorscan stream-mode database
// and scanned in one pass, then confirmed one pattern at a time where the set
// says it matched (the RE2::Set idea).
//
// Pass 1, Vectorscan (block mode): reports (pattern, end offset) for every
// end at which a pattern matches in a buffer. Patterns every match of which
// holds a digit are in a second database scanned only around the buffer's
// digits (DigitGate), with the same reports. Streams are scanned as
// overlapping windows by the caller, not with Vectorscan's stream mode:
// Debian's Vectorscan 5.4.9 loses matches at stream chunk boundaries on
// AVX-512 machines (double-shufti acceleration; fixed upstream in
// VectorCamp/vectorscan#402), depending on buffer alignment. Block mode over
// a window that re-covers the widest pattern is immune and costs little.
// Pass 2, PCRE2 (JIT): given a region that the ends point to, FindMatches()
// extracts the exact leftmost-first matches of that one pattern. Patterns
// use the syntax both engines accept (PCRE without look-around or captures).
//
// Leftmost start-of-match tracking inside Vectorscan (HS_FLAG_SOM_LEFTMOST)
// is not used: it rejects many patterns with bounded repeats as too large.
//
// The PatternSet is immutable and shared by all threads; each BlockScanner
// owns a scratch space.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "convoguard/status.h"

struct hs_database;
struct hs_scratch;
struct pcre2_real_code_8;

namespace convoguard::matching {

// Flags, mapped to both engines.
enum PatternFlags : unsigned {
  kCaseless = 1u << 0,
  kDotAll = 1u << 1,
  kMultiline = 1u << 2,
};

// End-of-match callback: (pattern index, absolute end offset).
using EndFn = std::function<void(unsigned, uint64_t)>;
// A hand-written pass that replaces a pattern's part of the Vectorscan pass:
// called with every buffer BlockScanner::Scan sees, it reports ends relative
// to the buffer, in increasing order, under the contract of
// Pattern::prefilter, except that it may leave out the matches its owner
// would reject anyway (a gazetteer probe instead of a character class that
// Vectorscan tracks at every byte). The buffer's edges count as the start and
// end of data, as for Vectorscan. Must be thread-safe (it is shared).
using CueFinder = std::function<void(std::string_view, const std::function<void(uint64_t)>&)>;
// Several patterns' cue finders in one pass over the buffer (three PERSON
// rules walk the same capitals): reports (member, end), each member's ends
// in increasing order, under CueFinder's contract for that member's pattern.
using CueGroupFinder = std::function<void(std::string_view, const std::function<void(unsigned, uint64_t)>&)>;
// A pattern's place in a CueGroupFinder: the finder, shared by the members,
// and the member number it reports this pattern's ends under.
struct CueGroupMember {
  std::shared_ptr<const CueGroupFinder> group;
  unsigned member = 0;
};
// Exact match callback: [start, end) relative to the subject.
using SpanFn = std::function<void(size_t, size_t)>;

struct Pattern {
  std::string regex;   // PCRE syntax without look-around, back-references or captures
  unsigned flags = 0;  // PatternFlags
  // Optional cheaper regex for the Vectorscan pass. For every match [s, e)
  // of `regex` it must report an end in (s, e]: at e (`regex` without a long
  // leading bounded repeat), or at a cue inside the match. Matches of
  // `regex` are then looked for starting in [end - MaxWidth, end). Widths
  // come from `regex`.
  std::string prefilter;
  // Optional: when set, the pattern is left out of the Vectorscan database
  // and this finds its ends instead (`prefilter` is then unused).
  CueFinder cue_finder;
  // Optional, instead of cue_finder: the same, from a finder shared with
  // other patterns; it runs once per buffer for all of them.
  CueGroupMember cue_group;
  // Optional, with a prefilter or cue finder whose ends come early in the
  // match: a regex for the part of every match up to its reported end. Its
  // widest match (StartReach) then bounds how far before a reported end a
  // match can start: every match [s, e) must have a reported end c in
  // (s, e] with c - s <= StartReach.
  std::string lead;
};

// Whether Compile puts the patterns every match of which holds a digit, and
// at most kMaxGateReach bytes wide, into a database of their own that
// BlockScanner::Scan runs only around the buffer's digits
// (matching/digit_gate.h). The reported ends are the same either way; kOff
// is for tests that show it. The reach was measured (BENCHMARKS.md, round
// 6): wider windows cost more than the wider patterns save.
enum class DigitGate { kOn, kOff };
inline constexpr uint32_t kMaxGateReach = 24;

class PatternSet {
 public:
  // Compiles all patterns (UTF-8). Every pattern must have a bounded width
  // of at most max_width_limit bytes; the error names the first that fails.
  static Result<std::shared_ptr<const PatternSet>> Compile(const std::vector<Pattern>& patterns,
                                                           uint32_t max_width_limit,
                                                           DigitGate gate = DigitGate::kOn);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  size_t size() const { return max_width_.size(); }
  // Longest match pattern i can produce, in bytes.
  uint32_t MaxWidth(unsigned i) const { return max_width_[i]; }
  // How far before a reported end a match of pattern i may start: the
  // widest match of Pattern::lead, or MaxWidth.
  uint32_t StartReach(unsigned i) const { return start_reach_[i]; }

  // Reports the matches of pattern i in `subject` (valid UTF-8) that start in
  // [from, to_start], leftmost first, each extended as PCRE would (greedy).
  // The whole subject is visible to \b and anchors.
  Status FindMatches(unsigned i, std::string_view subject, size_t from, size_t to_start,
                     const SpanFn& on_span) const;

  hs_scratch* AcquireScratch() const;  // nullptr when out of memory or without a database
  void ReleaseScratch(hs_scratch* s) const;
  // nullptr when every pattern has a cue finder or is gated.
  const hs_database* database() const { return db_; }
  // Pattern i is in the digit gate's database.
  bool Gated(unsigned i) const { return gated_[i]; }
  // Pattern i compiled by PCRE2 (UTF, JIT-compiled for complete and hard
  // partial matching when the JIT is available), for PendingMatches.
  const pcre2_real_code_8* Code(unsigned i) const { return static_cast<const pcre2_real_code_8*>(pcre_[i]); }

 private:
  PatternSet() = default;
  hs_database* db_ = nullptr;
  hs_database* digit_db_ = nullptr;  // the gated patterns, or nullptr
  uint32_t gate_reach_ = 0;          // widest gated pattern
  std::vector<bool> gated_;          // per pattern
  hs_scratch* prototype_ = nullptr;  // for both databases
  std::vector<uint32_t> max_width_;
  std::vector<uint32_t> start_reach_;
  std::vector<void*> pcre_;  // pcre2_code*, one per pattern
  std::vector<bool> jit_;    // per pattern: pcre_[i] is JIT-compiled
  std::vector<std::pair<unsigned, CueFinder>> cue_finders_;  // pattern index, finder
  struct CueGroup {
    std::shared_ptr<const CueGroupFinder> find;
    std::vector<int> pattern_of_member;  // -1: that member is not in this set
  };
  std::vector<CueGroup> cue_groups_;
  // A pattern that starts with a bounded run of an ASCII class and then a
  // literal byte outside the class ("[A-Za-z0-9._%+\-]{1,64}@...", also
  // after optional groups that start with that literal:
  // "[a-z0-9]{1,40}(?:\.[a-z0-9]{1,40}){0,2}\.(?:com|org)"): each of
  // its matches ends that run just before an occurrence of the literal, and
  // what follows the literal does not depend on where the run began. So
  // FindMatches looks for the literal (memchr) and runs PCRE2, anchored,
  // once per occurrence, from the earliest start the run allows, instead of
  // from every byte of the region (PCRE2 re-reads the run at each start:
  // up to `max` bytes per position).
  struct LeadingRun {
    bool in_class[128] = {};
    uint32_t min = 0, max = 0;
    char literal = 0;
    void* anchored = nullptr;  // pcre2_code*: the pattern compiled with PCRE2_ANCHORED
    bool jit = false;          // `anchored` is JIT-compiled
  };
  // The LeadingRun of `regex`, when it has that shape (ASCII class without
  // negation or escapes for classes, {m,n} with m >= 1, optional groups
  // without alternation of their own that start with the literal, the
  // literal, outside the class; no alternation at the top level, no
  // look-around or back-references anywhere); `anchored` is not set.
  static std::optional<LeadingRun> ParseLeadingRun(std::string_view regex, unsigned flags);
  std::vector<std::optional<LeadingRun>> leading_;  // per pattern
  friend class BlockScanner;
  friend class PatternSetTestPeer;
  mutable std::mutex mu_;
  mutable std::vector<hs_scratch*> pool_;
};

// Scans buffers with a PatternSet using its own scratch space. One thread at
// a time. REQUIRES: the PatternSet outlives it.
class BlockScanner {
 public:
  explicit BlockScanner(std::shared_ptr<const PatternSet> set);
  ~BlockScanner();
  BlockScanner(const BlockScanner&) = delete;
  BlockScanner& operator=(const BlockScanner&) = delete;

  // Reports every (pattern, end) in `bytes`, ends relative to bytes[0], each
  // pattern's in increasing order (different patterns' ends interleave in
  // no particular order). The buffer's edges count as the start and end of
  // data (for \b and anchors), so a window cut from a longer text may
  // report extra ends at its edges, never fewer.
  Status Scan(std::string_view bytes, const EndFn& on_end);

 private:
  std::shared_ptr<const PatternSet> set_;
  hs_scratch* scratch_ = nullptr;
  std::vector<std::pair<size_t, size_t>> windows_;  // the digit gate's, kept between scans
};

}  // namespace convoguard::matching
