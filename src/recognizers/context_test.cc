// The helpers validators share: context words within a clause, reference
// nouns, glued and grouped neighbours.
#include "recognizers/context.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace convoguard::recognizers {
namespace {

TEST(Context, FindsWordsWithinTheClause) {
  const std::vector<std::string> words = {"ssn", "born"};
  EXPECT_EQ(FindContextWord("my SSN is ", "", words), "ssn");
  EXPECT_EQ(FindContextWord("", " is my ssn", words), "ssn");
  EXPECT_EQ(FindContextWord("DOB:\n", "", {"dob"}), "dob");              // form field on two lines
  EXPECT_EQ(FindContextWord("social sec no. ", "", {"social sec"}), "social sec");  // abbreviation
  EXPECT_EQ(FindContextWord("acct. ", "", {"acct"}), "acct");
  // Another clause's word is no context.
  EXPECT_TRUE(FindContextWord("", " hasn't arrived | ssn: 152-25", words).empty());
  EXPECT_TRUE(FindContextWord("ssn 656-49-5953. the log says ", "", words).empty());
  EXPECT_TRUE(FindContextWord("", " error timeout. born on 24.02", words).empty());
  EXPECT_TRUE(FindContextWord("born in Leeds\nthe order is ", "", words).empty());
  EXPECT_TRUE(FindContextWord("ssn; then ", "", words).empty());
  EXPECT_TRUE(FindContextWord("", ". Born in Leeds", words).empty());
  EXPECT_EQ(FindContextWord("needs SSN. Mine is ", "", words), "ssn");
}

// A candidate at the end of `before` (a table's text), followed by `after`.
Candidate At(std::string_view before, std::string_view after) {
  Candidate c;
  c.before = before.substr(before.size() > kContextBefore ? before.size() - kContextBefore : 0);
  c.table_before = before;
  c.after = after;
  return c;
}

TEST(Context, TableHeaders) {
  const std::vector<std::string> words = {"aadhaar", "dni"};
  EXPECT_EQ(FindHeaderContextWord(At("name,aadhaar_no\nRavi,2345 6789 0123\nPriya,", "\n"), words), "aadhaar");
  EXPECT_EQ(FindHeaderContextWord(At("DNI;Nombre\n", ";Lucía\n"), words), "dni");  // first column
  EXPECT_EQ(FindHeaderContextWord(At("| Name | DNI |\n| --- | --- |\n| Ana | ", " |"), words), "dni");
  EXPECT_EQ(FindHeaderContextWord(At("name\taadhaar\nRavi\t", ""), words), "aadhaar");
  // Another column, no header line, a data row on top, prose, a header out of reach.
  EXPECT_TRUE(FindHeaderContextWord(At("aadhaar,name\nRavi,", ""), words).empty());
  EXPECT_TRUE(FindHeaderContextWord(At("Ravi,", ""), words).empty());
  EXPECT_TRUE(FindHeaderContextWord(At("Ravi,aadhaar 2345\nPriya,", ""), words).empty());
  EXPECT_TRUE(FindHeaderContextWord(At("I asked for the DNI of the tenant, and the landlord's one,\nok, ", ""), words)
                  .empty());
  std::string far = "x,dni\n";
  while (far.size() < kTableBefore) far += "a,b\n";
  far += "c,";
  EXPECT_TRUE(FindHeaderContextWord(At(std::string_view(far).substr(far.size() - kTableBefore), ""), words).empty());
  // Rows without a header: the title line above them, after a blank line or a colon.
  EXPECT_EQ(FindHeaderContextWord(At("DNI de la plantilla, ¿bien?\n\nIñaki;47024624C\nRocío;", ""), words), "dni");
  EXPECT_EQ(FindHeaderContextWord(At("Aadhaar numbers:\nRavi, ", ""), words), "aadhaar");
  EXPECT_TRUE(FindHeaderContextWord(At("I lost my DNI today\nOK, ", ""), words).empty());
  EXPECT_TRUE(FindHeaderContextWord(At("Aadhaar numbers:\n\n\nRavi, ", ""), words).empty());
  EXPECT_TRUE(FindHeaderContextWord(At("DNI list:\nthe one I wrote down for you yesterday evening, ", ""), words)
                  .empty());
  // The engine's search: the clause first, then the header.
  EXPECT_EQ(FindContextWord(At("name,aadhaar\nRavi,", ""), {"aadhaar"}), "aadhaar");
}

// The search as it was written first: the clauses lowercased into one
// haystack, before + "\n" + after, and one search per word for an
// occurrence at a word start.
std::string_view ReferenceContextWord(std::string_view before, std::string_view after,
                                      const std::vector<std::string>& words) {
  std::string hay = std::string(ClauseBefore(before)) + "\n" + std::string(ClauseAfter(after));
  for (char& c : hay) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  auto word_byte = [](unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 0x80; };
  for (const std::string& w : words) {
    if (w.find('\n') != std::string::npos) continue;
    for (size_t pos = hay.find(w); pos != std::string::npos; pos = hay.find(w, pos + 1)) {
      if (pos == 0 || !word_byte(static_cast<unsigned char>(hay[pos - 1]))) return w;
    }
  }
  return {};
}

// FindContextWord and a rule's ContextWords give the first search's answer
// on random text built from the words, their pieces and clause breaks.
TEST(Context, WalkFindsWhatOneSearchPerWordFinds) {
  const std::vector<std::vector<std::string>> lists = {
      {"ssn", "social security", "social", "soc"}, {"card", "credit", "cc", "c"}, {"iban", "bank", "b", "an"},
      {"é", "née", "ne"},  {"", "x"}, {"a\nb", "ab"}, {"tok", "token", "to"}, {}};
  const std::vector<std::string> pieces = {"SSN", "Social ", "security", "soc", "card", "Credit", "CC", "iban", "bank",
                                           "an", "née", "É", "é", "token", "tok", "to", "ab", "a", "b", "x", "1234",
                                           "567", " ", " ", "-", ".", ". ", "! N", "|", ";", ":\n", "\n", ", ", "_"};
  std::mt19937 rng(5);
  size_t found = 0;
  for (const auto& words : lists) {
    const ContextWords index(words);
    for (int t = 0; t < 3000; ++t) {
      std::string before, after;
      for (int k = 0, n = static_cast<int>(rng() % 12); k < n; ++k) before += pieces[rng() % pieces.size()];
      for (int k = 0, n = static_cast<int>(rng() % 12); k < n; ++k) after += pieces[rng() % pieces.size()];
      const std::string_view want = ReferenceContextWord(before, after, words);
      found += !want.empty();
      ASSERT_EQ(FindContextWord(before, after, words), want) << "[" << before << "] [" << after << "]";
      ASSERT_EQ(index.Find(before, after), want) << "[" << before << "] [" << after << "]";
    }
  }
  EXPECT_GT(found, 3000u);  // the text does hold the words
}

TEST(Context, ClauseBoundaries) {
  EXPECT_EQ(ClauseBefore("needs PESEL. Mine is "), "needs PESEL. Mine is ");  // the word names the next value
  EXPECT_EQ(ClauseBefore("DOB 1948-06-21, admitted "), ", admitted ");        // another value intervenes
  EXPECT_EQ(ClauseBefore("v1.2 and "), "v1.2 and ");
  EXPECT_EQ(ClauseBefore("NHS number: 30/04/1969, "), "NHS number: 30/04/1969, ");  // a list of values
  EXPECT_EQ(ClauseBefore("passports 503284851 and "), "passports 503284851 and ");
  EXPECT_EQ(ClauseBefore("ssn 656-49-5953. the log says "), " the log says ");
  EXPECT_EQ(ClauseBefore("a | b "), " b ");
  EXPECT_EQ(ClauseAfter(" ok! next"), " ok");
  EXPECT_EQ(ClauseAfter(" is 1.5 m"), " is 1.5 m");
  EXPECT_EQ(ClauseAfter(" hasn't arrived, ssn: 152-25"), " hasn't arrived");
  EXPECT_EQ(ClauseAfter(" ssn 152"), " ssn ");
}

TEST(Context, ReferenceNouns) {
  for (const char* before : {"my order #", "tracking number ", "ISBN: ", "invoice no. ", "ticket ",
                             "the book (isbn ", "Order ID: ", "parcel ", "order number is ", "Ref. "}) {
    EXPECT_TRUE(NamedAsReferenceNumber(before)) << before;
  }
  for (const char* before : {"my ssn is ", "account ", "acct #", "order for account ", "I placed an order. ",
                             "", "the log says ", "orders, and "}) {
    EXPECT_FALSE(NamedAsReferenceNumber(before)) << before;
  }
}

TEST(Context, NeighboursOfACandidate) {
  auto cand = [](std::string_view before, std::string_view text, std::string_view after) {
    return Candidate{text, before, after};
  };
  EXPECT_TRUE(GluedToNeighbours(cand("trace ", "1176344d", "-aecd-41c8"), "-"));
  EXPECT_FALSE(GluedToNeighbours(cand("nif ", "12345678Z", "- thanks"), "-"));
  EXPECT_TRUE(InsideDigitGroups(cand("tracking ", "9400 6081 0459", " 7397 1218 54")));
  EXPECT_TRUE(InsideDigitGroups(cand("no 12 ", "3456 7890 1234", "")));
  EXPECT_FALSE(InsideDigitGroups(cand("aadhaar ", "2345 6789 0123", " for KYC")));
  EXPECT_TRUE(NotAnIdentifier(cand("order #", "886900716", " shipped"), "-"));
  EXPECT_TRUE(NotAnIdentifier(cand("", "9400 6081 0459", " 7397"), "-"));
  EXPECT_FALSE(NotAnIdentifier(cand("ssn ", "886900716", ""), "-"));
  EXPECT_FALSE(NotAnIdentifier(cand("", "886900716", " 5 times"), "-"));  // unspaced: not a group piece
}

}  // namespace
}  // namespace convoguard::recognizers
