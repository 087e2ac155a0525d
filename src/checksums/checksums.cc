#include "checksums/checksums.h"

#include <openssl/sha.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <cmath>
#include <cstdint>
#include <vector>

namespace convoguard::checksums {

std::string DigitsOf(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d.push_back(c);
  }
  return d;
}

std::string StripSeparators(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c != ' ' && c != '-' && c != '.' && c != '/') d.push_back(c);
  }
  return d;
}

bool Luhn(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool dbl = false;
  for (size_t i = digits.size(); i-- > 0;) {
    char c = digits[i];
    if (c < '0' || c > '9') return false;
    int d = c - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

bool IbanMod97(std::string_view iban) {
  std::string s;
  for (char c : iban) {
    if (c == ' ' || c == '-') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return false;
    s.push_back(c);
  }
  if (s.size() < 15 || s.size() > 34) return false;
  if (s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || s[2] > '9' || s[3] > '9') return false;
  std::string r = s.substr(4) + s.substr(0, 4);
  int mod = 0;
  for (char c : r) {
    if (c >= '0' && c <= '9') {
      mod = (mod * 10 + (c - '0')) % 97;
    } else {
      int v = c - 'A' + 10;
      mod = (mod * 100 + v) % 97;
    }
  }
  return mod == 1;
}

bool AbaRouting(std::string_view digits) {
  if (digits.size() != 9) return false;
  static const int w[9] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) {
    if (digits[i] < '0' || digits[i] > '9') return false;
    sum += (digits[i] - '0') * w[i];
  }
  return sum % 10 == 0 && sum != 0;
}

bool NhsMod11(std::string_view digits) {
  if (digits.size() != 10) return false;
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) {
    if (digits[i] < '0' || digits[i] > '9') return false;
    sum += (digits[i] - '0') * static_cast<int>(10 - i);
  }
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return false;
  return digits[9] - '0' == check;
}

bool Verhoeff(std::string_view digits) {
  static const int d[10][10] = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  static const int p[8][10] = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
  if (digits.empty()) return false;
  int c = 0;
  size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    char ch = digits[n - 1 - i];
    if (ch < '0' || ch > '9') return false;
    c = d[c][p[i % 8][ch - '0']];
  }
  return c == 0;
}

bool Base58Check(std::string_view s) {
  static const char* kAlphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  if (s.size() < 25 || s.size() > 35) return false;
  std::vector<uint8_t> bytes;  // big-endian base-256 number
  for (char c : s) {
    const char* pos = std::strchr(kAlphabet, c);
    if (c == 0 || pos == nullptr) return false;
    int carry = static_cast<int>(pos - kAlphabet);
    for (size_t k = bytes.size(); k-- > 0;) {
      carry += 58 * bytes[k];
      bytes[k] = static_cast<uint8_t>(carry & 0xFF);
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.insert(bytes.begin(), static_cast<uint8_t>(carry & 0xFF));
      carry >>= 8;
    }
  }
  for (char c : s) {  // leading '1's are leading zero bytes
    if (c != '1') break;
    bytes.insert(bytes.begin(), 0);
  }
  if (bytes.size() != 25) return false;
  unsigned char h1[SHA256_DIGEST_LENGTH], h2[SHA256_DIGEST_LENGTH];
  SHA256(bytes.data(), 21, h1);
  SHA256(h1, sizeof h1, h2);
  return std::equal(h2, h2 + 4, bytes.begin() + 21);
}

namespace {
uint32_t Bech32Polymod(const std::vector<uint8_t>& v) {
  static const uint32_t g[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  uint32_t chk = 1;
  for (uint8_t x : v) {
    uint8_t top = static_cast<uint8_t>(chk >> 25);
    chk = ((chk & 0x1ffffff) << 5) ^ x;
    for (int i = 0; i < 5; ++i) {
      if ((top >> i) & 1) chk ^= g[i];
    }
  }
  return chk;
}
}  // namespace

bool Bech32Address(std::string_view s) {
  static const char* kCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  if (s.size() < 14 || s.size() > 90) return false;
  std::string lower;
  bool has_lower = false, has_upper = false;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') { has_upper = true; c = static_cast<char>(c - 'A' + 'a'); }
    else if (c >= 'a' && c <= 'z') has_lower = true;
    lower.push_back(c);
  }
  if (has_lower && has_upper) return false;
  size_t sep = lower.rfind('1');
  if (sep == std::string::npos || sep == 0 || sep + 7 > lower.size()) return false;
  std::string hrp = lower.substr(0, sep);
  if (hrp != "bc" && hrp != "tb") return false;
  std::vector<uint8_t> v;
  for (char c : hrp) v.push_back(static_cast<uint8_t>(c >> 5));
  v.push_back(0);
  for (char c : hrp) v.push_back(static_cast<uint8_t>(c & 31));
  for (size_t i = sep + 1; i < lower.size(); ++i) {
    const char* pos = std::strchr(kCharset, lower[i]);
    if (lower[i] == 0 || pos == nullptr) return false;
    v.push_back(static_cast<uint8_t>(pos - kCharset));
  }
  uint32_t pm = Bech32Polymod(v);
  return pm == 1 || pm == 0x2bc830a3;  // bech32 or bech32m
}

