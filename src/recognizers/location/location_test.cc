#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "convoguard/analyzer.h"
#include "recognizers/spans_for_tests.h"

namespace convoguard {
namespace {

const Analyzer& LocationAnalyzer() {
  static std::shared_ptr<const Analyzer> a = *Analyzer::Create({{"LOCATION"}});
  return *a;
}

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
  EXPECT_EQ(Locations("deliver to 12 Oak Lane, Springfield, ZZ 12345"), Spans{"12 Oak Lane"});
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

TEST(Location, AddressSplitAcrossStreamChunksIsFound) {
  std::string text = "Please ship the order to 1600 Amphitheatre Parkway, Mountain View, CA 94043 today.";
  for (size_t chunk : {1, 2, 3, 5, 7, 16, 1000}) {
    auto s = LocationAnalyzer().NewStream({});
    std::vector<std::string> got;
    auto take = [&](const StreamUpdate& u) {
      for (const Finding& f : u.findings) got.push_back(text.substr(f.byte_start, f.byte_end - f.byte_start));
    };
    for (size_t i = 0; i < text.size(); i += chunk) {
      auto u = s->Write(std::string_view(text).substr(i, chunk));
      ASSERT_TRUE(u.ok());
      take(*u);
    }
    auto u = s->Finish();
    ASSERT_TRUE(u.ok());
    take(*u);
    EXPECT_EQ(got, Spans{"1600 Amphitheatre Parkway, Mountain View, CA 94043"}) << "chunk " << chunk;
  }
}

}  // namespace
}  // namespace convoguard
