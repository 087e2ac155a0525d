// Fuzzes Analyzer::Scan and the streaming scanner with every recognizer.
// Input: byte 0 seeds the chunk sizes of the stream, the rest is the text.
// Invariants checked (abort on violation):
//   - every finding: start <= end, byte_start <= byte_end <= size, and its
//     code point offsets agree with its byte offsets (counting each invalid
//     byte as one code point); findings sorted and non-overlapping;
//   - stream: safe_bytes never decreases, never exceeds the bytes written,
//     equals the total after Finish; no finding starts before the safe_bytes
//     of an earlier update; the stream reports the same findings as Scan.
#include <algorithm>
#include <cstdint>
#include <tuple>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/analyzer.h"
#include "evaluation/gold.h"

namespace {

using convoguard::Analyzer;
using convoguard::Finding;
using convoguard::evaluation::CodePointCount;

void Fail(const char* what, const Finding* f) {
  if (f) {
    std::fprintf(stderr, "invariant violated: %s (%s cp %llu-%llu bytes %llu-%llu)\n", what, f->entity_type.c_str(),
                 (unsigned long long)f->start, (unsigned long long)f->end, (unsigned long long)f->byte_start,
                 (unsigned long long)f->byte_end);
  } else {
    std::fprintf(stderr, "invariant violated: %s\n", what);
  }
  std::abort();
}

void CheckFinding(const Finding& f, std::string_view text) {
  if (f.start > f.end) Fail("start > end", &f);
  if (f.byte_start > f.byte_end || f.byte_end > text.size()) Fail("byte offsets out of bounds", &f);
  if (CodePointCount(text.substr(0, f.byte_start)) != f.start) Fail("start disagrees with byte_start", &f);
  if (CodePointCount(text.substr(f.byte_start, f.byte_end - f.byte_start)) != f.end - f.start) {
    Fail("length in code points disagrees with bytes", &f);
  }
  if (f.score < 0 || f.score > 1) Fail("score outside 0..1", &f);
}

const Analyzer& Shared() {
  static std::shared_ptr<const Analyzer> a = [] {
    auto r = Analyzer::Create({});
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
      std::abort();
    }
    return *r;
  }();
  return *a;
}

}  // namespace

// Compiles the database once, before the first input is timed.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  Shared();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  uint32_t seed = data[0];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const Analyzer& analyzer = Shared();

  auto whole = analyzer.Scan(text, {});
  if (!whole.ok()) Fail("Scan failed", nullptr);
  uint64_t prev_end = 0;
  for (const Finding& f : whole->findings) {
    CheckFinding(f, text);
    // By contract (ScanResult), INVISIBLE_TEXT findings may lie inside a
    // value's finding (regression input
    // fuzz/corpus/scan/regression_invisible_inside_email, test
    // Cli.InvisibleInsideValueIsReportedInsideIt); value findings are
    // sorted and disjoint.
    if (f.entity_type == "INVISIBLE_TEXT") continue;
    if (f.byte_start < prev_end) Fail("findings overlap or are unsorted", &f);
    prev_end = f.byte_end;
  }

  auto stream = analyzer.NewStream({});
  std::vector<Finding> streamed;
  uint64_t safe = 0, written = 0;
  auto take = [&](const convoguard::StreamUpdate& u) {
    for (const Finding& f : u.findings) {
      CheckFinding(f, text);
      if (f.byte_start < safe) Fail("finding reaches into bytes already released", &f);
      streamed.push_back(f);
    }
    if (u.safe_bytes < safe) Fail("safe_bytes decreased", nullptr);
    if (u.safe_bytes > written) Fail("safe_bytes beyond the bytes written", nullptr);
    safe = u.safe_bytes;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    seed = seed * 1103515245u + 12345u;
    size_t n = 1 + (seed >> 16) % 97;  // 1..97 bytes, around SSE chunk sizes
    n = std::min(n, text.size() - pos);
    written += n;
    auto u = stream->Write(text.substr(pos, n));
    if (!u.ok()) Fail("Write failed", nullptr);
    take(*u);
    pos += n;
  }
  auto last = stream->Finish();
  if (!last.ok()) Fail("Finish failed", nullptr);
  take(*last);
  if (safe != text.size()) Fail("safe_bytes after Finish is not the total", nullptr);
  if (stream->invalid_utf8_bytes() != whole->invalid_utf8_bytes) Fail("invalid byte counts differ", nullptr);
  if (streamed.size() != whole->findings.size()) Fail("stream and Scan report different numbers of findings", nullptr);
  std::vector<Finding> scanned = whole->findings;
  auto order = [](const Finding& x, const Finding& y) {
    return std::tie(x.byte_start, x.byte_end, x.entity_type) < std::tie(y.byte_start, y.byte_end, y.entity_type);
  };
  std::sort(streamed.begin(), streamed.end(), order);
  std::sort(scanned.begin(), scanned.end(), order);
  for (size_t i = 0; i < streamed.size(); ++i) {
    const Finding &a = streamed[i], &b = scanned[i];
    if (a.entity_type != b.entity_type || a.byte_start != b.byte_start || a.byte_end != b.byte_end) {
      Fail("stream and Scan findings differ", &a);
    }
  }
  return 0;
}
