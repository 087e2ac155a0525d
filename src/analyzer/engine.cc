#include "analyzer/engine.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

#include "recognizers/catalog.h"
#include "recognizers/context.h"

namespace convoguard {

bool FindingFilter::Accepts(const Finding& f) const {
  return f.score >= threshold && AcceptsType(f.entity_type);
}

bool FindingFilter::AcceptsType(std::string_view entity_type) const {
  if (!entities.empty() && std::find(entities.begin(), entities.end(), entity_type) == entities.end()) {
    return false;
  }
  return std::find(exclude.begin(), exclude.end(), entity_type) == exclude.end();
}

// Compiling the database takes a noticeable time (about a second with every
// rule), and an Engine is immutable, so a process compiles each set of
// options once and keeps it. Processes use a handful of option sets (one per
// policy), so the cache is not evicted.
Result<std::shared_ptr<const Analyzer>> Analyzer::Create(const AnalyzerOptions& options) {
  std::vector<std::string> key_parts = options.entities;
  std::sort(key_parts.begin(), key_parts.end());
  std::string key;
  for (const auto& k : key_parts) key += k + ",";
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const analyzer::Engine>> cache;
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = cache.find(key); it != cache.end()) return std::shared_ptr<const Analyzer>(it->second);
  auto engine = analyzer::Engine::Build(options);
  if (!engine.ok()) return engine.status();
  cache[key] = engine.value();
  return std::shared_ptr<const Analyzer>(std::move(engine).value());
}

namespace analyzer {
namespace {
constexpr const char* kInvisibleType = "INVISIBLE_TEXT";
}  // namespace
}  // namespace analyzer

std::vector<std::string> Analyzer::KnownEntityTypes() {
  std::set<std::string> types{analyzer::kInvisibleType};
  for (const auto& r : recognizers::AllRules()) types.insert(r.entity_type);
  return {types.begin(), types.end()};
}

const char* Analyzer::DetectorOf(std::string_view entity_type) {
  static const std::set<std::string, std::less<>> secret_types = [] {
    recognizers::RuleList rules;
    recognizers::AddSecretRules(rules);
    std::set<std::string, std::less<>> types;
    for (const auto& r : rules) types.insert(r.entity_type);
    return types;
  }();
  if (entity_type == analyzer::kInvisibleType) return "invisible_text";
  if (secret_types.count(entity_type)) return "secrets";
  return "pii";
}

namespace analyzer {
namespace {

struct Pending {
  unsigned rule;
  uint64_t from;
  uint64_t to;
};

// Where a rule's matches may start: [lo, hi). hi is the last end Vectorscan
// reported (a match ends after its start, so none starts at hi: one that did
// would end later, and that end would have moved hi); lo is where the rule's
// exact search resumes (after its last confirmed match). Confirming is PCRE's left-to-right global match,
// done in pieces: a match starting at s is final once the stream is past
// s + max width + context.
struct Region {
  uint64_t lo;
  uint64_t hi;
};

// A rule's open regions, oldest first (a vector and the index of its first
// live element: no allocation until a rule has regions, none per pop).
struct RegionList {
  std::vector<Region> items;
  size_t head = 0;
  bool empty() const { return head == items.size(); }
  Region& front() { return items[head]; }
  const Region& front() const { return items[head]; }
  Region& back() { return items.back(); }
  void push_back(Region r) { items.push_back(r); }
  void pop_front() {
    if (++head == items.size()) clear();
  }
  void clear() {
    items.clear();
    head = 0;
  }
};

// A validated finding whose overlaps are not settled yet. Its Finding (three
// strings) is made only for the winners (EngineStream::FindingOf).
struct Buffered {
  uint64_t norm_begin;
  uint64_t norm_end;
  unsigned rule;
  double score;
  text::OrigPos orig_begin, orig_end;
  std::string reason;    // the validator's, may be empty
  std::string_view ctx;  // the context word seen: a word of the rule's list (it outlives the engine's streams)
};

}  // namespace

class EngineStream final : public StreamScanner {
 public:
  EngineStream(std::shared_ptr<const Engine> engine, FindingFilter filter)
      : engine_(std::move(engine)), filter_(std::move(filter)), patterns_(engine_->pattern_set()),
        regions_(engine_->rules_.size()), resume_(engine_->rules_.size(), 0),
        reported_(patterns_->size(), 0), pending_(engine_->pending_plan_) {}

