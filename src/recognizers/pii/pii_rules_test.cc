// Behaviour of the generic PII rules, through the public Analyzer API: each
// rule's positives and the look-alikes it must leave alone.
#include <gtest/gtest.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "convoguard/analyzer.h"
#include "evaluation/corpus.h"
#include "matching/pattern_set.h"
#include "recognizers/catalog.h"
#include "recognizers/pii/pii_internal.h"

namespace convoguard {
namespace {

// The reported substrings of `text` for one entity type at `threshold`.
std::vector<std::string> Found(const std::string& entity, const std::string& text, double threshold = 0.5) {
  static std::map<std::string, std::shared_ptr<const Analyzer>> cache;
  auto& a = cache[entity];
  if (!a) {
    auto created = Analyzer::Create({{entity}});
    if (!created.ok()) { ADD_FAILURE() << created.status().ToString(); return {}; }
    a = *created;
  }
  FindingFilter filter;
  filter.entities = {entity};
  filter.threshold = threshold;
  auto r = a->Scan(text, filter);
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  for (const Finding& f : r->findings) out.push_back(text.substr(f.byte_start, f.byte_end - f.byte_start));
  return out;
}

using V = std::vector<std::string>;

TEST(Email, FindsAddressesIncludingPunycodeDomains) {
  EXPECT_EQ(Found("EMAIL_ADDRESS", "write to jane.doe+x@mail.example.co.uk today"), V{"jane.doe+x@mail.example.co.uk"});
  EXPECT_EQ(Found("EMAIL_ADDRESS", "a@xn--d1acufc.xn--p1ai"), V{"a@xn--d1acufc.xn--p1ai"});
  EXPECT_TRUE(Found("EMAIL_ADDRESS", "my email is info@presidio.").empty());
  EXPECT_TRUE(Found("EMAIL_ADDRESS", "ping @channel and user@localhost").empty());
}

TEST(CreditCard, LuhnAndIssuerDecide) {
  EXPECT_EQ(Found("CREDIT_CARD", "card 4111 1111 1111 1111 exp 12/29"), V{"4111 1111 1111 1111"});
  EXPECT_EQ(Found("CREDIT_CARD", "amex 3782-822463-10005"), V{"3782-822463-10005"});
  EXPECT_EQ(Found("CREDIT_CARD", "4012888888881881 4012-8888-8888-1881"), (V{"4012888888881881", "4012-8888-8888-1881"}));
  EXPECT_TRUE(Found("CREDIT_CARD", "card 4111 1111 1111 1112").empty());  // fails Luhn
  EXPECT_TRUE(Found("CREDIT_CARD", "order 7111111111111111").empty());    // Luhn-valid, no issuer 7
  EXPECT_TRUE(Found("CREDIT_CARD", "tracking 4444444444444444").empty());  // one repeated digit
  // A year after the groups is not part of the number.
  EXPECT_EQ(Found("CREDIT_CARD", "4111 1111 1111 1111 2029"), V{"4111 1111 1111 1111"});
  // Mir (Russia) and Troy (Turkey); a 19-digit Visa in 4-4-4-4-3 groups.
  EXPECT_EQ(Found("CREDIT_CARD", "Mir 2200 1234 5678 9019, Troy 9792-1234-5678-9018"),
            (V{"2200 1234 5678 9019", "9792-1234-5678-9018"}));
  EXPECT_EQ(Found("CREDIT_CARD", "card 4111 1111 1111 1111 110 ok"), V{"4111 1111 1111 1111 110"});
  // Luhn-valid, but 2205 and 9793 are no issuer.
  EXPECT_TRUE(Found("CREDIT_CARD", "ref 2205 1234 5678 9014 and 9793 1234 5678 9017").empty());
}

TEST(Iban, PerCountryLengthStructureAndMod97) {
  EXPECT_EQ(Found("IBAN_CODE", "IBAN DE89 3704 0044 0532 0130 00, thanks"), V{"DE89 3704 0044 0532 0130 00"});
  EXPECT_EQ(Found("IBAN_CODE", "GB29NWBK60161331926819"), V{"GB29NWBK60161331926819"});
  EXPECT_EQ(Found("IBAN_CODE", "FR14 2004 1010 0505 0001 3M02 606 ok"), V{"FR14 2004 1010 0505 0001 3M02 606"});
  EXPECT_EQ(Found("IBAN_CODE", "NO9386011117947"), V{"NO9386011117947"});
  EXPECT_EQ(Found("IBAN_CODE", "AL47-2121-1009-0000-0002-3569-8741"), V{"AL47-2121-1009-0000-0002-3569-8741"});
  // Wrong check digits in several countries.
  EXPECT_TRUE(Found("IBAN_CODE", "DE88 3704 0044 0532 0130 00").empty());
  EXPECT_TRUE(Found("IBAN_CODE", "GB28NWBK60161331926819").empty());
  EXPECT_TRUE(Found("IBAN_CODE", "NL91ABNA0417164301").empty());
  // Letter where the country's structure has a digit; wrong length; unknown country.
  EXPECT_TRUE(Found("IBAN_CODE", "AL47 212A 1009 0000 0002 3569 874").empty());
  EXPECT_TRUE(Found("IBAN_CODE", "BE6853900754703").empty());
  EXPECT_TRUE(Found("IBAN_CODE", "XX89370400440532013000").empty());
  // Running on into another group: not this IBAN.
  EXPECT_TRUE(Found("IBAN_CODE", "DE89 3704 0044 0532 0130 0012").empty());
}

TEST(Crypto, BitcoinChecksumsAndEthereumCase) {
  EXPECT_EQ(Found("CRYPTO", "send to 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ"), V{"16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ"});
  EXPECT_EQ(Found("CRYPTO", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"), V{"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"});
  EXPECT_EQ(Found("CRYPTO", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"), V{"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"});
  // One character changed: the checksum fails.
  EXPECT_TRUE(Found("CRYPTO", "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY").empty());
  EXPECT_TRUE(Found("CRYPTO", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp").empty());
  // EIP-55 mixed case is a checksum; a flipped letter case fails it.
  EXPECT_EQ(Found("CRYPTO", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), V{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"});
  EXPECT_TRUE(Found("CRYPTO", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").empty());
  // Lower-case hex is also a SHA-1 with a prefix: needs context.
  const std::string lower = "0x" + std::string(20, 'a') + std::string(20, '7');
  EXPECT_TRUE(Found("CRYPTO", "digest " + lower).empty());
  EXPECT_EQ(Found("CRYPTO", "my eth wallet " + lower), V{lower});
  // A 64-hex hash is none of these.
  EXPECT_TRUE(Found("CRYPTO", "8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189").empty());
}

TEST(Url, SchemeWwwAndKnownTopLevelDomains) {
  EXPECT_EQ(Found("URL", "see https://example.com/a?b=1&c=2."), V{"https://example.com/a?b=1&c=2"});
  EXPECT_EQ(Found("URL", "(http://en.wikipedia.org/wiki/Foo_(bar))"), V{"http://en.wikipedia.org/wiki/Foo_(bar)"});
  EXPECT_EQ(Found("URL", "go to www.example.org/path, now"), V{"www.example.org/path"});
  EXPECT_EQ(Found("URL", "my domains: microsoft.com google.co.il"), (V{"microsoft.com", "google.co.il"}));
  EXPECT_TRUE(Found("URL", "http://microsoft and www.microsoft").empty());
  // File names whose extension is also a country code, and email domains.
  EXPECT_TRUE(Found("URL", "edit setup.py, main.rs, notes.md and run.sh").empty());
  EXPECT_TRUE(Found("URL", "mail jane@example.com").empty());
}

TEST(Url, BareHostNamesWithPortPathAndDepth) {
  // Bare host names as configs and logs write them: with a port, a path,
  // six labels, and the country codes of more languages.
  EXPECT_EQ(Found("URL", "pull from registry.example.com/api now"), V{"registry.example.com/api"});
  EXPECT_EQ(Found("URL", "my profile: linkedin.com/in/jane-doe."), V{"linkedin.com/in/jane-doe"});
  EXPECT_EQ(Found("URL", "upstream = api.example.org:8443"), V{"api.example.org:8443"});
  EXPECT_EQ(Found("URL", "host=db.eu-1.prod.internal.example.com port=5432"), V{"db.eu-1.prod.internal.example.com"});
  EXPECT_EQ(Found("URL", "sklep.firma.pl, kancelaria.example.pt and firma.example.com.tr"),
            (V{"sklep.firma.pl", "kancelaria.example.pt", "firma.example.com.tr"}));
  // The same with a scheme keeps its query; an image digest after '@' is no part of it.
  EXPECT_EQ(Found("URL", "image: registry.example.com/api@sha256:f58c552f403e5eea7d3e07a1"),
            V{"registry.example.com/api"});
  EXPECT_EQ(Found("URL", "read medium.com/@jane/post-1"), V{"medium.com/@jane/post-1"});
  // A URL with an IP literal for its host is an IP_ADDRESS, no URL.
  EXPECT_TRUE(Found("URL", "GET http://10.0.0.21:8080/health and http://[2001:db8::1]/").empty());
  EXPECT_EQ(Found("IP_ADDRESS", "GET http://10.0.0.21:8080/health"), V{"10.0.0.21"});
  // Look-alikes: a Perl script, reverse-DNS package names, attributes in code.
  EXPECT_TRUE(Found("URL", "run deploy.pl; package com.example.shop; org.apache.kafka").empty());
  EXPECT_TRUE(Found("URL", "logger.info(\"x\"); self.app = Flask(); print(row.id, user.name, arr.at(-1))").empty());
  EXPECT_TRUE(Found("URL", "version 1.2.3.de and 10.0.0.1.com").empty());
}

// Every top-level domain the bare host-name rule knows is one of the Public
// Suffix List (Debian's publicsuffix package), when that is installed.
TEST(Url, BareDomainTldsAreRealTopLevelDomains) {
  std::ifstream in("/usr/share/publicsuffix/public_suffix_list.dat");
  if (!in) GTEST_SKIP() << "publicsuffix is not installed";
  std::set<std::string> tlds;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.rfind("//", 0) == 0) continue;
    tlds.insert(line.substr(line.rfind('.') + 1));  // "*.bd", "co.za": bd and za are TLDs too
  }
  ASSERT_GT(tlds.size(), 1000u);
  const std::string_view list = recognizers::pii::BareDomainTldsForTest();
  size_t n = 0;
  for (size_t b = 0; b <= list.size();) {
    size_t e = list.find('|', b);
    if (e == std::string_view::npos) e = list.size();
    const std::string tld(list.substr(b, e - b));
    EXPECT_TRUE(tlds.count(tld)) << tld;
    ++n;
    b = e + 1;
  }
  EXPECT_GT(n, 50u);
}

TEST(IpAddress, Ipv4ValidatedAndIsolated) {
  EXPECT_EQ(Found("IP_ADDRESS", "server at 192.168.0.1, port 80"), V{"192.168.0.1"});
  EXPECT_EQ(Found("IP_ADDRESS", "route 10.0.0.0/8."), V{"10.0.0.0/8"});
  EXPECT_EQ(Found("IP_ADDRESS", "10.0.0.0/123"), V{"10.0.0.0"});
  EXPECT_TRUE(Found("IP_ADDRESS", "999.1.1.1 and 256.0.0.1 and 192.168.1").empty());
  // Netmasks are no hosts; the broadcast address and 255.x hosts are addresses.
  EXPECT_EQ(Found("IP_ADDRESS", "CIDR for 10.20.0.0 with mask 255.255.252.0?"), V{"10.20.0.0"});
  EXPECT_TRUE(Found("IP_ADDRESS", "netmask 255.0.0.0").empty());
  EXPECT_EQ(Found("IP_ADDRESS", "send to 255.255.255.255 or 255.1.2.3"), (V{"255.255.255.255", "255.1.2.3"}));
  EXPECT_TRUE(Found("IP_ADDRESS", "upgrade to version 1.2.3.4 now").empty());
  EXPECT_TRUE(Found("IP_ADDRESS", "OID 1.3.6.1.4.1.311").empty());
  EXPECT_TRUE(Found("IP_ADDRESS", "Version 1.2.3").empty());
  // tcpdump writes the port after a dot.
  EXPECT_EQ(Found("IP_ADDRESS", "14:03:22.118402 IP 10.0.0.5.51514 > 8.8.8.8.53: 41223+ A?"),
            (V{"10.0.0.5", "8.8.8.8"}));
  EXPECT_TRUE(Found("IP_ADDRESS", "OID 1.3.6.1.4.1.311, build 10.2.3.4.5678").empty());
}

TEST(IpAddress, Ipv6CompressedMappedZonedAndPrefixed) {
  EXPECT_EQ(Found("IP_ADDRESS", "from ::1"), V{"::1"});
  EXPECT_EQ(Found("IP_ADDRESS", "fe80::1%eth0 up"), V{"fe80::1%eth0"});
  EXPECT_EQ(Found("IP_ADDRESS", "::ffff:1.2.3.4"), V{"::ffff:1.2.3.4"});
  EXPECT_EQ(Found("IP_ADDRESS", "[2001:db8::1]:8080"), V{"2001:db8::1"});
  EXPECT_EQ(Found("IP_ADDRESS", "2001:db8::/32."), V{"2001:db8::/32"});
  EXPECT_EQ(Found("IP_ADDRESS", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"), V{"2001:0db8:85a3:0000:0000:8a2e:0370:7334"});
  EXPECT_TRUE(Found("IP_ADDRESS", "std::cout << MyClass::toString").empty());
  EXPECT_TRUE(Found("IP_ADDRESS", "at 12:34:56, ratio 1:2:3:4, ports 80:443").empty());
  EXPECT_TRUE(Found("IP_ADDRESS", "2001::db8::1 and 12345:db8::1 and gggg::1").empty());
  EXPECT_TRUE(Found("IP_ADDRESS", "mac aa:bb:cc:dd:ee:ff").empty());
  // "::" alone is usually punctuation: found, but scored low.
  EXPECT_TRUE(Found("IP_ADDRESS", "x :: Int").empty());
  EXPECT_EQ(Found("IP_ADDRESS", "unspecified ::", 0.0), V{"::"});
}

TEST(MacAddress, ColonHyphenAndCiscoForms) {
  EXPECT_EQ(Found("MAC_ADDRESS", "MAC 00:1A:2B:3C:4D:5E"), V{"00:1A:2B:3C:4D:5E"});
  EXPECT_EQ(Found("MAC_ADDRESS", "00-1a-2b-3c-4d-5e"), V{"00-1a-2b-3c-4d-5e"});
  EXPECT_EQ(Found("MAC_ADDRESS", "port 0012.3456.789a"), V{"0012.3456.789a"});
  EXPECT_TRUE(Found("MAC_ADDRESS", "10:2F:33-AC-29-C3").empty());       // mixed separators
  EXPECT_TRUE(Found("MAC_ADDRESS", "FF:FF:FF:FF:FF:FF 00:00:00:00:00:00").empty());
  EXPECT_TRUE(Found("MAC_ADDRESS", "00:1A:2B:3C:4D:5E:6F").empty());    // seven groups
  EXPECT_TRUE(Found("MAC_ADDRESS", "ref 1234.5678.9012").empty());      // dotted digits, no context
  EXPECT_EQ(Found("MAC_ADDRESS", "mac 1234.5678.9012"), V{"1234.5678.9012"});
}

TEST(UsSsn, StructureRulesAndContext) {
  EXPECT_EQ(Found("US_SSN", "SSN 536-22-1234"), V{"536-22-1234"});
  EXPECT_EQ(Found("US_SSN", "536 22 1234"), V{"536 22 1234"});
  for (const char* bad : {"000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "536-00-1234", "536-22-0000",
                          "078-05-1120", "219-09-9999", "111-11-1111"}) {
    EXPECT_TRUE(Found("US_SSN", std::string("ssn ") + bad).empty()) << bad;
  }
  // Bare nine digits need a context word.
  EXPECT_TRUE(Found("US_SSN", "order 536221234 shipped").empty());
  EXPECT_EQ(Found("US_SSN", "my social security number is 536221234"), V{"536221234"});
  // Part of a longer dashed number (an order id) or a mixed separator.
  EXPECT_TRUE(Found("US_SSN", "ref 536-22-1234-77 and 536-22.1234").empty());
  // A context word of another clause, or a reference noun, says it is no SSN.
  EXPECT_TRUE(Found("US_SSN", "my order #536221234 hasn't arrived | ssn: 152-25-7622").size() == 1);
  EXPECT_TRUE(Found("US_SSN", "ssn on file. ticket 536221234 is open").empty());
  EXPECT_TRUE(Found("US_SSN", "ssn: tracking 536 22 1234 1111").empty());  // piece of a longer number
  EXPECT_EQ(Found("US_SSN", "ssn; 536221234"), V{});
  EXPECT_EQ(Found("US_SSN", "SSN:\n536221234"), V{"536221234"});
}

TEST(UsDriverLicense, GroupedStateFormats) {
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "my Florida license M840-179-81-189-4."), V{"M840-179-81-189-4"});
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "IL driver's license D400-7612-3385 expires in May"), V{"D400-7612-3385"});
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "renter Pat Lee, DL 77 293 603 (PA)"), V{"77 293 603"});
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "NY license number 482 719 305"), V{"482 719 305"});
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "the DMV letter says my license WDLTGRWYPP74 is suspended"),
            V{"WDLTGRWYPP74"});
  // Without a licence word, or inside a longer grouped number, they are nothing.
  EXPECT_TRUE(Found("US_DRIVER_LICENSE", "ref M840-179-81-189-4 and 77 293 603 and WDLTGRWYPP74").empty());
  EXPECT_TRUE(Found("US_DRIVER_LICENSE", "license office: call 482 719 305 21").empty());
  EXPECT_TRUE(Found("US_DRIVER_LICENSE", "driver license: order 482 719 305").empty());
  // Michigan / Minnesota / Maryland, New Jersey, Wisconsin, and the shapes
  // with letters inside (NH, IA, ND, ID, MO, VT); other languages' words.
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "My Michigan DL number is V 537 194 077 726."), V{"V 537 194 077 726"});
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "MD license M-123-456-789-012"), V{"M-123-456-789-012"});
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "NJ license says V1857 12969 11449 but"), V{"V1857 12969 11449"});
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "WI driver license S530-4606-3410-04"), V{"S530-4606-3410-04"});
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "NH licence 12ABC34567, IA license 123AB4567"), (V{"12ABC34567", "123AB4567"}));
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "ND dl: ABC123456; ID dl: AB123456C; MO dl: 12345678AB"),
            (V{"ABC123456", "AB123456C", "12345678AB"}));
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "Führerschein (USA): D1234567"), V{"D1234567"});
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "can i use my WA enhanced license WDLOSA0KZJCN to cross"), V{"WDLOSA0KZJCN"});
  // Without a licence word they are nothing; a product code stays one.
  EXPECT_TRUE(Found("US_DRIVER_LICENSE", "part V 537 194 077 726, SKU ABC123456, model 12ABC34567").empty());
  EXPECT_TRUE(Found("US_DRIVER_LICENSE", "license key ABC123456-XYZ").empty());
}

