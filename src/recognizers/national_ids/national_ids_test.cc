#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "convoguard/analyzer.h"
#include "checksums/checksums.h"
#include "matching/pattern_set.h"
#include "recognizers/catalog.h"
#include "recognizers/national_ids/id_checks.h"

namespace convoguard {
namespace {

namespace ids = recognizers::national_ids;

// --- Check functions -------------------------------------------------------

TEST(IdChecks, SpainNifAndNie) {
  EXPECT_TRUE(ids::EsNif("12345678Z"));
  EXPECT_TRUE(ids::EsNif("55555555K"));
  EXPECT_TRUE(ids::EsNif("1111111G"));   // 7-digit form
  EXPECT_FALSE(ids::EsNif("12345678A"));  // wrong letter
  EXPECT_FALSE(ids::EsNif("1234567Z"));   // wrong length for this letter
  EXPECT_TRUE(ids::EsNie("X9613851N"));
  EXPECT_TRUE(ids::EsNie("Y8063915Z"));
  EXPECT_TRUE(ids::EsNie("Z8078221M"));
  EXPECT_FALSE(ids::EsNie("Y8063915Q"));
  EXPECT_FALSE(ids::EsNie("W8063915Z"));  // W is not an NIE prefix
}

TEST(IdChecks, ItalyFiscalCodeAndVat) {
  EXPECT_TRUE(ids::ItFiscalCode("RSSMRA85T10A562S"));
  EXPECT_FALSE(ids::ItFiscalCode("RSSMRA85T10A562T"));  // check letter
  EXPECT_FALSE(ids::ItFiscalCode("RSSMRA85Z10A562S"));  // Z is not a month letter
  EXPECT_FALSE(ids::ItFiscalCode("RSSMRA85T10A562"));   // short
  EXPECT_TRUE(ids::ItVatCode("01333550323"));
  EXPECT_FALSE(ids::ItVatCode("01333550324"));
  EXPECT_FALSE(ids::ItVatCode("00000000000"));
}

TEST(IdChecks, IndiaAadhaar) {
  EXPECT_TRUE(ids::InAadhaar("312345678909"));
  EXPECT_TRUE(ids::InAadhaar("399876543211"));
  EXPECT_FALSE(ids::InAadhaar("312345678908"));  // Verhoeff
  EXPECT_FALSE(ids::InAadhaar("123456789012"));  // starts with 1
  EXPECT_FALSE(ids::InAadhaar("31234567890"));   // 11 digits
}

TEST(IdChecks, IndiaAadhaarRejectsPalindromes) {
  // Find a palindrome whose Verhoeff digit holds, so the test isolates the
  // palindrome rule.
  std::string palindrome;
  for (int a = 200000; a < 300000 && palindrome.empty(); ++a) {
    std::string half = std::to_string(a);
    std::string full = half + std::string(half.rbegin(), half.rend());
    if (checksums::Verhoeff(full)) palindrome = full;
  }
  ASSERT_FALSE(palindrome.empty());
  EXPECT_FALSE(ids::InAadhaar(palindrome)) << palindrome;
}

TEST(IdChecks, Australia) {
  EXPECT_TRUE(ids::AuAbn("51824753556"));
  EXPECT_FALSE(ids::AuAbn("52824753556"));
  EXPECT_FALSE(ids::AuAbn("00000000560"));
  EXPECT_TRUE(ids::AuAcn("000000019"));
  EXPECT_TRUE(ids::AuAcn("005499981"));
  EXPECT_FALSE(ids::AuAcn("824753557"));
  EXPECT_TRUE(ids::AuTfn("876543210"));
  EXPECT_FALSE(ids::AuTfn("876543211"));
  EXPECT_FALSE(ids::AuTfn("000000000"));
  EXPECT_TRUE(ids::AuMedicare("2123456701"));
  EXPECT_TRUE(ids::AuMedicare("21234567011"));  // with individual reference
  EXPECT_FALSE(ids::AuMedicare("2123258701"));
  EXPECT_FALSE(ids::AuMedicare("7123456701"));  // first digit 2-6
}

TEST(IdChecks, SingaporeNricFin) {
  EXPECT_TRUE(ids::SgNricFin("S2740116C"));
  EXPECT_TRUE(ids::SgNricFin("M4332674T"));
  EXPECT_FALSE(ids::SgNricFin("S2740116D"));
  EXPECT_FALSE(ids::SgNricFin("A1234567Z"));  // not a series letter
}

TEST(IdChecks, PolandPesel) {
  EXPECT_TRUE(ids::PlPesel("44051401458"));
  EXPECT_TRUE(ids::PlPesel("02070803628"));
  EXPECT_FALSE(ids::PlPesel("44051401459"));  // check digit
  EXPECT_FALSE(ids::PlPesel("4405140145"));   // short
  // Month 13 is no month in any century; fix the check digit so only the date fails.
  std::string bad_date = "4413140145";
  static const int w[10] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
  int sum = 0;
  for (int i = 0; i < 10; ++i) sum += (bad_date[i] - '0') * w[i];
  bad_date.push_back(static_cast<char>('0' + (10 - sum % 10) % 10));
  EXPECT_FALSE(ids::PlPesel(bad_date)) << bad_date;
  // 2000s births: month + 20. 29 Feb 2004 exists, 29 Feb 2003 does not.
  auto with_check = [&](std::string s) {
    int t = 0;
    for (int i = 0; i < 10; ++i) t += (s[i] - '0') * w[i];
    return s + static_cast<char>('0' + (10 - t % 10) % 10);
  };
  EXPECT_TRUE(ids::PlPesel(with_check("0422290123")));
  EXPECT_FALSE(ids::PlPesel(with_check("0322290123")));
}

TEST(IdChecks, FinlandSwedenKorea) {
  EXPECT_TRUE(ids::FiPersonalIdentityCode("131052-308T"));
  EXPECT_TRUE(ids::FiPersonalIdentityCode("010594Y9032"));
  EXPECT_FALSE(ids::FiPersonalIdentityCode("131052-308U"));
  EXPECT_FALSE(ids::FiPersonalIdentityCode("310289-211C"));  // 31 Feb
  EXPECT_TRUE(ids::SePersonnummer("8112189876"));
  EXPECT_TRUE(ids::SePersonnummer("191212121212"));
  EXPECT_FALSE(ids::SePersonnummer("8112189875"));   // Luhn
  EXPECT_FALSE(ids::SePersonnummer("200504422381"));  // day 42
  bool check = false;
  EXPECT_TRUE(ids::KrRrn("9601211021413", &check));
  EXPECT_TRUE(check);
  EXPECT_TRUE(ids::KrRrn("9601211234567", &check));
  EXPECT_FALSE(check);
  EXPECT_FALSE(ids::KrRrn("0013321234567", &check));  // month 13
  EXPECT_FALSE(ids::KrRrn("7604135212134", &check));  // foreigner digit
}

TEST(IdChecks, ThailandTurkeyCanadaSouthAfrica) {
  EXPECT_TRUE(ids::ThTnin("1234567890121"));
  EXPECT_FALSE(ids::ThTnin("1234567890123"));
  EXPECT_FALSE(ids::ThTnin("0234567890124"));
  EXPECT_FALSE(ids::ThTnin("1974567890124"));  // province 97 is not in use (checksum holds)
  EXPECT_TRUE(ids::TrNationalId("10000000146"));
  EXPECT_TRUE(ids::TrNationalId("76543210794"));
  EXPECT_FALSE(ids::TrNationalId("10000000145"));
  EXPECT_FALSE(ids::TrNationalId("02531814694"));
  EXPECT_TRUE(ids::CaSin("130692544"));
  EXPECT_FALSE(ids::CaSin("130692545"));
  EXPECT_FALSE(ids::CaSin("046454286"));  // 0 is not an issued first digit
  EXPECT_TRUE(ids::ZaIdNumber("8001015009087"));
  EXPECT_FALSE(ids::ZaIdNumber("8001015009086"));  // Luhn
  EXPECT_FALSE(ids::ZaIdNumber("9902294321191"));  // 29 Feb 1999/2099
}

// --- Through the engine ------------------------------------------------------

std::shared_ptr<const Analyzer> Analyzer_() {
  static auto a = [] {
    auto r = Analyzer::Create({});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return *r;
  }();
  return a;
}

// "TYPE=text" for every finding of a national ID type (digit groups may
// also be valid phone numbers; that is the phone recognizer's business).
std::multiset<std::string> Found(std::string_view text) {
  std::multiset<std::string> out;
  FindingFilter ids_only;
  ids_only.exclude = {"PHONE_NUMBER"};
  auto r = Analyzer_()->Scan(text, ids_only);
  EXPECT_TRUE(r.ok());
  for (const Finding& f : r->findings) {
    out.insert(f.entity_type + "=" +
               std::string(text.substr(f.byte_start, f.byte_end - f.byte_start)));
  }
  return out;
}

bool Has(std::string_view text, const std::string& expected) {
  return Found(text).count(expected) > 0;
}

TEST(NationalIdRules, FindsValidIdsInSentences) {
  EXPECT_TRUE(Has("Mi DNI es 12345678Z, gracias", "ES_NIF=12345678Z"));
  EXPECT_TRUE(Has("NIE: Y8063915-Z", "ES_NIE=Y8063915-Z"));
  EXPECT_TRUE(Has("codice fiscale RSSMRA85T10A562S.", "IT_FISCAL_CODE=RSSMRA85T10A562S"));
  EXPECT_TRUE(Has("partita IVA 01333550323", "IT_VAT_CODE=01333550323"));
  EXPECT_TRUE(Has("Aadhaar 3123 4567 8909", "IN_AADHAAR=3123 4567 8909"));
  // Weak TFNs in a table: the header cell or the list's title is the context word.
  EXPECT_TRUE(Has("name,tfn\nMitchell Clarke,876 543 210\n", "AU_TFN=876 543 210"));
  EXPECT_TRUE(Has("TFN list from onboarding, any typos?\n\nMitchell Clarke,876 543 210\n", "AU_TFN=876 543 210"));
  EXPECT_FALSE(Has("name,order\nMitchell Clarke,876 543 210\n", "AU_TFN=876 543 210"));
  EXPECT_TRUE(Has("my PAN is ABBPM4567S", "IN_PAN=ABBPM4567S"));
  EXPECT_TRUE(Has("ABN 51 824 753 556", "AU_ABN=51 824 753 556"));
  EXPECT_TRUE(Has("ACN 005 499 981", "AU_ACN=005 499 981"));
  EXPECT_TRUE(Has("my TFN is 876 543 210", "AU_TFN=876 543 210"));
  EXPECT_TRUE(Has("Medicare card 2123 45670 1", "AU_MEDICARE=2123 45670 1"));
  EXPECT_TRUE(Has("NRIC S2740116C was processed", "SG_NRIC_FIN=S2740116C"));
  EXPECT_TRUE(Has("My pesel is 44051401458.", "PL_PESEL=44051401458"));
  EXPECT_TRUE(Has("hetu 131052-308T", "FI_PERSONAL_IDENTITY_CODE=131052-308T"));
  EXPECT_TRUE(Has("personnummer 19121212-1212", "SE_PERSONNUMMER=19121212-1212"));
  EXPECT_TRUE(Has("RRN 960121-1021413", "KR_RRN=960121-1021413"));
  EXPECT_TRUE(Has("Thai ID 1-2345-67890-12-1", "TH_TNIN=1-2345-67890-12-1"));
  EXPECT_TRUE(Has("TC Kimlik No: 10000000146", "TR_NATIONAL_ID=10000000146"));
  EXPECT_TRUE(Has("my SIN is 130-692-544", "CA_SIN=130-692-544"));
  EXPECT_TRUE(Has("RSA ID: 8001015009087", "ZA_ID_NUMBER=8001015009087"));
}

// The rules whose Vectorscan pass is a word-shape cue finder
// (matching::WordShapeFinder): on random text near their shapes, the finder
// reports exactly the ends of the rule regex's matches (PCRE2), so the
// shape written beside the rule is the regex's.
TEST(NationalIdRules, WordShapeCuesAreTheRegexMatches) {
  recognizers::RuleList rules;
  recognizers::AddCountryIdRules(rules);
  size_t cued = 0;
  std::mt19937 rng(7);
  const std::string alnum = "ABCDEHLMNPQRSTUVXYZabcdehlmnpqrstuvxyz0123456789";
  const std::vector<std::string> seps = {" ", ".", "-", "\n", "_", "\xC3\xA9", ", "};
  for (const auto& rule : rules) {
    if (!rule.cue_group.group) continue;
    ++cued;
    auto set = matching::PatternSet::Compile({{rule.regex, rule.flags}}, 1000);
    ASSERT_TRUE(set.ok()) << set.status().ToString();
    size_t matches = 0;
    for (int t = 0; t < 300; ++t) {
      std::string text;
      for (int w = 0; w < 20; ++w) {
        if (rng() % 3 == 0) {
          std::string code = "RSSMRA85T10A562S";  // then mutated: case, omocodia, other bytes
          for (char& c : code) {
            if (rng() % 6 == 0) c = alnum[rng() % alnum.size()];
            if (rng() % 3 == 0 && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
          }
          text += code;
        } else {
          const size_t len = 14 + rng() % 5;
          for (size_t j = 0; j < len; ++j) text += alnum[rng() % alnum.size()];
        }
        text += seps[rng() % seps.size()];
      }
      std::vector<uint64_t> want, got;
      ASSERT_TRUE((*set)->FindMatches(0, text, 0, text.size(), [&](size_t, size_t e) { want.push_back(e); }).ok());
      (*rule.cue_group.group)(text, [&](unsigned member, uint64_t e) {
        if (member == rule.cue_group.member) got.push_back(e);
      });
      ASSERT_EQ(got, want) << rule.id << ": " << text;
      matches += want.size();
    }
    EXPECT_GT(matches, 100u) << rule.id;
  }
  EXPECT_GE(cued, 1u);
}

TEST(NationalIdRules, FiscalCodeInAnyCase) {
  EXPECT_TRUE(Has("cf: rssmra85t10a562s", "IT_FISCAL_CODE=rssmra85t10a562s"));
  EXPECT_TRUE(Has("cf RssMra85T10a562S, grazie", "IT_FISCAL_CODE=RssMra85T10a562S"));
  EXPECT_FALSE(Has("cf XRSSMRA85T10A562S", "IT_FISCAL_CODE=RSSMRA85T10A562S"));
}

TEST(NationalIdRules, RejectsWrongCheckDigits) {
  const char* texts[] = {
      "Mi DNI es 12345678A",          "NIE: Y8063915-Q",
      "codice fiscale RSSMRA85T10A562T", "Aadhaar 3123 4567 8908",
      "ABN 52 824 753 556",           "ACN 824 753 557",
      "TFN 876 543 211",              "Medicare 2123 25870 1",
      "NRIC S2740116D",               "pesel 44051401459",
      "hetu 131052-308U",             "personnummer 811218-9875",
      "Thai ID 1234567890123",        "kimlik 76543210780",
      "SIN 130 692 545",              "RSA ID 8001015009086",
  };
  for (const char* t : texts) EXPECT_TRUE(Found(t).empty()) << t << " -> " << *Found(t).begin();
}

TEST(NationalIdRules, ReferenceNumbersAndPiecesOfLongerTokens) {
  // Valid check digits, but named as something else or part of a longer value.
  const char* texts[] = {
      "tracking 1111 3123 4567 8909 12",  // a piece of a longer grouped number
      "parcel 312345678909 is delayed",   "my order #312345678909",
      "invoice no. 3123 4567 8909",       "trace 12345678Z-aecd-41c8",
      "ticket 44051401458",               "ISBN 8001015009087",
  };
  for (const char* t : texts) EXPECT_TRUE(Found(t).empty()) << t << " -> " << *Found(t).begin();
  // The same values standing alone, or with their own context word.
  EXPECT_TRUE(Has("aadhaar 312345678909 please", "IN_AADHAAR=312345678909"));
  EXPECT_TRUE(Has("3123 4567 8909 is on the card", "IN_AADHAAR=3123 4567 8909"));
  EXPECT_TRUE(Has("DNI 12345678Z - gracias", "ES_NIF=12345678Z"));
}

TEST(NationalIdRules, UnseparatedAadhaarNeedsContextToScoreHigh) {
  FindingFilter strict;
  strict.threshold = 0.7;
  auto bare = Analyzer_()->Scan("ref 312345678909", strict);
  auto named = Analyzer_()->Scan("aadhaar 312345678909", strict);
  auto grouped = Analyzer_()->Scan("3123 4567 8909", strict);
  ASSERT_TRUE(bare.ok() && named.ok() && grouped.ok());
  EXPECT_TRUE(bare->findings.empty());
  EXPECT_EQ(named->findings.size(), 1u);
  EXPECT_EQ(grouped->findings.size(), 1u);
}

TEST(NationalIdRules, RejectsWrongLengthsAndDates) {
  EXPECT_TRUE(Found("pesel 4405140145").empty());         // 10 digits
  EXPECT_TRUE(Found("Aadhaar 3123 4567 89091").empty());  // 13 digits
  EXPECT_TRUE(Found("RRN 001332-1234567").empty());       // month 13
  EXPECT_TRUE(Found("RSA ID 9913326789285").empty());     // month 13
  EXPECT_TRUE(Found("SIN 046-454 286").empty());          // mixed separators
  EXPECT_TRUE(Found("hetu 131052/308T").empty());          // not a century sign
}

TEST(NationalIdRules, WeakFormatsNeedContext) {
  // 876 543 210 passes the TFN check, 005 499 981 the ACN check; bare digit
  // groups without a context word are not reported as either.
  EXPECT_TRUE(Has("tax file number 876 543 210", "AU_TFN=876 543 210"));
  for (const auto& f : Found("we shipped 876 543 210 units")) {
    EXPECT_NE(f, "AU_TFN=876 543 210");
  }
  EXPECT_EQ(Found("invoice 005499981 attached").count("AU_ACN=005499981"), 0u);
  EXPECT_EQ(Found("total 01333550323 items").count("IT_VAT_CODE=01333550323"), 0u);
}

TEST(NationalIdRules, IgnoresLookAlikes) {
  EXPECT_TRUE(Found("see version 12.4.1 and build 2024-01-15").empty());
  EXPECT_TRUE(Found("the SKU ABCDE1234F is out of stock").empty());  // 4th letter D
  EXPECT_TRUE(Found("digits 12345678901234567890 here").empty());
  EXPECT_TRUE(Found("order number 1111111111111").empty());
}

// --- Presidio's recognizer cases ---------------------------------------------

// Rows of presidio_recognizer_cases.jsonl for one entity: a "match" row counts
// when every expected span is reported exactly; a "no_match" row counts when
// nothing of that entity is reported.
struct Tally {
  int match_rows = 0, match_found = 0, no_match_rows = 0, no_match_clean = 0;
};

TEST(NationalIdRules, PresidioRecognizerCases) {
  const char* root = std::getenv("CONVOGUARD_SHARED_DATA");
  std::filesystem::path path = std::filesystem::path(root ? root : "../shared/data") / "pii" /
                               "presidio-analyzer-tests" / "presidio_recognizer_cases.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "no Presidio data at " << path;
  const std::set<std::string> mine = {
      "ES_NIF",      "ES_NIE",   "IT_FISCAL_CODE", "IT_VAT_CODE",    "IN_AADHAAR",
      "IN_PAN",      "AU_ABN",   "AU_ACN",         "AU_TFN",         "AU_MEDICARE",
      "SG_NRIC_FIN", "PL_PESEL", "FI_PERSONAL_IDENTITY_CODE",        "SE_PERSONNUMMER",
      "KR_RRN",      "TH_TNIN",  "TR_NATIONAL_ID", "CA_SIN",         "ZA_ID_NUMBER"};
  std::map<std::string, std::shared_ptr<const Analyzer>> analyzers;
  std::map<std::string, Tally> tally;
  std::string line;
  while (std::getline(in, line)) {
    auto row = nlohmann::json::parse(line);
    std::string entity = row["entity"];
    if (row["kind"] != "analyze" || !mine.count(entity)) continue;
    if (row["low_score_only"] == "yes") continue;  // Presidio itself scores these under 0.5
    auto& a = analyzers[entity];
    if (!a) {
      auto r = Analyzer::Create({{entity}});
      ASSERT_TRUE(r.ok()) << entity << ": " << r.status().ToString();
      a = *r;
    }
    std::string text = row["text"];
    auto result = a->Scan(text, {});
    ASSERT_TRUE(result.ok());
    std::set<std::pair<uint64_t, uint64_t>> spans;
    for (const Finding& f : result->findings) {
      if (f.entity_type == entity) spans.insert({f.start, f.end});
    }
    Tally& t = tally[entity];
    if (row["expected"] == "match") {
      ++t.match_rows;
      bool all = true;
      for (const auto& s : row["expected_spans"]) {
        all = all && spans.count({s[0].get<uint64_t>(), s[1].get<uint64_t>()});
      }
      if (all) ++t.match_found;
    } else {
      ++t.no_match_rows;
      if (spans.empty()) ++t.no_match_clean;
    }
  }
  int found = 0, rows = 0, clean = 0, negatives = 0;
  for (const auto& [entity, t] : tally) {
    std::printf("  %-26s match %2d/%2d   no_match clean %2d/%2d\n", entity.c_str(), t.match_found,
                t.match_rows, t.no_match_clean, t.no_match_rows);
    found += t.match_found;
    rows += t.match_rows;
    clean += t.no_match_clean;
    negatives += t.no_match_rows;
  }
  std::printf("  total: match %d/%d, no_match clean %d/%d\n", found, rows, clean, negatives);
  // Floors measured on the data (see docs/recognizers/national_ids.md).
  EXPECT_GE(found, 122);
  EXPECT_GE(clean, 127);
}

}  // namespace
}  // namespace convoguard
