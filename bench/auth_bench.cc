// The gateway's per-request authentication and rate-limit costs.
//
//   build/bench/auth_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// BM_Authenticate/N: a valid key, with N keys in the store (all but one are
// rows of random digests inserted directly, as a large installation would
// have). BM_Reload/N: one snapshot reload (what a change by the CLI costs the
// thread that notices it). BM_Acquire: one RateLimiter::Acquire, on one key
// or spread over many keys.
#include <benchmark/benchmark.h>
#include <openssl/rand.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "auth/api_key.h"
#include "auth/key_store.h"
#include "auth/rate_limiter.h"

namespace {

using convoguard::SecretKey;
using convoguard::auth::AuthResult;
using convoguard::auth::KeyStore;
using convoguard::auth::RateLimiter;
using convoguard::auth::RateLimits;

[[noreturn]] void Die(const std::string& what) {
  std::cerr << "auth_bench: " << what << "\n";
  std::abort();
}

// A store in a fresh temporary directory with one real key and `rows` - 1
// filler rows. Kept for the whole run (benchmarks share fixtures by size).
struct Fixture {
  std::string dir;
  std::unique_ptr<KeyStore> store;
  std::string key;

  explicit Fixture(int rows) {
    std::string pattern = (std::filesystem::temp_directory_path() / "cg_auth_bench_XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) Die("mkdtemp");
    dir = pattern;
    auto pepper = SecretKey::Generate();
    if (!pepper.ok()) Die("pepper");
    const std::string db = dir + "/convoguard.db";
    auto s = KeyStore::Open(db, *pepper, {.refresh_interval = std::chrono::milliseconds(250)});
    if (!s.ok()) Die(s.status().ToString());
    store = std::move(*s);
    auto c = store->Create({.tenant = "bench", .allowed_models = {"gpt-4o"}});
    if (!c.ok()) Die(c.status().ToString());
    key = c->api_key;
    AddFillerRows(db, rows - 1);
    if (!store->Refresh().ok()) Die("refresh");
  }
  ~Fixture() {
    store.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }

  static void AddFillerRows(const std::string& db_path, int n) {
    if (n <= 0) return;
    sqlite3* db = nullptr;
    if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) Die("sqlite3_open");
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO api_keys (id, digest, tenant, allowed_models, label, requests_per_minute,"
                       " tokens_per_minute, created_at) VALUES (?1, ?2, 'filler', '[]', '', 0, 0, 0)",
                       -1, &st, nullptr);
    for (int i = 0; i < n; ++i) {
      unsigned char digest[32];
      RAND_bytes(digest, sizeof digest);
      char id[32];
      std::snprintf(id, sizeof id, "key_%016x", i);
      sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_blob(st, 2, digest, sizeof digest, SQLITE_TRANSIENT);
      if (sqlite3_step(st) != SQLITE_DONE) Die(sqlite3_errmsg(db));
      sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
};

Fixture& FixtureOf(int rows) {
  static std::map<int, std::unique_ptr<Fixture>> fixtures;
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  auto& f = fixtures[rows];
  if (!f) f = std::make_unique<Fixture>(rows);
  return *f;
}

void BM_Authenticate(benchmark::State& state) {
  Fixture& f = FixtureOf(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    AuthResult r = f.store->Authenticate(f.key, std::chrono::system_clock::now());
    if (!r.ok()) state.SkipWithError("not authenticated");
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_Authenticate)->Arg(1)->Arg(1000)->Arg(100000);
BENCHMARK(BM_Authenticate)->Arg(1000)->Threads(2)->UseRealTime();

void BM_AuthenticateUnknown(benchmark::State& state) {
  Fixture& f = FixtureOf(1000);
  auto other = convoguard::auth::GenerateApiKey();
  for (auto _ : state) {
    AuthResult r = f.store->Authenticate(*other, std::chrono::system_clock::now());
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_AuthenticateUnknown);

void BM_AuthenticateMalformed(benchmark::State& state) {
  Fixture& f = FixtureOf(1000);
  std::string typo = f.key;
  typo[10] = typo[10] == 'a' ? 'b' : 'a';
  for (auto _ : state) {
    AuthResult r = f.store->Authenticate(typo, std::chrono::system_clock::now());
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_AuthenticateMalformed);

void BM_Reload(benchmark::State& state) {
  Fixture& f = FixtureOf(static_cast<int>(state.range(0)));
  // "The CLI": a second connection that commits a change (a no-op UPDATE
  // writes no pages and does not change data_version).
  sqlite3* other = nullptr;
  if (sqlite3_open((f.dir + "/convoguard.db").c_str(), &other) != SQLITE_OK) Die("sqlite3_open");
  for (auto _ : state) {
    state.PauseTiming();
    if (sqlite3_exec(other, "INSERT OR REPLACE INTO api_key_settings VALUES ('bench_touch', randomblob(8))", nullptr,
                     nullptr, nullptr) != SQLITE_OK) {
      Die(sqlite3_errmsg(other));
    }
    state.ResumeTiming();
    if (!f.store->Refresh().ok()) state.SkipWithError("refresh failed");
  }
  sqlite3_close(other);
}
BENCHMARK(BM_Reload)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_Acquire(benchmark::State& state) {
  static RateLimiter limiter;
  const int keys = static_cast<int>(state.range(0));
  std::vector<std::string> ids;
  for (int i = 0; i < keys; ++i) ids.push_back("key_" + std::to_string(i) + "_" + std::to_string(state.thread_index()));
  const RateLimits limits{.requests_per_minute = 1'000'000'000, .tokens_per_minute = 1'000'000'000};
  size_t i = 0;
  for (auto _ : state) {
    auto d = limiter.Acquire(ids[i++ % ids.size()], limits, 500, RateLimiter::Clock::now());
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_Acquire)->Arg(1)->Arg(10000);
BENCHMARK(BM_Acquire)->Arg(10000)->Threads(2)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
