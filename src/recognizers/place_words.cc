#include "recognizers/place_words.h"

#include <array>

#include "recognizers/context.h"
#include "recognizers/name_gazetteer.h"
#include "recognizers/place_gazetteer.h"

namespace convoguard::recognizers {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Nouns after a place that say it is one ("our Berlin office", "the
// Karachi branch", "Heathrow airport").
constexpr std::string_view kPlaceHeads[] = {
    "office", "offices", "branch", "airport", "hq", "headquarters", "campus", "area", "region", "city",
    "metro", "station", "plant", "factory", "warehouse", "site", "store", "hub", "team", "clinic",
    "hospital", "based", "area's", "suburbs", "centre", "center", "downtown", "province", "county", "state"};
// Words joining places in a list ("Karachi and Lahore", "Fes, then ...").
constexpr std::string_view kListJoins[] = {"and", "or", "then", "&", "et", "y", "e",
                                           "und", "en", "och", "og", "oder", "ou", "o"};

}  // namespace

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
static bool IsWordByte(unsigned char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c >= 0x80; }

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

bool IsPlaceHead(std::string_view lower_word) { return IsOneOf(lower_word, kPlaceHeads); }
bool IsListJoin(std::string_view lower_word) { return IsOneOf(lower_word, kListJoins); }

// The longest place name starting with the capitalized word at b[p]: up to
// three capitalized words ("São Paulo") when the word starts a
// longer name, else the word itself, else its part before a hyphen
// ("Leipzig" of "Leipzig-Connewitz": the whole word is reported). Sets *end
// past the name. The finder and the validator both read places this way.
// e0 is WordEnd(b, p, n).
// Polish prepositions before a place, which inflect it ("do Wrocławia",
// "w Krakowie", "z Gdańska", "w Łodzi").
constexpr std::string_view kPolishPrepositions[] = {"w", "we", "do", "z", "ze", "na", "od", "ku", "przy", "pod", "nad", "spod"};
// Case endings and what the nominative ends with instead, tried in order.
constexpr std::pair<std::string_view, std::string_view> kPolishEndings[] = {
    {"owie", "ow"}, {"iu", ""}, {"ie", "a"}, {"ie", ""}, {"ia", ""}, {"a", ""}, {"u", ""}, {"y", "a"}, {"i", ""}};

// The place an inflected Polish name after a Polish preposition names
// (size 2 or more): "Wrocławia" -> "Wrocław", "Krakowie" -> "Krakow".
PlaceInfo PolishNominative(std::string_view word, std::string_view before) {
  // (Most capitalized words are not after a short lowercase word: a few
  // byte tests rule them out.)
  const size_t e = before.size();
  if (e < 2 || before[e - 1] != ' ' || before[e - 2] < 'a' || before[e - 2] > 'z') return {};
  size_t s = e - 1;
  while (s > 0 && e - 1 - s < 5 && before[s - 1] >= 'a' && before[s - 1] <= 'z') --s;
  if (e - 1 - s > 4 || (s > 0 && before[s - 1] != ' ' && before[s - 1] != '\n')) return {};
  if (!IsOneOf(before.substr(s, e - 1 - s), kPolishPrepositions)) return {};
  const PlaceGazetteer& g = PlaceGazetteer::Get();
  for (const auto& [ending, nominative] : kPolishEndings) {
    if (word.size() < ending.size() + 4 || word.substr(word.size() - ending.size()) != ending) continue;
    const std::string stem = std::string(word.substr(0, word.size() - ending.size())) + std::string(nominative);
    const PlaceInfo info = g.Lookup(stem);
    if (info.place() && info.size >= 2) return info;
  }
  return {};
}

bool LongestPlaceAt(const unsigned char* b, size_t p, size_t e0, size_t n, size_t* end, PlaceInfo* info,
                    std::string_view before) {
  if (e0 - p < 3 || e0 - p > 2 * kMaxFoldedKey) return false;
  const PlaceGazetteer& g = PlaceGazetteer::Get();
  const std::string_view text(reinterpret_cast<const char*>(b), n);
  const std::string_view word = text.substr(p, e0 - p);
  const PlaceInfo first = g.Lookup(word);
  // (A longer name goes on with a capital: "The Hague", "São Paulo"; "The
  // report" needs no more look-ups.)
  if (first.prefix && e0 + 2 < n && b[e0] == ' ' && !(b[e0 + 1] >= 'a' && b[e0 + 1] <= 'z')) {
    std::array<size_t, 2> ends{};
    size_t more = 0;
    for (size_t e = e0; more < 2 && e + 1 < n && b[e] == ' ' && !(b[e + 1] >= 'a' && b[e + 1] <= 'z');) {
      const size_t next = WordEnd(b, e + 1, n);
      if (next == e + 1) break;
      ends[more++] = e = next;
    }
    for (size_t k = more; k-- > 0;) {
      const PlaceInfo longer = g.Lookup(text.substr(p, ends[k] - p));
      if (longer.place()) {
        *end = ends[k];
        *info = longer;
        return true;
      }
    }
  }
  if (first.place()) {
    *end = e0;
    *info = first;
    return true;
  }
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos) {
    const PlaceInfo nominative = PolishNominative(word, before);
    if (!nominative.place()) return false;
    *end = e0;
    *info = nominative;
    return true;
  }
  const PlaceInfo base = g.Lookup(word.substr(0, hyphen));
  if (!base.place()) return false;
  *end = e0;
  *info = base;
  return true;
}

