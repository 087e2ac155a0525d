// A driver for instruction-count profiling of Analyzer::Scan, where Google
// Benchmark's timing loop gets in the way:
//
//   valgrind --tool=callgrind --toggle-collect='*ProfiledScans*'
//            build/bench/scan_profile sparse 1048576 1   (one command line)
//
// Arguments: sparse|dense, input bytes, number of scans. One scan runs
// before the profiled ones, so one-time set-up (libphonenumber's metadata,
// the name gazetteer, the scratch pool) is not counted. Prints the findings
// per scan.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "chat_text.h"
#include "convoguard/analyzer.h"

namespace {

// noinline so that callgrind's --toggle-collect can name it.
[[gnu::noinline]] size_t ProfiledScans(const convoguard::Analyzer& analyzer, const std::string& text, int n) {
  size_t findings = 0;
  for (int i = 0; i < n; ++i) {
    auto r = analyzer.Scan(text, {});
    if (!r.ok()) {
      std::fprintf(stderr, "scan_profile: %s\n", r.status().ToString().c_str());
      std::exit(1);
    }
    findings = r->findings.size();
  }
  return findings;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: scan_profile sparse|dense BYTES SCANS\n");
    return 2;
  }
  const std::string kind = argv[1];
  if (kind != "sparse" && kind != "dense") {
    std::fprintf(stderr, "scan_profile: density must be sparse or dense\n");
    return 2;
  }
  const auto density = kind == "sparse" ? convoguard::evaluation::Density::kSparse
                                        : convoguard::evaluation::Density::kDense;
  const size_t bytes = std::strtoull(argv[2], nullptr, 10);
  const int scans = std::atoi(argv[3]);
  if (bytes == 0 || scans <= 0) {
    std::fprintf(stderr, "scan_profile: BYTES and SCANS must be positive\n");
    return 2;
  }
  auto analyzer = convoguard::Analyzer::Create({});
  if (!analyzer.ok()) {
    std::fprintf(stderr, "scan_profile: %s\n", analyzer.status().ToString().c_str());
    return 1;
  }
  const std::string text = convoguard::bench::ChatText(density, bytes);
  if (!(*analyzer)->Scan(text, {}).ok()) return 1;  // warm-up, not profiled
  std::printf("findings=%zu\n", ProfiledScans(**analyzer, text, scans));
  return 0;
}