TEST(TableHeaders, ColumnNamesAreContext) {
  // A CSV header two rows up names the column.
  // (Dashed NHS numbers score under the threshold without a context word.)
  const std::string csv = "Which rows are wrong?\n\nname,nhs_number\nEdith Crawley,679-051-0419\n"
                          "Haroon Malik,686-784-9690\nMorag Sinclair,641-385-4154\n";
  EXPECT_EQ(Found("UK_NHS", csv), (V{"679-051-0419", "641-385-4154"}));
  EXPECT_TRUE(Found("UK_NHS", "name,notes\nMorag Sinclair,641-385-4154\n").empty());
  EXPECT_TRUE(Found("UK_NHS", "nhs_number,name,phone\n641-385-4154,Morag,679-051-0419\n").size() == 1);
  // A SQL INSERT's column list.
  const std::string sql = "INSERT INTO customers (id, full_name, passport_no, created_at) VALUES\n"
                          " (9001, 'Grant Oyelowo', '662668368', '2024-06-01'),\n"
                          " (9002, 'Ngoc Anh Pham', 'P00824567', '2024-06-01');";
  EXPECT_EQ(Found("US_PASSPORT", sql), (V{"662668368", "P00824567"}));
  // A Markdown table, its rule line skipped.
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "| name | dl_no |\n|---|---|\n| Pat | D1234567 |\n"), V{"D1234567"});
  // Another column's name is no context, nor is prose split at commas.
  EXPECT_TRUE(Found("US_PASSPORT", "name,order_id,passport\nPat,662668368,\n").empty());
  EXPECT_TRUE(Found("US_PASSPORT", "We checked the passport photo, the visa, and the rest\nOK, 662668368 it is\n").empty());
}

