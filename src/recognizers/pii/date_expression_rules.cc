// DATE_TIME beyond single calendar dates, as Presidio's DATE_TIME means it:
// clock times ("6:30pm", "18:30", "3 p.m.", "10h30", "9am-5pm"), weekdays
// ("next Tuesday", "Sunday evening", "Thu-Fri"), relative days ("tomorrow",
// "tonight", "demain", "morgen"), day ranges and lists ("Aug 9-11", "27 and
// 28 February"), year ranges ("2019-2022", "2021-present"), a month alone
// after a preposition ("in March"), a year after one ("since 2009"), a
// day and month without a year with a temporal cue ("on 11/02"), and a date
// joined to a time or a weekday, reported as ONE span as annotators mark it:
// "Tue 11 Feb, 2:15pm", "6:30pm on Friday", "tomorrow at 9am", "Tuesday,
// April 8, 2025 11:47 AM", "18/11/2024 at 13:00", "2025-01-07 03:22 UTC".
//
// Scores are date_internal.h's: 0.6, 0.85 with a birth word; an expression
// with a clock time is never a date of birth (0.6 whatever is near).
//
// Not dates (rejected here or never matched): durations ("3 hours", "for 2
// weeks": no rule reads a number before a unit of time), scores and ratios
// ("3:1", "16:9": minutes have two digits), versions ("v2.10.3": a time may
// not touch '.', ':' or a digit), prices ("23.40": a dotted time needs am/pm),
// times in code ("sleep 10"), "May I ask", "Theresa May", "march on" (a
// month alone needs a preposition before it and, for "may", a capital),
// "sat", "sun", "wed" as words (a weekday abbreviation needs a digit, a time
// or a temporal word beside it).
//
// Each rule's regex is the grammar PCRE2 extracts the span with; the
// Vectorscan pass sees only a prefilter of cue shapes (Rule::prefilter).
// Cost: PCRE2 runs only where a first word of the rule can start
// (WordStartFinder); the rules still make a sparse 1 MB scan about 1.8
// times as dear as before them (BENCHMARKS.md, "DATE_TIME (branch
// s6-date)", with what is left to do).
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

// Weekdays written out, in English, German, French, Spanish, Italian, Dutch,
// Portuguese and Polish (with the accusative "w środę", "w sobotę").
const std::string& FullWeekday() {
  static const std::string re =
      R"((?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|)"
      R"(sonnabend|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|)"
      R"(s[aá]bado|domingo|sabato|domenica|(?:maan|dins|woens|donder|vrij|zater|zon)dag|)"
      R"((?:segunda|ter[cç]a|quarta|quinta|sexta)-feira|wtorek|czwartek)\b|(?:lune|marte|mercole|giove|vener)d[iì]|)"
      R"(poniedzia[lł]ek|[sś]rod[aeę]|pi[aą]tek|sobot[aeę]|niedziel[aeę]))";
  return re;
}
// English abbreviations ("Tue", "Thurs."): words of their own ("sat",
// "sun", "wed", "mon"), so alone they need a temporal word before them.
const std::string& AbbrWeekday() {
  static const std::string re = "(?:" + Words({"mon", "tues?", "wed", "thu(?:rs?)?", "fri", "sat", "sun"}) + R"(\.?))";
  return re;
}
// Short forms of other languages ("seg., 10 de mar.", "Mi, 19.03.2025")
// and the Portuguese weekdays without "-feira": only before a full date.
const std::string& ShortWeekdayBeforeDate() {
  static const std::string re =
      "(?:" +
      Words({"mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mi[eé]",
             "jue", "vie", "s[aá]b", "dom", "gio", "seg", "ter", "qua", "qui", "sex", "ma", "wo", "vr", "za", "zo",
             "segunda", "ter[cç]a", "quarta", "quinta", "sexta"}) +
      R"(\.?))";
  return re;
}
// Parts of the day after a weekday or a relative day ("Sunday evening",
// "giovedì mattina", "Tuesday night").
const std::string& PartOfDay() {
  static const std::string re = Words({"morning", "afternoon", "evening", "night", "mattina", "pomeriggio", "sera",
                                       "abend", "vormittag", "nachmittag", "matin", "soir", "noche", "tarde",
                                       "avond", "ochtend", "middag", "noite", "rano", "wieczorem"});
  return re;
}
// Relative days. "morgen" (German and Dutch "tomorrow") must be written in
// lowercase: "Morgen" is German "morning" (checked by the validator); the
// French "hier" is German "here", so it is left out.
const std::string& RelativeWord() {
  static const std::string re = Words({"today", "tonight", "tonite", "tomorrow", "tmrw", "yesterday", "last night",
                     "heute", "gestern", "morgen", "übermorgen", "vorgestern", "aujourd['’]hui", "demain",
                     "après-demain", "ce soir", "ce matin", "hoy", "mañana", "ayer", "pasado mañana", "esta noche",
                     "esta tarde", "oggi", "domani", "ieri", "stasera", "stamattina", "dopodomani", "vandaag",
                     "gisteren", "vanavond", "vanmiddag", "vanochtend", "overmorgen", "hoje", "amanhã", "ontem",
                     "dzisiaj", "dziś", "jutro", "wczoraj", "pojutrze"});
  return re;
}
// A relative word, or "this evening", "next week", "last Tuesday".
const std::string& RelativeDay() {
  static const std::string re =
      "(?:" + RelativeWord() +
      R"(|(?:this|next|last|coming) (?:week(?:end)?\b|month\b|year\b|)" + PartOfDay() + "|" + FullWeekday() + "|" +
      AbbrWeekday() + "))";
  return re;
}

