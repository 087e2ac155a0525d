// Generic personal data: email addresses, payment cards, network identifiers,
// US identifiers, dates. Each rule: a bounded regex plus a validator.
#include <string>

#include "checksums/checksums.h"
#include "recognizers/catalog.h"

namespace convoguard::recognizers {
namespace {

using checksums::DigitsOf;

Verdict ValidateCreditCard(const Candidate& c) {
  std::string d = DigitsOf(c.text);
  if (d.size() < 13 || d.size() > 19) return Verdict::Reject();
  // Issuer prefixes (IIN ranges) of the major networks.
  auto starts = [&](std::string_view p) { return d.compare(0, p.size(), p) == 0; };
  int two = std::stoi(d.substr(0, 2)), four = std::stoi(d.substr(0, 4));
  bool iin = d[0] == '4' || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) ||
             starts("34") || starts("37") || starts("6011") || starts("65") ||
             (four >= 6440 && four <= 6499) || starts("35") || starts("30") || starts("36") ||
             starts("38") || starts("39") || starts("62");
  if (!iin) return Verdict::Reject();
  if (!checksums::Luhn(d)) return Verdict::Reject();
  if (d.find_first_not_of(d[0]) == std::string::npos) return Verdict::Reject();
  return Verdict::Accept("luhn");
}

}  // namespace

void AddPiiRules(RuleList& out) {
  out.push_back({
      .id = "email",
      .entity_type = "EMAIL_ADDRESS",
      .regex = R"(\b[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,4}[A-Za-z]{2,24}\b)",
      .prefilter = R"([A-Za-z0-9._%+\-]@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,4}[A-Za-z]{2,24}\b)",
      .score = 1.0,
      .context = {"email", "mail", "contact"},
  });
  out.push_back({
      .id = "credit_card",
      .entity_type = "CREDIT_CARD",
      .regex = R"(\b\d(?:[ \-]?\d){12,18}\b)",
      .score = 1.0,
      .validate = ValidateCreditCard,
      .context = {"card", "credit", "visa", "mastercard", "amex", "cc", "debit", "payment"},
  });
}

}  // namespace convoguard::recognizers
