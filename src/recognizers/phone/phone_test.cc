#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <list>
#include <map>
#include <set>

#include "convoguard/analyzer.h"
#include "recognizers/phone/validity_prefilter.h"

namespace convoguard {
namespace {

std::shared_ptr<const Analyzer> PhoneAnalyzer() {
  static auto a = [] {
    auto r = Analyzer::Create({{"PHONE_NUMBER"}});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return *r;
  }();
  return a;
}

// The text of every PHONE_NUMBER finding.
std::vector<std::string> Phones(std::string_view text) {
  std::vector<std::string> out;
  auto r = PhoneAnalyzer()->Scan(text, {});
  EXPECT_TRUE(r.ok());
  for (const Finding& f : r->findings) {
    out.emplace_back(text.substr(f.byte_start, f.byte_end - f.byte_start));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(PhoneRules, InternationalNumbersFromManyCountries) {
  const char* numbers[] = {
      "+1 415 555 0132",   "+1-212-555-0187",   "+44 20 7123 4567",   "+44 (20) 7123 4567",
      "+49 30 1234567",    "+33 1 42 68 53 00", "+39 06 678 4343",    "+34 612 34 56 78",
      "+91 98765 43210",   "+55 11 98456 5666", "+81 90-1234-5678",   "+86 138 1234 5678",
      "+61 2 9876 5432",   "+972 9-762-5400",   "+31 20 123 4567",    "+52 55 1234 5678",
      "+27 21 123 4567",   "+65 6123 4567",     "+353 1 234 5678",    "+7 495 123-45-67",
  };
  for (const char* n : numbers) {
    std::string text = std::string("reach me at ") + n + " tomorrow";
    EXPECT_EQ(Phones(text), Strings{n}) << text;
  }
}

TEST(PhoneRules, NationalFormsWithoutContext) {
  EXPECT_EQ(Phones("It is (415) 555-0132."), Strings{"(415) 555-0132"});
  EXPECT_EQ(Phones("or 415-555-0132 later"), Strings{"415-555-0132"});
  EXPECT_EQ(Phones("London 020 7123 4567"), Strings{"020 7123 4567"});
  EXPECT_EQ(Phones("Paris 01 42 68 53 00"), Strings{"01 42 68 53 00"});
  EXPECT_EQ(Phones("Tokyo 090-1234-5678"), Strings{"090-1234-5678"});
  EXPECT_EQ(Phones("Berlin 030 1234567"), Strings{"030 1234567"});
  EXPECT_EQ(Phones("Sydney (02) 9876 5432"), Strings{"(02) 9876 5432"});
  EXPECT_EQ(Phones("São Paulo (11) 98456-5666"), Strings{"(11) 98456-5666"});
  EXPECT_EQ(Phones("Madrid 912 34 56 78"), Strings{"912 34 56 78"});
  EXPECT_EQ(Phones("Mobile 098450 55317."), Strings{"098450 55317"});  // Indian mobile, trunk 0, 6-5
}

TEST(PhoneRules, InvalidNumbersAreRejected) {
  EXPECT_TRUE(Phones("call +1 415 555 01").empty());       // too short
  // No US area code starts with 0 or 1, and no other listed country writes
  // these digits this way (011-555-0132 would be a valid Sapporo number).
  EXPECT_TRUE(Phones("call 111-555-0132").empty());
  EXPECT_TRUE(Phones("call 123-456-7890").empty());
  EXPECT_TRUE(Phones("call 555-0132-999").empty());
  EXPECT_TRUE(Phones("ref +44 99 1234 5678").empty());  // no such UK range
  // Possible length but not a valid range: reported only with a context word.
  EXPECT_EQ(Phones("call +44 99 1234 5678"), Strings{"+44 99 1234 5678"});
}

TEST(PhoneRules, ExtraGroupsAreTrimmed) {
  EXPECT_EQ(Phones("call 415 555 0132 10 times"), Strings{"415 555 0132"});
  EXPECT_EQ(Phones("tel +1 415 555 0132 99"), Strings{"+1 415 555 0132"});
}

TEST(PhoneRules, BareDigitRunsNeedContext) {
  EXPECT_EQ(Phones("call me on 4155550132"), Strings{"4155550132"});
  EXPECT_EQ(Phones("mobile 13812345678"), Strings{"13812345678"});
  EXPECT_TRUE(Phones("order 4155550132 shipped").empty());
}

TEST(PhoneRules, IgnoresLookAlikes) {
  const char* texts[] = {
      "released on 2024-01-15 at 10:30",
      "dates 15.01.2024 and 01/15/2024 and 15-01-2024",
      "server 192.168.100.200 and 10.20.30.40",
      "version 10.15.7 or 1.22.333.4444 build 2024.01.15.1234",
      "order 2024-0001-553 and invoice 12345-678",
      "digits 98765432109876543210",
      "card 4111 1111 1111 1111",
      "card 4111-1111-1111-1111",
      "it costs 1 234 567 EUR",
      "ISBN 978-3-16-148410-0",
      "total 3.141592653 and 2.718281828",
      "SSN 937-42-6810 and 712 55 0214",  // the 3-2-4 grouping of an SSN
      "the lottery ticket numbers are 04 11 23 35 42",  // named as a ticket's numbers
      "call about order 020 7123 4567",
  };
  for (const char* t : texts) EXPECT_EQ(Phones(t), Strings{}) << t;
}

TEST(PhoneRules, ContextWordRaisesScore) {
  auto bare = PhoneAnalyzer()->Scan("It is (415) 555-0132.", {});
  auto ctx = PhoneAnalyzer()->Scan("Phone: (415) 555-0132.", {});
  ASSERT_TRUE(bare.ok() && ctx.ok());
  ASSERT_EQ(bare->findings.size(), 1u);
  ASSERT_EQ(ctx->findings.size(), 1u);
  EXPECT_GT(ctx->findings[0].score, bare->findings[0].score);
  EXPECT_NE(ctx->findings[0].explanation.find("phone"), std::string::npos);
}

// Presidio's PHONE_NUMBER rows: a row counts when every expected span is
// reported exactly. Presidio scores all of them 0.4 (its threshold is 0);
// we report at our default threshold.
TEST(PhoneRules, PresidioRecognizerCases) {
  const char* root = std::getenv("CONVOGUARD_SHARED_DATA");
  std::filesystem::path path = std::filesystem::path(root ? root : "../shared/data") / "pii" /
                               "presidio-analyzer-tests" / "presidio_recognizer_cases.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "no Presidio data at " << path;
  int rows = 0, found = 0;
  std::string line;
  while (std::getline(in, line)) {
    auto row = nlohmann::json::parse(line);
    if (row["entity"] != "PHONE_NUMBER" || row["kind"] != "analyze") continue;
    std::string text = row["text"];
    auto r = PhoneAnalyzer()->Scan(text, {});
    ASSERT_TRUE(r.ok());
    std::set<std::pair<uint64_t, uint64_t>> spans;
    for (const Finding& f : r->findings) spans.insert({f.start, f.end});
    bool all = true;
    for (const auto& s : row["expected_spans"]) {
      all = all && spans.count({s[0].get<uint64_t>(), s[1].get<uint64_t>()});
    }
    ++rows;
    if (all) {
      ++found;
    } else {
      std::printf("  missed: %s\n", text.c_str());
    }
  }
  std::printf("  PHONE_NUMBER: %d/%d rows matched\n", found, rows);
  EXPECT_GE(found, 21);
}

// The engine skips the validator of a weak candidate without context only
// when even its best score would fall under the threshold: with a lower
// threshold the bare number is validated and reported, at 0.6 - 0.25.
TEST(PhoneRules, BareDigitsUnderALowThresholdAreStillValidated) {
  const std::string text = "see 4155550132 shipped";
  FindingFilter low;
  low.threshold = 0.3;
  auto r = PhoneAnalyzer()->Scan(text, low);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_EQ(r->findings[0].recognizer, "phone_digits");
  EXPECT_NEAR(r->findings[0].score, 0.35, 1e-9);
  EXPECT_NE(r->findings[0].explanation.find("libphonenumber"), std::string::npos);
  FindingFilter high;
  high.threshold = 0.36;
  auto none = PhoneAnalyzer()->Scan(text, high);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->findings.empty());
  FindingFilter other_type;
  other_type.threshold = 0.0;
  other_type.exclude = {"PHONE_NUMBER"};
  auto excluded = PhoneAnalyzer()->Scan(text, other_type);
  ASSERT_TRUE(excluded.ok());
  EXPECT_TRUE(excluded->findings.empty());
}

// `example` with its last 1 to `max_changed` digits replaced, from the
// random `r`; kind 1 also adds a digit, kind 2 drops one.
i18n::phonenumbers::PhoneNumber Mutated(const i18n::phonenumbers::PhoneNumber& example, uint64_t r, int max_changed,
                                        int kind) {
  uint64_t v = example.national_number(), scale = 1;
  for (int d = 0, digits = 1 + static_cast<int>(r % static_cast<uint64_t>(max_changed)); d < digits; ++d) scale *= 10;
  v = v / scale * scale + (r >> 8) % scale;
  if (kind == 1) v = v * 10 + (r >> 40) % 10;
  if (kind == 2) v /= 10;
  i18n::phonenumbers::PhoneNumber n = example;
  n.set_national_number(v);
  return n;
}

// MayBeValid's table of three-digit starts rules out only starts no valid
// number has: for each national region's calling code, every start the
// table rules out, followed by random digits to every length from 4 to 15,
// is invalid for libphonenumber; every example number's start is kept; and
// the table rules out starts in every one of those calling codes (most
// national candidates fail there, before any PCRE2 call).
TEST(PhoneValidityPrefilter, RuledOutStartsHaveNoValidNumber) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const auto& filter = recognizers::PhoneValidityPrefilter::Get();
  ASSERT_TRUE(filter.usable());
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  uint64_t x = 0x9E3779B97F4A7C15ull;  // xorshift: the same numbers every run
  int checked = 0;
  for (const char* region : {"US", "GB", "DE", "FR", "IN", "BR", "JP", "CN", "IL", "AU", "IT", "ES", "NL", "MX"}) {
    const int cc = util.GetCountryCodeForRegion(region);
    int ruled_out = 0;
    for (int p = 0; p < 1000; ++p) {
      const std::string start = {static_cast<char>('0' + p / 100), static_cast<char>('0' + p / 10 % 10),
                                 static_cast<char>('0' + p % 10)};
      if (filter.MayStartValid(cc, start + "0000")) continue;
      ++ruled_out;
      for (int length = 4; length <= 15; ++length) {
        std::string nsn = start;
        while (static_cast<int>(nsn.size()) < length) {
          x ^= x << 13, x ^= x >> 7, x ^= x << 17;
          nsn.push_back(static_cast<char>('0' + x % 10));
        }
        EXPECT_FALSE(filter.MayBeValid(cc, nsn)) << region << " " << nsn;
        PhoneNumber n;
        n.set_country_code(cc);
        if (nsn[0] == '0') n.set_italian_leading_zero(true);
        if (nsn[0] == '0' && nsn[1] == '0') n.set_number_of_leading_zeros(2);
        n.set_national_number(std::stoull(nsn));
        std::string round_trip;
        util.GetNationalSignificantNumber(n, &round_trip);
        if (round_trip != nsn) continue;  // more leading zeros than a PhoneNumber keeps here
        ++checked;
        EXPECT_FALSE(util.IsValidNumber(n)) << region << " +" << cc << " " << nsn;
      }
    }
    EXPECT_GT(ruled_out, 100) << region;
    for (auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE}) {
      PhoneNumber n;
      if (!util.GetExampleNumberForType(region, type, &n)) continue;
      std::string nsn;
      util.GetNationalSignificantNumber(n, &nsn);
      EXPECT_TRUE(filter.MayStartValid(cc, nsn)) << region << " " << nsn;
    }
  }
  EXPECT_GT(checked, 50000);
  std::printf("  starts ruled out: %d numbers checked invalid\n", checked);
}

// The prefilter may only reject numbers libphonenumber calls invalid. Checked
// on each region's example numbers of every type (all valid) and on a sweep
// of digit strings, most of them invalid.
TEST(PhoneValidityPrefilter, NeverRejectsAValidNumber) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const auto& filter = recognizers::PhoneValidityPrefilter::Get();
  ASSERT_TRUE(filter.usable());
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  int valid = 0, rejected = 0, examples = 0;
  auto check = [&](const PhoneNumber& n) {
    std::string nsn;
    util.GetNationalSignificantNumber(n, &nsn);
    const bool may = filter.MayBeValid(n.country_code(), nsn);
    if (util.IsValidNumber(n)) {
      ++valid;
      EXPECT_TRUE(may) << "+" << n.country_code() << " " << nsn;
    } else if (!may) {
      ++rejected;
    }
  };
  for (const std::string& region : regions) {
    for (auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
                      PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::VOIP, PhoneNumberUtil::UAN}) {
      PhoneNumber n;
      if (util.GetExampleNumberForType(region, type, &n)) {
        ++examples;
        check(n);
      }
    }
  }
  uint64_t x = 88172645463325252ull;  // xorshift: the same sweep every run
  for (const char* region : {"US", "GB", "DE", "FR", "IN", "BR", "JP", "CN", "IL", "AU", "IT", "ES", "NL", "MX"}) {
    for (int i = 0; i < 300; ++i) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      PhoneNumber n;
      n.set_country_code(util.GetCountryCodeForRegion(region));
      n.set_national_number(1000000 + x % 99999999000ull);
      check(n);
    }
  }
  EXPECT_GT(examples, 900);
  EXPECT_GT(rejected, 1000);  // it does filter
  std::printf("  prefilter: %d valid numbers passed, %d invalid rejected\n", valid, rejected);
}

