// Test helper shared by the recognizer folders: the spans one entity type
// reports in a text, as substrings of it. Header-only; tests only.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "convoguard/analyzer.h"

namespace convoguard::testing {

// REQUIRES: entity_type is a known type. Analyzer::Create caches per option
// set, so calling this per assertion compiles the rules once.
inline std::vector<std::string> SpansOf(const std::string& entity_type, const std::string& text) {
  auto analyzer = Analyzer::Create({{entity_type}});
  EXPECT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  if (!analyzer.ok()) return {};
  auto r = (*analyzer)->Scan(text, {});
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Finding& f : r->findings) out.push_back(text.substr(f.byte_start, f.byte_end - f.byte_start));
  return out;
}

}  // namespace convoguard::testing
