#include "injection/linear_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>

namespace convoguard::injection {
namespace {

constexpr char kMagicV1[8] = {'C', 'G', 'I', 'N', 'J', 'M', '0', '1'};
constexpr char kMagicV2[8] = {'C', 'G', 'I', 'N', 'J', 'M', '0', '2'};
constexpr char kMagicV3[8] = {'C', 'G', 'I', 'N', 'J', 'M', '0', '3'};
constexpr char kMagic[8] = {'C', 'G', 'I', 'N', 'J', 'M', '0', '4'};
constexpr size_t kHeaderBytesV1 = 72;
constexpr size_t kHeaderBytes = 96;  // version 2 and 3: doc_bias[4], min_features, reserved
// Version 3 appends the document combiner after the weight table: a count of
// floats, the floats (bias, clf, rule[kRuleFamilies]) and their FNV-1a 64.
constexpr uint32_t kCombinerFloats = 2 + kRuleFamilies;
constexpr size_t kCombinerBytes = 4 + 4 * kCombinerFloats + 8;
// Version 4 appends the prompt combiner after that: a count of floats, per
// head (present: 1 or 0, bias, rule[kPromptFamilies]), and their FNV-1a 64.
constexpr uint32_t kPromptFloats = kHeads * (2 + kPromptFamilies);
constexpr size_t kPromptBytes = 4 + 4 * kPromptFloats + 8;

uint64_t Fnv64(const void* data, size_t n) {
  const auto* p = static_cast<const unsigned char*>(data);
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

template <typename T>
T Load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <typename T>
void Store(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

}  // namespace

Result<LinearModel> LinearModel::Parse(std::string_view b) {
  uint32_t version = 0;
  if (b.size() >= 8 && std::memcmp(b.data(), kMagic, 8) == 0) version = 4;
  if (b.size() >= 8 && std::memcmp(b.data(), kMagicV3, 8) == 0) version = 3;
  if (b.size() >= 8 && std::memcmp(b.data(), kMagicV2, 8) == 0) version = 2;
  if (b.size() >= 8 && std::memcmp(b.data(), kMagicV1, 8) == 0) version = 1;
  const size_t header_bytes = version == 1 ? kHeaderBytesV1 : kHeaderBytes;
  if (version == 0 || b.size() < header_bytes) {
    return Status::DataLoss("injection model: bad magic or truncated header");
  }
  const char* p = b.data();
  LinearModel m;
  ModelHeader& h = m.header_;
  h.version = version;
  // Version 2 inserts doc_bias[4] at offset 48 and min_features, reserved
  // (0) at 80; scale and the checksum move.
  const size_t scale_at = version == 1 ? 48 : 64, sum_at = version == 1 ? 64 : 88;
  h.min_features = version == 1 ? 1 : Load<uint32_t>(p + 80);
  h.features.hash_bits = Load<uint32_t>(p + 8);
  h.features.char_min = Load<uint32_t>(p + 12);
  h.features.char_max = Load<uint32_t>(p + 16);
  uint32_t heads = Load<uint32_t>(p + 20);
  h.window_tokens = Load<uint32_t>(p + 24);
  h.window_stride = Load<uint32_t>(p + 28);
  for (int i = 0; i < 4; ++i) {
    h.bias[i] = Load<float>(p + 32 + 4 * i);
    h.doc_bias[i] = version == 1 ? h.bias[i] : Load<float>(p + 48 + 4 * i);
    h.scale[i] = Load<float>(p + scale_at + 4 * i);
  }
  uint64_t sum = Load<uint64_t>(p + sum_at);
  if (h.features.hash_bits < 8 || h.features.hash_bits > 24 || heads != kHeads || h.features.char_min < 1 ||
      h.features.char_min > h.features.char_max || h.features.char_max > 8 || h.window_tokens < 8 ||
      h.window_stride < 1 || h.window_stride > h.window_tokens || h.min_features < 1 || h.min_features > 4096 ||
      (version >= 2 && Load<uint32_t>(p + 84) != 0)) {
    return Status::DataLoss("injection model: header fields out of range");
  }
  for (int i = 0; i < 4; ++i) {
    if (!std::isfinite(h.bias[i]) || !std::isfinite(h.doc_bias[i]) || !std::isfinite(h.scale[i])) return Status::DataLoss("injection model: NaN");
  }
  size_t n = size_t{1} << h.features.hash_bits;
  const size_t tail = (version >= 3 ? kCombinerBytes : 0) + (version >= 4 ? kPromptBytes : 0);
  if (b.size() != header_bytes + 4 * n + tail) return Status::DataLoss("injection model: wrong size");
  if (Fnv64(p + header_bytes, 4 * n) != sum) return Status::DataLoss("injection model: checksum mismatch");
  m.weights_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const char* w = p + header_bytes + 4 * i;
    uint64_t packed = 0;
    for (int k = 0; k < kHeads; ++k) {
      packed |= static_cast<uint64_t>(static_cast<int8_t>(w[k]) + 128) << (kLaneBits * k);
    }
    m.weights_[i] = packed;
  }
  if (version >= 3) {
    const char* c = p + header_bytes + 4 * n;
    if (Load<uint32_t>(c) != kCombinerFloats) return Status::DataLoss("injection model: combiner size mismatch");
    if (Fnv64(c, 4 + 4 * kCombinerFloats) != Load<uint64_t>(c + 4 + 4 * kCombinerFloats)) {
      return Status::DataLoss("injection model: combiner checksum mismatch");
    }
    std::array<float, kCombinerFloats> f;
    bool any = false;
    for (uint32_t i = 0; i < kCombinerFloats; ++i) {
      f[i] = Load<float>(c + 4 + 4 * i);
      if (!std::isfinite(f[i])) return Status::DataLoss("injection model: NaN in combiner");
      any |= f[i] != 0;
    }
    DocumentCombiner& dc = m.combiner_;
    dc.present = any;
    dc.bias = f[0];
    dc.clf = f[1];
    for (int i = 0; i < kRuleFamilies; ++i) dc.rule[i] = f[2 + i];
  }
  if (version >= 4) {
    const char* c = p + header_bytes + 4 * n + kCombinerBytes;
    if (Load<uint32_t>(c) != kPromptFloats) return Status::DataLoss("injection model: prompt combiner size mismatch");
    if (Fnv64(c, 4 + 4 * kPromptFloats) != Load<uint64_t>(c + 4 + 4 * kPromptFloats)) {
      return Status::DataLoss("injection model: prompt combiner checksum mismatch");
    }
    PromptCombiner& pc = m.prompt_;
    for (int k = 0; k < kHeads; ++k) {
      const char* hk = c + 4 + 4 * (2 + kPromptFamilies) * k;
      const float flag = Load<float>(hk);
      pc.bias[k] = Load<float>(hk + 4);
      if (!(flag == 0 || flag == 1) || !std::isfinite(pc.bias[k])) {
        return Status::DataLoss("injection model: bad prompt combiner head");
      }
      pc.present[k] = flag == 1;
      for (int i = 0; i < kPromptFamilies; ++i) {
        pc.rule[k][i] = Load<float>(hk + 8 + 4 * i);
        // A rule that fires never lowers the score (the trainer fits them >= 0).
        if (!std::isfinite(pc.rule[k][i]) || pc.rule[k][i] < 0) {
          return Status::DataLoss("injection model: bad prompt combiner weight");
        }
      }
    }
  }
  return m;
}

float DocumentCombiner::Logit(float classifier_logit, const std::array<float, kRuleFamilies>& signals) const {
  float z = bias + clf * std::clamp(classifier_logit, -kClfClamp, kClfClamp);
  for (int i = 0; i < kRuleFamilies; ++i) z += rule[i] * signals[i];
  return z;
}

float PromptCombiner::Logit(int head, float classifier_logit, const std::array<float, kPromptFamilies>& signals) const {
  float z = bias[head] + std::clamp(classifier_logit, -kClfClamp, kClfClamp);
  for (int i = 0; i < kPromptFamilies; ++i) z += rule[head][i] * signals[i];
  return z;
}

Status LinearModel::Write(const std::string& path, const ModelHeader& h, const std::vector<float>& w,
                          const DocumentCombiner& combiner, const PromptCombiner& prompt) {
  size_t n = size_t{1} << h.features.hash_bits;
  if (w.size() != 4 * n) return Status::InvalidArgument("weights size does not match hash_bits");
  ModelHeader q = h;
  std::vector<int8_t> qw(4 * n);
  for (int k = 0; k < 4; ++k) {
    float mx = 0;
    for (size_t i = 0; i < n; ++i) mx = std::max(mx, std::fabs(w[4 * i + k]));
    q.scale[k] = mx > 0 ? mx / 127.0f : 1.0f;
    for (size_t i = 0; i < n; ++i) {
      qw[4 * i + k] = static_cast<int8_t>(std::lround(std::clamp(w[4 * i + k] / q.scale[k], -127.0f, 127.0f)));
    }
  }
  std::string out(kMagic, 8);
  Store<uint32_t>(out, q.features.hash_bits);
  Store<uint32_t>(out, q.features.char_min);
  Store<uint32_t>(out, q.features.char_max);
  Store<uint32_t>(out, kHeads);
  Store<uint32_t>(out, q.window_tokens);
  Store<uint32_t>(out, q.window_stride);
  for (float v : q.bias) Store<float>(out, v);
  for (float v : q.doc_bias) Store<float>(out, v);
  for (float v : q.scale) Store<float>(out, v);
  Store<uint32_t>(out, q.min_features);
  Store<uint32_t>(out, 0);  // reserved
  Store<uint64_t>(out, Fnv64(qw.data(), qw.size()));
  out.append(reinterpret_cast<const char*>(qw.data()), qw.size());
  const size_t block = out.size();
  Store<uint32_t>(out, kCombinerFloats);
  const bool on = combiner.present;
  Store<float>(out, on ? combiner.bias : 0.0f);
  Store<float>(out, on ? combiner.clf : 0.0f);
  for (float v : combiner.rule) Store<float>(out, on ? v : 0.0f);
  Store<uint64_t>(out, Fnv64(out.data() + block, out.size() - block));
  const size_t pblock = out.size();
  Store<uint32_t>(out, kPromptFloats);
  for (int k = 0; k < kHeads; ++k) {
    const bool pk = prompt.present[k];
    Store<float>(out, pk ? 1.0f : 0.0f);
    Store<float>(out, pk ? prompt.bias[k] : 0.0f);
    for (float v : prompt.rule[k]) Store<float>(out, pk ? v : 0.0f);
  }
  Store<uint64_t>(out, Fnv64(out.data() + pblock, out.size() - pblock));
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f.write(out.data(), static_cast<std::streamsize>(out.size()))) {
    return Status::Internal("cannot write " + path);
  }
  return Status::Ok();
}

void LinearModel::AddWeights(const std::vector<uint32_t>& buckets, uint32_t from, uint32_t to,
                             std::array<int64_t, kHeads>& acc) const {
  // The buckets' weights summed in the lanes of weights_ (one addition per
  // bucket), kMaxLaneTerms at a time, each lane less 128 per bucket: the same
  // integers as summing the int8 weights one by one.
  for (uint32_t f = from; f < to;) {
    const uint32_t end = std::min(to, f + kMaxLaneTerms);
    const int32_t lane_bias = 128 * static_cast<int32_t>(end - f);
    uint64_t lanes = 0;
    for (; f < end; ++f) lanes += weights_[buckets[f]];
    for (int k = 0; k < kHeads; ++k) {
      acc[k] += static_cast<int32_t>((lanes >> (kLaneBits * k)) & kLaneMask) - lane_bias;
    }
  }
}

HeadScores LinearModel::Score(const std::vector<Token>& tokens, const std::vector<uint32_t>& buckets,
                              bool document) const {
  HeadScores out;
  const size_t nt = tokens.size();
  const std::array<float, 4>& bias = document ? header_.doc_bias : header_.bias;
  for (int k = 0; k < kHeads; ++k) out.logit[k] = bias[k];
  if (nt == 0) return out;
  // A text longer than one window is scored by its windows only, never as
  // a whole: the logit is a sum over sqrt(features), so the whole of a long
  // text would grow with its length (an ordinary prompt repeated 68 times
  // scored 0.84 as an injection) and not match how the model was trained.
  // fn(s, e, first) for each window of tokens [s, e), in order.
  const size_t w = header_.window_tokens;
  auto for_each_window = [&](auto fn) {
    if (nt <= w) {
      fn(0, nt, true);
      return;
    }
    for (size_t s = 0;; s += header_.window_stride) {
      if (s + w >= nt) {
        fn(nt - w, nt, s == 0);
        return;
      }
      fn(s, s + w, s == 0);
    }
  };
  // Integer weight sums from the first bucket to each token index a window
  // starts or ends at (at[i], ascending; sum[i]); a window is two lookups.
  // The tokens' buckets are consecutive (ExtractFeatures), so the sum up to
  // a token is one run of buckets, summed in the lanes of weights_ (one
  // addition per bucket), kMaxLaneTerms at a time, each lane less 128 per
  // bucket: the same integers as summing the int8 weights one by one.
  thread_local std::vector<size_t> at;
  // int64: a 4 MiB text's sum may pass what an int32 holds.
  thread_local std::vector<std::array<int64_t, kHeads>> sum;
  at.clear();
  for_each_window([&](size_t s, size_t e, bool) {
    at.push_back(s);
    at.push_back(e);
  });
  std::sort(at.begin(), at.end());
  at.erase(std::unique(at.begin(), at.end()), at.end());
  sum.resize(at.size());
  std::array<int64_t, kHeads> acc{};
  uint32_t f = tokens[0].feat_begin;
  for (size_t i = 0; i < at.size(); ++i) {
    const uint32_t to = at[i] < nt ? tokens[at[i]].feat_begin : tokens[nt - 1].feat_end;
    AddWeights(buckets, f, to, acc);
    f = std::max(f, to);
    sum[i] = acc;
  }
  auto sum_at = [&](size_t token) { return sum[static_cast<size_t>(std::lower_bound(at.begin(), at.end(), token) - at.begin())]; };
  for_each_window([&](size_t s, size_t e, bool first) {
    uint32_t nf = tokens[e - 1].feat_end - tokens[s].feat_begin;
    if (nf == 0) return;
    nf = std::max(nf, header_.min_features);
    const std::array<int64_t, kHeads> ss = sum_at(s), se = sum_at(e);
    for (int k = 0; k < kHeads; ++k) {
      float z = bias[k] + header_.scale[k] * static_cast<float>(se[k] - ss[k]) / std::sqrt(static_cast<float>(nf));
      if (first || z > out.logit[k]) {
        out.logit[k] = z;
        out.best_token[k] = static_cast<uint32_t>(s);
      }
    }
  });
  return out;
}

std::array<float, kHeads> LinearModel::ScoreRange(const std::vector<Token>& tokens, const std::vector<uint32_t>& buckets,
                                                  size_t begin, size_t end) const {
  std::array<float, kHeads> out;
  for (int k = 0; k < kHeads; ++k) out[k] = header_.bias[k];
  uint32_t f = tokens[begin].feat_begin;
  const uint32_t to = tokens[end - 1].feat_end;
  if (to <= f) return out;
  const uint32_t nf = std::max(to - f, header_.min_features);
  std::array<int64_t, kHeads> acc{};
  AddWeights(buckets, f, to, acc);
  for (int k = 0; k < kHeads; ++k) {
    out[k] = header_.bias[k] + header_.scale[k] * static_cast<float>(acc[k]) / std::sqrt(static_cast<float>(nf));
  }
  return out;
}

}  // namespace convoguard::injection
