// The PKCS#11 provider against a real SoftHSM2 token, initialized by the
// test in a temp directory (its own SOFTHSM2_CONF). Skips loudly if
// SoftHSM2 is not installed.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "convoguard/audit.h"
#include "convoguard/keyring.h"
#include "keyring/test_dir.h"

namespace convoguard {
namespace {

constexpr const char* kModule = "/usr/lib/softhsm/libsofthsm2.so";

class Pkcs11Test : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kModule) || std::system("command -v softhsm2-util >/dev/null") != 0) {
      GTEST_SKIP() << "PKCS#11 NOT TESTED: SoftHSM2 (" << kModule << ", softhsm2-util) is not installed";
    }
    // SoftHSM2 reads its configuration and token list once per process, so
    // the tokens are made before the first test opens the module; each test
    // then uses its own object label prefix on the shared token.
    static testing::TempDir token_dir;  // removed at exit
    testing::TempDir* dir = &token_dir;
    static bool ready = [&] {
      std::filesystem::create_directories(dir->path() + "/tokens");
      std::ofstream(dir->path() + "/softhsm2.conf")
          << "directories.tokendir = " << dir->path() << "/tokens\nobjectstore.backend = file\nlog.level = ERROR\n";
      ::setenv("SOFTHSM2_CONF", (dir->path() + "/softhsm2.conf").c_str(), 1);
      for (const char* label : {"cg-test", "cg-test-never-logged-in"}) {
        std::string cmd = std::string("softhsm2-util --init-token --free --label ") + label +
                          " --pin 1234 --so-pin 5678 >/dev/null";
        if (std::system(cmd.c_str()) != 0) return false;
      }
      return true;
    }();
    ASSERT_TRUE(ready) << "softhsm2-util --init-token failed";
    static int n = 0;
    prefix_ = "t" + std::to_string(++n);
  }

  std::unique_ptr<Keyring> Open(const std::string& pin = "1234") {
    auto p = Pkcs11Provider::Open(
        {.module_path = kModule, .token_label = "cg-test", .pin = pin, .label_prefix = prefix_});
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    if (!p.ok()) return nullptr;
    auto k = Keyring::Open(std::move(*p));
    EXPECT_TRUE(k.ok()) << k.status().ToString();
    return k.ok() ? std::move(*k) : nullptr;
  }

  std::string prefix_;
};

TEST_F(Pkcs11Test, WrapsUnwrapsRotatesAndRetiresOnTheToken) {
  auto ring = Open();
  ASSERT_TRUE(ring);
  EXPECT_EQ(ring->provider_name(), "pkcs11");
  EXPECT_EQ(ring->primary_version(), 1u);
  SecretKey dek = std::move(*SecretKey::Generate());
  auto w1 = ring->WrapKey(dek, "tenant/subject");
  ASSERT_TRUE(w1.ok()) << w1.status().ToString();
  auto back = ring->UnwrapKey(*w1, "tenant/subject");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(std::memcmp(back->data(), dek.data(), SecretKey::kSize), 0);
  EXPECT_EQ(ring->UnwrapKey(*w1, "tenant/other").status().code(), StatusCode::kDataLoss)
      << ring->UnwrapKey(*w1, "tenant/other").status().ToString();
  std::string flipped = *w1;
  flipped[10] ^= 1;
  EXPECT_EQ(ring->UnwrapKey(flipped, "tenant/subject").status().code(), StatusCode::kDataLoss);

  ASSERT_EQ(*ring->Rotate(100), 2u);
  std::string w2 = *ring->WrapKey(dek, "c");
  EXPECT_EQ(*Keyring::WrappedVersion(w2), 2u);
  EXPECT_TRUE(ring->UnwrapKey(*w1, "tenant/subject").ok());
  ASSERT_TRUE(ring->Retire(2).ok());
  EXPECT_EQ(ring->UnwrapKey(*w1, "tenant/subject").status().code(), StatusCode::kFailedPrecondition);

  // The state lives on the token: a new session sees version 2 as primary,
  // and version 1's key is gone from the token, not just refused.
  ring.reset();
  auto again = Open();
  ASSERT_TRUE(again);
  EXPECT_EQ(again->primary_version(), 2u);
  EXPECT_EQ(again->state().min_decryption_version, 2u);
  EXPECT_TRUE(again->UnwrapKey(w2, "c").ok());
}

TEST_F(Pkcs11Test, WrongPinIsRefused) {
  auto p = Pkcs11Provider::Open({.module_path = kModule, .token_label = "cg-test-never-logged-in", .pin = "0000"});
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kFailedPrecondition) << p.status().ToString();
  EXPECT_NE(p.status().message().find("wrong PIN"), std::string::npos) << p.status().ToString();
}

TEST_F(Pkcs11Test, UnknownTokenAndModuleAreErrors) {
  EXPECT_EQ(Pkcs11Provider::Open({.module_path = kModule, .token_label = "no-such-token", .pin = "1"}).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(Pkcs11Provider::Open({.module_path = "/nonexistent.so", .token_label = "cg-test", .pin = "1"}).status().code(),
            StatusCode::kUnavailable);
}

TEST_F(Pkcs11Test, SignsAuditCheckpointsOnTheToken) {
  auto ring = Open();
  ASSERT_TRUE(ring);
  std::string sig = *ring->Sign("head");
  EXPECT_TRUE(ring->Verify("head", sig).ok());
  EXPECT_EQ(ring->Verify("heaD", sig).code(), StatusCode::kDataLoss);
  testing::TempDir dir;
  {
    auto log = std::move(*AuditLog::Open({.dir = dir.path() + "/audit", .keyring = ring.get(),
                                          .checkpoint_every = 3}));
    for (int i = 0; i < 7; ++i) ASSERT_TRUE(log->Append({.type = "key.rotate", .actor = "admin"}).ok());
  }
  auto r = VerifyAuditChain(dir.path() + "/audit", {.name = "system"}, *ring);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->ok) << r->problem;
  EXPECT_GE(r->checkpoints_verified, 2u);
}

}  // namespace
}  // namespace convoguard