// Numbers with their ranges: a wrong number makes no match.
// Longest alternative first: a match may end after the number, and PCRE
// takes the first alternative that lets the whole expression match.
constexpr const char* kDay = R"((?:[12]\d|3[01]|0?[1-9]))";
// After a day: its ordinal suffix, or the end of the number.
constexpr const char* kOrd = R"((?:st|nd|rd|th|er|\b))";
constexpr const char* kHour24 = R"((?:2[0-3]|[01]?\d))";
constexpr const char* kHour12 = R"((?:1[0-2]|0?[1-9]))";
constexpr const char* kMinute = R"([0-5]\d)";
constexpr const char* kAmPm = R"((?:[ap]m\b|[ap]\.m\b\.?))";
constexpr const char* kYear = R"((?:19|20)\d{2})";

const std::string& TimeZone() {
  static const std::string re = Words({"utc", "gmt", "cet", "cest", "bst", "est", "edt", "cst", "cdt", "mst", "mdt",
                                       "pst", "pdt", "gst", "jst", "sgt", "aest", "aedt", "z"});
  return re;
}

// A clock time that stands on its own: "10 Uhr", "11 baje", "18:30",
// "6:30pm", "6.30 pm", "3 p.m.", "10h30", each with an optional zone.
std::string Clock() {
  const std::string h24 = kHour24, h12 = kHour12, mm = kMinute, ampm = kAmPm;
  const std::string uhr = h24 + "(?::" + mm + R"()? ?(?:uhr|baje)\b)";
  const std::string colon = h24 + ":" + mm + "(?::" + mm + R"((?:[.,]\d{1,6})?)?(?: ?)" + ampm + ")?";
  const std::string dotted = h12 + R"((?:\.)" + mm + ")? ?" + ampm;
  const std::string french = h24 + "h" + mm + R"(\b)";
  return "(?:(?:" + uhr + "|" + colon + "|" + dotted + "|" + french + ")(?: ?" + TimeZone() + ")?)";
}
// A time after a connector word or a range's dash: also an hour alone
// ("at 10", "às 15h", "8 und 12 Uhr"), or dotted ("um 18.30").
std::string LooseTime() {
  return std::string(kHour24) + "(?:[:.h]" + kMinute + R"()?(?: ?)" + kAmPm + R"(|h\b| ?uhr\b| ?baje\b|\b)(?: ?)" +
         TimeZone() + ")?";
}
// A time or a time range: "9am-5pm", "3:30-4:30pm", "10:00 to 11:30".
std::string TimeRange(const std::string& first) {
  return "(?:" + first + R"((?:(?: ?[\-–—] ?| (?:to|until|till|bis|à|às|as|al|do) ))" + LooseTime() + ")?)";
}
// "between 9 and 12", "zwischen 8 und 12 Uhr", "das 8h às 12h".
std::string BetweenTimes() {
  return Words({"between", "zwischen", "entre", "tussen", "das", "von", "from", "dalle"}) + " " + LooseTime() +
         R"( (?:and|und|y|e|et|en|às|as|a|à|alle|to|bis|-|–) )" + LooseTime();
}
// Between a date and its time: words (", at ", " at around ", " um ", " a
// las "), then any time; or only a space, a comma, "~" or "@", then a clock
// time or "between ...".
// With `loose` false (after a day and month alone, which holds no cue of
// the prefilter) the time must be a clock time's shape, which holds one.
std::string JoinedTime(bool loose) {
  const std::string word = R"((?:at|around|approx\.?|about|by|um|gegen|ab|à|às|as|vers|a|las|sobre|alle|ore|om|)"
                           R"(rond|o|godz\.?|kl\.?|ca\.?|from))";
  if (!loose) return "(?:,? (?:" + word + " ){0,2}|,? ?[~@] ?)" + TimeRange(Clock());
  return "(?:,? (?:" + word + " ){1,2}" + TimeRange(LooseTime()) + "|(?:,? |,? ?[~@] ?)(?:" + TimeRange(Clock()) +
         "|" + BetweenTimes() + "))";
}

