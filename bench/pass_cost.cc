// What the main Vectorscan database's pass costs, less groups of rules (a
// development tool for BENCHMARKS.md; faster than scan_rule_cost under
// callgrind: it builds no PCRE2 code, only the database, and caches it).
//
//   build/bench/pass_cost [sparse|dense] [BYTES] [--gate] [ID,ID,...]...
//
// Each argument after BYTES names rules to leave out ("-" for none); each
// set is the catalog's main database (rules without a cue finder, outside
// the digit gate), or with --gate the digit gate's database scanned over
// the text's digit windows, less those rules, compiled as PatternSet
// compiles it (the pattern's prefilter where there is one, the same flags,
// the AVX2 runtime on AVX-512 machines) and kept in $TMPDIR/pass_cost/, so
// run it natively first and then under
//   valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file=pc.out
//     build/bench/pass_cost ...
// which dumps each set's one scan (after a warm-up scan) on its own, named
// by its argument ("desc: Trigger: Client Request: ARG", then "totals:").
// Natively it prints the median thread CPU time of five scans per MB.
#include <dlfcn.h>

#include <hs/hs.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "chat_text.h"
#include "measure.h"
#include "matching/digit_gate.h"
#include "matching/pattern_set.h"
#include "recognizers/catalog.h"

namespace {

using convoguard::bench::ThreadSeconds;

using ScanFn = hs_error_t (*)(const hs_database_t*, const char*, unsigned, unsigned, hs_scratch_t*,
                              match_event_handler, void*);

unsigned HsFlags(unsigned f) {
  unsigned h = HS_FLAG_UTF8;
  if (f & convoguard::matching::kCaseless) h |= HS_FLAG_CASELESS;
  if (f & convoguard::matching::kDotAll) h |= HS_FLAG_DOTALL;
  if (f & convoguard::matching::kMultiline) h |= HS_FLAG_MULTILINE;
  return h;
}

// Whether PatternSet puts this expression into the digit gate's database.
bool Gated(const std::string& expr, unsigned flags) {
  if (!convoguard::matching::EveryMatchHasDigit(expr)) return false;
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_expression_info(expr.c_str(), HsFlags(flags), &info, &err) != HS_SUCCESS) {
    hs_free_compile_error(err);
    return false;
  }
  const bool gated = info->max_width <= convoguard::matching::kMaxGateReach;
  std::free(info);
  return gated;
}

}  // namespace

