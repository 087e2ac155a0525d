// Hand-written: an edit distance over short config keys is a few lines, and
// no library we already depend on offers one.
#include "config/suggest.h"

#include <algorithm>
#include <cctype>

namespace convoguard::config {

size_t EditDistance(std::string_view a, std::string_view b) {
  auto eq = [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  };
  // Three rows: the one before the previous is needed for transpositions.
  std::vector<size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = eq(a[i - 1], b[j - 1]) ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && eq(a[i - 1], b[j - 2]) && eq(a[i - 2], b[j - 1])) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string DidYouMean(std::string_view name, const std::vector<std::string_view>& candidates) {
  if (name.size() > 256) return "";  // not a typo; don't spend time on it
  size_t limit = std::max<size_t>(1, (name.size() + 2) / 4);
  size_t best = limit + 1;
  std::string_view best_name;
  for (std::string_view c : candidates) {
    size_t d = EditDistance(name, c);
    if (d < best) {
      best = d;
      best_name = c;
    }
  }
  if (best > limit) return "";
  return " (did you mean " + std::string(best_name) + "?)";
}

}  // namespace convoguard::config
