// Fuzzes the gateway's policy enforcement on hostile OpenAI documents,
// without the network: the request pass on a chat body, the response pass
// on an answer, and the stream guard on a server-sent-event stream fed in
// pieces. Input: byte 0 picks the piece size, then the bytes up to the first
// 0xFF are a request body, the rest an upstream stream (also tried as a
// whole answer body). Invariants (abort on violation):
//   - nothing throws; every stream the guard writes ends with "data: [DONE]"
//     and is made only of "data: " events;
//   - after the stream guard is done, feeding it more writes nothing;
//   - a whole answer guarded in place (GuardAnswer) comes out as it does
//     through its document.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "gateway/guard.h"
#include "openai/wire.h"

namespace {

using namespace convoguard;
using nlohmann::json;

std::shared_ptr<const gateway::Guards> g_guards;

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "invariant violated: %s\n", what);
  std::abort();
}

void CheckStream(const std::string& sse) {
  if (sse.size() < 14 || sse.compare(sse.size() - 14, 14, "data: [DONE]\n\n") != 0) Fail("stream does not end in [DONE]");
  openai::SseParser p;
  std::vector<openai::SseEvent> events;
  if (!p.Feed(sse, events).ok()) Fail("the guard wrote an unparsable stream");
  for (size_t i = 0; i + 1 < events.size(); ++i) {
    if (events[i].done()) Fail("[DONE] before the end");
    if (json::parse(events[i].data, nullptr, false).is_discarded()) Fail("an event the guard wrote is not JSON");
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto analyzer = Analyzer::Create({});
  if (!analyzer.ok()) Fail("analyzer");
  auto g = gateway::Guards::Create(config::DefaultConfig(), *analyzer);
  if (!g.ok()) Fail("guards");
  g_guards = *g;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const size_t step = 1 + data[0] % 64;
  std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const size_t cut = rest.find('\xff');
  const std::string request = rest.substr(0, cut);
  const std::string stream = cut == std::string::npos ? std::string() : rest.substr(cut + 1);
  const policy::Policy& p = g_guards->policies().Default();

  PseudonymVault vault("fuzz");
  gateway::LeakWatch leak;
  json body = json::parse(request, nullptr, false);
  if (!body.is_discarded()) {
    std::vector<openai::TextSlot> slots;
    if (openai::ChatRequestTexts(body, slots).ok()) {
      (void)gateway::GuardRequest(*g_guards, p, slots, vault, &leak);
      (void)body.dump(-1, ' ', false, json::error_handler_t::replace);
    }
  }
  json answer = json::parse(stream, nullptr, false);
  if (!answer.is_discarded()) {
    (void)gateway::GuardResponse(*g_guards, p, answer, vault, &leak);
    (void)answer.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  // The answer read in place and through its document: the same outcome.
  const gateway::GuardedAnswer fast = gateway::GuardAnswer(*g_guards, p, stream, vault, &leak);
  const gateway::GuardedAnswer doc = gateway::GuardAnswer(*g_guards, p, stream, vault, &leak, false);
  if (fast.malformed != doc.malformed || fast.body != doc.body || fast.upstream_text != doc.upstream_text ||
      fast.verdict.blocked != doc.verdict.blocked || fast.verdict.events.size() != doc.verdict.events.size()) {
    Fail("an answer read in place is guarded otherwise than its document");
  }
  gateway::StreamGuard guard(*g_guards, p, vault, &leak);
  std::string out;
  for (size_t i = 0; i < stream.size(); i += step) guard.Feed(std::string_view(stream).substr(i, step), out);
  guard.Finish(size % 2 ? "" : "fuzz: upstream broke", out);
  CheckStream(out);
  const size_t before = out.size();
  guard.Feed("data: {\"choices\":[]}\n\n", out);
  if (out.size() != before) Fail("the guard wrote after it was done");
  return 0;
}