// What a one-word place's name is besides (the finder and Gate agree on
// these): a person's name, a given name of the commoner classes for a big
// place ("Paris", "London" are given names too) or a common surname for a
// smaller one; the hyphenated form is judged by its first part.
bool PersonLike(std::string_view name, const PlaceInfo& info) {
  if (name.find(' ') != std::string_view::npos) return false;
  const NameGazetteer& names = NameGazetteer::Get();
  NameInfo as_name = names.Lookup(name);
  const size_t hyphen = name.find('-');
  if (!as_name.known() && hyphen != std::string_view::npos) as_name = names.Lookup(name.substr(0, hyphen));
  const bool big = info.size >= 3;
  return as_name.given >= (big ? 4 : 1) || (!big && as_name.surname >= 3);
}

// Whether Gate may accept the place without a cue at all: a country, or a
// place of size 2 or more that is no word and no person's name.
bool MayStandAlone(std::string_view name, const PlaceInfo& info) {
  if (info.kind == PlaceKind::kCountry) return !PersonLike(name, info);
  return info.size >= 2 && !info.is_word && !PersonLike(name, info);
}

// Whether the words around text[p, e) could be a cue Gate counts (looser
// than Gate: a word of any cue list before it, a key's or a list's
// punctuation, a noun of places after it; or a buffer's edge, where it
// cannot tell).
bool CueMayBeNear(std::string_view text, size_t p, size_t e) {
  size_t q = p;
  while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '"' || text[q - 1] == '\'')) --q;
  if (q == 0) return true;
  const char ch = text[q - 1];
  if (ch == ':' || ch == '=' || ch == ',') return true;
  size_t b = q;
  while (b > 0 && q - b < 20 && (IsAsciiLetter(static_cast<unsigned char>(text[b - 1])) ||
                                 static_cast<unsigned char>(text[b - 1]) >= 0x80 || text[b - 1] == '&')) {
    --b;
  }
  if (b == 0 || q - b >= 20) return true;
  const std::string prev = AsciiLower(text.substr(b, q - b));
  if (IsPlacePreposition(prev) || IsDirectionWord(prev) || IsPlaceVerb(prev) || IsTravelWord(prev) ||
      IsListJoin(prev) || prev == "of") {
    return true;
  }
  size_t k = e;
  if (k < text.size() && text[k] == ' ') ++k;
  size_t f = k;
  while (f < text.size() && f - k < 16 && (IsAsciiLetter(static_cast<unsigned char>(text[f])) || text[f] == '\'')) ++f;
  if (f == text.size()) return true;
  return k > e && IsPlaceHead(AsciiLower(text.substr(k, f - k)));
}

size_t PlaceCueEnd(std::string_view text, size_t p, size_t ascii_end) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (p >= n || !CapitalStartsAt(b, p, n)) return std::string_view::npos;
  // The ASCII letters from p are the word unless a Latin letter or a hyphen
  // goes on after them.
  const size_t e = ascii_end > p && ascii_end <= n &&
                           (ascii_end == n || (b[ascii_end] != '-' && (b[ascii_end] < 0xC3 || b[ascii_end] > 0xC5)))
                       ? ascii_end
                       : WordEnd(b, p, n);
  // Capitals only, up to four letters ("API", "PEC"): Gate rejects them.
  if (e - p <= 4 && e - p >= 2 && IsAsciiUpper(b[p + 1])) return std::string_view::npos;
  size_t end = 0;
  PlaceInfo info;
  if (!LongestPlaceAt(b, p, e, n, &end, &info, text.substr(p > 16 ? p - 16 : 0, p > 16 ? 16 : p))) {
    return std::string_view::npos;
  }
  const std::string_view name = text.substr(p, end - p);
  if (MayStandAlone(name, info) || CueMayBeNear(text, p, end)) return e;
  return std::string_view::npos;
}

}  // namespace convoguard::recognizers
