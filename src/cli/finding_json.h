// JSON forms of findings, shared by the CLI commands.
#pragma once

#include <nlohmann/json.hpp>

#include "convoguard/finding.h"

namespace convoguard::cli {

// Presidio's RecognizerResult fields: entity_type, start, end, score, recognizer.
nlohmann::json PresidioJson(const Finding& f);
// Everything: Presidio's fields plus byte offsets and the explanation.
nlohmann::json FullJson(const Finding& f);
// A short, masked preview of a sensitive value for terminals and logs.
std::string MaskedPreview(std::string_view value);

}  // namespace convoguard::cli
