// The gateway's per-request CPU work without the network: parse a chat
// request with a system prompt and a ~1 KB user prompt, scan, score and
// pseudonymize it, add the leak canary, serialize it; then restore and scan
// a chat-sized answer, leak scan included (whole, and streamed as SSE), as
// the gateway does for /v1/chat/completions under the default policy.
// Every request's user message is different (a counter in it), so no cache
// of scores can answer it.
//   build/bench/guard_bench --benchmark_repetitions=5
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "gateway/guard.h"
#include "openai/json_io.h"
#include "openai/wire.h"

namespace {

using namespace convoguard;
using nlohmann::json;

std::string Prompt() {
  std::string p =
      "Hi team, I am preparing the quarterly report and need help rewording a few paragraphs. Our customer "
      "contact is jane.doe@example.com and she asked for a summary of the changes we made to the onboarding "
      "flow, the new pricing page, and the support process. ";
  while (p.size() < 1000) p += "Please keep the tone friendly and short, and list the three main improvements first. ";
  return p;
}

std::shared_ptr<const gateway::Guards> MakeGuards() {
  auto analyzer = Analyzer::Create({});
  auto g = gateway::Guards::Create(config::DefaultConfig(), *analyzer);
  // Tables the detectors build on first use (the name gazetteer, ~28 M
  // instructions) are built here, outside the passes, so that a pass's
  // instructions per call (bench/guard_callgrind.sh) are its own: a short
  // run under callgrind otherwise spreads them over its few iterations.
  const std::string warm = "Hi Jane, mail jane.doe@example.com. " + Prompt();
  (void)(*g)->analyzer().Scan(warm, {});
  (void)(*g)->injection().Score(warm);
  return *g;
}

constexpr char kSystem[] = "You are a helpful assistant.";

// What GuardRequest leaves for the response passes.
gateway::LeakWatch Leak() { return {kSystem, "ref-kq3v7m2x9d4p"}; }

void BM_RequestPass(benchmark::State& state) {
  auto guards = MakeGuards();
  std::string body = json{{"model", "m"}, {"messages", json::array({{{"role", "system"}, {"content", kSystem}},
                                                                   {{"role", "user"}, {"content", "Request 00000000. " + Prompt()}}})}}.dump();
  const size_t counter_at = body.find("00000000");
  uint64_t n = 0;
  for (auto _ : state) {
    char digits[16];
    std::snprintf(digits, sizeof digits, "%08llu", static_cast<unsigned long long>(n++ % 100000000));
    body.replace(counter_at, 8, digits);
    json j = openai::ParseJson(body);
    std::vector<openai::TextSlot> slots;
    (void)openai::ChatRequestTexts(j, slots);
    PseudonymVault vault("r");
    gateway::LeakWatch leak;
    auto v = gateway::GuardRequest(*guards, guards->policies().Default(), slots, vault, &leak);
    benchmark::DoNotOptimize(openai::DumpJson(j));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(body.size()));
}
BENCHMARK(BM_RequestPass);

void BM_ResponsePass(benchmark::State& state) {
  auto guards = MakeGuards();
  PseudonymVault vault("r");
  auto p = vault.PlaceholderFor("EMAIL_ADDRESS", "jane.doe@example.com");
  std::string answer = "You said: " + Prompt();
  answer.replace(answer.find("jane.doe@example.com"), 20, *p);
  const gateway::LeakWatch leak = Leak();
  const std::string body = json{{"choices", json::array({{{"index", 0}, {"message", {{"role", "assistant"}, {"content", answer}}},
                                                          {"finish_reason", "stop"}}})}}.dump();
  for (auto _ : state) {
    json j = openai::ParseJson(body);
    auto v = gateway::GuardResponse(*guards, guards->policies().Default(), j, vault, &leak);
    benchmark::DoNotOptimize(openai::DumpJson(j));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(body.size()));
}
BENCHMARK(BM_ResponsePass);

void BM_StreamPass(benchmark::State& state) {
  auto guards = MakeGuards();
  PseudonymVault vault("r");
  (void)vault.PlaceholderFor("EMAIL_ADDRESS", "jane.doe@example.com");
  const std::string answer = "You said: " + Prompt();
  std::string sse;
  for (size_t i = 0; i < answer.size(); i += 4) {  // about a token per event
    json c = {{"id", "x"}, {"object", "chat.completion.chunk"}, {"model", "m"},
              {"choices", json::array({{{"index", 0}, {"delta", {{"content", answer.substr(i, 4)}}}, {"finish_reason", nullptr}}})}};
    sse += openai::SseData(c.dump());
  }
  sse += openai::SseData("[DONE]");
  const gateway::LeakWatch leak = Leak();
  for (auto _ : state) {
    gateway::StreamGuard g(*guards, guards->policies().Default(), vault, &leak);
    std::string out;
    g.Feed(sse, out);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(answer.size()));
  state.counters["events"] = static_cast<double>(answer.size() / 4);
}
BENCHMARK(BM_StreamPass);

// What a streamed answer's first token waits for in the guard: a new
// StreamGuard, the role event and the first content event (the mock's
// long answer in 10-byte pieces). Not inlined, so that
// guard_callgrind.sh counts it per call.
[[gnu::noinline]] void FirstTextPass(const gateway::Guards& guards, PseudonymVault& vault,
                                     const gateway::LeakWatch& leak, const std::string& sse, std::string& out) {
  gateway::StreamGuard g(guards, guards.policies().Default(), vault, &leak);
  g.Feed(sse, out);
}

void BM_StreamFirstText(benchmark::State& state) {
  auto guards = MakeGuards();
  PseudonymVault vault("r");
  auto event = [](const json& delta) {
    return openai::SseData(json{{"id", "x"}, {"object", "chat.completion.chunk"}, {"model", "m"},
                                {"choices", json::array({{{"index", 0}, {"delta", delta}, {"finish_reason", nullptr}}})}}
                               .dump());
  };
  const std::string sse = event({{"role", "assistant"}, {"content", ""}}) + event({{"content", "Please sum"}});
  const gateway::LeakWatch leak = Leak();
  for (auto _ : state) {
    std::string out;
    FirstTextPass(*guards, vault, leak, sse, out);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_StreamFirstText);

}  // namespace

BENCHMARK_MAIN();