// FormatNational must write exactly what Format(NATIONAL) writes, and
// MayBeMobile may only reject numbers GetNumberType does not call MOBILE:
// checked on every region's example numbers, on a sweep of digit strings of
// all lengths in the regions the phone rules try, and on Italian numbers
// with their leading zero.
TEST(PhoneValidityPrefilter, NationalFormatIsLibphonenumbers) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const auto& filter = recognizers::PhoneValidityPrefilter::Get();
  ASSERT_TRUE(filter.usable());
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  int compared = 0, formatted = 0, mobiles = 0;
  auto check = [&](const PhoneNumber& n) {
    std::string nsn, expected, got;
    util.GetNationalSignificantNumber(n, &nsn);
    util.Format(n, PhoneNumberUtil::NATIONAL, &expected);
    ASSERT_TRUE(filter.FormatNational(n.country_code(), nsn, &got)) << "+" << n.country_code();
    EXPECT_EQ(got, expected) << "+" << n.country_code() << " " << nsn;
    ++compared;
    formatted += got != nsn ? 1 : 0;
    if (util.GetNumberType(n) == PhoneNumberUtil::MOBILE) {
      ++mobiles;
      EXPECT_TRUE(filter.MayBeMobile(n.country_code(), nsn)) << "+" << n.country_code() << " " << nsn;
    }
  };
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  for (const std::string& region : regions) {
    for (auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
                      PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::VOIP, PhoneNumberUtil::UAN,
                      PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER, PhoneNumberUtil::SHARED_COST}) {
      PhoneNumber n;
      if (util.GetExampleNumberForType(region, type, &n)) check(n);
    }
  }
  uint64_t x = 2463534242ull;  // xorshift: the same sweep every run
  for (const char* region : {"US", "GB", "DE", "FR", "IN", "BR", "JP", "CN", "IL", "AU", "IT", "ES", "NL", "MX"}) {
    for (int i = 0; i < 2000; ++i) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      uint64_t scale = 1;
      for (int d = 0, digits = 4 + static_cast<int>(x % 11); d < digits; ++d) scale *= 10;
      PhoneNumber n;
      n.set_country_code(util.GetCountryCodeForRegion(region));
      n.set_national_number((x >> 8) % scale);
      if (std::string_view(region) == "IT" && i % 2 == 0) n.set_italian_leading_zero(true);
      check(n);
    }
  }
  // Example numbers of those regions with their last digits changed, one
  // digit added or removed: mostly valid-looking numbers of many layouts.
  for (const char* region : {"US", "GB", "DE", "FR", "IN", "BR", "JP", "CN", "IL", "AU", "IT", "ES", "NL", "MX"}) {
    for (auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE}) {
      PhoneNumber example;
      if (!util.GetExampleNumberForType(region, type, &example)) continue;
      for (int i = 0; i < 300; ++i) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        check(Mutated(example, x, 5, i % 3));
      }
    }
  }
  EXPECT_GT(compared, 28000);
  EXPECT_GT(formatted, 10000);  // most numbers fit a format: the test sees group layouts
  EXPECT_GT(mobiles, 1000);
  std::printf("  national format: %d numbers compared, %d formatted, %d mobiles\n", compared, formatted, mobiles);
}

