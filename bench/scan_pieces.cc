// How scan speed depends on the text rather than its size: CPU time of
// Analyzer::Scan over the bench text of BYTES bytes (bench/chat_text.h) cut
// into independent pieces of PIECE bytes (at code point boundaries), best of
// REPS runs; with --each, every piece on its own (scanned 20 times a run),
// with its findings and the Vectorscan pass alone (BlockScanner::Scan with
// an empty callback).
//
//   build/bench/scan_pieces sparse 1048576 16384 5 [--each]
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "analyzer/engine.h"
#include "chat_text.h"
#include "convoguard/analyzer.h"

namespace {

double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double MiBPerSecond(size_t bytes, double seconds) { return static_cast<double>(bytes) / seconds / 1048576.0; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5 || (std::string(argv[1]) != "sparse" && std::string(argv[1]) != "dense")) {
    std::fprintf(stderr, "usage: scan_pieces sparse|dense BYTES PIECE REPS [--each]\n");
    return 2;
  }
  const auto density = std::string(argv[1]) == "sparse" ? convoguard::evaluation::Density::kSparse
                                                         : convoguard::evaluation::Density::kDense;
  const size_t bytes = std::strtoull(argv[2], nullptr, 10), piece = std::strtoull(argv[3], nullptr, 10);
  const int reps = std::atoi(argv[4]);
  const bool each = argc > 5 && std::string(argv[5]) == "--each";
  if (bytes == 0 || piece == 0 || reps <= 0) {
    std::fprintf(stderr, "scan_pieces: BYTES, PIECE and REPS must be positive\n");
    return 2;
  }
  auto analyzer = convoguard::Analyzer::Create({});
  if (!analyzer.ok()) {
    std::fprintf(stderr, "scan_pieces: %s\n", analyzer.status().ToString().c_str());
    return 1;
  }
  const std::string text = convoguard::bench::ChatText(density, bytes);
  std::vector<std::string_view> pieces;
  for (size_t i = 0; i < text.size();) {
    size_t e = std::min(text.size(), i + piece);
    while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
    pieces.push_back(std::string_view(text).substr(i, e - i));
    i = e;
  }
  auto scan = [&](std::string_view p) {
    auto r = (*analyzer)->Scan(p, {});
    if (!r.ok()) {
      std::fprintf(stderr, "scan_pieces: %s\n", r.status().ToString().c_str());
      std::exit(1);
    }
    return r->findings.size();
  };
  if (!each) {
    double best = 1e30;
    size_t findings = 0;
    for (int r = 0; r < reps; ++r) {
      const double t0 = CpuSeconds();
      findings = 0;
      for (std::string_view p : pieces) findings += scan(p);
      best = std::min(best, CpuSeconds() - t0);
    }
    std::printf("%s %zu bytes in %zu pieces: %zu findings, %.1f MiB/s\n", argv[1], text.size(), pieces.size(), findings,
                MiBPerSecond(text.size(), best));
    return 0;
  }
  const auto* engine = dynamic_cast<const convoguard::analyzer::Engine*>(analyzer->get());
  convoguard::matching::BlockScanner scanner(engine->pattern_set());
  const convoguard::matching::EndFn ignore = [](unsigned, uint64_t) {};
  for (size_t k = 0; k < pieces.size(); ++k) {
    double scan_best = 1e30, pass_best = 1e30;
    size_t findings = 0;
    for (int r = 0; r < reps; ++r) {
      double t0 = CpuSeconds();
      for (int i = 0; i < 20; ++i) findings = scan(pieces[k]);
      scan_best = std::min(scan_best, CpuSeconds() - t0);
      t0 = CpuSeconds();
      for (int i = 0; i < 20; ++i) {
        if (!scanner.Scan(pieces[k], ignore).ok()) return 1;
      }
      pass_best = std::min(pass_best, CpuSeconds() - t0);
    }
    std::printf("piece %zu: %zu findings, scan %.1f MiB/s, Vectorscan pass %.1f MiB/s\n", k, findings,
                MiBPerSecond(20 * pieces[k].size(), scan_best), MiBPerSecond(20 * pieces[k].size(), pass_best));
  }
  return 0;
}
