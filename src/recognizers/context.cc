#include "recognizers/context.h"

namespace convoguard::recognizers {
namespace {
bool IsWordByte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 0x80; }

bool ContainsWordStart(std::string_view hay, std::string_view word) {
  for (size_t pos = hay.find(word); pos != std::string_view::npos; pos = hay.find(word, pos + 1)) {
    if (pos == 0 || !IsWordByte(static_cast<unsigned char>(hay[pos - 1]))) return true;
  }
  return false;
}

char LowerByte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
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
  // before + "\n" + after, lowercased, on the stack for the usual context
  // sizes: the newline starts a word and no context word spans it.
  constexpr size_t kStack = 256;
  char stack[kStack];
  std::string heap;
  const size_t n = before.size() + 1 + after.size();
  char* buf = stack;
  if (n > kStack) {
    heap.resize(n);
    buf = heap.data();
  }
  size_t i = 0;
  for (char c : before) buf[i++] = LowerByte(c);
  buf[i++] = '\n';
  for (char c : after) buf[i++] = LowerByte(c);
  const std::string_view hay(buf, n);
  for (const std::string& w : words) {
    if (w.find('\n') == std::string::npos && ContainsWordStart(hay, w)) return w;
  }
  return {};
}

}  // namespace convoguard::recognizers
