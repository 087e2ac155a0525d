// US identifiers (US_SSN, US_ITIN, US_PASSPORT, US_DRIVER_LICENSE,
// US_BANK_NUMBER, ABA_ROUTING_NUMBER) and UK ones (UK_NHS, UK_NINO).
//
// A bare run of digits is every one of these at once, so bare forms are weak:
// they are reported only when a context word ("ssn", "routing", "passport")
// says which one it is. Formatted forms (123-45-6789) carry their own signal.
#include <string>

#include "checksums/checksums.h"
#include "recognizers/pii/pii_internal.h"

namespace convoguard::recognizers::pii {
namespace {

using checksums::DigitsOf;

int Number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

bool AllSameDigit(const std::string& d) { return d.find_first_not_of(d[0]) == std::string::npos; }

// Separated forms score by separator: hyphens are the standard way to write
// the number, spaces and dots are also seen but are more often other data.
double SeparatedScore(std::string_view text, double hyphen_score, double other_score) {
  return text.find('-') != std::string_view::npos ? hyphen_score : other_score;
}

// Structure rules of the Social Security Administration: area 000, 666 and
// 900-999 are never issued, nor group 00 or serial 0000. Numbers published in
// advertising or used as the standard example are not anyone's.
bool SsnStructureValid(const std::string& d) {
  if (d.size() != 9 || AllSameDigit(d)) return false;
  const int area = Number(d.substr(0, 3)), group = Number(d.substr(3, 2)), serial = Number(d.substr(5));
  if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) return false;
  for (const char* known : {"078051120", "219099999", "457555462", "123456789"}) {
    if (d == known) return false;
  }
  return true;
}

Verdict ValidateSsn(const Candidate& c) {
  if (NotAnIdentifier(c, "-./")) return Verdict::Reject();
  if (!SsnStructureValid(DigitsOf(c.text))) return Verdict::Reject();
  const double score = c.text.size() == 9 ? -1 : SeparatedScore(c.text, 0.6, 0.5);
  return Verdict::Accept("ssa structure", score);
}

// ITINs: 9XX-GG-XXXX with group 50-65, 70-88, 90-92 or 94-99 (IRS ranges;
// 50-65 were added in 2011).
Verdict ValidateItin(const Candidate& c) {
  if (NotAnIdentifier(c, "-./")) return Verdict::Reject();
  const std::string d = DigitsOf(c.text);
  if (d.size() != 9 || d[0] != '9') return Verdict::Reject();
  const int group = Number(d.substr(3, 2));
  const bool ok = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) ||
                  (group >= 90 && group <= 92) || group >= 94;
  if (!ok) return Verdict::Reject();
  const double score = c.text.size() == 9 ? -1 : SeparatedScore(c.text, 0.6, 0.5);
  return Verdict::Accept("irs group range", score);
}

// ABA routing numbers: the 3-7-1 checksum, and the first two digits in the
// ranges the Federal Reserve assigns (00-12 banks, 21-32 thrifts, 61-72
// electronic, 80 traveller's cheques).
Verdict ValidateAba(const Candidate& c) {
  if (NotAnIdentifier(c, "-./")) return Verdict::Reject();
  const std::string d = DigitsOf(c.text);
  if (d.size() != 9 || AllSameDigit(d)) return Verdict::Reject();
  const int prefix = Number(d.substr(0, 2));
  const bool ok = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix == 80;
  if (!ok || !checksums::AbaRouting(d)) return Verdict::Reject();
  return Verdict::Accept("aba checksum");
}

// A plain number of the right shape: only checks it stands alone and is not
// one repeated digit.
Verdict ValidateStandaloneNumber(const Candidate& c) {
  if (NotAnIdentifier(c, "-./,")) return Verdict::Reject();
  const std::string d = DigitsOf(c.text);
  if (d.size() >= 4 && AllSameDigit(d)) return Verdict::Reject();  // "WDLOSA0KZJCN" has one digit
  return Verdict::Accept();
}

