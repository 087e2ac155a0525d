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
  const char* encoding;  // "base64", "hex", "rot13", "caesar", "reversed", "spelled", "tag_chars"
};

// Appends every payload found in `text`, at most `max_payloads` of them;
// each decoded text is cut at 64 KiB, which bounds the rescoring work.
// Besides base64, hex, tag characters and whole-text rot13 or reversal (the
// text reads as English only rotated or backwards): in a text that names a
// shift cipher (rot13, Caesar, cipher) or reading backwards (reverse,
// backwards), the part after a colon, quote or line break that reads as
// English only after one of the 25 shifts ("caesar", or "rot13" for 13) or
// reversed ("reversed"), decoded in place with the wrapper kept; and
// letters spelled one at a time ("H O W   T O", "b.o.m.b", "k-i-l-l": four
// or more single ASCII letters joined by one separator), joined ("spelled").
void FindEncodedPayloads(std::string_view text, std::vector<DecodedPayload>& out, size_t max_payloads = 8);

// Exposed for tests. Shift rotates ASCII letters by k (0-25); Reversed reads
// the text backwards by code point (an invalid byte counts as one).
std::string Rot13(std::string_view s);
std::string Shift(std::string_view s, int k);
std::string Reversed(std::string_view s);

}  // namespace convoguard::injection
