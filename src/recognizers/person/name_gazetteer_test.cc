#include "recognizers/name_gazetteer.h"

#include <gtest/gtest.h>

namespace convoguard::recognizers {
namespace {

TEST(NameGazetteer, LoadsTheEmbeddedTable) {
  EXPECT_GT(NameGazetteer::Get().size(), 90000u);
}

TEST(NameGazetteer, KnowsCommonGivenNamesAndSurnames) {
  const NameGazetteer& g = NameGazetteer::Get();
  EXPECT_EQ(g.Lookup("john").given, 4);
  EXPECT_EQ(g.Lookup("Maria").given, 4);
  EXPECT_EQ(g.Lookup("GONZALEZ").surname, 4);
  EXPECT_EQ(g.Lookup("smith").surname, 4);
  EXPECT_EQ(g.Lookup("Gonzalez").given, 0);
}

TEST(NameGazetteer, FlagsNamesThatAreCommonWords) {
  const NameGazetteer& g = NameGazetteer::Get();
  for (const char* w : {"will", "may", "rose", "mark", "bill", "grant", "hope", "young", "white", "june"}) {
    EXPECT_TRUE(g.Lookup(w).is_word) << w;
    EXPECT_TRUE(g.Lookup(w).known()) << w;
  }
  EXPECT_FALSE(g.Lookup("john").is_word);
  EXPECT_FALSE(g.Lookup("gonzalez").is_word);
}

TEST(NameGazetteer, NamesRareInTheUsAreKnown) {
  const NameGazetteer& g = NameGazetteer::Get();
  for (const char* w : {"deepak", "tomasz", "ngozi", "chinedu", "rajesh"}) {
    EXPECT_EQ(g.Lookup(w).given, 1) << w;
    EXPECT_FALSE(g.Lookup(w).is_word) << w;
  }
  // Places and products among the rare SSA names are marked as words.
  for (const char* w : {"tokyo", "seattle", "linux", "jira"}) EXPECT_TRUE(g.Lookup(w).is_word) << w;
}

TEST(NameGazetteer, DictionaryWordsAreListedAsWordsOnly) {
  const NameGazetteer& g = NameGazetteer::Get();
  for (const char* w : {"support", "team", "the", "settings"}) {
    EXPECT_TRUE(g.Lookup(w).is_word) << w;
    EXPECT_FALSE(g.Lookup(w).known()) << w;
  }
  EXPECT_FALSE(g.Lookup("oluwaseun").is_word);
}

TEST(NameGazetteer, UnknownWordsAreNotNames) {
  const NameGazetteer& g = NameGazetteer::Get();
  EXPECT_FALSE(g.Lookup("the").known());
  EXPECT_FALSE(g.Lookup("kubernetes").known());
  EXPECT_FALSE(g.Lookup("").known());
  EXPECT_FALSE(g.Lookup(std::string(100, 'a')).known());
}

}  // namespace
}  // namespace convoguard::recognizers