TEST(UsItin, GroupRanges) {
  EXPECT_EQ(Found("US_ITIN", "911-70-1234"), V{"911-70-1234"});
  EXPECT_EQ(Found("US_ITIN", "911-53-1234"), V{"911-53-1234"});
  EXPECT_TRUE(Found("US_ITIN", "911-89-1234 911-93-1234 911-40-1234 811-70-1234").empty());
  EXPECT_TRUE(Found("US_ITIN", "911701234").empty());
  EXPECT_EQ(Found("US_ITIN", "my itin: 911701234"), V{"911701234"});
}

TEST(UsWeakNumbers, NeedContextWords) {
  EXPECT_TRUE(Found("US_PASSPORT", "A12803456").empty());
  EXPECT_EQ(Found("US_PASSPORT", "passport number A12803456"), V{"A12803456"});
  EXPECT_EQ(Found("US_PASSPORT", "Reisepass: A12803456, pasaporte A12803457"), (V{"A12803456", "A12803457"}));
  EXPECT_TRUE(Found("US_DRIVER_LICENSE", "H12234567").empty());
  EXPECT_EQ(Found("US_DRIVER_LICENSE", "my driver license is H12234567"), V{"H12234567"});
  // Ordinary words are never licences, even with context.
  EXPECT_TRUE(Found("US_DRIVER_LICENSE", "driver license: ABCDEFGH ABCDEFGHIJ").empty());
  EXPECT_TRUE(Found("US_BANK_NUMBER", "945456787654").empty());
  EXPECT_EQ(Found("US_BANK_NUMBER", "bank account number 945456787654"), V{"945456787654"});
  EXPECT_TRUE(Found("US_BANK_NUMBER", "bank account 1234567").empty());  // too short
  // Named as an order, ISBN or tracking number, even near an account word.
  EXPECT_TRUE(Found("US_BANK_NUMBER", "bank says order 945456787654 is paid").empty());
  EXPECT_TRUE(Found("US_BANK_NUMBER", "account: isbn 9795032061402").empty());
  EXPECT_TRUE(Found("US_BANK_NUMBER", "account closed. tracking number 277307745671").empty());
  EXPECT_EQ(Found("US_BANK_NUMBER", "acct #945456787654"), V{"945456787654"});
}

