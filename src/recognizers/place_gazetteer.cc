#include "recognizers/place_gazetteer.h"

#include "recognizers/context.h"

#include <string>

// Bounds of the embedded places.tsv (places_blob.S).
extern "C" const char cg_places_tsv_begin[];
extern "C" const char cg_places_tsv_end[];

namespace convoguard::recognizers {
namespace {

// Prepositions of place: where someone is ("in Lisbon", "en Madrid", "em
// Recife", "à Lyon", "w Krakowie", "i Uppsala", "nel", "bij").
constexpr std::string_view kAtPlace[] = {
    "in", "near", "outside", "around", "across", "throughout", "en", "em", "no", "na", "nos", "nas",
    "à", "au", "aux", "bei", "im", "w", "we", "i", "på", "nel", "nella", "ad", "te", "bij",
    "vanuit", "hier", "inside", "within", "nahe", "based"};
// Directions: "to", "from" and their kin; a name that is also a person's or
// a word needs a word of travel before them.
constexpr std::string_view kDirection[] = {
    "to", "from", "into", "towards", "toward", "via", "de", "desde", "hacia", "para", "pra", "a",
    "da", "do", "dos", "das", "di", "aus", "nach", "von", "naar", "uit", "z", "ze", "till", "från",
    "fra", "til", "depuis", "vers", "per", "par", "out"};
// Words of travel and living before a direction: "moving to", "flights
// from", "relocated to", "originally from".
constexpr std::string_view kTravel[] = {
    "move", "moved", "moving", "moves", "fly", "flying", "flew", "flight", "flights", "trip", "travel",
    "travelling", "traveling", "travelled", "traveled", "drive", "driving", "drove", "route", "train",
    "bus", "relocate", "relocated", "relocating", "relocation", "going", "go", "went", "back", "way",
    "ship", "shipped", "shipping", "return", "returned", "emigrated", "originally", "visit", "visiting",
    "commute", "road", "ticket", "tickets", "journey", "arrive", "arrives", "arrived", "arriving",
    // it, es, pt, fr, de, nl, sv, pl
    "va", "vai", "vado", "andare", "trasferisce", "trasferito", "trasferita", "viaggio", "treno", "volo",
    "viaja", "viajo", "voy", "vamos", "llega", "vuelo", "tren", "muda", "mudou", "chega", "voo", "vou",
    "déménage", "part", "pars", "partir", "arrive", "vol", "fährt", "fahren", "fliegt", "fliegen",
    "zieht", "reist", "zug", "flug", "gaat", "verhuist", "vlucht", "trein", "flyttar", "åker", "reser",
    "flyg", "jadą", "jedzie", "leci", "przeprowadziła", "przeprowadził", "lot", "pociąg"};
// Verbs that take a place without a preposition ("visiting Chicago",
// "leave Dubai"), where they end the words before a name.
constexpr std::string_view kPlaceVerbs[] = {
    "visiting", "visit", "visited", "leaving", "leave", "left", "reach", "reached", "reaches",
    "departing", "arriving", "explore", "exploring", "tour", "touring", "toured"};
// The last word of `s` before trailing spaces, lowercased (ASCII), and the
// text before it.
std::string_view LastWordOf(std::string_view s, std::string_view* rest) {
  size_t e = s.size();
  while (e > 0 && s[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && (((s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z') || static_cast<unsigned char>(s[b - 1]) >= 0x80)) {
    --b;
  }
  *rest = s.substr(0, b);
  return s.substr(b, e - b);
}

}  // namespace

bool IsPlacePreposition(std::string_view w) { return IsOneOf(w, kAtPlace); }
bool IsDirectionWord(std::string_view w) { return IsOneOf(w, kDirection); }
bool IsTravelWord(std::string_view w) { return IsOneOf(w, kTravel); }
bool IsPlaceVerb(std::string_view w) { return IsOneOf(w, kPlaceVerbs); }

bool PlaceCueBefore(std::string_view before) {
  std::string_view rest;
  const std::string_view raw = LastWordOf(before, &rest);
  if (raw.empty() || rest.size() + raw.size() == before.size()) return false;  // glued, or nothing
  const std::string prev = AsciiLower(raw);
  if (IsPlacePreposition(prev) || IsPlaceVerb(prev)) return true;
  std::string_view rest2;
  const std::string prev2 = AsciiLower(LastWordOf(rest, &rest2));
  if (prev == "of") return prev2 == "out";
  return IsDirectionWord(prev) && (IsTravelWord(prev2) || IsPlaceVerb(prev2));
}

const PlaceGazetteer& PlaceGazetteer::Get() {
  static const PlaceGazetteer instance;
  return instance;
}

PlaceGazetteer::PlaceGazetteer()
    : table_(std::string_view(cg_places_tsv_begin, static_cast<size_t>(cg_places_tsv_end - cg_places_tsv_begin))) {}

PlaceInfo PlaceGazetteer::Lookup(std::string_view name) const {
  // "\tK\tS\tP\tW": kind letter, size, prefix and word digits.
  const std::string_view rest = table_.Find(name);
  PlaceInfo info;
  if (rest.size() < 8) return info;
  info.size = static_cast<uint8_t>(rest[3] - '0');
  if (info.size > 0) {
    info.kind = rest[1] == 'c' ? PlaceKind::kCountry : rest[1] == 'r' ? PlaceKind::kRegion : PlaceKind::kCity;
  }
  info.prefix = rest[5] == '1';
  info.is_word = rest[7] == '1';
  return info;
}

}  // namespace convoguard::recognizers
