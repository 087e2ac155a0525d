#include "evaluation/scoring.h"

#include <algorithm>

namespace convoguard::evaluation {
namespace {

double Ratio(uint64_t num, uint64_t den) { return den == 0 ? 0.0 : static_cast<double>(num) / den; }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }
bool Overlaps(uint64_t b1, uint64_t e1, uint64_t b2, uint64_t e2) { return b1 < e2 && b2 < e1; }

}  // namespace

double EntityScore::ExactPrecision() const { return Ratio(exact_tp, predicted); }
double EntityScore::ExactRecall() const { return Ratio(exact_tp, gold); }
double EntityScore::ExactF1() const { return F1(ExactPrecision(), ExactRecall()); }
double EntityScore::OverlapPrecision() const { return Ratio(overlap_pred_tp, predicted); }
double EntityScore::OverlapRecall() const { return Ratio(overlap_gold_tp, gold); }
double EntityScore::OverlapF1() const { return F1(OverlapPrecision(), OverlapRecall()); }

void EntityScore::Add(const EntityScore& o) {
  gold += o.gold;
  predicted += o.predicted;
  exact_tp += o.exact_tp;
  overlap_pred_tp += o.overlap_pred_tp;
  overlap_gold_tp += o.overlap_gold_tp;
}

Scorer::Scorer(std::vector<std::string> entities, size_t keep_mistakes)
    : entities_(std::move(entities)), keep_mistakes_(keep_mistakes) {}

bool Scorer::Scored(const std::string& type, const GoldExample& ex) const {
  auto has = [&](const std::vector<std::string>& v) { return std::find(v.begin(), v.end(), type) != v.end(); };
  if (!entities_.empty() && !has(entities_)) return false;
  return !ex.scope || has(*ex.scope);
}

void Scorer::Note(Mistake m) {
  if (mistakes_.size() < keep_mistakes_) mistakes_.push_back(std::move(m));
}

void Scorer::Add(const GoldExample& ex, const std::vector<Finding>& findings) {
  const uint64_t index = examples_++;
  std::vector<const GoldSpan*> gold;
  for (const GoldSpan& g : ex.spans) {
    if (Scored(g.entity_type, ex)) gold.push_back(&g);
  }
  std::vector<const Finding*> pred;
  for (const Finding& f : findings) {
    if (Scored(f.entity_type, ex)) pred.push_back(&f);
  }
  auto value = [&](uint64_t b, uint64_t e) { return CodePointSlice(ex.text, b, e); };

  std::vector<bool> gold_exact(gold.size(), false), gold_overlap(gold.size(), false);
  for (const Finding* f : pred) {
    EntityScore& s = per_entity_[f->entity_type];
    ++s.predicted;
    bool exact = false, overlap = false;
    const GoldSpan* near = nullptr;
    for (size_t i = 0; i < gold.size(); ++i) {
      const GoldSpan& g = *gold[i];
      if (g.entity_type != f->entity_type) continue;
      if (g.start == f->start && g.end == f->end && !gold_exact[i]) {
        exact = true;
        gold_exact[i] = true;
      }
      if (Overlaps(g.start, g.end, f->start, f->end)) {
        overlap = true;
        gold_overlap[i] = true;
        near = &g;
      }
    }
    s.exact_tp += exact;
    s.overlap_pred_tp += overlap;
    if (!overlap) {
      Note({"false_positive", f->entity_type, value(f->start, f->end), "", index});
    } else if (!exact) {
      Note({"wrong_span", f->entity_type, value(f->start, f->end), value(near->start, near->end), index});
    }
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    EntityScore& s = per_entity_[gold[i]->entity_type];
    ++s.gold;
    s.overlap_gold_tp += gold_overlap[i];
    if (!gold_overlap[i]) Note({"missed", gold[i]->entity_type, value(gold[i]->start, gold[i]->end), "", index});
  }
  for (const LookAlike& l : ex.lookalikes) {
    LookAlikeScore& s = lookalikes_[l.kind];
    ++s.seen;
    bool hit = false;
    for (const Finding& f : findings) {
      if (!entities_.empty() && std::find(entities_.begin(), entities_.end(), f.entity_type) == entities_.end()) continue;
      if (Overlaps(l.start, l.end, f.start, f.end)) {
        hit = true;
        ++s.hit_by[f.entity_type];
        Note({"lookalike_hit", f.entity_type, value(f.start, f.end), l.kind, index});
      }
    }
    s.hit += hit;
  }
}

EntityScore Scorer::Total() const {
  EntityScore t;
  for (const auto& [type, s] : per_entity_) t.Add(s);
  return t;
}

std::string CodePointSlice(std::string_view s, uint64_t start, uint64_t end) {
  // Walk code points the way CodePointCount does, on a prefix at a time.
  uint64_t cp = 0;
  size_t i = 0, from = std::string_view::npos;
  while (i <= s.size()) {
    if (cp == start && from == std::string_view::npos) from = i;
    if (cp == end || i == s.size()) break;
    size_t next = i + 1;
    for (size_t len = 4; len >= 1; --len) {
      if (i + len <= s.size() && CodePointCount(s.substr(i, len)) == 1) {
        next = i + len;
        break;
      }
    }
    i = next;
    ++cp;
  }
  if (from == std::string_view::npos) return {};
  return std::string(s.substr(from, i - from));
}

}  // namespace convoguard::evaluation
