#include "auth/hmac_sha256.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

namespace convoguard::auth {
namespace {

std::string Hex(const HmacSha256::Digest& d) {
  static const char* hex = "0123456789abcdef";
  std::string s;
  for (unsigned char c : d) {
    s += hex[c >> 4];
    s += hex[c & 15];
  }
  return s;
}

std::string Mac(std::string_view key, std::string_view data) {
  auto h = HmacSha256::Create(reinterpret_cast<const unsigned char*>(key.data()), key.size());
  EXPECT_TRUE(h.ok()) << h.status().ToString();
  HmacSha256::Digest d{};
  EXPECT_TRUE((*h)->Compute(data, d));
  return Hex(d);
}

// RFC 4231, test cases 1 and 2.
TEST(HmacSha256, GivesTheRfc4231Digests) {
  EXPECT_EQ(Mac(std::string(20, '\x0b'), "Hi There"),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  EXPECT_EQ(Mac("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

// OpenSSL's own HMAC, for keys up to a block and messages of every length
// around SHA-256's block boundaries, computed again and again with one
// instance (the precomputed states are never consumed).
TEST(HmacSha256, GivesOpenSslsHmacForEveryKeyAndMessageLength) {
  std::mt19937 rng(3);
  for (size_t key_size : {0, 1, 20, 32, 63, 64}) {
    std::string key(key_size, '\0');
    for (char& c : key) c = static_cast<char>(rng());
    auto h = HmacSha256::Create(reinterpret_cast<const unsigned char*>(key.data()), key.size());
    ASSERT_TRUE(h.ok());
    for (size_t n = 0; n <= 140; ++n) {
      std::string data(n, '\0');
      for (char& c : data) c = static_cast<char>(rng());
      HmacSha256::Digest ours{}, theirs{};
      unsigned int len = 0;
      ASSERT_TRUE((*h)->Compute(data, ours));
      ASSERT_NE(HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
                     reinterpret_cast<const unsigned char*>(data.data()), data.size(), theirs.data(), &len),
                nullptr);
      EXPECT_EQ(Hex(ours), Hex(theirs)) << "key " << key_size << " bytes, message " << n;
    }
  }
  EXPECT_FALSE(HmacSha256::Create(reinterpret_cast<const unsigned char*>(std::string(65, 'k').data()), 65).ok());
}

TEST(HmacSha256, ConcurrentCallersGetTheSameDigest) {
  const std::string key(32, 'p');
  auto h = HmacSha256::Create(reinterpret_cast<const unsigned char*>(key.data()), key.size());
  ASSERT_TRUE(h.ok());
  const std::string want = Mac(key, "cgk_example");
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        HmacSha256::Digest d{};
        if (!(*h)->Compute("cgk_example", d) || Hex(d) != want) ++wrong[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

}  // namespace
}  // namespace convoguard::auth
