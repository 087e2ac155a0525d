// Test helpers shared by the recognizer folders: the spans one entity type
// reports in a text, as substrings of it, scanned whole or streamed.
// Header-only; tests only.
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

// The same, for `text` written to a stream in chunks of `chunk` bytes.
inline std::vector<std::string> StreamedSpansOf(const std::string& entity_type, const std::string& text,
                                                size_t chunk) {
  auto analyzer = Analyzer::Create({{entity_type}});
  EXPECT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  std::vector<std::string> got;
  if (!analyzer.ok()) return got;
  auto s = (*analyzer)->NewStream({});
  auto take = [&](const StreamUpdate& u) {
    for (const Finding& f : u.findings) got.push_back(text.substr(f.byte_start, f.byte_end - f.byte_start));
  };
  for (size_t i = 0; i < text.size(); i += chunk) {
    auto u = s->Write(std::string_view(text).substr(i, chunk));
    EXPECT_TRUE(u.ok());
    if (u.ok()) take(*u);
  }
  auto u = s->Finish();
  EXPECT_TRUE(u.ok());
  if (u.ok()) take(*u);
  return got;
}

}  // namespace convoguard::testing