// NHS numbers: 10 digits with a mod-11 check digit. One random 10-digit
// number in eleven passes, phone numbers included, so only the spaced 3-3-4
// form the NHS prints scores at the threshold without a context word.
Verdict ValidateNhs(const Candidate& c) {
  if (NotAnIdentifier(c, "-./")) return Verdict::Reject();
  const std::string d = DigitsOf(c.text);
  if (AllSameDigit(d) || !checksums::NhsMod11(d)) return Verdict::Reject();
  return Verdict::Accept("nhs mod-11", c.text.find(' ') != std::string_view::npos ? 0.5 : 0.4);
}

// National Insurance numbers: two prefix letters (the regex excludes D, F,
// I, Q, U, V, and O second), six digits, suffix A-D. Some pairs are never
// allocated.
Verdict ValidateNino(const Candidate& c) {
  if (NotAnIdentifier(c, "-./")) return Verdict::Reject();
  std::string prefix;
  for (char ch : c.text.substr(0, 2)) prefix.push_back(static_cast<char>(ch >= 'a' ? ch - 'a' + 'A' : ch));
  for (const char* never : {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}) {
    if (prefix == never) return Verdict::Reject();
  }
  return Verdict::Accept("nino prefix rules");
}

}  // namespace

void AddUsIdRules(RuleList& out) {
  const std::vector<std::string> ssn_context = {"ssn", "social security", "soc sec", "ss#", "ss #", "ss no"};
  out.push_back({
      .id = "us_ssn",
      .entity_type = "US_SSN",
      .regex = R"(\b(?:\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{3}\.\d{2}\.\d{4})\b)",
      .score = 0.6,
      .validate = ValidateSsn,
      .context = ssn_context,
  });
  out.push_back({
      .id = "us_ssn_bare",
      .entity_type = "US_SSN",
      .regex = R"(\b\d{9}\b)",
      .score = 0.5,
      .validate = ValidateSsn,
      .context = ssn_context,
      .weak = true,
  });
  const std::vector<std::string> itin_context = {"itin", "taxpayer", "tax id", "tax identification", "tin"};
  out.push_back({
      .id = "us_itin",
      .entity_type = "US_ITIN",
      .regex = R"(\b9\d{2}(?:-\d{2}-| \d{2} )\d{4}\b)",
      .score = 0.6,
      .validate = ValidateItin,
      .context = itin_context,
  });
  out.push_back({
      .id = "us_itin_bare",
      .entity_type = "US_ITIN",
      .regex = R"(\b9\d{8}\b)",
      .score = 0.5,
      .validate = ValidateItin,
      .context = itin_context,
      .weak = true,
  });
  out.push_back({
      .id = "us_passport",
      .entity_type = "US_PASSPORT",
      .regex = R"(\b(?:[A-Z]\d{8}|\d{9})\b)",
      .score = 0.5,
      .validate = ValidateStandaloneNumber,
      .context = {"passport", "travel document", "pasaporte", "passeport", "reisepass", "passaporto",
                  "paspoort", "paszport", "passaporte", "pasaport", "pass no", "pass nr"},
      .weak = true,
  });
  const std::vector<std::string> dl_context = {
      "driver", "driving", "licence", "license", "dl", "dln", "lic", "führerschein", "fuhrerschein",
      "permis de conduire", "carnet de conducir", "licencia de conducir", "licencia de manejo",
      "patente di guida", "rijbewijs", "prawo jazdy", "carteira de motorista", "carta de condução",
      "körkort", "ehliyet"};
  // Presidio's driver-licence pattern matches ordinary words; this one needs
  // digits (after at most two letters) and, being weak, a context word.
  out.push_back({
      .id = "us_driver_license",
      .entity_type = "US_DRIVER_LICENSE",
      .regex = R"(\b(?:[A-Z]{1,2}\d{5,13}|\d{7,13})\b)",
      .score = 0.5,
      .validate = ValidateStandaloneNumber,
      .context = dl_context,
      .weak = true,
  });
  // States that print their licence numbers grouped or with a prefix:
  // Florida and Illinois (a letter, then dashed groups: X123-456-78-901-0,
  // X123-4567-8901), Wisconsin (X123-4567-8901-23), Michigan, Minnesota and
  // Maryland (a letter and four groups of three: X 123 456 789 012,
  // X-123-456-789-012, X123 456 789 012), New Jersey (X1234 56789 01234),
  // Pennsylvania and New York spaced (12 345 678, 123 456 789),
  // Washington's WDL + 9 letters or digits; and the shapes that mix letters
  // in: New Hampshire 12ABC34567, Iowa 123AB4567, North Dakota ABC123456,
  // Idaho AB123456C, Missouri 12345678AB and 123456789A, Vermont 1234567A.
  // Weak like the rule above: only with a licence word in the same clause.
  out.push_back({
      .id = "us_driver_license_grouped",
      .entity_type = "US_DRIVER_LICENSE",
      .regex = R"(\b(?:[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Z]\d{3}-\d{4}-\d{4}(?:-\d{2})?|[A-Z][ \-]?\d{3}[ \-]\d{3}[ \-]\d{3}[ \-]\d{3}|[A-Z]\d{4} \d{5} \d{5}|\d{2} \d{3} \d{3}|\d{3} \d{3} \d{3}|\d{2}[A-Z]{3}\d{5}|\d{3}[A-Z]{2}\d{4}|[A-Z]{3}\d{6}|[A-Z]{2}\d{6}[A-Z]|\d{8}[A-Z]{2}|\d{9}[A-Z]|\d{7}A)\b)",
      .score = 0.5,
      .validate = ValidateStandaloneNumber,
      .context = dl_context,
      .weak = true,
  });
  // Washington's WDL + 9 letters or digits, apart: a match without a digit
  // would keep the rule above out of the digit gate's database.
  out.push_back({
      .id = "us_driver_license_wa",
      .entity_type = "US_DRIVER_LICENSE",
      .regex = R"(\bWDL[A-Z0-9]{9}\b)",
      .score = 0.5,
      .validate = ValidateStandaloneNumber,
      .context = dl_context,
      .weak = true,
  });
  out.push_back({
      .id = "us_bank_number",
      .entity_type = "US_BANK_NUMBER",
      .regex = R"(\b\d{8,17}\b)",
      .score = 0.5,
      .validate = ValidateStandaloneNumber,
      .context = {"bank", "account", "acct", "checking", "savings", "deposit"},
      .weak = true,
  });
  const std::vector<std::string> aba_context = {"routing", "aba", "rtn", "transit number", "bank"};
  out.push_back({
      .id = "aba_routing",
      .entity_type = "ABA_ROUTING_NUMBER",
      .regex = R"(\b\d{4}-\d{4}-\d\b)",
      .score = 0.6,
      .validate = ValidateAba,
      .context = aba_context,
  });
  out.push_back({
      .id = "aba_routing_bare",
      .entity_type = "ABA_ROUTING_NUMBER",
      .regex = R"(\b\d{9}\b)",
      .score = 0.6,
      .validate = ValidateAba,
      .context = aba_context,
      .weak = true,
  });
}

void AddUkIdRules(RuleList& out) {
  out.push_back({
      .id = "uk_nhs",
      .entity_type = "UK_NHS",
      .regex = R"(\b(?:\d{3} \d{3} \d{4}|\d{3}-\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4}|\d{10})\b)",
      .score = 0.5,
      .validate = ValidateNhs,
      .context = {"nhs", "national health", "health service", "patient", "health number"},
  });
  out.push_back({
      .id = "uk_nino",
      .entity_type = "UK_NINO",
      .regex = R"(\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b)",
      .flags = matching::kCaseless,
      // From the digits: two caseless letters at a word start keep an
      // automaton busy at most words.
      .prefilter = R"(\d{2} ?\d{2} ?\d{2} ?[A-D]\b)",
      .score = 0.5,
      .validate = ValidateNino,
      .context = {"national insurance", "nino", "ni number", "ni no", "nin"},
  });
}

}  // namespace convoguard::recognizers::pii
