// location_place: cities, regions and countries on their own, as Presidio's
// LOCATION has them ("moving to Lisbon", "our Berlin office", "flights from
// São Paulo to Kraków", "based in Ontario", "city": "Tbilisi").
//
// The candidates are capitalized words (Latin-1 and Latin Extended-A
// capitals too: "Łódź", "İzmir") that start a name in the place gazetteer
// (place_gazetteer.h); the longest name of up to three words is reported.
// Whether it is a place and not a person, a company or a word depends on
// what is around it (Gate below):
//   - a place cue: a preposition of place before it in one of twelve
//     languages ("in", "near", "en", "em", "à", "nach", "w", "i", "till"),
//     a key ("city:", "\"city\": \"", "Cidade:"), a noun after it ("office",
//     "airport", "area"), or another place before it in a list ("Karachi
//     and Lahore");
//   - a direction ("to", "from", "de", "aus", "do", "till"): enough unless
//     the name is also a given name, a surname or a word ("an email from
//     Jordan", "talk to Florence", "a move to Nice"), which then needs a
//     verb or noun of travel before it ("moved to Nice", "flights from
//     Jordan");
//   - nothing: only a country, a region or a city of 100,000+ that is no
//     common name or word ("Berlin is cold"), never a small town.
// Never: right after a title or a given name ("Mr Lincoln", "Paris Hilton":
// a name follows or precedes it), inside an organisation's name
// ("University of Toronto", "Deutsche Bank Berlin"), an e-mail address, a
// URL or a handle.
// Scores: 0.55 with a cue, 0.5 without; street addresses score 0.6 and up,
// so a policy can act on addresses and not on a city in "what's the weather
// in Paris" (the gateway's default LOCATION threshold, docs/config.md).
#include <array>
#include <string>
#include <string_view>

#include "recognizers/catalog.h"
#include "recognizers/place_gazetteer.h"
#include "recognizers/person/name_gazetteer.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <bit>

namespace convoguard::recognizers {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// The code point of the two-byte UTF-8 letter at b[i] (lead 0xC3-0xC5:
// U+00C0..U+017F), or 0.
unsigned LatinAt(const unsigned char* b, size_t i, size_t n) {
  if (i + 1 >= n || b[i] < 0xC3 || b[i] > 0xC5 || b[i + 1] < 0x80 || b[i + 1] > 0xBF) return 0;
  return ((b[i] & 0x1Fu) << 6) | (b[i + 1] & 0x3Fu);
}

// Capitals of Latin-1 (À-Þ but ×) and Latin Extended-A (Ā, Ł, Ś, İ, Ž, ...).
bool IsLatinUpper(unsigned cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  return cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D;
}

// A byte that continues a word as \b sees it (ASCII letters, digits, '_'),
// or a byte of a multi-byte character.
bool IsWordByte(unsigned char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c >= 0x80; }

// Whether a capital starts at b[p]: an ASCII capital or a two-byte Latin
// capital, not inside a word (the previous byte no word byte).
bool CapitalStartsAt(const unsigned char* b, size_t p, size_t n) {
  if (p > 0 && IsWordByte(b[p - 1])) return false;
  if (IsAsciiUpper(b[p])) return true;
  const unsigned cp = LatinAt(b, p, n);
  return cp != 0 && IsLatinUpper(cp);
}

// The end of the word at b[p]: ASCII letters and two-byte Latin letters,
// with hyphenated parts ("Cluj-Napoca", "Aix-en-Provence"). The finder and
// the validator read words the same way.
size_t WordEnd(const unsigned char* b, size_t p, size_t n) {
  size_t e = p;
  for (;;) {
    if (e < n && IsAsciiLetter(b[e])) {
      ++e;
    } else if (LatinAt(b, e, n) != 0) {
      e += 2;
    } else if (e > p && e + 1 < n && b[e] == '-' && (IsAsciiLetter(b[e + 1]) || LatinAt(b, e + 1, n) != 0)) {
      ++e;
    } else {
      return e;
    }
  }
}

// The first p >= i where b[p] may start a capital (A-Z or a lead byte
// 0xC3-0xC5), or n; sixteen bytes at a time with SSE2.
size_t NextCapitalByte(const unsigned char* b, size_t i, size_t n) {
#if defined(__SSE2__)
  const __m128i lo = _mm_set1_epi8('A' - 1), hi = _mm_set1_epi8('Z' + 1);
  const __m128i lead_lo = _mm_set1_epi8(static_cast<char>(0xC3 - 0x80 - 1)), lead_hi = _mm_set1_epi8(0xC5 - 0x80 + 1);
  const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80));
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i));
    // Signed compares: bytes >= 0x80 are negative and never in 'A'..'Z';
    // v - 0x80 puts 0xC3..0xC5 at 0x43..0x45.
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi));
    const __m128i u = _mm_sub_epi8(v, bias);
    const __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(u, lead_lo), _mm_cmplt_epi8(u, lead_hi));
    const __m128i neg = _mm_cmplt_epi8(v, _mm_setzero_si128());  // v >= 0x80 (u < 0x80 only then)
    const int mask = _mm_movemask_epi8(_mm_or_si128(upper, _mm_and_si128(lead, neg)));
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i < n && !IsAsciiUpper(b[i]) && (b[i] < 0xC3 || b[i] > 0xC5)) ++i;
  return i;
}

