#include "convoguard/keyring.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "keyring/test_dir.h"

namespace convoguard {
namespace {

std::unique_ptr<Keyring> OpenRing(const std::string& path, const std::string& passphrase = "") {
  auto p = LocalKeyFileProvider::OpenOrCreate({.path = path, .passphrase = passphrase, .scrypt_log2_n = 10});
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  if (!p.ok()) return nullptr;
  auto k = Keyring::Open(std::move(*p));
  EXPECT_TRUE(k.ok()) << k.status().ToString();
  return k.ok() ? std::move(*k) : nullptr;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), {}};
}
void WriteAll(const std::string& path, const std::string& s) {
  std::ofstream(path, std::ios::trunc) << s;
  ::chmod(path.c_str(), 0600);
}

TEST(Keyring, CreatesKeyFileWithMode0600AndVersionOne) {
  testing::TempDir dir;
  std::string path = dir.path() + "/keyring.json";
  auto ring = OpenRing(path);
  ASSERT_TRUE(ring);
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(ring->primary_version(), 1u);
  EXPECT_EQ(ring->provider_name(), "local-file");
}

TEST(Keyring, WrapUnwrapSurvivesReopen) {
  testing::TempDir dir;
  std::string path = dir.path() + "/keyring.json";
  SecretKey dek = std::move(*SecretKey::Generate());
  std::string wrapped;
  {
    auto ring = OpenRing(path);
    wrapped = *ring->WrapKey(dek, "tenant/subject");
  }
  auto ring = OpenRing(path);
  auto back = ring->UnwrapKey(wrapped, "tenant/subject");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(std::memcmp(back->data(), dek.data(), SecretKey::kSize), 0);
  EXPECT_EQ(ring->UnwrapKey(wrapped, "tenant/other").status().code(), StatusCode::kDataLoss);
  std::string flipped = wrapped;
  flipped.back() ^= 1;
  EXPECT_EQ(ring->UnwrapKey(flipped, "tenant/subject").status().code(), StatusCode::kDataLoss);
  EXPECT_FALSE(ring->UnwrapKey("", "tenant/subject").ok());
  EXPECT_FALSE(ring->UnwrapKey("W\0\0\0\1", "tenant/subject").ok());
}

TEST(Keyring, RefusesKeyFileReadableByOthers) {
  testing::TempDir dir;
  std::string path = dir.path() + "/keyring.json";
  ASSERT_TRUE(OpenRing(path));
  ::chmod(path.c_str(), 0644);
  auto p = LocalKeyFileProvider::OpenExisting({.path = path});
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kFailedPrecondition);
}

TEST(Keyring, MalformedKeyFilesAreErrorsNotCrashes) {
  testing::TempDir dir;
  std::string path = dir.path() + "/keyring.json";
  for (std::string bad : {std::string(""), std::string("{"), std::string("[]"), std::string("\0\xff", 2),
                          std::string(R"({"format":"convoguard-keyring","format_version":1})"),
                          std::string(R"({"format":"convoguard-keyring","format_version":1,"state":{"versions":[],"primary":"x"}})")}) {
    WriteAll(path, bad);
    auto p = LocalKeyFileProvider::OpenExisting({.path = path});
    EXPECT_FALSE(p.ok()) << bad;
  }
  EXPECT_EQ(LocalKeyFileProvider::OpenExisting({.path = dir.path() + "/absent"}).status().code(),
            StatusCode::kNotFound);
}

TEST(Keyring, PassphraseProtectsTheKeysAndTheMetadata) {
  testing::TempDir dir;
  std::string path = dir.path() + "/keyring.json";
  SecretKey dek = std::move(*SecretKey::Generate());
  std::string wrapped;
  {
    auto ring = OpenRing(path, "correct horse");
    wrapped = *ring->WrapKey(dek, "ctx");
  }
  std::string text = ReadAll(path);
  EXPECT_EQ(text.find("\"keys\""), std::string::npos);
  EXPECT_NE(text.find("scrypt"), std::string::npos);
  auto wrong = LocalKeyFileProvider::OpenExisting({.path = path, .passphrase = "wrong"});
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.status().code(), StatusCode::kDataLoss);
  EXPECT_FALSE(LocalKeyFileProvider::OpenExisting({.path = path}).ok());
  auto ring = OpenRing(path, "correct horse");
  EXPECT_TRUE(ring->UnwrapKey(wrapped, "ctx").ok());
  // Editing the (unencrypted) metadata breaks the seal.
  auto doc = nlohmann::json::parse(text);
  doc["state"]["min_decryption_version"] = 0;
  WriteAll(path, doc.dump());
  EXPECT_EQ(LocalKeyFileProvider::OpenExisting({.path = path, .passphrase = "correct horse"}).status().code(),
            StatusCode::kDataLoss);
}

