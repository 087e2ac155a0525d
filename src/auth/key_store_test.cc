#include "auth/key_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <fstream>
#include <set>
#include <thread>
#include <vector>

#include "auth/api_key.h"
#include "auth/data_dir.h"
#include "auth/test_dir_for_tests.h"

namespace convoguard::auth {
namespace {

using std::chrono::hours;
using std::chrono::system_clock;

SecretKey Pepper() {
  auto k = SecretKey::Generate();
  EXPECT_TRUE(k.ok());
  return std::move(*k);
}

// Opening `path` fails with `code` (and does not crash).
void ExpectOpenFails(const std::string& path, const SecretKey& pepper, StatusCode code) {
  auto s = KeyStore::Open(path, pepper);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), code) << s.status().ToString();
}

// Changes the database behind the store's back, as another program would.
void ExecSql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

class KeyStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_path_ = dir_.File("convoguard.db");
    store_ = OpenStore();
    ASSERT_NE(store_, nullptr);
  }
  std::unique_ptr<KeyStore> OpenStore(KeyStore::Options o = {}) {
    auto s = KeyStore::Open(db_path_, pepper_, o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }
  CreatedKey MustCreate(NewKey k) {
    auto c = store_->Create(k);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? std::move(*c) : CreatedKey{};
  }

  TempDir dir_;
  std::string db_path_;
  SecretKey pepper_ = Pepper();
  std::unique_ptr<KeyStore> store_;
};

TEST_F(KeyStoreTest, CreatedKeyAuthenticatesWithItsAttributes) {
  const auto expiry = std::chrono::floor<std::chrono::seconds>(system_clock::now() + hours(24));
  CreatedKey c = MustCreate({.tenant = "acme",
                             .allowed_models = {"gpt-4o", "claude-3"},
                             .expires_at = expiry,
                             .label = "ci runner",
                             .limits = {.requests_per_minute = 60, .tokens_per_minute = 1000}});
  EXPECT_TRUE(c.id.starts_with("key_"));
  EXPECT_EQ(c.id.size(), 20u);
  EXPECT_TRUE(ParseAndVerifyApiKey(c.api_key).ok());

  AuthResult r = store_->Authenticate(c.api_key, system_clock::now());
  ASSERT_TRUE(r.ok()) << AuthFailureName(r.failure);
  EXPECT_EQ(r.http_status(), 200);
  EXPECT_EQ(r.key->id, c.id);
  EXPECT_EQ(r.key->tenant, "acme");
  EXPECT_EQ(r.key->label, "ci runner");
  EXPECT_EQ(r.key->expires_at, expiry);
  EXPECT_EQ(r.key->limits, (RateLimits{60, 1000}));
  EXPECT_FALSE(r.key->revoked_at);
  EXPECT_TRUE(r.key->AllowsModel("gpt-4o"));
  EXPECT_TRUE(r.key->AllowsModel("claude-3"));
  EXPECT_FALSE(r.key->AllowsModel("gpt-4"));
  EXPECT_FALSE(r.key->AllowsModel("GPT-4O"));
  EXPECT_FALSE(r.key->AllowsModel(""));
}

TEST_F(KeyStoreTest, EmptyModelListAllowsEveryModel) {
  CreatedKey c = MustCreate({.tenant = "t"});
  AuthResult r = store_->Authenticate(c.api_key, system_clock::now());
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.key->AllowsModel("anything"));
  EXPECT_FALSE(r.key->expires_at);
}

