#include "evaluation/convert.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace convoguard::evaluation {
namespace {

using nlohmann::json;

const std::map<std::string, std::string>& NannigalaxyLabels() {
  static const std::map<std::string, std::string> labels = {
      {"PERSON", "PERSON"},           {"EMAIL", "EMAIL_ADDRESS"},  {"SSN", "US_SSN"},
      {"PHONE", "PHONE_NUMBER"},      {"IBAN", "IBAN_CODE"},       {"CREDIT_CARD", "CREDIT_CARD"},
      {"AADHAR", "IN_AADHAAR"},       {"PAN", "IN_PAN"},           {"ROUTING_NUMBER", "ABA_ROUTING_NUMBER"},
  };
  return labels;
}

}  // namespace

Result<Converted> ConvertNannigalaxy(std::string_view text) {
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_array()) return Status::InvalidArgument("expected a JSON array");
  std::vector<std::string> scope;
  for (const auto& [label, type] : NannigalaxyLabels()) {
    if (std::find(scope.begin(), scope.end(), type) == scope.end()) scope.push_back(type);
  }
  std::sort(scope.begin(), scope.end());
  Converted out;
  for (const json& rec : doc) {
    if (!rec.is_object() || !rec.contains("text") || !rec["text"].is_string()) {
      ++out.skipped;
      continue;
    }
    GoldExample ex;
    ex.text = rec["text"].get<std::string>();
    ex.scope = scope;
    std::map<std::string, size_t> next_from;  // value -> byte offset to search from
    if (rec.contains("NER") && rec["NER"].is_array()) {
      for (const json& ner : rec["NER"]) {
        if (!ner.is_object() || !ner.contains("entity") || !ner.contains("label") ||
            !ner["entity"].is_string() || !ner["label"].is_string()) {
          ++out.skipped;
          continue;
        }
        auto it = NannigalaxyLabels().find(ner["label"].get<std::string>());
        if (it == NannigalaxyLabels().end()) continue;  // a type outside the scope
        std::string value = ner["entity"].get<std::string>();
        size_t at = value.empty() ? std::string::npos : ex.text.find(value, next_from[value]);
        if (at == std::string::npos) {
          ++out.skipped;
          continue;
        }
        next_from[value] = at + value.size();
        uint64_t start = CodePointCount(std::string_view(ex.text).substr(0, at));
        ex.spans.push_back({it->second, start, start + CodePointCount(value)});
      }
    }
    std::sort(ex.spans.begin(), ex.spans.end(),
              [](const GoldSpan& a, const GoldSpan& b) { return a.start < b.start; });
    out.examples.push_back(std::move(ex));
  }
  return out;
}

Result<Converted> ConvertPresidioTests(std::string_view jsonl) {
  Converted out;
  size_t pos = 0, lineno = 0;
  while (pos < jsonl.size()) {
    size_t nl = jsonl.find('\n', pos);
    std::string_view line = jsonl.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? jsonl.size() : nl + 1;
    ++lineno;
    if (line.empty()) continue;
    json row = json::parse(line, nullptr, false);
    if (row.is_discarded() || !row.is_object()) {
      return Status::InvalidArgument("line " + std::to_string(lineno) + ": not a JSON object");
    }
    auto str = [&](const char* k) { return row.contains(k) && row[k].is_string() ? row[k].get<std::string>() : ""; };
    if (str("kind") != "analyze") continue;
    std::string entity = str("entity"), expected = str("expected");
    if (entity.empty() || entity.rfind("DENY_LIST", 0) == 0 || str("low_score_only") == "yes" ||
        !row.contains("text") || !row["text"].is_string()) {
      ++out.skipped;
      continue;
    }
    GoldExample ex;
    ex.text = row["text"].get<std::string>();
    ex.scope = std::vector<std::string>{entity};
    if (expected == "match") {
      const json& spans = row["expected_spans"];
      if (!spans.is_array() || spans.empty()) {
        ++out.skipped;
        continue;
      }
      bool ok = true;
      for (const json& s : spans) {
        ok = ok && s.is_array() && s.size() == 2 && s[0].is_number_unsigned() && s[1].is_number_unsigned();
        if (ok) ex.spans.push_back({entity, s[0].get<uint64_t>(), s[1].get<uint64_t>()});
      }
      if (!ok) {
        ++out.skipped;
        continue;
      }
    } else if (expected != "no_match") {
      ++out.skipped;
      continue;
    }
    out.examples.push_back(std::move(ex));
  }
  return out;
}

}  // namespace convoguard::evaluation
