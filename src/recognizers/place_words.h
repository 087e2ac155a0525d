// How LOCATION's place rules and PERSON's capital walk read a place name in
// text (the place gazetteer, place_gazetteer.h, knows the names): words,
// capitals of Latin-1 and Latin Extended-A, the longest name of up to three
// words, what else a name may be, and the cheap part of the context test.
// location/place_rules.cc holds the full test (its validator).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "recognizers/place_gazetteer.h"

namespace convoguard::recognizers {

// The code point of the two-byte UTF-8 letter at b[i] (lead byte 0xC3-0xC5:
// U+00C0..U+017F), or 0.
unsigned LatinAt(const unsigned char* b, size_t i, size_t n);
// Capitals of Latin-1 (À-Þ but ×) and Latin Extended-A (Ā, Ł, Ś, İ, Ž, ...).
bool IsLatinUpper(unsigned cp);
// Whether a capital (ASCII or two-byte Latin) starts at b[p], not inside a
// word: the previous byte is no ASCII word byte and no byte of a character
// outside ASCII.
bool CapitalStartsAt(const unsigned char* b, size_t p, size_t n);
// The end of the word at b[p]: ASCII and two-byte Latin letters, with
// hyphenated parts ("Cluj-Napoca", "Aix-en-Provence").
size_t WordEnd(const unsigned char* b, size_t p, size_t n);

// The longest place name that starts with the capitalized word b[p, e0)
// (e0 = WordEnd(b, p, n)): up to three capitalized words ("São Paulo",
// "Kuala Lumpur") when the word starts a longer name; else the word; else its
// part before a hyphen ("Leipzig" of "Leipzig-Connewitz", reported whole).
// A word unknown but inflected after a Polish preposition at the end of
// `before` (the text just before b[p]) is read in the nominative ("do
// Wrocławia", "w Krakowie"; a place of size 2 or more). Sets *end past the
// name and *info to the name's entry.
bool LongestPlaceAt(const unsigned char* b, size_t p, size_t e0, size_t n, size_t* end, PlaceInfo* info,
                    std::string_view before);

// Whether a one-word place name is also a person's name: a given name of
// the commonest class for a big place ("Jordan", "Florence"; "Paris" and
// "London" are rarer given names), any given name or a common surname for a
// smaller one. Hyphenated names are judged by their first part.
bool PersonLike(std::string_view name, const PlaceInfo& info);
// Whether a place may be reported without any cue: a country, or a place of
// size 2 or more, that is no word and no person's name.
bool MayStandAlone(std::string_view name, const PlaceInfo& info);
// Whether text around text[p, e) could hold a cue for a place (looser than
// the validator: a word of any cue list before it, a key's or list's
// punctuation, a noun of places after it, or a buffer's edge in the way).
bool CueMayBeNear(std::string_view text, size_t p, size_t e);

// The end of the first word of a place starting at text[p] that may be
// reported (LongestPlaceAt, then MayStandAlone or CueMayBeNear), or npos:
// the cue finders of location_place report it. ascii_end, when > p, is the
// end of the ASCII letters from p (a caller that has read them).
size_t PlaceCueEnd(std::string_view text, size_t p, size_t ascii_end = 0);

// Lowercase nouns after a place that say it is one ("office", "airport").
bool IsPlaceHead(std::string_view lower_word);
// Lowercase words joining places in a list ("and", "then", "und", "och").
bool IsListJoin(std::string_view lower_word);

}  // namespace convoguard::recognizers