  // Back to the state of a new stream with `filter`, keeping the buffers
  // and the Vectorscan scratch (Engine::Scan reuses one stream per thread).
  void Reset(const FindingFilter& filter);
  const Engine* engine() const { return engine_.get(); }
  // Room for a text of `bytes` bytes (normalized text is about as long).
  void Reserve(size_t bytes) { norm_.Reserve(bytes); }
  // Bytes its buffers hold on to between scans.
  size_t retained_bytes() const { return norm_.capacity_bytes() + buffered_.capacity() * sizeof(Buffered); }

  Result<StreamUpdate> Write(std::string_view chunk) override { return Step(chunk, false); }
  Result<StreamUpdate> Finish() override { return Step({}, true); }
  // Write(chunk) and Finish() in one step.
  Result<StreamUpdate> WriteLast(std::string_view chunk) { return Step(chunk, true); }
  uint64_t invalid_utf8_bytes() const override { return normalizer_.invalid_bytes(); }
  uint64_t invisible_chars() const override { return normalizer_.invisible_chars(); }

 private:
  Result<StreamUpdate> Step(std::string_view chunk, bool final);
  void OnEnd(unsigned id, uint64_t end);
  Status ConfirmRegions(uint64_t end, bool final);
  void Confirm(const Pending& p);
  Finding FindingOf(const Buffered& b) const;
  void Release(uint64_t safe_norm, bool final, StreamUpdate& out);
  void ReleaseInvisible(uint64_t safe_bytes, bool final, StreamUpdate& out);

