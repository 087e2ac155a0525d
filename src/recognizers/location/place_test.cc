#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "recognizers/place_gazetteer.h"
#include "recognizers/spans_for_tests.h"

namespace convoguard {
namespace {

using Spans = std::vector<std::string>;
Spans Locations(const std::string& text) { return testing::SpansOf("LOCATION", text); }

TEST(PlaceGazetteer, FoldsAndKnowsKinds) {
  const auto& g = recognizers::PlaceGazetteer::Get();
  EXPECT_GT(g.size(), 20000u);
  EXPECT_EQ(g.Lookup("Kraków").kind, recognizers::PlaceKind::kCity);
  EXPECT_EQ(g.Lookup("KRAKOW").kind, recognizers::PlaceKind::kCity);
  EXPECT_EQ(g.Lookup("Deutschland").kind, recognizers::PlaceKind::kCountry);
  EXPECT_EQ(g.Lookup("Ontario").kind, recognizers::PlaceKind::kRegion);
  EXPECT_TRUE(g.Lookup("São Paulo").place());
  EXPECT_TRUE(g.Lookup("Buenos").prefix);
  EXPECT_FALSE(g.Lookup("Buenos").place());
  EXPECT_FALSE(g.Lookup("keyboard").place());
}

TEST(Place, AfterPrepositionsInManyLanguages) {
  EXPECT_EQ(Locations("she is moving to Lisbon right after"), Spans{"Lisbon"});
  EXPECT_EQ(Locations("flights from São Paulo to Kraków"), (Spans{"São Paulo", "Kraków"}));
  EXPECT_EQ(Locations("we are based in Ontario"), Spans{"Ontario"});
  EXPECT_EQ(Locations("mi hermana vive en Montevideo"), Spans{"Montevideo"});
  EXPECT_EQ(Locations("eu moro em Belo Horizonte"), Spans{"Belo Horizonte"});
  EXPECT_EQ(Locations("il déménage à Marseille demain"), Spans{"Marseille"});
  EXPECT_EQ(Locations("meine Oma wohnt in Bad Tölz"), Spans{"Bad Tölz"});
  EXPECT_EQ(Locations("vi kommer till Västerås"), Spans{"Västerås"});
  EXPECT_EQ(Locations("przeprowadziła się do Łodzi, a potem w Gdańsk"), (Spans{"Łodzi", "Gdańsk"}));
  EXPECT_EQ(Locations("cumartesi İzmir'e gidiyoruz, in İzmir"), (Spans{"İzmir", "İzmir"}));
}

TEST(Place, InflectedPolishNamesAfterAPreposition) {
  EXPECT_EQ(Locations("siostra przeprowadziła się do Wrocławia"), Spans{"Wrocławia"});
  EXPECT_EQ(Locations("paczka czeka w Krakowie"), Spans{"Krakowie"});
  EXPECT_EQ(Locations("jadą do Poznania jutro"), Spans{"Poznania"});
  EXPECT_EQ(Locations("wracam z Gdańska"), Spans{"Gdańska"});
  // Not after another word, and not a name of a person.
  EXPECT_TRUE(Locations("the Krakowie file").empty());
  EXPECT_TRUE(Locations("idę do Kowalskiego").empty());
}

TEST(Place, LowercaseAfterAPhraseOfMoving) {
  EXPECT_EQ(Locations("she turns 30 and is moving to lisbon right after lol"), Spans{"lisbon"});
  EXPECT_EQ(Locations("mi compañero se muda a valencia el mes que viene"), Spans{"valencia"});
  EXPECT_EQ(Locations("mon pote déménage à marseille"), Spans{"marseille"});
  EXPECT_EQ(Locations("we moved to new york last year"), Spans{"new york"});
  // Words and names are no places in lowercase.
  EXPECT_TRUE(Locations("we are moving to production next week").empty());
  EXPECT_TRUE(Locations("moved to nice weather finally").empty());
  EXPECT_TRUE(Locations("she moved to reading more books").empty());
}

TEST(Place, OtherCues) {
  EXPECT_EQ(Locations("a replacement shipped to our Bristol office"), Spans{"Bristol"});
  EXPECT_EQ(Locations("{\"name\": \"Sergei\", \"city\": \"Tbilisi\"}"), Spans{"Tbilisi"});
  EXPECT_EQ(Locations("Cidade: Salvador"), Spans{"Salvador"});
  EXPECT_EQ(Locations("numbers for the Karachi and Lahore teams"), (Spans{"Karachi", "Lahore"}));
  EXPECT_EQ(Locations("Berlin is cold in winter"), Spans{"Berlin"});
  EXPECT_EQ(Locations("we're driving from Denver to Albuquerque"), (Spans{"Denver", "Albuquerque"}));
}

TEST(Place, AmbiguousNamesNeedContext) {
  EXPECT_EQ(Locations("my ex-wife moved to Nice with the kids"), Spans{"Nice"});
  EXPECT_TRUE(Locations("Nice work on the release").empty());
  EXPECT_TRUE(Locations("I got an email from Jordan about it").empty());
  EXPECT_TRUE(Locations("please talk to Florence first").empty());
  EXPECT_TRUE(Locations("Split the file into two").empty());
  EXPECT_TRUE(Locations("Mobile users see the banner").empty());
  EXPECT_EQ(Locations("we got pulled over in Georgia"), Spans{"Georgia"});
}

TEST(Place, NamesAndOrganisationsAreNoPlaces) {
  for (const char* t : {"Paris Hilton was there", "Mr Lincoln called", "I study at the University of Toronto",
                        "wire it to Deutsche Bank Berlin", "mail berlin.de now", "ping @London on slack",
                        "the small town of Xyzzy", "Chiara De Luca from Milan Kundera's agency"}) {
    EXPECT_TRUE(Locations(t).empty()) << t << " -> " << Locations(t)[0];
  }
}

TEST(Place, StreamedTheSameAsWhole) {
  const std::string text = "flights from São Paulo to Kraków, then on to Berlin and Warsaw.";
  for (size_t chunk : {1u, 3u, 7u, 16u}) {
    EXPECT_EQ(testing::StreamedSpansOf("LOCATION", text, chunk), Locations(text)) << chunk;
  }
}

}  // namespace
}  // namespace convoguard
