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
// Never: after a title ("Mr Lincoln"), next to a capitalized word that is
// no cue ("Paris Hilton", "Deutsche Bank Berlin"), inside an organisation's
// name ("University of Toronto"), an e-mail address, a URL or a handle, or
// as a label ("Nome:").
// After a Polish preposition an inflected name is read in the nominative
// ("do Wrocławia": LongestPlaceAt). location_place's cue comes from PERSON's
// capital walk (person/capital_cues.h); location_place_ext, the same rule,
// finds names whose capital is a Latin Extended-A letter.
// Scores: 0.55 with a cue, 0.5 without; street addresses score 0.6 and up,
// so a policy can act on addresses and not on a city in "what's the weather
// in Paris" (the gateway's default LOCATION threshold, docs/config.md).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <bit>

#include "recognizers/catalog.h"
#include "recognizers/context.h"
#include "recognizers/name_gazetteer.h"
#include "recognizers/person/capital_cues.h"
#include "recognizers/place_gazetteer.h"
#include "recognizers/place_words.h"

namespace convoguard::recognizers {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Keys whose value is a place: "city:", "\"city\": \"", "Cidade:".
constexpr std::string_view kPlaceKeys[] = {
    "city", "town", "location", "country", "place", "cidade", "ciudad", "ville", "stadt", "ort",
    "citta", "città", "località", "miasto", "miejscowość", "stad", "plaats", "woonplaats", "lieu",
    "destination", "origin", "hometown", "birthplace", "region", "state", "province"};
// Titles and words before a person's name.
constexpr std::string_view kTitles[] = {"mr", "mrs", "ms", "miss", "dr", "prof", "herr",
                                        "frau", "sr", "sra", "mme", "mlle", "sir",
                                        "dear", "hi", "hello"};

// location_place_ext's cue finder: places whose capital is a Latin
// Extended-A letter ("Łódź", "İzmir", "Šiauliai"; lead bytes 0xC4, 0xC5),
// which the shared capital walk (person/capital_cues.h) does not stop at.
void FindExtendedCapitalPlaceCues(std::string_view text, const std::function<void(uint64_t)>& on_end) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // Sixteen bytes at a time: 0xC4 and 0xC5 are the bytes b with b & 0xFE == 0xC4.
    const __m128i mask = _mm_set1_epi8(static_cast<char>(0xFE)), lead = _mm_set1_epi8(static_cast<char>(0xC4));
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i));
      const int hit = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, mask), lead));
      if (hit != 0) {
        i += static_cast<size_t>(std::countr_zero(static_cast<unsigned>(hit)));
        break;
      }
      i += 16;
    }
#endif
    while (i < n && (b[i] & 0xFE) != 0xC4) ++i;
    if (i >= n) return;
    const size_t end = PlaceCueEnd(text, i);
    if (end != std::string_view::npos) {
      on_end(end);
      i = end;
    } else {
      ++i;
    }
  }
}

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
  const std::string key = AsciiLower(LastWord(before.substr(0, e)));
  return IsOneOf(key, kPlaceKeys);
}

enum class Cue { kNone, kDirection, kList, kStrong };

struct Place {
  size_t begin = 0, end = 0;  // in the match
  PlaceInfo info;
};