// A whole month name (kMonthNames ends in "\\.?": the name must end at a
// word's end). As a cue, a stem ("out", "set", "mar") would fire on
// "output 3", "settings 2", "market 5".
std::string MonthWord() {
  std::string month = kMonthNames;
  month.insert(month.size() - 3, R"(\b)");
  return month;
}

// The grammar of a date-and-time expression: [time (on)] date-part [range]
// [time] [relative day], or a day and month with a time, or a time alone
// with an optional relative day.
std::string ExpressionRegex() {
  const std::string month = MonthWord();
  const std::string day = kDay, ord = kOrd, year = kYear;
  const std::string wd = "(?:" + FullWeekday() + "|" + AbbrWeekday() + ")";
  const std::string wds = wd + R"((?: ?[\-–] ?)" + wd + ")?";  // "Thu-Fri"
  // Day lists and ranges before a month: "27 and 28 February", "9-11 Aug",
  // "2, 5, 9, 13, 20, 26 Feb", "12. Januar", "11 de febrero de 2025"; a
  // month first: "Aug 9-11", "January 28, 2025", "September 2021".
  const std::string day_list = "(?:(?:the " + day + "(?:st|nd|rd|th)|" + day + ord + ")" +
                               "\\.?(?:(?:, ?| ?[\\-–—] ?| (?:to|and|&|und|et|y|e|en|i|bis|au) )" + day + ord +
                               "\\.?){0,8})";
  const std::string named = "(?:" + day_list + "(?: of| de)? " + month + "(?:,? (?:de )?" + year +
                            R"(\b| del \d{2}\b|,? '\d{2}\b)?|)" + month + "(?: " + day + ord + R"((?: ?[\-–—] ?)" + day + ord +
                            ")?(?:,? " + year + ")?|,? " + year + "))";
  const std::string numeric = R"((?:(?:19|20)\d{2}-[01]?\d-[0-3]?\d|(?:19|20)\d{2}/[01]?\d/[0-3]?\d|)"
                              R"([0-3]?\d[\-/.][0-3]?\d[\-/.](?:(?:19|20)\d{2}|\d{2})))";
  const std::string date = "(?:" + named + "|" + numeric + ")";
  // Day and month without a year ("21/03", "19.03.", "4/8"): after a weekday
  // or before a time only.
  const std::string day_month = R"((?:[0-3]?\d[/.][01]?\d\.?))";
  const std::string part = "(?: " + PartOfDay() + ")?";
  const std::string relative = RelativeDay();
  // A weekday or a relative day joins only with a clock time here ("Thursday
  // 3:30pm", "tomorrow at 9am"), which holds a cue of the prefilter: alone,
  // with a day number or with an hour alone they are
  // date_weekday_or_relative_day's. A match without a cue inside it could be
  // found from a cue after it, too late for a stream (stream == whole text).
  const std::string date_part = "(?:(?:(?:" + wds + "|" + ShortWeekdayBeforeDate() + "),? (?:the )?)?" + date +
                                "|(?:" + wds + "(?:,? (?:the )?(?:" + day_month + "|" + day + ord + "))?|" +
                                relative + ")" + part + JoinedTime(false) + ")";
  // "Oct 2 to Oct 5", "2024-02-11 - 2024-02-15".
  const std::string range = R"((?:(?: ?[\-–] ?| (?:to|bis|au|al) ))" + date + ")?";
  // A time first: "6:30pm on Friday", "8:20am on 4 March 2025".
  const std::string time_first = "(?:" + TimeRange(Clock()) + ",? (?:on |am |le |el |il |op )?)?";
  return R"(\b(?:)" + time_first + date_part + range + "(?:" + JoinedTime(true) + ")?(?: " + RelativeWord() + ")?|" +
         day_month + JoinedTime(false) + "|" + TimeRange(Clock()) + "(?:,? (?:on |am |le |el |il |op )?(?:" + wds + "|" +
         relative + ")" + part + ")?)";
}