TEST(Keyring, RotateThenRetire) {
  testing::TempDir dir;
  std::string path = dir.path() + "/keyring.json";
  auto ring = OpenRing(path);
  SecretKey dek = std::move(*SecretKey::Generate());
  std::string w1 = *ring->WrapKey(dek, "c");
  EXPECT_EQ(*Keyring::WrappedVersion(w1), 1u);
  ASSERT_EQ(*ring->Rotate(1000), 2u);
  std::string w2 = *ring->WrapKey(dek, "c");
  EXPECT_EQ(*Keyring::WrappedVersion(w2), 2u);
  EXPECT_TRUE(ring->UnwrapKey(w1, "c").ok());  // old versions still decrypt
  // A wrong key version: version-2 wrapping relabelled as version 1.
  std::string relabelled = w2;
  relabelled[4] = 1;
  EXPECT_EQ(ring->UnwrapKey(relabelled, "c").status().code(), StatusCode::kDataLoss);

  EXPECT_EQ(ring->Retire(3).code(), StatusCode::kInvalidArgument);  // would retire the primary
  ASSERT_TRUE(ring->Retire(2).ok());
  EXPECT_EQ(ring->UnwrapKey(w1, "c").status().code(), StatusCode::kFailedPrecondition);
  EXPECT_TRUE(ring->UnwrapKey(w2, "c").ok());
  // Retired material is gone from the file too, not just refused.
  auto reopened = OpenRing(path);
  EXPECT_EQ(reopened->state().min_decryption_version, 2u);
  auto doc = nlohmann::json::parse(ReadAll(path));
  EXPECT_FALSE(doc["keys"].contains("1"));
  EXPECT_TRUE(doc["keys"].contains("2"));
}

TEST(Keyring, ScheduledRotation) {
  testing::TempDir dir;
  auto ring = OpenRing(dir.path() + "/k.json");
  int64_t created = ring->state().versions.back().created_unix;
  EXPECT_FALSE(*ring->RotateIfDue(created + 10));  // no period set
  ASSERT_TRUE(ring->SetRotationPeriod(100).ok());
  EXPECT_FALSE(*ring->RotateIfDue(created + 99));
  EXPECT_TRUE(*ring->RotateIfDue(created + 100));
  EXPECT_EQ(ring->primary_version(), 2u);
}

TEST(Keyring, AnotherProcessRotatingIsPickedUp) {
  testing::TempDir dir;
  std::string path = dir.path() + "/k.json";
  auto gateway = OpenRing(path);
  auto admin = OpenRing(path);
  ASSERT_EQ(*admin->Rotate(5), 2u);
  SecretKey dek = std::move(*SecretKey::Generate());
  std::string w = *admin->WrapKey(dek, "c");
  EXPECT_TRUE(gateway->UnwrapKey(w, "c").ok());
}

TEST(Keyring, ALongRunningProcessNeverWrapsUnderARetiredVersion) {
  testing::TempDir dir;
  std::string path = dir.path() + "/k.json";
  auto gateway = OpenRing(path);
  auto admin = OpenRing(path);
  ASSERT_EQ(*admin->Rotate(5), 2u);
  ASSERT_TRUE(admin->Retire(2).ok());
  SecretKey dek = std::move(*SecretKey::Generate());
  auto w = gateway->WrapKey(dek, "c");
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(*Keyring::WrappedVersion(*w), 2u);
  EXPECT_TRUE(OpenRing(path)->UnwrapKey(*w, "c").ok());  // a restarted process can still read it
  EXPECT_TRUE(gateway->Verify("x", *admin->Sign("x")).ok());
}

TEST(Keyring, SignAndVerify) {
  testing::TempDir dir;
  auto ring = OpenRing(dir.path() + "/k.json");
  std::string sig = *ring->Sign("chain head");
  EXPECT_TRUE(ring->Verify("chain head", sig).ok());
  EXPECT_EQ(ring->Verify("chain heaD", sig).code(), StatusCode::kDataLoss);
  sig.back() ^= 1;
  EXPECT_EQ(ring->Verify("chain head", sig).code(), StatusCode::kDataLoss);
  EXPECT_FALSE(ring->Verify("chain head", "").ok());
}

TEST(Keyring, RolesAreSeparateCredentials) {
  testing::TempDir dir;
  auto ring = OpenRing(dir.path() + "/k.json");
  SecretKey admin = std::move(*SecretKey::Generate());
  SecretKey reader = std::move(*SecretKey::Generate());
  EXPECT_EQ(ring->CheckRole(kRoleKeyAdmin, admin).code(), StatusCode::kFailedPrecondition);  // unset
  ASSERT_TRUE(ring->SetRoleCredential(kRoleKeyAdmin, admin).ok());
  ASSERT_TRUE(ring->SetRoleCredential(kRoleReader, reader).ok());
  EXPECT_TRUE(ring->CheckRole(kRoleKeyAdmin, admin).ok());
  EXPECT_EQ(ring->CheckRole(kRoleKeyAdmin, reader).code(), StatusCode::kFailedPrecondition);
  EXPECT_TRUE(ring->CheckRole(kRoleReader, reader).ok());
  EXPECT_FALSE(ring->CheckRole(kRoleReader, admin).ok());
}

}  // namespace
}  // namespace convoguard