// The place a word starting at a capital begins, if any: the word itself,
// or its part before a hyphen ("Leipzig" of "Leipzig-Connewitz").
PlaceInfo FirstWordInfo(std::string_view word) {
  const PlaceGazetteer& g = PlaceGazetteer::Get();
  PlaceInfo info = g.Lookup(word);
  if (info.place() || info.prefix) return info;
  const size_t hyphen = word.find('-');
  if (hyphen != std::string_view::npos) return g.Lookup(word.substr(0, hyphen));
  return info;
}

// The cue finder: the end of every capitalized word that is a place, a
// place's first part or the first word of a longer place name (up to three words). Every match
// the validator accepts starts its place at such a word.
void FindPlaceCues(std::string_view text, const std::function<void(uint64_t)>& on_end) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t p = NextCapitalByte(b, 0, n); p < n; p = NextCapitalByte(b, p, n)) {
    if (!CapitalStartsAt(b, p, n)) {
      ++p;
      continue;
    }
    const size_t e = WordEnd(b, p, n);
    if (e - p >= 3 && e - p <= 2 * kMaxFoldedKey) {
      const PlaceInfo info = FirstWordInfo(text.substr(p, e - p));
      if (info.place() || info.prefix) on_end(e);
    }
    p = e > p ? e : p + 1;
  }
}