// Keccak-256 is implemented here because OpenSSL 3.0 (Debian 12) offers only
// SHA3-256, which pads differently and so yields other digests; "KECCAK-256"
// arrived in OpenSSL 3.2.
namespace {
uint64_t Rotl(uint64_t x, int n) { return n == 0 ? x : (x << n) | (x >> (64 - n)); }

void KeccakF1600(uint64_t st[25]) {
  static const uint64_t kRoundConstants[24] = {
      0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
      0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
      0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
      0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
      0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
      0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};
  static const int kRotations[25] = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43,
                                     25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};
  for (uint64_t rc : kRoundConstants) {
    uint64_t c[5], b[25];
    for (int x = 0; x < 5; ++x) c[x] = st[x] ^ st[x + 5] ^ st[x + 10] ^ st[x + 15] ^ st[x + 20];
    for (int x = 0; x < 5; ++x) {
      const uint64_t d = c[(x + 4) % 5] ^ Rotl(c[(x + 1) % 5], 1);
      for (int y = 0; y < 25; y += 5) st[y + x] ^= d;
    }
    // rho and pi: lane (x, y) moves to (y, 2x + 3y).
    for (int x = 0; x < 5; ++x) {
      for (int y = 0; y < 5; ++y) b[y + 5 * ((2 * x + 3 * y) % 5)] = Rotl(st[x + 5 * y], kRotations[x + 5 * y]);
    }
    for (int y = 0; y < 25; y += 5) {
      for (int x = 0; x < 5; ++x) st[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
    }
    st[0] ^= rc;
  }
}
}  // namespace

std::string Keccak256(std::string_view data) {
  constexpr size_t kRate = 136;  // bytes: 1600 - 2 * 256 bits
  uint64_t st[25] = {};
  auto absorb = [&](const unsigned char* block) {
    for (size_t i = 0; i < kRate / 8; ++i) {
      uint64_t lane = 0;
      for (int k = 7; k >= 0; --k) lane = (lane << 8) | block[i * 8 + static_cast<size_t>(k)];
      st[i] ^= lane;
    }
    KeccakF1600(st);
  };
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size();
  for (; n >= kRate; n -= kRate, p += kRate) absorb(p);
  unsigned char last[kRate] = {};
  std::memcpy(last, p, n);
  last[n] ^= 0x01;
  last[kRate - 1] ^= 0x80;
  absorb(last);
  std::string out(32, '\0');
  for (size_t i = 0; i < 32; ++i) out[i] = static_cast<char>((st[i / 8] >> (8 * (i % 8))) & 0xFF);
  return out;
}

bool Eip55(std::string_view address) {
  if (address.size() != 42 || address[0] != '0' || (address[1] != 'x' && address[1] != 'X')) return false;
  std::string lower;
  bool has_lower = false, has_upper = false;
  for (char c : address.substr(2)) {
    if (c >= 'A' && c <= 'F') { has_upper = true; c = static_cast<char>(c - 'A' + 'a'); }
    else if (c >= 'a' && c <= 'f') has_lower = true;
    else if (c < '0' || c > '9') return false;
    lower.push_back(c);
  }
  if (!has_lower || !has_upper) return false;
  const std::string hash = Keccak256(lower);
  for (size_t i = 0; i < 40; ++i) {
    const char c = address[2 + i];
    if (c >= '0' && c <= '9') continue;
    const int nibble = (static_cast<unsigned char>(hash[i / 2]) >> (i % 2 == 0 ? 4 : 0)) & 0xF;
    const bool want_upper = nibble >= 8;
    if (want_upper != (c >= 'A' && c <= 'F')) return false;
  }
  return true;
}

double ShannonEntropy(std::string_view s) {
  if (s.empty()) return 0;
  std::array<int, 256> counts{};
  uint64_t seen[4] = {};  // the bytes that occur: the sum below visits only those, in byte order
  for (unsigned char c : s) {
    ++counts[c];
    seen[c >> 6] |= uint64_t{1} << (c & 63);
  }
  double h = 0;
  const double n = static_cast<double>(s.size());
  for (unsigned w = 0; w < 4; ++w) {
    for (uint64_t bits = seen[w]; bits != 0; bits &= bits - 1) {
      const int c = counts[w * 64 + static_cast<unsigned>(std::countr_zero(bits))];
      double p = c / n;
      h -= p * std::log2(p);
    }
  }
  return h;
}

}  // namespace convoguard::checksums
