// Benchmarks of the storage layer (issue 5 targets):
//   BM_RecordSeal/16384      AES-256-GCM record encryption at 16 KB, to compare with
//                            `openssl speed -evp aes-256-gcm -bytes 16384`
//   BM_StoreAppend2KB        encrypted 2 KB records/s through group commit on SQLite
//   BM_AuditAppend/N         audit records/s over N tenants' chains, appended and flushed to disk
// Real time is used for the last two: the work happens on writer threads.
#include <benchmark/benchmark.h>

#include <time.h>

#include <filesystem>
#include <future>

#include "convoguard/audit.h"
#include "convoguard/store.h"
#include "anonymizer/crypto.h"
#include "keyring/envelope.h"
#include "keyring/test_dir.h"

namespace convoguard {
namespace {

// What the store does per record: a prepared AesGcmKey (cached per subject key).
void BM_RecordSeal(benchmark::State& state) {
  SecretKey secret = std::move(*SecretKey::Generate());
  auto key = std::move(*keyring::AesGcmKey::Create(secret));
  std::string plain(static_cast<size_t>(state.range(0)), 'x');
  for (auto _ : state) {
    auto sealed = keyring::EncryptRecord(key, 1, "tenant", "conversation", plain);
    benchmark::DoNotOptimize(sealed);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_RecordSeal)->Arg(2048)->Arg(16384);

// The bare helper the envelope builds on, for comparison.
void BM_AnonymizerSeal(benchmark::State& state) {
  SecretKey key = std::move(*SecretKey::Generate());
  std::string plain(static_cast<size_t>(state.range(0)), 'x');
  for (auto _ : state) {
    auto sealed = anonymizer::Seal(key, plain, "tenant/conversation");
    benchmark::DoNotOptimize(sealed);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_AnonymizerSeal)->Arg(16384);

void BM_RecordOpen(benchmark::State& state) {
  SecretKey secret = std::move(*SecretKey::Generate());
  auto key = std::move(*keyring::AesGcmKey::Create(secret));
  std::string sealed = *keyring::EncryptRecord(key, 1, "t", "c", std::string(static_cast<size_t>(state.range(0)), 'x'));
  for (auto _ : state) {
    auto plain = keyring::DecryptRecord(key, "t", "c", sealed);
    benchmark::DoNotOptimize(plain);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_RecordOpen)->Arg(16384);

// CPU seconds of the whole process (all threads), so the figures can be
// read on a machine shared with other builds, where real time is inflated.
double ProcessCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Env {
  testing::TempDir dir;
  std::unique_ptr<Keyring> keyring;
  std::unique_ptr<AuditLog> audit;
  Env() {
    keyring = std::move(*Keyring::Open(std::move(*LocalKeyFileProvider::OpenOrCreate({.path = dir.path() + "/k.json"}))));
    audit = std::move(*AuditLog::Open({.dir = dir.path() + "/audit", .keyring = keyring.get()}));
  }
};

void BM_StoreAppend2KB(benchmark::State& state) {
  Env env;
  StoreConfig c;
  c.sqlite_path = env.dir.path() + "/conversations.db";
  c.sqlite_key_store_path = env.dir.path() + "/subject-keys.db";
  c.keyring = env.keyring.get();
  c.audit = env.audit.get();
  c.default_policy = {.mode = StoreMode::kRedacted};
  auto store = std::move(*ConversationStore::Open(c));
  const int kPerIteration = 10000;
  std::string text(2048, 'x');
  int64_t n = 0;
  double cpu0 = ProcessCpuSeconds();
  for (auto _ : state) {
    std::vector<std::future<Status>> futures;
    futures.reserve(kPerIteration);
    for (int i = 0; i < kPerIteration; ++i, ++n) {
      ConversationRecord r;
      r.tenant = "acme";
      r.conversation_id = "c" + std::to_string(n);
      r.subject_id = "user" + std::to_string(n % 500);
      r.model = "m";
      r.transcript = text;
      futures.push_back(store->Append(std::move(r)));
    }
    for (auto& f : futures) {
      if (!f.get().ok()) state.SkipWithError("append failed");
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * kPerIteration);
  state.counters["per_process_cpu_s"] =
      static_cast<double>(state.iterations()) * kPerIteration / (ProcessCpuSeconds() - cpu0);
}
BENCHMARK(BM_StoreAppend2KB)->Unit(benchmark::kMillisecond)->UseRealTime();

// Arg: the number of tenants the events are spread over, round robin; each
// tenant has its own chain, so a batch costs one write and fdatasync per chain.
void BM_AuditAppend(benchmark::State& state) {
  Env env;
  const int kPerIteration = 10000;
  std::vector<std::string> tenants;
  for (int64_t t = 0; t < state.range(0); ++t) tenants.push_back("tenant" + std::to_string(t));
  double cpu0 = ProcessCpuSeconds();
  for (auto _ : state) {
    for (int i = 0; i < kPerIteration; ++i) {
      Status s = env.audit->Append({.type = "policy.block", .actor = "gateway", .tenant = tenants[i % tenants.size()],
                                    .target = "conversation-123456",
                                    .fields = {{"detector", "CREDIT_CARD"}, {"rule", "block-cards"}}});
      if (!s.ok()) state.SkipWithError("append failed");
    }
    if (!env.audit->Flush().ok()) state.SkipWithError("flush failed");
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * kPerIteration);
  state.counters["per_process_cpu_s"] =
      static_cast<double>(state.iterations()) * kPerIteration / (ProcessCpuSeconds() - cpu0);
}
BENCHMARK(BM_AuditAppend)->Arg(1)->Arg(16)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace convoguard

BENCHMARK_MAIN();
