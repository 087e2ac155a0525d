// DATE_TIME: calendar dates in common numeric and month-name formats, and
// ISO 8601 timestamps, each with the weekday before it and the clock time
// after it when they are written (date_time_rules.cc splits them back).
// Year ranges and dates after a temporal word are in
// date_expression_rules.cc; clock times alone in date_time_rules.cc.
//
// Policy (as Presidio's DATE_TIME): every date is reported. Without a
// birth word a date scores kDateScore 0.6, over the default scan threshold
// 0.5; with one ("born", "DOB", "date of birth", ...) kBirthDateScore 0.85
// (date_internal.h). A timestamp with a time of day, or a date followed by a
// clock time, is a DATE_TIME too (a log line, a meeting) but never a date of
// birth: it stays at 0.6 whatever words are near. What is no date at all is
// rejected: version strings (dotted month-first "3.31.26", "version
// 2021.05.21"), pieces of longer tokens, reference numbers. Deciding what to
// act on is the policy's job: the gateway's default policy acts on DATE_TIME
// only from 0.8 (docs/config.md), so by default only dates of birth are
// pseudonymized.
#include <algorithm>
#include <string>
#include <vector>

#include "recognizers/pii/date_internal.h"
#include "recognizers/pii/pii_internal.h"

namespace convoguard::recognizers::pii {
namespace {

// The runs of ASCII digits in s, as numbers with their widths.
struct Field {
  int value;
  size_t width;
};

std::vector<Field> NumberFields(std::string_view s) {
  std::vector<Field> out;
  for (size_t i = 0; i < s.size();) {
    if (!IsAsciiDigit(s[i])) { ++i; continue; }
    Field f{0, 0};
    for (; i < s.size() && IsAsciiDigit(s[i]) && f.width < 9; ++i, ++f.width) f.value = f.value * 10 + (s[i] - '0');
    out.push_back(f);
  }
  return out;
}

bool YearOk(const Field& y) { return y.width == 2 || (y.width == 4 && y.value >= 1900 && y.value <= 2099); }
bool DayMonthOk(int day, int month) {
  static const int kDays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= kDays[month];
}

// True when a clock time follows: " 06:08", "T18:04". Nobody writes the
// time of day after a date of birth; logs and meetings write it.
bool FollowedByClockTime(std::string_view after) {
  size_t i = 0;
  if (i < after.size() && after[i] == ',') ++i;
  if (i < after.size() && (after[i] == ' ' || after[i] == 'T')) ++i;
  else return false;
  size_t digits = 0;
  while (i < after.size() && IsAsciiDigit(after[i]) && digits < 3) ++i, ++digits;
  return (digits == 1 || digits == 2) && i + 2 < after.size() && after[i] == ':' && IsAsciiDigit(after[i + 1]) &&
         IsAsciiDigit(after[i + 2]);
}

// True when s holds a dotted triple of numbers ("3.0.0"): a dotted "date"
// beside one is a version ("from 2.9.14 to 3.0.0").
bool HoldsDottedTriple(std::string_view s) {
  int groups = 0;
  bool in_digits = false;
  for (char ch : s) {
    if (IsAsciiDigit(ch)) {
      if (!in_digits) ++groups;
      in_digits = true;
    } else if (ch == '.' && in_digits && groups < 3) {
      in_digits = false;
    } else {
      if (groups >= 3 && in_digits) return true;
      groups = 0;
      in_digits = false;
    }
  }
  return groups >= 3 && in_digits;
}

bool LooksLikeVersionOrPart(const Candidate& c) {
  return GluedToNeighbours(c, "-/.:") || NamedAsReferenceNumber(c.before) ||
         PrecededByWord(c, {"version", "ver", "v", "release", "build", "order", "invoice", "ref", "no", "nr", "id",
                            "running", "upgrade", "upgraded", "update", "updated", "install", "installed",
                            "bump", "bumped", "downgrade", "patch", "firmware"});
}

bool NumericDateOk(std::string_view token) {
  const std::vector<Field> f = NumberFields(token);
  if (f.size() != 3) return false;
  const size_t sep1 = token.find_first_not_of("0123456789");
  if (f[0].width == 4) return YearOk(f[0]) && DayMonthOk(f[2].value, f[1].value);
  if (!YearOk(f[2])) return false;
  return DayMonthOk(f[0].value, f[1].value) || (token[sep1] != '.' && DayMonthOk(f[1].value, f[0].value));
}

// 2021-05-21, 21.5.2021, 5/20/2021, 05/21/21: day and month may come in
// either order, but one order must be a real calendar day. Month first is
// the American order, written with slashes or dashes; dotted dates are day
// first (21.05.1985), and "3.31.26" is a version, no date. A date followed
// by a clock time is a log line or an appointment: no birth boost.
Verdict ValidateNumericDate(const Candidate& c) {
  if (LooksLikeVersionOrPart(c)) return Verdict::Reject();
  const std::vector<Field> f = NumberFields(c.text);
  if (f.size() != 3) return Verdict::Reject();
  const size_t sep1 = c.text.find_first_not_of("0123456789");
  const size_t sep2 = c.text.find_last_not_of("0123456789");
  if (c.text[sep1] != c.text[sep2]) return Verdict::Reject();  // 5/20-2021
  if (c.text[sep1] == '.' && (HoldsDottedTriple(ClauseBefore(c.before)) || HoldsDottedTriple(ClauseAfter(c.after)))) {
    return Verdict::Reject();
  }
  if (!NumericDateOk(c.text)) return Verdict::Reject();
  // "9.8.22" is as often a version as a date: a dotted date with a two-digit
  // year needs a date word before it ("am 21.5.21", "DOB 3.4.85").
  if (c.text[sep1] == '.' && f[2].width == 2 && !FollowedByClockTime(c.after) &&
      !PrecededByWord(c, {"on", "am", "le", "el", "il", "op", "date", "dated", "datum", "fecha", "data", "vom", "du",
                          "del", "dal", "since", "seit", "from", "until", "bis", "dob", "born", "geb", "geboren",
                          "née", "né", "nato", "nata", "nacido", "nacida"})) {
    return Verdict::Reject();
  }
  return FollowedByClockTime(c.after) ? AcceptTime("calendar date") : AcceptDate(c, "calendar date");
}

// "May 1st, 1977", "5-May-2021", "21 May", "May-2021": every short number is
// a day (or a two-digit year) in 1..31, every long one a plausible year.
Verdict ValidateNamedDate(const Candidate& c) {
  if (LooksLikeVersionOrPart(c)) return Verdict::Reject();
  for (const Field& f : NumberFields(c.text)) {
    if (f.width <= 2 && (f.value < 1 || f.value > 31)) return Verdict::Reject();
    if (f.width == 4 && !YearOk(f)) return Verdict::Reject();
    if (f.width == 3 || f.width > 4) return Verdict::Reject();
  }
  return AcceptDate(c, "month name");
}

// 2024-03-15T14:30:00.123+02:00 and the same with a space instead of T. A
// date of birth with a time comes from a database dump, at midnight
// ("1985-04-12 00:00:00"); any other time of day is a log line or a meeting
// (no birth boost).
Verdict ValidateTimestamp(const Candidate& c) {
  if (!c.after.empty() && IsAsciiAlnum(c.after.front())) return Verdict::Reject();
  if (!c.before.empty() && IsAsciiAlnum(c.before.back())) return Verdict::Reject();
  const std::vector<Field> f = NumberFields(c.text);
  if (f.size() < 5 || !YearOk(f[0]) || !DayMonthOk(f[2].value, f[1].value)) return Verdict::Reject();
  if (f[3].value > 23 || f[4].value > 59 || (f.size() > 5 && f[5].width == 2 && f[5].value > 60)) {
    return Verdict::Reject();
  }
  const bool midnight = c.text.substr(11).find_first_of("123456789") == std::string_view::npos;
  if (!midnight) return AcceptTime("iso 8601 timestamp");
  return AcceptDate(c, "iso 8601 timestamp at midnight");
}

constexpr const char* kOrdinal = R"((?:st|nd|rd|th)?)";

const std::vector<std::string>& BirthWords() {
  static const std::vector<std::string> words = {
      "born", "birth", "dob", "d.o.b", "bday", "b-day", "date of birth", "geboren", "geburtsdatum", "geb.",
      "nacido", "nacida", "nacimiento", "née", "né le", "naissance", "nato il", "nata il", "nascita", "nascimento",
      "geboortedatum", "urodzon", "urodzenia", "fødselsdato", "född",
      // Birthday words: "Geburtstag", "cumpleaños", "verjaardag", ...
      "geburtstag", "cumpleaños", "compleanno", "verjaardag", "urodziny", "födelse", "fødselsdag", "født"};
  return words;
}

}  // namespace

bool NumericDatesOk(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (!IsAsciiDigit(text[i])) { ++i; continue; }
    // A run of digits and '-', '/' or '.' between digits.
    size_t j = i;
    while (j < text.size() && (IsAsciiDigit(text[j]) || ((text[j] == '-' || text[j] == '/' || text[j] == '.') &&
                                                         j + 1 < text.size() && IsAsciiDigit(text[j + 1])))) {
      ++j;
    }
    std::string_view token = text.substr(i, j - i);
    if (NumberFields(token).size() == 3 && !NumericDateOk(token)) return false;
    i = j;
  }
  return true;
}

