#include "auth/api_key.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace convoguard::auth {
namespace {

constexpr std::string_view kBase62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

std::string NewKey() {
  auto k = GenerateApiKey();
  EXPECT_TRUE(k.ok()) << k.status().ToString();
  return k.ok() ? *k : std::string();
}

TEST(ApiKey, GeneratedKeysHaveTheDocumentedShapeAndVerify) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    std::string k = NewKey();
    ASSERT_EQ(k.size(), kApiKeyChars);
    EXPECT_EQ(k.substr(0, 4), "cgk_");
    for (char c : k.substr(4)) EXPECT_NE(kBase62.find(c), std::string_view::npos) << k;
    EXPECT_EQ(k.substr(4 + 43), ApiKeyChecksum(k.substr(4, 43)));
    EXPECT_TRUE(ParseAndVerifyApiKey(k).ok()) << ParseAndVerifyApiKey(k).ToString();
    seen.insert(k);
  }
  EXPECT_EQ(seen.size(), 200u);
}

TEST(ApiKey, ChecksumIsCrc32InFixedWidthBase62) {
  // CRC-32 of the standard check string is 0xCBF43926 = 3421780262, which is
  // 3jZRME in base62 (computed independently, with Python's zlib).
  EXPECT_EQ(ApiKeyChecksum("123456789"), "3jZRME");
  EXPECT_EQ(ApiKeyChecksum(""), "000000");  // CRC-32 of nothing is 0: fixed width pads
}

TEST(ApiKey, EverySingleCharacterChangeIsRejected) {
  const std::string key = NewKey();
  const std::string alphabet = std::string(kBase62) + "_-+/= .\x01\xC3";
  size_t tried = 0;
  for (size_t pos = 0; pos < key.size(); ++pos) {
    for (char c : alphabet) {
      if (c == key[pos]) continue;
      std::string changed = key;
      changed[pos] = c;
      EXPECT_FALSE(ParseAndVerifyApiKey(changed).ok()) << "position " << pos << " -> '" << c << "'";
      ++tried;
    }
  }
  EXPECT_GT(tried, 53u * 62u);
}

TEST(ApiKey, WrongLengthsPrefixesAndEmptyAreRejected) {
  const std::string key = NewKey();
  EXPECT_FALSE(ParseAndVerifyApiKey("").ok());
  EXPECT_FALSE(ParseAndVerifyApiKey(key.substr(0, key.size() - 1)).ok());
  EXPECT_FALSE(ParseAndVerifyApiKey(key + "0").ok());
  EXPECT_FALSE(ParseAndVerifyApiKey(" " + key).ok());
  EXPECT_FALSE(ParseAndVerifyApiKey("CGK_" + key.substr(4)).ok());
  EXPECT_FALSE(ParseAndVerifyApiKey("sk-" + key.substr(3)).ok());
  EXPECT_FALSE(ParseAndVerifyApiKey(std::string(10000, 'a')).ok());
  // Adjacent characters swapped: CRC32 catches transpositions too.
  for (size_t i = 4; i + 1 < key.size(); ++i) {
    if (key[i] == key[i + 1]) continue;
    std::string swapped = key;
    std::swap(swapped[i], swapped[i + 1]);
    EXPECT_FALSE(ParseAndVerifyApiKey(swapped).ok()) << i;
  }
}

TEST(ApiKey, ErrorMessagesNeverRepeatTheKey) {
  std::string key = NewKey();
  key[10] = key[10] == 'a' ? 'b' : 'a';
  Status s = ParseAndVerifyApiKey(key);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().find(key.substr(4, 20)), std::string::npos);
}

}  // namespace
}  // namespace convoguard::auth
