// DATE_TIME beyond single calendar dates, as Presidio's DATE_TIME means it:
// year ranges ("2019-2022", "2021-present"), a month alone after a
// preposition ("in March"), a year after one ("since 2009"), a day and month
// without a year after a temporal cue ("on 11/02"), and "the 15th" at a
// clause end. Scores are date_internal.h's: 0.6, 0.85 with a birth word.
//
// Clock times and a date joined to its weekday and time are in
// date_time_rules.cc. Not here yet: weekdays and relative days alone
// ("tomorrow"), day ranges and lists.
//
// Not dates (rejected here or never matched): durations, scores and ratios,
// versions and reference numbers, "May I ask", "Theresa May", "march on" (a
// month alone needs a preposition before it and, for "may", a capital).
#include <algorithm>
#include <array>
#include <bitset>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "recognizers/pii/date_internal.h"
#include "recognizers/pii/pii_internal.h"

namespace convoguard::recognizers::pii {
namespace {

// Alternation of words, each closed by \b when it ends in an ASCII letter
// (\b is ASCII-only: "amanhã" ends on a non-word byte).
std::string Words(std::initializer_list<std::string_view> words) {
  std::string out = "(?:";
  bool first = true;
  for (std::string_view w : words) {
    if (!first) out += '|';
    first = false;
    out += w;
    if (IsAsciiAlnum(w.back())) out += R"(\b)";
  }
  return out + ")";
}

// "2019-2022", "2018–2021", "2021–present", "(1934–2025)".
Verdict ValidateYearRange(const Candidate& c) {
  if (GluedToNeighbours(c, "-/.:") || NamedAsReferenceNumber(c.before) ||
      PrecededByWord(c, {"version", "v", "release", "build", "isbn", "order", "invoice", "ref", "no", "nr", "id",
                         "page", "pages", "pp", "lines", "items", "rows", "ids", "numbers", "range", "ports"})) {
    return Verdict::Reject();
  }
  const int first = (c.text[0] - '0') * 1000 + (c.text[1] - '0') * 100 + (c.text[2] - '0') * 10 + (c.text[3] - '0');
  const size_t last = c.text.size();
  if (last >= 4 && IsAsciiDigit(c.text[last - 1]) && IsAsciiDigit(c.text[last - 4])) {
    const int second = (c.text[last - 4] - '0') * 1000 + (c.text[last - 3] - '0') * 100 +
                       (c.text[last - 2] - '0') * 10 + (c.text[last - 1] - '0');
    if (second <= first || second - first > 100) return Verdict::Reject();
  }
  return AcceptDate(c, "year range");
}

// The reported span starts after the cue word the regex begins with ("in
// March" reports "March").
size_t AfterCueWord(std::string_view text) {
  size_t sp = text.find(' ');
  return sp == std::string_view::npos ? 0 : sp + 1;
}

// Month names written out, for date_after_temporal_word.
std::string FullMonthName() {
  return std::string(R"((?:january|february|march|april|may|june|july|august|september|october|november|)"
                     R"(december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|)"
                     R"(avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|)"
                     R"(abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|)"
                     R"(febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|)"
                     R"(maart|mei|augustus|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|)"
                     R"(novembro|dezembro)\b)");
}

// After date_after_temporal_word's cue word: a month name alone, a year, or
// a day and month.
std::string CuedDateTail() { return "(?:" + FullMonthName() + R"(|(?:19|20)\d{2}\b|[0-3]?\d[/.][0-3]?\d\b))"; }

// "in March", "since 2009", "seit Dezember", "on 11/02", "from 2/18".
Verdict ValidateCuedDate(const Candidate& c) {
  const size_t from = AfterCueWord(c.text);
  std::string_view rest = c.text.substr(from);
  if (rest.empty()) return Verdict::Reject();
  if (IsAsciiDigit(rest[0])) {
    // A number after the cue: a year, or a day and month.
    if (!c.after.empty() && (IsAsciiAlnum(c.after[0]) || c.after[0] == '%' || c.after[0] == '/' || c.after[0] == '-' ||
                             c.after.starts_with("–") ||
                             ((c.after[0] == '.' || c.after[0] == ':' || c.after[0] == ',') && c.after.size() > 1 &&
                              IsAsciiDigit(c.after[1])))) {
      return Verdict::Reject();
    }
    // "in 2000 ms", "from 1/2 of": a unit or a fraction's noun after it.
    static const std::vector<std::string> kUnits = {"ms", "s ", "sec", "kb", "mb", "gb", "px", "km", "kg", "m ",
                                                    "users", "people", "rows", "items", "of ", "cup", "inch", "x ",
                                                    "day", "hour", "week", "min", "year", "month"};
    std::string after = AsciiLower(c.after.substr(c.after.empty() || c.after[0] != ' ' ? 0 : 1));
    after += ' ';
    for (const std::string& u : kUnits) {
      if (after.starts_with(u)) return Verdict::Reject();
    }
    if (rest.find_first_of("/.") != std::string_view::npos) {
      // Day and month without a year: only after a word that names a day
      // ("on 11/02", "am 3.5."). After "in", "since", "from", "by" it is a
      // version or a fraction (from a review: "added in 3.11", "since 3.12",
      // "by 1/3", "from 3/4 to 1/2").
      static const std::vector<std::string> kDayCues = {"on", "am", "le", "el", "il", "op", "em", "w", "vom", "du",
                                                        "al", "au"};
      const std::string cue = AsciiLower(c.text.substr(0, from > 0 ? from - 1 : 0));
      if (std::find(kDayCues.begin(), kDayCues.end(), cue) == kDayCues.end()) return Verdict::Reject();
      // Day and month: one order must be a calendar day.
      int a = 0, b = 0;
      size_t i = 0;
      for (; i < rest.size() && IsAsciiDigit(rest[i]); ++i) a = a * 10 + (rest[i] - '0');
      for (++i; i < rest.size() && IsAsciiDigit(rest[i]); ++i) b = b * 10 + (rest[i] - '0');
      const bool dm = a >= 1 && a <= 31 && b >= 1 && b <= 12, md = b >= 1 && b <= 31 && a >= 1 && a <= 12;
      if (!dm && !md) return Verdict::Reject();
    }
  } else if (rest == "May" || rest == "may" || rest == "MAY") {
    // "in may be" no; "in May" yes.
    if (rest != "May") return Verdict::Reject();
  }
  Verdict v = AcceptDate(c, "date after a temporal word");
  v.sub_begin = from;
  return v;
}

}  // namespace

void AddDateExpressionRules(RuleList& out) {
  out.push_back({
      .id = "date_year_range",
      .entity_type = "DATE_TIME",
      .regex = R"(\b(?:19|20)\d{2} ?[\-–—] ?(?:(?:19|20)\d{2}\b|)" +
               Words({"present", "now", "today", "current", "heute", "aujourd['’]hui", "oggi", "hoy", "hoje",
                      "obecnie", "heden", "nu"}) +
               ")",
      .flags = matching::kCaseless,
      .score = kDateScore,
      .validate = ValidateYearRange,
  });
  out.push_back({
      .id = "date_after_temporal_word",
      .entity_type = "DATE_TIME",
      // A cue word, then a month name alone, a year, or a day and month.
      .regex = R"(\b(?:in|since|until|till|by|from|during|early|late|mid|seit|im|bis|ab|depuis|en|desde|hasta|)"
               R"(dal|nel|fino a|sinds|vanaf|tot|em|desde|od|do|w|on|le|el|il|am|op|vom|du|au|al) )" +
               CuedDateTail(),
      .flags = matching::kCaseless,
      // The start of what follows the cue word: the cue words
      // ("in", "on", "do", "w") are so frequent that the Vectorscan pass
      // spent more on this rule than on any other date rule.
      .prefilter = "(?: " + FullMonthName() + R"(| (?:19|20)\d\d| [0-3]?\d[/.]\d))",
      .score = kDateScore,
      .validate = ValidateCuedDate,
  });
  out.push_back({
      .id = "date_ordinal_day",
      .entity_type = "DATE_TIME",
      // "the 15th" alone, at a clause end: "Pay date is the 15th."
      .regex = R"(\bthe (?:[12]?\d|3[01])(?:st|nd|rd|th)\b)",
      .flags = matching::kCaseless,
      .score = kDateScore,
      .validate =
          [](const Candidate& c) {
            // "the 15th floor", "the 3rd time": a word after it is no date's.
            if (!c.after.empty() && c.after[0] != '.' && c.after[0] != ',' && c.after[0] != ';' &&
                c.after[0] != '!' && c.after[0] != '?' && c.after[0] != ')' && c.after[0] != '\n') {
              return Verdict::Reject();
            }
            if (c.after.size() > 1 && c.after[0] == '.' && IsAsciiDigit(c.after[1])) return Verdict::Reject();
            return AcceptDate(c, "ordinal day");
          },
  });
}

}  // namespace convoguard::recognizers::pii
