// DATE_TIME: a date joined to its weekday and its clock time as one span
// ("Tue, 4 Mar 2025 at 09:12", "3/8/25, 9:41 PM", "lundi 3 mars à 10h"),
// clock times ("14:30", "3pm", "16 Uhr", "Thu 13:45") and weekdays named
// alone ("by Friday").
//
// Cost: every rule here but date_weekday (14 literals) is anchored on a
// digit, so the Vectorscan pass runs them only in the digit gate's windows
// (matching/digit_gate.h). The joined forms are no rules of their own: the
// date rules of date_rules.cc take an optional weekday before and an
// optional time after in their exact regex (their prefilters, which decide
// the pass's cost, are unchanged; leads bound the exact search), and
// ValidateJoined splits a match back into weekday, date and time, runs the
// date's own validator on the date, and keeps the weekday and the time only
// when they are sound (else the span shrinks to the date). Word lists in a
// regex are one alternation behind a single \b, grouped by first letter
// (WordGroup): cheap at every start an exact search tries, and a stream's
// pending matches end with the word. Few \b elsewhere: each multiplies what
// Vectorscan's hs_expression_info does at start-up.
//
// Scores (date_internal.h): a date with a time of day is no date of birth
// (kDateScore whatever words are near); a time alone and a weekday alone are
// weak forms, kTimeScore, reported at the default scan threshold but under
// the gateway's DATE_TIME threshold 0.8.
//
// Not times (rejected): chapter and verse ("John 3:16"), counts, scores,
// durations and positions ("Tests: 10:10 passed", "took 10:30 to run",
// "line 12:30 col 5", "for 3h"), a bare time without a cue or a word of the
// time of day ("23:59:59"), ratios with one-digit parts ("16:9" is never
// matched), versions and pieces of longer tokens ("1.12:30", "v10:30").
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "recognizers/pii/date_internal.h"
#include "recognizers/pii/pii_internal.h"

namespace convoguard::recognizers::pii {
namespace {

bool IsLetterByte(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || static_cast<unsigned char>(ch) >= 0x80;
}
char Lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != lower[i]) return false;
  }
  return true;
}
bool StartsWithLower(std::string_view s, std::string_view lower) {
  return s.size() >= lower.size() && EqualsLower(s.substr(0, lower.size()), lower);
}

// Any word, as the regexes see a connector word between a weekday and a
// time ("Sunday 9th around 2pm"); the validator tells connectors apart.
// (ASCII letters and the few connectors with others: a class of every
// Latin letter is ~30 UTF-8 sequences, and Vectorscan's analysis of the
// regex at start-up grows with it.)
constexpr const char* kWord = R"((?:[a-z]{1,13}|à|às|dès|lúc))";

// `words` (lowercase) as one regex group that is cheap at every start an
// exact search tries and for a stream's pending matches: the words that
// begin with an ASCII letter behind one \b, grouped by that letter (a
// start inside a word fails at once; a word start tries one group), then
// the few that begin with another letter. Callers follow the group with a
// full stop, a comma or a space, which closes the word.
std::string WordGroup(std::vector<std::string_view> words) {
  std::sort(words.begin(), words.end(), [](std::string_view a, std::string_view b) {
    return a[0] != b[0] ? a[0] < b[0] : a.size() > b.size();  // longest first within a letter
  });
  auto escaped = [](std::string_view w) {
    std::string out;
    for (char ch : w) {
      if (ch == '.' || ch == '-') out += '\\';
      out += ch;
    }
    return out;
  };
  std::string ascii, other;
  for (size_t i = 0; i < words.size();) {
    const char first = words[i][0];
    size_t j = i;
    while (j < words.size() && words[j][0] == first) ++j;
    if (first >= 'a' && first <= 'z') {
      if (!ascii.empty()) ascii += '|';
      ascii += first;
      ascii += "(?:";
      for (size_t k = i; k < j; ++k) ascii += (k > i ? "|" : "") + escaped(words[k].substr(1));
      ascii += ')';
    } else {
      for (size_t k = i; k < j; ++k) other += (other.empty() ? "" : "|") + escaped(words[k]);
    }
    i = j;
  }
  return R"((?:\b(?:)" + ascii + ")" + (other.empty() ? "" : "|" + other) + ")";
}

// Relative days that may stand before a clock time ("today 11:40").
const std::vector<std::string_view>& RelativeDayWords() {
  static const std::vector<std::string_view> words = {
      "today", "tonight", "tomorrow", "tmrw", "tmr", "yesterday", "heute", "morgen", "gestern", "demain", "hier",
      "aujourd'hui", "hoy", "mañana", "ayer", "domani", "oggi", "ieri", "stasera", "hoje", "amanhã", "ontem",
      "vandaag", "gisteren", "vanavond", "jutro", "dziś", "dzisiaj", "wczoraj", "zítra", "dnes", "včera", "yarın",
      "bugün", "dün", "besok", "kemarin", "mâine", "azi", "idag", "imorgon", "igår"};
  return words;
}

