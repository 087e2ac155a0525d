// Labelled ("gold") examples for measuring the detectors, and the JSON lines
// format they are read from. See docs/evaluation.md for the format.
//
// One line is one example:
//   {"text": "...", "spans": [{"entity_type": "EMAIL_ADDRESS", "start": 4, "end": 20}],
//    "lookalikes": [{"kind": "UUID", "start": 30, "end": 66}],   (optional)
//    "scope": ["EMAIL_ADDRESS", "PERSON"]}                         (optional)
// Offsets are Unicode code points, [start, end), as Presidio reports them.
// Presidio-research keys are accepted too: "full_text" for "text", and
// "start_position"/"end_position" for "start"/"end" in a span.
//
// `lookalikes` are values that resemble an entity but are none (order
// numbers, UUIDs, ...): a finding on them is a false positive, reported per
// kind. `scope` lists the entity types the example is labelled for: findings
// of other types are then neither right nor wrong and are ignored. Without a
// scope the example is fully labelled.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/status.h"

namespace convoguard::evaluation {

struct GoldSpan {
  std::string entity_type;
  uint64_t start = 0;  // code points
  uint64_t end = 0;
};

struct LookAlike {
  std::string kind;  // "ORDER_NUMBER", "UUID", ...
  uint64_t start = 0;
  uint64_t end = 0;
};

struct GoldExample {
  std::string text;
  std::vector<GoldSpan> spans;
  std::vector<LookAlike> lookalikes;
  std::optional<std::vector<std::string>> scope;
};

// Parses one JSON line. Fails with InvalidArgument (saying what is wrong) for
// malformed JSON, a missing text, or a span outside the text or with
// start > end.
Result<GoldExample> ParseGoldLine(std::string_view line);

// The inverse of ParseGoldLine, in the native keys, as one line without "\n".
std::string GoldLineJson(const GoldExample& example);

// Number of code points in UTF-8 text, counting each byte of an invalid
// sequence as one (as the analyzer does).
uint64_t CodePointCount(std::string_view utf8);

}  // namespace convoguard::evaluation
