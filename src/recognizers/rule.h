// A recognizer rule: a regular expression that proposes candidates, an
// optional validator that confirms them, and context words that move the
// score. All rules are compiled together into one Vectorscan database.
//
// Writing a rule:
//   - the regex must have bounded repeats ({1,64}, not + or *): the widest
//     match decides how much a stream must hold back (kMaxRuleWidth caps it);
//   - write syntax both Vectorscan and PCRE2 accept: no look-around, no
//     back-references; use \b, and let the validator narrow the reported
//     span (Verdict::sub_begin / sub_end);
//   - matches are leftmost-first and greedy, as PCRE finds them;
//   - text is NFKC-normalized, invisible characters removed, before matching.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "matching/pattern_set.h"

namespace convoguard::recognizers {

// Widest match any rule may produce, in bytes of normalized text.
inline constexpr unsigned kMaxRuleWidth = 8192;
// Bytes of text before and after a candidate that validators and context
// words may look at.
inline constexpr size_t kContextBefore = 64;
inline constexpr size_t kContextAfter = 32;
// Bytes before a candidate searched for the header of the table it sits in
// (FindHeaderContextWord): a CSV header, a Markdown table's, a SQL INSERT's
// column list some rows above.
inline constexpr size_t kTableBefore = 1024;

struct Candidate {
  std::string_view text;    // the normalized match
  std::string_view before;  // up to kContextBefore bytes preceding it
  std::string_view after;   // up to kContextAfter bytes following it
  std::string_view table_before;  // up to kTableBefore bytes preceding it (ends where `before` ends)
};

struct Verdict {
  bool accept = false;
  double score = -1;           // <0: use the rule's score
  std::string reason;          // what confirmed it, e.g. "luhn"
  size_t sub_begin = 0;        // report only text[sub_begin, sub_end)
  size_t sub_end = std::string_view::npos;

  static Verdict Accept(std::string reason = {}, double score = -1) {
    Verdict v;
    v.accept = true;
    v.reason = std::move(reason);
    v.score = score;
    return v;
  }
  static Verdict Reject() { return {}; }
};

using Validator = std::function<Verdict(const Candidate&)>;

struct Rule {
  std::string id;           // unique, snake_case: "credit_card", "aws_access_key_id"
  std::string entity_type;  // Presidio-style type: "CREDIT_CARD", or a secret type
  std::string regex;        // Vectorscan syntax, bounded width
  unsigned flags = 0;       // matching::PatternFlags, e.g. kCaseless
  // Optional cheaper regex for the one-pass Vectorscan scan. For every match
  // [s, e) of `regex` it must match with an end offset in (s, e]: at the
  // match's end, or at a cue inside it. Use it when `regex` starts with a
  // long bounded repeat, or its words are character classes, which
  // Vectorscan tracks at every byte: e.g. for emails, drop the local part
  // and start at "@"; for a name after "Dr.", stop at the name's capital.
  // Each prefilter match costs an exact PCRE2 search of up to the rule's
  // width around it, so the cue must still be rare in ordinary text.
  std::string prefilter;
  // Optional hand-written replacement for the Vectorscan pass of this rule
  // (matching::CueFinder): it may leave out matches `validate` rejects
  // whatever their context, e.g. a name word the gazetteer does not know.
  // A rule may keep its prefilter beside one, as the finder's specification
  // when the finder reports exactly the prefilter's ends (its tests compare
  // them); the pass does not run it then.
  matching::CueFinder cue_finder;
  // Or the same from a finder shared with other rules (one pass for all).
  matching::CueGroupMember cue_group;
  // Optional, with a prefilter or cue finder whose end comes early in the
  // match (matching::Pattern::lead): a regex for the part of every match up
  // to that end, so that the exact search starts that far before the end
  // instead of the rule's whole width.
  std::string lead;
  double score = 0.5;       // score of an accepted candidate before context
  Validator validate;       // empty: every match is accepted
  // Lowercase words (or word prefixes) that, seen near the match, raise the
  // score by kContextBoost. For weak rules their absence lowers it by
  // kWeakPenalty, which should push the candidate under the default threshold.
  std::vector<std::string> context;
  bool weak = false;
  // Whether the header cell of the candidate's table column, or the title of
  // a headerless table, counts as context too (FindHeaderContextWord): for
  // identifiers and numbers pasted as CSV, TSV, Markdown or SQL rows.
  bool table_context = false;
  // When >= 0: no verdict of `validate` scores higher. Then a weak rule's
  // candidate without a context word, which could only score
  // max_score - kWeakPenalty, is dropped before its (costly) validator runs
  // if that is under the scan's threshold: the same result, sooner.
  double max_score = -1;
  // Overlapping findings are settled by this first (higher wins), then by
  // score, length and rule order. The secret rules rank 1: a token that is
  // also an e-mail address's local part
  // (https://ghp_...@github.com) or part of a longer URL must be reported as
  // the credential, which policies block, not as the address, which they
  // pseudonymize (and then restore in the answer).
  int overlap_rank = 0;
  // Rules wider than kShortRuleWidth (a PEM block) name a short regex that
  // every match starts with; a stream holds back from an opener's start until
  // the rule can no longer match there.
  std::string opener;
};

inline constexpr double kContextBoost = 0.35;
inline constexpr double kWeakPenalty = 0.25;
inline constexpr unsigned kShortRuleWidth = 512;

// Appends rules to a catalog. Each rule folder exposes one of these.
using RuleList = std::vector<Rule>;

}  // namespace convoguard::recognizers
