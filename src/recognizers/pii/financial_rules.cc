// CREDIT_CARD (issuer prefix + Luhn), IBAN_CODE (per-country structure +
// mod-97), CRYPTO (Bitcoin Base58Check / bech32, Ethereum EIP-55).
#include <array>
#include <string>

#include "checksums/checksums.h"
#include "recognizers/pii/pii_internal.h"
#include "recognizers/word_shape_cues.h"

namespace convoguard::recognizers::pii {
namespace {

using checksums::DigitsOf;

bool CardIssuerKnown(const std::string& d) {
  auto starts = [&](std::string_view p) { return d.compare(0, p.size(), p) == 0; };
  const int two = std::stoi(d.substr(0, 2)), four = std::stoi(d.substr(0, 4));
  if (d[0] == '4') return true;                                    // Visa
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return true;  // Mastercard
  if (starts("34") || starts("37")) return d.size() == 15;        // Amex
  if (starts("1")) return d.size() == 15;                          // UATP
  if (two == 50 || (two >= 56 && two <= 69)) return true;          // Maestro, Discover, UnionPay, RuPay
  if (four >= 2200 && four <= 2204) return d.size() >= 16;         // Mir (Russia)
  if (starts("9792")) return d.size() == 16;                       // Troy (Turkey)
  return starts("35") || starts("30") || starts("36") || starts("38") || starts("39");  // JCB, Diners
}

bool CardNumberValid(const std::string& d) {
  if (d.size() < 13 || d.size() > 19) return false;
  if (d.find_first_not_of(d[0]) == std::string::npos) return false;
  return CardIssuerKnown(d) && checksums::Luhn(d);
}

// The regex may take one group too many ("4111 1111 1111 1111 2024"): then
// the number without its last group is tried.
Verdict ValidateCreditCard(const Candidate& c) {
  if (GluedToNeighbours(c, "-.,/")) return Verdict::Reject();
  if (CardNumberValid(DigitsOf(c.text))) return Verdict::Accept("luhn");
  size_t cut = c.text.find_last_of(" -");
  if (cut == std::string_view::npos) return Verdict::Reject();
  if (!CardNumberValid(DigitsOf(c.text.substr(0, cut)))) return Verdict::Reject();
  Verdict v = Verdict::Accept("luhn");
  v.sub_end = cut;
  return v;
}

// ---------------------------------------------------------------- IBAN
// BBAN structure per country from the SWIFT IBAN registry: a run of
// <count><kind>, kind n = digit, a = upper-case letter, c = letter or digit.
struct IbanCountry {
  const char* code;
  int length;        // whole IBAN, including country code and check digits
  const char* bban;  // structure after the 4 leading characters
};

constexpr IbanCountry kIbanCountries[] = {
    {"AD", 24, "4n4n12c"},     {"AE", 23, "3n16n"},        {"AL", 28, "8n16c"},
    {"AT", 20, "5n11n"},       {"AZ", 28, "4a20c"},        {"BA", 20, "3n3n8n2n"},
    {"BE", 16, "3n7n2n"},      {"BG", 22, "4a4n2n8c"},     {"BH", 22, "4a14c"},
    {"BI", 27, "5n5n11n2n"},   {"BR", 29, "8n5n10n1a1c"},  {"BY", 28, "4c4n16c"},
    {"CH", 21, "5n12c"},       {"CR", 22, "4n14n"},        {"CY", 28, "3n5n16c"},
    {"CZ", 24, "4n6n10n"},     {"DE", 22, "8n10n"},        {"DJ", 27, "5n5n11n2n"},
    {"DK", 18, "4n9n1n"},      {"DO", 28, "4c20n"},        {"EE", 20, "2n2n11n1n"},
    {"EG", 29, "4n4n17n"},     {"ES", 24, "4n4n1n1n10n"},  {"FI", 18, "3n11n"},
    {"FK", 18, "2a12n"},       {"FO", 18, "4n9n1n"},       {"FR", 27, "5n5n11c2n"},
    {"GB", 22, "4a6n8n"},      {"GE", 22, "2a16n"},        {"GI", 23, "4a15c"},
    {"GL", 18, "4n9n1n"},      {"GR", 27, "3n4n16c"},      {"GT", 28, "4c20c"},
    {"HR", 21, "7n10n"},       {"HU", 28, "3n4n1n15n1n"},  {"IE", 22, "4a6n8n"},
    {"IL", 23, "3n3n13n"},     {"IQ", 23, "4a3n12n"},      {"IS", 26, "4n2n6n10n"},
    {"IT", 27, "1a5n5n12c"},   {"JO", 30, "4a4n18c"},      {"KW", 30, "4a22c"},
    {"KZ", 20, "3n13c"},       {"LB", 28, "4n20c"},        {"LC", 32, "4a24c"},
    {"LI", 21, "5n12c"},       {"LT", 20, "5n11n"},        {"LU", 20, "3n13c"},
    {"LV", 21, "4a13c"},       {"LY", 25, "3n3n15n"},      {"MC", 27, "5n5n11c2n"},
    {"MD", 24, "2c18c"},       {"ME", 22, "3n13n2n"},      {"MK", 19, "3n10c2n"},
    {"MN", 20, "4n12n"},       {"MR", 27, "5n5n11n2n"},    {"MT", 31, "4a5n18c"},
    {"MU", 30, "4a2n2n12n3n3a"}, {"NI", 28, "4a20n"},      {"NL", 18, "4a10n"},
    {"NO", 15, "4n6n1n"},      {"OM", 23, "3n16c"},        {"PK", 24, "4a16c"},
    {"PL", 28, "8n16n"},       {"PS", 29, "4a21c"},        {"PT", 25, "4n4n11n2n"},
    {"QA", 29, "4a21c"},       {"RO", 24, "4a16c"},        {"RS", 22, "3n13n2n"},
    {"RU", 33, "9n5n15c"},     {"SA", 24, "2n18c"},        {"SC", 31, "4a2n2n16n3a"},
    {"SD", 18, "2n12n"},       {"SE", 24, "3n16n1n"},      {"SI", 19, "5n8n2n"},
    {"SK", 24, "4n6n10n"},     {"SM", 27, "1a5n5n12c"},    {"SO", 23, "4n3n12n"},
    {"ST", 25, "4n4n11n2n"},   {"SV", 28, "4a20n"},        {"TL", 23, "3n14n2n"},
    {"TN", 24, "2n3n13n2n"},   {"TR", 26, "5n1n16c"},      {"UA", 29, "6n19c"},
    {"VA", 22, "3n15n"},       {"VG", 24, "4a16n"},        {"XK", 20, "4n10n2n"},
};

const IbanCountry* FindIbanCountry(std::string_view code) {
  for (const IbanCountry& c : kIbanCountries) {
    if (code == c.code) return &c;
  }
  return nullptr;
}

bool BbanMatches(std::string_view bban, const char* spec) {
  size_t pos = 0;
  for (const char* p = spec; *p != 0;) {
    int count = 0;
    while (*p >= '0' && *p <= '9') count = count * 10 + (*p++ - '0');
    const char kind = *p++;
    for (int i = 0; i < count; ++i, ++pos) {
      if (pos >= bban.size()) return false;
      const char ch = bban[pos];
      const bool digit = IsAsciiDigit(ch), upper = ch >= 'A' && ch <= 'Z';
      if ((kind == 'n' && !digit) || (kind == 'a' && !upper) || (kind == 'c' && !digit && !upper)) return false;
    }
  }
  return pos == bban.size();
}

// The regex proposes a country code, check digits and up to 30 more
// characters with single spaces or hyphens between them; the validator takes
// exactly the country's length and requires the IBAN to end there.
Verdict ValidateIban(const Candidate& c) {
  if (GluedToNeighbours(c, "")) return Verdict::Reject();
  const IbanCountry* country = FindIbanCountry(c.text.substr(0, 2));
  if (country == nullptr) return Verdict::Reject();
  std::string compact;
  size_t end = 0;
  char separator = 0;
  for (size_t i = 0; i < c.text.size() && static_cast<int>(compact.size()) < country->length; ++i) {
    const char ch = c.text[i];
    if (ch == ' ' || ch == '-') {
      if (separator != 0 && ch != separator) return Verdict::Reject();
      separator = ch;
      continue;
    }
    compact.push_back(ch);
    end = i + 1;
  }
  if (static_cast<int>(compact.size()) != country->length) return Verdict::Reject();
  // The IBAN must not run on into more letters or digits.
  if (end < c.text.size()) {
    const char next = c.text[end];
    if (next != ' ') return Verdict::Reject();
  }
  if (!BbanMatches(std::string_view(compact).substr(4), country->bban)) return Verdict::Reject();
  if (!checksums::IbanMod97(compact)) return Verdict::Reject();
  Verdict v = Verdict::Accept("iban mod-97");
  v.sub_end = end;
  return v;
}

// ---------------------------------------------------------------- CRYPTO

Verdict ValidateBase58Address(const Candidate& c) {
  if (GluedToNeighbours(c, "")) return Verdict::Reject();
  return checksums::Base58Check(c.text) ? Verdict::Accept("base58check") : Verdict::Reject();
}

Verdict ValidateBech32Address(const Candidate& c) {
  if (GluedToNeighbours(c, "")) return Verdict::Reject();
  return checksums::Bech32Address(c.text) ? Verdict::Accept("bech32") : Verdict::Reject();
}

// Mixed-case addresses carry an EIP-55 checksum: valid ones are certain,
// invalid ones are rejected. Single-case ones have no checksum and look like
// any 160-bit hex hash, so they are weak and need context.
Verdict ValidateEthereumAddress(const Candidate& c) {
  if (GluedToNeighbours(c, "")) return Verdict::Reject();
  const std::string_view hex = c.text.substr(2);
  bool lower = false, upper = false;
  for (char ch : hex) {
    lower |= ch >= 'a' && ch <= 'f';
    upper |= ch >= 'A' && ch <= 'F';
  }
  if (lower && upper) {
    return checksums::Eip55(c.text) ? Verdict::Accept("eip-55", 1.0) : Verdict::Reject();
  }
  return Verdict::Accept("hex length");
}

}  // namespace

void AddFinancialRules(RuleList& out) {
  // 13-19 digits, contiguous or in the usual groups with one kind of separator.
  out.push_back({
      .id = "credit_card",
      .entity_type = "CREDIT_CARD",
      .regex = R"(\b(?:\d{13,19}|\d{4}(?: \d{4}){2,3}(?: \d{1,4})?|\d{4}(?:-\d{4}){2,3}(?:-\d{1,4})?|\d{4} \d{6} \d{4,5}|\d{4}-\d{6}-\d{4,5})\b)",
      .score = 1.0,
      .validate = ValidateCreditCard,
      .context = {"card", "credit", "visa", "mastercard", "amex", "cc", "debit", "payment"},
  });
  out.push_back({
      .id = "iban",
      .entity_type = "IBAN_CODE",
      .regex = R"([A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){11,30}\b)",
      // Vectorscan sees only the country code and check digits: every match
      // starts with them, and the short, digit-holding prefilter goes into
      // the digit gate's database (matching/digit_gate.h), which runs only
      // near digits, instead of tracking up to 64 bytes of the whole form
      // over all text. The lead bounds the exact search to the 4 bytes
      // before each end.
      .prefilter = R"([A-Z]{2}\d{2})",
      .lead = R"([A-Z]{2}\d{2})",
      .score = 1.0,
      .validate = ValidateIban,
      .context = {"iban", "bank", "account", "transfer", "sepa"},
  });
  out.push_back({
      .id = "bitcoin_base58",
      .entity_type = "CRYPTO",
      .regex = R"(\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b)",
      // Every match is one whole word of 26 to 35 bytes: the word-shape
      // finder reports exactly the matches' ends (in Vectorscan's database,
      // even without the leading \b, the class run cost ~1.6 M instructions
      // per sparse MB: BENCHMARKS.md, round 8).
      .cue_group = WordShapeCue(kBitcoinBase58Shape),
      .score = 1.0,
      .validate = ValidateBase58Address,
      .context = {"bitcoin", "btc", "wallet", "address"},
  });
  out.push_back({
      .id = "bitcoin_bech32",
      .entity_type = "CRYPTO",
      .regex = R"(\b(?:(?:bc|tb)1[02-9ac-hj-np-z]{11,87}|(?:BC|TB)1[02-9AC-HJ-NP-Z]{11,87})\b)",
      .score = 1.0,
      .validate = ValidateBech32Address,
      .context = {"bitcoin", "btc", "wallet", "address"},
  });
  out.push_back({
      .id = "ethereum_address",
      .entity_type = "CRYPTO",
      .regex = R"(\b0x[0-9a-fA-F]{40}\b)",
      .score = 0.5,
      .validate = ValidateEthereumAddress,
      .context = {"ethereum", "eth", "wallet", "address", "erc20", "erc-20", "metamask", "send", "crypto",
                  "withdraw", "deposit", "usdt", "usdc", "exchange", "token", "transfer"},
      .weak = true,
  });
}

}  // namespace convoguard::recognizers::pii
