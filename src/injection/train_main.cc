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
// in a held-out 15% of the training texts of real (not generated) sources. Last it fits the
// document combination (linear_model.h, DocumentCombiner) on documents the classifier did not
// train on: the calibration documents and the training documents of real sources, cross-fitted
// with kCrossFolds models trained without their fold (the final model is unchanged by this);
// then the prompt combination (PromptCombiner, FitPromptCombiner) on the prompts the classifier
// of their model did not train on, and the shipped prompt thresholds on the whole guard
// (ShipPromptThresholds). Deterministic: fixed seed, no threads.
// A row's optional "weight" (0, 100] scales its gradient and its share in the
// class balance; its optional "skip_heads" (list of 0..2) leaves it out of
// those heads' training and calibration. Environment, for experiments only: CG_TRAIN_{LR,L2,EPOCHS,
// MEMBERS,SEED,MIN_FEATURES,HASH_BITS,CHAR_MIN,CHAR_MAX}, CG_TRAIN_{PROMPT,DOC}_FPR_<head 0..2>;
// CG_TRAIN_COMBINER_{L2,FPR}, CG_TRAIN_COMBINER_CV=1 (source-held-out CV of the combination's
// L2 grid), CG_TRAIN_COMBINER_DUMP=FILE (its fitting rows: logit, label, source, tokens, task, spans); CG_CV_CURRENT=1 with --cv scores only the current setting
// and writes no model; CG_TRAIN_SHOW_CALIBRATION=1 prints the benign
// calibration texts with the highest logits per head.
// MODEL.cgm is written once, by renaming MODEL.cgm.new at the end; intermediate models
// are scratch files beside it (MODEL.cgm.calibrating, .cv, .fold, .ship), removed when done.
#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "convoguard/injection.h"
#include "injection/features.h"
#include "injection/heuristics.h"
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
  int cross_fold = -1;  // cross-fitting fold of a real source's row (kCrossFolds), -1: generated text
};

// Cross-fitting folds of the training rows of real sources: the document
// combination is fitted, and the shipped prompt thresholds are calibrated, on
// scores of models that did not train on those rows.
constexpr int kCrossFolds = 3;
int CrossFold(std::string_view text) { return static_cast<int>(ci::HashBytes(text, 11) % kCrossFolds); }

// y for head k: 1, 0, or -1 (not used for that head).
int Target(int head, Label l, uint8_t skip_heads = 0) {
  if (skip_heads >> head & 1) return -1;
  if (l == kBenign) return 0;
  if (head == 0) return l == kInjection ? 1 : (l == kHarmful ? 0 : -1);
  if (head == 1) return l == kJailbreak ? 1 : (l == kHarmful ? 0 : -1);
  return l == kHarmful ? 1 : -1;
}