TEST(AbaRouting, ChecksumPrefixAndContext) {
  EXPECT_EQ(Found("ABA_ROUTING_NUMBER", "3222-7162-7"), V{"3222-7162-7"});
  EXPECT_EQ(Found("ABA_ROUTING_NUMBER", "routing number 121000358"), V{"121000358"});
  EXPECT_TRUE(Found("ABA_ROUTING_NUMBER", "121000358").empty());               // bare: weak
  EXPECT_TRUE(Found("ABA_ROUTING_NUMBER", "routing 121000359").empty());       // checksum
  EXPECT_TRUE(Found("ABA_ROUTING_NUMBER", "routing number 421042111").empty());  // prefix 42
  EXPECT_TRUE(Found("ABA_ROUTING_NUMBER", "1234-0000-0").empty());
}

TEST(UkNhs, Mod11AndForms) {
  EXPECT_EQ(Found("UK_NHS", "943 476 5919"), V{"943 476 5919"});
  EXPECT_EQ(Found("UK_NHS", "NHS number 9434765919"), V{"9434765919"});
  EXPECT_EQ(Found("UK_NHS", "nhs_no=943.476.5919"), V{"943.476.5919"});
  EXPECT_TRUE(Found("UK_NHS", "nhs_no=943.476.5918").empty());  // mod-11 fails
  EXPECT_TRUE(Found("UK_NHS", "call 9434765919").empty());   // unspaced: needs context
  EXPECT_TRUE(Found("UK_NHS", "943 476 5918").empty());      // check digit
}

TEST(UkNino, PrefixAndSuffixRules) {
  EXPECT_EQ(Found("UK_NINO", "AB 12 34 56 C"), V{"AB 12 34 56 C"});
  EXPECT_EQ(Found("UK_NINO", "nino: tw987654a"), V{"tw987654a"});
  for (const char* bad : {"AB 12 34 56 E", "DA 12 34 56 A", "AO 12 34 56 A", "BG 12 34 56 A", "GB123456A",
                          "NK123456B", "TN123456C", "ZZ123456D", "QQ123456C"}) {
    EXPECT_TRUE(Found("UK_NINO", bad).empty()) << bad;
  }
}

// The score of the one finding of `text` (-1 if there is not exactly one).
double DateScore(const std::string& text) {
  static std::shared_ptr<const Analyzer> a = *Analyzer::Create({{"DATE_TIME"}});
  FindingFilter filter;
  filter.entities = {"DATE_TIME"};
  filter.threshold = 0.0;
  auto r = a->Scan(text, filter);
  return r.ok() && r->findings.size() == 1 ? r->findings[0].score : -1;
}

TEST(DateTime, EveryDateIsReportedAndBirthWordsRaiseTheScore) {
  // As Presidio: every date is DATE_TIME at 0.6, reported at the default
  // threshold (0.25 before: only dates of birth were reported); a birth
  // word makes it 0.85, which the gateway's default policy (0.8) acts on.
  EXPECT_EQ(Found("DATE_TIME", "born 5/20/1984"), V{"5/20/1984"});
  EXPECT_EQ(Found("DATE_TIME", "DOB: 1984-05-20"), V{"1984-05-20"});
  EXPECT_EQ(Found("DATE_TIME", "date of birth 21 May 1984"), V{"21 May 1984"});
  EXPECT_EQ(Found("DATE_TIME", "she was born on May 1st, 1977"), V{"May 1st, 1977"});
  EXPECT_DOUBLE_EQ(DateScore("born 5/20/1984"), 0.85);
  EXPECT_DOUBLE_EQ(DateScore("meeting on 5/20/2021"), 0.6);
  EXPECT_EQ(Found("DATE_TIME", "meeting on 5/20/2021"), V{"5/20/2021"});
  // A log timestamp is a DATE_TIME too, never a date of birth.
  EXPECT_EQ(Found("DATE_TIME", "2024-03-15T14:30:00.123+02:00 GET"), V{"2024-03-15T14:30:00.123+02:00"});
  EXPECT_DOUBLE_EQ(DateScore("dob 2024-03-15T14:30:00Z GET"), 0.6);
  // A birth word of another sentence is no context.
  EXPECT_DOUBLE_EQ(DateScore("see the 2021-12-21 error. born in"), 0.6);
  EXPECT_DOUBLE_EQ(DateScore("DOB:\n1984-05-20"), 0.85);
  // Birth words and month names of other languages.
  EXPECT_EQ(Found("DATE_TIME", "patiente Hélène Dubois, née le 5 avril 1971, ferritine"), V{"5 avril 1971"});
  EXPECT_DOUBLE_EQ(DateScore("fecha de nacimiento 14/03/1989, cuenta"), 0.85);
  EXPECT_DOUBLE_EQ(DateScore("Geburtsdatum: 3. März 1980"), 0.85);
  EXPECT_DOUBLE_EQ(DateScore("NATO met on 14/03/1989 in Brussels"), 0.6);  // "nato" alone is no birth word
  EXPECT_DOUBLE_EQ(DateScore("urodzony 14 marca 2007"), 0.85);              // Polish genitive month
}

TEST(DateTime, BirthdayWordsAndTheArticleOfAnOrdinalDate) {
  EXPECT_EQ(Found("DATE_TIME", "my date of birth is the 9th of December 1975 and"), V{"the 9th of December 1975"});
  EXPECT_EQ(Found("DATE_TIME", "mein Geburtstag ist am 12.03.1985, danke"), V{"12.03.1985"});
  EXPECT_EQ(Found("DATE_TIME", "mijn verjaardag: 4 mei 1990"), V{"4 mei 1990"});
  EXPECT_EQ(Found("DATE_TIME", "born the 9 December 1975"), V{"9 December 1975"});
  // The article is a word of its own, not the end of one.
  EXPECT_EQ(Found("DATE_TIME", "date of birth: breathe 9th of May 1975"), V{"9th of May 1975"});
}

TEST(DateTime, VersionsAreNoDatesAndStampsNoBirthDates) {
  // Dotted month-first "dates" and dotted triples beside versions are
  // versions; timestamps and dates with a clock time score 0.6 even near a
  // birth word.
  EXPECT_TRUE(Found("DATE_TIME", "date of birth 02/13/1948 upgrade to 3.31.26", 0.0) == V{"02/13/1948"});
  EXPECT_TRUE(Found("DATE_TIME", "my birthday: see 8.15.16 notes", 0.0).empty());
  EXPECT_TRUE(Found("DATE_TIME", "why did we go from 2.9.14 to 3.0.0?", 0.0).empty());
  EXPECT_DOUBLE_EQ(DateScore("my birthday is ts=2021-04-21T18:04:40Z"), 0.6);
  EXPECT_DOUBLE_EQ(DateScore("date of birth follows 2021-12-21 02:38 in the log"), 0.6);
  // A database dump of a birth date keeps its midnight.
  EXPECT_EQ(Found("DATE_TIME", "dob: 1985-04-12 00:00:00", 0.8), V{"1985-04-12 00:00:00"});
  EXPECT_EQ(Found("DATE_TIME", "dob: 1985-04-12T00:00:00Z", 0.8), V{"1985-04-12T00:00:00Z"});
  EXPECT_EQ(Found("DATE_TIME", "born 21.05.1985", 0.8), V{"21.05.1985"});
}

