// Span-level precision, recall and F1 of findings against gold examples.
//
// Two matchings are counted side by side:
//   exact   - a finding is right when a gold span has the same entity type
//             and the same start and end;
//   overlap - a finding is right when it overlaps (shares at least one code
//             point with) a gold span of the same entity type; a gold span is
//             found when a finding of its type overlaps it. Precision counts
//             findings, recall counts gold spans.
// Look-alikes (values labelled as no entity) are counted per kind: how many
// were seen and how many drew a finding of any type.
//
// Thread safety: a Scorer is single-threaded.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "convoguard/finding.h"
#include "evaluation/gold.h"

namespace convoguard::evaluation {

struct EntityScore {
  uint64_t gold = 0;            // gold spans of this type
  uint64_t predicted = 0;       // findings of this type
  uint64_t exact_tp = 0;        // findings equal to a gold span
  uint64_t overlap_pred_tp = 0; // findings overlapping a gold span of the type
  uint64_t overlap_gold_tp = 0; // gold spans overlapped by a finding of the type

  double ExactPrecision() const;
  double ExactRecall() const;
  double ExactF1() const;
  double OverlapPrecision() const;
  double OverlapRecall() const;
  double OverlapF1() const;
  void Add(const EntityScore& other);
};

struct LookAlikeScore {
  uint64_t seen = 0;
  uint64_t hit = 0;                         // drew at least one finding
  std::map<std::string, uint64_t> hit_by;   // entity type -> count
};

// A wrong or missed span, for showing to a person.
struct Mistake {
  std::string kind;         // "missed", "wrong_span", "false_positive", "lookalike_hit"
  std::string entity_type;
  std::string value;        // the text of the span
  std::string expected;     // for wrong_span: the gold value
  uint64_t example = 0;     // 0-based index of the example
};

class Scorer {
 public:
  // `entities`: when non-empty, only these types are scored.
  // `keep_mistakes`: how many Mistakes to keep (the first ones).
  explicit Scorer(std::vector<std::string> entities = {}, size_t keep_mistakes = 0);

  // Scores one example's findings (as Analyzer::Scan returned them).
  void Add(const GoldExample& example, const std::vector<Finding>& findings);

  uint64_t examples() const { return examples_; }
  const std::map<std::string, EntityScore>& per_entity() const { return per_entity_; }
  EntityScore Total() const;  // micro-average: every span counts once
  const std::map<std::string, LookAlikeScore>& lookalikes() const { return lookalikes_; }
  const std::vector<Mistake>& mistakes() const { return mistakes_; }

 private:
  bool Scored(const std::string& type, const GoldExample& example) const;
  void Note(Mistake m);

  std::vector<std::string> entities_;
  size_t keep_mistakes_;
  uint64_t examples_ = 0;
  std::map<std::string, EntityScore> per_entity_;
  std::map<std::string, LookAlikeScore> lookalikes_;
  std::vector<Mistake> mistakes_;
};

// The text of code points [start, end) of a UTF-8 string (invalid bytes
// count as one code point each, as in CodePointCount).
std::string CodePointSlice(std::string_view utf8, uint64_t start, uint64_t end);

}  // namespace convoguard::evaluation