Verdict AcceptDate(const Candidate& c, std::string reason) {
  std::string_view word = FindContextWord(c.before, c.after, BirthWords());
  if (word.empty()) return Verdict::Accept(std::move(reason), kDateScore);
  return Verdict::Accept(std::move(reason) + "; birth word '" + std::string(word) + "'", kBirthDateScore);
}

Verdict AcceptTime(std::string reason) { return Verdict::Accept(std::move(reason), kDateScore); }

// English month names and abbreviations, and the French, Spanish, Italian,
// German, Dutch, Portuguese, Polish, Danish, Romanian and Indonesian names
// that differ from them ("5 avril 1971", "14 marca 2007", "5 martie 2025").
// (Turkish and Czech months begin with stems such as "pro", "tem", "kas"
// that many words after a number begin with: the prefilter's cost.)
const char* const kMonthNames =
    R"((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|)"
    R"(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|)"
    R"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|)"
    R"(gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|)"
    R"(januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|)"
    R"(janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|)"
    R"(stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|)"
    R"(mrt|marts|desember|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|)"
    R"(maret|agustus|mart)\.?)";
const char* const kMonthStems =
    R"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fév|avr|mai|jui|aoû|déc|ene|abr|ago|dic|gen|mag|giu|lug|)"
    R"(set|ott|mär|okt|dez|maa|mei|fev|out|sty|lut|kwi|maj|cze|lip|sie|wrz|paź|lis|gru|)"
    R"(mrt|des|ian|iun|iul|noi))";

