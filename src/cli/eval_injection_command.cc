// convoguard eval-injection --test FILE.jsonl [--test FILE2.jsonl ...] [--benign FILE.txt ...] [--attacks FILE.tsv]
//                           [--model M] [--misses N] [--no-task]
//
// Scores the held-out split written by scripts/train-injection (lines
// {"text", "label": injection|jailbreak|harmful|benign, "source", optional
// "kind": "document" and "task": the user's request the document was
// fetched for}) and a benign set (one prompt per line, '#' comments), and
// prints per detector and
// per source: precision, recall and F1 at the threshold, ROC AUC, recall at
// 1% false positives, and the false-positive rate on each benign source.
// Negatives of every detector are all benign texts (test split + benign set).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "convoguard/injection.h"

namespace convoguard::cli {
namespace {

struct Row {
  std::string text, label, source;
  bool document = false;
  std::string task;  // the user's request, for documents
  InjectionScores scores;
};

struct Flags {
  std::vector<std::string> test;
  std::vector<std::string> benign;  // repeatable; each file is its own benign source
  std::string attacks, model;
  double threshold = 0.5;
  int misses = 0;
  bool no_task = false;
  std::string dump;  // every row's scores and spans, for comparing two builds
};

double Auc(std::vector<double> pos, std::vector<double> neg) {
  if (pos.empty() || neg.empty()) return 0;
  std::sort(neg.begin(), neg.end());
  double sum = 0;
  for (double p : pos) {
    auto lo = std::lower_bound(neg.begin(), neg.end(), p);
    auto hi = std::upper_bound(neg.begin(), neg.end(), p);
    sum += static_cast<double>(lo - neg.begin()) + 0.5 * static_cast<double>(hi - lo);
  }
  return sum / (static_cast<double>(pos.size()) * static_cast<double>(neg.size()));
}

// Smallest threshold with at most 1% of negatives at or above it.
double ThresholdAt1Pct(std::vector<double> neg) {
  if (neg.empty()) return 0.5;
  std::sort(neg.begin(), neg.end());
  size_t allowed = neg.size() / 100;  // negatives allowed above
  double t = neg[neg.size() - 1 - allowed];
  return std::nextafter(t, 2.0);
}

// Calls fn(line) for each non-empty, non-comment line of path; false when
// the file cannot be opened or fn rejects a line.
template <typename Fn>
bool ForEachLine(const std::string& path, Fn fn) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "convoguard eval-injection: cannot open " << path << "\n";
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!fn(line)) return false;
  }
  return true;
}

double Frac(size_t a, size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0; }

