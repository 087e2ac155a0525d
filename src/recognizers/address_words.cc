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

namespace {

// Street words that come before the name ("rue des Lilas", "ul. Marszałkowska").
struct Prefix {
  std::string_view word;  // lower case, without an abbreviation's dot
  bool abbreviation;      // written with a dot ("Av.", "ul.")
  bool english;           // also an English word: only capitalized in a regex
  bool capital_only = false;  // a street word only capitalized, everywhere ("Am Sandtorkai": "am" is a word)
};
constexpr auto kPrefixes = std::to_array<Prefix>({
    {"rue", false, false},      {"avenue", false, true},    {"av", true, true},
    {"boulevard", false, true}, {"bd", false, true},        {"place", false, true},
    {"allée", false, false},    {"chemin", false, false},   {"impasse", false, false},
    {"via", false, true},       {"viale", false, false},    {"corso", false, false},
    {"piazza", false, false},   {"piazzale", false, false}, {"largo", false, true},
    {"calle", false, false},    {"avenida", false, false},  {"paseo", false, false},
    {"plaza", false, true},     {"rua", false, false},      {"praça", false, false},
    {"travessa", false, false}, {"ul", true, false},        {"ulica", false, false},
    {"aleja", false, false},
    // French quays and walks, Catalan and Spanish roads, Italian streets,
    // Portuguese roads, Dutch "Laan van ...", German "Am"/"Zum"/"Zur".
    {"cours", false, false},    {"quai", false, false},     {"carrer", false, false},
    {"avinguda", false, false}, {"passeig", false, false},  {"carretera", false, false},
    {"ctra", true, false},      {"camino", false, false},   {"ronda", false, false},
    {"c/", false, false},       {"strada", false, false},   {"vicolo", false, false},
    {"estrada", false, false},  {"alameda", false, false},  {"laan", false, false},
    {"am", false, true, true},  {"zum", false, true, true}, {"zur", false, true, true},
});

// Street types that end a compound street name ("Kerkstraat", "Hauptstr.").
struct Ending {
  std::string_view word;  // lower case
  bool standalone;        // also a street name's word on its own ("Schönhauser Allee")
  bool abbreviation;      // written with a dot ("Hauptstr."): the regex needs it
};
constexpr std::array<Ending, 31> kEndings = {{
    {"straße", false, false}, {"strasse", false, false}, {"str", false, true},     {"weg", true, false},
    {"allee", true, false},   {"platz", true, false},    {"gasse", true, false},   {"ring", true, false},
    {"damm", true, false},    {"ufer", true, false},     {"markt", true, false},   {"straat", false, false},
    {"laan", true, false},    {"plein", true, false},    {"gracht", true, false},  {"kade", true, false},
    {"singel", false, false}, {"dijk", true, false},     {"steenweg", false, false}, {"gade", true, false},
    {"vej", true, false},     {"gatan", false, false},   {"gata", false, false},   {"vägen", false, false},
    {"veien", false, false},  {"torget", false, false},  {"chaussee", true, false}, {"kai", false, false},
    {"graben", true, false},  {"promenade", true, false}, {"stieg", false, false},
}};

// The word with its first letter in upper case (ASCII or a two-byte Latin-1
// letter; every table word starts with an ASCII letter).
std::string Capitalized(std::string_view w) {
  std::string out(w);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

void AddAlternative(std::string& out, std::string_view alt) {
  out += out.size() > 3 ? "|" : "";
  out += alt;
}

}  // namespace

bool IsStreetPrefix(std::string_view word) {
  const std::string w = AsciiLower(word);
  for (const Prefix& p : kPrefixes) {
    if (w == p.word) return !p.capital_only || (word[0] >= 'A' && word[0] <= 'Z');
  }
  return false;
}

bool IsStreetCompound(std::string_view word) {
  const std::string w = AsciiLower(word);
  for (const Ending& e : kEndings) {
    if (w.size() >= e.word.size() && w.compare(w.size() - e.word.size(), e.word.size(), e.word) == 0) return true;
  }
  return false;
}

const std::string& StreetPrefixRegex() {
  static const std::string kRegex = [] {
    std::string out = "(?:";
    for (bool lower : {false, true}) {
      for (const Prefix& p : kPrefixes) {
        if (lower && p.english) continue;
        AddAlternative(out, (lower ? std::string(p.word) : Capitalized(p.word)) + (p.abbreviation ? "\\." : ""));
      }
    }
    return out + ")";
  }();
  return kRegex;
}

const std::string& StreetEndingRegex() {
  static const std::string kRegex = [] {
    std::string out = "(?:";
    for (const Ending& e : kEndings) AddAlternative(out, std::string(e.word) + (e.abbreviation ? "\\." : ""));
    return out + ")";
  }();
  return kRegex;
}

const std::string& StandaloneStreetRegex() {
  static const std::string kRegex = [] {
    std::string out = "(?:";
    for (const Ending& e : kEndings) {
      if (e.standalone) AddAlternative(out, Capitalized(e.word));
    }
    return out + ")";
  }();
  return kRegex;
}

}  // namespace convoguard::recognizers
