#include "keyring/envelope.h"

#include <gtest/gtest.h>

#include "anonymizer/crypto.h"

namespace convoguard::keyring {
namespace {

SecretKey Key() { return std::move(*SecretKey::Generate()); }

TEST(Envelope, RecordRoundTrips) {
  SecretKey k = Key();
  auto sealed = EncryptRecord(k, 3, "tenant-a", "conv-1", "hello world");
  ASSERT_TRUE(sealed.ok()) << sealed.status().ToString();
  EXPECT_EQ(*EnvelopeVersion(kKindRecord, *sealed), 3u);
  auto plain = DecryptRecord(k, "tenant-a", "conv-1", *sealed);
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  EXPECT_EQ(*plain, "hello world");
  EXPECT_EQ(sealed->find("hello"), std::string::npos);
}

TEST(Envelope, EmptyPlaintextRoundTrips) {
  SecretKey k = Key();
  auto sealed = EncryptRecord(k, 1, "t", "c", "");
  ASSERT_TRUE(sealed.ok());
  EXPECT_EQ(*DecryptRecord(k, "t", "c", *sealed), "");
}

TEST(Envelope, EveryFlippedBitFailsAuthentication) {
  SecretKey k = Key();
  std::string sealed = *EncryptRecord(k, 1, "tenant", "conv", "some secret transcript");
  for (size_t byte = 0; byte < sealed.size(); ++byte) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string bad = sealed;
      bad[byte] = static_cast<char>(bad[byte] ^ (1 << bit));
      auto r = DecryptRecord(k, "tenant", "conv", bad);
      ASSERT_FALSE(r.ok()) << "byte " << byte << " bit " << bit;
      EXPECT_EQ(r.status().code(), StatusCode::kDataLoss);
    }
  }
}

TEST(Envelope, SwappedAssociatedDataFails) {
  SecretKey k = Key();
  std::string sealed = *EncryptRecord(k, 1, "tenant-a", "conv-1", "x");
  EXPECT_EQ(DecryptRecord(k, "tenant-b", "conv-1", sealed).status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(DecryptRecord(k, "tenant-a", "conv-2", sealed).status().code(), StatusCode::kDataLoss);
  // Moving bytes between the fields must not help: fields are length-prefixed.
  std::string s2 = *EncryptRecord(k, 1, "ab", "c", "x");
  EXPECT_EQ(DecryptRecord(k, "a", "bc", s2).status().code(), StatusCode::kDataLoss);
}

TEST(Envelope, WrongKeyVersionFails) {
  SecretKey k = Key();
  std::string sealed = *EncryptRecord(k, 1, "t", "c", "x");
  sealed[4] = 2;  // claims key version 2
  EXPECT_EQ(*EnvelopeVersion(kKindRecord, sealed), 2u);
  EXPECT_EQ(DecryptRecord(k, "t", "c", sealed).status().code(), StatusCode::kDataLoss);
}

TEST(Envelope, WrongKeyAndTruncationFail) {
  SecretKey k = Key();
  SecretKey other = Key();
  std::string sealed = *EncryptRecord(k, 1, "t", "c", "payload");
  EXPECT_EQ(DecryptRecord(other, "t", "c", sealed).status().code(), StatusCode::kDataLoss);
  for (size_t n = 0; n < sealed.size(); ++n) {
    EXPECT_EQ(DecryptRecord(k, "t", "c", sealed.substr(0, n)).status().code(), StatusCode::kDataLoss) << n;
  }
}

TEST(Envelope, BindContextIsUnambiguous) {
  EXPECT_NE(BindContext("p", {"ab", "c"}), BindContext("p", {"a", "bc"}));
  EXPECT_NE(BindContext("p", {"a"}), BindContext("p", {"a", ""}));
}

}  // namespace
}  // namespace convoguard::keyring

namespace convoguard::keyring {
namespace {

TEST(AesGcmKey, InteroperatesWithAnonymizerSeal) {
  SecretKey k = std::move(*SecretKey::Generate());
  auto prepared = AesGcmKey::Create(k);
  ASSERT_TRUE(prepared.ok());
  for (std::string plain : {std::string(), std::string("x"), std::string(70000, 'q')}) {
    std::string mine;
    ASSERT_TRUE(prepared->SealAppend(plain, "ad", mine).ok());
    auto opened = anonymizer::Open(k, mine, "ad");
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    EXPECT_EQ(*opened, plain);
    auto theirs = anonymizer::Seal(k, plain, "ad");
    auto back = prepared->Open(*theirs, "ad");
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, plain);
    EXPECT_EQ(prepared->Open(*theirs, "other").status().code(), StatusCode::kDataLoss);
  }
}

TEST(AesGcmKey, ReusedKeyGivesFreshNoncesAndKeepsWorkingAfterAFailure) {
  SecretKey k = std::move(*SecretKey::Generate());
  auto prepared = std::move(*AesGcmKey::Create(k));
  std::string a, b;
  ASSERT_TRUE(prepared.SealAppend("same", "", a).ok());
  ASSERT_TRUE(prepared.SealAppend("same", "", b).ok());
  EXPECT_NE(a, b);
  std::string bad = a;
  bad[20] ^= 1;
  EXPECT_FALSE(prepared.Open(bad, "").ok());
  EXPECT_EQ(*prepared.Open(a, ""), "same");
  EXPECT_EQ(*prepared.Open(b, ""), "same");
}

}  // namespace
}  // namespace convoguard::keyring
