#include "recognizers/context.h"

namespace convoguard::recognizers {
namespace {
bool IsWordByte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 0x80; }

bool ContainsWordStart(const std::string& hay, const std::string& word) {
  for (size_t pos = hay.find(word); pos != std::string::npos; pos = hay.find(word, pos + 1)) {
    if (pos == 0 || !IsWordByte(static_cast<unsigned char>(hay[pos - 1]))) return true;
  }
  return false;
}
}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view FindContextWord(std::string_view before, std::string_view after,
                                 const std::vector<std::string>& words) {
  if (words.empty()) return {};
  const std::string b = AsciiLower(before), a = AsciiLower(after);
  for (const std::string& w : words) {
    if (ContainsWordStart(b, w) || ContainsWordStart(a, w)) return w;
  }
  return {};
}

}  // namespace convoguard::recognizers
