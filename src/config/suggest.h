// "Did you mean ...?" for unknown names in a config.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace convoguard::config {

// " (did you mean US_SSN?)" when one candidate is close to `name` (edit
// distance with transpositions, case-insensitive, at most about a quarter of
// the name's length); "" otherwise.
std::string DidYouMean(std::string_view name, const std::vector<std::string_view>& candidates);

// Optimal-string-alignment distance (Levenshtein plus adjacent
// transpositions), case-insensitive.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace convoguard::config
