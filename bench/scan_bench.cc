// Scan throughput on generated chat text, every recognizer loaded.
//
//   build/bench/scan_bench                      # all
//   build/bench/scan_bench --benchmark_filter=Sparse
//
// "Sparse" text is ordinary chat where about one message in 25 carries a
// value; "Dense" text carries 3-6 values per message. Bytes/s is reported by
// SetBytesProcessed; "findings" is the number of findings per scan.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "convoguard/analyzer.h"
#include "chat_text.h"
#include "evaluation/corpus.h"

namespace {

using convoguard::Analyzer;
using convoguard::evaluation::Density;

const Analyzer& SharedAnalyzer() {
  static std::shared_ptr<const Analyzer> analyzer = [] {
    auto a = Analyzer::Create({});
    if (!a.ok()) {
      std::cerr << "scan_bench: " << a.status().ToString() << "\n";
      std::abort();
    }
    return *a;
  }();
  return *analyzer;
}

using convoguard::bench::ChatText;

void BM_Scan(benchmark::State& state, Density density) {
  const Analyzer& analyzer = SharedAnalyzer();
  const std::string text = ChatText(density, static_cast<size_t>(state.range(0)));
  size_t findings = 0;
  for (auto _ : state) {
    auto r = analyzer.Scan(text, {});
    if (!r.ok()) state.SkipWithError(r.status().ToString().c_str());
    findings = r->findings.size();
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["findings"] = static_cast<double>(findings);
}

// Server-sent events: the text arrives in `chunk`-byte pieces.
void BM_Stream(benchmark::State& state, Density density) {
  const Analyzer& analyzer = SharedAnalyzer();
  const std::string text = ChatText(density, static_cast<size_t>(state.range(0)));
  const size_t chunk = static_cast<size_t>(state.range(1));
  size_t findings = 0;
  for (auto _ : state) {
    auto stream = analyzer.NewStream({});
    findings = 0;
    for (size_t i = 0; i < text.size(); i += chunk) {
      auto u = stream->Write(std::string_view(text).substr(i, chunk));
      if (!u.ok()) state.SkipWithError(u.status().ToString().c_str());
      findings += u->findings.size();
    }
    auto u = stream->Finish();
    findings += u->findings.size();
    benchmark::DoNotOptimize(u);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["findings"] = static_cast<double>(findings);
}

BENCHMARK_CAPTURE(BM_Scan, Sparse, Density::kSparse)->Arg(1 << 10)->Arg(16 << 10)->Arg(1 << 20);
BENCHMARK_CAPTURE(BM_Scan, Dense, Density::kDense)->Arg(1 << 10)->Arg(16 << 10)->Arg(1 << 20);
BENCHMARK_CAPTURE(BM_Stream, Sparse, Density::kSparse)->Args({16 << 10, 64})->Args({1 << 20, 64})->Args({1 << 20, 65536});
BENCHMARK_CAPTURE(BM_Stream, Dense, Density::kDense)->Args({16 << 10, 64})->Args({1 << 20, 64});

}  // namespace

BENCHMARK_MAIN();