namespace {

// Bytes of the longest month name in kMonthNames (its alternatives, past
// the optional parts a "(?:" opens; an upper bound is enough for a lead).
size_t LongestMonthName() {
  size_t widest = 0, run = 0;
  for (const char* p = kMonthNames; *p != '\0'; ++p) {
    if (*p == '|' || *p == '(' || *p == ')') {
      run = 0;
      continue;
    }
    if (*p != '?' && *p != ':' && *p != '\\') widest = std::max(widest, ++run);
  }
  return widest + 4;  // "(?:uary)?" and the like add to a stem: a margin
}

// The date rules' validators, each behind ValidateJoined: the date between
// an optional weekday and an optional clock time (date_time_rules.cc).
Verdict JoinedNumericDate(const Candidate& c) { return ValidateJoined(c, false, ValidateNumericDate); }
Verdict JoinedDayMonthName(const Candidate& c) { return ValidateJoined(c, false, ValidateNamedDate); }
Verdict JoinedMonthNameDay(const Candidate& c) { return ValidateJoined(c, true, ValidateNamedDate); }

}  // namespace

void AddDateRules(RuleList& out) {
  const std::string month = kMonthNames, ordinal = kOrdinal;
  const std::string day = WeekdayPrefix(), time = TimeSuffix(false), marked_time = TimeSuffix(true);
  // Each numeric date's prefilter is the date alone (in the digit gate); the
  // regex adds the time after it. No weekday before it: a wider lead costs
  // every version and reference number the prefilter finds ("upgrade to
  // 7.3.17") an exact search over more starts, and weekdays are written
  // with month names.
  const std::string ymd = R"(\b(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2})\b)";
  const std::string dmy = R"(\d{1,2}[\-/.]\d{1,2}[\-/.]\d{2}(?:\d{2})?\b)";
  out.push_back({
      .id = "date_numeric_ymd",
      .entity_type = "DATE_TIME",
      .regex = ymd + time + "?",
      .flags = matching::kCaseless,
      .prefilter = ymd,
      // The prefilter's end comes before the time: the exact search starts
      // no further back than the date's width (Rule::lead).
      .lead = ymd,
      .score = kDateScore,
      .validate = JoinedNumericDate,
  });
  out.push_back({
      .id = "date_numeric_dmy",
      .entity_type = "DATE_TIME",
      .regex = dmy + time + "?",
      .flags = matching::kCaseless,
      .prefilter = dmy,
      .lead = dmy,
      .score = kDateScore,
      .validate = JoinedNumericDate,
  });
  out.push_back({
      .id = "date_day_month_name",
      .entity_type = "DATE_TIME",
      // "5th of May", "3. März" (German writes the day with a full stop);
      // "the 9th of December 1975" with its article; "20 de febrero de
      // 2025". A time right after the month is tried before a two-digit
      // year ("11 March 07:00").
      .regex = day + R"((?:\bthe \d{1,2}(?:st|nd|rd|th) of |\d{1,2}(?:st|nd|rd|th|\.|°)?(?: of| de)?[ \-]))" + month +
               "(?:" + marked_time + R"(|(?:(?:,?[ \-]| de )(?:\d{4}|\d{2}))?\b)" + time + "?)",
      .flags = matching::kCaseless,
      // A digit, then the month's first three letters (inside every match).
      .prefilter = R"(\d(?:st|nd|rd|th|\.|°)?(?: of| de)?[ \-])" + std::string(kMonthStems),
      // (Leads count only by their width: runs of letters stand in for the
      // weekdays and the month stems, cheap to analyse at start-up.)
      .lead = WeekdayPrefixLead() + R"((?:\bthe \d{1,2}(?:st|nd|rd|th) of |\d{1,2}(?:st|nd|rd|th|\.|°)?(?: of| de)?[ \-]))" +
              "[a-z]{1,4}",
      .score = kDateScore,
      .validate = JoinedDayMonthName,
  });
  out.push_back({
      .id = "date_month_name_day",
      .entity_type = "DATE_TIME",
      // (\b before the month: every name begins with an ASCII letter, and a
      // start inside a word then fails before the ~170 names are tried.)
      .regex = day + R"(\b)" + month + R"((?:[ \-]\d{1,2})" + ordinal + R"((?:,? \d{4})?|,?[ \-]\d{4})\b)" + time + "?",
      .flags = matching::kCaseless,
      // The month and its first digit: "may", "mar" and "dec" are frequent
      // words, and a month name is rarely followed by a digit.
      .prefilter = month + R"(,?[ \-]\d)",
      .lead = WeekdayPrefixLead() + "[a-z]{1," + std::to_string(LongestMonthName()) + R"(}\.?,?[ \-]\d)",
      .score = kDateScore,
      .validate = JoinedMonthNameDay,
  });
  out.push_back({
      .id = "timestamp_iso8601",
      .entity_type = "DATE_TIME",
      .regex = R"(\b(?:19|20)\d{2}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)"
               R"((?:Z|[+\-]\d{2}(?::?\d{2})?| [+\-]\d{4}\b| ?(?:UTC|GMT)\b| \(UTC\))?)",
      // The date and the hour (in the digit gate).
      .prefilter = R"(\b(?:19|20)\d{2}-\d{2}-\d{2}[T ]\d{2}:)",
      .lead = R"(\b(?:19|20)\d{2}-\d{2}-\d{2}[T ]\d{2}:)",
      .score = kDateScore,
      .validate = ValidateTimestamp,
  });
  AddDateExpressionRules(out);
  AddDateTimeRules(out);
}

}  // namespace convoguard::recognizers::pii
