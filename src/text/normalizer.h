// Text normalization for matching, with a map back to the original.
//
// The normalized text is what every rule matches against:
//   - Unicode NFKC (ICU), so fullwidth digits, ligatures and compatibility
//     forms match the ASCII patterns;
//   - default-ignorable code points (zero-width characters, bidi controls,
//     tag characters U+E0000-E007F, variation selectors, soft hyphen) removed,
//     and reported as InvisibleRuns;
//   - each byte of invalid UTF-8 replaced by U+FFFD and counted.
//
// The normalizer is incremental: Feed() may be called with chunks that split
// code points or combining sequences anywhere; it holds back only the
// trailing code points whose normalization could still change.
//
// Thread safety: a Normalizer is single-threaded; ICU's NFKC instance it uses
// is shared and immutable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/status.h"

namespace convoguard::text {

// A stretch of the normalized text and where it came from. Identity runs map
// byte for byte; other runs map as a whole (a composed character, a ligature
// expanded, an invalid byte replaced, or an invisible character removed, in
// which case norm_len is 0).
struct Run {
  uint64_t norm_begin;
  uint64_t orig_begin;
  uint64_t cp_begin;   // code points of the original before orig_begin
  uint32_t norm_len;
  uint32_t orig_len;
  uint32_t cp_len;
  bool identity;
  bool ascii;          // identity and all ASCII: bytes == code points
};

// A position in the original text.
struct OrigPos {
  uint64_t byte = 0;
  uint64_t cp = 0;
};

struct InvisibleRun {
  uint64_t orig_begin;
  uint64_t orig_end;
  uint64_t cp_begin;
  uint64_t cp_end;
  bool has_tag_chars;  // U+E0000-E007F: text hidden from the reader
};

// Normalized text with absolute offsets. norm_base is the absolute offset of
// text[0]; the owner may drop a prefix with DropBefore().
class NormalizedText {
 public:
  const std::string& text() const { return text_; }
  uint64_t norm_base() const { return norm_base_; }
  uint64_t norm_end() const { return norm_base_ + text_.size(); }
  // Original position for a match starting at absolute normalized offset n.
  // REQUIRES: norm_base() <= n <= norm_end().
  OrigPos OrigBegin(uint64_t n) const;
  // Original position for a match ending at absolute normalized offset n.
  OrigPos OrigEnd(uint64_t n) const;
  // Forgets normalized bytes before absolute offset n.
  void DropBefore(uint64_t n);
  // Empties it for a new text, keeping the buffers' capacity.
  void Reset();
  // Makes room for `bytes` more normalized bytes.
  void Reserve(size_t bytes) { text_.reserve(text_.size() + bytes); }
  // Bytes held by its buffers (capacity), for callers that keep it around.
  size_t capacity_bytes() const { return text_.capacity() + runs_.capacity() * sizeof(Run); }

  // Runs of the offset map still held: an ASCII stretch is one run however
  // long, so this grows with the non-ASCII text, not with the bytes.
  size_t run_count() const { return runs_.size() - first_run_; }

  // Appending (used by the Normalizer).
  void AppendIdentity(std::string_view bytes, OrigPos orig, uint32_t cps, bool ascii);
  void AppendMapped(std::string_view bytes, OrigPos orig, uint32_t orig_len, uint32_t cps);

 private:
  const Run* FindRun(uint64_t n) const;  // the run holding byte n
  std::string text_;
  uint64_t norm_base_ = 0;
  std::vector<Run> runs_;   // sorted, contiguous in both spaces
  size_t first_run_ = 0;    // runs before this are dropped
};

class Normalizer {
 public:
  Normalizer();
  // Normalizes the next chunk of the original text into `out`. With
  // final=false the trailing code points that a later chunk could still
  // combine with are held back. REQUIRES: no Feed after a final one.
  void Feed(std::string_view chunk, bool final, NormalizedText& out);

  uint64_t invalid_bytes() const { return invalid_bytes_; }
  uint64_t invisible_chars() const { return invisible_chars_; }
  // Invisible runs seen so far, in order; the caller may clear it.
  std::vector<InvisibleRun>& invisible_runs() { return invisible_; }
  // Original bytes decoded so far (an incomplete trailing sequence excluded).
  uint64_t orig_decoded() const { return orig_pos_; }
  // Back to the state of a new Normalizer, keeping the buffers' capacity.
  void Reset();

 private:
  // Unicode properties of one code point, as ICU reports them.
  struct CpProps {
    char32_t cp = 0xFFFFFFFF;  // no code point: the slot is empty
    uint8_t ccc = 0;           // canonical combining class
    bool invisible = false;    // IsInvisible
    bool boundary_before = true;  // NFKC hasBoundaryBefore
    bool nfkc_qc_yes = false;     // NFKC_QC=Yes
  };
  // Looks them up in a small direct-mapped cache (chat text repeats the same
  // few emoji and letters), asking ICU on a miss. Exact: the properties are a
  // pure function of the code point.
  const CpProps& Props(char32_t cp);
  // `s` is the text Feed is reading (the carry and the chunk): a segment
  // and the pending identity stretch are views into it while Feed runs.
  void StartSegment(OrigPos orig, size_t at);
  void AppendToSegment(size_t at, size_t len, const CpProps& props);
  void FlushSegment(std::string_view s, NormalizedText& out);
  // Output that maps byte for byte, s[from, to): held back and appended in
  // one piece with the identity output of the same kind (ASCII or not) that
  // follows it in s (a run of emoji or CJK letters is one append, not one
  // per code point); EmitPending appends it.
  void PendIdentity(std::string_view s, size_t from, size_t to, OrigPos orig, uint32_t cps, bool ascii,
                    NormalizedText& out);
  void EmitPending(std::string_view s, NormalizedText& out);
  std::string carry_;         // original bytes not yet normalized
  uint64_t orig_pos_ = 0;     // absolute original offset of carry_[0]
  uint64_t invalid_bytes_ = 0;
  uint64_t invisible_chars_ = 0;
  std::vector<InvisibleRun> invisible_;
  char32_t prev_cp_ = 0;      // last code point seen, for emoji sequences
  uint64_t cp_pos_ = 0;       // code points before carry_[0]
  // The open combining segment: its original bytes and where they start.
  // Its bytes from earlier chunks are in seg_ (copied when a Feed ends with
  // the segment open), then s[seg_from_, seg_to_) of the current Feed.
  std::string seg_;
  size_t seg_from_ = 0, seg_to_ = 0;
  OrigPos seg_orig_begin_;
  uint32_t seg_cps_ = 0;
  bool seg_quick_yes_ = true;  // the segment passes the UAX #15 quick check so far
  uint8_t seg_last_ccc_ = 0;
  // The pending identity stretch s[pend_from_, pend_to_) (empty between
  // Feeds).
  size_t pend_from_ = 0, pend_to_ = 0;
  OrigPos pend_orig_;
  uint32_t pend_cps_ = 0;
  bool pend_ascii_ = false;
  static constexpr size_t kPropsSlots = 256;
  CpProps props_[kPropsSlots];
};

// True for code points removed before matching (default ignorables).
bool IsInvisible(char32_t cp);

}  // namespace convoguard::text
