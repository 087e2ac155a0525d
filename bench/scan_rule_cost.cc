// Where the Vectorscan pass spends its time, rule by rule (a development
// tool for the work recorded in BENCHMARKS.md "Where the time goes now").
//
//   build/bench/scan_rule_cost list                 # rule, where it runs, Vectorscan expression
//   build/bench/scan_rule_cost single [sparse|dense] [BYTES]
//   build/bench/scan_rule_cost without [sparse|dense] [BYTES] [RULE_ID...]
//   build/bench/scan_rule_cost expr [sparse|dense] [BYTES] [i:]REGEX...
//   build/bench/scan_rule_cost drop [sparse|dense] [BYTES] ID,ID,... ...
//
// single: each rule alone in a database; without: the whole catalog less one
// rule (every rule, or the ids given); drop: the catalog less each group of
// rules given; expr: each expression alone (i: for
// caseless), to try a prefilter. Prints thread CPU time per MB of the
// scan (the median of several scans: indicative only on a shared machine;
// use callgrind for figures) and the number of match ends the rule reports
// in the text. Rule openers are left out. Each rule goes in as the engine
// puts it (prefilter, cue finder, lead), so `all` is the engine's pass.
//
// Instructions instead of time: run it under callgrind, which it detects;
// each measurement is then one scan after a warm-up scan, dumped on its own
// with the rule's name:
//   valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file=cg.out
//     build/bench/scan_rule_cost without sparse 1048576
//   then the "desc: Trigger: Client Request: NAME" and "totals:" lines of
//   the cg.out.N files (compile outside valgrind first: databases are cached).

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "chat_text.h"
#include "measure.h"
#include "matching/pattern_set.h"
#include "recognizers/catalog.h"