// Every region's example numbers of every type, the non-geographic calling
// codes' examples, and every calling code.
struct Examples {
  std::vector<i18n::phonenumbers::PhoneNumber> numbers;
  std::set<int> calling_codes;
};
Examples EveryExample() {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  Examples out;
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  for (const std::string& region : regions) {
    for (auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
                      PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::VOIP, PhoneNumberUtil::UAN,
                      PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER, PhoneNumberUtil::SHARED_COST,
                      PhoneNumberUtil::VOICEMAIL}) {
      PhoneNumber n;
      if (util.GetExampleNumberForType(region, type, &n)) out.numbers.push_back(n);
    }
  }
  util.GetSupportedGlobalNetworkCallingCodes(&out.calling_codes);
  for (int cc : out.calling_codes) {
    PhoneNumber n;
    if (util.GetExampleNumberForNonGeoEntity(cc, &n)) out.numbers.push_back(n);
  }
  for (const std::string& region : regions) out.calling_codes.insert(util.GetCountryCodeForRegion(region));
  return out;
}

// Classify must return exactly what GetNumberType and GetRegionCodeForNumber
// return, and its type must be UNKNOWN exactly when IsValidNumber is false:
// checked on every region's (and non-geographic calling code's) example
// numbers of every type, those examples with their last digits changed and
// one digit added or removed, a sweep of digit strings of every length from
// 1 to 17 in every calling code, and Italian-style leading zeros.
TEST(PhoneValidityPrefilter, ClassifyIsLibphonenumbers) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const auto& filter = recognizers::PhoneValidityPrefilter::Get();
  ASSERT_TRUE(filter.usable());
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  int compared = 0, valid = 0, multi_region = 0, possibles = 0;
  std::map<int, int> types;
  auto check = [&](const PhoneNumber& n) {
    std::string nsn, region;
    util.GetNationalSignificantNumber(n, &nsn);
    auto got = filter.Classify(n.country_code(), nsn);
    ASSERT_TRUE(got.has_value()) << "+" << n.country_code() << " " << nsn;
    const auto type = util.GetNumberType(n);
    util.GetRegionCodeForNumber(n, &region);
    const bool is_valid = util.IsValidNumber(n);
    EXPECT_EQ(got->type, type) << "+" << n.country_code() << " " << nsn;
    EXPECT_EQ(got->region, region) << "+" << n.country_code() << " " << nsn;
    EXPECT_EQ(got->type != PhoneNumberUtil::UNKNOWN, is_valid) << "+" << n.country_code() << " " << nsn;
    auto possible = filter.IsPossible(n.country_code(), nsn.size());
    ASSERT_TRUE(possible.has_value()) << "+" << n.country_code();
    EXPECT_EQ(*possible, util.IsPossibleNumber(n)) << "+" << n.country_code() << " " << nsn;
    possibles += *possible ? 1 : 0;
    ++compared;
    valid += is_valid ? 1 : 0;
    ++types[type];
    std::list<std::string> regions;
    util.GetRegionCodesForCountryCallingCode(n.country_code(), &regions);
    multi_region += regions.size() > 1 && is_valid ? 1 : 0;
  };
  const auto [examples, calling_codes] = EveryExample();
  uint64_t x = 0x9E3779B97F4A7C15ull;  // xorshift: the same numbers every run
  auto next = [&x] {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return x;
  };
  for (const PhoneNumber& example : examples) {
    check(example);
    for (int i = 0; i < 40; ++i) check(Mutated(example, next(), 6, i % 4));
  }
  for (int cc : calling_codes) {
    for (int length = 1; length <= 17; ++length) {
      for (int i = 0; i < 6; ++i) {
        const uint64_t r = next();
        uint64_t scale = 1;
        for (int d = 0; d < length; ++d) scale *= 10;
        PhoneNumber n;
        n.set_country_code(cc);
        n.set_national_number(scale / 10 + (r >> 4) % (scale - scale / 10));  // exactly `length` digits
        if (i == 5) {
          n.set_italian_leading_zero(true);
          n.set_number_of_leading_zeros(1 + static_cast<int>(r % 2));
        }
        check(n);
      }
    }
  }
  EXPECT_GT(compared, 50000);
  EXPECT_GT(valid, 15000);       // both answers are common
  EXPECT_GT(compared - valid, 15000);
  EXPECT_GT(multi_region, 1000);  // the region order is exercised (+1, +7, +44, ...)
  EXPECT_GT(types.size(), 9u);
  EXPECT_GT(possibles - valid, 5000);  // possible but invalid numbers are common too
  std::printf("  classify: %d numbers compared, %d valid, %d valid in shared calling codes, %zu types, %d possible\n",
              compared, valid, multi_region, types.size(), possibles);
}

