// injection_train [--cv] TRAIN.jsonl MODEL.cgm
//
// With --cv it first selects the regularisation (L2, epochs) by source-held-
// out cross-validation: the non-generated sources of each label are dealt
// into 3 folds; each setting is trained without a fold's sources and scored
// (recall at 1% false positives, per head) on them; the setting with the
// best mean wins. Then it trains the three heads of the injection model (linear_model.h) on lines
// {"text", "label": injection|jailbreak|harmful|benign, "source"} written by
// scripts/train-injection, then calibrates each head's two biases (prompts;
// documents, rows with "kind": "document") so that the score 0.5 falls at
// kPromptFpr / kDocumentFpr false positives on the benign texts of that kind
// in a held-out 15% of the training texts of real (not generated) sources. Deterministic: fixed seed, no threads.
// A row's optional "weight" (0, 100] scales its gradient and its share in the
// class balance; its optional "skip_heads" (list of 0..2) leaves it out of
// those heads' training and calibration. Environment, for experiments only: CG_TRAIN_{LR,L2,EPOCHS,
// MEMBERS,SEED,MIN_FEATURES,HASH_BITS}, CG_TRAIN_{PROMPT,DOC}_FPR_<head 0..2>; CG_CV_CURRENT=1 with --cv scores only the current setting
// and writes no model; CG_TRAIN_SHOW_CALIBRATION=1 prints the benign
// calibration texts with the highest logits per head.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "injection/features.h"
#include "injection/linear_model.h"

namespace ci = convoguard::injection;