int main(int argc, char** argv) {
  const bool dense = argc > 1 && std::string(argv[1]) == "dense";
  const size_t bytes = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : size_t{1} << 20;
  const std::string text = convoguard::bench::ChatText(
      dense ? convoguard::evaluation::Density::kDense : convoguard::evaluation::Density::kSparse, bytes);
  const auto rules = convoguard::recognizers::AllRules();
  // The runtime and platform PatternSet picks on AVX-512 machines.
  ScanFn scan = hs_scan;
  hs_platform_info_t platform;
  bool pin = false;
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx2")) {
    if (void* f = dlsym(RTLD_DEFAULT, "avx2_hs_scan")) {
      scan = reinterpret_cast<ScanFn>(f);
      pin = hs_populate_platform(&platform) == HS_SUCCESS;
      platform.cpu_features = HS_CPU_FEATURES_AVX2;
      platform.tune = HS_TUNE_FAMILY_GENERIC;
    }
  }
  const char* tmp = std::getenv("TMPDIR");
  const std::filesystem::path cache_dir = std::filesystem::path(tmp != nullptr ? tmp : "/tmp") / "pass_cost";
  std::filesystem::create_directories(cache_dir);
  std::vector<std::string> sets;
  int first = 3;
  const bool gate = argc > 3 && std::string(argv[3]) == "--gate";
  if (gate) ++first;
  for (int i = first; i < argc; ++i) sets.push_back(argv[i]);
  std::vector<std::pair<size_t, size_t>> windows;
  if (sets.empty()) sets.push_back("-");
  const bool callgrind = RUNNING_ON_VALGRIND != 0;
  for (const std::string& arg : sets) {
    std::set<std::string> drop;
    std::stringstream ss(arg);
    for (std::string id; std::getline(ss, id, ',');) drop.insert(id);
    std::vector<std::string> exprs;
    std::vector<unsigned> flags, ids;
    for (size_t i = 0; i < rules.size(); ++i) {
      const auto& r = rules[i];
      if (drop.count(r.id) != 0 || r.cue_finder || r.cue_group.group) continue;
      const std::string& e = r.prefilter.empty() ? r.regex : r.prefilter;
      if (Gated(e, r.flags) != gate) continue;
      exprs.push_back(e);
      flags.push_back(HsFlags(r.flags));
      ids.push_back(static_cast<unsigned>(i));
    }
    uint32_t reach = 0;
    if (gate) {
      for (size_t i = 0; i < exprs.size(); ++i) {
        hs_expr_info_t* info = nullptr;
        hs_compile_error_t* err = nullptr;
        if (hs_expression_info(exprs[i].c_str(), flags[i], &info, &err) != HS_SUCCESS) return 1;
        reach = std::max(reach, info->max_width);
        std::free(info);
      }
      convoguard::matching::DigitWindows(text, reach, windows);
    }
    std::string key = gate ? "gate\n" : "";
    for (size_t i = 0; i < exprs.size(); ++i) key += std::to_string(ids[i]) + ":" + std::to_string(flags[i]) + ":" + exprs[i] + "\n";
    const std::filesystem::path file = cache_dir / (std::to_string(std::hash<std::string>{}(key)) + ".db");
    hs_database_t* db = nullptr;
    if (std::ifstream in(file, std::ios::binary); in) {
      std::string blob((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (hs_deserialize_database(blob.data(), blob.size(), &db) != HS_SUCCESS) db = nullptr;
    }
    if (db == nullptr) {
      std::vector<const char*> cs;
      for (const auto& e : exprs) cs.push_back(e.c_str());
      hs_compile_error_t* err = nullptr;
      if (hs_compile_multi(cs.data(), flags.data(), ids.data(), static_cast<unsigned>(cs.size()), HS_MODE_BLOCK,
                           pin ? &platform : nullptr, &db, &err) != HS_SUCCESS) {
        std::fprintf(stderr, "pass_cost: compile failed: %s\n", err != nullptr ? err->message : "?");
        return 1;
      }
      char* blob = nullptr;
      size_t size = 0;
      if (hs_serialize_database(db, &blob, &size) == HS_SUCCESS) {
        std::ofstream(file, std::ios::binary).write(blob, static_cast<std::streamsize>(size));
        std::free(blob);
      }
    }
    hs_scratch_t* scratch = nullptr;
    if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) return 1;
    size_t ends = 0;
    auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
      ++*static_cast<size_t*>(ctx);
      return 0;
    };
    auto scan_all = [&] {
      if (!gate) {
        (void)scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &ends);
        return;
      }
      for (const auto& [lo, hi] : windows) {
        (void)scan(db, text.data() + lo, static_cast<unsigned>(hi - lo), 0, scratch, on_match, &ends);
      }
    };
    scan_all();  // warm-up
    std::vector<double> times;
    for (int rep = 0; rep < (callgrind ? 1 : 5); ++rep) {
      ends = 0;
      const double t0 = ThreadSeconds();
      if (callgrind) CALLGRIND_TOGGLE_COLLECT;
      scan_all();
      if (callgrind) {
        CALLGRIND_TOGGLE_COLLECT;
        CALLGRIND_DUMP_STATS_AT(arg.c_str());
      }
      times.push_back(ThreadSeconds() - t0);
    }
    std::sort(times.begin(), times.end());
    std::printf("%8.3f ms/MB %8zu ends %4zu exprs  %s\n",
                times[times.size() / 2] * 1e3 / (static_cast<double>(text.size()) / (1 << 20)), ends, exprs.size(),
                arg.c_str());
    hs_free_scratch(scratch);
    hs_free_database(db);
  }
  return 0;
}
