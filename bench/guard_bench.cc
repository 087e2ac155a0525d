// The gateway's per-request CPU work without the network: parse a chat
// request with a ~1 KB prompt, scan and pseudonymize it, serialize it; then
// restore and scan a chat-sized answer (whole, and streamed as SSE).
//   build/bench/guard_bench --benchmark_repetitions=5
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "gateway/guard.h"
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
  return *g;
}

void BM_RequestPass(benchmark::State& state) {
  auto guards = MakeGuards();
  const std::string body = json{{"model", "m"}, {"messages", json::array({{{"role", "system"}, {"content", "You are a helpful assistant."}},
                                                                         {{"role", "user"}, {"content", Prompt()}}})}}.dump();
  for (auto _ : state) {
    json j = json::parse(body);
    std::vector<openai::TextSlot> slots;
    (void)openai::ChatRequestTexts(j, slots);
    PseudonymVault vault("r");
    auto v = gateway::GuardRequest(*guards, guards->policies().Default(), slots, vault);
    benchmark::DoNotOptimize(j.dump());
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
  const std::string body = json{{"choices", json::array({{{"index", 0}, {"message", {{"role", "assistant"}, {"content", answer}}},
                                                          {"finish_reason", "stop"}}})}}.dump();
  for (auto _ : state) {
    json j = json::parse(body);
    auto v = gateway::GuardResponse(*guards, guards->policies().Default(), j, vault);
    benchmark::DoNotOptimize(j.dump());
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
  for (auto _ : state) {
    gateway::StreamGuard g(*guards, guards->policies().Default(), vault);
    std::string out;
    g.Feed(sse, out);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(answer.size()));
  state.counters["events"] = static_cast<double>(answer.size() / 4);
}
BENCHMARK(BM_StreamPass);

}  // namespace

BENCHMARK_MAIN();