// ParsePlus must build exactly the PhoneNumber that Parse(text, "ZZ")
// builds (or fail exactly when it fails): checked on every region's and
// non-geographic calling code's example numbers written internationally
// (with and without separators, parentheses, a national prefix after the
// calling code), those examples with digits changed, added or dropped, and
// random digit strings after '+' of every length with random separators.
TEST(PhoneValidityPrefilter, ParsePlusIsLibphonenumbersParse) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const auto& filter = recognizers::PhoneValidityPrefilter::Get();
  ASSERT_TRUE(filter.usable());
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  int compared = 0, parsed = 0, undecided = 0, stripped = 0;
  auto check = [&](const std::string& text) {
    recognizers::PhoneValidityPrefilter::Parsed got;
    const auto result = filter.ParsePlus(text, &got);
    if (result == recognizers::PhoneValidityPrefilter::ParseResult::kUndecided) {
      ++undecided;
      return;
    }
    ++compared;
    PhoneNumber expected;
    const bool ok = util.Parse(text, "ZZ", &expected) == PhoneNumberUtil::NO_PARSING_ERROR;
    ASSERT_EQ(result == recognizers::PhoneValidityPrefilter::ParseResult::kParsed, ok) << text;
    if (!ok) return;
    ++parsed;
    std::string nsn;
    util.GetNationalSignificantNumber(expected, &nsn);
    EXPECT_EQ(got.country_code, expected.country_code()) << text;
    EXPECT_EQ(got.national_number, expected.national_number()) << text;
    EXPECT_EQ(got.italian_leading_zero, expected.italian_leading_zero()) << text;
    EXPECT_EQ(got.number_of_leading_zeros, expected.number_of_leading_zeros()) << text;
    EXPECT_EQ(expected.has_number_of_leading_zeros(), got.number_of_leading_zeros != 1) << text;
    EXPECT_EQ(got.nsn, nsn) << text;
    std::string digits;
    for (char c : text) {
      if (c >= '0' && c <= '9') digits.push_back(c);
    }
    stripped += digits.size() != std::to_string(got.country_code).size() + nsn.size() ? 1 : 0;
  };
  uint64_t x = 0x2545F4914F6CDD1Dull;  // xorshift: the same texts every run
  auto next = [&x] {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return x;
  };
  const char kSeparators[] = {' ', '-', '.', ' ', '(', ')'};
  // '+', the calling code, then `national` with random separators (or none).
  auto written = [&](int cc, const std::string& national, bool plain) {
    std::string t = "+" + std::to_string(cc);
    if (!plain && next() % 2) t += ' ';
    for (char d : national) {
      if (!plain && next() % 4 == 0) t += kSeparators[next() % std::size(kSeparators)];
      t += d;
    }
    return t;
  };
  const auto [examples, calling_codes] = EveryExample();
  for (const PhoneNumber& example : examples) {
    std::string international, nsn;
    util.Format(example, PhoneNumberUtil::INTERNATIONAL, &international);
    check(international);
    util.GetNationalSignificantNumber(example, &nsn);
    check(written(example.country_code(), nsn, true));
    // With the national (trunk) prefix after the calling code: "+44 (0) 20 ...".
    std::string region, trunk;
    util.GetRegionCodeForCountryCode(example.country_code(), &region);
    util.GetNddPrefixForRegion(region, /*strip_non_digits=*/true, &trunk);
    for (const std::string& prefix : {trunk, std::string("0"), std::string("1"), std::string("90")}) {
      check("+" + std::to_string(example.country_code()) + " (" + prefix + ") " + nsn);
      check(written(example.country_code(), prefix + nsn, false));
    }
    for (int i = 0; i < 30; ++i) {
      PhoneNumber m = Mutated(example, next(), 6, i % 3);
      std::string mnsn;
      util.GetNationalSignificantNumber(m, &mnsn);
      check(written(m.country_code(), mnsn, i % 2 == 0));
    }
  }
  for (int cc : calling_codes) {
    for (int length = 1; length <= 18; ++length) {
      for (int i = 0; i < 4; ++i) {
        std::string national;
        for (int d = 0; d < length; ++d) national += static_cast<char>('0' + next() % 10);
        check(written(cc, national, i == 0));
      }
    }
  }
  // Calling codes that do not exist, and digit strings that start with one.
  for (int i = 0; i < 3000; ++i) {
    std::string digits = std::to_string(1 + next() % 999);
    for (int d = 0, n = static_cast<int>(next() % 14); d < n; ++d) digits += static_cast<char>('0' + next() % 10);
    check("+" + digits);
  }
  EXPECT_GT(compared, 40000);
  EXPECT_GT(parsed, 30000);
  EXPECT_GT(compared - parsed, 1000);  // both answers are common
  EXPECT_GT(stripped, 2000);           // national prefixes (and transform rules) are exercised
  EXPECT_LT(undecided, compared / 100);
  std::printf("  parse: %d texts compared, %d parsed, %d with a national prefix stripped, %d undecided\n", compared,
              parsed, stripped, undecided);
}

}  // namespace
}  // namespace convoguard
