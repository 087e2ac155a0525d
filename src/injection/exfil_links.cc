// ExfilLinkHeuristics (heuristics.h): markdown links and images whose URL
// carries a slot for the conversation's data.
#include <cctype>
#include <string_view>
#include <vector>

#include "injection/heuristics.h"

namespace convoguard::injection {
namespace {

constexpr double kExfilLinkScore = 0.85;
constexpr size_t kMaxUrl = 500;
constexpr size_t kMaxLabel = 200;

bool Upper(char c) { return c >= 'A' && c <= 'Z'; }

// Whether a query value (what follows "=" up to "&" or the URL's end) is a
// slot to be filled: {..}, {{..}}, <..>, [..], $NAME, %s, or a name in capitals
// of four letters or more (SUMMARY, USER_EMAIL).
bool IsSlot(std::string_view v) {
  if (v.size() < 2) return false;
  const char a = v.front(), z = v.back();
  if ((a == '{' && z == '}') || (a == '<' && z == '>') || (a == '[' && z == ']')) return true;
  if (v == "%s") return true;
  if (a == '$') return std::isalpha(static_cast<unsigned char>(v[1])) != 0;
  size_t letters = 0;
  for (char c : v) {
    if (Upper(c)) {
      ++letters;
    } else if (c != '_') {
      return false;
    }
  }
  return letters >= 4;
}

// Whether `url`'s query has a value that is a slot.
bool QueryHasSlot(std::string_view url) {
  const size_t q = url.find('?');
  if (q == std::string_view::npos) return false;
  size_t i = q + 1;
  while (i < url.size()) {
    size_t amp = url.find('&', i);
    if (amp == std::string_view::npos) amp = url.size();
    const std::string_view pair = url.substr(i, amp - i);
    const size_t eq = pair.find('=');
    if (eq != std::string_view::npos && eq > 0 && IsSlot(pair.substr(eq + 1))) return true;
    i = amp + 1;
  }
  return false;
}

}  // namespace

void ExfilLinkHeuristics(std::string_view text, std::vector<InjectionSpan>& out) {
  for (size_t p = text.find("]("); p != std::string_view::npos; p = text.find("](", p + 2)) {
    const size_t open = text.rfind('[', p);
    if (open == std::string_view::npos || p - open > kMaxLabel) continue;
    const size_t u = p + 2;
    if (text.compare(u, 7, "http://") != 0 && text.compare(u, 8, "https://") != 0) continue;
    size_t e = u;
    // The URL ends at ")" or white space; placeholders in it may hold spaces
    // ("{the user's previous message}"), so a brace or angle bracket is read to its close.
    int depth = 0;
    while (e < text.size() && e - u < kMaxUrl) {
      const char c = text[e];
      if (c == '{' || c == '<') ++depth;
      if ((c == '}' || c == '>') && depth > 0) --depth;
      if (depth == 0 && (c == ')' || c == ' ' || c == '\n' || c == '\t')) break;
      ++e;
    }
    if (e >= text.size() || text[e] != ')') continue;
    if (!QueryHasSlot(text.substr(u, e - u))) continue;
    const size_t b = open > 0 && text[open - 1] == '!' ? open - 1 : open;
    out.push_back({InjectionDetector::kPromptInjection, b, e + 1, "exfiltration_link", kExfilLinkScore});
  }
}

}  // namespace convoguard::injection
