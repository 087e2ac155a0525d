// The benchmark input: generated chat text of an exact size (shared by
// scan_bench and scan_profile so both measure the same bytes).
#pragma once

#include <string>

#include "evaluation/corpus.h"

namespace convoguard::bench {

// Exactly `bytes` bytes of chat text (seed 1234), cut at a line end or,
// failing that, at a UTF-8 boundary and padded with spaces.
inline std::string ChatText(evaluation::Density density, size_t bytes) {
  std::string text = evaluation::GenerateChatText(1234, density, bytes);
  text.resize(bytes);
  size_t cut = text.size();
  while (cut > 0 && (static_cast<unsigned char>(text[cut - 1]) & 0xC0) == 0x80) --cut;
  if (cut > 0 && static_cast<unsigned char>(text[cut - 1]) >= 0xC0) --cut;  // dangling lead byte
  text.resize(cut);
  while (text.size() < bytes) text.push_back(' ');
  return text;
}

}  // namespace convoguard::bench