  std::shared_ptr<const Engine> engine_;
  FindingFilter filter_;
  std::shared_ptr<const matching::PatternSet> patterns_;
  text::Normalizer normalizer_;
  text::NormalizedText norm_;
  matching::BlockScanner scanner_{patterns_};
  uint64_t scanned_ = 0;  // absolute normalized offset scanned so far
  // No match that ends after scanned_ starts before it (the pending
  // frontier of the last step, or an open region of a rule with an
  // opener): the next scan re-covers from there (less a margin, see Step)
  // rather than a whole horizon (BlockScanner::Scan reports only ends of
  // matches it sees whole).
  uint64_t scan_from_ = 0;
  bool finished_ = false;
  bool failed_ = false;
  // rule -> its open regions, in order. Ends far apart start new regions, so
  // the exact search covers only [end - width, end] around reported ends.
  std::vector<RegionList> regions_;
  std::vector<unsigned> open_;     // the rules with open regions (in rule order after ConfirmRegions)
  std::vector<uint64_t> resume_;   // rule -> end of its last confirmed match, 0 before the first
  std::vector<uint64_t> reported_;  // pattern -> its last end given to OnEnd, 0 before the first
  std::vector<Buffered> buffered_;
  // Release's scratch, kept between calls.
  std::vector<uint32_t> release_order_;
  std::vector<Buffered*> release_cluster_, release_won_;
  uint64_t released_bytes_ = 0;
  matching::PendingMatches pending_;  // where open matches may start
};

void EngineStream::Reset(const FindingFilter& filter) {
  filter_ = filter;
  normalizer_.Reset();
  norm_.Reset();
  scanned_ = 0;
  scan_from_ = 0;
  finished_ = false;
  failed_ = false;
  for (unsigned rule : open_) regions_[rule].clear();
  open_.clear();
  std::fill(resume_.begin(), resume_.end(), 0);
  std::fill(reported_.begin(), reported_.end(), 0);
  buffered_.clear();
  released_bytes_ = 0;
  pending_.Reset();
}

void EngineStream::OnEnd(unsigned id, uint64_t end) {
  reported_[id] = std::max(reported_[id], end);
  const uint64_t w = patterns_->StartReach(id);
  const uint64_t lo = end > w ? end - w : 0;
  const size_t nrules = engine_->rules_.size();
  if (id >= nrules) {
    // An opener starts every match of its (wide) rule: the rule's matches
    // may start from here on; confirm them once the rule's width has passed.
    id = static_cast<unsigned>(engine_->rule_of_opener_[id - nrules]);
  }
  RegionList& list = regions_[id];
  if (!list.empty() && list.back().hi >= lo) {
    list.back().hi = end;
    return;
  }
  if (list.empty()) open_.push_back(id);
  list.push_back(Region{std::max(lo, resume_[id]), end});
}

// Confirms, for every open region, the matches that can no longer grow.
Status EngineStream::ConfirmRegions(uint64_t end, bool final) {
  const std::string& w = norm_.text();
  const uint64_t base = norm_.norm_base();
  std::vector<Pending> found;
  std::sort(open_.begin(), open_.end());
  size_t kept = 0;
  for (size_t k = 0; k < open_.size(); ++k) {
    const unsigned rule = open_[k];
    RegionList& list = regions_[rule];
    const uint64_t reach = patterns_->MaxWidth(rule) + recognizers::kContextAfter;
    while (!list.empty()) {
    Region& r = list.front();
    r.lo = std::max(r.lo, resume_[rule]);
    if (r.lo >= r.hi) { list.pop_front(); continue; }  // no start left
    uint64_t cut = r.hi - 1;  // last start that is final now
    if (!final) {
      const bool passed = end >= reach && end - reach >= r.lo;  // the rule's width has passed r.lo
      cut = passed ? std::min(cut, end - reach) : 0;
      // Before that, a start is final when its match cannot change any more
      // and its context has arrived.
      auto live = pending_.FirstLive(rule, w, base, r.lo);
      if (!live.ok()) return live.status();
      if (live->start >= r.hi) { list.pop_front(); continue; }  // nothing can start here
      if (live->complete && live->end + recognizers::kContextAfter <= end && (!passed || live->start > cut)) {
        cut = live->start;
      } else if (!passed) {
        break;
      }
    }
    if (cut < r.lo) break;
    const uint64_t lo = std::max(r.lo, base);
    // What the callback needs, behind one pointer: a lambda capturing it all
    // would not fit std::function's inline storage (a heap allocation per
    // search).
    struct Sink {
      std::vector<Pending>& found;
      unsigned rule;
      uint64_t base;
      uint64_t last_end = 0;
    } sink{found, rule, base};
    Status st = patterns_->FindMatches(rule, w, static_cast<size_t>(lo - base),
                                       static_cast<size_t>(cut - base), [s = &sink](size_t b, size_t e) {
                                         s->found.push_back({s->rule, s->base + b, s->base + e});
                                         s->last_end = s->base + e;
                                       });
    const uint64_t last_end = sink.last_end;
    if (!st.ok()) return st;
    r.lo = std::max(cut + 1, last_end);
    if (last_end > 0) resume_[rule] = last_end;
    if (r.lo < r.hi) break;  // the rest of this region is not final yet
    list.pop_front();
    }
    if (!list.empty()) open_[kept++] = rule;
  }
  open_.resize(kept);
  // In rule order, not text order: nothing depends on the order in which
  // findings are buffered (Release walks them sorted by position, and
  // settles each cluster of overlapping ones by a total order), and sorting
  // the matches here cost over 1% of a dense scan.
  for (const Pending& p : found) Confirm(p);
  return Status::Ok();
}

namespace {
// The rule's context word near the candidate (in its table's header too, for
// rules that ask for it, when a boost could still raise the score), or an
// empty view.
std::string_view ContextWord(const recognizers::Rule& rule, const recognizers::ContextWords& words,
                             const recognizers::Candidate& c, double score) {
  const std::string_view w = words.Find(c.before, c.after);
  return w.empty() && rule.table_context && score < 1.0 ? recognizers::FindHeaderContextWord(c, rule.context) : w;
}
}  // namespace

void EngineStream::Confirm(const Pending& p) {
  const recognizers::Rule& rule = engine_->rules_[p.rule];
  const std::string& w = norm_.text();
  const uint64_t base = norm_.norm_base();
  if (p.from < base) return;  // cannot happen: the window keeps pending starts
  const size_t b = static_cast<size_t>(p.from - base), e = static_cast<size_t>(p.to - base);
  recognizers::Candidate c;
  c.text = std::string_view(w).substr(b, e - b);
  size_t cb = b >= recognizers::kContextBefore ? b - recognizers::kContextBefore : 0;
  c.before = std::string_view(w).substr(cb, b - cb);
  const size_t tb = b >= recognizers::kTableBefore ? b - recognizers::kTableBefore : 0;
  c.table_before = std::string_view(w).substr(tb, b - tb);
  c.after = std::string_view(w).substr(e, std::min(recognizers::kContextAfter, w.size() - e));
  // Findings the filter would drop whatever the validator says are not
  // validated (dropped findings take no part in overlap resolution).
  if (!filter_.AcceptsType(rule.entity_type)) return;
  const bool bounded = rule.weak && rule.max_score >= 0;
  std::string_view ctx;
  if (bounded) {
    ctx = ContextWord(rule, engine_->context_words_[p.rule], c, rule.max_score);
    if (ctx.empty() && std::clamp(rule.max_score - recognizers::kWeakPenalty, 0.0, 1.0) < filter_.threshold) {
      return;
    }
  }
  recognizers::Verdict v;
  if (rule.validate) {
    v = rule.validate(c);
    if (!v.accept) return;
  } else {
    v = recognizers::Verdict::Accept();
  }
  double score = v.score >= 0 ? v.score : rule.score;
  if (!bounded) ctx = ContextWord(rule, engine_->context_words_[p.rule], c, score);
  if (!ctx.empty()) {
    score += recognizers::kContextBoost;
  } else if (rule.weak) {
    score -= recognizers::kWeakPenalty;
  }
  score = std::clamp(score, 0.0, 1.0);
  size_t sb = std::min(v.sub_begin, c.text.size());
  size_t se = std::min(v.sub_end, c.text.size());
  if (se <= sb) return;
  // The type was accepted above: what is left of filter_.Accepts is the
  // threshold.
  if (score < filter_.threshold) return;
  Buffered f;
  f.norm_begin = p.from + sb;
  f.norm_end = p.from + se;
  f.rule = p.rule;
  f.score = score;
  f.orig_begin = norm_.OrigBegin(f.norm_begin);
  f.orig_end = norm_.OrigEnd(f.norm_end);
  f.reason = std::move(v.reason);
  f.ctx = ctx;
  buffered_.push_back(std::move(f));
}

Finding EngineStream::FindingOf(const Buffered& b) const {
  const recognizers::Rule& rule = engine_->rules_[b.rule];
  // Built in one allocation (dense text has a finding every ~60 bytes).
  constexpr std::string_view kPattern = "pattern ", kValidated = "; validated by ", kContext = "; context word '",
                             kNoContext = "; no context word";
  std::string explanation;
  explanation.reserve(kPattern.size() + rule.id.size() + (b.reason.empty() ? 0 : kValidated.size() + b.reason.size()) +
                      std::max(kContext.size() + b.ctx.size() + 1, kNoContext.size()));
  explanation.append(kPattern).append(rule.id);
  if (!b.reason.empty()) explanation.append(kValidated).append(b.reason);
  if (!b.ctx.empty()) {
    explanation.append(kContext).append(b.ctx).push_back('\'');
  } else if (rule.weak) {
    explanation.append(kNoContext);
  }
  return Finding{rule.entity_type, b.orig_begin.cp, b.orig_end.cp, b.orig_begin.byte, b.orig_end.byte, b.score,
                 rule.id, std::move(explanation)};
}

// Settles overlaps among buffered findings that end at or before safe_norm
// (nothing reported later can reach them) and moves the winners to `out`.
// Winner order: higher Rule::overlap_rank, then higher score, then longer
// span, then earlier rule.
void EngineStream::Release(uint64_t safe_norm, bool final, StreamUpdate& out) {
  if (buffered_.empty()) return;
  // Sorted through an index (a Buffered holds a string), and the winners'
  // findings made: the buffered ones are dropped below.
  std::vector<uint32_t>& order = release_order_;
  order.resize(buffered_.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [this](uint32_t x, uint32_t y) {
    const Buffered &a = buffered_[x], &b = buffered_[y];
    return a.norm_begin != b.norm_begin ? a.norm_begin < b.norm_begin : a.norm_end > b.norm_end;
  });
  // Split into clusters of transitively overlapping findings.
  std::vector<Buffered> keep;
  std::vector<Buffered*>& cluster = release_cluster_;
  std::vector<Buffered*>& won = release_won_;
  size_t i = 0;
  while (i < order.size()) {
    size_t j = i + 1;
    uint64_t end = buffered_[order[i]].norm_end;
    while (j < order.size() && buffered_[order[j]].norm_begin < end) {
      end = std::max(end, buffered_[order[j]].norm_end);
      ++j;
    }
    if (!final && end > safe_norm) {
      for (size_t k = i; k < j; ++k) keep.push_back(std::move(buffered_[order[k]]));
    } else if (j == i + 1) {
      out.findings.push_back(FindingOf(buffered_[order[i]]));  // alone: it wins
    } else {
      cluster.clear();
      for (size_t k = i; k < j; ++k) cluster.push_back(&buffered_[order[k]]);
      const auto& rules = engine_->rules_;
      std::sort(cluster.begin(), cluster.end(), [&rules](const Buffered* a, const Buffered* b) {
        const int ra = rules[a->rule].overlap_rank, rb = rules[b->rule].overlap_rank;
        if (ra != rb) return ra > rb;
        if (a->score != b->score) return a->score > b->score;
        uint64_t la = a->norm_end - a->norm_begin, lb = b->norm_end - b->norm_begin;
        if (la != lb) return la > lb;
        if (a->rule != b->rule) return a->rule < b->rule;
        return a->norm_begin < b->norm_begin;
      });
      won.clear();
      for (Buffered* c : cluster) {
        bool clash = false;
        for (const Buffered* w : won) {
          if (c->norm_begin < w->norm_end && w->norm_begin < c->norm_end) { clash = true; break; }
        }
        if (!clash) won.push_back(c);
      }
      std::sort(won.begin(), won.end(),
                [](const Buffered* a, const Buffered* b) { return a->norm_begin < b->norm_begin; });
      for (Buffered* w : won) out.findings.push_back(FindingOf(*w));
    }
    i = j;
  }
  buffered_ = std::move(keep);
}

// Reports invisible runs that lie wholly before safe_bytes.
void EngineStream::ReleaseInvisible(uint64_t safe_bytes, bool final, StreamUpdate& out) {
  auto& runs = normalizer_.invisible_runs();
  size_t n = 0;
  for (; n < runs.size(); ++n) {
    const text::InvisibleRun& r = runs[n];
    if (!final && r.orig_end > safe_bytes) break;
    Finding f{kInvisibleType, r.cp_begin, r.cp_end, r.orig_begin, r.orig_end,
              r.has_tag_chars ? 1.0 : 0.9, "invisible_text",
              std::to_string(r.cp_end - r.cp_begin) + " invisible character(s)" +
                  (r.has_tag_chars ? " including Unicode tag characters" : "")};
    if (filter_.Accepts(f)) out.findings.push_back(std::move(f));
  }
  runs.erase(runs.begin(), runs.begin() + static_cast<ptrdiff_t>(n));
}

Result<StreamUpdate> EngineStream::Step(std::string_view chunk, bool final) {
  if (finished_) return Status::FailedPrecondition("stream already finished");
  if (failed_) return Status::FailedPrecondition("stream failed earlier");
  normalizer_.Feed(chunk, final, norm_);
  const std::string& w = norm_.text();
  const uint64_t end = norm_.norm_end();
  if (end > scanned_) {
    // Re-cover bytes before the new ones so a match that ends in the new
    // bytes is seen whole; keep only ends in the new bytes. Every such
    // match starts at or after the frontier the last step left
    // (scan_from_), and within a horizon. A context's width before the
    // frontier too: a window's start counts as the start of the text for
    // \b and for the cue finders (a line start to person_speaker's), so a
    // window cut right at the frontier reports extra ends there, whose
    // regions hold the stream back until confirmed. (With the margin the
    // releases and findings of the authored and fourth blind PII sets,
    // streamed in 3-, 10- and 64-byte writes, are those of whole-horizon
    // windows, step by step: BENCHMARKS.md, gateway round 5.)
    const uint64_t base = norm_.norm_base();
    const uint64_t h = engine_->horizon();
    const uint64_t margin = recognizers::kContextBefore;
    const uint64_t frontier = scan_from_ > margin ? scan_from_ - margin : 0;
    const uint64_t from = std::max({base, scanned_ > h ? scanned_ - h : 0, frontier});
    // An end at or before the old end is new too when the pattern never
    // reported it (nor a later one): a cue finder's end may be a cue inside
    // the match ("New" of "New York", location_place's), reported only once
    // the bytes after it have arrived ("New Yo" is no place).
    const uint64_t old = scanned_;
    matching::EndFn fn = [this, from, old](unsigned id, uint64_t e) {
      e += from;
      if (e > old || e > reported_[id]) OnEnd(id, e);
    };
    Status st = scanner_.Scan(std::string_view(w).substr(from - base, end - from), fn);
    if (!st.ok()) { failed_ = true; return st; }
    scanned_ = end;
  }
  if (final) finished_ = true;
  // Confirm the matches that can no longer grow (and have their context).
  if (Status st = ConfirmRegions(end, final); !st.ok()) { failed_ = true; return st; }
  // The window keeps one horizon (and the open regions) behind the end, so
  // that matching sees what it always saw; what is released is decided by
  // the pending matches below.
  uint64_t window_norm = end + 1 > engine_->horizon() ? end + 1 - engine_->horizon() : 0;
  for (unsigned rule : open_) window_norm = std::min(window_norm, regions_[rule].front().lo);
  // Everything before safe_norm is beyond the reach of any future finding:
  // a match that ends after `end` starts at a pending (partial) match, and
  // one that ends by `end` belongs to an open region, whose findings start
  // at its first live start.
  uint64_t safe_norm = end;
  if (!final) {
    auto open = pending_.Update(w, norm_.norm_base());
    if (!open.ok()) { failed_ = true; return open.status(); }
    safe_norm = *open;
    // A match that ends after `end` starts at or after *open if its pattern
    // is tracked; a rule with an opener is not, and its own ends are seen
    // from its open region on (without one, its opener's match, and so the
    // rule's, lies at or after *open as well).
    scan_from_ = *open;
    for (unsigned rule : open_) {
      if (engine_->opener_index_[rule] >= 0) scan_from_ = std::min(scan_from_, regions_[rule].front().lo);
    }
    for (unsigned rule : open_) {
      auto live = pending_.FirstLive(rule, w, norm_.norm_base(), regions_[rule].front().lo);
      if (!live.ok()) { failed_ = true; return live.status(); }
      safe_norm = std::min(safe_norm, live->start);
    }
  }
  safe_norm = std::max(safe_norm, norm_.norm_base());
  safe_norm = std::min(safe_norm, end);

  StreamUpdate out;
  Release(safe_norm, final, out);
  uint64_t safe_orig_norm = safe_norm;
  for (const Buffered& b : buffered_) safe_orig_norm = std::min(safe_orig_norm, b.norm_begin);
  uint64_t safe_bytes = final ? normalizer_.orig_decoded() : norm_.OrigBegin(safe_orig_norm).byte;
  const auto& runs = normalizer_.invisible_runs();
  if (!final && !runs.empty() && runs.back().orig_end >= normalizer_.orig_decoded()) {
    safe_bytes = std::min(safe_bytes, runs.back().orig_begin);  // that run may still grow
  }
  ReleaseInvisible(safe_bytes, final, out);
  std::sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
    return a.byte_start != b.byte_start ? a.byte_start < b.byte_start : a.byte_end < b.byte_end;
  });
  released_bytes_ = std::max(released_bytes_, safe_bytes);
  out.safe_bytes = released_bytes_;
  // Keep what later validation needs: context before the earliest live start.
  window_norm = std::min(window_norm, safe_orig_norm);
  uint64_t keep_from = window_norm > recognizers::kTableBefore ? window_norm - recognizers::kTableBefore : 0;
  norm_.DropBefore(std::min(keep_from, scanned_));
  return out;
}

