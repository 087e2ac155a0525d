// convoguard eval --gold FILE.jsonl | --synthetic N [--seed S] [filters]
//                 [--format text|json] [--show-errors N]
// Runs the analyzer over labelled examples (format: docs/evaluation.md) and
// prints per-entity precision, recall and F1, exact and overlap-based.
// Exit 0 when the evaluation ran, 2 on bad input or flags.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "convoguard/analyzer.h"
#include "evaluation/corpus.h"
#include "evaluation/gold.h"
#include "evaluation/scoring.h"

namespace convoguard::cli {
namespace {

using evaluation::EntityScore;
using evaluation::GoldExample;
using evaluation::Scorer;

struct EvalFlags {
  std::string gold;
  uint64_t synthetic = 0;
  uint64_t seed = 20240611;
  std::string format = "text";
  size_t show_errors = 0;
  FilterFlags filter;
};

nlohmann::json ScoreJson(const EntityScore& s) {
  return {{"gold", s.gold},
          {"predicted", s.predicted},
          {"exact", {{"tp", s.exact_tp}, {"fp", s.predicted - s.exact_tp}, {"fn", s.gold - s.exact_tp},
                     {"precision", s.ExactPrecision()}, {"recall", s.ExactRecall()}, {"f1", s.ExactF1()}}},
          {"overlap", {{"tp_predicted", s.overlap_pred_tp}, {"tp_gold", s.overlap_gold_tp},
                       {"precision", s.OverlapPrecision()}, {"recall", s.OverlapRecall()},
                       {"f1", s.OverlapF1()}}}};
}

void PrintJson(const Scorer& scorer, const EvalFlags& flags, const std::vector<std::string>& supported) {
  nlohmann::json entities = nlohmann::json::object();
  for (const auto& [type, s] : scorer.per_entity()) {
    entities[type] = ScoreJson(s);
    entities[type]["supported"] = std::binary_search(supported.begin(), supported.end(), type);
  }
  nlohmann::json looks = nlohmann::json::object();
  for (const auto& [kind, l] : scorer.lookalikes()) {
    looks[kind] = {{"seen", l.seen}, {"hit", l.hit}, {"hit_by", l.hit_by}};
  }
  nlohmann::json out = {{"examples", scorer.examples()},
                        {"threshold", flags.filter.threshold},
                        {"entities", entities},
                        {"total", ScoreJson(scorer.Total())},
                        {"lookalikes", looks}};
  if (flags.show_errors > 0) {
    nlohmann::json mistakes = nlohmann::json::array();
    for (const auto& m : scorer.mistakes()) {
      mistakes.push_back({{"kind", m.kind}, {"entity_type", m.entity_type}, {"value", m.value},
                          {"expected", m.expected}, {"example", m.example}});
    }
    out["mistakes"] = mistakes;
  }
  std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void PrintRow(const std::string& name, const EntityScore& s, const char* note) {
  std::printf("%-20s %6llu %6llu   %5.3f %5.3f %5.3f   %5.3f %5.3f %5.3f  %s\n", name.c_str(),
              static_cast<unsigned long long>(s.gold), static_cast<unsigned long long>(s.predicted),
              s.ExactPrecision(), s.ExactRecall(), s.ExactF1(), s.OverlapPrecision(), s.OverlapRecall(),
              s.OverlapF1(), note);
}

void PrintText(const Scorer& scorer, const EvalFlags& flags, const std::vector<std::string>& supported) {
  std::printf("%llu examples, threshold %.2f\n", static_cast<unsigned long long>(scorer.examples()),
              flags.filter.threshold);
  std::printf("exact: same type, start and end. overlap: same type, at least one shared code point.\n\n");
  std::printf("%-20s %6s %6s   %-17s   %-17s\n", "", "", "", "exact", "overlap");
  std::printf("%-20s %6s %6s   %5s %5s %5s   %5s %5s %5s\n", "entity", "gold", "found", "P", "R", "F1", "P",
              "R", "F1");
  for (const auto& [type, s] : scorer.per_entity()) {
    bool known = std::binary_search(supported.begin(), supported.end(), type);
    PrintRow(type, s, known ? "" : "(no recognizer)");
  }
  PrintRow("TOTAL (micro)", scorer.Total(), "");
  if (!scorer.lookalikes().empty()) {
    std::printf("\nlook-alikes (labelled as no entity; a hit is any finding on one)\n");
    std::printf("%-20s %6s %6s  %s\n", "kind", "seen", "hit", "reported as");
    for (const auto& [kind, l] : scorer.lookalikes()) {
      std::string by;
      for (const auto& [type, n] : l.hit_by) by += type + "×" + std::to_string(n) + " ";
      std::printf("%-20s %6llu %6llu  %s\n", kind.c_str(), static_cast<unsigned long long>(l.seen),
                  static_cast<unsigned long long>(l.hit), by.c_str());
    }
  }
  if (flags.show_errors > 0) {
    std::printf("\nfirst %zu mistakes\n", scorer.mistakes().size());
    for (const auto& m : scorer.mistakes()) {
      std::printf("  #%-6llu %-15s %-18s %s%s%s\n", static_cast<unsigned long long>(m.example), m.kind.c_str(),
                  m.entity_type.c_str(), m.value.c_str(), m.expected.empty() ? "" : "  (gold: ",
                  m.expected.empty() ? "" : (m.expected + ")").c_str());
    }
  }
}

int RunEval(const EvalFlags& flags) {
  if (flags.gold.empty() == (flags.synthetic == 0)) {
    std::cerr << "convoguard eval: give exactly one of --gold FILE or --synthetic N\n";
    return kExitError;
  }
  AnalyzerOptions opts;
  opts.entities = flags.filter.entities;
  auto analyzer = Analyzer::Create(opts);
  if (!analyzer.ok()) {
    std::cerr << "convoguard eval: " << analyzer.status().message() << "\n";
    return kExitError;
  }
  // The types any recognizer can report (one more compile only when
  // --entities narrowed the analyzer).
  std::vector<std::string> supported = (*analyzer)->SupportedEntities();
  if (!flags.filter.entities.empty()) {
    auto all = Analyzer::Create({});
    if (all.ok()) supported = (*all)->SupportedEntities();
  }
  for (const auto& e : flags.filter.exclude) {
    if (!std::binary_search(supported.begin(), supported.end(), e)) {
      std::cerr << "convoguard eval: unknown entity type in --exclude: " << e << "\n";
      return kExitError;
    }
  }
  // Score only what the filters let through, so dropped types do not count
  // as misses.
  std::vector<std::string> scored = flags.filter.entities;
  if (!flags.filter.exclude.empty()) {
    std::vector<std::string> base = scored.empty() ? supported : scored;
    scored.clear();
    for (const auto& t : base) {
      if (std::find(flags.filter.exclude.begin(), flags.filter.exclude.end(), t) == flags.filter.exclude.end()) {
        scored.push_back(t);
      }
    }
  }
  Scorer scorer(scored, flags.show_errors);
  const FindingFilter filter = flags.filter.ToFilter();
  auto score = [&](const GoldExample& ex) -> bool {
    auto r = (*analyzer)->Scan(ex.text, filter);
    if (!r.ok()) {
      std::cerr << "convoguard eval: scan failed: " << r.status().ToString() << "\n";
      return false;
    }
    scorer.Add(ex, r->findings);
    return true;
  };

  if (flags.synthetic > 0) {
    evaluation::CorpusGenerator gen(flags.seed, evaluation::Density::kMixed);
    for (uint64_t i = 0; i < flags.synthetic; ++i) {
      if (!score(gen.Next())) return kExitError;
    }
  } else {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (flags.gold != "-") {
      file.open(flags.gold, std::ios::binary);
      if (!file) {
        std::cerr << "convoguard eval: cannot open " << flags.gold << ": " << std::strerror(errno) << "\n";
        return kExitError;
      }
      in = &file;
    }
    std::string line;
    size_t lineno = 0;
    while (std::getline(*in, line)) {
      ++lineno;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto ex = evaluation::ParseGoldLine(line);
      if (!ex.ok()) {
        std::cerr << "convoguard eval: " << flags.gold << ": line " << lineno << ": " << ex.status().message()
                  << "\n";
        return kExitError;
      }
      if (!score(*ex)) return kExitError;
    }
    if (in->bad()) {
      std::cerr << "convoguard eval: read error\n";
      return kExitError;
    }
  }
  if (flags.format == "json") {
    PrintJson(scorer, flags, supported);
  } else {
    PrintText(scorer, flags, supported);
  }
  return kExitClean;
}

}  // namespace

void RegisterEval(CLI::App& app, Command& chosen) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = app.add_subcommand("eval", "Measure precision and recall against labelled examples");
  cmd->add_option("--gold", flags->gold, "Labelled JSON lines (docs/evaluation.md), or - for standard input");
  cmd->add_option("--synthetic", flags->synthetic, "Instead of --gold: N generated chat messages");
  cmd->add_option("--seed", flags->seed, "Seed for --synthetic (default 20240611)");
  cmd->add_option("--format", flags->format, "Output: text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--show-errors", flags->show_errors, "Also list the first N mistakes");
  AddFilterFlags(*cmd, flags->filter);
  cmd->callback([flags, &chosen] { chosen.run = [flags] { return RunEval(*flags); }; });
}

}  // namespace convoguard::cli