bool IsRelativeDay(std::string_view w) {
  for (std::string_view d : RelativeDayWords()) {
    if (EqualsLower(w, d)) return true;
  }
  return false;
}

// Words that join a date to its time, or stand before a time: "at", "um",
// "à", "a las", "kl.", "around", ... (lowercase; TimeConnectors() writes them
// as a regex).
const std::vector<std::string_view>& ConnectorWords() {
  static const std::vector<std::string_view> words = {
      "at", "@", "à", "a las", "às", "as", "alle", "um", "om", "o", "kl.", "kl", "v", "ve", "ca.", "ca", "approx.",
      "approx", "approximately", "around", "about", "from", "by", "after", "before", "until", "till", "~", "ab",
      "bis", "vers", "dès", "desde", "hasta", "a partir das", "dalle", "fino alle", "vanaf", "tot", "od", "do",
      "kello", "klo", "saat", "pukul", "jam", "lúc", "noin", "gegen", "at around", "at about", "at approx.",
      "at approximately", "from around", "sobre las", "a eso de", "verso le", "intorno alle", "omstreeks", "la",
      "a la", "alle ore", "ore"};
  return words;
}

// The connector words as a regex group, longest first so that the
// alternation prefers "approximately" to "approx". It always follows a
// separator and comes before spaces and a digit, which bound the word.
std::string ConnectorGroup() {
  std::vector<std::string_view> words = ConnectorWords();
  std::sort(words.begin(), words.end(), [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += '|';
    for (char ch : words[i]) {
      if (ch == '.') out += R"(\.)";
      else out += ch;
    }
  }
  return out + ")";
}

// Weekday names and their abbreviations in the languages of kMonthNames and
// a few more (Scandinavian, Czech, Romanian, Turkish, Indonesian). Lowercase.
const std::vector<std::string_view>& WeekdayWords() {
  static const std::vector<std::string_view> words = {
      // English
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
      "thu", "thur", "thurs", "fri", "sat", "sun",
      // French
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mar", "mer", "jeu", "ven",
      "sam", "dim",
      // Spanish
      "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "mié", "jue", "vie", "sáb", "dom",
      // Italian
      "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "gio", "sab",
      // German
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mo", "di", "mi", "do", "fr",
      "sa", "so",
      // Dutch
      "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "ma", "wo", "vr", "za", "zo",
      // Portuguese
      "segunda", "terça", "quarta", "quinta", "sexta", "segunda-feira", "terça-feira", "quarta-feira",
      "quinta-feira", "sexta-feira", "seg", "ter", "qua", "qui", "sex",
      // Polish
      "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "pon", "wt", "śr", "czw", "pt",
      "sob", "niedz", "ndz",
      // Danish, Norwegian, Swedish
      "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tisdag", "lördag",
      "söndag", "man", "tir", "tis", "ons", "tor", "fre", "lør", "lör", "søn", "sön",
      // Czech
      "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle", "po", "út", "st", "čt", "pá", "ne",
      // Romanian
      "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică",
      // Turkish
      "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "pzt", "çar", "per", "cmt",
      // Indonesian
      "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"};
  return words;
}

bool IsWeekdayWord(std::string_view w) {
  for (std::string_view d : WeekdayWords()) {
    if (EqualsLower(w, d)) return true;
  }
  return false;
}

// A clock time as the regexes write it: an hour, then minutes (and seconds)
// after ':' or '.', or 'h' ("14h30"), then a meridiem, "Uhr" or "o'clock";
// a range's second time ("9:40–11:15", "4–7pm"); a year (ctime: "17:42:03
// 2025"); a time zone.
// (Few \b here: each one multiplies what Vectorscan's analysis of the
// regex does at start-up; what a word glued to a time would mean, the
// validators reject, and PCRE finds the same times.)
constexpr const char* kMeridiem = R"((?:[ap]m\b|[ap]\.m\.?|uhr|o'clock|noon|midnight))";
// The hour with its minutes (and seconds), 'h' or meridiem. kAny: all
// optional (after a date and a connector, "at 9"); kMarked: one of them
// required; kStrict: minutes after '.' only with a meridiem ("9.30pm";
// "6.40" alone is a decimal).
enum class TimeMark { kAny, kMarked, kStrict };
std::string TimeHead(TimeMark mark) {
  const std::string mer = kMeridiem;
  const std::string hour = R"((?:2[0-3]|[01]?\d))";
  const std::string minutes = R"((?:[:.][0-5]\d(?::[0-5]\d(?:[.,]\d{1,6})?)?|h(?:[0-5]\d|\b)))";
  // "4–7pm": a range whose second time has the meridiem.
  const std::string range = R"( ?[\-–] ?)" + hour + R"((?:[:.][0-5]\d)? ?)" + mer;
  switch (mark) {
    case TimeMark::kAny: return hour + minutes + "?(?: ?" + mer + ")?";
    case TimeMark::kMarked: return hour + "(?:" + minutes + "(?: ?" + mer + ")?| ?" + mer + "|" + range + ")";
    case TimeMark::kStrict: break;
  }
  return hour + R"((?::[0-5]\d(?::[0-5]\d(?:[.,]\d{1,6})?)?(?: ?)" + mer + R"()?|\.[0-5]\d ?)" + mer +
         R"(|h(?:[0-5]\d|\b)| ?)" + mer + "|" + range + ")";
}
// After the hour: a range's second time, a year (ctime), a time zone.
std::string TimeTail() {
  const std::string mer = kMeridiem;
  return R"((?: ?[\-–] ?(?:2[0-3]|[01]?\d)(?:[:.][0-5]\d)?\b(?: ?)" + mer + R"()?)?)" +
         R"((?: (?:19|20)\d\d)?)" +
         R"((?:z\b| ?[+\-][01]\d:?[0-5]\d\b| ?\(?(?:utc|gmt|cet|cest|eet|eest|wet|west|est|edt|cst|cdt|mst|mdt|)"
         R"(pst|pdt|pt|et|ct|bst|ist|jst|aest)\b\)?)?)";
}

// The parts of a clock time at the start of `t` (TimeHead's shape).
struct ClockTime {
  bool ok = false;      // an hour (and minutes) in range
  bool marked = false;  // minutes after ':', 'h', a meridiem, "Uhr": a time whatever is near
  bool dotted = false;  // "6.40": minutes after '.' only
  bool bare_h = false;  // "3h": an hour and 'h' only (also a duration)
  bool meridiem = false;  // "pm", "Uhr", "o'clock", "noon" after it
  size_t end = 0;       // bytes of t it takes
};

// Two digits of minutes or seconds at t[k] (00-59), not followed by a third.
bool TwoDigits(std::string_view t, size_t k) {
  return k + 1 < t.size() && IsAsciiDigit(t[k]) && IsAsciiDigit(t[k + 1]) && t[k] <= '5' &&
         !(k + 2 < t.size() && IsAsciiDigit(t[k + 2]));
}

ClockTime ParseClockTime(std::string_view t) {
  ClockTime out;
  size_t i = 0;
  int hour = 0, digits = 0;
  for (; i < t.size() && IsAsciiDigit(t[i]) && digits < 2; ++i, ++digits) hour = hour * 10 + (t[i] - '0');
  if (digits == 0 || hour > 23 || (i < t.size() && IsAsciiDigit(t[i]))) return out;
  bool minutes = false, meridiem = false;
  if (i < t.size() && (t[i] == ':' || t[i] == '.') && TwoDigits(t, i + 1)) {
    out.dotted = t[i] == '.';
    minutes = true;
    i += 3;
    if (i < t.size() && t[i] == ':' && TwoDigits(t, i + 1)) {
      i += 3;
      if (i + 1 < t.size() && (t[i] == '.' || t[i] == ',') && IsAsciiDigit(t[i + 1])) {
        ++i;
        while (i < t.size() && IsAsciiDigit(t[i])) ++i;
      }
    }
  } else if (i < t.size() && (t[i] == 'h' || t[i] == 'H')) {
    ++i;
    if (TwoDigits(t, i)) {
      minutes = true;
      i += 2;
    } else {
      out.bare_h = true;
    }
  }
  std::string_view rest = t.substr(i < t.size() && t[i] == ' ' ? i + 1 : i);
  if (!minutes && !out.bare_h) {
    // "4–7pm", "5 - 7 p.m.": the range's end carries the meridiem.
    size_t r = 0;
    if (rest.starts_with("–")) r = 3;
    else if (rest.starts_with("-")) r = 1;
    if (r > 0) {
      if (r < rest.size() && rest[r] == ' ') ++r;
      size_t d = r;
      while (d < rest.size() && IsAsciiDigit(rest[d]) && d - r < 2) ++d;
      if (d > r && d < rest.size() && rest[d] == ' ') ++d;
      if (d > r) rest = rest.substr(d);
    }
  }
  if (rest.size() >= 2 && (Lower(rest[0]) == 'a' || Lower(rest[0]) == 'p') &&
      (Lower(rest[1]) == 'm' || (rest[1] == '.' && rest.size() >= 3 && Lower(rest[2]) == 'm'))) {
    meridiem = true;
    if (hour == 0 || hour > 12) return out;
  } else if (StartsWithLower(rest, "uhr") || StartsWithLower(rest, "o'clock") || StartsWithLower(rest, "noon") ||
             StartsWithLower(rest, "midnight")) {
    meridiem = true;
  }
  if (meridiem) out.dotted = false;
  out.ok = true;
  out.meridiem = meridiem;
  out.marked = meridiem || out.bare_h || (minutes && !out.dotted);
  out.end = i;
  return out;
}

// Where a clock time begins in `t` at or after `from`: a run of one or two
// digits that ParseClockTime marks as a time, or any hour after a connector
// word. npos when there is none.
struct TimeStart {
  size_t at = std::string_view::npos;
  bool after_connector = false;
};

// True when `t` ends, past spaces, '~' and ',', with a connector word.
// Sets `begin` to the connector's first byte.
bool EndsWithConnector(std::string_view t, size_t end, size_t& begin) {
  size_t e = end;
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '~')) --e;
  if (e > 0 && (t[e - 1] == '~' || t[e - 1] == '@')) {
    begin = e - 1;
    return true;
  }
  for (std::string_view w : ConnectorWords()) {
    if (w.size() > e) continue;
    const size_t b = e - w.size();
    if (!EqualsLower(t.substr(b, w.size()), w)) continue;
    if (b > 0 && IsLetterByte(t[b - 1])) continue;
    begin = b;
    return true;
  }
  return false;
}