// Every match that holds a date or a time holds one of these: a clock
// time's shape, a month name beside a digit, or a numeric date's shape. A
// weekday or a relative day alone (with a part of the day) is
// WeekdayOrRelativeRegex()'s, a rule of its own: as cues here, the frequent
// "today", "this week" would each cost an exact search of the whole grammar
// (measured: 7 times the instructions of a 1 MB scan).
constexpr int kExpressionLead = 128;

std::string ExpressionPrefilter() {
  return std::string(R"((?:\d:[0-5]\d|\d ?[ap]\.?m|\dh|\d ?(?:uhr|baje)|\d[\-/.]\d{1,2}[\-/.]\d|)") +
         R"(\d(?:st|nd|rd|th|er|\.)?,? (?:of |de )?)" + MonthWord() + "|" + MonthWord() + R"(,? ?\d)" + ")";
}

// A weekday (or a range of two) with a day or a day and month, or a
// relative day, with a part of the day: "next Tuesday", "Sunday evening",
// "Thu–Fri", "Monday 20th", "Tue 4/8", "tomorrow", "demain".
std::string WeekdayOrRelativeRegex() {
  const std::string wd = "(?:" + FullWeekday() + "|" + AbbrWeekday() + ")";
  const std::string day = R"((?:[0-3]?\d[/.][01]?\d\.?|)" + std::string(kDay) + kOrd + ")";
  // An hour alone after a word holds no cue of the grammar's prefilter:
  // "Thursday at 10", "morgen um 9".
  const std::string hour = R"((?: (?:at|um|à|às|alle|om|o) )" + std::string(kHour24) + R"((?:h\b|\b))?)";
  return R"(\b(?:)" + wd + R"((?: ?[\-–] ?)" + wd + ")?(?:,? (?:the )?" + day + ")?|" + RelativeDay() + ")(?: " +
         PartOfDay() + ")?" + hour + "(?: " + RelativeWord() + ")?";
}

std::string WeekdayOrRelativeLead() {
  return R"(\b(?:)" + FullWeekday() + "|" + AbbrWeekday() + "|" + RelativeDay() + ")";
}

