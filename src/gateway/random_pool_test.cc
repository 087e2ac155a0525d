#include "gateway/random_pool.h"

#include <gtest/gtest.h>

#include <array>
#include <set>
#include <string>
#include <thread>

namespace convoguard::gateway {
namespace {

TEST(RandomPool, GivesFreshBytesAcrossRefillsAndThreads) {
  std::set<std::string> seen;
  // 12-byte draws do not divide the 512-byte pool: draws straddle refills.
  for (int i = 0; i < 1000; ++i) {
    std::array<unsigned char, 12> b{};
    ASSERT_TRUE(PooledRandomBytes(b.data(), b.size()));
    seen.insert(std::string(b.begin(), b.end()));
  }
  std::string other;
  std::thread([&] {
    std::array<unsigned char, 12> b{};
    ASSERT_TRUE(PooledRandomBytes(b.data(), b.size()));
    other.assign(b.begin(), b.end());
  }).join();
  seen.insert(other);
  EXPECT_EQ(seen.size(), 1001u);  // 96-bit values: a repeat means reused bytes
}

TEST(RandomPool, RefusesDrawsLargerThanItsContract) {
  unsigned char b[65] = {};
  EXPECT_FALSE(PooledRandomBytes(b, sizeof b));
  EXPECT_TRUE(PooledRandomBytes(b, 64));
}

}  // namespace
}  // namespace convoguard::gateway
