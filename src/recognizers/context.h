// Context words near a candidate: "ssn", "card", "password" before or after a
// match make a weak pattern credible (as Presidio's context enhancer does).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "recognizers/rule.h"

namespace convoguard::recognizers {

// Returns the first of `words` (lowercase; may contain spaces) that occurs in
// `before` or `after` at the start of a word, case-insensitively, or an empty
// view. A word matches as a prefix, so "password" also finds "passwords".
// Only the part about the candidate is searched (ClauseBefore, ClauseAfter):
// in "order 123456789 | ssn: 152-25-7622" the "ssn" is no context for the order.
std::string_view FindContextWord(std::string_view before, std::string_view after,
                                 const std::vector<std::string>& words);

// FindContextWord over the candidate's before and after, and when that finds
// none, over the header of the table the candidate sits in
// (FindHeaderContextWord): the engine's context search.
std::string_view FindContextWord(const Candidate& c, const std::vector<std::string>& words);

// The first of `words` at a word start in the header cell of the candidate's
// column, or an empty view. The candidate's line is a table row when it has
// a delimiter ('\t', '|', ';' or ',': the most frequent in its row, the part
// before the candidate (at most 160 bytes) and the rest of its line after
// it together) and its column is the count of that delimiter before it; the
// header is the first line of the block of adjacent lines (in
// c.table_before) that hold the same delimiter, when that block starts
// inside table_before (after a blank line, a line without the delimiter, or
// the text's start), the header line has no run of three digits anywhere (a
// data row, not a header) and every cell of it is short. Markdown rule
// lines ("|---|---|") are skipped. "patient,nhs_number\nEdith,943 476 5919"
// and "INSERT INTO t (id, passport_no) VALUES\n (1, 'C03005988')" name
// their values; '_' separates words ("nhs_number" starts "nhs" and "number").
// A block of data rows without a header is named by the line above it, when
// a blank line or a colon ends that line ("TFN list:\nMitchell,381 078 143").
std::string_view FindHeaderContextWord(const Candidate& c, const std::vector<std::string>& words);

// A rule's context words prepared once (the engine keeps one per rule, and
// finds a candidate's context word up to twice): Find gives
// FindContextWord's result walking the clauses once and comparing at each
// word start only the words that begin with its byte, instead of a
// lowercased copy of the clauses searched once per word. Preparing costs
// more than one FindContextWord call, so lists used once (a validator's)
// go to FindContextWord. REQUIRES: `words` outlives it.
class ContextWords {
 public:
  explicit ContextWords(const std::vector<std::string>& words);
  // FindContextWord(before, after, words).
  std::string_view Find(std::string_view before, std::string_view after) const;

 private:
  const std::vector<std::string>* words_;
  // The indices into words_ of the words without a line break (none can
  // match), grouped by first byte in byte order, list order within a group;
  // group g is order_[group_[g], group_[g + 1]); group_of_[b]: 1 + the
  // group of byte b, 0 when no word begins with b.
  std::vector<uint32_t> order_, group_;
  uint16_t group_of_[256] = {};
  size_t always_;  // the first empty word (it matches at once), or words_->size()
};

// The part of `before` and `after` that speaks of the candidate. Before it:
// back to the last line break (except one right after a colon, "DOB:\n"),
// '|' or ';', or to the end of another value (a run of three or more
// digits: in "ssn 656-49-5953. the log says 2021-12-21" the "ssn" is the
// SSN's), unless only list punctuation separates the two ("NHS number:
// 30/04/1969, 835-602-8051", "passports 503284851 and C73635959"). After it: up to the first of those breaks or a sentence end ('.',
// '!' or '?', white space and a letter; not "no. 123" or "v1.2"), and before
// the label of another value ("hasn't arrived, ssn: 152-25-7622").
std::string_view ClauseBefore(std::string_view before);
std::string_view ClauseAfter(std::string_view after);

// True when the word just before a candidate (past up to five filler words)
// names it as a reference number, no personal identifier: "order #886900716",
// "tracking number 9400...", "ISBN: 978...", "invoice no. 12345678",
// "ticket 233030186". Words like "no", "number", "id" and "#" are skipped
// over; the walk stops at a clause break or other punctuation. For
// validators of digit-run rules (SSN, bank account, national IDs).
bool NamedAsReferenceNumber(std::string_view before);

// True when the candidate is really a piece of a longer token: a letter or
// digit touches it, or one of `joiners` followed (or preceded) by a letter or
// digit continues it ("12-05-2021-77", "v1.2.3.4", "1.3.6.1.4.1"). A joiner
// followed by a space or the end of text is punctuation, not a continuation.
bool GluedToNeighbours(const Candidate& c, std::string_view joiners);

// True when a space and a digit continue the candidate, or a digit and a
// space come before it: "9400 6081 0459" inside "9400 6081 0459 7397 1218"
// is a piece of a longer grouped number.
bool InsideDigitGroups(const Candidate& c);

// The checks a validator of a digit-run identifier (SSN, bank account,
// national ID) starts with: true when the candidate is part of a longer token
// (GluedToNeighbours with `joiners`), or, written in groups, a piece of a
// longer grouped number (InsideDigitGroups), or NamedAsReferenceNumber.
bool NotAnIdentifier(const Candidate& c, std::string_view joiners);

// True when the last word before the candidate (skipping spaces, ':' and '#')
// is one of `words` (lowercase), e.g. "version" before "1.2.3.4".
bool PrecededByWord(const Candidate& c, std::initializer_list<std::string_view> words);

// ASCII lowercase copy.
std::string AsciiLower(std::string_view s);

// Whether `w` is one of the words of `list` (a short constant array).
template <size_t N>
bool IsOneOf(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view s : list) {
    if (w == s) return true;
  }
  return false;
}

}  // namespace convoguard::recognizers
