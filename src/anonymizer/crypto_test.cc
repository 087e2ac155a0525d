#include "anonymizer/crypto.h"

#include <gtest/gtest.h>

#include <string>

namespace convoguard::anonymizer {
namespace {

std::string Hex(std::string_view bytes) { return HexEncode(bytes); }

SecretKey KeyOf(char fill) { return std::move(*SecretKey::FromBytes(std::string(32, fill))); }

// RFC 4231, test cases 1, 2 and 6 (HMAC-SHA-256).
TEST(Crypto, HmacSha256MatchesRfc4231) {
  auto t1 = HmacSha256(std::string(20, '\x0b'), "Hi There");
  ASSERT_TRUE(t1.ok());
  EXPECT_EQ(Hex(*t1), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  auto t2 = HmacSha256("Jefe", "what do ya want for nothing?");
  ASSERT_TRUE(t2.ok());
  EXPECT_EQ(Hex(*t2), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  auto t6 = HmacSha256(std::string(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First");
  ASSERT_TRUE(t6.ok());
  EXPECT_EQ(Hex(*t6), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST(Crypto, SubkeysDifferByPurposeAndMaster) {
  SecretKey a = KeyOf('a'), b = KeyOf('b');
  auto a1 = DeriveSubkey(a, "hash/v1"), a2 = DeriveSubkey(a, "vault/v1"), b1 = DeriveSubkey(b, "hash/v1");
  ASSERT_TRUE(a1.ok() && a2.ok() && b1.ok());
  EXPECT_NE(a1->ToKeyFile(), a2->ToKeyFile());
  EXPECT_NE(a1->ToKeyFile(), b1->ToKeyFile());
  EXPECT_EQ(a1->ToKeyFile(), DeriveSubkey(a, "hash/v1")->ToKeyFile());
}

TEST(Crypto, SealOpenRoundTripWithFreshNonces) {
  SecretKey k = KeyOf('k');
  for (std::string plain : {std::string(), std::string("x"), std::string(1000, 'z')}) {
    auto s1 = Seal(k, plain, "ctx");
    auto s2 = Seal(k, plain, "ctx");
    ASSERT_TRUE(s1.ok() && s2.ok());
    EXPECT_EQ(s1->size(), plain.size() + kSealOverhead);
    EXPECT_EQ(static_cast<unsigned char>((*s1)[0]), kSealVersion);
    EXPECT_NE(*s1, *s2);  // random nonce
    auto back = Open(k, *s1, "ctx");
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    EXPECT_EQ(*back, plain);
  }
}

TEST(Crypto, EveryFlippedBitFailsAuthentication) {
  SecretKey k = KeyOf('k');
  auto sealed = Seal(k, "secret value", "ctx");
  ASSERT_TRUE(sealed.ok());
  for (size_t i = 0; i < sealed->size(); ++i) {
    for (int bit : {0, 7}) {
      std::string t = *sealed;
      t[i] = static_cast<char>(t[i] ^ (1 << bit));
      auto r = Open(k, t, "ctx");
      ASSERT_FALSE(r.ok()) << "byte " << i;
      EXPECT_EQ(r.status().code(), StatusCode::kDataLoss);
    }
  }
  for (size_t n = 0; n < sealed->size(); ++n) {
    EXPECT_EQ(Open(k, sealed->substr(0, n), "ctx").status().code(), StatusCode::kDataLoss);
  }
}

TEST(Crypto, WrongAssociatedDataOrKeyFails) {
  SecretKey k = KeyOf('k'), other = KeyOf('o');
  auto sealed = Seal(k, "secret value", "conversation-1");
  ASSERT_TRUE(sealed.ok());
  EXPECT_EQ(Open(k, *sealed, "conversation-2").status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(Open(k, *sealed, "").status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(Open(other, *sealed, "conversation-1").status().code(), StatusCode::kDataLoss);
  EXPECT_TRUE(Open(k, *sealed, "conversation-1").ok());
}

TEST(Crypto, Base64UrlRoundTripsEveryLength) {
  std::string bytes;
  for (int n = 0; n < 70; ++n) {
    auto enc = Base64UrlEncode(bytes);
    EXPECT_EQ(enc.find_first_of("+/="), std::string::npos);
    auto dec = Base64UrlDecode(enc);
    ASSERT_TRUE(dec.ok()) << n;
    EXPECT_EQ(*dec, bytes);
    bytes.push_back(static_cast<char>(n * 37 + 250));
  }
  EXPECT_EQ(Base64UrlEncode("\xfb\xff"), "-_8");
  EXPECT_FALSE(Base64UrlDecode("ab+c").ok());
  EXPECT_FALSE(Base64UrlDecode("abcde").ok());  // impossible length
  EXPECT_FALSE(Base64UrlDecode("-_9").ok());    // non-zero leftover bits
}

}  // namespace
}  // namespace convoguard::anonymizer
