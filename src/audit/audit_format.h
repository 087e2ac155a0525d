// Pieces of the audit log format shared by the writer and the verifier.
// docs/formats/audit-log.md.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "convoguard/status.h"

namespace convoguard::audit {

inline constexpr std::string_view kHashDomain = "convoguard.audit/v1\n";

// Lowercase hex SHA-256 of kHashDomain + body.
std::string RecordHash(std::string_view body);
// What a checkpoint's signature covers.
std::string CheckpointMessage(uint64_t seq, std::string_view prev);

struct ParsedLine {
  std::string hash;
  std::string body;
  nlohmann::json json;
  uint64_t seq = 0;
  std::string prev;
};
// Splits "<hash> <json>" and checks the required fields; DataLoss if malformed.
Result<ParsedLine> ParseLine(std::string_view line);

}  // namespace convoguard::audit
