#include "auth/key_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <thread>
#include <vector>

#include "auth/data_dir.h"
#include "auth/test_dir_for_tests.h"

namespace convoguard::auth {
namespace {

mode_t ModeOf(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(KeyFile, CreatedOnceWith0600AndLoadedAfterwards) {
  TempDir dir;
  const std::string path = dir.File("pepper.key");
  auto first = LoadOrCreateKeyFile(path);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(ModeOf(path), 0600u);
  const std::string contents = Slurp(path);
  EXPECT_EQ(contents, first->ToKeyFile());
  EXPECT_EQ(contents.size(), 65u);
  auto second = LoadOrCreateKeyFile(path);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->ToKeyFile(), contents);
  // No temporary files left behind.
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1u);
}

TEST(KeyFile, GroupOrOtherReadableFileIsRefused) {
  TempDir dir;
  const std::string path = dir.File("pepper.key");
  ASSERT_TRUE(LoadOrCreateKeyFile(path).ok());
  ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
  auto r = LoadOrCreateKeyFile(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("chmod 600"), std::string::npos) << r.status().message();
  ASSERT_EQ(::chmod(path.c_str(), 0604), 0);
  EXPECT_FALSE(LoadOrCreateKeyFile(path).ok());
  ASSERT_EQ(::chmod(path.c_str(), 0400), 0);
  EXPECT_TRUE(LoadOrCreateKeyFile(path).ok());
}

TEST(KeyFile, BadContentsAndDirectoriesAreErrors) {
  TempDir dir;
  const std::string path = dir.File("bad.key");
  {
    std::ofstream(path) << "not a key\n";
  }
  ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
  auto r = LoadOrCreateKeyFile(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(LoadOrCreateKeyFile(dir.path()).ok());  // a directory
  EXPECT_FALSE(LoadOrCreateKeyFile(dir.File("missing-dir/x.key")).ok());
}

TEST(KeyFile, ConcurrentCreatorsAgreeOnOneKey) {
  TempDir dir;
  const std::string path = dir.File("race.key");
  std::vector<std::string> seen(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&, i] {
      auto k = LoadOrCreateKeyFile(path);
      seen[i] = k.ok() ? k->ToKeyFile() : k.status().ToString();
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& s : seen) EXPECT_EQ(s, seen[0]);
  EXPECT_EQ(seen[0].size(), 65u) << seen[0];
}

TEST(DataDir, ResolvedFromFlagThenEnvironmentThenDefault) {
  ::unsetenv(kDataDirEnv);
  EXPECT_EQ(ResolveDataDir(), "./convoguard-data");
  ::setenv(kDataDirEnv, "/srv/cg", 1);
  EXPECT_EQ(ResolveDataDir(), "/srv/cg");
  EXPECT_EQ(ResolveDataDir("/flag"), "/flag");
  ::setenv(kDataDirEnv, "", 1);
  EXPECT_EQ(ResolveDataDir(), "./convoguard-data");
  ::unsetenv(kDataDirEnv);
  EXPECT_EQ(DatabasePath("/d"), "/d/convoguard.db");
  EXPECT_EQ(ApiKeyPepperPath("/d"), "/d/api-keys.key");
}

TEST(DataDir, CreatedWith0700IncludingParents) {
  TempDir dir;
  const std::string nested = dir.File("a/b/data");
  ASSERT_TRUE(EnsureDataDir(nested).ok());
  EXPECT_EQ(ModeOf(nested), 0700u);
  EXPECT_TRUE(EnsureDataDir(nested).ok());  // idempotent
  std::ofstream(dir.File("file")) << "x";
  EXPECT_FALSE(EnsureDataDir(dir.File("file")).ok());
  EXPECT_FALSE(EnsureDataDir("").ok());
}

}  // namespace
}  // namespace convoguard::auth
