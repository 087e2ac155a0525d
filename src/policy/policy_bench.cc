// Cost of the per-message policy decision (Google Benchmark).
//   ninja -C build policy_bench && build/src/policy/policy_bench --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include "policy/policy.h"

namespace convoguard::policy {
namespace {

const Policy& BenchPolicy() {
  static const Policy p = [] {
    Result<config::GatewayConfig> c = config::ParseConfig(R"(
policies:
  default:
    input:
      entities: {US_SSN: block, CREDIT_CARD: redact, PERSON: allow}
      thresholds: {PERSON: 0.7}
)",
                                                          "bench.yaml");
    return std::move(*Policy::Create(c->policies.at("default")));
  }();
  return p;
}

std::vector<Finding> Findings(size_t n) {
  const char* types[] = {"EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER", "CREDIT_CARD", "IP_ADDRESS", "LOCATION"};
  std::vector<Finding> out(n);
  for (size_t i = 0; i < n; ++i) {
    out[i].entity_type = types[i % 6];
    out[i].score = 0.4 + 0.1 * static_cast<double>(i % 6);
  }
  return out;
}

void BM_Decide(benchmark::State& state) {
  const Policy& p = BenchPolicy();
  std::vector<Finding> f = Findings(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(p.Decide(Direction::kInput, f));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Decide)->Arg(0)->Arg(1)->Arg(10)->Arg(100);

void BM_ActionFor(benchmark::State& state) {
  const Policy& p = BenchPolicy();
  for (auto _ : state) benchmark::DoNotOptimize(p.ActionFor(Direction::kInput, "EMAIL_ADDRESS"));
}
BENCHMARK(BM_ActionFor);

void BM_DecideScore(benchmark::State& state) {
  const Policy& p = BenchPolicy();
  for (auto _ : state) benchmark::DoNotOptimize(p.DecideScore(Direction::kInput, "prompt_injection", 0.3));
}
BENCHMARK(BM_DecideScore);

void BM_ParseExampleConfig(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(config::ParseConfig("policies:\n  default:\n    input: {entities: {US_SSN: block}}\n", "b.yaml"));
  }
}
BENCHMARK(BM_ParseExampleConfig);

}  // namespace
}  // namespace convoguard::policy

BENCHMARK_MAIN();
