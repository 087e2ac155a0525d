// What the detection engine reports. Offsets always point into the ORIGINAL
// text the caller passed, never into the normalized copy used for matching.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace convoguard {

struct Finding {
  std::string entity_type;   // Presidio's names: "EMAIL_ADDRESS", "US_SSN", ...
  // Unicode code points, [start, end), as Presidio reports them. Each byte of
  // an invalid UTF-8 sequence counts as one code point.
  uint64_t start = 0;
  uint64_t end = 0;
  // Bytes of the original UTF-8 text, [byte_start, byte_end).
  uint64_t byte_start = 0;
  uint64_t byte_end = 0;
  double score = 0.0;        // 0..1
  std::string recognizer;    // id of the rule that fired, e.g. "credit_card"
  std::string explanation;   // validators passed and context words seen
};

// Which findings a caller wants. Applies after detection; an empty
// `entities` means every entity type.
struct FindingFilter {
  std::vector<std::string> entities;  // keep only these types (empty = all)
  std::vector<std::string> exclude;   // drop these types
  double threshold = 0.5;             // drop findings scoring below this

  bool Accepts(const Finding& f) const;
  // The entity-type part of Accepts (entities and exclude), without a score.
  bool AcceptsType(std::string_view entity_type) const;
};

}  // namespace convoguard