TimeStart FindTimeStart(std::string_view t, size_t from) {
  TimeStart out;
  for (size_t i = from; i < t.size(); ++i) {
    if (!IsAsciiDigit(t[i]) || (i > 0 && IsAsciiDigit(t[i - 1]))) continue;
    if (i == 0 || (t[i - 1] != ' ' && t[i - 1] != 'T' && t[i - 1] != '~' && t[i - 1] != ',')) continue;
    const ClockTime ct = ParseClockTime(t.substr(i));
    if (!ct.ok) continue;
    size_t b = 0;
    const bool connector = EndsWithConnector(t, i, b) && b >= from;
    if (ct.marked || ct.dotted || connector) {
      out.at = i;
      out.after_connector = connector;
      return out;
    }
  }
  return out;
}

// Whether the weekday word w, as written, may stand before a date
// (`before_date`) or a time. Two letters ("do", "so", "di") need a full stop
// or a comma after them ("Di, 11.03."; "to do 12/03" is no Thursday);
// before a time alone, a lowercase abbreviation does too ("I sat 2pm"?).
bool WeekdayOk(std::string_view w, char after, bool before_date) {
  if (!IsWeekdayWord(w)) return false;
  if (after == '.' || after == ',') return true;
  if (w.size() <= 2) return false;
  const bool lowercase_abbreviation = w.size() <= 4 && !(w[0] >= 'A' && w[0] <= 'Z');
  return before_date || !lowercase_abbreviation;
}

}  // namespace

