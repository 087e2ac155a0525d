// Countries, regions and cities, from the table in data/gazetteers/places.tsv
// (see build_places.sh there: ICU's country and time zone city names in 18
// languages, GeoNames' cities of 15,000+ people and their states, with their
// names in 18 languages), compiled into the binary.
//
//   const PlaceGazetteer& g = PlaceGazetteer::Get();
//   PlaceInfo p = g.Lookup("Kraków");  // p.kind == PlaceKind::kCity, p.size == 2
//   g.Lookup("Buenos").prefix          // true: "Buenos Aires" is one
//
// Thread safety: Get() builds the index once (function-local static); it is
// immutable afterwards. Memory: the 0.8 MB embedded text and a 0.5 MB index.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "recognizers/folded_table.h"

namespace convoguard::recognizers {

enum class PlaceKind : uint8_t { kNone, kCountry, kRegion, kCity };

struct PlaceInfo {
  PlaceKind kind = PlaceKind::kNone;  // kNone: no place (perhaps a prefix)
  // 3: a country, a city of a million people or a time zone's city; 2: a
  // region, a city of 100,000+ or one some language translates; 1: a town of
  // 15,000+; 0: no place.
  uint8_t size = 0;
  bool prefix = false;  // the first word of a longer place name
  bool is_word = false; // also a lowercase English word ("nice", "split", "turkey")

  bool place() const { return size > 0; }
};

class PlaceGazetteer {
 public:
  static const PlaceGazetteer& Get();

  // Looks up a name of one or more words separated by single spaces,
  // case-insensitively, folded as FoldedTable does ("Göteborg" as
  // "goteborg"). Unknown names give PlaceInfo{}.
  PlaceInfo Lookup(std::string_view name) const;

  size_t size() const { return table_.size(); }

  PlaceGazetteer(const PlaceGazetteer&) = delete;
  PlaceGazetteer& operator=(const PlaceGazetteer&) = delete;

 private:
  PlaceGazetteer();
  FoldedTable table_;
};

// Words that say a place follows, lowercase: a preposition of place ("in",
// "near", "en", "em", "à", "w", "i", "till"), a direction ("to", "from",
// "de", "aus", "do"), a word of travel that makes a direction one ("moved",
// "flights", "va"), a verb that takes a place ("visiting", "leave").
bool IsPlacePreposition(std::string_view lower_word);
bool IsDirectionWord(std::string_view lower_word);
bool IsTravelWord(std::string_view lower_word);
bool IsPlaceVerb(std::string_view lower_word);

// True when the words at the end of `before` (followed by a space) say a
// place comes next: a preposition of place or a verb that takes one ("met in
// ", "visiting "), a direction after a word of travel ("moved to ",
// "flights from "), or "out of ".
bool PlaceCueBefore(std::string_view before);

}  // namespace convoguard::recognizers