namespace {

enum Label { kInjection, kJailbreak, kHarmful, kBenign };

struct Example {
  std::vector<uint32_t> buckets;
  Label label;
  int fold;  // source-held-out fold, -1: always trained on (generated text)
  float weight = 1;  // the row's "weight" (scripts/train-injection gives diverse sources more)
  uint8_t skip = 0;  // bit k: not used for head k (the row's "skip_heads")
};

// y for head k: 1, 0, or -1 (not used for that head).
int Target(int head, Label l) {
  if (l == kBenign) return 0;
  if (head == 0) return l == kInjection ? 1 : (l == kHarmful ? 0 : -1);
  if (head == 1) return l == kJailbreak ? 1 : (l == kHarmful ? 0 : -1);
  return l == kHarmful ? 1 : -1;
}

// Calibration targets: the share of benign calibration texts of each kind
// that a head's classifier alone may score above 0.5 (per head: injection,
// jailbreak, harmful). The heuristics add false positives on top (about a
// third more on the held-out split), so the classifier gets 0.75% of the
// issue's 1% budget on prompts; documents get the 1%. Negative: the
// head uses its prompt threshold for documents too (no jailbreak or harmful
// document is labelled, and benign documents - tables, code answers - say
// nothing about where a harmful-looking benign document would score).
constexpr std::array<double, 3> kPromptFpr = {0.0075, 0.0075, 0.0075};
constexpr std::array<double, 3> kDocumentFpr = {0.01, -1, -1};

// ModelHeader::min_features of the committed model: about a sentence of eight
// words (48 and 96 cost no recall on the held-out split; 96 keeps short probes
// such as "!mock system" below 0.5).
constexpr double kMinFeatures = 96;

// FeatureConfig::hash_bits of the committed model.
constexpr uint32_t kHashBits = 18;

struct Params {
  double lr = 0.5;
  // Chosen by source-held-out CV (--cv) with the authored sets a-h, where
  // it also won on the held-out split (BENCHMARKS.md, issue 4, round 6;
  // rounds 3-5 used 1e-6 and 25 epochs).
  double l2 = 1e-3;
  int epochs = 15;
  int members = 10;  // 5 gave visibly seed-dependent thresholds (BENCHMARKS.md)
  uint32_t min_features = 1;  // ModelHeader::min_features
};

struct Weights {
  std::vector<float> w;
  std::array<double, 4> bias{};
};

// AdaGrad logistic regression, three heads, class-balanced; `members`
// bagged models (each on a random 80%) averaged. Examples whose fold equals
// `skip_fold` are left out.
Weights Train(const std::vector<Example>& train, size_t nb, const Params& p, int skip_fold, std::mt19937_64& rng,
              bool verbose) {
  std::vector<size_t> use;
  for (size_t i = 0; i < train.size(); ++i) {
    if (skip_fold < 0 || train[i].fold != skip_fold) use.push_back(i);
  }
  std::array<double, 3> pos{}, neg{};
  for (size_t i : use) {
    for (int k = 0; k < 3; ++k) {
      int y = (train[i].skip >> k & 1) ? -1 : Target(k, train[i].label);
      if (y == 1) pos[k] += train[i].weight;
      if (y == 0) neg[k] += train[i].weight;
    }
  }
  std::vector<float> w(4 * nb, 0.0f), g2(4 * nb, 1e-6f), avg(4 * nb, 0.0f);
  std::array<double, 4> bias{}, bg2{}, avg_bias{};
  for (int m = 0; m < p.members; ++m) {
    std::fill(w.begin(), w.end(), 0.0f);
    std::fill(g2.begin(), g2.end(), 1e-6f);
    bias = {};
    bg2 = {1e-6, 1e-6, 1e-6, 1e-6};
    std::vector<size_t> order;
    for (size_t i : use) {
      if (p.members == 1 || rng() % 100 < 80) order.push_back(i);
    }
    for (int epoch = 0; epoch < p.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      double loss = 0;
      for (size_t idx : order) {
        const Example& e = train[idx];
        const float inv = 1.0f / std::sqrt(static_cast<float>(std::max<size_t>(e.buckets.size(), p.min_features)));
        for (int k = 0; k < 3; ++k) {
          int y = (e.skip >> k & 1) ? -1 : Target(k, e.label);
          if (y < 0 || pos[k] == 0 || neg[k] == 0) continue;
          double z = bias[k];
          for (uint32_t b : e.buckets) z += w[4 * b + k] * inv;
          double pr = 1.0 / (1.0 + std::exp(-z));
          double cw = y ? (pos[k] + neg[k]) / (2 * pos[k]) : (pos[k] + neg[k]) / (2 * neg[k]);
          loss += -cw * (y ? std::log(pr + 1e-12) : std::log(1 - pr + 1e-12));
          double g = (pr - y) * cw * e.weight;
          for (uint32_t b : e.buckets) {
            size_t i = 4 * b + k;
            float gi = static_cast<float>(g * inv) + static_cast<float>(p.l2) * w[i];
            g2[i] += gi * gi;
            w[i] -= static_cast<float>(p.lr) * gi / std::sqrt(g2[i]);
          }
          bg2[k] += g * g;
          bias[k] -= p.lr * g / std::sqrt(bg2[k]);
        }
      }
      if (verbose && epoch + 1 == p.epochs) {
        std::fprintf(stderr, "member %d: %zu examples, final loss %.4f\n", m, order.size(),
                     loss / static_cast<double>(order.size()));
      }
    }
    for (size_t i = 0; i < w.size(); ++i) avg[i] += w[i] / static_cast<float>(p.members);
    for (int k = 0; k < 4; ++k) avg_bias[k] += bias[k] / p.members;
  }
  return {std::move(avg), avg_bias};
}

convoguard::Result<ci::LinearModel> WriteAndLoad(const std::string& path, const ci::ModelHeader& header, const Weights& wt) {
  auto st = ci::LinearModel::Write(path, header, wt.w);
  if (!st.ok()) return st;
  std::ifstream mf(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(mf)), std::istreambuf_iterator<char>());
  return ci::LinearModel::Parse(bytes);
}

// Recall at 1% FPR and ROC AUC of scores `pos` against `neg`.
std::pair<double, double> RecallAuc(std::vector<float> pos, std::vector<float> neg) {
  if (pos.empty() || neg.empty()) return {-1, -1};
  std::sort(neg.begin(), neg.end());
  float thr = neg[std::min(neg.size() - 1, static_cast<size_t>(std::floor(0.99 * neg.size())))];
  double hit = static_cast<double>(std::count_if(pos.begin(), pos.end(), [&](float v) { return v > thr; }));
  double auc = 0;
  for (float v : pos) {
    auto lo = std::lower_bound(neg.begin(), neg.end(), v), hi = std::upper_bound(neg.begin(), neg.end(), v);
    auc += static_cast<double>(lo - neg.begin()) + 0.5 * static_cast<double>(hi - lo);
  }
  return {hit / static_cast<double>(pos.size()), auc / static_cast<double>(pos.size() * neg.size())};
}

}  // namespace