std::string WeekdayPrefix() { return "(?:" + WordGroup(WeekdayWords()) + R"(\.?,? {1,2})?)"; }

namespace {
// A stand-in for `words` in a lead (Rule::lead): only a lead's widest match
// counts (how far back an exact search starts), and Vectorscan's analysis of
// a long alternation at start-up costs ~10 ms; a run of as many bytes as
// the longest word is as wide.
std::string WidthOf(const std::vector<std::string_view>& words) {
  size_t widest = 0;
  for (std::string_view w : words) widest = std::max(widest, w.size());
  return "[a-z]{1," + std::to_string(widest) + "}";
}
}  // namespace

std::string WeekdayPrefixLead() { return "(?:" + WidthOf(WeekdayWords()) + R"(\.?,? {1,2})?)"; }

std::string TimeSuffix(bool marked) {
  // A bare hour only after a connector ("3/20 at 9"): ", 4" is no time.
  const std::string connector = "(?:" + ConnectorGroup() + "[ ~]{0,2})";
  const std::string head = marked ? connector + "?" + TimeHead(TimeMark::kMarked)
                                  : "(?:" + connector + TimeHead(TimeMark::kAny) + "|" +
                                        TimeHead(TimeMark::kMarked) + ")";
  return R"((?:(?:,? {1,2}| ?· ?|T))" + head + TimeTail() + ")";
}