TEST(DateTime, LookAlikesAreNotDates) {
  for (const char* text : {"version 1.2.30", "v1.2.3", "1.2.3", "order 12-05-2021-77", "13/13/2021",
                           "31/02/2021", "2021-13-01", "at 25:61", "ref 2021-05-21", "you may 40",
                           // versions, durations, scores, ratios, code, prices, model numbers, ISBNs
                           "upgrade to v2.10.3 now", "release 3.31.26", "it took 3 hours", "for 2 weeks",
                           "we won 3:1", "aspect ratio 16:9", "sleep 10", "time.sleep(30)", "costs $23.40",
                           "the Dyson V15 and the iPhone 15", "ISBN 978-0-14-044913-6", "May I ask something?",
                           "Theresa May said", "they march on", "sat on the sofa", "the sun was out",
                           "the 3rd floor", "the 21st century", "1:1 with Kenji", "Guten Morgen", "in 2000 ms",
                           "3/4 cup of flour", "between 9 and 12 items", "page 2019-2022"}) {
    EXPECT_TRUE(Found("DATE_TIME", text).empty()) << text << " -> " << ::testing::PrintToString(Found("DATE_TIME", text));
  }
}

TEST(DateTime, MonthYearRangesAndCuedDates) {
  EXPECT_EQ(Found("DATE_TIME", "joined in September 2021 as"), V{"September 2021"});
  EXPECT_EQ(Found("DATE_TIME", "Morgan Stanley 2019-2022."), V{"2019-2022"});
  EXPECT_EQ(Found("DATE_TIME", "Canva (2018–2021)"), V{"2018–2021"});
  EXPECT_EQ(Found("DATE_TIME", "Atlassian (2021–present)"), V{"2021–present"});
  // Day ranges and lists are the grammar's of branch s6-date (not merged):
  // here only the date the month names.
  EXPECT_EQ(Found("DATE_TIME", "the cabin for Aug 9–11. Venmo"), V{"Aug 9"});
  EXPECT_EQ(Found("DATE_TIME", "strike on 27 and 28 February"), V{"28 February"});
  EXPECT_EQ(Found("DATE_TIME", "absent on 11/02 and"), V{"11/02"});
  EXPECT_EQ(Found("DATE_TIME", "moving from Cork in March."), V{"March"});
  EXPECT_EQ(Found("DATE_TIME", "member since 2009."), V{"2009"});
  EXPECT_EQ(Found("DATE_TIME", "Pay date is the 15th."), V{"the 15th"});
  EXPECT_TRUE(Found("DATE_TIME", "in may be").empty());
  // Versions, decimals and fractions after a temporal word (from a review).
  for (const char* t : {"added in 3.11", "deprecated since 3.12", "Upgrade from 2.7 to 3.10", "done in 2.5 days",
                        "Cut costs by 1/3", "went from 3/4 to 1/2", "fixed in 1.24 of numpy"}) {
    EXPECT_TRUE(Found("DATE_TIME", t).empty()) << t << " -> " << ::testing::PrintToString(Found("DATE_TIME", t));
  }
  EXPECT_TRUE(Found("DATE_TIME", "it is 11/02 of the", 0.0).empty());  // no cue: a fraction or a ratio
  EXPECT_TRUE(Found("DATE_TIME", "from 2022-2019").empty());           // a range runs forward
}

// A date joined to its weekday and clock time is one span; the time of day
// means no date of birth (0.6 even near a birth word).
TEST(DateTime, DatesWithTheirWeekdayAndTimeAreOneSpan) {
  // {text, the one DATE_TIME span}
  const std::pair<const char*, const char*> kCases[] = {
      {"Date: Tue, 4 Mar 2025 at 09:12\nSubject", "Tue, 4 Mar 2025 at 09:12"},
      {"Sent: Monday, April 7, 2025 at 8:00 AM", "Monday, April 7, 2025 at 8:00 AM"},
      {"[3/8/25, 9:41 PM] Ana: hi", "3/8/25, 9:41 PM"},
      {"[08.03.25, 21:14] Lena: wer", "08.03.25, 21:14"},
      {"Le lundi 3 mars à 10h, salle B", "lundi 3 mars à 10h"},
      {"Data: mer. 5 mar 2025, 16:40", "mer. 5 mar 2025, 16:40"},
      {"tir. 4. mar. 2025 kl. 08:55 skrev", "tir. 4. mar. 2025 kl. 08:55"},
      {"Date: Thu, 20 Feb 2025 08:15:44 -0600\nTo", "Thu, 20 Feb 2025 08:15:44 -0600"},
      {"Wednesday 26 March, 4–7pm.", "Wednesday 26 March, 4–7pm"},
      {"slot 03/07/2025 09:40–11:15 ok", "03/07/2025 09:40–11:15"},
      {"Sent: 03 March 2025 22:51", "03 March 2025 22:51"},
      {"Mar 11 02:14:07 host sshd", "Mar 11 02:14:07"},
      {"Thu Mar 6 17:42:03 2025 +0100 commit", "Thu Mar 6 17:42:03 2025 +0100"},
      {"at 2025-02-11 07:58:14 UTC the job", "2025-02-11 07:58:14 UTC"},
      {"el 20 de febrero de 2025 en", "20 de febrero de 2025"},
      {"11 March 07:00 start", "11 March 07:00"},  // not "11 March 07"
  };
  for (const auto& [text, span] : kCases) EXPECT_EQ(Found("DATE_TIME", text), V{span}) << text;
  EXPECT_DOUBLE_EQ(DateScore("born 3 March 2025 at 04:17"), 0.6);
  EXPECT_DOUBLE_EQ(DateScore("born Tue, 4 Mar 1980"), 0.85);  // a weekday keeps the birth boost
  // A weekday only when it is one as written: "to do 12/03/2024" is no
  // Thursday ("Do": two letters need a full stop or a comma); other words
  // the regex takes before a date are dropped from the span.
  const std::pair<const char*, const char*> kWeekdays[] = {
      {"things to do 12/03/2024", "12/03/2024"},
      {"arrived 3 March 2025", "3 March 2025"},
      {"Mon, Jan 6, 2025", "Mon, Jan 6, 2025"},
      {"came on 3 March 10 people", "3 March 10"},  // "at 10 people": no time
  };
  for (const auto& [text, span] : kWeekdays) EXPECT_EQ(Found("DATE_TIME", text), V{span}) << text;
}