// Reads the words of the match that start at a capital and finds the first
// place: the longest gazetteer name of up to three words at a capitalized
// word (LongestPlaceAt).
bool FindPlace(std::string_view m, std::string_view before, size_t from, Place* out) {
  const auto* b = reinterpret_cast<const unsigned char*>(m.data());
  const size_t n = m.size();
  for (size_t p = from; p < n;) {
    if (!(IsAsciiUpper(b[p]) || (LatinAt(b, p, n) != 0 && IsLatinUpper(LatinAt(b, p, n))))) {
      while (p < n && b[p] != ' ') ++p;
      while (p < n && b[p] == ' ') ++p;
      continue;
    }
    size_t end = 0;
    PlaceInfo info;
    if (LongestPlaceAt(b, p, WordEnd(b, p, n), n, &end, &info, p == 0 ? before : m.substr(0, p))) {
      *out = {p, end, info};
      return true;
    }
    const size_t e0 = WordEnd(b, p, n);
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
  // (The first word, as PlaceCueEnd tests it.)
  const size_t first_end = std::min(name.find(' '), name.size());
  if (first_end <= 4 && first_end >= 2 && IsAsciiUpper(static_cast<unsigned char>(name[1]))) {
    return Verdict::Reject();
  }
  // What the name is besides a place (PersonLike). A word: "Nice",
  // "Split", "Turkey"; a country's name in the middle of a sentence says it
  // is the country.
  const bool person_like = PersonLike(name, place.info);
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
    const std::string next = AsciiLower(m.substr(place.end + 1, m.find(' ', place.end + 1) - place.end - 1));
    if (!IsPlaceHead(next)) return Verdict::Reject();
    head = next;
  } else {
    size_t k = 0;
    while (k < c.after.size() && c.after[k] == ' ') ++k;
    if (k == 1) {
      size_t e = k;
      while (e < c.after.size() && (IsAsciiLetter(static_cast<unsigned char>(c.after[e])) || c.after[e] == '\'')) ++e;
      const std::string next = AsciiLower(c.after.substr(k, e - k));
      if (IsPlaceHead(next)) head = next;
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
    prev = AsciiLower(LastWord(m.substr(0, place.begin), &start));
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
    prev = AsciiLower(prev);
  }
  {
    std::string_view r = rest;
    while (!r.empty() && r.back() == ' ') r.remove_suffix(1);
    if (!r.empty() && r.back() == '.') r.remove_suffix(1);
    size_t s2 = 0;
    const std::string_view w2 = LastWord(r, &s2);
    prev2 = AsciiLower(w2);
    prev2_place = !w2.empty() && IsAsciiUpper(static_cast<unsigned char>(w2[0])) &&
                  PlaceGazetteer::Get().Lookup(w2).place();
    if (prev == "of" && !w2.empty() && IsAsciiUpper(static_cast<unsigned char>(w2[0]))) return Verdict::Reject();
  }
  if (IsOneOf(prev, kTitles)) return Verdict::Reject();
  // The word right before, when capitalized in `before`, is part of the
  // same name ("Chiara De Luca" is no place; "Tata Consultancy Services,
  // Johannesburg" has a comma between).
  if (place.begin == 0 && !c.before.empty() && c.before.back() == ' ') {
    std::string_view raw = LastWord(c.before);
    if (!raw.empty() && (IsAsciiUpper(static_cast<unsigned char>(raw[0])) ||
                         (static_cast<unsigned char>(raw[0]) >= 0xC3 && static_cast<unsigned char>(raw[0]) <= 0xC5))) {
      const std::string low = AsciiLower(raw);
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
  } else if (!glued && IsListJoin(prev)) {
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
    if (!FindPlace(c.text, c.before, from, &place)) return Verdict::Reject();
    Verdict v = Gate(c, place);
    if (v.accept) return v;
    from = place.end;
  }
  return Verdict::Reject();
}

// location_place_lower: a lowercase place after a phrase of moving or
// living ("moving to lisbon", "se muda a valencia", "déménage à
// marseille"): one or two words, the longer name first, that may stand
// alone (MayStandAlone: no word, no person's name; a country, a region or a
// city of 100,000+). The phrases are the regex's first part and its
// prefilter (rare literals: chat says "moving to" seldom).
constexpr std::string_view kMovingPhrases[] = {
    "moving to", "moved to", "move to", "relocating to", "relocated to", "flying to", "flew to", "fly to",
    "trip to", "based in", "living in", "live in", "lives in", "born in", "se muda a", "se mudó a",
    "me mudo a", "déménage à", "zieht nach", "verhuist naar", "flyttar till", "mora em", "vive en",
    "vit à", "wohnt in", "woont in", "bor i", "vive a", "vivo a", "vivo en", "moro em", "trasferisce a"};

Verdict ValidateLowercasePlace(const Candidate& c) {
  const std::string lower = AsciiLower(c.text);
  size_t start = std::string_view::npos;
  for (std::string_view phrase : kMovingPhrases) {
    if (lower.size() > phrase.size() + 1 && lower.compare(0, phrase.size(), phrase) == 0 &&
        lower[phrase.size()] == ' ') {
      start = phrase.size() + 1;
      break;
    }
  }
  if (start == std::string_view::npos) return Verdict::Reject();
  const std::string_view rest = c.text.substr(start);
  if (rest.empty() || rest[0] < 'a' || rest[0] > 'z') return Verdict::Reject();  // location_place's
  const size_t space = rest.find(' ');
  for (size_t len : {rest.size(), space}) {
    if (len == std::string_view::npos || len < 3) continue;
    const std::string_view name = rest.substr(0, len);
    const PlaceInfo info = PlaceGazetteer::Get().Lookup(name);
    if (!info.place() || !MayStandAlone(name, info)) continue;
    Verdict v = Verdict::Accept("lowercase place after a phrase of moving or living", 0.55);
    v.sub_begin = start;
    v.sub_end = start + len;
    return v;
  }
  return Verdict::Reject();
}

}  // namespace

void AddPlaceRules(RuleList& out) {
  // A capitalized word of letters (Latin-1, Latin Extended-A) and hyphenated
  // parts, then up to two more ("Visiting São Paulo"): the validator finds
  // the place among them. Under kShortRuleWidth.
  const std::string cap = "(?:[A-Z]|[À-ÖØ-Þ]|[Ā-ſ])";
  const std::string letters = "[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]";
  const std::string word = cap + letters + "{0,24}(?:-" + letters + "{1,12}){0,2}";
  // (No lowercase particles, "Rio de Janeiro": a stream would hold back
  // every capitalized word before a "de" or "su" at the end of what it has.)
  const std::string regex = word + "(?: " + word + "){0,2}";
  const Validator validate = ValidatePlace;
  out.push_back({
      .id = "location_place",
      .entity_type = "LOCATION",
      .regex = regex,
      // Places with an ASCII or Latin-1 capital: PERSON's capital walk
      // (person/capital_cues.h) reports PlaceCueEnd for them.
      .cue_group = PlaceCapitalCue(),
      .score = 0.55,
      .validate = validate,
      .max_score = 0.55,
  });
  std::string phrases = "(?:";
  for (std::string_view p : kMovingPhrases) phrases += std::string(phrases.size() > 3 ? "|" : "") + std::string(p);
  phrases += ")";
  const std::string lower_word = "[a-zß-öø-ÿ]{2,20}";
  out.push_back({
      .id = "location_place_lower",
      .entity_type = "LOCATION",
      .regex = "\\b" + phrases + " [a-z]" + lower_word + "(?: " + lower_word + ")?",
      .flags = matching::kCaseless,
      .prefilter = "\\b" + phrases + " [a-z]",
      .score = 0.55,
      .validate = ValidateLowercasePlace,
      .max_score = 0.55,
  });
  out.push_back({
      .id = "location_place_ext",
      .entity_type = "LOCATION",
      .regex = regex,
      // Places with a Latin Extended-A capital ("Łódź", "İzmir").
      .cue_finder = FindExtendedCapitalPlaceCues,
      .score = 0.55,
      .validate = validate,
      .max_score = 0.55,
  });
}

}  // namespace convoguard::recognizers
