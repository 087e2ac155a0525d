// Words of postal addresses, shared by LOCATION (which builds addresses from
// them) and PERSON (which must not read "Hawthorn Ave" or "avenue Jean
// Jaurès" as a person's name).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace convoguard::recognizers {

// USPS state, district and territory codes ("OH", "DC") and Canadian
// province codes ("ON", "BC"), exactly (upper case).
bool IsUsStateCode(std::string_view s);
bool IsStateOrProvinceCode(std::string_view s);

// English street suffixes, capitalized as written ("Street", "St", "Ave").
// Strong ones say "street" on their own; weak ones ("Way", "Dr", "Place")
// are also ordinary words, titles or surnames.
const std::vector<std::string>& StrongStreetSuffixes();
const std::vector<std::string>& WeakStreetSuffixes();

// Continental street words come from one table (address_words.cc) that
// both the word tests below and the LOCATION regexes are built from, so the
// two cannot drift apart.

// True for a word that starts a street name in French, Italian, Spanish,
// Catalan, Portuguese, Dutch, German or Polish addresses, any case: "rue",
// "avenue", "via", "corso", "calle", "carrer", "rua", "piazza", "ul."
// (without the dot); German "Am", "Zum", "Zur" only capitalized.
bool IsStreetPrefix(std::string_view word);

// True for a street name word of the compound kind, any case: a word that is
// a street type ("Allee", "Weg", "Platz") or ends with one ("Kerkstraat",
// "Nørrebrogade", "Marktplatz", "Hauptstraße", "Hauptstr", "Storgatan").
bool IsStreetCompound(std::string_view word);

// Regex alternations ("(?:...)") of the same table, for the LOCATION rules:
//   StreetPrefixRegex        every prefix capitalized ("Rue", "Av\\."), and in
//                            lower case those that are no English word
//                            ("rue", "ul\\.", not "avenue" or "place");
//   StreetEndingRegex        the compound endings, lower case ("straße",
//                            "str\\."), to follow a capitalized stem;
//   StandaloneStreetRegex    the street types that are also a street name's
//                            word on their own, capitalized ("Allee", "Weg").
const std::string& StreetPrefixRegex();
const std::string& StreetEndingRegex();
const std::string& StandaloneStreetRegex();

}  // namespace convoguard::recognizers