// Clock times alone are weak forms (0.55): reported at the scan's default
// threshold, not acted on by the gateway's default policy (0.8).
TEST(DateTime, ClockTimesAloneAndWithADay) {
  const std::pair<const char*, const char*> kCases[] = {
      {"see you at 3pm", "3pm"},
      {"deploying to prod at 16:00, ping me", "16:00"},
      {"the meeting moved to 14:30", "14:30"},
      {"Our hours are 9:00–17:00 CET.", "9:00–17:00 CET"},
      {"10:14 - Mum: did u get home ok", "10:14"},
      {"vă iau la 18:00 de la metrou", "18:00"},
      {"Treffen um 16 Uhr", "16 Uhr"},
      {"chegamos às 13h", "13h"},
      {"dinner 7.30pm?", "7.30pm"},
      {"vi drar fra Bergen kl 8:30", "kl 8:30"},
      {"Thu 13:45 lunch", "Thu 13:45"},
      {"call Thursday, 10am", "Thursday, 10am"},
      {"Sunday 9th around 2pm", "Sunday 9th around 2pm"},
      {"next Monday at 3pm", "Monday at 3pm"},
      {"Garage sale Sat 3/15 8am", "Sat 3/15 8am"},
      {"today 11:40 ok", "today 11:40"},
      {"Heute gegen 16 Uhr", "16 Uhr"},
      {"I sat 2pm", "2pm"},
  };
  for (const auto& [text, span] : kCases) EXPECT_EQ(Found("DATE_TIME", text), V{span}) << text;
  EXPECT_EQ(Found("DATE_TIME", "Date 02/03/2025, time 08:12\nLocation"), (V{"02/03/2025", "08:12"}));
  EXPECT_DOUBLE_EQ(DateScore("see you at 3pm"), 0.55);
  EXPECT_DOUBLE_EQ(DateScore("Thu 13:45 lunch"), 0.6);
}

// Weekdays named alone are weak forms (0.55), capitalized English and
// German names only.
TEST(DateTime, WeekdaysAlone) {
  EXPECT_EQ(Found("DATE_TIME", "funds should be sent by Friday. Please"), V{"Friday"});
  EXPECT_EQ(Found("DATE_TIME", "see you next Thursday"), V{"next Thursday"});
  EXPECT_EQ(Found("DATE_TIME", "kommst du nächsten Freitag?"), V{"nächsten Freitag"});
  EXPECT_EQ(Found("DATE_TIME", "closed on Sundays"), V{"Sundays"});
  EXPECT_DOUBLE_EQ(DateScore("by Friday"), 0.55);
  for (const char* text : {"see Monday.com", "ping @Friday", "a friday feeling", "FridayNight", "Fridays_list"}) {
    EXPECT_TRUE(Found("DATE_TIME", text).empty()) << text << " -> " << ::testing::PrintToString(Found("DATE_TIME", text));
  }
}

// The look-alikes of times and of weekdays before dates (from reviews).
TEST(DateTime, LookAlikesOfTimesAndWeekdays) {
  for (const char* text :
       {"I sat 3 exams", "they may 2-1 win", "read TODAY.com", "12-34-56-78", "John 3:16", "Genesis 1:1",
        "Tests: 10:10 passed", "we won 10:12 in the end", "aspect 16:9", "for 3 hours", "took 3h", "it took 2h to fix",
        "v10:30", "upgrade to 7.3.17 the", "version 2.10.30", "{\"ts\": 1709542800, \"id\": 7}",
        "epoch 1709542800", "score 3:1", "at 25:61", "ratio 2:1", "a10:30", "3.14159", "10:15:30:45",
        // durations, positions, counts and verses (from a review)
        "took 10:30 to run", "elapsed 01:23:45", "the race finished in 2:15:30", "lap time 1:23",
        "runtime 00:05:12", "duration: 12:30", "the video is 10:45 long", "song length 3:45", "timeout 00:30",
        "line 12:30 col 5", "error at 3:15 in foo.js", "ISBN 10:30", "23:59:59", "00:00", "I sat 10:15 minutes waiting",
        "sun 12:00 exposure", "he wed 12:00", "John 10:10", "Mark 10:45", "Luke 15:11"}) {
    EXPECT_TRUE(Found("DATE_TIME", text).empty()) << text << " -> " << ::testing::PrintToString(Found("DATE_TIME", text));
  }
  // Inside a timestamp the time is the timestamp's.
  EXPECT_EQ(Found("DATE_TIME", "ts=2021-12-09 17:10:12.053 GET"), V{"2021-12-09 17:10:12.053"});
}

}  // namespace
}  // namespace convoguard

namespace convoguard::recognizers {
namespace {

// A prefilter that ends at a cue inside the match (Rule::prefilter) must
// have an end inside every match of its rule's regex: checked with PCRE2 on
// random text made of the bytes the rule is about.
// `also_covered_by`: a rule that reports the matches without a cue whole.
void ExpectPrefilterCoversEveryMatch(const std::string& id, const std::string& alphabet,
                                     const std::vector<std::string>& pieces, size_t min_matches,
                                     const std::string& also_covered_by = "") {
  RuleList rules = AllRules();
  auto rule = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == id; });
  ASSERT_NE(rule, rules.end()) << id;
  ASSERT_FALSE(rule->prefilter.empty()) << id;
  matching::Pattern main{rule->regex, rule->flags};
  main.lead = rule->lead;
  std::vector<matching::Pattern> patterns = {main, {rule->prefilter, rule->flags}};
  if (!also_covered_by.empty()) {
    auto other = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == also_covered_by; });
    ASSERT_NE(other, rules.end()) << also_covered_by;
    patterns.push_back({"^(?:" + other->regex + ")$", other->flags});
  }
  auto set = matching::PatternSet::Compile(patterns, 4000);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  std::mt19937 rng(11);
  size_t matches = 0;
  for (int t = 0; t < 2000; ++t) {
    std::string text;
    for (int k = 0, n = 1 + static_cast<int>(rng() % 12); k < n; ++k) {
      if (rng() % 2 == 0) {
        text += pieces[rng() % pieces.size()];
      } else {
        text += alphabet[rng() % alphabet.size()];
      }
    }
    std::vector<uint64_t> cue_ends;
    // Every prefilter match end: PCRE2 from every start.
    for (size_t from = 0; from < text.size(); ++from) {
      ASSERT_TRUE((*set)->FindMatches(1, text, from, from, [&](size_t, size_t e) { cue_ends.push_back(e); }).ok());
    }
    ASSERT_TRUE((*set)->FindMatches(0, text, 0, text.size(), [&](size_t s, size_t e) {
      ++matches;
      const bool covered = std::any_of(cue_ends.begin(), cue_ends.end(), [&](uint64_t c) { return c > s && c <= e; });
      if (!covered && !also_covered_by.empty()) {
        // Another rule reports this match alone (a weekday, a relative day).
        std::string_view m = std::string_view(text).substr(s, e - s);
        bool whole = false;
        ASSERT_TRUE((*set)->FindMatches(2, m, 0, 0, [&](size_t b2, size_t e2) { whole |= b2 == 0 && e2 == m.size(); }).ok());
        if (whole) return;
      }
      EXPECT_TRUE(covered) << id << " match [" << s << ", " << e << ") of " << text << " holds no prefilter end";
      // With a lead, some cue ends within the lead's width of the start.
      if (!rule->lead.empty()) {
        EXPECT_TRUE(std::any_of(cue_ends.begin(), cue_ends.end(),
                                [&](uint64_t c) { return c > s && c <= e && c - s <= (*set)->StartReach(0); }))
            << id << " match [" << s << ", " << e << ") of " << text << " has no cue within its lead";
      }
    }).ok());
    if (::testing::Test::HasFailure()) return;
  }
  EXPECT_GE(matches, min_matches) << id;  // the text does exercise the rule
}

