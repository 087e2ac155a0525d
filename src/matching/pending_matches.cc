#include "matching/pending_matches.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <string>

namespace convoguard::matching {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The bytes a match of `re` can start with, from PCRE2's own start-up
// optimization data (so never narrower than what PCRE2 tries itself).
std::bitset<256> StartBytes(const pcre2_code* re) {
  std::bitset<256> all;
  all.set();
  uint32_t type = 0;
  if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type) != 0) return all;
  if (type == 1) {
    uint32_t cu = 0;
    if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &cu) != 0 || cu > 0xFF) return all;
    std::bitset<256> s;
    if (cu >= 0x80) {
      // A lead byte; its other case (under caseless matching) may have
      // another lead byte: take every lead byte.
      for (unsigned b = 0xC0; b < 0x100; ++b) s.set(b);
      return s;
    }
    s.set(cu);
    // pcre2_pattern_info does not say whether the code unit is caseless.
    if (cu >= 'a' && cu <= 'z') s.set(cu - 'a' + 'A');
    if (cu >= 'A' && cu <= 'Z') s.set(cu - 'A' + 'a');
    return s;
  }
  if (type != 0) return all;  // 2: start of a line
  const uint8_t* map = nullptr;
  if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &map) != 0 || map == nullptr) return all;
  std::bitset<256> s;
  for (unsigned b = 0; b < 256; ++b) {
    if ((map[b / 8] >> (b % 8)) & 1) s.set(b);
  }
  return s;
}

struct MatchDataDeleter {
  void operator()(pcre2_match_data* m) const { pcre2_match_data_free(m); }
};

}  // namespace

PendingPlan::PendingPlan(std::shared_ptr<const PatternSet> set, std::vector<unsigned> tracked)
    : set_(std::move(set)) {
  for (unsigned i : tracked) entries_.push_back(Entry{i, StartBytes(set_->Code(i))});
}

PendingMatches::PendingMatches(std::shared_ptr<const PendingPlan> plan) : plan_(std::move(plan)) { Reset(); }

void PendingMatches::Reset() {
  pending_.assign(plan_->entries().size(), 0);
  live_.assign(plan_->set().size(), Proven{});
  seen_end_ = 0;
}

Result<PendingMatches::Found> PendingMatches::Search(unsigned i, std::string_view text, size_t pos,
                                                     bool skip_complete) const {
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> md(pcre2_match_data_create(1, nullptr));
  if (md == nullptr) return Status::ResourceExhausted("cannot allocate PCRE2 match data");
  const pcre2_code* re = plan_->set().Code(i);
  const auto* s = reinterpret_cast<PCRE2_SPTR>(text.data());
  while (pos < text.size()) {
    while (pos < text.size() && IsContinuation(text[pos])) ++pos;  // no start inside a code point
    if (pos >= text.size()) break;
    int rc = pcre2_match(re, s, text.size(), pos, PCRE2_NO_UTF_CHECK | PCRE2_PARTIAL_HARD, md.get(), nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) break;
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md.get());
    if (rc == PCRE2_ERROR_PARTIAL) return Found{std::min<size_t>(ov[0], text.size()), text.size(), false};
    if (rc < 0) return Status::Internal("PCRE2 partial match failed: " + std::to_string(rc));
    if (!skip_complete) return Found{ov[0], ov[1], true};
    pos = ov[0] + 1;  // the attempt at ov[0] never looked at the end: final
  }
  return Found{text.size(), text.size(), false};
}

Result<uint64_t> PendingMatches::Update(std::string_view text, uint64_t base) {
  const uint64_t end = base + text.size();
  const uint64_t prev = std::max(seen_end_, base);
  seen_end_ = end;
  // Bytes that arrived since the last call: a pattern none of whose start
  // bytes is among them, and with nothing pending before them, has nothing
  // pending now.
  std::bitset<256> arrived;
  for (uint64_t p = prev; p < end; ++p) arrived.set(static_cast<unsigned char>(text[p - base]));
  const std::vector<PendingPlan::Entry>& entries = plan_->entries();
  uint64_t held = end;
  for (size_t k = 0; k < entries.size(); ++k) {
    const PendingPlan::Entry& e = entries[k];
    // A match that ends after `end` starts after end - width.
    const uint64_t w = plan_->set().MaxWidth(e.pattern);
    uint64_t q = std::max({pending_[k], end + 1 > w ? end + 1 - w : 0, base});
    if (q >= end || (q >= prev && (e.starts & arrived).none())) {
      pending_[k] = end;
      continue;
    }
    size_t pos = static_cast<size_t>(q - base);
    while (pos > 0 && IsContinuation(text[pos])) --pos;
    while (pos < text.size() && !e.starts.test(static_cast<unsigned char>(text[pos]))) ++pos;
    auto found = Search(e.pattern, text, pos, /*skip_complete=*/true);
    if (!found.ok()) return found.status();
    pending_[k] = base + found->pos;
    held = std::min(held, pending_[k]);
  }
  return held;
}

Result<PendingMatches::Live> PendingMatches::FirstLive(unsigned i, std::string_view text, uint64_t base,
                                                       uint64_t from) {
  const uint64_t end = base + text.size();
  Proven& p = live_[i];
  uint64_t start = std::max(from, base);
  uint64_t dead_from = start;  // the dead interval this search proves starts here
  if (p.from != UINT64_MAX && start >= p.from && start <= p.live.start) {
    if (p.live.complete) return p.live;  // [p.from, start) is dead; the match is final
    dead_from = p.from;
    start = p.live.start;  // a partial match then, or the end then
  }
  if (start >= end) return Live{end, end, false};
  auto found = Search(i, text, static_cast<size_t>(start - base), /*skip_complete=*/false);
  if (!found.ok()) return found.status();
  p.from = dead_from;
  p.live = Live{base + found->pos, base + found->end, found->complete};
  return p.live;
}

}  // namespace convoguard::matching