// --------------------------------------------------------------------- Engine

Result<std::shared_ptr<const Engine>> Engine::Build(const AnalyzerOptions& options) {
  std::shared_ptr<Engine> e(new Engine());
  recognizers::RuleList all = recognizers::AllRules();
  std::set<std::string> known;
  for (const auto& r : all) known.insert(r.entity_type);
  known.insert(kInvisibleType);
  for (const std::string& t : options.entities) {
    if (known.count(t) == 0) return Status::InvalidArgument("unknown entity type: " + t);
  }
  std::set<std::string> ids;
  for (auto& r : all) {
    if (!ids.insert(r.id).second) return Status::Internal("duplicate rule id: " + r.id);
    if (!options.entities.empty() &&
        std::find(options.entities.begin(), options.entities.end(), r.entity_type) == options.entities.end()) {
      continue;
    }
    e->rules_.push_back(std::move(r));
  }
  if (e->rules_.empty()) {
    // Only INVISIBLE_TEXT requested: keep a pattern that cannot match in
    // normalized text so the matcher still has a database.
    recognizers::Rule never;
    never.id = "never";
    never.entity_type = kInvisibleType;
    never.regex = "\\x{FFFF}\\x{FFFF}";
    never.validate = [](const recognizers::Candidate&) { return recognizers::Verdict::Reject(); };
    e->rules_.push_back(std::move(never));
  }
  // rules_ is complete: its context lists stay where they are.
  for (const auto& r : e->rules_) e->context_words_.emplace_back(r.context);
  std::vector<matching::Pattern> pats;
  for (const auto& r : e->rules_) pats.push_back({r.regex, r.flags, r.prefilter, r.cue_finder, r.cue_group, r.lead});
  e->opener_index_.assign(e->rules_.size(), -1);
  for (size_t i = 0; i < e->rules_.size(); ++i) {
    if (e->rules_[i].opener.empty()) continue;
    e->opener_index_[i] = static_cast<int>(pats.size());
    e->rule_of_opener_.push_back(static_cast<int>(i));
    pats.push_back({e->rules_[i].opener, e->rules_[i].flags});
  }
  auto ps = matching::PatternSet::Compile(pats, recognizers::kMaxRuleWidth);
  if (!ps.ok()) return ps.status();
  e->patterns_ = std::move(ps).value();
  // A rule's opener reports into the rule's regions, which take ends in
  // increasing order: both must come from one database (BlockScanner::Scan
  // orders ends only per pattern).
  for (size_t i = 0; i < e->rules_.size(); ++i) {
    const int op = e->opener_index_[i];
    if (op >= 0 && e->patterns_->Gated(static_cast<unsigned>(i)) != e->patterns_->Gated(static_cast<unsigned>(op))) {
      return Status::Internal("rule " + e->rules_[i].id + " and its opener are in different digit-gate databases");
    }
  }
  // The horizon covers every rule without an opener; rules with one are held
  // by their opener instead.
  uint64_t h = 1;
  for (size_t i = 0; i < e->rules_.size(); ++i) {
    uint32_t w = e->patterns_->MaxWidth(static_cast<unsigned>(i));
    if (e->opener_index_[i] >= 0) {
      h = std::max<uint64_t>(h, e->patterns_->MaxWidth(static_cast<unsigned>(e->opener_index_[i])));
    } else {
      if (w > recognizers::kShortRuleWidth) {
        return Status::InvalidArgument("rule " + e->rules_[i].id + " is wider than " +
                                       std::to_string(recognizers::kShortRuleWidth) +
                                       " bytes and needs an opener");
      }
      h = std::max<uint64_t>(h, w);
    }
  }
  e->horizon_ = h;
  std::vector<unsigned> tracked;
  for (size_t i = 0; i < e->rules_.size(); ++i) {
    tracked.push_back(static_cast<unsigned>(e->opener_index_[i] >= 0 ? e->opener_index_[i] : i));
  }
  e->pending_plan_ = std::make_shared<const matching::PendingPlan>(e->patterns_, pats, std::move(tracked));
  return std::shared_ptr<const Engine>(std::move(e));
}