// Calibration targets: the share of benign calibration texts of each kind
// that a head's classifier alone may score above 0.5 (per head: injection,
// jailbreak, harmful). For prompts this is only the starting point: the
// heuristics add false positives on top, and the shipped prompt thresholds
// are then set on the whole guard's score (ShipPromptThresholds,
// kShippedPromptFpr). Documents get the 1% (the injection head's
// document score is the learned combination, with its own threshold). Negative: the
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
// `skip_fold`, or whose cross_fold equals `skip_cross_fold`, are left out.
Weights Train(const std::vector<Example>& train, size_t nb, const Params& p, int skip_fold, std::mt19937_64& rng,
              bool verbose, int skip_cross_fold = -1) {
  std::vector<size_t> use;
  for (size_t i = 0; i < train.size(); ++i) {
    if ((skip_fold < 0 || train[i].fold != skip_fold) && (skip_cross_fold < 0 || train[i].cross_fold != skip_cross_fold)) {
      use.push_back(i);
    }
  }
  std::array<double, 3> pos{}, neg{};
  for (size_t i : use) {
    for (int k = 0; k < 3; ++k) {
      int y = Target(k, train[i].label, train[i].skip);
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
          int y = Target(k, e.label, e.skip);
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

// `header` with every head's prompt and document bias set to the trained
// bias (calibration moves them apart afterwards).
ci::ModelHeader WithTrainedBiases(ci::ModelHeader header, const Weights& wt) {
  for (int k = 0; k < 4; ++k) header.bias[k] = header.doc_bias[k] = static_cast<float>(wt.bias[k]);
  return header;
}

convoguard::Result<ci::LinearModel> WriteAndLoad(const std::string& path, const ci::ModelHeader& header, const Weights& wt) {
  auto st = ci::LinearModel::Write(path, header, wt.w);
  if (!st.ok()) return st;
  std::ifstream mf(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(mf)), std::istreambuf_iterator<char>());
  return ci::LinearModel::Parse(bytes);
}

// The value that a share `fpr` of the sorted scores `b` exceed (b not empty).
float ValueExceededBy(const std::vector<float>& b, double fpr) {
  return b[std::min(b.size() - 1, static_cast<size_t>(std::ceil((1.0 - fpr) * static_cast<double>(b.size()))))];
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

// ---- The document combination (linear_model.h, DocumentCombiner) ----

// One calibration document: its classifier logit at the document bias, the
// rule signals (DocumentRuleSignals), its label and its source group.
struct DocRow {
  float clf;
  std::array<float, ci::kRuleFamilies> sig;
  bool planted;
  std::string group;
};

// L2 of the combination's weights and the share of benign calibration
// documents allowed above its threshold (chosen by source-held-out CV over
// the document sources, CG_TRAIN_COMBINER_CV=1; BENCHMARKS.md, issue 4,
// round 7).
constexpr double kCombinerL2 = 1e-2;
constexpr double kCombinerFpr = 0.03;
// Rule families the fitting documents cannot estimate: the planted sets
// rarely use the textbook phrases (override, extraction, new instructions or
// authority, role markers), the benign ones quote them, so their fitted
// weights come out 0; yet an unquoted "ignore your previous instructions and
// forward ..." in a document is an attack. Their weights are bounded below
// so that one such span at kPriorScore, on a document the classifier scores
// at its document threshold, reaches the combination's threshold
// (BENCHMARKS.md, issue 4, round 7). Evidence-level spans (quoted mentions,
// < 0.5) of these families are not signals (DocumentRuleSignals).
constexpr std::array<int, 5> kPriorFamilies = {2, 3, 4, 5, 6};
constexpr float kPriorScore = 0.75f;
constexpr int kCombinerInputs = 1 + ci::kRuleFamilies;  // classifier logit, rule families

// Sources of one collection are one group for the CV: BIPIA's benign hosts
// and its planted rows are held out together.
std::string DocumentGroup(const std::string& source) {
  return source.rfind("bipia", 0) == 0 ? "bipia" : source;
}

std::array<double, kCombinerInputs> CombinerInputs(const DocRow& d) {
  std::array<double, kCombinerInputs> x{};
  // Logit scaled to the rules' range, so one L2 suits all weights.
  x[0] = std::clamp(d.clf, -ci::DocumentCombiner::kClfClamp, ci::DocumentCombiner::kClfClamp) / 10.0;
  for (int i = 0; i < ci::kRuleFamilies; ++i) x[1 + static_cast<size_t>(i)] = d.sig[static_cast<size_t>(i)];
  return x;
}

// Class-balanced logistic regression by Newton's method with L2 on the
// weights (not the bias), on rows x (inputs; the bias is added last) with
// labels y (0/1). Weights from index 1 on (the rules; index 0 is the
// classifier) are constrained to be >= 0 (a rule that fires never lowers
// the score: an attacker cannot add an override phrase to hide) by an
// active set: a weight that goes negative is fixed at 0 and the fit
// repeated. Returns the weights, the bias last; empty when a class is
// missing. Deterministic.
std::vector<double> FitLogistic(const std::vector<std::vector<double>>& xs, const std::vector<int>& ys, double l2) {
  if (xs.empty()) return {};
  const int n = static_cast<int>(xs[0].size()) + 1;  // + bias (last)
  double pos = 0, neg = 0;
  for (int y : ys) (y ? pos : neg) += 1;
  if (pos == 0 || neg == 0) return {};
  std::vector<bool> active(static_cast<size_t>(n), true);
  std::vector<double> w(static_cast<size_t>(n)), x(static_cast<size_t>(n));
  std::vector<std::vector<double>> a(static_cast<size_t>(n), std::vector<double>(static_cast<size_t>(n) + 1));
  for (int round = 0; round < n; ++round) {
    std::fill(w.begin(), w.end(), 0.0);
    for (int it = 0; it < 50; ++it) {
      for (auto& row : a) std::fill(row.begin(), row.end(), 0.0);  // Hessian | gradient
      for (size_t r = 0; r < xs.size(); ++r) {
        std::copy(xs[r].begin(), xs[r].end(), x.begin());
        x[static_cast<size_t>(n - 1)] = 1;
        double z = 0;
        for (int i = 0; i < n; ++i) z += w[i] * x[i];
        const double p = 1 / (1 + std::exp(-z)), cw = ys[r] ? (pos + neg) / (2 * pos) : (pos + neg) / (2 * neg);
        const double g = cw * (p - ys[r]), h = cw * p * (1 - p);
        for (int i = 0; i < n; ++i) {
          a[i][n] += g * x[i];
          for (int j = 0; j < n; ++j) a[i][j] += h * x[i] * x[j];
        }
      }
      for (int i = 0; i < n - 1; ++i) {
        a[i][i] += l2 * static_cast<double>(xs.size());
        a[i][n] += l2 * static_cast<double>(xs.size()) * w[i];
      }
      for (int i = 0; i < n; ++i) {  // fixed weights: identity rows, zero step
        if (active[i]) continue;
        for (int j = 0; j <= n; ++j) a[i][j] = 0;
        for (int j = 0; j < n; ++j) a[j][i] = 0;
        a[i][i] = 1;
        a[i][n] = 0;
      }
      // Gaussian elimination with partial pivoting: a * step = gradient.
      for (int c = 0; c < n; ++c) {
        int piv = c;
        for (int r = c + 1; r < n; ++r) {
          if (std::fabs(a[r][c]) > std::fabs(a[piv][c])) piv = r;
        }
        std::swap(a[c], a[piv]);
        if (std::fabs(a[c][c]) < 1e-12) continue;
        for (int r = 0; r < n; ++r) {
          if (r == c) continue;
          const double f = a[r][c] / a[c][c];
          for (int j = c; j <= n; ++j) a[r][j] -= f * a[c][j];
        }
      }
      double moved = 0;
      for (int i = 0; i < n; ++i) {
        const double step = std::fabs(a[i][i]) < 1e-12 ? 0 : a[i][n] / a[i][i];
        w[i] -= step;
        moved = std::max(moved, std::fabs(step));
      }
      if (moved < 1e-9) break;
    }
    bool changed = false;
    for (int i = 1; i < n - 1; ++i) {  // rule weights (index 0 is the classifier)
      if (active[i] && w[i] < 0) {
        active[i] = false;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (int i = 1; i < n - 1; ++i) {
    if (!active[i]) w[i] = 0;
  }
  return w;
}

// The document combination (FitLogistic over CombinerInputs); then the bias
// is shifted so that `fpr` of the benign rows score above 0.
ci::DocumentCombiner FitCombiner(const std::vector<DocRow>& rows, double l2, double fpr) {
  constexpr int n = kCombinerInputs + 1;
  ci::DocumentCombiner out;
  std::vector<std::vector<double>> xs;
  std::vector<int> ys;
  for (const auto& r : rows) {
    auto xi = CombinerInputs(r);
    xs.emplace_back(xi.begin(), xi.end());
    ys.push_back(r.planted ? 1 : 0);
  }
  const std::vector<double> w = FitLogistic(xs, ys, l2);
  if (w.empty()) return out;  // absent: the guard keeps the maximum
  out.present = true;
  out.clf = static_cast<float>(w[0] / 10.0);
  for (int i = 0; i < ci::kRuleFamilies; ++i) out.rule[static_cast<size_t>(i)] = static_cast<float>(w[1 + i]);
  out.bias = static_cast<float>(w[n - 1]);
  // Threshold: the combined logit that `fpr` of the benign rows exceed.
  std::vector<float> b;
  for (const auto& r : rows) {
    if (!r.planted) b.push_back(out.Logit(r.clf, r.sig));
  }
  std::sort(b.begin(), b.end());
  out.bias -= ValueExceededBy(b, fpr);
  for (int f : kPriorFamilies) {
    float& v = out.rule[static_cast<size_t>(f)];
    v = std::max(v, -out.bias / kPriorScore);
  }
  return out;
}

// Leave-one-source-group-out CV of the combination: each group is scored by
// a combination fitted on the others (threshold included); prints per group
// and pooled recall / FPR at the threshold, recall at 1% of the group's
// (pooled: all) benign documents and ROC AUC (per group: from branch s5-docs),
// beside the same figures for the maximum of classifier and rules (the
// scoring of version-2 models). Returns the pooled recall at 1% FPR.
double CombinerCv(const std::vector<DocRow>& rows, double l2, double fpr, bool per_group) {
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t i = 0; i < rows.size(); ++i) groups[rows[i].group].push_back(i);
  std::vector<float> comb(rows.size()), maxed(rows.size());
  for (const auto& [g, idx] : groups) {
    std::vector<DocRow> rest;
    for (const auto& r : rows) {
      if (r.group != g) rest.push_back(r);
    }
    ci::DocumentCombiner c = FitCombiner(rest, l2, fpr);
    for (size_t i : idx) {
      comb[i] = c.present ? c.Logit(rows[i].clf, rows[i].sig) : rows[i].clf;
      float m = rows[i].clf;  // the maximum, as a logit (0 = threshold 0.5)
      for (float s : rows[i].sig) {
        if (s > 0) m = std::max(m, std::log(s / (1 - s)));
      }
      maxed[i] = m;
    }
  }
  auto figures = [&](const std::vector<float>& sc, const std::vector<size_t>& idx, double& rec, double& fp) {
    size_t p = 0, tp = 0, nn = 0, f = 0;
    for (size_t i : idx) {
      (rows[i].planted ? p : nn)++;
      if (sc[i] > 0) (rows[i].planted ? tp : f)++;
    }
    rec = p ? static_cast<double>(tp) / static_cast<double>(p) : -1;
    fp = nn ? static_cast<double>(f) / static_cast<double>(nn) : -1;
  };
  std::vector<size_t> all(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) all[i] = i;
  auto at1 = [&](const std::vector<float>& sc, const std::vector<size_t>& idx) {
    std::vector<float> p, nn;
    for (size_t i : idx) (rows[i].planted ? p : nn).push_back(sc[i]);
    return RecallAuc(p, nn);
  };
  double r1, f1, r2, f2;
  figures(comb, all, r1, f1);
  figures(maxed, all, r2, f2);
  auto [c1, cauc] = at1(comb, all);
  auto [m1, mauc] = at1(maxed, all);
  std::fprintf(stderr,
               "combiner cv l2 %.0e: recall %.3f FPR %.3f recall@1%% %.3f auc %.3f | maximum: recall %.3f FPR %.3f "
               "recall@1%% %.3f auc %.3f\n",
               l2, r1, f1, c1, cauc, r2, f2, m1, mauc);
  if (per_group) {
    for (const auto& [g, idx] : groups) {
      figures(comb, idx, r1, f1);
      figures(maxed, idx, r2, f2);
      auto [g1, gauc] = at1(comb, idx);
      auto [gm1, gmauc] = at1(maxed, idx);
      std::fprintf(stderr,
                   "combiner cv   %-20s %4zu docs: recall %6.3f FPR %6.3f recall@1%% %6.3f auc %6.3f | maximum: recall "
                   "%6.3f FPR %6.3f recall@1%% %6.3f auc %6.3f\n",
                   g.c_str(), idx.size(), r1, f1, g1, gauc, r2, f2, gm1, gmauc);
    }
  }
  return c1;
}

// ---- The shipped prompt thresholds ----

// Shares of benign prompts allowed to score >= 0.5 with the whole guard
// (classifier, rules, decoded payloads, the framing and suffix rules), per
// head: injection, jailbreak, harmful. Below the 1% by a margin for
// the sampling error of the estimate (about 0.1% on ~12,000 prompts) and for
// prompts unlike the training sources (BENCHMARKS.md, issue 4, round 9).
constexpr std::array<double, 3> kShippedPromptFpr = {0.0085, 0.0085, 0.0085};

// A prompt the classifier of `model` did not train on (0: the final model,
// for the calibration texts; f + 1: the cross-fitting model of fold f).
struct ShippedRow {
  const std::string* text;
  Label label;
  int model;
  uint8_t skip;
  const std::string* source;
};

// The shipped prompt threshold of each head moved by delta: the prompt
// combination's bias for a head that has one, else the classifier's prompt
// bias (and then, since the jailbreak and harmful heads score documents at
// their prompt threshold, their document biases with it; the injection
// head's has its own calibration).
struct Shipped {
  ci::ModelHeader header;
  ci::PromptCombiner prompt;
};
Shipped ShiftPromptThresholds(Shipped m, const std::array<float, 3>& delta) {
  for (size_t k = 0; k < 3; ++k) {
    if (m.prompt.present[k]) {
      m.prompt.bias[k] += delta[k];
      continue;
    }
    m.header.bias[k] += delta[k];
    if (k > 0) m.header.doc_bias[k] += delta[k];
  }
  return m;
}

// The shifts of the heads' prompt biases that put the guard's shipped score
// (the classifier together with every heuristic) at `fpr` false positives on
// `rows`. The classifier's own calibration (kPromptFpr) does not see the
// rules' false positives, which came on top (dev split of round 8: 1.10% and
// 1.25% at 0.5 for jailbreak and harmful). Each head's shift is the largest
// (to 1/1000 of a logit) at which at most fpr of its benign rows score
// >= 0.5, found by bisection with every model written to `scratch` and
// loaded as a guard; the shipped score of a head does not fall when its bias
// rises. Heads in the order harmful, injection, jailbreak: the harmful score
// feeds the framing and suffix rules (jailbreak spans), the injection score
// the suffix rule; the jailbreak score feeds neither. Then prints each head's
// recall at its shipped threshold on the attack rows (out-of-fold, like the
// benign ones): the whole guard at its operating point, on text the
// classifier did not train on. Deterministic.
convoguard::Result<std::array<float, 3>> ShipPromptThresholds(
    const std::vector<std::pair<ci::ModelHeader, const Weights*>>& models, const ci::DocumentCombiner& combiner,
    const ci::PromptCombiner& prompt, const std::vector<ShippedRow>& rows, const std::array<double, 3>& fpr,
    const std::string& scratch) {
  using convoguard::InjectionDetector;
  constexpr std::array<InjectionDetector, 3> kDet = {InjectionDetector::kPromptInjection,
                                                    InjectionDetector::kJailbreak, InjectionDetector::kHarmfulRequest};
  const char* names[3] = {"prompt_injection", "jailbreak", "harmful_request"};
  std::array<float, 3> delta{};
  // Head k's rows of class y (0 benign, 1 its attacks; not skipped for it)
  // at shifts `d`, and those of them scoring >= 0.5: [0] the calibration
  // texts, [1] the out-of-fold training prompts.
  auto score = [&](const std::array<float, 3>& d, size_t k, std::array<size_t, 2>& fp, std::array<size_t, 2>& n,
                   int y = 0) -> convoguard::Status {
    std::vector<std::shared_ptr<const convoguard::InjectionGuard>> guards;
    for (const auto& [h, w] : models) {
      const Shipped m = ShiftPromptThresholds({h, prompt}, d);
      auto st = ci::LinearModel::Write(scratch, m.header, w->w, combiner, m.prompt);
      if (!st.ok()) return st;
      auto g = convoguard::InjectionGuard::CreateFromFile(scratch, {});
      if (!g.ok()) return g.status();
      guards.push_back(*g);
    }
    fp = {};
    n = {};
    for (const auto& r : rows) {
      if (Target(static_cast<int>(k), r.label, r.skip) != y || (y == 0 && r.label != kBenign)) continue;
      auto s = guards[static_cast<size_t>(r.model)]->Score(*r.text, convoguard::ContentKind::kPrompt, "");
      if (!s.ok()) return s.status();
      const size_t part = r.model == 0 ? 0 : 1;
      n[part]++;
      if (s->score(kDet[k]) >= 0.5) fp[part]++;
    }
    return convoguard::Status::Ok();
  };
  for (size_t k : {size_t{2}, size_t{0}, size_t{1}}) {
    std::array<size_t, 2> fp, n;
    auto at = [&](float v) -> convoguard::Result<size_t> {
      auto d = delta;
      d[k] = v;
      auto st = score(d, k, fp, n);
      if (!st.ok()) return st;
      return fp[0] + fp[1];
    };
    auto base = at(0);
    if (!base.ok()) return base.status();
    const size_t allowed = static_cast<size_t>(std::floor(fpr[k] * static_cast<double>(n[0] + n[1])));
    const std::array<size_t, 2> fp0 = fp;
    float lo = -8, hi = 8;
    auto at_lo = at(lo);
    if (!at_lo.ok()) return at_lo.status();
    if (*at_lo > allowed) {
      std::fprintf(stderr, "%s: the rules alone put %zu of %zu benign prompts over 0.5 (allowed %zu)\n", names[k],
                   *at_lo, n[0] + n[1], allowed);
      hi = lo;
    }
    while (hi - lo > 1e-3f) {
      const float mid = (lo + hi) / 2;
      auto c = at(mid);
      if (!c.ok()) return c.status();
      (*c <= allowed ? lo : hi) = mid;
    }
    delta[k] = lo;
    auto fin = at(lo);
    if (!fin.ok()) return fin.status();
    std::fprintf(stderr,
                 "%-17s shipped prompt threshold: bias %+.3f; benign >= 0.5 with the rules %.2f%% -> %.2f%% "
                 "(calibration texts %zu/%zu, out-of-fold training prompts %zu/%zu; target %.2f%%)\n",
                 names[k], lo, 100.0 * static_cast<double>(fp0[0] + fp0[1]) / static_cast<double>(n[0] + n[1]),
                 100.0 * static_cast<double>(fp[0] + fp[1]) / static_cast<double>(n[0] + n[1]), fp[0], n[0], fp[1],
                 n[1], 100 * fpr[k]);
  }
  for (size_t k = 0; k < 3; ++k) {
    std::array<size_t, 2> hit, n;
    auto st = score(delta, k, hit, n, 1);
    if (!st.ok()) return st;
    std::fprintf(stderr,
                 "%-17s recall at the shipped prompt threshold %.3f (calibration texts %zu/%zu, out-of-fold "
                 "training prompts %zu/%zu)\n",
                 names[k], static_cast<double>(hit[0] + hit[1]) / static_cast<double>(std::max<size_t>(1, n[0] + n[1])),
                 hit[0], n[0], hit[1], n[1]);
  }
  return delta;
}


// ---- The prompt combination (linear_model.h, PromptCombiner) ----

// L2 of the prompt combination's weights (inputs: classifier logit / 10 and
// the rule signals, as for documents).
constexpr double kPromptCombinerL2 = 1e-2;

// One prompt the scoring classifier did not train on: its classifier prompt
// logits, each head's rule signals, label and source.
struct PromptRow {
  std::array<float, 3> clf;
  std::array<std::array<float, ci::kPromptFamilies>, 3> sig;
  Label label;
  uint8_t skip;
  const std::string* source;
};

std::vector<double> PromptInputs(const PromptRow& r, int k) {
  std::vector<double> x = {std::clamp(r.clf[static_cast<size_t>(k)], -ci::PromptCombiner::kClfClamp,
                                      ci::PromptCombiner::kClfClamp) / 10.0};
  for (float v : r.sig[static_cast<size_t>(k)]) x.push_back(v);
  return x;
}

// Head k's combination fitted on `rows` (FitLogistic against the head's
// targets: its attacks, and benign rows plus the other attacks the head's
// classifier is trained against), scaled so that the classifier's weight is 1,
// its bias shifted so that `fpr` of the benign rows score above 0. Absent when
// the fit gives the classifier no positive weight.
void FitPromptHead(const std::vector<PromptRow>& rows, int k, double l2, double fpr, ci::PromptCombiner& pc) {
  std::vector<std::vector<double>> xs;
  std::vector<int> ys;
  for (const auto& r : rows) {
    const int y = Target(k, r.label, r.skip);
    if (y < 0) continue;
    xs.push_back(PromptInputs(r, k));
    ys.push_back(y);
  }
  const std::vector<double> w = FitLogistic(xs, ys, l2);
  const size_t kk = static_cast<size_t>(k);
  pc.present[kk] = !w.empty() && w[0] > 1e-6;
  if (!pc.present[kk]) return;
  const double per_logit = w[0] / 10.0;
  for (int f = 0; f < ci::kPromptFamilies; ++f) pc.rule[kk][static_cast<size_t>(f)] = static_cast<float>(w[1 + static_cast<size_t>(f)] / per_logit);
  pc.bias[kk] = static_cast<float>(w.back() / per_logit);
  std::vector<float> b;
  for (const auto& r : rows) {
    if (r.label == kBenign && Target(k, r.label, r.skip) == 0) b.push_back(pc.Logit(k, r.clf[kk], r.sig[kk]));
  }
  if (b.empty()) return;
  std::sort(b.begin(), b.end());
  pc.bias[kk] -= ValueExceededBy(b, fpr);
}

// Source-held-out CV of head k's combination on `rows`: the sources are dealt
// (sorted by name) into 4 folds; each fold is scored by a combination fitted,
// threshold included, on the other three. Beside it, the maximum of
// classifier and rules (the scoring before version 4) with its classifier
// threshold set on the same three folds: a rule span >= 0.5 decides alone.
// Prints recall and FPR at the threshold on the held-out folds, pooled, and
// per source (recall for sources with 30 or more attacks; FPR where either
// form exceeds 2% on 30 or more benign prompts). Returns whether the
// combination finds at least as many held-out attacks as the maximum at the
// maximum's held-out FPR (the two operating points differ a little, so they
// are compared at one FPR). The maximum here lets the harmful-request pattern decide
// whatever the classifier says (the guard's kPatternSupport is not modelled).
bool PromptCombinerCv(const std::vector<PromptRow>& rows, int k, double l2, double fpr, const char* name) {
  const size_t kk = static_cast<size_t>(k);
  std::map<std::string, int> fold;
  for (const auto& r : rows) fold[*r.source] = 0;
  int next = 0;
  for (auto& [src, f] : fold) f = next++ % 4;
  std::vector<int> comb(rows.size(), -1), maxed(rows.size(), -1);
  std::vector<float> margin(rows.size());  // the combination's held-out logit (0: its threshold)
  auto rule_fires = [&](const PromptRow& r) {
    for (float v : r.sig[kk]) {
      if (v >= 0.5f) return true;
    }
    return false;
  };
  for (int f = 0; f < 4; ++f) {
    std::vector<PromptRow> rest;
    for (const auto& r : rows) {
      if (fold[*r.source] != f) rest.push_back(r);
    }
    ci::PromptCombiner pc;
    FitPromptHead(rest, k, l2, fpr, pc);
    // The maximum: benign prompts a rule puts over 0.5 are false positives
    // whatever the classifier's threshold; the rest of the budget sets it.
    std::vector<float> clean;
    size_t nb = 0, fired = 0;
    for (const auto& r : rest) {
      if (r.label != kBenign || Target(k, r.label, r.skip) != 0) continue;
      ++nb;
      if (rule_fires(r)) {
        ++fired;
      } else {
        clean.push_back(r.clf[kk]);
      }
    }
    std::sort(clean.begin(), clean.end(), std::greater<float>());
    const size_t allowed = static_cast<size_t>(std::floor(fpr * static_cast<double>(nb)));
    const float thr = allowed < fired || clean.empty() ? std::numeric_limits<float>::infinity()
                                                         : clean[std::min(clean.size() - 1, allowed - fired)];
    for (size_t i = 0; i < rows.size(); ++i) {
      const PromptRow& r = rows[i];
      if (fold[*r.source] != f || Target(k, r.label, r.skip) < 0) continue;
      margin[i] = pc.present[kk] ? pc.Logit(k, r.clf[kk], r.sig[kk]) : r.clf[kk] - thr;
      comb[i] = pc.present[kk] ? margin[i] >= 0 : margin[i] > 0;
      maxed[i] = r.clf[kk] > thr || rule_fires(r);
    }
  }
  struct Count {
    size_t pos = 0, hit_c = 0, hit_m = 0, ben = 0, fp_c = 0, fp_m = 0;
  };
  std::map<std::string, Count> per;
  Count all;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (comb[i] < 0) continue;
    const bool attack = Target(k, rows[i].label, rows[i].skip) == 1, benign = rows[i].label == kBenign;
    for (Count* c : {&all, &per[*rows[i].source]}) {
      if (attack) {
        c->pos++;
        c->hit_c += static_cast<size_t>(comb[i]);
        c->hit_m += static_cast<size_t>(maxed[i]);
      } else if (benign) {
        c->ben++;
        c->fp_c += static_cast<size_t>(comb[i]);
        c->fp_m += static_cast<size_t>(maxed[i]);
      }
    }
  }
  auto ratio = [](size_t a, size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  std::fprintf(stderr,
               "prompt combination cv %-17s (4 folds of sources, l2 %.0e): combination recall %.3f FPR %.2f%% | "
               "maximum recall %.3f FPR %.2f%% (%zu attacks, %zu benign)\n",
               name, l2, ratio(all.hit_c, all.pos), 100 * ratio(all.fp_c, all.ben), ratio(all.hit_m, all.pos),
               100 * ratio(all.fp_m, all.ben), all.pos, all.ben);
  // At equal FPR: the combination's held-out logits, pooled, at the score
  // that as many held-out benign prompts exceed as the maximum put over its
  // threshold (a comparison of the two, not a threshold anyone ships).
  std::vector<float> ben_margin;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (comb[i] >= 0 && rows[i].label == kBenign) ben_margin.push_back(margin[i]);
  }
  std::sort(ben_margin.begin(), ben_margin.end(), std::greater<float>());
  const float at_max_fpr = all.fp_m < ben_margin.size() ? ben_margin[all.fp_m] : -std::numeric_limits<float>::infinity();
  size_t hit_eq = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (comb[i] >= 0 && Target(k, rows[i].label, rows[i].skip) == 1 && margin[i] > at_max_fpr) ++hit_eq;
  }
  std::fprintf(stderr, "prompt combination cv %-17s combination recall at the maximum's held-out FPR: %.3f (maximum %.3f)\n",
               name, ratio(hit_eq, all.pos), ratio(all.hit_m, all.pos));
  const bool better = hit_eq >= all.hit_m;
  for (const auto& [src, c] : per) {
    if (c.pos >= 30) {
      std::fprintf(stderr, "prompt combination cv   %-17s %-28s %5zu attacks: recall %.3f | maximum %.3f\n", name,
                   src.c_str(), c.pos, ratio(c.hit_c, c.pos), ratio(c.hit_m, c.pos));
    }
    if (c.ben >= 30 && (ratio(c.fp_c, c.ben) > 0.02 || ratio(c.fp_m, c.ben) > 0.02)) {
      std::fprintf(stderr, "prompt combination cv   %-17s %-28s %5zu benign:  FPR %.2f%% | maximum %.2f%%\n", name,
                   src.c_str(), c.ben, 100 * ratio(c.fp_c, c.ben), 100 * ratio(c.fp_m, c.ben));
    }
  }
  return better;
}

// The prompt combination, fitted on `rows` (prompts the classifier of their
// model did not train on; ShippedRow) with each model's classifier at its
// calibrated prompt bias. Injection and harmful first, from the spans of
// RunRules (the rules those two heads read do not depend on any score); then
// jailbreak, from the spans the guard reports with those two heads combined
// (the suffix and framing rules read the harmful and injection scores). Each
// head's bias is set at `fpr` of the benign rows from the combination alone;
// ShipPromptThresholds then moves it for the whole guard. A head gets the
// combination only where the source-held-out CV (PromptCombinerCv) finds it
// at least as good as the maximum on held-out sources at equal FPR; the
// others keep the maximum. Deterministic.
convoguard::Result<ci::PromptCombiner> FitPromptCombiner(
    const std::vector<std::pair<ci::ModelHeader, const Weights*>>& models, const ci::DocumentCombiner& combiner,
    const std::vector<ShippedRow>& shipped, const ci::FeatureConfig& fc, double l2, const std::array<double, 3>& fpr,
    const std::string& scratch) {
  const char* names[3] = {"prompt_injection", "jailbreak", "harmful_request"};
  std::vector<ci::LinearModel> lms;
  for (const auto& [h, w] : models) {
    auto m = WriteAndLoad(scratch, h, *w);
    if (!m.ok()) return m.status();
    lms.push_back(std::move(*m));
  }
  std::vector<PromptRow> rows;
  std::vector<ci::Token> toks;
  std::vector<uint32_t> buckets;
  std::vector<std::string> words;
  std::vector<ci::WordClasses> classes;
  std::vector<convoguard::InjectionSpan> spans;
  for (const auto& r : shipped) {
    ci::ExtractFeatures(*r.text, fc, toks, buckets, &words);
    ci::ClassifyWords(toks, words, classes);
    const auto hs = lms[static_cast<size_t>(r.model)].Score(toks, buckets);
    spans.clear();
    ci::RunRules(*r.text, toks, words, classes, false, {}, spans);
    PromptRow row{{hs.logit[0], hs.logit[1], hs.logit[2]}, {}, r.label, r.skip, r.source};
    row.sig[0] = ci::PromptRuleSignals(0, spans);
    row.sig[2] = ci::PromptRuleSignals(2, spans);
    rows.push_back(row);
  }
  ci::PromptCombiner pc;
  auto fit = [&](int k) {
    const bool keep = PromptCombinerCv(rows, k, l2, fpr[static_cast<size_t>(k)], names[k]);
    FitPromptHead(rows, k, l2, fpr[static_cast<size_t>(k)], pc);
    if (!keep) pc.present[static_cast<size_t>(k)] = false;
    std::fprintf(stderr, "%-17s prompt scores: %s\n", names[k],
                 pc.present[static_cast<size_t>(k)] ? "learned combination" : "maximum of classifier and rules (CV)");
  };
  fit(0);
  fit(2);
  std::vector<std::shared_ptr<const convoguard::InjectionGuard>> guards;
  for (const auto& [h, w] : models) {
    auto st = ci::LinearModel::Write(scratch, h, w->w, combiner, pc);
    if (!st.ok()) return st;
    auto g = convoguard::InjectionGuard::CreateFromFile(scratch, {});
    if (!g.ok()) return g.status();
    guards.push_back(*g);
  }
  for (size_t i = 0; i < rows.size(); ++i) {
    auto s = guards[static_cast<size_t>(shipped[i].model)]->Score(*shipped[i].text, convoguard::ContentKind::kPrompt, "");
    if (!s.ok()) return s.status();
    rows[i].sig[1] = ci::PromptRuleSignals(1, s->spans);
  }
  fit(1);
  return pc;
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
  if (const char* v = std::getenv("CG_TRAIN_CHAR_MIN")) header.features.char_min = static_cast<uint32_t>(std::atoi(v));
  if (const char* v = std::getenv("CG_TRAIN_CHAR_MAX")) header.features.char_max = static_cast<uint32_t>(std::atoi(v));
  if (header.features.hash_bits < 8 || header.features.hash_bits > 24) {
    std::cerr << "CG_TRAIN_HASH_BITS must be 8..24\n";
    return 2;
  }
  if (header.features.char_min < 1 || header.features.char_min > header.features.char_max ||
      header.features.char_max > 8) {
    std::cerr << "CG_TRAIN_CHAR_MIN/MAX must satisfy 1 <= min <= max <= 8\n";
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
  // text, label, source, weight, document, skipped heads, the user's task (documents)
  std::vector<std::tuple<std::string, Label, std::string, float, bool, uint8_t, std::string>> rows;
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
    std::string task = j.contains("task") && j["task"].is_string() ? j["task"].get<std::string>() : "";
    rows.emplace_back(std::move(text), l, std::move(src), weight, j.value("kind", "") == "document", skip,
                      std::move(task));
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
    std::string source, task;
  };
  std::vector<CalibrationText> val;
  std::mt19937_64 rng(20261201);
  std::vector<ci::Token> toks;
  std::vector<uint32_t> buckets;
  for (const auto& [text, l, src, weight, doc, skip, task] : rows) {
    // Calibration texts come from real sources only: generated text is easy
    // and would put the threshold too low for real prompts.
    if (fold_of[src] >= 0 && ci::HashBytes(text, 7) % 100 < 15) {
      val.push_back({text, l, doc, skip, src, task});
      continue;
    }
    ci::ExtractFeatures(text, fc, toks, buckets);
    if (toks.empty()) continue;
    int fold = fold_of[src];
    const int cross_fold = fold >= 0 ? CrossFold(text) : -1;
    train.push_back({buckets, l, fold, weight, skip, cross_fold});
    // Windows of long documents, so that window scores are calibrated too.
    // Planted injections are not windowed: most windows miss the payload.
    if (toks.size() > header.window_tokens && l != kInjection) {
      for (int r = 0; r < 3; ++r) {
        size_t s = rng() % (toks.size() - header.window_tokens);
        const auto& a = toks[s];
        const auto& b = toks[s + header.window_tokens - 1];
        train.push_back({std::vector<uint32_t>(buckets.begin() + a.feat_begin, buckets.begin() + b.feat_end), l, fold,
                         weight, skip, cross_fold});
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
    for (const auto& [text, l, src, weight, doc, skip, task] : rows) {
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
          header = WithTrainedBiases(header, wt);
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
  header = WithTrainedBiases(header, wt);
  // Calibrate on held-out texts with the quantised model, exactly as scored:
  // prompts against benign prompts, documents against benign documents, each
  // head at its own false-positive rate (kPromptFpr, kDocumentFpr).
  // Intermediate models go to scratch files beside MODEL.cgm (".calibrating",
  // ".fold", ".ship"); MODEL.cgm itself is only ever the finished model,
  // renamed into place at the end (a build during training embeds the old one).
  const std::string calibrating = model_path + ".calibrating";
  auto model = WriteAndLoad(calibrating, header, wt);
  std::remove(calibrating.c_str());
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
      int y = Target(k, c.label, c.skip);
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
                      : ValueExceededBy(b, fpr);
      size_t hit = std::count_if(positive[d][k].begin(), positive[d][k].end(), [&](float v) { return v > thr; });
      std::fprintf(stderr, "%-17s %-9s threshold logit %.3f (%s %.2f%%): calibration recall %.3f (%zu/%zu), benign %zu\n",
                   names[k], kinds[d], thr, fpr < 0 ? "prompt threshold, not" : "benign FPR", fpr < 0 ? 0.0 : 100 * fpr,
                   positive[d][k].empty() ? 0.0 : static_cast<double>(hit) / positive[d][k].size(), hit,
                   positive[d][k].size(), b.size());
      (d ? header.doc_bias : header.bias)[k] = static_cast<float>(wt.bias[k]) - thr;
    }
  }
  // The document combination, fitted on documents whose classifier logits
  // come from a model that did not train on them: the calibration documents
  // (the final model, at the document bias just calibrated) and the training
  // documents of real sources, each scored by one of kCrossFolds models trained
  // without its fold (same parameters; their logits shifted by the same
  // document threshold). The final model is not changed by this.
  std::vector<DocRow> docs;
  std::vector<Weights> fold_weights;  // the cross-fitting models, kept for ShipPromptThresholds
  {
    std::vector<std::string> words, task_words;
    std::vector<ci::WordClasses> classes;
    std::vector<ci::Token> tt;
    std::vector<uint32_t> tb;
    std::vector<convoguard::InjectionSpan> spans;
    const size_t max_task = convoguard::InjectionOptions{}.max_task_bytes;
    const float shift = header.doc_bias[0] - static_cast<float>(wt.bias[0]);
    std::ofstream dump;
    if (const char* d = std::getenv("CG_TRAIN_COMBINER_DUMP")) dump.open(d);
    auto add = [&](const ci::LinearModel& m, float m_shift, const std::string& text, const std::string& task, Label l,
                   const std::string& src) {
      ci::ExtractFeatures(text, fc, toks, buckets, &words);
      ci::ClassifyWords(toks, words, classes);
      const float clf = m.Score(toks, buckets).logit[0] + m_shift;
      task_words.clear();
      if (!task.empty()) ci::ExtractFeatures(std::string_view(task).substr(0, max_task), fc, tt, tb, &task_words);
      spans.clear();
      ci::RunRules(text, toks, words, classes, true, task_words, spans);
      docs.push_back({clf, ci::DocumentRuleSignals(spans), l == kInjection, DocumentGroup(src)});
      if (dump) {  // CG_TRAIN_COMBINER_DUMP: the fitting rows, for experiments
        dump << clf << '\t' << (l == kInjection) << '\t' << src << '\t' << toks.size() << '\t' << !task.empty();
        for (const auto& sp : spans) dump << '\t' << static_cast<int>(sp.detector) << ':' << sp.heuristic << ':' << sp.score;
        dump << '\n';
      }
    };
    for (const auto& c : val) {
      if (c.document && (c.label == kBenign || c.label == kInjection)) add(*model, shift, c.text, c.task, c.label, c.source);
    }
    for (int f = 0; f < kCrossFolds; ++f) {
      std::mt19937_64 frng(5000 + static_cast<uint64_t>(f));
      fold_weights.push_back(Train(train, nb, params, -1, frng, false, f));
      const Weights& fw = fold_weights.back();
      const ci::ModelHeader fh = WithTrainedBiases(header, fw);
      auto fm = WriteAndLoad(model_path + ".fold", fh, fw);
      if (!fm.ok()) {
        std::cerr << fm.status().ToString() << "\n";
        return 1;
      }
      // Raw logit minus the final model's threshold, as for the calibration documents.
      const float fshift = shift + static_cast<float>(wt.bias[0] - fw.bias[0]);
      size_t before = docs.size();
      for (const auto& [text, l, src, weight, doc, skip, task] : rows) {
        if (!doc || fold_of[src] < 0 || (l != kBenign && l != kInjection)) continue;
        if (ci::HashBytes(text, 7) % 100 < 15 || CrossFold(text) != f) continue;  // calibration, other folds
        add(*fm, fshift, text, task, l, src);
      }
      std::fprintf(stderr, "document fold %d: %zu out-of-fold training documents\n", f, docs.size() - before);
    }
    std::remove((model_path + ".fold").c_str());
  }
  const double comb_l2 = env("CG_TRAIN_COMBINER_L2", kCombinerL2);
  const double comb_fpr = env("CG_TRAIN_COMBINER_FPR", kCombinerFpr);
  if (std::getenv("CG_TRAIN_COMBINER_CV")) {
    // Source-held-out CV of the combination's L2 (experiments; the default is its choice).
    for (double l2 : {1e-3, 1e-2, 1e-1, 1.0, 10.0}) CombinerCv(docs, l2, comb_fpr, false);
  }
  CombinerCv(docs, comb_l2, comb_fpr, true);
  ci::DocumentCombiner combiner = FitCombiner(docs, comb_l2, comb_fpr);
  std::fprintf(stderr, "document combination (%zu calibration documents): bias %.3f clf %.4f rules", docs.size(),
               combiner.bias, combiner.clf);
  for (float v : combiner.rule) std::fprintf(stderr, " %.3f", v);
  std::fprintf(stderr, "\n");
  // The shipped prompt thresholds: prompts the classifier did not train on,
  // each with the model that did not train on it.
  std::vector<ShippedRow> shipped;
  for (const auto& c : val) {
    if (!c.document) shipped.push_back({&c.text, c.label, 0, c.skip, &c.source});
  }
  for (const auto& [text, l, src, weight, doc, skip, task] : rows) {
    if (doc || fold_of[src] < 0 || ci::HashBytes(text, 7) % 100 < 15) continue;  // calibration rows are in val
    shipped.push_back({&text, l, 1 + CrossFold(text), skip, &src});
  }
  std::vector<std::pair<ci::ModelHeader, const Weights*>> models = {{header, &wt}};
  for (const Weights& fw : fold_weights) {
    ci::ModelHeader fh = header;  // its biases offset from its trained ones as the final model's are
    for (int k = 0; k < 4; ++k) {
      fh.bias[k] += static_cast<float>(fw.bias[k] - wt.bias[k]);
      fh.doc_bias[k] += static_cast<float>(fw.bias[k] - wt.bias[k]);
    }
    models.emplace_back(fh, &fw);
  }
  std::array<double, 3> shipped_fpr;
  for (int k = 0; k < 3; ++k) {
    shipped_fpr[static_cast<size_t>(k)] = env(("CG_TRAIN_SHIPPED_FPR_" + std::to_string(k)).c_str(), kShippedPromptFpr[static_cast<size_t>(k)]);
  }
  auto prompt = FitPromptCombiner(models, combiner, shipped, fc, kPromptCombinerL2, shipped_fpr, model_path + ".ship");
  if (!prompt.ok()) {
    std::cerr << prompt.status().ToString() << "\n";
    return 1;
  }
  auto delta = ShipPromptThresholds(models, combiner, *prompt, shipped, shipped_fpr, model_path + ".ship");
  std::remove((model_path + ".ship").c_str());
  if (!delta.ok()) {
    std::cerr << delta.status().ToString() << "\n";
    return 1;
  }
  const Shipped final_model = ShiftPromptThresholds({header, *prompt}, *delta);
  for (int k = 0; k < 3; ++k) {
    if (!final_model.prompt.present[k]) continue;
    std::fprintf(stderr, "%-17s prompt combination: bias %.3f, classifier 1 per logit, rules", names[k],
                 final_model.prompt.bias[k]);
    for (float v : final_model.prompt.rule[k]) std::fprintf(stderr, " %.3f", v);
    std::fprintf(stderr, "\n");
  }
  const std::string finished = model_path + ".new";
  auto st = ci::LinearModel::Write(finished, final_model.header, wt.w, combiner, final_model.prompt);
  if (!st.ok()) {
    std::cerr << st.ToString() << "\n";
    return 1;
  }
  if (std::rename(finished.c_str(), model_path.c_str()) != 0) {
    std::cerr << "cannot rename " << finished << " to " << model_path << ": " << std::strerror(errno) << "\n";
    std::remove(finished.c_str());
    return 1;
  }
  std::fprintf(stderr, "wrote %s\n", model_path.c_str());
  return 0;
}