// Where a match may start in a rule whose regex begins with \b and then a
// word or a digit (matching::StartFinder): at a word start whose first three
// letters (ASCII, any case) are in `three`, or whose word of one or two
// letters is in `short_words`; at a digit after a non-word byte when
// `digits`; and, not to miss a word with an accented letter, at a word
// whose first three bytes hold a non-ASCII byte and at any non-ASCII
// character after an ASCII word character (\b is ASCII: "übermorgen"
// could start there). Everywhere else \b fails or no first word of the
// rule begins. The tables are checked against the rule's regex, prefix by
// prefix, with PCRE2's partial matching (pii_rules_test.cc,
// "StartFinders"): a prefix they leave out can begin no match.
class WordStartFinder {
 public:
  // `three` and `short_words`: lowercase words separated by spaces.
  WordStartFinder(std::string_view three, std::string_view short_words, bool digits) : digits_(digits) {
    Add(three, three_);
    Add(short_words, short_);
  }

  size_t Next(std::string_view s, size_t from, size_t to) const {
    const size_t n = s.size();
    for (size_t p = from; p <= to && p < n;) {
      const auto c = static_cast<unsigned char>(s[p]);
      const bool after_word = p > 0 && IsWordByte(s[p - 1]);
      if (c >= 0x80) {
        if (c >= 0xC0 && after_word) return p;
        ++p;
        continue;
      }
      if (!IsWordByte(s[p])) {
        ++p;
        continue;
      }
      if (!after_word) {
        if (IsAsciiDigit(s[p])) {
          if (digits_) return p;
        } else if (s[p] != '_') {
          size_t k = 0;
          while (k < 3 && p + k < n && IsAsciiLetter(s[p + k])) ++k;
          if (k < 3 && p + k < n && static_cast<unsigned char>(s[p + k]) >= 0x80) return p;
          if (k == 3 ? three_[Key(s.substr(p, 3))] : short_[Key(s.substr(p, k))]) return p;
        }
      }
      // Inside an ASCII word \b fails: go on after it.
      while (p < n && IsWordByte(s[p])) ++p;
    }
    return std::string_view::npos;
  }

 private:
  static void Add(std::string_view words, std::bitset<27 * 27 * 27>& to) {
    while (!words.empty()) {
      const size_t sp = std::min(words.find(' '), words.size());
      if (sp > 0) to.set(Key(words.substr(0, sp)));
      words.remove_prefix(std::min(sp + 1, words.size()));
    }
  }
  static bool IsWordByte(char c) { return IsAsciiAlnum(c) || c == '_'; }
  static bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
  // Lowercase ASCII letters, one to three, as a number: "a" 1, "z" 26,
  // "aa" 28, ...
  static size_t Key(std::string_view w) {
    size_t key = 0;
    for (char ch : w) key = key * 27 + static_cast<size_t>((ch | 0x20) - 'a' + 1);
    return key;
  }
  std::bitset<27 * 27 * 27> three_, short_;
  bool digits_;
};

matching::StartFinder StartsOf(std::shared_ptr<const WordStartFinder> finder) {
  return [finder](std::string_view s, size_t from, size_t to) { return finder->Next(s, from, to); };
}

bool StartsWithDigitOrTime(std::string_view s) {
  for (char ch : s) {
    if (IsAsciiDigit(ch)) return true;
  }
  return false;
}

// Words after which a weekday abbreviation alone is a day: "on sat", "next
// wed", "by Fri".
bool TemporalWordBefore(const Candidate& c) {
  return PrecededByWord(c, {"on", "this", "next", "last", "every", "by", "until", "till", "from", "since",
                            "before", "after", "coming", "due"});
}

// True when s (lowercase) holds a time of day: "18:30" (not midnight),
// "3pm", "3 p.m.", "10h30", "10 uhr".
bool HoldsClockTime(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (!IsAsciiDigit(s[i])) continue;
    size_t j = i + 1;
    if (s[j] == ':' && s.substr(i, 5) != "0:00:" && !(i > 0 && s.substr(i - 1, 5) == "00:00")) return true;
    if (s[j] == 'h' && j + 1 < s.size() && IsAsciiDigit(s[j + 1])) return true;
    if (s[j] == ' ') ++j;
    if (j < s.size() && (s[j] == 'a' || s[j] == 'p') && j + 1 < s.size() && (s[j + 1] == 'm' || s[j + 1] == '.')) {
      return true;
    }
    if (s.substr(j, 3) == "uhr") return true;
  }
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

