// Context words near a candidate: "ssn", "card", "password" before or after a
// match make a weak pattern credible (as Presidio's context enhancer does).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace convoguard::recognizers {

// Returns the first of `words` (lowercase; may contain spaces) that occurs in
// `before` or `after` at the start of a word, case-insensitively, or an empty
// view. A word matches as a prefix, so "password" also finds "passwords".
std::string_view FindContextWord(std::string_view before, std::string_view after,
                                 const std::vector<std::string>& words);

// ASCII lowercase copy.
std::string AsciiLower(std::string_view s);

}  // namespace convoguard::recognizers
