// Converters from public labelled data sets into GoldExamples.
//
// Both set `scope` on every example so that findings of types the source
// does not label are ignored rather than counted as false positives.
#pragma once

#include <string_view>
#include <vector>

#include "convoguard/status.h"
#include "evaluation/gold.h"

namespace convoguard::evaluation {

struct Converted {
  std::vector<GoldExample> examples;
  uint64_t skipped = 0;  // labels or rows that could not be used (see each function)
};

// Nannigalaxy PII-synthetic (a JSON array of {"text", "NER": [{"entity",
// "label"}]}): labels are values without offsets, so each value is located
// in the text (the first occurrence after the previous one of that value).
// Labels are mapped to Presidio's names (EMAIL -> EMAIL_ADDRESS, SSN ->
// US_SSN, PHONE -> PHONE_NUMBER, IBAN -> IBAN_CODE, AADHAR -> IN_AADHAAR,
// PAN -> IN_PAN, ROUTING_NUMBER -> ABA_ROUTING_NUMBER, PERSON, CREDIT_CARD);
// other labels (ORG, PASSWORD, PASSPORT, ...) are skipped, and the scope of
// each example is the set of mapped types. Values not found are skipped.
Result<Converted> ConvertNannigalaxy(std::string_view json_array);

// Presidio's recognizer test cases re-expressed as JSON lines ({"entity",
// "kind", "text", "expected", "expected_spans", "low_score_only", ...}): rows
// of kind "analyze" become one example each, scoped to the row's entity.
// Skipped: rows Presidio only scores weakly (low_score_only = "yes"), match
// rows without spans, and deny-list rows (DENY_LIST_*).
Result<Converted> ConvertPresidioTests(std::string_view jsonl);

}  // namespace convoguard::evaluation
