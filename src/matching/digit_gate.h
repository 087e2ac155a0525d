// The digit gate of the Vectorscan pass: patterns every match of which holds
// an ASCII digit (phone numbers, card numbers, national IDs, dates) go into
// a database of their own, which is scanned only over windows around the
// digits of a buffer. Sparse chat text has a digit run every ~150 bytes, so
// the windows cover a fraction of it, and their automata no longer run over
// the rest.
//
// Why the windows lose nothing and add nothing: a gated pattern's match
// [s, t) holds a digit p and is at most `reach` bytes wide, so its bytes and
// the two its \b assertions look at, s - 1 and t, lie in
// [p - reach, p + reach]: the window around p holds them. Vectorscan takes
// a window's edges for the start and end of data, which may change what an
// assertion sees there; but a match that starts at a window's first byte
// ends before the first digit of the window, which is `reach` bytes on, and
// one that ends at its last byte starts after its last digit, so neither
// can be a gated pattern's match. Gated patterns hold no other assertion
// (no ^, $, \B, \A, \z: EveryMatchHasDigit refuses them). So every match
// inside a window is a match in the whole buffer with the same end, and the
// reports are exactly those of a scan of the whole buffer
// (`digit_gate_test` checks this against an ungated database on random
// text, whole and cut anywhere). Windows are widened to code point starts:
// a UTF-8 database is not run on a cut code point.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace convoguard::matching {

// True when every match of `regex` (Vectorscan/PCRE syntax) holds a byte
// '0'-'9', and the pattern has no assertion other than \b. Conservative:
// false for anything it does not understand (look-around, back-references,
// \Q..\E, POSIX classes, inline options other than i, m, s, x).
bool EveryMatchHasDigit(std::string_view regex);

// The windows of `text` a gated database must see: disjoint, in increasing
// order, covering [p - reach, p + reach + 1) around every digit p (clipped
// to the text), edges at code point starts (or the text's end). `out` is
// cleared first. Returns the bytes the windows cover.
size_t DigitWindows(std::string_view text, uint32_t reach, std::vector<std::pair<size_t, size_t>>& out);

}  // namespace convoguard::matching