Verdict ValidateExpression(const Candidate& c) {
  // A piece of a longer token: "v2.10.3", "12:34:56:78", "3.31.26",
  // "build 18:30".
  if (GluedToNeighbours(c, "-/.:") || NamedAsReferenceNumber(c.before) ||
      PrecededByWord(c, {"version", "ver", "v", "release", "build", "sleep", "timeout", "wait", "ratio", "score",
                         "scored", "won", "lost", "beat", "aspect", "verse", "chapter", "page", "pages", "pp",
                         "room", "gate", "platform", "flight", "order", "invoice", "ref", "no", "nr", "id"})) {
    return Verdict::Reject();
  }
  Verdict v;
  const std::string lower = Lower(c.text);
  const bool has_digit = StartsWithDigitOrTime(c.text);
  if (!has_digit) {
    // A bare abbreviation needs a temporal word before it: "on sat".
    static const std::array<std::string_view, 12> kAbbr = {"mon", "tue", "tues", "wed", "thu", "thur",
                                                           "thurs", "fri", "sat", "sun", "mon.", "sun."};
    for (std::string_view a : kAbbr) {
      if (lower == a || lower == std::string(a) + ".") {
        if (!TemporalWordBefore(c)) return Verdict::Reject();
      }
    }
    // "Morgen" with a capital is German "morning"; "guten morgen" too.
    if (c.text == "Morgen" || PrecededByWord(c, {"guten", "good", "goede"})) return Verdict::Reject();
  }
  if (!NumericDatesOk(c.text)) return Verdict::Reject();
  // A numeric date alone is date_rules.cc's (with its version checks).
  if (c.text.find_first_not_of("0123456789-/.") == std::string_view::npos) return Verdict::Reject();
  // A clock time is no date of birth (midnight is a database's date).
  if (HoldsClockTime(lower)) {
    v = AcceptTime("date or time expression");
  } else {
    v = AcceptDate(c, "date or time expression");
  }
  // A full stop after a word of five letters or more ends the sentence
  // ("on 4 March."); after "Feb." or "a.m." it is the abbreviation's.
  // Before a line break, the end of the text or a capital it ends the
  // sentence too ("until 31 Jan. Then").
  if (c.text.size() > 5 && c.text.back() == '.') {
    size_t letters = 0;
    for (size_t i = c.text.size() - 1; i > 0 && IsAsciiAlnum(c.text[i - 1]) && !IsAsciiDigit(c.text[i - 1]); --i) {
      ++letters;
    }
    const bool sentence_end = c.after.empty() || c.after[0] == '\n' ||
                              (c.after.size() > 1 && c.after[0] == ' ' && c.after[1] >= 'A' && c.after[1] <= 'Z');
    if (letters >= 5 || (letters > 0 && sentence_end)) v.sub_end = c.text.size() - 1;
  }
  // A lowercase weekday abbreviation after a time is another word: "19h30,
  // mon ami".
  if (size_t sp = c.text.find_last_of(" ,"); sp != std::string_view::npos && sp + 1 < c.text.size()) {
    std::string_view last = c.text.substr(sp + 1);
    if (last == "mon" || last == "sat" || last == "sun" || last == "wed") {
      size_t end = sp;
      while (end > 0 && (c.text[end - 1] == ' ' || c.text[end - 1] == ',')) --end;
      v.sub_end = end;
    }
  }
  return v;
}

