#include "injection/decoders.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>

#include "text/utf8.h"

namespace convoguard::injection {
namespace {

constexpr size_t kMinBase64 = 16;
constexpr size_t kMinHex = 16;
// Decoded text is cut at this size: bounds the rescoring work a hostile
// input can cause (at most 8 payloads per level, two levels).
constexpr size_t kMaxDecoded = 64 << 10;

constexpr bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
// Base64 (and base64url) alphabet, as a table: the run scan below looks at
// every byte of every message.
constexpr std::array<bool, 256> kB64 = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    t[static_cast<size_t>(c)] = IsAlpha(ch) || IsDigit(ch) || ch == '+' || ch == '/' || ch == '-' || ch == '_';
  }
  return t;
}();
inline bool IsB64(char c) { return kB64[static_cast<unsigned char>(c)]; }

// Decoded bytes are worth rescanning when they are valid UTF-8 text with
// words in it, not binary (hashes, keys and random ids decode to noise).
bool LooksLikeText(std::string_view s) {
  if (s.size() < 6) return false;
  size_t printable = 0, letters = 0, spaces = 0, i = 0;
  while (i < s.size()) {
    text::Utf8Step st = text::DecodeUtf8(s, i);
    if (st.status != text::Utf8Status::kOk) return false;
    char32_t c = st.cp;
    if (c == ' ' || c == '\n' || c == '\t') ++spaces, ++printable;
    else if (c >= 0x20 && c != 0x7F) ++printable;
    if (c < 0x80 && IsAlpha(static_cast<char>(c))) ++letters;
    if (c >= 0x80) ++letters;
    i += st.length;
  }
  return printable * 100 >= s.size() * 95 && letters * 2 >= s.size() && spaces >= 1;
}

std::string DecodeBase64(std::string_view run) {
  std::string in;
  in.reserve(run.size() + 3);
  for (char c : run) in.push_back(c == '-' ? '+' : c == '_' ? '/' : c);
  while (!in.empty() && in.back() == '=') in.pop_back();
  size_t pad = (4 - in.size() % 4) % 4;
  if (pad == 3) in.pop_back(), pad = 0;  // a stray character cannot be base64
  in.append(pad, '=');
  std::string out(in.size() / 4 * 3, '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(in.data()), static_cast<int>(in.size()));
  if (n < 0) return {};
  out.resize(static_cast<size_t>(n) - pad);
  return out;
}

int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 32);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Words that make English text recognisable, for the rot13 test.
int CommonWords(std::string_view s, int stop_at) {
  static constexpr std::string_view kWords[] = {"the", "and", "you", "to", "of", "is", "your", "all", "are",
                                                "ignore", "instructions", "previous", "in", "that", "it",
                                                "for", "this", "what", "how", "with", "prompt", "system"};
  int n = 0;
  size_t i = 0;
  char w[16];
  while (i < s.size()) {
    while (i < s.size() && !IsAlpha(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && IsAlpha(s[i])) ++i;
    if (i == b) break;
    size_t len = i - b;
    if (len > sizeof w) continue;
    for (size_t k = 0; k < len; ++k) w[k] = static_cast<char>(s[b + k] | 0x20);
    std::string_view word(w, len);
    for (auto k : kWords) n += (word == k);
    if (n >= stop_at) break;
  }
  return n;
}

}  // namespace

std::string Rot13(std::string_view s) {
  std::string o(s);
  for (char& c : o) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + 13) % 26);
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>('A' + (c - 'A' + 13) % 26);
  }
  return o;
}

void FindEncodedPayloads(std::string_view t, std::vector<DecodedPayload>& out, size_t max_payloads) {
  const size_t start = out.size();
  auto full = [&] { return out.size() - start >= max_payloads; };
  // Base64 and hex runs.
  size_t i = 0;
  while (i < t.size() && !full()) {
    if (!IsB64(t[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < t.size() && IsB64(t[i])) ++i;
    size_t e = i;
    while (e < t.size() && t[e] == '=') ++e;
    size_t len = i - b;
    if (len < std::min(kMinHex, kMinBase64)) {  // ordinary words: neither can match
      i = e;
      continue;
    }
    bool upper = false, lower = false, digit = false, nonhex = false;
    for (size_t k = b; k < i; ++k) {
      char c = t[k];
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      digit |= IsDigit(c);
      nonhex |= HexVal(c) < 0;
    }
    if (!nonhex && len >= kMinHex && len % 2 == 0) {
      std::string dec;
      for (size_t k = b; k + 1 < i && dec.size() < kMaxDecoded; k += 2) {
        dec.push_back(static_cast<char>(HexVal(t[k]) * 16 + HexVal(t[k + 1])));
      }
      if (LooksLikeText(dec)) out.push_back({b, i, dec, "hex"});
    } else if (len >= kMinBase64 && upper && lower) {
      (void)digit;
      std::string dec = DecodeBase64(t.substr(b, std::min(e - b, kMaxDecoded / 3 * 4)));
      if (LooksLikeText(dec)) out.push_back({b, e, dec, "base64"});
    }
    i = e;
  }
  // Tag characters U+E0020-E007E spell ASCII invisibly.
  std::string tags;
  size_t tb = 0, te = 0;
  // They are 4-byte sequences F3 A0 8x xx; a lead byte F3 is never inside
  // another sequence, so only positions of 0xF3 need decoding.
  for (size_t k = 0; k < t.size();) {
    const void* f3 = std::memchr(t.data() + k, 0xF3, t.size() - k);
    if (f3 == nullptr) break;
    k = static_cast<size_t>(static_cast<const char*>(f3) - t.data());
    text::Utf8Step st = text::DecodeUtf8(t, k);
    size_t len = st.status == text::Utf8Status::kOk ? st.length : 1;
    if (st.status == text::Utf8Status::kOk && st.cp >= 0xE0020 && st.cp <= 0xE007E && tags.size() < kMaxDecoded) {
      if (tags.empty()) tb = k;
      tags.push_back(static_cast<char>(st.cp - 0xE0000));
      te = k + len;
    }
    k += len;
  }
  if (tags.size() >= 4 && !full()) out.push_back({tb, te, tags, "tag_chars"});
  // rot13: the text reads as English only after rotating. Judged on the
  // first 2 KB; text that already reads as English is not rotated.
  if (!full() && t.size() >= 12) {
    std::string_view head = t.substr(0, 2048);
    int before = CommonWords(head, 5);
    if (before < 5) {
      int after = CommonWords(Rot13(head), 1 << 30);
      if (after >= 3 && after > 2 * before + 1) out.push_back({0, t.size(), Rot13(t.substr(0, kMaxDecoded)), "rot13"});
    }
  }
}

}  // namespace convoguard::injection