int main(int argc, char** argv) {
  bool cv = argc == 4 && std::string(argv[1]) == "--cv";
  if (argc != 3 && !cv) {
    std::cerr << "usage: injection_train [--cv] TRAIN.jsonl MODEL.cgm\n";
    return 2;
  }
  const char* train_path = argv[cv ? 2 : 1];
  const std::string model_path = argv[cv ? 3 : 2];
  ci::ModelHeader header;
  header.features.hash_bits = kHashBits;
  if (const char* v = std::getenv("CG_TRAIN_HASH_BITS")) header.features.hash_bits = static_cast<uint32_t>(std::atoi(v));
  if (header.features.hash_bits < 8 || header.features.hash_bits > 24) {
    std::cerr << "CG_TRAIN_HASH_BITS must be 8..24\n";
    return 2;
  }
  const ci::FeatureConfig& fc = header.features;
  std::ifstream in(train_path);
  if (!in) {
    std::cerr << "cannot open " << train_path << "\n";
    return 2;
  }
  // Source-held-out folds: the sources of each label are dealt round-robin
  // (sorted by name) into kFolds folds, so every fold holds out whole
  // sources of every label; generated text is always trained on.
  constexpr int kFolds = 3;
  // text, label, source, weight, document, skipped heads
  std::vector<std::tuple<std::string, Label, std::string, float, bool, uint8_t>> rows;
  std::map<std::string, std::map<Label, int>> source_labels;
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    std::string text = j.value("text", ""), lab = j.value("label", ""), src = j.value("source", "");
    Label l = lab == "injection" ? kInjection : lab == "jailbreak" ? kJailbreak : lab == "harmful" ? kHarmful : kBenign;
    source_labels[src][l]++;
    float weight = static_cast<float>(j.value("weight", 1.0));
    if (!(weight > 0 && weight <= 100)) {
      std::cerr << "weight out of range (0, 100] in " << train_path << "\n";
      return 2;
    }
    uint8_t skip = 0;
    if (j.contains("skip_heads") && j["skip_heads"].is_array()) {
      for (const auto& h : j["skip_heads"]) {
        if (!h.is_number_integer() || h.get<int>() < 0 || h.get<int>() > 2) {
          std::cerr << "skip_heads must list heads 0..2 in " << train_path << "\n";
          return 2;
        }
        skip |= static_cast<uint8_t>(1u << h.get<int>());
      }
    }
    rows.emplace_back(std::move(text), l, std::move(src), weight, j.value("kind", "") == "document", skip);
  }
  std::map<std::string, int> fold_of;
  {
    std::array<int, 4> next{};
    for (const auto& [src, labs] : source_labels) {
      if (src.rfind("generated-", 0) == 0 || src.rfind("augment-", 0) == 0) {
        fold_of[src] = -1;
        continue;
      }
      Label major = std::max_element(labs.begin(), labs.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
      fold_of[src] = next[major]++ % kFolds;
    }
  }
  std::vector<Example> train;
  struct CalibrationText {
    std::string text;
    Label label;
    bool document;
    uint8_t skip;
  };
  std::vector<CalibrationText> val;
  std::mt19937_64 rng(20261201);
  std::vector<ci::Token> toks;
  std::vector<uint32_t> buckets;
  for (const auto& [text, l, src, weight, doc, skip] : rows) {
    // Calibration texts come from real sources only: generated text is easy
    // and would put the threshold too low for real prompts.
    if (fold_of[src] >= 0 && ci::HashBytes(text, 7) % 100 < 15) {
      val.push_back({text, l, doc, skip});
      continue;
    }
    ci::ExtractFeatures(text, fc, toks, buckets);
    if (toks.empty()) continue;
    int fold = fold_of[src];
    train.push_back({buckets, l, fold, weight, skip});
    // Windows of long documents, so that window scores are calibrated too.
    // Planted injections are not windowed: most windows miss the payload.
    if (toks.size() > header.window_tokens && l != kInjection) {
      for (int r = 0; r < 3; ++r) {
        size_t s = rng() % (toks.size() - header.window_tokens);
        const auto& a = toks[s];
        const auto& b = toks[s + header.window_tokens - 1];
        train.push_back(
            {std::vector<uint32_t>(buckets.begin() + a.feat_begin, buckets.begin() + b.feat_end), l, fold, weight, skip});
      }
    }
  }
  std::fprintf(stderr, "train examples %zu, calibration texts %zu\n", train.size(), val.size());
  const size_t nb = size_t{1} << fc.hash_bits;
  // Overridable for tuning experiments; the committed model uses the defaults
  // or, with --cv, the setting the source-held-out folds select.
  auto env = [](const char* n, double d) { const char* v = std::getenv(n); return v ? std::atof(v) : d; };
  Params params;
  params.lr = env("CG_TRAIN_LR", params.lr);
  params.l2 = env("CG_TRAIN_L2", params.l2);
  params.epochs = static_cast<int>(env("CG_TRAIN_EPOCHS", params.epochs));
  params.members = static_cast<int>(env("CG_TRAIN_MEMBERS", params.members));
  params.min_features = static_cast<uint32_t>(env("CG_TRAIN_MIN_FEATURES", kMinFeatures));
  header.min_features = params.min_features;
  const char* names[3] = {"prompt_injection", "jailbreak", "harmful_request"};
  if (cv) {
    for (const auto& [src, f] : fold_of) std::fprintf(stderr, "cv fold %2d  %s\n", f, src.c_str());
    // Texts of a held-out fold, tokenised once (whole texts, as scored).
    std::vector<std::vector<std::pair<std::string, Label>>> held(kFolds);
    for (const auto& [text, l, src, weight, doc, skip] : rows) {
      if (fold_of[src] >= 0 && skip == 0) held[static_cast<size_t>(fold_of[src])].emplace_back(text, l);
    }
    // CG_CV_CURRENT=1: score only the current setting (to compare training
    // data variants by held-out-source recall) and stop without a model.
    const bool current_only = std::getenv("CG_CV_CURRENT") != nullptr;
    const std::vector<double> l2s = current_only ? std::vector<double>{params.l2}
                                                 : std::vector<double>{1e-6, 1e-5, 1e-4, 3e-4, 1e-3, 3e-3};
    const std::vector<int> epochs = current_only ? std::vector<int>{params.epochs} : std::vector<int>{5, 15};
    double best = -1;
    Params best_p = params;
    for (int ep : epochs) {
      for (double l2 : l2s) {
        Params p = params;
        p.l2 = l2;
        p.epochs = ep;
        p.members = 1;
        std::array<double, 3> rsum{}, asum{};
        std::array<int, 3> n{};
        for (int f = 0; f < kFolds; ++f) {
          std::mt19937_64 frng(1000 + static_cast<uint64_t>(f));
          Weights wt = Train(train, nb, p, f, frng, false);
          for (int k = 0; k < 4; ++k) header.bias[k] = header.doc_bias[k] = static_cast<float>(wt.bias[k]);
          auto model = WriteAndLoad(model_path + ".cv", header, wt);
          if (!model.ok()) {
            std::cerr << model.status().ToString() << "\n";
            return 1;
          }
          std::array<std::vector<float>, 3> ps, ns;
          for (const auto& [text, l] : held[static_cast<size_t>(f)]) {
            ci::ExtractFeatures(text, fc, toks, buckets);
            auto s = model->Score(toks, buckets);
            for (int k = 0; k < 3; ++k) {
              if (Target(k, l) == 1) ps[k].push_back(s.logit[k]);
              if (l == kBenign) ns[k].push_back(s.logit[k]);
            }
          }
          for (int k = 0; k < 3; ++k) {
            auto [r, a] = RecallAuc(ps[k], ns[k]);
            if (r < 0) continue;
            rsum[k] += r;
            asum[k] += a;
            n[k]++;
          }
        }
        double mean = 0;
        std::fprintf(stderr, "cv epochs %2d l2 %.0e:", ep, l2);
        for (int k = 0; k < 3; ++k) {
          double r = n[k] ? rsum[k] / n[k] : 0;
          mean += r / 3;
          std::fprintf(stderr, "  %s recall@1%% %.3f auc %.4f", names[k], r, n[k] ? asum[k] / n[k] : 0);
        }
        std::fprintf(stderr, "  mean %.3f\n", mean);
        if (mean > best) {
          best = mean;
          best_p = p;
        }
      }
    }
    std::remove((model_path + ".cv").c_str());
    if (current_only) return 0;
    params.l2 = best_p.l2;
    params.epochs = best_p.epochs;
    std::fprintf(stderr, "cv selected epochs %d l2 %.0e (mean held-out-source recall@1%%FPR %.3f)\n", params.epochs,
                 params.l2, best);
  }
  std::mt19937_64 trng(static_cast<uint64_t>(env("CG_TRAIN_SEED", 20261201)));  // seed override: noise estimates
  Weights wt = Train(train, nb, params, -1, trng, true);
  for (int k = 0; k < 4; ++k) header.bias[k] = header.doc_bias[k] = static_cast<float>(wt.bias[k]);
  // Calibrate on held-out texts with the quantised model, exactly as scored:
  // prompts against benign prompts, documents against benign documents, each
  // head at its own false-positive rate (kPromptFpr, kDocumentFpr).
  auto model = WriteAndLoad(model_path, header, wt);
  if (!model.ok()) {
    std::cerr << model.status().ToString() << "\n";
    return 1;
  }
  // [kind][head]: kind 0 prompts, 1 documents.
  std::array<std::array<std::vector<float>, 3>, 2> benign, positive;
  std::array<std::vector<std::pair<float, const std::string*>>, 2> top_by_kind[3];
  for (const auto& c : val) {
    ci::ExtractFeatures(c.text, fc, toks, buckets);
    auto s = model->Score(toks, buckets);  // doc_bias == bias here: raw logits
    for (int k = 0; k < 3; ++k) {
      int y = (c.skip >> k & 1) ? -1 : Target(k, c.label);
      if (y == 0 && c.label == kBenign) {
        benign[c.document][k].push_back(s.logit[k]);
        top_by_kind[k][c.document].emplace_back(s.logit[k], &c.text);
      }
      if (y == 1) positive[c.document][k].push_back(s.logit[k]);
    }
  }
  const char* kinds[2] = {"prompts", "documents"};
  if (std::getenv("CG_TRAIN_SHOW_CALIBRATION")) {  // the benign calibration texts that set each threshold
    for (int k = 0; k < 3; ++k) {
      for (int d = 0; d < 2; ++d) {
        auto& top = top_by_kind[k][d];
        std::sort(top.begin(), top.end(), [](auto& x, auto& y) { return x.first > y.first; });
        for (size_t i = 0; i < std::min<size_t>(8, top.size()); ++i) {
          std::fprintf(stderr, "calibration %s %s %.2f %s\n", names[k], kinds[d], top[i].first,
                       top[i].second->substr(0, 150).c_str());
        }
      }
    }
  }
  for (int d = 0; d < 2; ++d) {
    for (int k = 0; k < 3; ++k) {
      const std::string var = std::string(d ? "CG_TRAIN_DOC_FPR_" : "CG_TRAIN_PROMPT_FPR_") + std::to_string(k);
      const double fpr = env(var.c_str(), d ? kDocumentFpr[k] : kPromptFpr[k]);
      auto& b = benign[d][k];
      std::sort(b.begin(), b.end());
      // The logit that at most `fpr` of the benign texts exceed; with no
      // benign text of this kind, or fpr < 0, the prompt threshold is used.
      float thr = b.empty() || fpr < 0
                      ? (d ? static_cast<float>(wt.bias[k]) - header.bias[k] : 0.0f)
                      : b[std::min(b.size() - 1, static_cast<size_t>(std::ceil((1.0 - fpr) * b.size())))];
      size_t hit = std::count_if(positive[d][k].begin(), positive[d][k].end(), [&](float v) { return v > thr; });
      std::fprintf(stderr, "%-17s %-9s threshold logit %.3f (%s %.2f%%): calibration recall %.3f (%zu/%zu), benign %zu\n",
                   names[k], kinds[d], thr, fpr < 0 ? "prompt threshold, not" : "benign FPR", fpr < 0 ? 0.0 : 100 * fpr,
                   positive[d][k].empty() ? 0.0 : static_cast<double>(hit) / positive[d][k].size(), hit,
                   positive[d][k].size(), b.size());
      (d ? header.doc_bias : header.bias)[k] = static_cast<float>(wt.bias[k]) - thr;
    }
  }
  auto st = ci::LinearModel::Write(model_path, header, wt.w);
  if (!st.ok()) {
    std::cerr << st.ToString() << "\n";
    return 1;
  }
  std::fprintf(stderr, "wrote %s\n", model_path.c_str());
  return 0;
}