Verdict ValidateJoined(const Candidate& c, bool core_starts_with_letter, Verdict (*core)(const Candidate&)) {
  const std::string_view t = c.text;
  // The weekday: every letter before the first digit (or "the"), or for a
  // date that starts with its month name, a first word followed by another.
  size_t core_begin = 0, day_end = 0;
  if (!t.empty() && IsLetterByte(t[0])) {
    size_t w = 0;
    while (w < t.size() && (IsLetterByte(t[w]) || t[w] == '-' || t[w] == '\'')) ++w;
    size_t k = w;
    if (k < t.size() && t[k] == '.') ++k;
    if (k < t.size() && t[k] == ',') ++k;
    size_t s = k;
    while (s < t.size() && t[s] == ' ') ++s;
    const bool next_is_letter = s < t.size() && IsLetterByte(t[s]);
    const bool next_is_the = StartsWithLower(t.substr(s), "the ");
    if (s > k && (core_starts_with_letter ? next_is_letter : (next_is_the || !next_is_letter))) {
      // "the 9th of May" is the date's own; "the 9 December" is not.
      const std::string_view rest = t.substr(s);
      size_t d = 0;
      while (d < rest.size() && d < 2 && IsAsciiDigit(rest[d])) ++d;
      const bool ordinal_of = d > 0 && rest.size() >= d + 6 && IsLetterByte(rest[d]) && rest.substr(d + 2, 4) == " of ";
      if (core_starts_with_letter || !EqualsLower(t.substr(0, w), "the") || !ordinal_of) {
        day_end = w;
        core_begin = s;
        const bool word_start = c.before.empty() || !IsLetterByte(c.before.back());
        if (!word_start || EqualsLower(t.substr(0, w), "the") || !WeekdayOk(t.substr(0, w), w < t.size() ? t[w] : ' ', true)) day_end = 0;
      }
    }
  }
  const TimeStart ts = FindTimeStart(t, core_begin + 1);
  size_t core_end = t.size();
  if (ts.at != std::string_view::npos) {
    size_t e = ts.at;
    for (int n = 0; n < 2; ++n) {
      size_t b = 0;
      if (!EndsWithConnector(t, e, b)) break;
      e = b;
    }
    while (e > core_begin && (t[e - 1] == ' ' || t[e - 1] == ',' || t[e - 1] == 'T' || t[e - 1] == '~')) --e;
    // " · " (U+00B7 is C2 B7)
    while (e >= core_begin + 2 && t[e - 1] == '\xB7' && t[e - 2] == '\xC2') {
      e -= 2;
      while (e > core_begin && t[e - 1] == ' ') --e;
    }
    core_end = e;
  }
  if (core_end <= core_begin) return Verdict::Reject();
  // The date alone, with its own context (the views are consecutive pieces
  // of one buffer, as the engine passes them).
  Candidate d = c;
  d.text = t.substr(core_begin, core_end - core_begin);
  d.before = std::string_view(c.before.data(), c.before.size() + core_begin);
  if (d.before.size() > kContextBefore) d.before.remove_prefix(d.before.size() - kContextBefore);
  d.after = std::string_view(t.data() + core_end, t.size() - core_end + c.after.size());
  if (d.after.size() > kContextAfter) d.after.remove_suffix(d.after.size() - kContextAfter);
  Verdict v = core(d);
  if (!v.accept) return v;
  v.sub_begin = day_end > 0 ? 0 : core_begin;
  v.sub_end = core_end;
  if (day_end > 0) v.reason += "; weekday";
  if (ts.at != std::string_view::npos) {
    // The time, when it ends the match cleanly: not glued to a word, and a
    // bare hour after a connector not followed by a noun ("at 10 people").
    const ClockTime ct = ParseClockTime(t.substr(ts.at));
    const bool glued = !c.after.empty() && (IsAsciiAlnum(c.after[0]) || c.after[0] == ':');
    const bool bare = !ct.marked && !ct.dotted;
    const bool noun_after = bare && c.after.size() >= 2 && c.after[0] == ' ' && IsLetterByte(c.after[1]);
    if (ct.ok && !glued && !noun_after && (ct.marked || ts.after_connector || (ct.dotted && ts.after_connector))) {
      v.sub_end = t.size();
      v.reason += "; clock time";
      v.score = kDateScore;  // a time of day: no date of birth
    }
  }
  return v;
}

