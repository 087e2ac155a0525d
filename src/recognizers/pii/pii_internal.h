// Shared between the files of recognizers/pii: the per-topic rule lists that
// AddPiiRules concatenates, and small helpers for validators.
#pragma once

#include <string_view>

#include "recognizers/rule.h"

namespace convoguard::recognizers::pii {

void AddNetworkRules(RuleList& out);    // URL, IP_ADDRESS, MAC_ADDRESS
void AddUsIdRules(RuleList& out);       // US_SSN, US_ITIN, US_PASSPORT, US_DRIVER_LICENSE,
                                        // US_BANK_NUMBER, ABA_ROUTING_NUMBER
void AddUkIdRules(RuleList& out);       // UK_NHS, UK_NINO
void AddFinancialRules(RuleList& out);  // CREDIT_CARD, IBAN_CODE, CRYPTO
void AddDateRules(RuleList& out);       // DATE_TIME

inline bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// True when the candidate is really a piece of a longer token: a letter or
// digit touches it, or one of `joiners` followed (or preceded) by a letter or
// digit continues it ("12-05-2021-77", "v1.2.3.4", "1.3.6.1.4.1"). A joiner
// followed by a space or the end of text is punctuation, not a continuation.
bool GluedToNeighbours(const Candidate& c, std::string_view joiners);

// True when the last word before the candidate (skipping spaces, ':' and '#')
// is one of `words` (lowercase), e.g. "version" before "1.2.3.4".
bool PrecededByWord(const Candidate& c, std::initializer_list<std::string_view> words);

}  // namespace convoguard::recognizers::pii
