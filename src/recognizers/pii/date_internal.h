// Shared between the DATE_TIME rule files (date_rules.cc: single dates and
// ISO timestamps, with their weekday and time; date_expression_rules.cc:
// year ranges, dates after a temporal word; date_time_rules.cc: clock
// times, weekdays alone, and the weekday and time around a date).
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
// A weak form: a clock time or a weekday alone ("14:30", "3pm", "by
// Friday"), reported at the default scan threshold 0.5, never acted on by
// the default policy.
inline constexpr double kTimeScore = 0.55;

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
// German, Dutch, Portuguese, Polish (genitive, as dates write them), Danish,
// Romanian and Indonesian, each
// optionally followed by a full stop. A regex group, no boundaries.
extern const char* const kMonthNames;
// The first three letters of each (their stems as they begin a name): a cue
// that every month name in kMonthNames starts with.
extern const char* const kMonthStems;

// Appends the rules of date_expression_rules.cc (called by AddDateRules).
void AddDateExpressionRules(RuleList& out);

// date_time_rules.cc. An optional weekday before a date, as a regex
// ("Tue, ", "Mo., ", "jeudi "): the weekday words of many languages, then
// an optional full stop and comma and one or two spaces.
std::string WeekdayPrefix();
// A regex as wide as WeekdayPrefix() for a lead (Rule::lead counts only its
// width), cheap for Vectorscan to analyse at start-up.
std::string WeekdayPrefixLead();
// A clock time after a date, as a regex group without its '?': a comma or
// spaces, up to two connector words ("at", "um", "à", "kl.", "around"), the
// time ("09:12", "6:30 pm", "14h30", "4–7pm", "08:15:44 -0600"). With
// `marked`, only times with minutes, 'h' or a meridiem ("11 March 07:00"
// must not read "07" as a year).
std::string TimeSuffix(bool marked);
// Validates a match of WeekdayPrefix() + date + TimeSuffix(): runs `date`
// on the date alone (with the weekday and time as its context), then keeps
// the weekday when it is one as written ("sat 3 exams" is none) and the
// time when it is sound, through sub_begin / sub_end. A kept time makes the
// score kDateScore (no date of birth). `core_starts_with_letter`: the date
// begins with its month name ("Mon, Jan 6"). REQUIRES: c's views are
// consecutive pieces of one buffer, as the engine passes them.
Verdict ValidateJoined(const Candidate& c, bool core_starts_with_letter, Verdict (*date)(const Candidate&));
// Appends date_clock_time (called by AddDateRules).
void AddDateTimeRules(RuleList& out);

}  // namespace convoguard::recognizers::pii
