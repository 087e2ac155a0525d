// injection_train TRAIN.jsonl MODEL.cgm
//
// Trains the three heads of the injection model (linear_model.h) on lines
// {"text", "label": injection|jailbreak|harmful|benign, "source"} written by
// scripts/train-injection, then calibrates each head's bias so that the
// score 0.5 falls at 0.5% false positives on a held-out 15% of the benign
// training texts. Deterministic: fixed seed, no threads.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "injection/features.h"
#include "injection/linear_model.h"

namespace ci = convoguard::injection;

namespace {

enum Label { kInjection, kJailbreak, kHarmful, kBenign };

struct Example {
  std::vector<uint32_t> buckets;
  Label label;
};

// y for head k: 1, 0, or -1 (not used for that head).
int Target(int head, Label l) {
  if (l == kBenign) return 0;
  if (head == 0) return l == kInjection ? 1 : (l == kHarmful ? 0 : -1);
  if (head == 1) return l == kJailbreak ? 1 : (l == kHarmful ? 0 : -1);
  return l == kHarmful ? 1 : -1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: injection_train TRAIN.jsonl MODEL.cgm\n";
    return 2;
  }
  ci::ModelHeader header;
  const ci::FeatureConfig& fc = header.features;
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cannot open " << argv[1] << "\n";
    return 2;
  }
  std::vector<Example> train;
  std::vector<std::pair<std::string, Label>> val;
  std::mt19937_64 rng(20261201);
  std::string line;
  std::vector<ci::Token> toks;
  std::vector<uint32_t> buckets;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    std::string text = j.value("text", ""), lab = j.value("label", "");
    Label l = lab == "injection" ? kInjection : lab == "jailbreak" ? kJailbreak : lab == "harmful" ? kHarmful : kBenign;
    if (ci::HashBytes(text, 7) % 100 < 15) {
      val.emplace_back(text, l);
      continue;
    }
    ci::ExtractFeatures(text, fc, toks, buckets);
    if (toks.empty()) continue;
    train.push_back({buckets, l});
    // Windows of long documents, so that window scores are calibrated too.
    // Planted injections are not windowed: most windows miss the payload.
    if (toks.size() > header.window_tokens && l != kInjection) {
      for (int r = 0; r < 3; ++r) {
        size_t s = rng() % (toks.size() - header.window_tokens);
        const auto& a = toks[s];
        const auto& b = toks[s + header.window_tokens - 1];
        train.push_back({std::vector<uint32_t>(buckets.begin() + a.feat_begin, buckets.begin() + b.feat_end), l});
      }
    }
  }
  std::fprintf(stderr, "train examples %zu, calibration texts %zu\n", train.size(), val.size());

  const size_t nb = size_t{1} << fc.hash_bits;
  std::vector<float> w(4 * nb, 0.0f), g2(4 * nb, 1e-6f);
  std::array<double, 4> bias{}, bg2{1e-6, 1e-6, 1e-6, 1e-6};
  std::array<double, 3> pos{}, neg{};
  for (const auto& e : train) {
    for (int k = 0; k < 3; ++k) {
      int y = Target(k, e.label);
      if (y == 1) pos[k]++;
      if (y == 0) neg[k]++;
    }
  }
  // Overridable for tuning experiments; the committed model uses the defaults.
  auto env = [](const char* n, double d) { const char* v = std::getenv(n); return v ? std::atof(v) : d; };
  const double lr = env("CG_TRAIN_LR", 0.5), l2 = env("CG_TRAIN_L2", 1e-6);
  const int epochs = static_cast<int>(env("CG_TRAIN_EPOCHS", 25));
  // Bagging: `members` models, each on a random 80% of the examples with its
  // own order, averaged. For linear models the average of the weights is
  // the average of the logits, so the ensemble costs nothing at run time.
  const int members = static_cast<int>(env("CG_TRAIN_MEMBERS", 5));
  std::vector<float> avg(w.size(), 0.0f);
  std::array<double, 4> avg_bias{};
  for (int m = 0; m < members; ++m) {
    std::fill(w.begin(), w.end(), 0.0f);
    std::fill(g2.begin(), g2.end(), 1e-6f);
    bias = {};
    bg2 = {1e-6, 1e-6, 1e-6, 1e-6};
    std::vector<size_t> order;
    for (size_t i = 0; i < train.size(); ++i) {
      if (members == 1 || rng() % 100 < 80) order.push_back(i);
    }
    for (int epoch = 0; epoch < epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      double loss = 0;
      for (size_t idx : order) {
        const Example& e = train[idx];
        const float inv = 1.0f / std::sqrt(static_cast<float>(e.buckets.size()));
        for (int k = 0; k < 3; ++k) {
          int y = Target(k, e.label);
          if (y < 0) continue;
          double z = bias[k];
          for (uint32_t b : e.buckets) z += w[4 * b + k] * inv;
          double p = 1.0 / (1.0 + std::exp(-z));
          double cw = y ? (pos[k] + neg[k]) / (2 * pos[k]) : (pos[k] + neg[k]) / (2 * neg[k]);
          loss += -cw * (y ? std::log(p + 1e-12) : std::log(1 - p + 1e-12));
          double g = (p - y) * cw;
          for (uint32_t b : e.buckets) {
            size_t i = 4 * b + k;
            float gi = static_cast<float>(g * inv) + static_cast<float>(l2) * w[i];
            g2[i] += gi * gi;
            w[i] -= static_cast<float>(lr) * gi / std::sqrt(g2[i]);
          }
          bg2[k] += g * g;
          bias[k] -= lr * g / std::sqrt(bg2[k]);
        }
      }
      if (epoch + 1 == epochs) {
        std::fprintf(stderr, "member %d: %zu examples, final loss %.4f\n", m, order.size(),
                     loss / static_cast<double>(order.size()));
      }
    }
    for (size_t i = 0; i < w.size(); ++i) avg[i] += w[i] / static_cast<float>(members);
    for (int k = 0; k < 4; ++k) avg_bias[k] += bias[k] / members;
  }
  w.swap(avg);
  bias = avg_bias;
  for (int k = 0; k < 4; ++k) header.bias[k] = static_cast<float>(bias[k]);
  auto st = ci::LinearModel::Write(argv[2], header, w);
  if (!st.ok()) {
    std::cerr << st.ToString() << "\n";
    return 1;
  }
  // Calibrate on held-out texts with the quantised model, exactly as scored.
  std::ifstream mf(argv[2], std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(mf)), std::istreambuf_iterator<char>());
  auto model = ci::LinearModel::Parse(bytes);
  if (!model.ok()) {
    std::cerr << model.status().ToString() << "\n";
    return 1;
  }
  std::array<std::vector<float>, 3> benign, positive;
  for (const auto& [text, l] : val) {
    ci::ExtractFeatures(text, fc, toks, buckets);
    auto s = model->Score(toks, buckets);
    for (int k = 0; k < 3; ++k) {
      int y = Target(k, l);
      if (y == 0 && l == kBenign) benign[k].push_back(s.logit[k]);
      if (y == 1) positive[k].push_back(s.logit[k]);
    }
  }
  const char* names[3] = {"prompt_injection", "jailbreak", "harmful_request"};
  for (int k = 0; k < 3; ++k) {
    auto& b = benign[k];
    std::sort(b.begin(), b.end());
    float thr = b.empty() ? 0.0f : b[std::min(b.size() - 1, static_cast<size_t>(std::ceil(0.995 * b.size())))];
    size_t hit = std::count_if(positive[k].begin(), positive[k].end(), [&](float v) { return v > thr; });
    std::fprintf(stderr, "%-17s threshold logit %.3f: calibration recall %.3f (%zu/%zu), benign %zu\n", names[k], thr,
                 positive[k].empty() ? 0.0 : static_cast<double>(hit) / positive[k].size(), hit, positive[k].size(),
                 b.size());
    header.bias[k] = static_cast<float>(bias[k]) - thr;
  }
  st = ci::LinearModel::Write(argv[2], header, w);
  if (!st.ok()) {
    std::cerr << st.ToString() << "\n";
    return 1;
  }
  std::fprintf(stderr, "wrote %s\n", argv[2]);
  return 0;
}