TEST_F(KeyStoreTest, FailuresCarryDistinctMachineCodes) {
  CreatedKey c = MustCreate({.tenant = "t"});
  const auto now = system_clock::now();

  AuthResult malformed = store_->Authenticate("Bearer " + c.api_key, now);
  EXPECT_EQ(malformed.failure, AuthFailure::kMalformed);
  EXPECT_STREQ(malformed.code(), "invalid_api_key");
  EXPECT_EQ(malformed.http_status(), 401);
  EXPECT_EQ(malformed.key, nullptr);
  std::string typo = c.api_key;
  typo[20] = typo[20] == 'x' ? 'y' : 'x';
  EXPECT_EQ(store_->Authenticate(typo, now).failure, AuthFailure::kMalformed);
  EXPECT_EQ(store_->Authenticate("", now).failure, AuthFailure::kMalformed);

  auto other = GenerateApiKey();  // well-formed, never issued
  ASSERT_TRUE(other.ok());
  AuthResult unknown = store_->Authenticate(*other, now);
  EXPECT_EQ(unknown.failure, AuthFailure::kUnknown);
  EXPECT_STREQ(unknown.code(), "invalid_api_key");

  ASSERT_TRUE(store_->Revoke(c.id).ok());
  AuthResult revoked = store_->Authenticate(c.api_key, now);
  EXPECT_EQ(revoked.failure, AuthFailure::kRevoked);
  EXPECT_STREQ(revoked.code(), "api_key_revoked");
  EXPECT_EQ(revoked.http_status(), 401);
}

TEST_F(KeyStoreTest, ExpiryIsDecidedByTheGivenTime) {
  const auto now = std::chrono::floor<std::chrono::seconds>(system_clock::now());
  CreatedKey c = MustCreate({.tenant = "t", .expires_at = now + hours(1)});
  EXPECT_TRUE(store_->Authenticate(c.api_key, now).ok());
  EXPECT_TRUE(store_->Authenticate(c.api_key, now + hours(1) - std::chrono::seconds(1)).ok());
  AuthResult r = store_->Authenticate(c.api_key, now + hours(1));
  EXPECT_EQ(r.failure, AuthFailure::kExpired);
  EXPECT_STREQ(r.code(), "api_key_expired");
}

TEST_F(KeyStoreTest, RevokeIsIdempotentAndRejectsUnknownOrMalformedIds) {
  CreatedKey c = MustCreate({.tenant = "t"});
  EXPECT_TRUE(store_->Revoke(c.id).ok());
  EXPECT_TRUE(store_->Revoke(c.id).ok());
  EXPECT_EQ(store_->Revoke("key_0000000000000000").code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->Revoke("key_'; DROP TABLE--").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Revoke("").code(), StatusCode::kInvalidArgument);
}

TEST_F(KeyStoreTest, ListShowsEveryKeyButNoSecrets) {
  CreatedKey a = MustCreate({.tenant = "a", .label = "first"});
  CreatedKey b = MustCreate({.tenant = "b", .allowed_models = {"m"}});
  ASSERT_TRUE(store_->Revoke(a.id).ok());
  auto list = store_->List();
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  std::set<std::string> ids;
  for (const KeyInfo& k : *list) {
    ids.insert(k.id);
    if (k.id == a.id) {
      EXPECT_TRUE(k.revoked_at);
      EXPECT_EQ(k.label, "first");
    } else {
      EXPECT_FALSE(k.revoked_at);
      EXPECT_EQ(k.allowed_models, std::vector<std::string>{"m"});
    }
  }
  EXPECT_EQ(ids, (std::set<std::string>{a.id, b.id}));
}