namespace {

// Words of a clause with counts, scores, verses, durations and positions,
// where "10:10" is no time of day ("Tests: 10:10 passed", "took 10:30 to
// run", "lap time 1:23", "line 12:30 col 5", "error at 3:15 in foo.js").
const std::vector<std::string>& CountWords() {
  static const std::vector<std::string> words = {
      "passed", "failed", "skipped", "tests", "test", "errors", "error", "score", "scored", "won", "lost", "beat",
      "draw", "tied", "ratio", "odds", "verse", "chapter", "psalm", "wins", "win", "lead", "took", "take", "takes",
      "elapsed", "finished", "finish", "lap", "runtime", "run time", "duration", "long", "length", "timeout",
      "time out", "minute", "min", "second", "sec", "hour", "hrs", "line", "col", "column", "isbn", "page", "pace",
      "split", "record", "video", "song", "track", "clip", "exposure", "countdown", "stopwatch", "timer", "remaining",
      "left", "waiting", "wait", "lasted", "lasts", "spent", "average", "avg", "best", "total", "in foo", ".js", ".py"};
  return words;
}

// Words near a clock time that name it one: an appointment, a part of the
// day, "Uhr", "heure", "hora", ...
const std::vector<std::string>& TimeOfDayWords() {
  static const std::vector<std::string> words = {
      "meeting", "meet", "call", "appointment", "appt", "arrive", "arrival", "arrives", "depart", "departure",
      "lands", "landing", "flight", "train", "bus", "pickup", "pick up", "dinner", "lunch", "breakfast", "opens",
      "closes", "open", "starts", "start", "kick", "deadline", "due", "tonight", "today", "tomorrow", "tmrw",
      "yesterday", "morning", "evening", "afternoon", "night", "noon", "o'clock", "clock", "time:", "heure", "uhr",
      "hora", "ore ", "godz", "kello", "klo", "saat", "jam", "pukul", "reunión", "réunion", "termin", "treffen",
      "incident", "logged", "sent", "posted", "received", "deploy", "shift", "standup", "sync", "slot", "booked",
      "reservation", "check-in", "checkout", "check-out", "ring", "wake", "alarm", "sunrise", "sunset", "time",
      "timeline", "utc", "gmt", "ran at", "cron", "instead of"};
  return words;
}

// The word that ends at t[e] (letters, '-', '\''), as [b, e).
size_t WordBefore(std::string_view t, size_t e) {
  size_t b = e;
  while (b > 0 && (IsLetterByte(t[b - 1]) || t[b - 1] == '-' || t[b - 1] == '\'')) --b;
  return b;
}

// date_clock_time ("14:30", "3pm", "9.30pm", "16 Uhr", "14h30", "kl 8:30")
// and date_day_clock_time ("Thu 13:45", "3/10 10:05am", "today 11:40",
// "Sunday 9th around 2pm"). Both walk back from the time over the text
// before it (the candidate's context, then its match): connector words, a
// day and month, a day of the month, a weekday or relative day. A time alone
// is reported without its connectors ("at 5pm" reports "5pm"; "kl 8" keeps
// its "kl"); with a day (`with_day`: the other rule reports the time alone)
// the span runs from the day, and the words the regex took before it are
// dropped (sub_begin).
Verdict ValidateClockTime(const Candidate& c, bool with_day) {
  const std::string_view t = c.text;
  // The time: the first hour that its mark makes one.
  size_t ts = std::string_view::npos;
  for (size_t p = 0; p < t.size(); ++p) {
    if (!IsAsciiDigit(t[p]) || (p > 0 && t[p - 1] != ' ' && t[p - 1] != '~' && t[p - 1] != '@')) continue;
    if (ParseClockTime(t.substr(p)).marked) {
      ts = p;
      break;
    }
  }
  if (ts == std::string_view::npos) return Verdict::Reject();
  const ClockTime ct = ParseClockTime(t.substr(ts));
  if (!ct.ok) return Verdict::Reject();
  // The context and the match as one view (consecutive in the engine's
  // buffer); positions below are in it.
  const std::string_view s(c.before.data(), c.before.size() + t.size());
  const size_t off = c.before.size(), at = off + ts;
  if (at > 0) {
    const char b = s[at - 1];
    if (IsAsciiAlnum(b) || b == ':' || b == '.' || b == '/' || b == '-' || b == '+' || b == '_' || b == '=' ||
        b == '#' || b == '$' || b == '\'') {
      return Verdict::Reject();
    }
  }
  if (!c.after.empty()) {
    const char a = c.after[0];
    if (IsAsciiAlnum(a) || a == ':' || a == '_' || a == '%' ||
        ((a == '.' || a == ',' || a == '/' || a == '-') && c.after.size() > 1 && IsAsciiDigit(c.after[1]))) {
      return Verdict::Reject();
    }
  }
  // A time after a number and a space is a date's ("2021-12-09 17:10:12"),
  // which the date rules report with it.
  if (!with_day && at >= 2 && s[at - 1] == ' ' && IsAsciiDigit(s[at - 2])) return Verdict::Reject();
  // Walk back from the time.
  size_t e = at, begin = at, kl = std::string_view::npos;
  bool cue = false, day = false, dm = false;
  for (int n = 0; n < 2; ++n) {
    size_t b = 0;
    if (!EndsWithConnector(s, e, b)) break;
    cue = true;
    if (StartsWithLower(s.substr(b), "kl")) kl = b;
    e = b;
  }
  auto skip_spaces = [&s](size_t& q) {
    while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == ',')) --q;
  };
  skip_spaces(e);
  // A day and month ("3/10", "11.03.").
  {
    size_t q = e;
    if (q > 0 && s[q - 1] == '.') --q;
    size_t b = q;
    while (b > 0 && (IsAsciiDigit(s[b - 1]) || s[b - 1] == '/' || s[b - 1] == '.')) --b;
    const std::string_view tok = s.substr(b, q - b);
    const size_t sep = tok.find_first_of("/.");
    if (!tok.empty() && sep != std::string_view::npos && sep > 0 && sep + 1 < tok.size() &&
        tok.find_first_of("/.", sep + 1) == std::string_view::npos && (b == 0 || s[b - 1] == ' ')) {
      int a = 0, m = 0;
      for (size_t i = 0; i < sep; ++i) a = a * 10 + (tok[i] - '0');
      for (size_t i = sep + 1; i < tok.size(); ++i) m = m * 10 + (tok[i] - '0');
      if (!((a >= 1 && a <= 31 && m >= 1 && m <= 12) || (m >= 1 && m <= 31 && a >= 1 && a <= 12))) {
        return Verdict::Reject();
      }
      dm = true;
      begin = e = b;
      skip_spaces(e);
    }
  }
  // A day of the month after a weekday ("jueves 20", "Sunday 9th").
  size_t before_number = e;
  if (!dm) {
    size_t q = e;
    size_t b = WordBefore(s, q);  // "th" of "9th"
    if (b < q && q - b > 2) b = q;
    size_t d = b;
    while (d > 0 && IsAsciiDigit(s[d - 1]) && b - d < 2) --d;
    if (d < b && (d == 0 || s[d - 1] == ' ')) {
      e = d;
      skip_spaces(e);
    }
  }
  // A weekday or a relative day.
  for (size_t q : {e, before_number}) {
    if (q > 0 && s[q - 1] == '.') --q;
    const size_t b = WordBefore(s, q);
    // (A word at the view's start is whole only when the context is.)
    if (b == q || (b == 0 && off >= kContextBefore)) continue;
    const std::string_view w = s.substr(b, q - b);
    const char after = q < s.size() ? s[q] : ' ';
    if (IsWeekdayWord(w) && WeekdayOk(w, after, false)) {
      day = true;
      begin = b;
      break;
    }
    if (IsRelativeDay(w) && !cue && q == before_number) {
      day = true;  // "today 11:40"; "Heute gegen 16 Uhr" reports the time alone
      begin = b;
      break;
    }
  }
  // "3h": a duration ("took 3h") unless a cue or a day makes it a time.
  if (ct.bare_h && !cue && !day && !dm) return Verdict::Reject();
  // A zone or a range after it ("9:00–17:00 CET", "00:00 UTC"), or a line
  // that starts with it and a separator (chat exports and logs: "10:14 -
  // Mum: ..."), make it a time of day.
  const std::string_view tail = t.substr(ts + ct.end);
  const bool zoned = tail.find_first_of("-+(") != std::string_view::npos || tail.find("–") != std::string_view::npos ||
                     (tail.size() >= 3 && tail[0] == ' ' && IsLetterByte(tail[1]));
  const bool line_start = ((at == 0 && off < kContextBefore) || (at > 0 && s[at - 1] == '\n')) &&
                          (c.after.starts_with(" - ") || c.after.starts_with(" – ") || c.after.starts_with(" | ") ||
                           c.after.starts_with("\t"));
  if (!day && !dm && !ct.meridiem && !zoned && !line_start) {
    std::string_view before = s.substr(0, at);
    // "John 3:16", "Mark 10:45": a capitalized word just before.
    if (!cue) {
      std::string_view b = before;
      if (!b.empty() && b.back() == ' ') b.remove_suffix(1);
      size_t w = b.size();
      while (w > 0 && IsLetterByte(b[w - 1])) --w;
      const std::string_view prev = b.substr(w);
      if (!prev.empty() && prev[0] >= 'A' && prev[0] <= 'Z' && !IsWeekdayWord(prev) && !IsRelativeDay(prev)) {
        return Verdict::Reject();
      }
    }
    // A count, a score, a duration, a position ("took 10:30 to run", "error
    // at 3:15 in foo.js"); and else a time needs a cue before it or a word
    // of the time of day near it ("10:30" alone, "23:59:59" alone are none).
    if (!FindContextWord(before, c.after, CountWords()).empty()) return Verdict::Reject();
    if (!cue && !ct.bare_h && FindContextWord(before, c.after, TimeOfDayWords()).empty()) return Verdict::Reject();
  }
  if (with_day) {
    if ((!day && !dm) || begin < off) return Verdict::Reject();
    Verdict v = Verdict::Accept("day and clock time", kDateScore);
    v.sub_begin = begin - off;
    return v;
  }
  Verdict v = Verdict::Accept("clock time", kTimeScore);
  v.sub_begin = kl != std::string_view::npos && kl >= off ? kl - off : ts;
  return v;
}

