#include "recognizers/address_words.h"

#include <array>

#include "recognizers/context.h"

namespace convoguard::recognizers {
namespace {

constexpr std::array<std::string_view, 59> kStates = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP"};
constexpr std::array<std::string_view, 13> kProvinces = {"AB", "BC", "MB", "NB", "NL", "NS", "NT",
                                                         "NU", "ON", "PE", "QC", "SK", "YT"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view s) {
  for (std::string_view x : list) {
    if (s == x) return true;
  }
  return false;
}

}  // namespace

bool IsUsStateCode(std::string_view s) { return In(kStates, s); }
bool IsStateOrProvinceCode(std::string_view s) { return In(kStates, s) || In(kProvinces, s); }

const std::vector<std::string>& StrongStreetSuffixes() {
  static const std::vector<std::string> kList = {
      "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
      "Parkway", "Pkwy", "Highway", "Hwy", "Terrace", "Ter", "Court", "Ct", "Expressway", "Expy",
      "Freeway", "Fwy", "Turnpike", "Tpke"};
  return kList;
}

const std::vector<std::string>& WeakStreetSuffixes() {
  static const std::vector<std::string> kList = {"Dr", "Way", "Place", "Pl", "Circle", "Cir", "Square", "Sq",
                                                 "Trail", "Trl", "Loop", "Alley", "Plaza", "Row", "Crescent",
                                                 "Close", "Pike", "Route", "Rte", "Av"};
  return kList;
}

bool IsStreetPrefix(std::string_view word) {
  static constexpr std::array<std::string_view, 26> kPrefixes = {
      "rue",   "avenue", "av",     "boulevard", "bd",      "place",  "allée",  "chemin", "impasse",
      "via",   "viale",  "corso",  "piazza",    "piazzale", "largo", "calle",  "avenida", "paseo",
      "plaza", "rua",    "praça",  "travessa",  "ul",      "ulica",  "aleja",  "straat"};
  return In(kPrefixes, AsciiLower(word));
}

bool IsStreetCompound(std::string_view word) {
  static constexpr std::array<std::string_view, 26> kEndings = {
      "straße", "strasse", "str", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "markt",
      "straat", "laan", "plein", "gracht", "kade", "singel", "dijk", "steenweg", "gade", "vej",
      "gatan", "gata", "vägen", "veien", "torget"};
  const std::string w = AsciiLower(word);
  for (std::string_view e : kEndings) {
    if (w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

}  // namespace convoguard::recognizers
