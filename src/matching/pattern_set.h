// Many regular expressions compiled into one Vectorscan stream-mode database
// and scanned in one pass, then confirmed one pattern at a time where the set
// says it matched (the RE2::Set idea).
//
// Pass 1, Vectorscan: reports (pattern, end offset) for every end at which a
// pattern matches, across chunk boundaries, without buffering the stream.
// Pass 2, PCRE2 (JIT): given a region that the ends point to, FindMatches()
// extracts the exact leftmost-first matches of that one pattern. Patterns
// use the syntax both engines accept (PCRE without look-around or captures).
//
// Leftmost start-of-match tracking inside Vectorscan (HS_FLAG_SOM_LEFTMOST)
// is not used: it rejects many patterns with bounded repeats as too large.
//
// The PatternSet is immutable and shared by all threads; each PatternStream
// owns its stream state and a scratch space.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/status.h"

struct hs_database;
struct hs_scratch;
struct hs_stream;

namespace convoguard::matching {

// Flags, mapped to both engines.
enum PatternFlags : unsigned {
  kCaseless = 1u << 0,
  kDotAll = 1u << 1,
  kMultiline = 1u << 2,
};

struct Pattern {
  std::string regex;   // PCRE syntax without look-around, back-references or captures
  unsigned flags = 0;  // PatternFlags
};

// End-of-match callback: (pattern index, absolute end offset).
using EndFn = std::function<void(unsigned, uint64_t)>;
// Exact match callback: [start, end) relative to the subject.
using SpanFn = std::function<void(size_t, size_t)>;

class PatternSet {
 public:
  // Compiles all patterns (UTF-8). Every pattern must have a bounded width
  // of at most max_width_limit bytes; the error names the first that fails.
  static Result<std::shared_ptr<const PatternSet>> Compile(const std::vector<Pattern>& patterns,
                                                           uint32_t max_width_limit);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  size_t size() const { return max_width_.size(); }
  // Longest match pattern i can produce, in bytes.
  uint32_t MaxWidth(unsigned i) const { return max_width_[i]; }

  // Reports the matches of pattern i in `subject` (valid UTF-8) that start in
  // [from, to_start], leftmost first, each extended as PCRE would (greedy).
  // The whole subject is visible to \b and anchors.
  Status FindMatches(unsigned i, std::string_view subject, size_t from, size_t to_start,
                     const SpanFn& on_span) const;

  hs_scratch* AcquireScratch() const;  // nullptr when out of memory
  void ReleaseScratch(hs_scratch* s) const;
  const hs_database* database() const { return db_; }

 private:
  PatternSet() = default;
  hs_database* db_ = nullptr;
  hs_scratch* prototype_ = nullptr;
  std::vector<uint32_t> max_width_;
  std::vector<void*> pcre_;  // pcre2_code*, one per pattern
  mutable std::mutex mu_;
  mutable std::vector<hs_scratch*> pool_;
};

// One scan over a stream of bytes. REQUIRES: the PatternSet outlives it.
class PatternStream {
 public:
  explicit PatternStream(std::shared_ptr<const PatternSet> set);
  ~PatternStream();
  PatternStream(const PatternStream&) = delete;
  PatternStream& operator=(const PatternStream&) = delete;

  // Scans the next bytes; on_end is called for every match ending in them.
  Status Scan(std::string_view bytes, const EndFn& on_end);
  // Ends the stream, reporting matches that need end-of-data (\b, $).
  Status Close(const EndFn& on_end);

 private:
  std::shared_ptr<const PatternSet> set_;
  hs_scratch* scratch_ = nullptr;
  hs_stream* stream_ = nullptr;
};

}  // namespace convoguard::matching
