#include "recognizers/folded_table.h"

#include <algorithm>

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

// A slot: the line's offset + 1 in the low kOffsetBits bits, the top bits of
// the key's hash above them, so that most probes of other keys are settled
// without reading the table.
constexpr unsigned kOffsetBits = 22;
constexpr uint32_t kOffsetMask = (1u << kOffsetBits) - 1;
uint32_t Tag(uint32_t hash) { return hash & ~kOffsetMask; }

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
    if (!key.empty() && key.size() <= kMaxFoldedKey && off + key.size() < eol && off + 1 <= kOffsetMask) {
      const uint32_t h = Hash(key);
      uint32_t i = h & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = Tag(h) | static_cast<uint32_t>(off + 1);
      ++count_;
    }
    off = eol + 1;
  }
}

std::string_view FoldedTable::FindFolded(std::string_view key) const { return FindHashed(key, Hash(key)); }

std::string_view FoldedTable::FindHashed(std::string_view key, uint32_t h) const {
  for (uint32_t i = h & mask_; slots_[i] != 0; i = (i + 1) & mask_) {
    if (Tag(slots_[i]) != Tag(h)) continue;
    const size_t off = (slots_[i] & kOffsetMask) - 1;
    const size_t rest = off + key.size();
    if (rest >= table_.size() || table_[rest] != '\t' || table_.compare(off, key.size(), key) != 0) continue;
    return table_.substr(rest, std::min<size_t>(kMaxFields, table_.size() - rest));
  }
  return {};
}

std::string_view FoldedTable::Find(std::string_view word) const {
  if (word.empty() || word.size() > 2 * kMaxFoldedKey) return {};
  char buf[kMaxFoldedKey];
  // Plain ASCII (most words): lowercased and hashed in one pass.
  if (word.size() <= kMaxFoldedKey) {
    uint32_t h = 2166136261u;
    size_t i = 0;
    for (; i < word.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(word[i]);
      if (c >= 0x80) break;
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      buf[i] = static_cast<char>(c);
      h = (h ^ c) * 16777619u;
    }
    if (i == word.size()) return FindHashed(std::string_view(buf, i), h);
  }
  size_t len = 0;
  if (!FoldToAscii(word, buf, &len)) return {};
  return FindFolded(std::string_view(buf, len));
}

}  // namespace convoguard::recognizers
