#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "convoguard/analyzer.h"
#include "evaluation/corpus.h"
#include "matching/pattern_set.h"
#include "recognizers/catalog.h"
#include "recognizers/spans_for_tests.h"

namespace convoguard {
namespace {

// The LOCATION spans reported in `text`, as substrings.
std::vector<std::string> Locations(const std::string& text) { return testing::SpansOf("LOCATION", text); }

using Spans = std::vector<std::string>;

TEST(Location, FullUsAddressWithCityStateZip) {
  EXPECT_EQ(Locations("HQ: 1600 Amphitheatre Parkway, Mountain View, CA 94043. Call first."),
            Spans{"1600 Amphitheatre Parkway, Mountain View, CA 94043"});
  EXPECT_EQ(Locations("ship to 350 Fifth Avenue, New York, NY 10118-0110 please"),
            Spans{"350 Fifth Avenue, New York, NY 10118-0110"});
}

TEST(Location, StreetWithoutCity) {
  EXPECT_EQ(Locations("he lived at 221B Baker St for years"), Spans{"221B Baker St"});
  EXPECT_EQ(Locations("my address is 42 Elm Road"), Spans{"42 Elm Road"});
}

TEST(Location, DirectionAndUnit) {
  EXPECT_EQ(Locations("send it to 123 N. Main Street Apt 4 by Friday"), Spans{"123 N. Main Street Apt 4"});
  EXPECT_EQ(Locations("office at 77 W 42nd St, Suite 300"), Spans{"77 W 42nd St, Suite 300"});
}

TEST(Location, InvalidStateIsNotPartOfTheAddress) {
  // (The city alone is then a place: place_test.cc.)
  EXPECT_EQ(Locations("deliver to 12 Oak Lane, Springfield, ZZ 12345"), (Spans{"12 Oak Lane", "Springfield"}));
}

TEST(Location, PoBoxAndCityStateZip) {
  EXPECT_EQ(Locations("mail it to PO Box 123 instead"), Spans{"PO Box 123"});
  EXPECT_EQ(Locations("mail it to P.O. Box 9876"), Spans{"P.O. Box 9876"});
  EXPECT_EQ(Locations("we are in Springfield, IL 62704 now"), Spans{"Springfield, IL 62704"});
  EXPECT_TRUE(Locations("Build failed, XX 12345 errors").empty());
}

TEST(Location, UkPostcodeNeedsContext) {
  EXPECT_EQ(Locations("my postcode is SW1A 1AA"), Spans{"SW1A 1AA"});
  EXPECT_TRUE(Locations("the part number is AB1 2CD").empty());
}

TEST(Location, LookAlikesAreNotAddresses) {
  for (const char* t : {"3 Ways to improve your code", "5 Main points from the talk", "version 2 Drive",
                        "We shipped 10 Best Way to do it", "I have 2 Dogs and 3 Cats",
                        "Chapter 7 Road Trip recap", "Top 10 Street Foods", "at 5 PM we met"}) {
    EXPECT_TRUE(Locations(t).empty()) << t << " -> " << (Locations(t).empty() ? "" : Locations(t)[0]);
  }
}

TEST(Location, UkAndCanadianAddressesWithCityAndPostcode) {
  EXPECT_EQ(Locations("return to Olivia Grant, 58 Harcourt Road, Bristol BS6 7RJ, phone 07700"),
            Spans{"58 Harcourt Road, Bristol BS6 7RJ"});
  EXPECT_EQ(Locations("addressed to 29 Coronation Street, Salford M5 3EW, NI"),
            Spans{"29 Coronation Street, Salford M5 3EW"});
  EXPECT_EQ(Locations("moving from 22 Hawthorn Ave, Toronto, ON M4W 2Z1 to Vancouver"),
            (Spans{"22 Hawthorn Ave, Toronto, ON M4W 2Z1", "Vancouver"}));
  EXPECT_EQ(Locations("moving out of 1402 Peachtree St NE, Atlanta, GA 30309."),
            Spans{"1402 Peachtree St NE, Atlanta, GA 30309"});
  EXPECT_EQ(Locations("unit 10 Tanjong Pagar Road, #12-03, Singapore 088443, contact"),
            Spans{"10 Tanjong Pagar Road, #12-03, Singapore 088443"});
  // A state-like pair of capitals is no postcode: the street alone.
  EXPECT_EQ(Locations("at 12 Oak Lane, Bristol BS, then"), Spans{"12 Oak Lane"});
}

TEST(Location, ContinentalEuropeanAddresses) {
  EXPECT_EQ(Locations("adres Kerkstraat 14, 3811 CV Amersfoort. Kun je"), Spans{"Kerkstraat 14, 3811 CV Amersfoort"});
  EXPECT_EQ(Locations("a flat at Schönhauser Allee 112, 10439 Berlin."), Spans{"Schönhauser Allee 112, 10439 Berlin"});
  EXPECT_EQ(Locations("my address 14 Rue des Lilas, 69003 Lyon under"), Spans{"14 Rue des Lilas, 69003 Lyon"});
  EXPECT_EQ(Locations("morada Rua Augusta 210, 1100-053 Lisboa. O"), Spans{"Rua Augusta 210, 1100-053 Lisboa"});
  EXPECT_EQ(Locations("address ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa. Do"),
            Spans{"ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa"});
  EXPECT_EQ(Locations("Address: Nørrebrogade 52, 2200 København N\nPhone"), Spans{"Nørrebrogade 52, 2200 København N"});
  EXPECT_EQ(Locations("wohne am Marktplatz 4, 69117 Heidelberg."), Spans{"Marktplatz 4, 69117 Heidelberg"});
}

// The regex and the validator read their street words from one table
// (address_words.h): words that only one of them knew before now work.
TEST(Location, StreetWordsOfTheSharedTable) {
  EXPECT_EQ(Locations("Lieferung an Hauptstr. 5, 10115 Berlin bitte"), Spans{"Hauptstr. 5, 10115 Berlin"});
  EXPECT_EQ(Locations("adresse Storgata 5, 0155 Oslo, takk"), Spans{"Storgata 5, 0155 Oslo"});
  EXPECT_EQ(Locations("adres Leuvensesteenweg 12, 3080 Tervuren."), Spans{"Leuvensesteenweg 12, 3080 Tervuren"});
  EXPECT_EQ(Locations("envío a avenida Mayo 12, 28013 Madrid."), Spans{"avenida Mayo 12, 28013 Madrid"});
  // Look-alikes: an English word that is a prefix only when capitalized, and
  // "str" without its dot, inside a word that is no street (the city alone
  // is a place).
  EXPECT_EQ(Locations("take place 5, 10115 Berlin"), Spans{"Berlin"});
  EXPECT_TRUE(Locations("the Industr 5, 10115 Units").empty());
}

// A unit written before the address belongs to it; localities after the
// street without a postal code only when the clause ends with them.
TEST(Location, LeadUnitAndLocalitiesWithoutPostcode) {
  EXPECT_EQ(Locations("post to Flat 4, 27 Mill Road, Cambridge. Thanks"), Spans{"Flat 4, 27 Mill Road, Cambridge"});
  EXPECT_EQ(Locations("livraison : Appartement 12, 5 avenue Jean Jaurès, 75019 Paris."),
            Spans{"Appartement 12, 5 avenue Jean Jaurès, 75019 Paris"});
  EXPECT_EQ(Locations("residing at 15 Aguiyi Ironsi Street, Maitama, Abuja."),
            Spans{"15 Aguiyi Ironsi Street, Maitama, Abuja"});
  EXPECT_EQ(Locations("Unit 4B, 700 Harbour Road, Kowloon"), Spans{"Unit 4B, 700 Harbour Road, Kowloon"});
  // Look-alikes: capitalized words after the street that go on into the
  // sentence, a unit word before no address, a unit without its comma.
  EXPECT_EQ(Locations("ship to 42 Elm Road, Maria and I will sign"), Spans{"42 Elm Road"});
  EXPECT_TRUE(Locations("Room 12, 3 Ways to improve your code").empty());
  EXPECT_EQ(Locations("the Suite 5 Main Street office"), Spans{"5 Main Street"});
  // A unit word inside another word is none.
  EXPECT_EQ(Locations("GuestRoom 4, Hauptstraße 5, 10115 Berlin"), Spans{"Hauptstraße 5, 10115 Berlin"});
  // A unit word with no comma after its number is no lead unit: "Wohnung"
  // and "Kastanienallee" are read as a street of two words, whose unit word
  // stays out of the span (a lead unit needs its comma: the address was
  // dropped while any unit word first counted as one).
  EXPECT_EQ(Locations("Wohnung Kastanienallee 12 m. 4, 00-514 Warszawa"),
            Spans{"Kastanienallee 12 m. 4, 00-514 Warszawa"});
}

// Comma-separated address parts before a city and a six-digit postal code,
// with or without a street suffix (Indian, Singaporean addresses).
TEST(Location, AddressPartsBeforeASixDigitPostalCode) {
  EXPECT_EQ(Locations("address Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038."),
            Spans{"Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038"});
  EXPECT_EQ(Locations("flat at B-12, Kumar Park, Baner Road, Pune 411045; rent"),
            Spans{"B-12, Kumar Park, Baner Road, Pune 411045"});
  EXPECT_EQ(Locations("deliver to House 7, Sector 15, Gurgaon 122001 by noon"),
            Spans{"House 7, Sector 15, Gurgaon 122001"});
  // Look-alikes: a list of names or fields before a number, a date or an ID
  // among the parts, one part only (the city alone is a place: place_test.cc).
  for (const char* t : {"invite Anna, Tom, Lee, Batch 123456 too", "Order Summary, Total Items, Invoice 204511",
                        "Priya, Tom, Sarah, Team 230001"}) {
    EXPECT_TRUE(Locations(t).empty()) << t << " -> " << Locations(t).front();
  }
  for (const char* t : {"DOB 15-08-1986, Aadhaar Card, Pune 411045", "Baner Road, Pune 411045"}) {
    EXPECT_EQ(Locations(t), Spans{"Pune"}) << t;
  }
}

TEST(Location, NumbersBeforeAPostalCodeLikeNumberAreNoAddress) {
  // No street word: dates, chapters and counts before a year or a count.
  for (const char* t : {"we met on March 3, 2024 The plan", "Chapter 12, 2020 Edition", "Item 5, 10000 Units",
                        "see page 4, 1200 Words", "build 77, 2024 Release notes"}) {
    EXPECT_TRUE(Locations(t).empty()) << t << " -> " << (Locations(t).empty() ? "" : Locations(t)[0]);
  }
}

TEST(Location, AddressSplitAcrossStreamChunksIsFound) {
  const std::pair<std::string, std::string> cases[] = {
      {"Please ship the order to 1600 Amphitheatre Parkway, Mountain View, CA 94043 today.",
       "1600 Amphitheatre Parkway, Mountain View, CA 94043"},
      {"Ich wohne am Marktplatz 4, 69117 Heidelberg und arbeite dort.", "Marktplatz 4, 69117 Heidelberg"},
      {"post to Flat 4, 27 Mill Road, Cambridge. Thanks", "Flat 4, 27 Mill Road, Cambridge"},
      {"address Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038.",
       "Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038"},
      {"livraison : Appartement 12, 5 avenue Jean Jaurès, 75019 Paris.",
       "Appartement 12, 5 avenue Jean Jaurès, 75019 Paris"},
  };
  for (const auto& [text, want] : cases) {
    for (size_t chunk : {1, 2, 3, 5, 7, 16, 1000}) {
      EXPECT_EQ(testing::StreamedSpansOf("LOCATION", text, chunk), Spans{want}) << "chunk " << chunk;
    }
  }
}

// Continental addresses: more street words (Catalan, Spanish, French, Dutch,
// German), house numbers with letters, a floor or flat before the postal
// code, cities with hyphens, "am Main" and Polish capitals.
TEST(Location, MoreContinentalStreetsAndCities) {
  EXPECT_EQ(Locations("piso en Carrer de Mallorca 251, 08008 Barcelona."), Spans{"Carrer de Mallorca 251, 08008 Barcelona"});
  EXPECT_EQ(Locations("Calle de Toledo 58, 3º izq., 28005 Madrid"), Spans{"Calle de Toledo 58, 3º izq., 28005 Madrid"});
  EXPECT_EQ(Locations("Via Nazionale 210, int. 5, 00184 Roma"), Spans{"Via Nazionale 210, int. 5, 00184 Roma"});
  EXPECT_EQ(Locations("au 22 cours de l'Intendance, 33000 Bordeaux"), Spans{"22 cours de l'Intendance, 33000 Bordeaux"});
  EXPECT_EQ(Locations("Keizersgracht 412-II, 1016 GK Amsterdam"), Spans{"Keizersgracht 412-II, 1016 GK Amsterdam"});
  EXPECT_EQ(Locations("Laan van Meerdervoort 420, 2563 BH Den Haag"), Spans{"Laan van Meerdervoort 420, 2563 BH Den Haag"});
  EXPECT_EQ(Locations("wir wohnen Am Sandtorkai 42, 20457 Hamburg."), Spans{"Am Sandtorkai 42, 20457 Hamburg"});
  EXPECT_EQ(Locations("Elbchaussee 190, 22605 Hamburg"), Spans{"Elbchaussee 190, 22605 Hamburg"});
  EXPECT_EQ(Locations("Goethestraße 5, 60313 Frankfurt am Main"), Spans{"Goethestraße 5, 60313 Frankfurt am Main"});
  EXPECT_EQ(Locations("Bergmannstraße 88, 10961 Berlin-Kreuzberg"), Spans{"Bergmannstraße 88, 10961 Berlin-Kreuzberg"});
  EXPECT_EQ(Locations("9 chemin des Vignes, 13100 Aix-en-Provence"), Spans{"9 chemin des Vignes, 13100 Aix-en-Provence"});
  EXPECT_EQ(Locations("ul. Piotrkowska 120, 90-006 Łódź"), Spans{"ul. Piotrkowska 120, 90-006 Łódź"});
  // Look-alikes: "am" in English is no street word; a count before a number.
  for (const char* t : {"I am 12, 2024 was good", "Room 12, 3º floor, 28005 units", "Zum 3, 10000 Fans"}) {
    EXPECT_TRUE(Locations(t).empty()) << t << " -> " << Locations(t).front();
  }
}

// Address parts before a city and a UK postcode, an Eircode or an
// Australian state and postcode; names of premises before the street are
// kept, a person's name is not.
TEST(Location, AddressPartsBeforeAPostcode) {
  EXPECT_EQ(Locations("meet at The Old Mill, 3 Weir Lane, Guildford GU1 4RP."),
            Spans{"The Old Mill, 3 Weir Lane, Guildford GU1 4RP"});
  EXPECT_EQ(Locations("new address: 12 Meadow View, Chorley PR7 3JD"), Spans{"12 Meadow View, Chorley PR7 3JD"});
  EXPECT_EQ(Locations("Unit 5, Baltic Chambers, 50 Wellington St, Glasgow G2 6HJ"),
            Spans{"Unit 5, Baltic Chambers, 50 Wellington St, Glasgow G2 6HJ"});
  EXPECT_EQ(Locations("14 Trinity Road, Tooting, London SW17 7RE"), Spans{"14 Trinity Road, Tooting, London SW17 7RE"});
  EXPECT_EQ(Locations("Ciarán, 22 Strand Road, Sligo F91 X2K7"), Spans{"22 Strand Road, Sligo F91 X2K7"});
  EXPECT_EQ(Locations("flat: 22 Bondi Rd, Bondi Junction NSW 2022"), Spans{"22 Bondi Rd, Bondi Junction NSW 2022"});
  EXPECT_EQ(Locations("Li Wen, Room 1702, 88 Nanjing West Road, Jing'an District, Shanghai 200040"),
            Spans{"Room 1702, 88 Nanjing West Road, Jing'an District, Shanghai 200040"});
  // Look-alikes: a sign-off or a product before a postcode-shaped code, an
  // invalid postcode.
  for (const char* t : {"Thanks, London SW1A 1AA", "Kind regards, Team 16GB", "Order 12, Size XL 4QV",
                        "Model X, Tesla QV1 1AA"}) {
    EXPECT_TRUE(Locations(t).size() <= (std::string(t).find("SW1A") != std::string::npos ? 1u : 0u))
        << t << " -> " << Locations(t).front();
  }
  EXPECT_NE(Locations("Thanks, London SW1A 1AA").size() == 1 ? Locations("Thanks, London SW1A 1AA")[0] : "",
            "Thanks, London SW1A 1AA");
}

// us_street_address's cue comes from the capital walk, which must report
// exactly the ends Vectorscan reports for the prefilter the rule still names
// (so the engine's regions and findings are the database's): on chat text
// and random text of suffixes, their look-alikes and what may stand around
// them, whole and cut anywhere (a cut is a window's edge).
TEST(Location, StreetSuffixCueIsThePrefilters) {
  const recognizers::RuleList rules = recognizers::AllRules();
  const auto rule = std::find_if(rules.begin(), rules.end(),
                                 [](const recognizers::Rule& r) { return r.id == "us_street_address"; });
  ASSERT_NE(rule, rules.end());
  ASSERT_TRUE(rule->cue_group.group != nullptr);
  auto set = matching::PatternSet::Compile({{rule->prefilter, rule->flags}}, recognizers::kMaxRuleWidth,
                                           matching::DigitGate::kOff);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  matching::BlockScanner scanner(*set);
  std::vector<std::string> texts = {evaluation::GenerateChatText(6, evaluation::Density::kDense, 200000),
                                    evaluation::GenerateChatText(6, evaluation::Density::kSparse, 200000)};
  const std::vector<std::string> pieces = {"Street", "St", "Ave", "Av", "Avenue", "Dr", "Drive", "Sq", "Rte", "Pike",
                                           "Stanley", "Streets", "ST", "st", "Way", "St5", "St_", "Sté", "Row",
                                           "Main", "O'", "x-", "4", " ", " ", "  ", ".", ",", "\n", "-", "'", "é",
                                           "Elm St", "Baker Street", "Oak Ave.", "x- Rd", "O' Way", "Pine Dr5", "é Sq"};
  std::mt19937 rng(17);
  for (int k = 0; k < 4000; ++k) {
    std::string t;
    for (size_t i = 0, n = 1 + rng() % 10; i < n; ++i) t += pieces[rng() % pieces.size()];
    texts.push_back(std::move(t));
  }
  size_t reported = 0;
  for (size_t k = 0; k < texts.size(); ++k) {
    for (int cut = 0; cut < 3; ++cut) {
      std::string_view t = texts[k];
      if (cut > 0 && !t.empty()) {
        size_t at = rng() % t.size();
        while (at > 0 && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80) --at;
        t = cut == 1 ? t.substr(at) : t.substr(0, at);
      }
      std::vector<uint64_t> want, got;
      ASSERT_TRUE(scanner.Scan(t, [&](unsigned, uint64_t e) { want.push_back(e); }).ok());
      std::sort(want.begin(), want.end());
      want.erase(std::unique(want.begin(), want.end()), want.end());
      (*rule->cue_group.group)(t, [&](unsigned member, uint64_t e) {
        if (member == rule->cue_group.member) got.push_back(e);
      });
      reported += got.size();
      ASSERT_EQ(got, want) << "in \"" << (k < 2 ? std::string_view("(chat text)") : t) << "\"";
    }
  }
  EXPECT_GE(reported, 2000u);
}

}  // namespace
}  // namespace convoguard