// A weekday or a relative day (date_weekday_or_relative_day): never a date
// of birth, so no birth word is looked for; the checks are the cheap ones,
// as this rule's candidates are frequent ("today", "this week").
Verdict ValidateWeekdayOrRelativeDay(const Candidate& c) {
  if (!c.before.empty() && IsAsciiAlnum(c.before.back())) return Verdict::Reject();
  if (!c.after.empty() && (IsAsciiAlnum(c.after[0]) || ((c.after[0] == ':' || c.after[0] == '.' || c.after[0] == '/') &&
                                                        c.after.size() > 1 && IsAsciiDigit(c.after[1])))) {
    return Verdict::Reject();
  }
  if (c.text.size() <= 5) {
    const std::string lower = Lower(c.text);
    static const std::array<std::string_view, 10> kAbbr = {"mon", "tue", "tues", "wed", "thu",
                                                           "thur", "thurs", "fri", "sat", "sun"};
    std::string_view word = lower;
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    for (std::string_view a : kAbbr) {
      if (word == a && !TemporalWordBefore(c)) return Verdict::Reject();
    }
  }
  // "Morgen" with a capital is German "morning"; "guten morgen" too.
  if (c.text.starts_with("Morgen") || PrecededByWord(c, {"guten", "good", "goede"})) return Verdict::Reject();
  return AcceptTime("weekday or relative day");
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
                                                    "users", "people", "rows", "items", "of ", "cup", "inch", "x "};
    std::string after = Lower(c.after.substr(c.after.empty() || c.after[0] != ' ' ? 0 : 1));
    after += ' ';
    for (const std::string& u : kUnits) {
      if (after.starts_with(u)) return Verdict::Reject();
    }
    if (rest.find_first_of("/.") != std::string_view::npos) {
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
      .id = "date_time_expression",
      .entity_type = "DATE_TIME",
      .regex = ExpressionRegex(),
      .flags = matching::kCaseless,
      .prefilter = ExpressionPrefilter(),
      // Every match has a cue end within kExpressionLead bytes of its start
      // (the longest way to its first cue is a short weekday and a list of
      // nine days before the month: "sáb., 2, 5, 9, 13, 20, 26 Feb"), so
      // the exact search starts that far before a cue, not the rule's
      // whole width (about 1,500 bytes): the cost of the rule is this.
      .lead = "[^\\n]{1," + std::to_string(kExpressionLead) + "}",
      // The first words of weekdays, relative days, months, "the 3rd";
      // and digits.
      .start_finder = StartsOf(std::make_shared<const WordStartFinder>(
          "abr ago ama apr aug auj avr aye com cze czw dec dem dez dic die dim din dom don dop dzi ene est feb fev "
          "fre fri gen ges gio gis giu gru heu hoj hoy ier jan jeu jue jui jul jun jut kwi las lip lis lug lun lut "
          "maa mag mai maj mar may mei mer mie mit mon mor nex nie nov oct ogg okt ont ott out ove pas pia poj pon "
          "qua qui sab sam sat seg sep set sex sie sob son sro sta sty sun ter the thi thu tmr tod tom ton tue van "
          "ven vie vor vri wcz wed woe wrz wto yes zat zon",
          "ce di do fr ma mi mo sa so vr wo za zo", true)),
      .score = kDateScore,
      .validate = ValidateExpression,
  });
  out.push_back({
      .id = "date_weekday_or_relative_day",
      .entity_type = "DATE_TIME",
      .regex = WeekdayOrRelativeRegex(),
      .flags = matching::kCaseless,
      // Its first word, which starts every match: the exact search starts
      // at most that word's width before it.
      .prefilter = WeekdayOrRelativeLead(),
      .lead = WeekdayOrRelativeLead(),
      // The first words of weekdays and relative days.
      .start_finder = StartsOf(std::make_shared<const WordStartFinder>(
          "ama apr auj aye com czw dem die dim din dom don dop dzi est fre fri ges gio gis heu hoj hoy ier jeu jue "
          "jut las lun maa mar mer mie mit mon mor nex nie ogg ont ove pas pia poj pon qua qui sab sam sat seg sex "
          "sob son sro sta sun ter thi thu tmr tod tom ton tue van ven vie vor vri wcz wed woe wto yes zat zon",
          "ce", false)),
      .score = kDateScore,
      .validate = ValidateWeekdayOrRelativeDay,
  });
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
