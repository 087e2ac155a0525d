// How much a stream holds back: streams a text through the Analyzer in
// fixed-size chunks (as SSE events arrive) and prints after how many bytes
// the first byte was released and how far the released prefix trailed what
// was written (max and mean over the chunks). Deterministic (no timing).
//   usage: stream_holdback [--chunk N] [--steps] [FILE...]
// --steps also prints every write's released length and findings (written
// bytes, safe_bytes, then type:start-end each), for comparing two builds
// step by step with diff.
// Without FILE: the gateway bench's long answer (bench/gateway/ttft.py
// "long": a sentence repeated 68 times, ~5 KB).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "convoguard/analyzer.h"

namespace {

int Report(const convoguard::Analyzer& a, const std::string& name, const std::string& text, size_t chunk,
           bool steps) {
  auto s = a.NewStream({});
  uint64_t first = 0, max_lag = 0, sum_lag = 0, writes = 0;
  size_t first_write = 0;
  for (size_t i = 0; i < text.size(); i += chunk) {
    auto u = s->Write(std::string_view(text).substr(i, chunk));
    if (!u.ok()) {
      std::fprintf(stderr, "stream_holdback: %s: %s\n", name.c_str(), u.status().ToString().c_str());
      return 1;
    }
    const uint64_t written = std::min(text.size(), i + chunk);
    if (steps) {
      std::printf("%llu %llu", static_cast<unsigned long long>(written), static_cast<unsigned long long>(u->safe_bytes));
      for (const auto& f : u->findings) {
        std::printf(" %s:%llu-%llu", f.entity_type.c_str(), static_cast<unsigned long long>(f.byte_start),
                    static_cast<unsigned long long>(f.byte_end));
      }
      std::printf("\n");
    }
    ++writes;
    if (first == 0 && u->safe_bytes > 0) {
      first = written;
      first_write = writes;
    }
    max_lag = std::max(max_lag, written - u->safe_bytes);
    sum_lag += written - u->safe_bytes;
  }
  std::printf("%s: %zu bytes in %zu-byte chunks: first byte released after %llu bytes (write %zu); "
              "held back max %llu, mean %.1f bytes\n",
              name.c_str(), text.size(), chunk, static_cast<unsigned long long>(first), first_write,
              static_cast<unsigned long long>(max_lag), writes ? static_cast<double>(sum_lag) / writes : 0.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  size_t chunk = 10;
  bool steps = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--chunk" && i + 1 < argc) {
      chunk = static_cast<size_t>(std::max(1, std::atoi(argv[++i])));
    } else if (arg == "--steps") {
      steps = true;
    } else {
      files.push_back(arg);
    }
  }
  auto a = convoguard::Analyzer::Create({});
  if (!a.ok()) {
    std::fprintf(stderr, "stream_holdback: %s\n", a.status().ToString().c_str());
    return 2;
  }
  if (files.empty()) {
    const std::string sentence = "Please summarise the onboarding changes for our customers in a few lines.";
    std::string text;
    for (int i = 0; i < 68; ++i) text += (i > 0 ? " " : "") + sentence;
    return Report(**a, "bench answer", text, chunk, steps);
  }
  int rc = 0;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "stream_holdback: cannot read %s\n", f.c_str());
      rc = 2;
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    rc = std::max(rc, Report(**a, f, ss.str(), chunk, steps));
  }
  return rc;
}
