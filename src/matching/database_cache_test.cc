#include "matching/database_cache.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "matching/pattern_set.h"

namespace convoguard::matching {
namespace {

namespace fs = std::filesystem;

class DatabaseCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("cg-cache-test-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    setenv("CONVOGUARD_CACHE_DIR", dir_.c_str(), 1);
  }
  void TearDown() override {
    unsetenv("CONVOGUARD_CACHE_DIR");
    fs::remove_all(dir_);
  }
  // Compiles a small set (one database: no digit gate) and checks it still
  // matches correctly.
  void CompileAndCheck() {
    auto s = PatternSet::Compile({{"tok_[a-z]{8}", 0}, {"\\d{4}", 0}}, 100, DigitGate::kOff);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    BlockScanner scanner(*s);
    std::vector<std::pair<unsigned, uint64_t>> ends;
    ASSERT_TRUE(scanner.Scan("a tok_abcdefgh 1234", [&](unsigned id, uint64_t e) { ends.push_back({id, e}); }).ok());
    EXPECT_EQ(ends, (std::vector<std::pair<unsigned, uint64_t>>{{0, 14}, {1, 19}}));
  }
  fs::path OnlyFile() {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir_)) files.push_back(e.path());
    EXPECT_EQ(files.size(), 1u);
    return files.empty() ? fs::path() : files[0];
  }
  fs::path dir_;
};

TEST_F(DatabaseCacheTest, StoresThenReuses) {
  CompileAndCheck();
  fs::path f = OnlyFile();
  auto first = fs::last_write_time(f);
  CompileAndCheck();  // loaded from the cache: same file, untouched
  EXPECT_EQ(fs::last_write_time(f), first);
  struct stat st;
  ASSERT_EQ(stat(dir_.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 077, 0u);  // private directory
}

TEST_F(DatabaseCacheTest, CorruptFileIsIgnoredAndReplaced) {
  CompileAndCheck();
  fs::path f = OnlyFile();
  {
    std::fstream io(f, std::ios::in | std::ios::out | std::ios::binary);
    io.seekp(static_cast<std::streamoff>(fs::file_size(f) / 2));
    io.put('\x5a');
  }
  CompileAndCheck();  // checksum fails: compiled afresh, still correct
}

TEST_F(DatabaseCacheTest, FileWritableByOthersIsIgnored) {
  CompileAndCheck();
  fs::path f = OnlyFile();
  std::ofstream(f, std::ios::binary | std::ios::trunc) << "CGHSDB1\ngarbage";
  fs::permissions(f, fs::perms::others_write, fs::perm_options::add);
  CompileAndCheck();
}

TEST_F(DatabaseCacheTest, EmptyDirDisablesCaching) {
  setenv("CONVOGUARD_CACHE_DIR", "", 1);
  CompileAndCheck();
  EXPECT_FALSE(fs::exists(dir_));
}

}  // namespace
}  // namespace convoguard::matching
