// Shared between the files of recognizers/pii: the per-topic rule lists that
// AddPiiRules concatenates, and small helpers for validators.
#pragma once

#include <string_view>

#include "recognizers/context.h"
#include "recognizers/rule.h"

namespace convoguard::recognizers::pii {

void AddNetworkRules(RuleList& out);    // URL, IP_ADDRESS, MAC_ADDRESS
void AddUsIdRules(RuleList& out);       // US_SSN, US_ITIN, US_PASSPORT, US_DRIVER_LICENSE,
                                        // US_BANK_NUMBER, ABA_ROUTING_NUMBER
void AddUkIdRules(RuleList& out);       // UK_NHS, UK_NINO
void AddFinancialRules(RuleList& out);  // CREDIT_CARD, IBAN_CODE, CRYPTO
void AddDateRules(RuleList& out);       // DATE_TIME

// The top-level domains the bare host-name URL rule knows ("com|org|...").
std::string_view BareDomainTldsForTest();

inline bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Shared with the other recognizer folders (recognizers/context.h).
using recognizers::GluedToNeighbours;
using recognizers::InsideDigitGroups;
using recognizers::NamedAsReferenceNumber;
using recognizers::NotAnIdentifier;
using recognizers::PrecededByWord;

}  // namespace convoguard::recognizers::pii
