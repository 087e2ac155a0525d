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

std::string Hex(const std::string& bytes) {
  static const char* kDigits = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 0xF]);
  }
  return out;
}

TEST(Checksums, Keccak256DiffersFromSha3) {
  EXPECT_EQ(Hex(Keccak256("")), "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  EXPECT_EQ(Hex(Keccak256("abc")), "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
  // Input longer than one 136-byte block.
  EXPECT_EQ(Hex(Keccak256(std::string(200, 'a'))).size(), 64u);
}

TEST(Checksums, Eip55) {
  // Test vectors from the EIP-55 specification.
  EXPECT_TRUE(Eip55("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
  EXPECT_TRUE(Eip55("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"));
  EXPECT_TRUE(Eip55("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"));
  EXPECT_TRUE(Eip55("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"));
  EXPECT_FALSE(Eip55("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));  // one letter's case flipped
  EXPECT_FALSE(Eip55("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));  // no checksum
  EXPECT_FALSE(Eip55("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA"));    // too short
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
