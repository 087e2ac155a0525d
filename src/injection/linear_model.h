// The trained classifier: a linear model over hashed word, word-bigram and
// character n-gram features (features.h), three logistic heads sharing one
// bucket table of int8 weights. A document's logit is the mean of its
// features' weights plus a bias; long documents are scored in overlapping
// windows of tokens and the maximum is kept, so one planted instruction is
// not diluted by a long benign document. Format: docs/formats/injection-model.md.
//
// Thread safety: immutable after Parse(); Score() is const and re-entrant.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/status.h"
#include "injection/features.h"

namespace convoguard::injection {

inline constexpr int kHeads = 3;  // 0 prompt injection, 1 jailbreak, 2 harmful request

struct ModelHeader {
  FeatureConfig features;
  uint32_t window_tokens = 96;
  uint32_t window_stride = 48;
  // Per-head bias already shifted by the calibrated threshold: `bias` for
  // prompts, `doc_bias` for documents (ContentKind::kDocument), each
  // calibrated on benign texts of its kind. Version 1 files have one bias;
  // Parse copies it into doc_bias. Index 3 is unused.
  std::array<float, 4> bias{};
  std::array<float, 4> doc_bias{};
  std::array<float, 4> scale{};
  // The weight sum is divided by sqrt(max(n, min_features)) for n features:
  // a text of a few words cannot reach the confidence of a sentence (short
  // probes such as "!mock system" scored as injections). Version 1: 1.
  uint32_t min_features = 1;
  uint32_t version = 4;  // of the file it was parsed from; Write always writes 4
};

// Injection-rule families whose signals the document combination reads
// (heuristics.h, DocumentRuleSignals): document_directive, off_task_request,
// instruction_override, prompt_extraction, new_instructions / authority_claim,
// role_marker, any other injection rule.
inline constexpr int kRuleFamilies = 7;

// The learned combination of the injection rules with the classifier for
// documents (ContentKind::kDocument), fitted by the trainer on held-out
// training documents: the document's injection logit is
//   bias + clf * clamp(classifier document logit, -kClfClamp, kClfClamp)
//        + sum_f rule[f] * (highest score of a span of family f, 0 if none;
//                           heuristics.h, DocumentRuleSignals)
// (already shifted by its calibrated threshold, so 0 is the operating point).
// Absent (present == false) in version 1 and 2 files: the guard then takes
// the maximum of the classifier and the rules, as those files were scored.
struct DocumentCombiner {
  static constexpr float kClfClamp = 30.0f;
  bool present = false;
  float bias = 0;
  float clf = 0;
  std::array<float, kRuleFamilies> rule{};
  float Logit(float classifier_logit, const std::array<float, kRuleFamilies>& signals) const;
};

// Rule families each head's prompt combination reads (heuristics.h,
// PromptRuleSignals; per head, unused slots 0):
//   injection: instruction_override, prompt_extraction, new_instructions or
//     authority_claim, role_marker, document_directive;
//   jailbreak: a persona or restriction-removal rule (persona_unrestricted,
//     restrictions_removed, jailbreak_mode, safety_bypass), stay_in_character,
//     adversarial_suffix, framed_harmful_request;
//   harmful request: harmful_request_pattern, self_harm_intent.
inline constexpr int kPromptFamilies = 5;

// The learned combination of the rules with the classifier for prompts
// (ContentKind::kPrompt; version 4), fitted by the trainer on prompts the
// classifier did not train on. Per head k whose block is present:
//   logit_k = bias[k] + clamp(classifier prompt logit of head k, -kClfClamp, kClfClamp)
//             + sum_f rule[k][f] * (highest score of a head-k span of family f, 0 if none)
// in units of the classifier's logit (the fit is scaled so the classifier's
// weight is 1: a prompt no rule fires on scores as the classifier with a
// shifted bias, and the guard's other thresholds on a head's score, such as
// the framing rule's, keep their meaning); already shifted by the shipped
// threshold, so 0 is the operating point. Spans of other rules (decoded
// payloads, encoded_harmful_request) still count by their score (maximum).
// An absent head (present[k] == false; every head of version 1-3 files) takes
// the maximum of classifier and rules.
struct PromptCombiner {
  static constexpr float kClfClamp = 30.0f;
  std::array<bool, kHeads> present{};
  std::array<float, kHeads> bias{};
  std::array<std::array<float, kPromptFamilies>, kHeads> rule{};
  bool any() const { return present[0] || present[1] || present[2]; }
  float Logit(int head, float classifier_logit, const std::array<float, kPromptFamilies>& signals) const;
};

struct HeadScores {
  std::array<float, kHeads> logit{};
  std::array<uint32_t, kHeads> best_token{};  // first token of the best window
};

class LinearModel {
 public:
  // Validates magic (CGINJM04 with a document and a prompt combiner, CGINJM03
  // with a document combiner, or the older CGINJM02 and CGINJM01 without
  // one), sizes and checksums, and copies the weights.
  static Result<LinearModel> Parse(std::string_view bytes);
  // Quantises float weights (4 per bucket, bucket-major) and writes a
  // version-4 model; `combiner.present == false` writes an all-zero block
  // that Parse reads as absent, and so does a head of `prompt` that is not
  // present.
  // REQUIRES: weights.size() == 4 << header.features.hash_bits.
  static Status Write(const std::string& path, const ModelHeader& header, const std::vector<float>& weights,
                      const DocumentCombiner& combiner = {}, const PromptCombiner& prompt = {});

  const ModelHeader& header() const { return header_; }
  const DocumentCombiner& combiner() const { return combiner_; }
  const PromptCombiner& prompt_combiner() const { return prompt_; }
  // Max-over-windows logits for a tokenised text, with the prompt biases or,
  // when `document`, the document biases.
  // REQUIRES: tokens and buckets as ExtractFeatures writes them (each
  // token's buckets follow the previous token's).
  HeadScores Score(const std::vector<Token>& tokens, const std::vector<uint32_t>& buckets, bool document = false) const;
  // The prompt logits of tokens [begin, end) scored as a text of their own
  // (one window; the n-grams that cross `begin` count, as they do for any
  // window): a part of a prompt, such as the payload of a wrapper or the last
  // sentences of a long paste, without re-tokenising it.
  // REQUIRES: begin < end <= tokens.size(), end - begin <= header().window_tokens;
  // tokens and buckets as for Score.
  std::array<float, kHeads> ScoreRange(const std::vector<Token>& tokens, const std::vector<uint32_t>& buckets,
                                       size_t begin, size_t end) const;
  size_t memory_bytes() const { return weights_.size() * sizeof(weights_[0]); }

  // A bucket's three int8 weights, each plus 128 (0..255), in lanes of 21
  // bits of one word: the weights of up to kMaxLaneTerms buckets are summed
  // with one addition per bucket and no lane overflows into the next.
  static constexpr int kLaneBits = 21;
  static constexpr uint64_t kLaneMask = (uint64_t{1} << kLaneBits) - 1;
  static constexpr uint32_t kMaxLaneTerms = static_cast<uint32_t>(kLaneMask / 255);

 private:
  // Adds the weights of buckets[from, to) to acc, per head.
  void AddWeights(const std::vector<uint32_t>& buckets, uint32_t from, uint32_t to,
                  std::array<int64_t, kHeads>& acc) const;
  ModelHeader header_;
  DocumentCombiner combiner_;
  PromptCombiner prompt_;
  // Per bucket, the weights of heads 0-2 in lanes (kLaneBits; 2 MiB for 18
  // hash bits). The file's fourth weight per bucket is unused.
  std::vector<uint64_t> weights_;
};

}  // namespace convoguard::injection
