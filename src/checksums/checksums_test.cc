#include "checksums/checksums.h"

#include <gtest/gtest.h>

namespace convoguard::checksums {
namespace {

TEST(Checksums, Luhn) {
  EXPECT_TRUE(Luhn("4111111111111111"));
  EXPECT_TRUE(Luhn("378282246310005"));
  EXPECT_FALSE(Luhn("4111111111111112"));
  EXPECT_FALSE(Luhn(""));
}

TEST(Checksums, Iban) {
  EXPECT_TRUE(IbanMod97("GB82 WEST 1234 5698 7654 32"));
  EXPECT_TRUE(IbanMod97("DE89370400440532013000"));
  EXPECT_FALSE(IbanMod97("DE89370400440532013001"));
  EXPECT_FALSE(IbanMod97("XX"));
}

TEST(Checksums, AbaRouting) {
  EXPECT_TRUE(AbaRouting("121000358"));
  EXPECT_TRUE(AbaRouting("011000015"));
  EXPECT_FALSE(AbaRouting("121000359"));
  EXPECT_FALSE(AbaRouting("000000000"));
}

TEST(Checksums, NhsMod11) {
  EXPECT_TRUE(NhsMod11("9434765919"));
  EXPECT_FALSE(NhsMod11("9434765918"));
}

TEST(Checksums, Verhoeff) {
  EXPECT_TRUE(Verhoeff("2363"));
  EXPECT_FALSE(Verhoeff("2364"));
}

TEST(Checksums, BitcoinAddresses) {
  EXPECT_TRUE(Base58Check("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
  EXPECT_TRUE(Base58Check("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
  EXPECT_FALSE(Base58Check("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"));
  EXPECT_TRUE(Bech32Address("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
  EXPECT_FALSE(Bech32Address("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx"));
}

TEST(Checksums, Entropy) {
  EXPECT_DOUBLE_EQ(ShannonEntropy("aaaa"), 0.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("abcd"), 2.0);
}

}  // namespace
}  // namespace convoguard::checksums