// date_weekday: a weekday named alone ("by Friday", "next Thursday",
// "nächsten Freitag"), a weak form. Not a piece of a host name or a handle
// ("Monday.com", "@Friday").
Verdict ValidateWeekday(const Candidate& c) {
  if (!c.before.empty()) {
    const char b = c.before.back();
    if (IsAsciiAlnum(b) || b == '@' || b == '.' || b == '/' || b == '_' || b == '#' || b == '-') return Verdict::Reject();
  }
  if (!c.after.empty()) {
    const char a = c.after[0];
    if (IsAsciiAlnum(a) || a == '_' || a == '@' || a == '-' ||
        ((a == '.' || a == '/') && c.after.size() > 1 && IsAsciiAlnum(c.after[1]))) {
      return Verdict::Reject();
    }
  }
  return Verdict::Accept("weekday", kTimeScore);
}

}  // namespace

void AddDateTimeRules(RuleList& out) {
  // Capitalized weekday names (English, German), found as literals by the
  // Vectorscan pass: the one date rule not anchored on a digit. Other
  // languages write weekdays in lowercase, where they are ordinary words
  // too often ("mardi gras", "sabato"); abbreviations only with a date or
  // a time (date_rules.cc, date_day_clock_time).
  const std::string weekdays = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|"
                               "Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)";
  out.push_back({
      .id = "date_weekday",
      .entity_type = "DATE_TIME",
      .regex = R"((?:\b(?:[Nn]ext|[Ll]ast|[Tt]his|[Cc]oming|nächsten|letzten|diesen|kommenden) )?\b)" + weekdays +
               R"(s?\b)",
      .prefilter = R"(\b)" + weekdays,
      .lead = R"((?:[a-z]{1,10} )?[A-Z][a-z]{1,9})",
      .score = kTimeScore,
      .validate = ValidateWeekday,
  });
  // The mark after the hour's last digit that makes it a time.
  // (Both start at a word start: "T10:43" is an ISO timestamp's, "5hbWU" a
  // token's.)
  const std::string mark =
      R"((?::[0-5]\d|\.[0-5]\d ?(?:[ap]\.?m\b|uhr|o'c|noon|midn)|h(?:[0-5]\d|\b)| ?(?:[ap]\.?m\b|uhr|o'c|noon|midn)))";
  const std::string time = R"(\b)" + TimeHead(TimeMark::kStrict) + TimeTail();
  out.push_back({
      .id = "date_clock_time",
      .entity_type = "DATE_TIME",
      .regex = R"((?:\bkl\.? |\bklo )?)" + time,
      .flags = matching::kCaseless,
      .prefilter = R"(\b\d{1,2})" + mark,
      .lead = R"((?:\bkl\.? |\bklo )?\b\d{1,2})" + mark,
      .score = kTimeScore,
      .validate = [](const Candidate& c) { return ValidateClockTime(c, false); },
  });
  // A weekday or a relative day (a day number after it), or a day and month
  // (a weekday before it), then a connector word, right before the time:
  // the prefilter's letter or digits before one or two spaces keep it off
  // the times of log lines ("09 17:10:12").
  std::vector<std::string_view> days = WeekdayWords();
  days.insert(days.end(), RelativeDayWords().begin(), RelativeDayWords().end());
  auto before_time = [](const std::string& day, const std::string& weekday) {
    return "(?:" + day + R"(\.?,?(?: [0-3]?\d(?:st|nd|rd|th)?)? {1,2}|(?:)" + weekday +
           R"(\.?,? {1,2})?\b[0-3]?\d[/.][01]?\d\.?,? {1,2})(?:\b)" + kWord + R"(\.? {1,2}|[~@] ?)?)";
  };
  const std::string letter = "[a-z]";
  out.push_back({
      .id = "date_day_clock_time",
      .entity_type = "DATE_TIME",
      .regex = before_time(WordGroup(days), WordGroup(WeekdayWords())) + time,
      .flags = matching::kCaseless,
      .prefilter = "(?:" + letter + R"(\.?,?|\d[/.]\d{1,2}\.?,?) {1,2}(?:[~@] ?)?\b\d{1,2})" + mark,
      .lead = before_time(WidthOf(days), WidthOf(WeekdayWords())) + R"(\b\d{1,2})" + mark,
      .score = kDateScore,
      .validate = [](const Candidate& c) { return ValidateClockTime(c, true); },
  });
}

}  // namespace convoguard::recognizers::pii
