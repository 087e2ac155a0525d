#include "evaluation/gold.h"

#include <nlohmann/json.hpp>

namespace convoguard::evaluation {
namespace {

using nlohmann::json;

// Reads an unsigned offset stored under one of two keys.
bool ReadOffset(const json& obj, const char* key, const char* alt, uint64_t& out) {
  for (const char* k : {key, alt}) {
    auto it = obj.find(k);
    if (it != obj.end() && it->is_number_unsigned()) {
      out = it->get<uint64_t>();
      return true;
    }
    if (it != obj.end() && it->is_number_integer() && it->get<int64_t>() >= 0) {
      out = static_cast<uint64_t>(it->get<int64_t>());
      return true;
    }
  }
  return false;
}

// Length of the UTF-8 sequence starting with lead byte b, or 0 if b cannot
// start one.
int SequenceLength(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

}  // namespace

uint64_t CodePointCount(std::string_view s) {
  uint64_t n = 0;
  size_t i = 0;
  while (i < s.size()) {
    int len = SequenceLength(static_cast<unsigned char>(s[i]));
    bool ok = len > 0 && i + len <= s.size();
    for (int k = 1; ok && k < len; ++k) {
      ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    }
    // Reject overlongs and surrogates the way a strict decoder does.
    if (ok && len == 3) {
      unsigned char b0 = s[i], b1 = s[i + 1];
      ok = !(b0 == 0xE0 && b1 < 0xA0) && !(b0 == 0xED && b1 >= 0xA0);
    }
    if (ok && len == 4) {
      unsigned char b0 = s[i], b1 = s[i + 1];
      ok = !(b0 == 0xF0 && b1 < 0x90) && !(b0 == 0xF4 && b1 >= 0x90);
    }
    i += ok ? len : 1;
    ++n;
  }
  return n;
}

Result<GoldExample> ParseGoldLine(std::string_view line) {
  json obj = json::parse(line, nullptr, false);
  if (obj.is_discarded()) return Status::InvalidArgument("not valid JSON");
  if (!obj.is_object()) return Status::InvalidArgument("not a JSON object");
  GoldExample ex;
  const json* text = nullptr;
  for (const char* k : {"text", "full_text"}) {
    if (obj.contains(k) && obj[k].is_string()) text = &obj[k];
  }
  if (text == nullptr) return Status::InvalidArgument("missing string \"text\" (or \"full_text\")");
  ex.text = text->get<std::string>();
  const uint64_t length = CodePointCount(ex.text);

  auto read_spans = [&](const char* key, const char* type_key, auto add) -> Status {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return Status::Ok();
    if (!it->is_array()) return Status::InvalidArgument(std::string("\"") + key + "\" is not an array");
    for (const json& s : *it) {
      uint64_t start = 0, end = 0;
      if (!s.is_object() || !s.contains(type_key) || !(s[type_key].is_string()) ||
          !ReadOffset(s, "start", "start_position", start) || !ReadOffset(s, "end", "end_position", end)) {
        return Status::InvalidArgument(std::string("an entry of \"") + key + "\" needs \"" + type_key +
                                       "\", \"start\" and \"end\"");
      }
      if (start > end || end > length) {
        return Status::InvalidArgument(std::string("span ") + std::to_string(start) + "-" +
                                       std::to_string(end) + " is outside the text (" +
                                       std::to_string(length) + " code points)");
      }
      add(s[type_key].get<std::string>(), start, end);
    }
    return Status::Ok();
  };
  Status st = read_spans("spans", "entity_type", [&](std::string t, uint64_t b, uint64_t e) {
    ex.spans.push_back({std::move(t), b, e});
  });
  if (!st.ok()) return st;
  st = read_spans("lookalikes", "kind", [&](std::string t, uint64_t b, uint64_t e) {
    ex.lookalikes.push_back({std::move(t), b, e});
  });
  if (!st.ok()) return st;
  if (auto it = obj.find("scope"); it != obj.end() && !it->is_null()) {
    if (!it->is_array()) return Status::InvalidArgument("\"scope\" is not an array");
    std::vector<std::string> scope;
    for (const json& t : *it) {
      if (!t.is_string()) return Status::InvalidArgument("\"scope\" holds a non-string");
      scope.push_back(t.get<std::string>());
    }
    ex.scope = std::move(scope);
  }
  return ex;
}

std::string GoldLineJson(const GoldExample& ex) {
  json spans = json::array();
  for (const GoldSpan& s : ex.spans) {
    spans.push_back({{"entity_type", s.entity_type}, {"start", s.start}, {"end", s.end}});
  }
  json obj = {{"text", ex.text}, {"spans", std::move(spans)}};
  if (!ex.lookalikes.empty()) {
    json looks = json::array();
    for (const LookAlike& l : ex.lookalikes) {
      looks.push_back({{"kind", l.kind}, {"start", l.start}, {"end", l.end}});
    }
    obj["lookalikes"] = std::move(looks);
  }
  if (ex.scope) obj["scope"] = *ex.scope;
  return obj.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace convoguard::evaluation