TEST_F(KeyStoreTest, InvalidFieldsAreRejectedBeforeWriting) {
  EXPECT_EQ(store_->Create({.tenant = ""}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Create({.tenant = "has space"}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Create({.tenant = std::string(129, 't')}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Create({.tenant = "t", .allowed_models = {"a,b"}}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Create({.tenant = "t", .allowed_models = {""}}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Create({.tenant = "t", .label = "line\nbreak"}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Create({.tenant = "t", .limits = {.requests_per_minute = UINT64_MAX}}).status().code(),
            StatusCode::kInvalidArgument);
  auto list = store_->List();
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->empty());
}

TEST_F(KeyStoreTest, OnlyTheKeyedHashIsStored) {
  CreatedKey c = MustCreate({.tenant = "t"});
  std::ifstream in(db_path_, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  std::ifstream wal(db_path_ + "-wal", std::ios::binary);
  bytes.append((std::istreambuf_iterator<char>(wal)), {});
  EXPECT_EQ(bytes.find(c.api_key.substr(4, 43)), std::string::npos);
  EXPECT_NE(bytes.find(c.id), std::string::npos);  // the file really was read
}

TEST_F(KeyStoreTest, KeysSurviveReopening) {
  CreatedKey c = MustCreate({.tenant = "t"});
  store_.reset();
  auto again = OpenStore();
  ASSERT_NE(again, nullptr);
  EXPECT_TRUE(again->Authenticate(c.api_key, system_clock::now()).ok());
}

TEST_F(KeyStoreTest, AnotherPepperIsRefusedAtOpen) {
  MustCreate({.tenant = "t"});
  ExpectOpenFails(db_path_, Pepper(), StatusCode::kFailedPrecondition);
}

TEST_F(KeyStoreTest, RevocationByAnotherInstanceIsSeenWithinTheRefreshInterval) {
  KeyStore::Options fast{.refresh_interval = std::chrono::milliseconds(100)};
  auto gateway = OpenStore(fast);
  CreatedKey c = MustCreate({.tenant = "t"});
  // The gateway instance learns of the new key the same way.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
  while (!gateway->Authenticate(c.api_key, system_clock::now()).ok() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_TRUE(gateway->Authenticate(c.api_key, system_clock::now()).ok());

  ASSERT_TRUE(store_->Revoke(c.id).ok());  // "the CLI", another connection
  const auto revoked_at = std::chrono::steady_clock::now();
  AuthFailure f = AuthFailure::kNone;
  while (std::chrono::steady_clock::now() - revoked_at < std::chrono::seconds(1)) {
    f = gateway->Authenticate(c.api_key, system_clock::now()).failure;
    if (f != AuthFailure::kNone) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_EQ(f, AuthFailure::kRevoked);
  // With no interval Authenticate never looks; Refresh() sees changes at once.
  auto manual = OpenStore({.refresh_interval = std::chrono::milliseconds(0)});
  CreatedKey e = MustCreate({.tenant = "t"});
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(manual->Authenticate(e.api_key, system_clock::now()).failure, AuthFailure::kUnknown);
  EXPECT_TRUE(manual->Refresh().ok());
  EXPECT_TRUE(manual->Authenticate(e.api_key, system_clock::now()).ok());
  auto slow = OpenStore({.refresh_interval = std::chrono::hours(1)});
  CreatedKey d = MustCreate({.tenant = "t"});
  EXPECT_EQ(slow->Authenticate(d.api_key, system_clock::now()).failure, AuthFailure::kUnknown);
  EXPECT_TRUE(slow->Refresh().ok());
  EXPECT_TRUE(slow->Authenticate(d.api_key, system_clock::now()).ok());
}

TEST_F(KeyStoreTest, ConcurrentAuthenticateWhileKeysChange) {
  std::vector<CreatedKey> keys;
  for (int i = 0; i < 20; ++i) keys.push_back(MustCreate({.tenant = "t" + std::to_string(i)}));
  auto gateway = OpenStore({.refresh_interval = std::chrono::milliseconds(1)});
  std::atomic<bool> stop{false};
  std::atomic<int> wrong{0};
  std::atomic<long> done{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = 0; !stop.load(); ++i) {
        const CreatedKey& k = keys[(i + t) % 10];  // keys 0..9 stay valid
        AuthResult r = gateway->Authenticate(k.api_key, system_clock::now());
        if (!r.ok() || r.key->id != k.id) wrong.fetch_add(1);
        done.fetch_add(1);
      }
    });
  }
  // Meanwhile "the CLI" revokes keys 10..19 and adds more, forcing reloads.
  for (int i = 10; i < 20; ++i) {
    ASSERT_TRUE(store_->Revoke(keys[i].id).ok());
    MustCreate({.tenant = "extra"});
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  stop = true;
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_GT(done.load(), 100);
  ASSERT_TRUE(gateway->Refresh().ok());
  for (int i = 10; i < 20; ++i) {
    EXPECT_EQ(gateway->Authenticate(keys[i].api_key, system_clock::now()).failure, AuthFailure::kRevoked);
  }
}

TEST(KeyStoreFiles, GarbageFileIsAnErrorNotACrash) {
  TempDir dir;
  const std::string path = dir.File("convoguard.db");
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 4096; ++i) out.put(static_cast<char>((i * 131) & 0xFF));
  }
  ExpectOpenFails(path, Pepper(), StatusCode::kDataLoss);
}

TEST(KeyStoreFiles, CorruptedTablePagesFailClosed) {
  TempDir dir;
  const std::string path = dir.File("convoguard.db");
  SecretKey pepper = Pepper();
  {
    auto s = KeyStore::Open(path, pepper);
    ASSERT_TRUE(s.ok());
    for (int i = 0; i < 200; ++i) ASSERT_TRUE((*s)->Create({.tenant = "t", .label = std::string(200, 'x')}).ok());
  }  // closing checkpoints the WAL into the main file
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096 * 3);
    for (int i = 0; i < 4096 * 4; ++i) f.put(static_cast<char>(0xA5));
  }
  ExpectOpenFails(path, pepper, StatusCode::kDataLoss);
}

TEST(KeyStoreFiles, ConcurrentFirstOpensOfOneDataDirAgree) {
  TempDir dir;
  const std::string data = dir.File("data");
  std::vector<std::unique_ptr<KeyStore>> stores(4);
  std::vector<std::string> errors(stores.size());
  std::vector<std::thread> threads;
  for (size_t i = 0; i < stores.size(); ++i) {
    threads.emplace_back([&, i] {
      auto s = OpenKeyStoreInDataDir(data);
      if (s.ok()) {
        stores[i] = std::move(*s);
      } else {
        errors[i] = s.status().ToString();
      }
    });
  }
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < stores.size(); ++i) ASSERT_NE(stores[i], nullptr) << errors[i];
  auto c = stores[0]->Create({.tenant = "t"});
  ASSERT_TRUE(c.ok());
  for (auto& s : stores) {
    ASSERT_TRUE(s->Refresh().ok());
    EXPECT_TRUE(s->Authenticate(c->api_key, system_clock::now()).ok());
  }
}

TEST(KeyStoreFiles, NewerSchemaIsRefused) {
  TempDir dir;
  const std::string path = dir.File("convoguard.db");
  SecretKey pepper = Pepper();
  ASSERT_TRUE(KeyStore::Open(path, pepper).ok());
  ExecSql(path, "UPDATE schema_versions SET version = 99 WHERE component = 'api_keys'");
  ExpectOpenFails(path, pepper, StatusCode::kFailedPrecondition);
}

TEST(KeyStoreFiles, BadRowMakesTheStoreFailClosed) {
  TempDir dir;
  const std::string path = dir.File("convoguard.db");
  SecretKey pepper = Pepper();
  auto s = KeyStore::Open(path, pepper);
  ASSERT_TRUE(s.ok());
  auto c = (*s)->Create({.tenant = "t"});
  ASSERT_TRUE(c.ok());
  ExecSql(path, "UPDATE api_keys SET allowed_models = '{not json'");
  Status health = (*s)->Refresh();
  EXPECT_EQ(health.code(), StatusCode::kDataLoss);
  EXPECT_EQ((*s)->Authenticate(c->api_key, system_clock::now()).failure, AuthFailure::kUnavailable);
  EXPECT_EQ((*s)->Authenticate(c->api_key, system_clock::now()).http_status(), 503);
}

}  // namespace
}  // namespace convoguard::auth
