#include "cli/finding_json.h"

namespace convoguard::cli {

nlohmann::json PresidioJson(const Finding& f) {
  return {{"entity_type", f.entity_type}, {"start", f.start}, {"end", f.end},
          {"score", f.score}, {"recognizer", f.recognizer}};
}

nlohmann::json FullJson(const Finding& f) {
  nlohmann::json j = PresidioJson(f);
  j["byte_start"] = f.byte_start;
  j["byte_end"] = f.byte_end;
  j["explanation"] = f.explanation;
  return j;
}

std::string MaskedPreview(std::string_view value) {
  // Show at most the first two and last two bytes of longer ASCII values.
  auto printable = [](char c) { return c >= 0x21 && c <= 0x7e; };
  if (value.size() < 8) return std::string(value.size(), '*');
  std::string out;
  for (size_t i = 0; i < 2; ++i) out.push_back(printable(value[i]) ? value[i] : '?');
  out += "***";
  for (size_t i = value.size() - 2; i < value.size(); ++i) out.push_back(printable(value[i]) ? value[i] : '?');
  return out;
}

}  // namespace convoguard::cli