std::unique_ptr<StreamScanner> Engine::NewStream(const FindingFilter& filter) const {
  return std::make_unique<EngineStream>(shared_from_this(), filter);
}

namespace {
// Streams kept per thread for Engine::Scan, so that a scan of a short
// message does not pay for a Vectorscan scratch, buffer growth and the
// allocator's consolidation of freed chunks every time. A few engines (one
// per policy) alternate on a gateway thread. Streams whose buffers grew past
// kMaxRetained (a scan of a large text) are not kept.
constexpr size_t kCachedStreams = 4;
constexpr size_t kMaxRetained = size_t{4} << 20;
thread_local std::vector<std::unique_ptr<EngineStream>> cached_streams;
}  // namespace

Result<ScanResult> Engine::Scan(std::string_view text, const FindingFilter& filter) const {
  std::unique_ptr<EngineStream> stream;
  for (auto it = cached_streams.begin(); it != cached_streams.end(); ++it) {
    if ((*it)->engine() == this) {
      stream = std::move(*it);  // taken out: a nested Scan on this thread builds its own
      cached_streams.erase(it);
      stream->Reset(filter);
      break;
    }
  }
  if (!stream) stream = std::make_unique<EngineStream>(shared_from_this(), filter);
  EngineStream& s = *stream;
  s.Reserve(text.size());
  ScanResult result;
  // One final step: Write then Finish would scan the held-back tail again
  // with a horizon of overlap (up to half the work on a 1 KB message).
  auto a = s.WriteLast(text);
  if (!a.ok()) return a.status();
  result.findings = std::move(a->findings);  // sorted by Step
  result.invalid_utf8_bytes = s.invalid_utf8_bytes();
  result.invisible_chars = s.invisible_chars();
  if (s.retained_bytes() <= kMaxRetained) {
    if (cached_streams.size() >= kCachedStreams) cached_streams.erase(cached_streams.begin());
    cached_streams.push_back(std::move(stream));
  }
  return result;
}

std::vector<std::string> Engine::SupportedEntities() const {
  std::set<std::string> types;
  for (const auto& r : rules_) types.insert(r.entity_type);
  types.insert(kInvisibleType);
  return {types.begin(), types.end()};
}

}  // namespace analyzer
}  // namespace convoguard