template <size_t N>
bool OneOf(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view s : list) {
    if (w == s) return true;
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

// Nouns after a place that say it is one ("our Berlin office", "the
// Karachi branch", "Heathrow airport").
constexpr std::string_view kPlaceHeads[] = {
    "office", "offices", "branch", "airport", "hq", "headquarters", "campus", "area", "region", "city",
    "metro", "station", "plant", "factory", "warehouse", "site", "store", "hub", "team", "clinic",
    "hospital", "based", "area's", "suburbs", "centre", "center", "downtown", "province", "county", "state"};
// Keys whose value is a place: "city:", "\"city\": \"", "Cidade:".
constexpr std::string_view kPlaceKeys[] = {
    "city", "town", "location", "country", "place", "cidade", "ciudad", "ville", "stadt", "ort",
    "citta", "città", "località", "miasto", "miejscowość", "stad", "plaats", "woonplaats", "lieu",
    "destination", "origin", "hometown", "birthplace", "region", "state", "province"};
// Words joining places in a list ("Karachi and Lahore", "Fes, then ...").
constexpr std::string_view kListJoins[] = {"and", "or", "then", "&", "et", "y", "e",
                                                          "und", "en", "och", "og", "oder", "ou", "o"};
// Titles and words before a person's name.
constexpr std::string_view kTitles[] = {"mr", "mrs", "ms", "miss", "dr", "prof", "herr",
                                                       "frau", "sr", "sra", "mme", "mlle", "sir",
                                                       "dear", "hi", "hello"};

struct Word {
  size_t begin = 0, end = 0;  // in the text searched
};

// The last word of `s` (letters, apostrophes, Latin letters), and where it
// starts; empty when `s` ends with anything else but spaces.
std::string_view LastWord(std::string_view s, size_t* start = nullptr) {
  size_t e = s.size();
  while (e > 0 && s[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && (IsAsciiLetter(static_cast<unsigned char>(s[b - 1])) ||
                   static_cast<unsigned char>(s[b - 1]) >= 0x80 || s[b - 1] == '&')) {
    --b;
  }
  if (start != nullptr) *start = b;
  return s.substr(b, e - b);
}

// True when `before` ends with a place key and its separator: "city: ",
// "\"city\": \"", "'city': '", "city=", "Cidade: ".
bool EndsWithPlaceKey(std::string_view before) {
  size_t e = before.size();
  while (e > 0 && (before[e - 1] == ' ' || before[e - 1] == '"' || before[e - 1] == '\'')) --e;
  if (e == 0 || (before[e - 1] != ':' && before[e - 1] != '=')) return false;
  --e;
  while (e > 0 && (before[e - 1] == ' ' || before[e - 1] == '"' || before[e - 1] == '\'')) --e;
  const std::string key = Lower(LastWord(before.substr(0, e)));
  return OneOf(key, kPlaceKeys);
}

enum class Cue { kNone, kDirection, kList, kStrong };

struct Place {
  size_t begin = 0, end = 0;  // in the match
  PlaceInfo info;
};

// Reads the words of the match that start at a capital and finds the first
// place: the longest gazetteer name of up to three words (with particles:
// "Rio de Janeiro", "Frankfurt am Main") at a capitalized word.
bool FindPlace(std::string_view m, size_t from, Place* out) {
  const auto* b = reinterpret_cast<const unsigned char*>(m.data());
  const size_t n = m.size();
  const PlaceGazetteer& g = PlaceGazetteer::Get();
  for (size_t p = from; p < n;) {
    if (!(IsAsciiUpper(b[p]) || (LatinAt(b, p, n) != 0 && IsLatinUpper(LatinAt(b, p, n))))) {
      while (p < n && b[p] != ' ') ++p;
      while (p < n && b[p] == ' ') ++p;
      continue;
    }
    const size_t e0 = WordEnd(b, p, n);
    if (e0 - p < 3) {
      p = e0;
      while (p < n && b[p] == ' ') ++p;
      continue;
    }
    std::array<size_t, 3> ends{};
    size_t words = 0;
    for (size_t e = e0; words < 3;) {
      ends[words++] = e;
      if (e + 1 >= n || b[e] != ' ') break;
      const size_t next = WordEnd(b, e + 1, n);
      if (next == e + 1) break;
      e = next;
    }
    for (size_t k = words; k-- > 0;) {
      const PlaceInfo info = g.Lookup(m.substr(p, ends[k] - p));
      if (info.place()) {
        *out = {p, ends[k], info};
        return true;
      }
    }
    const PlaceInfo first = FirstWordInfo(m.substr(p, e0 - p));
    if (first.place()) {
      *out = {p, e0, first};
      return true;
    }
    p = e0;
    while (p < n && b[p] == ' ') ++p;
  }
  return false;
}

// Whether the place found in the match is one, and how sure: the cue before
// it (in `before` and the match's words before the place), the words after
// it, and what the name also is.
Verdict Gate(const Candidate& c, const Place& place) {
  const NameGazetteer& names = NameGazetteer::Get();
  const std::string_view m = c.text;
  const std::string_view name = m.substr(place.begin, place.end - place.begin);
  // Glued to an address, a URL or a handle: "@berlin", "berlin.de", "/Paris".
  const std::string_view left = place.begin > 0 ? m.substr(0, place.begin) : c.before;
  if (!left.empty()) {
    const char ch = left.back();
    if (ch == '@' || ch == '.' || ch == '/' || ch == '#' || ch == '_' || ch == '-' || ch == '\\') {
      return Verdict::Reject();
    }
  }
  const std::string_view right = place.end < m.size() ? m.substr(place.end) : c.after;
  if (right.size() >= 2 && (right[0] == '.' || right[0] == '@' || right[0] == '_' || right[0] == '/') &&
      IsAsciiLetter(static_cast<unsigned char>(right[1]))) {
    return Verdict::Reject();
  }
  // A label ("Nome: Maria", "Cita: miércoles"): a key, no value.
  if (!right.empty() && right[0] == ':') return Verdict::Reject();
  // An abbreviation in capitals ("PEC", "MON"): no place unless the text
  // around is in capitals too (an address line).
  if (name.size() <= 4 && name.size() >= 2 && IsAsciiUpper(static_cast<unsigned char>(name[1]))) {
    return Verdict::Reject();
  }
  // What the name is besides a place.
  const bool one_word = name.find(' ') == std::string_view::npos;
  const NameInfo as_name = one_word ? names.Lookup(name) : NameInfo{};
  // A person's name: a given name (of the commoner classes for a big
  // place: "Paris", "London" are given names too), a common surname for a
  // smaller one. A word: "Nice", "Split", "Turkey"; a country's capital in
  // the middle of a sentence says it is the country.
  const bool big = place.info.size >= 3;
  const bool person_like = as_name.given >= (big ? 4 : 1) || (!big && as_name.surname >= 3);
  std::string_view trimmed = c.before;
  if (place.begin == 0) {
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '"' || trimmed.back() == '\'')) {
      trimmed.remove_suffix(1);
    }
  }
  const bool sentence_start =
      place.begin == 0 && (trimmed.empty() || trimmed.back() == '.' || trimmed.back() == '!' ||
                           trimmed.back() == '?' || trimmed.back() == '\n' || trimmed.back() == ':');
  const bool word_like = place.info.is_word && (place.info.kind != PlaceKind::kCountry || sentence_start ||
                                                 place.begin > 0);
  // The words after the place: a capitalized word makes it a person's or an
  // organisation's name ("Paris Hilton", "Berlin Brands Group"), unless it
  // is a noun of places ("London Heathrow" is no such case: rejected too).
  std::string head;
  if (place.end < m.size()) {
    // (A particle next, "Gdańsk on Tuesday", ends the place.)
    const std::string_view raw = m.substr(place.end + 1, m.find(' ', place.end + 1) - place.end - 1);
    const std::string next = Lower(raw);
    const bool particle = !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z';
    if (!particle && !OneOf(next, kPlaceHeads)) return Verdict::Reject();
    if (OneOf(next, kPlaceHeads)) head = next;
  } else {
    size_t k = 0;
    while (k < c.after.size() && c.after[k] == ' ') ++k;
    if (k == 1) {
      size_t e = k;
      while (e < c.after.size() && (IsAsciiLetter(static_cast<unsigned char>(c.after[e])) || c.after[e] == '\'')) ++e;
      const std::string next = Lower(c.after.substr(k, e - k));
      if (OneOf(next, kPlaceHeads)) head = next;
    }
  }
  // The words before: inside the match, capitalized words ("Visiting
  // Berlin", "In Lisbon"); otherwise the end of `before`.
  std::string prev, prev2;
  bool prev2_place = false;  // the word before `prev` is a capitalized place
  std::string_view rest;  // text before `prev`
  if (place.begin > 0) {
    // Every word before the place in the match must be a cue or an
    // ordinary word at a sentence's start; a name or an organisation's
    // word ("Deutsche Bank Berlin", "Chiara Berlin") rejects it.
    size_t start = 0;
    prev = Lower(LastWord(m.substr(0, place.begin), &start));
    const std::string_view earlier = m.substr(0, start);
    if (earlier.find_first_not_of(' ') != std::string_view::npos) return Verdict::Reject();
    const NameInfo w = names.Lookup(prev);
    if (!IsPlacePreposition(prev) && !IsDirectionWord(prev) && !IsPlaceVerb(prev) &&
        !IsTravelWord(prev) && !(w.is_word && w.given < 2 && w.surname < 3)) {
      return Verdict::Reject();
    }
    rest = c.before;
  } else {
    size_t start = 0;
    prev = LastWord(c.before, &start);
    rest = c.before.substr(0, start);
    // "Mr Lincoln", "Dr. Florence": a title; "University of Toronto": an
    // organisation (a capitalized word and "of").
    prev = Lower(prev);
  }
  {
    std::string_view r = rest;
    while (!r.empty() && r.back() == ' ') r.remove_suffix(1);
    if (!r.empty() && r.back() == '.') r.remove_suffix(1);
    size_t s2 = 0;
    const std::string_view w2 = LastWord(r, &s2);
    prev2 = Lower(w2);
    prev2_place = !w2.empty() && IsAsciiUpper(static_cast<unsigned char>(w2[0])) &&
                  PlaceGazetteer::Get().Lookup(w2).place();
    if (prev == "of" && !w2.empty() && IsAsciiUpper(static_cast<unsigned char>(w2[0]))) return Verdict::Reject();
  }
  if (OneOf(prev, kTitles)) return Verdict::Reject();
  // The word right before, when capitalized in `before`, is part of the
  // same name ("Chiara De Luca" is no place; "Tata Consultancy Services,
  // Johannesburg" has a comma between).
  if (place.begin == 0 && !c.before.empty() && c.before.back() == ' ') {
    std::string_view raw = LastWord(c.before);
    if (!raw.empty() && (IsAsciiUpper(static_cast<unsigned char>(raw[0])) ||
                         (static_cast<unsigned char>(raw[0]) >= 0xC3 && static_cast<unsigned char>(raw[0]) <= 0xC5))) {
      const std::string low = Lower(raw);
      const NameInfo w = names.Lookup(raw);
      if (!IsPlacePreposition(low) && !IsDirectionWord(low) && !IsPlaceVerb(low) &&
          !(w.is_word && w.given < 2 && w.surname < 3)) {
        return Verdict::Reject();
      }
    }
  }
  // The cue.
  Cue cue = Cue::kNone;
  const bool glued = place.begin == 0 && !c.before.empty() && c.before.back() != ' ';
  if (EndsWithPlaceKey(place.begin == 0 ? c.before : m.substr(0, place.begin))) {
    cue = Cue::kStrong;
  } else if (!head.empty()) {
    cue = Cue::kStrong;
  } else if (!glued && (IsPlacePreposition(prev) || IsPlaceVerb(prev))) {
    cue = Cue::kStrong;
  } else if (!glued && prev == "of" && prev2 == "out") {
    cue = Cue::kStrong;  // "flying out of Dubai"
  } else if (!glued && IsDirectionWord(prev)) {
    // "moved to", "flights from"; "from Oslo to Bergen": a place before.
    cue = IsTravelWord(prev2) || IsPlaceVerb(prev2) || prev2_place ? Cue::kStrong : Cue::kDirection;
  } else if (!glued && OneOf(prev, kListJoins)) {
    // "Karachi and Lahore": the word before the join is a place too.
    const std::string_view w = LastWord(rest);
    if (!w.empty() && PlaceGazetteer::Get().Lookup(w).place()) cue = Cue::kList;
  } else if (!c.before.empty() && c.before.back() == ',' ) {
    // "Fes, Chefchaouen", a CSV field: the value before is a place.
    const std::string_view w = LastWord(c.before.substr(0, c.before.size() - 1));
    if (!w.empty() && PlaceGazetteer::Get().Lookup(w).place()) cue = Cue::kList;
  }
  const bool ambiguous = person_like || word_like;
  switch (cue) {
    case Cue::kStrong:
      break;
    case Cue::kDirection:
    case Cue::kList:
      if (ambiguous) return Verdict::Reject();
      break;
    case Cue::kNone:
      if (ambiguous || (place.info.kind == PlaceKind::kCity && place.info.size < 2)) return Verdict::Reject();
      break;
  }
  Verdict v = Verdict::Accept(cue == Cue::kNone ? "place name" : "place name and cue", cue == Cue::kNone ? 0.5 : 0.55);
  v.sub_begin = place.begin;
  v.sub_end = place.end;
  return v;
}