namespace {

using convoguard::bench::ThreadSeconds;

using convoguard::matching::BlockScanner;
using convoguard::matching::Pattern;
using convoguard::matching::PatternSet;

struct Cost {
  double ms_per_mb = 0;
  std::vector<size_t> ends;  // per pattern
};

Cost Measure(const std::vector<Pattern>& pats, const std::string& text, const std::string& name) {
  auto set = PatternSet::Compile(pats, convoguard::recognizers::kMaxRuleWidth);
  if (!set.ok()) {
    std::fprintf(stderr, "compile: %s\n", set.status().ToString().c_str());
    std::exit(1);
  }
  BlockScanner scanner(*set);
  Cost c;
  c.ends.assign(pats.size(), 0);
  std::vector<double> times;
  const bool callgrind = RUNNING_ON_VALGRIND != 0;
  if (callgrind) (void)scanner.Scan(text, [](unsigned, uint64_t) {});  // warm-up: scratch, caches
  for (int rep = 0; rep < (callgrind ? 1 : 5); ++rep) {
    std::vector<size_t> ends(pats.size(), 0);
    double t0 = ThreadSeconds();
    if (callgrind) CALLGRIND_TOGGLE_COLLECT;
    auto st = scanner.Scan(text, [&](unsigned id, uint64_t) { ++ends[id]; });
    if (callgrind) {
      CALLGRIND_TOGGLE_COLLECT;
      CALLGRIND_DUMP_STATS_AT(name.c_str());
    }
    times.push_back(ThreadSeconds() - t0);
    if (!st.ok()) std::exit(1);
    c.ends = ends;
  }
  std::sort(times.begin(), times.end());
  c.ms_per_mb = times[times.size() / 2] * 1e3 / (static_cast<double>(text.size()) / (1 << 20));
  return c;
}

Pattern PatternOf(const convoguard::recognizers::Rule& r) {
  return {r.regex, r.flags, r.prefilter, r.cue_finder, r.cue_group, r.lead};
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "list";
  const auto rules = convoguard::recognizers::AllRules();
  if (mode == "list") {
    // Where each rule's pass runs: the main database, the digit gate's, or a
    // cue finder (alone or in a group).
    std::vector<Pattern> pats;
    for (const auto& r : rules) pats.push_back(PatternOf(r));
    auto set = PatternSet::Compile(pats, convoguard::recognizers::kMaxRuleWidth);
    if (!set.ok()) {
      std::fprintf(stderr, "compile: %s\n", set.status().ToString().c_str());
      return 1;
    }
    for (size_t i = 0; i < rules.size(); ++i) {
      const auto& r = rules[i];
      const char* where = r.cue_finder ? "cue" : r.cue_group.group ? "group" : (*set)->Gated(static_cast<unsigned>(i)) ? "gated" : "main";
      std::printf("%3zu %-28s %-5s %s\n", i, r.id.c_str(), where, (r.prefilter.empty() ? r.regex : r.prefilter).c_str());
    }
    return 0;
  }
  const bool dense = argc > 2 && std::string(argv[2]) == "dense";
  const size_t bytes = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : size_t{1} << 20;
  const std::string text = convoguard::bench::ChatText(
      dense ? convoguard::evaluation::Density::kDense : convoguard::evaluation::Density::kSparse, bytes);
  std::vector<Pattern> all;
  for (const auto& r : rules) all.push_back(PatternOf(r));
  if (mode == "expr") {
    for (int i = 4; i < argc; ++i) {
      std::string e = argv[i];
      unsigned flags = 0;
      if (e.rfind("i:", 0) == 0) {
        flags = convoguard::matching::kCaseless;
        e = e.substr(2);
      }
      Cost c = Measure({Pattern{e, flags, {}}}, text, argv[i]);
      std::printf("%7.3f ms/MB  %7zu ends  %s\n", c.ms_per_mb, c.ends[0], argv[i]);
    }
    return 0;
  }
  const Cost whole = Measure(all, text, "all");
  std::printf("all %zu rules: %.2f ms/MB\n", rules.size(), whole.ms_per_mb);
  if (mode == "single") {
    for (size_t i = 0; i < rules.size(); ++i) {
      if (all[i].cue_finder || all[i].cue_group.group) continue;  // not in the database
      Cost c = Measure({all[i]}, text, rules[i].id);
      std::printf("%3zu %-28s %7.3f ms/MB  %7zu ends\n", i, rules[i].id.c_str(), c.ms_per_mb, whole.ends[i]);
    }
    return 0;
  }
  if (mode == "without") {
    std::vector<std::string> only(argv + std::min(argc, 4), argv + argc);
    for (size_t i = 0; i < rules.size(); ++i) {
      if (!only.empty() && std::find(only.begin(), only.end(), rules[i].id) == only.end()) continue;
      std::vector<Pattern> rest;
      for (size_t j = 0; j < rules.size(); ++j) {
        if (j != i) rest.push_back(all[j]);
      }
      Cost c = Measure(rest, text, "without " + rules[i].id);
      std::printf("%3zu %-28s saves %7.3f ms/MB  %7zu ends\n", i, rules[i].id.c_str(),
                  whole.ms_per_mb - c.ms_per_mb, whole.ends[i]);
    }
    return 0;
  }
  if (mode == "drop") {  // each argument: a comma-separated group of rule ids left out together
    for (int a = 4; a < argc; ++a) {
      const std::string group = std::string(",") + argv[a] + ",";
      std::vector<Pattern> rest;
      for (size_t j = 0; j < rules.size(); ++j) {
        if (group.find("," + rules[j].id + ",") == std::string::npos) rest.push_back(all[j]);
      }
      Cost c = Measure(rest, text, std::string("drop ") + argv[a]);
      std::printf("drop %-60s saves %7.3f ms/MB (%zu rules left)\n", argv[a], whole.ms_per_mb - c.ms_per_mb,
                  rest.size());
    }
    return 0;
  }
  std::fprintf(stderr, "usage: scan_rule_cost list | single|without [sparse|dense] [BYTES] [RULE_ID...] |"
                       " drop [sparse|dense] [BYTES] ID,ID,...\n");
  return 2;
}