// url_bare_domain's cue finder stands in for its prefilter: the same ends
// as Vectorscan's for it, on chat text and on random text of dots,
// top-level domains, their prefixes and other letters, whole and cut.
TEST(Prefilters, BareDomainFinderReportsThePrefiltersEnds) {
  RuleList rules = AllRules();
  auto rule = std::find_if(rules.begin(), rules.end(), [](const Rule& r) { return r.id == "url_bare_domain"; });
  ASSERT_NE(rule, rules.end());
  ASSERT_TRUE(rule->cue_finder);
  auto set = matching::PatternSet::Compile({{rule->prefilter, rule->flags}}, 4000, matching::DigitGate::kOff);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  matching::BlockScanner scanner(*set);
  std::vector<std::string> texts = {evaluation::GenerateChatText(3, evaluation::Density::kDense, 200000)};
  const std::vector<std::string> pieces = {".", ".", "..", "com", "co", "c", "org", "online", "onlin", "io", "info",
                                           "in", "it", "pl", "uk", "qa", "zz", "x", "Com", "a", "-", " ", "/", "1",
                                           "é", "\n", "tech", "site", "s"};
  std::mt19937 rng(3);
  for (int k = 0; k < 3000; ++k) {
    std::string t;
    for (size_t i = 0, n = 1 + rng() % 20; i < n; ++i) t += pieces[rng() % pieces.size()];
    texts.push_back(std::move(t));
  }
  size_t ends = 0;
  for (const std::string& text : texts) {
    for (size_t cut : {size_t{0}, text.size() / 3}) {
      const std::string_view t = std::string_view(text).substr(cut);
      std::vector<uint64_t> want, got;
      ASSERT_TRUE(scanner.Scan(t, [&](unsigned, uint64_t e) { want.push_back(e); }).ok());
      std::sort(want.begin(), want.end());
      rule->cue_finder(t, [&](uint64_t e) { got.push_back(e); });
      ends += got.size();
      ASSERT_EQ(got, want) << t.substr(0, 200);
    }
  }
  EXPECT_GT(ends, 1000u);
}

// bitcoin_base58's word-shape cues (ten shapes, one per length) are exactly
// the ends of its regex's matches (PCRE2), on random words of base58 and
// other bytes around the lengths 26-35, whole and cut.
TEST(Prefilters, Base58WordShapesAreTheRegexMatches) {
  RuleList rules = AllRules();
  auto rule = std::find_if(rules.begin(), rules.end(), [](const Rule& r) { return r.id == "bitcoin_base58"; });
  ASSERT_NE(rule, rules.end());
  ASSERT_TRUE(rule->cue_group.group);
  auto set = matching::PatternSet::Compile({{rule->regex, rule->flags}}, 1000);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  const std::string base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  const std::string other = "0OIl_";
  const std::vector<std::string> seps = {" ", ".", "-", "\n", "\xC3\xA9", ", ", ":"};
  std::mt19937 rng(13);
  size_t matches = 0;
  for (int t = 0; t < 600; ++t) {
    std::string text;
    for (int w = 0; w < 12; ++w) {
      const size_t len = 22 + rng() % 17;
      for (size_t j = 0; j < len; ++j) {
        text += j == 0 && rng() % 2 == 0 ? "13"[rng() % 2] : rng() % 40 == 0 ? other[rng() % other.size()]
                                                                           : base58[rng() % base58.size()];
      }
      text += seps[rng() % seps.size()];
    }
    for (size_t cut : {size_t{0}, static_cast<size_t>(rng() % text.size())}) {
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      const std::string_view part = std::string_view(text).substr(cut);
      std::vector<uint64_t> want, got;
      ASSERT_TRUE((*set)->FindMatches(0, part, 0, part.size(), [&](size_t, size_t e) { want.push_back(e); }).ok());
      (*rule->cue_group.group)(part, [&](unsigned member, uint64_t e) {
        if (member == rule->cue_group.member) got.push_back(e);
      });
      ASSERT_EQ(got, want) << part;
      matches += want.size();
    }
  }
  EXPECT_GT(matches, 500u);
}

