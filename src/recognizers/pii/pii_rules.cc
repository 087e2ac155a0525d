// Generic personal data: email addresses, payment cards, bank and crypto
// accounts, network identifiers, US and UK identifiers, dates. Each rule is a
// bounded regex plus a validator; the topics live in the files listed in
// pii_internal.h and are documented in docs/recognizers/pii.md.
#include "recognizers/catalog.h"
#include "recognizers/pii/pii_internal.h"

namespace convoguard::recognizers {
namespace pii {

namespace {

// The regex has no leading \b (a \b before a bounded repeat makes the
// matcher slow), so the local part may start with punctuation that is not
// part of the address: it is trimmed. Dots may not start, end or double.
Verdict ValidateEmail(const Candidate& c) {
  const size_t at = c.text.find('@');
  size_t begin = 0;
  while (begin < at && !IsAsciiAlnum(c.text[begin])) ++begin;
  if (begin == at) return Verdict::Reject();
  if (begin == 0 && !c.before.empty() && IsAsciiAlnum(c.before.back())) return Verdict::Reject();
  const std::string_view local = c.text.substr(begin, at - begin);
  if (local.back() == '.' || local.find("..") != std::string_view::npos) return Verdict::Reject();
  const std::string_view domain = c.text.substr(at + 1);
  for (size_t i = 0; i < domain.size(); ++i) {
    const bool edge = i == 0 || i + 1 == domain.size() || domain[i - 1] == '.' || domain[i + 1] == '.';
    if (domain[i] == '-' && edge && domain.substr(i, 2) != "--") return Verdict::Reject();
  }
  Verdict v = Verdict::Accept("address syntax");
  v.sub_begin = begin;
  return v;
}

}  // namespace
}  // namespace pii

void AddPiiRules(RuleList& out) {
  // Punycode top-level domains (xn--p1ai) count as well as ASCII ones.
  out.push_back({
      .id = "email",
      .entity_type = "EMAIL_ADDRESS",
      .regex = R"([A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,4}(?:xn--[A-Za-z0-9]{1,59}|[A-Za-z]{2,24})\b)",
      // From the "@", a literal: the leading run of the whole regex kept an
      // automaton of Vectorscan's database busy at every word (~1.5 K
      // instructions of a 1 KB message: BENCHMARKS.md, round 9). Every match
      // holds its "@" within the lead's 65 bytes of its start; the exact
      // search runs from each "@" (PatternSet's leading-run search).
      .prefilter = "@",
      .lead = R"([A-Za-z0-9._%+\-]{1,64}@)",
      .score = 1.0,
      .validate = pii::ValidateEmail,
      .context = {"email", "e-mail", "mail", "contact"},
  });
  const size_t numbers = out.size();
  pii::AddFinancialRules(out);
  pii::AddNetworkRules(out);
  pii::AddUsIdRules(out);
  pii::AddUkIdRules(out);
  // Cards, accounts, addresses and identifiers are pasted in tables.
  for (size_t i = numbers; i < out.size(); ++i) out[i].table_context = true;
  pii::AddDateRules(out);
}

}  // namespace convoguard::recognizers