int Run(const Flags& f) {
  auto guard = f.model.empty() ? InjectionGuard::Create({.threshold = f.threshold})
                               : InjectionGuard::CreateFromFile(f.model, {.threshold = f.threshold});
  if (!guard.ok()) {
    std::cerr << "convoguard eval-injection: " << guard.status().ToString() << "\n";
    return kExitError;
  }
  std::vector<Row> rows;
  for (const auto& path : f.test) {
    bool ok = ForEachLine(path, [&](const std::string& l) {
      auto j = nlohmann::json::parse(l, nullptr, false);
      if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
        std::cerr << "convoguard eval-injection: bad line in " << path << "\n";
        return false;
      }
      Row r{j.value("text", ""), j.value("label", "benign"), j.value("source", "?"), false, j.value("task", ""), {}};
      // Planted (indirect) injections and their host documents are documents.
      r.document = j.value("kind", "") == "document" || r.source.rfind("bipia", 0) == 0;
      rows.push_back(std::move(r));
      return true;
    });
    if (!ok) return kExitError;
  }
  for (const auto& file : f.benign) {
    // The first file is the hand-written benign set of earlier rounds; later
    // ones are named by their file ("benign-eval (benign_foreign_eval.txt)").
    const std::string source = &file == &f.benign.front()
                                   ? std::string("benign-eval (hand-written)")
                                   : "benign-eval (" + file.substr(file.find_last_of('/') + 1) + ")";
    if (!ForEachLine(file, [&](const std::string& l) {
          rows.push_back({l, "benign", source, false, "", {}});
          return true;
        })) {
      return kExitError;
    }
  }
  if (!f.attacks.empty() && !ForEachLine(f.attacks, [&](const std::string& l) {
        size_t tab = l.find('\t');
        if (tab == std::string::npos) {
          std::cerr << "convoguard eval-injection: " << f.attacks << ": expected label<TAB>text\n";
          return false;
        }
        rows.push_back({l.substr(tab + 1), l.substr(0, tab), "attack-eval (hand-written)", false, "", {}});
        return true;
      })) {
    return kExitError;
  }
  for (auto& r : rows) {
    auto s = (*guard)->Score(r.text, r.document ? ContentKind::kDocument : ContentKind::kPrompt,
                             f.no_task ? std::string_view() : std::string_view(r.task));
    if (!s.ok()) {
      std::cerr << "convoguard eval-injection: " << s.status().ToString() << "\n";
      return kExitError;
    }
    r.scores = std::move(*s);
  }
  if (!f.dump.empty()) {
    std::ofstream out(f.dump, std::ios::trunc);
    for (const auto& r : rows) {
      // %.17g: two builds agree on a row only if their scores are bit-identical.
      char buf[96];
      std::snprintf(buf, sizeof buf, "%.17g %.17g %.17g", r.scores.prompt_injection, r.scores.jailbreak,
                    r.scores.harmful_request);
      out << buf << " " << HarmCategoryName(r.scores.harm_category);
      for (const auto& e : r.scores.encodings) out << " " << e;
      for (const auto& sp : r.scores.spans) {
        std::snprintf(buf, sizeof buf, "%.17g", sp.score);
        out << " [" << InjectionDetectorName(sp.detector) << " " << sp.heuristic << " " << sp.begin << "-" << sp.end
            << " " << buf << "]";
      }
      out << "\n";
    }
    if (!out) {
      std::cerr << "convoguard eval-injection: cannot write " << f.dump << "\n";
      return kExitError;
    }
  }
  const std::pair<const char*, InjectionDetector> dets[] = {{"injection", InjectionDetector::kPromptInjection},
                                                            {"jailbreak", InjectionDetector::kJailbreak},
                                                            {"harmful", InjectionDetector::kHarmfulRequest}};
  std::printf("threshold %.2f; negatives of every detector: all benign rows (held-out split + benign set)\n\n",
              f.threshold);
  for (const auto& [label, det] : dets) {
    std::vector<double> pos, neg;
    std::array<std::vector<double>, 2> pos_kind, neg_kind;  // [0] prompts, [1] documents
    std::map<std::string, std::vector<double>> by_source, benign_by_source;
    for (const auto& r : rows) {
      double v = r.scores.score(det);
      if (r.label == label) {
        pos.push_back(v);
        pos_kind[r.document].push_back(v);
        by_source[r.source].push_back(v);
      } else if (r.label == "benign") {
        neg.push_back(v);
        neg_kind[r.document].push_back(v);
        benign_by_source[r.source].push_back(v);
      }
    }
    double t1 = ThresholdAt1Pct(neg);
    auto count = [](const std::vector<double>& v, double t) {
      return static_cast<size_t>(std::count_if(v.begin(), v.end(), [&](double x) { return x >= t; }));
    };
    size_t tp = count(pos, f.threshold), fp = count(neg, f.threshold);
    double p = Frac(tp, tp + fp), rc = Frac(tp, pos.size());
    std::printf("== %s (%s): %zu positives, %zu benign\n", InjectionDetectorName(det), label, pos.size(), neg.size());
    std::printf("   at threshold: precision %.3f  recall %.3f  F1 %.3f  FPR %.4f | ROC AUC %.4f | recall@1%%FPR %.3f "
                "(score >= %.3f)\n",
                p, rc, p + rc > 0 ? 2 * p * rc / (p + rc) : 0, Frac(fp, neg.size()), Auc(pos, neg),
                Frac(count(pos, t1), pos.size()), t1);
    // Prompts and documents have thresholds of their own (docs/formats/injection-model.md),
    // so each kind is also measured against benign texts of its kind.
    for (int d = 0; d < 2; ++d) {
      const auto& pk = pos_kind[d];
      const auto& nk = neg_kind[d];
      if (pk.empty() && nk.empty()) continue;
      double tk = nk.empty() ? 1.0 : ThresholdAt1Pct(nk);
      std::printf("   %-9s recall %.3f (%zu)  FPR %.4f (%zu benign) | recall@1%%FPR of its kind %.3f (score >= %.3f)\n",
                  d ? "documents" : "prompts", Frac(count(pk, f.threshold), pk.size()), pk.size(),
                  Frac(count(nk, f.threshold), nk.size()), nk.size(), Frac(count(pk, tk), pk.size()), tk);
    }
    // Documents per collection (BIPIA's planted rows and hosts together):
    // recall and FPR at the threshold, and recall at the score that 1% of all
    // benign documents reach (a per-source 1% would rest on a handful of rows).
    if (det == InjectionDetector::kPromptInjection && !neg_kind[1].empty()) {
      const double tk = ThresholdAt1Pct(neg_kind[1]);
      std::map<std::string, std::array<std::vector<double>, 2>> docs;  // [0] planted, [1] benign
      for (const auto& r : rows) {
        if (!r.document || (r.label != label && r.label != "benign")) continue;
        docs[r.source.rfind("bipia", 0) == 0 ? "bipia" : r.source][r.label == "benign"].push_back(r.scores.score(det));
      }
      std::printf("   %-34s %8s %8s %8s %8s %12s\n", "documents by collection", "planted", "recall", "benign", "FPR",
                  "recall@1%FPR");
      for (const auto& [src, v] : docs) {
        std::printf("   %-34s %8zu %8.3f %8zu %8.4f %12.3f\n", src.c_str(), v[0].size(),
                    Frac(count(v[0], f.threshold), v[0].size()), v[1].size(), Frac(count(v[1], f.threshold), v[1].size()),
                    Frac(count(v[0], tk), v[0].size()));
      }
    }
    std::printf("   %-34s %6s %8s %8s %12s\n", "source", "n", "recall", "AUC", "recall@1%FPR");
    for (const auto& [src, v] : by_source) {
      std::printf("   %-34s %6zu %8.3f %8.4f %12.3f\n", src.c_str(), v.size(), Frac(count(v, f.threshold), v.size()),
                  Auc(v, neg), Frac(count(v, t1), v.size()));
    }
    std::printf("   %-34s %6s %8s\n", "benign source", "n", "FPR");
    for (const auto& [src, v] : benign_by_source) {
      std::printf("   %-34s %6zu %8.4f\n", src.c_str(), v.size(), Frac(count(v, f.threshold), v.size()));
    }
    if (f.misses > 0) {
      int shown = 0;
      for (const auto& r : rows) {
        if (r.label == label && r.scores.score(det) < f.threshold && shown++ < f.misses) {
          std::printf("   MISS %.3f [%s] %s\n", r.scores.score(det), r.source.c_str(), r.text.substr(0, 160).c_str());
        }
      }
      shown = 0;
      for (const auto& r : rows) {
        if (r.label == "benign" && r.scores.score(det) >= f.threshold && shown++ < f.misses) {
          std::string why;
          for (const auto& s : r.scores.spans) {
            if (s.detector == det) why += s.heuristic + " ";
          }
          std::printf("   FP   %.3f [%s] {%s} %s\n", r.scores.score(det), r.source.c_str(), why.c_str(),
                      r.text.substr(0, 160).c_str());
        }
      }
    }
    std::printf("\n");
  }
  return kExitClean;
}

}  // namespace

void RegisterEvalInjection(CLI::App& app, Command& chosen) {
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app.add_subcommand("eval-injection", "Measure the injection, jailbreak and harmful-request detectors");
  cmd->add_option("--test", flags->test,
                  "JSON lines {text, label, source[, kind: document, task]}; repeatable (held-out split, "
                  "hand-written documents)")
      ->required();
  cmd->add_option("--benign", flags->benign, "Benign prompts, one per line; repeatable (each file its own source)");
  cmd->add_option("--attacks", flags->attacks, "Attacks, label<TAB>text per line (injection|jailbreak|harmful)");
  cmd->add_option("--model", flags->model, "Model file (default: the embedded model)");
  cmd->add_option("--threshold", flags->threshold, "Detection threshold (default 0.5)")->check(CLI::Range(0.01, 0.99));
  cmd->add_option("--misses", flags->misses, "Print up to N misses and false positives per detector");
  cmd->add_option("--dump", flags->dump, "Write one line per row: scores (%.17g), category, encodings, spans");
  cmd->add_flag("--no-task", flags->no_task, "Score documents without the user's task they came with");
  cmd->callback([flags, &chosen] { chosen.run = [flags] { return Run(*flags); }; });
}

}  // namespace convoguard::cli