TEST(Prefilters, CueInsideEveryMatch) {
  ExpectPrefilterCoversEveryMatch("date_after_temporal_word", "0123456789 ./-aio",
                                  {"in ", "since ", "on ", "w ", "do ", "March", "mayo", "2019", "12/3", "1.2", " "},
                                  60);
  // The date rules' regexes take a weekday and a time around the date their
  // prefilter finds; the clock times' prefilters end at the time's mark.
  const std::vector<std::string> date_pieces = {"Tue, ", "Mo., ", "jeudi ", "4 ", "Mar ", "March ", "2025", "12",
                                                "03/07/", "5.3.", " at ", " um ", " à ", ", ", "09:12", "9:41 PM",
                                                "10h", "14h30", "–7pm", " UTC", " -0600", "21st ", "de ", "mars "};
  ExpectPrefilterCoversEveryMatch("date_day_month_name", "0123456789 ,.:-ap", date_pieces, 40);
  ExpectPrefilterCoversEveryMatch("date_month_name_day", "0123456789 ,.:-ap", date_pieces, 100);
  ExpectPrefilterCoversEveryMatch("date_numeric_dmy", "0123456789 ,.:-/ap", date_pieces, 40);
  ExpectPrefilterCoversEveryMatch("timestamp_iso8601", "0123456789 :-TZ+.",
                                  {"2025-03-04T09:12", "2025-03-04 09:12", "2025-03-04", "T", " ", "09:12", ":44", ".123", "Z",
                                   " UTC", " +0200"},
                                  100);
  const std::vector<std::string> time_pieces = {"Thu ", "today ", "Friday, ", "Sat 3/15 ", "at ", "kl ", "3/10 ", "11.03., ", "9th ",
                                                "around ", "~", "12", "9", ":30", ".30", "pm", " a.m.", "h",
                                                " Uhr", "–", " CET", " 2025", "noon", "x "};
  ExpectPrefilterCoversEveryMatch("date_clock_time", "0123456789 :.-aphm", time_pieces, 150);
  ExpectPrefilterCoversEveryMatch("date_day_clock_time", "0123456789 :.-aphm,", time_pieces, 15);
  ExpectPrefilterCoversEveryMatch("date_weekday", "a .,s-",
                                  {"Friday", "Sunday", "Montag", "next ", "Last ", "nächsten ", "this ", "x", " "}, 150);
  ExpectPrefilterCoversEveryMatch("ipv6", "0123456789abcdefABCDEFgx:.%/ -",
                                  {"::", "fe80", "::1", "2001:db8", ":0:", "%eth0", "/64", "192.168.0.1", "ffff:"}, 1000);
  ExpectPrefilterCoversEveryMatch("uk_nino", "0123456789ABCDabcdQZ -",
                                  {"AB123456C", "ab 12 34 56 d", "CE 123456 A", "AB12 34 56C", "12 34 56 C", " ", "QQ"}, 150);
  ExpectPrefilterCoversEveryMatch("iban", "0123456789ABCDEZaz -",
                                  {"DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "FR76", "X", " ", "-", "1234"},
                                  300);
  ExpectPrefilterCoversEveryMatch("url_with_scheme", "aZ09-./:?#@=%_ ",
                                  {"https://", "HTTP://", "ftp://", "wss://", "ws://", "example.com", "/a?b=c", " "}, 300);
  ExpectPrefilterCoversEveryMatch("url_www", "aZ09-./:?#@=%_ wW",
                                  {"www.", "WWW.", "wWw.", "example.com", "/a?b=c", "ww", " "}, 300);
  ExpectPrefilterCoversEveryMatch("slack_token", "aZ09- x",
                                  {"xoxb-", "xoxp-", "xoxe-", "1234", "-abc", "xox", " "}, 300);
  ExpectPrefilterCoversEveryMatch("url_credentials", "aZ09-.+:/@%_!~[] ",
                                  {"https://", "postgres://", "x+y.z-1://", "user", ":", "p@ss", "@", "host.example",
                                   "://", "abcdefghijklmnopqrstu://", " ", "https://u:p@h", "ftp://user:pw@host.example",
                                   "s3+x://a:b@c", "abcdefghijklmnopqrstu://u:p@h"},
                                  300);
  ExpectPrefilterCoversEveryMatch("email", "aZ09._%+-@ x",
                                  {"jane.doe", "@", "example.com", "@mail.co.uk", ".org", "xn--p1ai", "a@b.cd",
                                   "first.last+tag@sub.example.org", std::string(64, 'a') + "@x.io", " "},
                                  300);
  ExpectPrefilterCoversEveryMatch("bearer_token", "aZ09-._~+/= \t",
                                  {"Bearer ", "bearer\t", "BEARER  ", "abcdefghij", "0123456789", "eyJhbGci", " "}, 100);
  // The secret assignments' prefilter ends at the value's first byte.
  for (const char* id : {"secret_assignment", "password_assignment"}) {
    ExpectPrefilterCoversEveryMatch(id, "aZ09_-.\"'`] \t=:>|?!,",
                                    {"password", "PassWord", "pwd", "api_key", "API-TOKEN", "token", "secret", "creds",
                                     "_12", " is ", " WAS ", "  ", "=>", ":=", "||=", "\"", "'", "`", "]", "s3cr3t!",
                                     "', '", "\",      \"", ">", "пароль", "IDENTIFIED BY ", "        "},
                                    150);
  }
  // The secret rules found from a cue inside or at the end of the match.
  ExpectPrefilterCoversEveryMatch("authorization_header", "aZ09-._~+/=@ \t:\"'",
                                  {"Authorization", "X-Api-Key", "x-octopus-apikey", "Api-Token", "Private-Token",
                                   "X-Auth-Token", ": ", ":  ", "Token ", "Bearer ", "0123456789abcdef"},
                                  100);
  ExpectPrefilterCoversEveryMatch("mailchimp_api_key", "0123456789abcdef-us ",
                                  {"0123456789abcdef0123456789abcdef", "-us", "-us1", "-us18", "x",
                                   "0123456789abcdef0123456789abcdef-us18"},
                                  100);
  ExpectPrefilterCoversEveryMatch("facebook_app_token", "0123456789|aZ_- ",
                                  {"1308742762612587", "130874276261258", "|", "rhoK1cbv0DOU_RTX_87O4MkX7AI",
                                   "1308742762612587|rhoK1cbv0DOU_RTX_87O4MkX7AI"},
                                  100);
  ExpectPrefilterCoversEveryMatch("azure_ad_client_secret", "aZ09_~.-Q ",
                                  {"8Q~", "abc", "Q~", "~~~", "rcBcYjzzOhg1Hnn76Wm3jGgakZiZ.8vMgR",
                                   "bP88Q~rcBcYjzzOhg1Hnn76Wm3jGgakZiZ.8vMgR"},
                                  100);
  ExpectPrefilterCoversEveryMatch("azure_storage_key_by_context", "aZ09+/= ",
                                  {std::string(43, 'a') + "Zz09+/", "==", "=", "abcdefgh", std::string(86, 'Q') + "=="},
                                  100);
}

}  // namespace
}  // namespace convoguard::recognizers

namespace convoguard::recognizers {
namespace {

// The digit gate (matching/digit_gate.h) on the whole catalog: the rules
// gated into the digit database report the same ends as with one database,
// on random chat-like text with numbers of every kind, whole and cut
// anywhere (a stream's windows are such cuts).
TEST(DigitGate, CatalogReportsTheSameEnds) {
  std::vector<matching::Pattern> pats;
  for (const Rule& r : AllRules()) pats.push_back({r.regex, r.flags, r.prefilter, r.cue_finder, r.cue_group, r.lead});
  auto gated = matching::PatternSet::Compile(pats, kMaxRuleWidth, matching::DigitGate::kOn);
  auto plain = matching::PatternSet::Compile(pats, kMaxRuleWidth, matching::DigitGate::kOff);
  ASSERT_TRUE(gated.ok()) << gated.status().ToString();
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  size_t gated_rules = 0;
  for (unsigned i = 0; i < pats.size(); ++i) gated_rules += (*gated)->Gated(i);
  EXPECT_GT(gated_rules, 30u);  // phone, cards, national IDs, dates...
  // A rule wider than the gate's reach gets in by a narrow prefilter.
  const RuleList all = AllRules();
  const auto iban = std::find_if(all.begin(), all.end(), [](const Rule& r) { return r.id == "iban"; });
  ASSERT_NE(iban, all.end());
  EXPECT_TRUE((*gated)->Gated(static_cast<unsigned>(iban - all.begin())));
  matching::BlockScanner g(*gated), p(*plain);
  using Reports = std::vector<std::pair<unsigned, uint64_t>>;
  auto scan = [](matching::BlockScanner& s, std::string_view text) {
    Reports out;
    EXPECT_TRUE(s.Scan(text, [&](unsigned id, uint64_t e) { out.emplace_back(id, e); }).ok());
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<std::string> pieces = {
      "call me at +44 20 7946 0958", "(030) 1234567", "555-123-4567", "4111 1111 1111 1111", "4111-1111-1111-1111",
      "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "2021-12-09 17:10:12.053", "12/05/1985", "5th of May 1975",
      "May 5, 2020", "SSN 123-45-6789", "P.O. Box 1234", "London SW1A 1AA", "192.168.0.1", "10.0.0.1/24", "AB123456C",
      "ES 12345678Z", "X1234567L", "123 456 789", "9 digits 123456789", "upgrade to 7.3.17", "isbn 978-3-019-01443-5",
      "Hauptstraße 5, 10115 Berlin", "12 Main Street", "room 4", "S1234567D", "ts=1700000000", "v2", "x86_64",
      "licence WDLABCDEFGHJ"};  // the last: a branch of a gated-looking rule without a digit
  const std::vector<std::string> words = {"the ", "build ", "is ", "failing ", "again ", "on ", "main", ", ", ". ", "! ",
                                          "\n", "café ", "à demain ", "これで ", "😂 ", "Paul ", "Smith ", "-", "/", ":"};
  std::mt19937 rng(3);
  size_t ends = 0;
  for (int t = 0; t < 400; ++t) {
    std::string text;
    for (int k = 0, n = 1 + static_cast<int>(rng() % 200); k < n; ++k) {
      const unsigned pick = rng() % 16;
      text += pick == 0 ? pieces[rng() % pieces.size()]
                        : pick == 1 ? std::string(1, static_cast<char>('0' + rng() % 10)) : words[rng() % words.size()];
    }
    const Reports want = scan(p, text);
    ends += want.size();
    EXPECT_EQ(scan(g, text), want) << text;
    const size_t cut = rng() % (text.size() + 1);
    for (std::string_view part : {std::string_view(text).substr(0, cut), std::string_view(text).substr(cut)}) {
      EXPECT_EQ(scan(g, part), scan(p, part)) << part;
    }
    if (::testing::Test::HasFailure()) return;
  }
  EXPECT_GT(ends, 5000u);
}

}  // namespace
}  // namespace convoguard::recognizers
