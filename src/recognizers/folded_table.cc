#include "recognizers/folded_table.h"

namespace convoguard::recognizers {
namespace {

uint32_t Hash(std::string_view s) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// The key on the line starting at `off`: bytes up to the first tab.
std::string_view KeyAt(std::string_view table, size_t off) {
  size_t tab = table.find('\t', off);
  return table.substr(off, tab - off);
}

// ASCII letters for U+00C0..U+017F (Latin-1 letters and Latin Extended-A),
// '*' where there is none (×, ÷). Lowercase: lookups fold case anyway.
constexpr std::string_view kFold =
    "aaaaaaaceeeeiiii" "dnooooo*ouuuuyts" "aaaaaaaceeeeiiii" "dnooooo*ouuuuyty"
    "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "iijjjjkkklllllll"
    "lllnnnnnnnnnoooo" "oooorrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";

}  // namespace

bool FoldToAscii(std::string_view word, char* buf, size_t* len) {
  size_t n = 0;
  auto put = [&](char c) {
    if (n == kMaxFoldedKey) return false;
    buf[n++] = c;
    return true;
  };
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      if (!put(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c))) return false;
      continue;
    }
    if (c < 0xC3 || c > 0xC5 || i + 1 >= word.size()) return false;
    const unsigned char t = static_cast<unsigned char>(word[i + 1]);
    if (t < 0x80 || t > 0xBF) return false;
    ++i;
    const unsigned cp = ((c & 0x1Fu) << 6) | (t & 0x3Fu);  // U+00C0..U+017F
    if (cp == 0xDF) {                                       // ß
      if (!put('s') || !put('s')) return false;
    } else if (cp == 0xC6 || cp == 0xE6 || cp == 0x152 || cp == 0x153) {  // æ, œ
      if (!put(cp < 0x100 ? 'a' : 'o') || !put('e')) return false;
    } else if (cp == 0xDE || cp == 0xFE) {  // þ
      if (!put('t') || !put('h')) return false;
    } else {
      const char f = kFold[cp - 0xC0];
      if (f == '*' || !put(f)) return false;
    }
  }
  *len = n;
  return true;
}

FoldedTable::FoldedTable(std::string_view table) : table_(table) {
  size_t lines = 0;
  for (char c : table_) lines += c == '\n';
  uint32_t cap = 1024;
  while (cap < lines * 2) cap <<= 1;
  slots_.assign(cap, 0);
  mask_ = cap - 1;
  for (size_t off = 0; off < table_.size();) {
    size_t eol = table_.find('\n', off);
    if (eol == std::string_view::npos) eol = table_.size();
    std::string_view key = KeyAt(table_, off);
    if (!key.empty() && key.size() <= kMaxFoldedKey && off + key.size() < eol) {
      uint32_t i = Hash(key) & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = static_cast<uint32_t>(off + 1);
      ++count_;
    }
    off = eol + 1;
  }
}

std::string_view FoldedTable::FindFolded(std::string_view key) const {
  for (uint32_t i = Hash(key) & mask_; slots_[i] != 0; i = (i + 1) & mask_) {
    const size_t off = slots_[i] - 1;
    if (KeyAt(table_, off) != key) continue;
    size_t eol = table_.find('\n', off);
    if (eol == std::string_view::npos) eol = table_.size();
    return table_.substr(off + key.size(), eol - off - key.size());
  }
  return {};
}

std::string_view FoldedTable::Find(std::string_view word) const {
  if (word.empty() || word.size() > 2 * kMaxFoldedKey) return {};
  char buf[kMaxFoldedKey];
  size_t len = 0;
  if (!FoldToAscii(word, buf, &len)) return {};
  return FindFolded(std::string_view(buf, len));
}

}  // namespace convoguard::recognizers
