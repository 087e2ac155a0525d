// The Analyzer implementation: the rule catalog compiled into one pattern
// set, and the stream that turns raw matches into findings.
//
// Pipeline per chunk (EngineStream::Write):
//   original bytes -> Normalizer -> normalized window
//   -> Vectorscan over the new bytes plus the overlap a match that ends in
//      them may need (from the last step's pending frontier, at most one
//      horizon): match ends
//   -> per rule, a region of possible match starts
//   -> once a start's match can no longer change (PCRE2 hard partial
//      matching says it is complete, or the rule's width has passed) and its
//      context has arrived: PCRE2 finds the exact matches, the validator and
//      context words score them, the offsets are mapped back to the original
//   -> buffered findings -> overlap resolution once nothing can overlap them
//   -> released with safe_bytes: everything before the earliest start that
//      an open region, a buffered finding or a pending (partial) match
//      could still cover (matching::PendingMatches).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "convoguard/analyzer.h"
#include "matching/pattern_set.h"
#include "matching/pending_matches.h"
#include "recognizers/context.h"
#include "recognizers/rule.h"
#include "text/normalizer.h"

namespace convoguard::analyzer {

class Engine final : public Analyzer, public std::enable_shared_from_this<Engine> {
 public:
  static Result<std::shared_ptr<const Engine>> Build(const AnalyzerOptions& options);

  Result<ScanResult> Scan(std::string_view text, const FindingFilter& filter) const override;
  std::unique_ptr<StreamScanner> NewStream(const FindingFilter& filter) const override;
  std::vector<std::string> SupportedEntities() const override;
  size_t rule_count() const override { return rules_.size(); }

  const std::vector<recognizers::Rule>& rules() const { return rules_; }
  const matching::PatternSet& patterns() const { return *patterns_; }
  std::shared_ptr<const matching::PatternSet> pattern_set() const { return patterns_; }
  // How far behind the end of the stream an unreported match may start.
  uint64_t horizon() const { return horizon_; }
  // Pattern index of rule i's opener, or -1.
  int opener_of(size_t i) const { return opener_index_[i]; }

 private:
  std::vector<recognizers::Rule> rules_;
  std::vector<recognizers::ContextWords> context_words_;  // per rule, of rules_[i].context
  std::vector<int> opener_index_;       // per rule
  std::vector<int> rule_of_opener_;     // per pattern index >= rules_.size()
  std::shared_ptr<const matching::PatternSet> patterns_;
  // Rules without an opener, and the openers: their open matches hold a
  // stream back (EngineStream::Step).
  std::shared_ptr<const matching::PendingPlan> pending_plan_;
  uint64_t horizon_ = 0;
  friend class EngineStream;
};

}  // namespace convoguard::analyzer
