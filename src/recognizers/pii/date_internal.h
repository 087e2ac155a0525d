// Shared between the DATE_TIME rule files (date_rules.cc: single dates and
// ISO timestamps; date_expression_rules.cc: year ranges, dates after a
// temporal word).
//
// Scores (docs/recognizers/pii.md, "Dates"): every date or time expression
// is DATE_TIME, as in Presidio, and scores kDateScore (reported at the
// default scan threshold 0.5); one with a birth word near it ("born",
// "DOB", "date of birth", ...) scores kBirthDateScore. The gateway's default
// policy acts on DATE_TIME only from 0.8 (config/gateway_config.cc), so by
// default only dates of birth are pseudonymized.
#pragma once

#include <string>
#include <string_view>

#include "recognizers/rule.h"

namespace convoguard::recognizers::pii {

inline constexpr double kDateScore = 0.6;
inline constexpr double kBirthDateScore = 0.85;

// Accepts a date candidate with kBirthDateScore when a birth word is near it
// (FindContextWord over the candidate's clause), else kDateScore. `reason`
// names what matched ("calendar date"); the birth word is appended.
Verdict AcceptDate(const Candidate& c, std::string reason);
// The same without the birth boost: a clock time or a timestamp with a time
// of day is never a date of birth.
Verdict AcceptTime(std::string reason);

// False when text holds a numeric date (three numbers joined by '-', '/'
// or '.') that is no calendar day in any order date_rules.cc accepts
// ("13/13/2021", "31/02/2021", dotted month-first "3.31.26").
bool NumericDatesOk(std::string_view text);

// Month names and abbreviations in English, French, Spanish, Italian,
// German, Dutch, Portuguese and Polish (genitive, as dates write them), each
// optionally followed by a full stop. A regex group, no boundaries.
extern const char* const kMonthNames;
// The first three letters of each (their stems as they begin a name): a cue
// that every month name in kMonthNames starts with.
extern const char* const kMonthStems;

// Appends the rules of date_expression_rules.cc (called by AddDateRules).
void AddDateExpressionRules(RuleList& out);

}  // namespace convoguard::recognizers::pii
