// Hidden payloads: text that a model can read but a filter would miss.
// Each finder returns the decoded text and where its encoded form lies, so
// the guard can rescan the decoded text and report the encoded span.
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace convoguard::injection {

struct DecodedPayload {
  size_t begin;          // encoded bytes in the input
  size_t end;
  std::string text;      // decoded, valid UTF-8, mostly printable
  const char* encoding;  // "base64", "hex", "rot13", "tag_chars"
};

// Appends every payload found in `text`, at most `max_payloads` of them;
// each decoded text is cut at 64 KiB, which bounds the rescoring work.
void FindEncodedPayloads(std::string_view text, std::vector<DecodedPayload>& out, size_t max_payloads = 8);

// Exposed for tests.
std::string Rot13(std::string_view s);

}  // namespace convoguard::injection