Verdict ValidatePlace(const Candidate& c) {
  Place place;
  for (size_t from = 0; from < c.text.size();) {
    if (!FindPlace(c.text, from, &place)) return Verdict::Reject();
    Verdict v = Gate(c, place);
    if (v.accept) return v;
    from = place.end;
  }
  return Verdict::Reject();
}

}  // namespace

void AddPlaceRules(RuleList& out) {
  // A capitalized word of letters (Latin-1, Latin Extended-A) and hyphenated
  // parts, then up to two more with particles between ("Rio de Janeiro",
  // "Visiting São Paulo"): the validator finds the place among them. Under
  // kShortRuleWidth.
  const std::string cap = "(?:[A-Z]|[À-ÖØ-Þ]|[Ā-ſ])";
  const std::string letters = "[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]";
  const std::string word = cap + letters + "{0,24}(?:-" + letters + "{1,12}){0,2}";
  const std::string particle = "(?:de|do|da|del|della|di|am|an der|im|upon|on|sur|la|le|el|al|es|dos)";
  out.push_back({
      .id = "location_place",
      .entity_type = "LOCATION",
      .regex = word + "(?: (?:" + particle + " )?" + word + "){0,2}",
      .cue_finder = FindPlaceCues,
      .score = 0.55,
      .validate = ValidatePlace,
      .max_score = 0.55,
  });
}

}  // namespace convoguard::recognizers
