#include "matching/pattern_set.h"

#include "matching/database_cache.h"
#include "matching/digit_gate.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <hs/hs.h>
#include <pcre2.h>

#include <dlfcn.h>

#include <algorithm>
#include <climits>
#include <cctype>
#include <cstdlib>
#include <cstring>

namespace convoguard::matching {
namespace {

int OnMatch(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* ctx) {
  (*static_cast<const EndFn*>(ctx))(id, to);
  return 0;
}

// For a window of the buffer: ends relative to the window, reported relative
// to the buffer.
struct WindowContext {
  const EndFn* on_end;
  uint64_t base;
};

int OnWindowMatch(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* ctx) {
  const auto* w = static_cast<const WindowContext*>(ctx);
  (*w->on_end)(id, w->base + to);
  return 0;
}

unsigned HsFlags(unsigned f) {
  unsigned h = HS_FLAG_UTF8;
  if (f & kCaseless) h |= HS_FLAG_CASELESS;
  if (f & kDotAll) h |= HS_FLAG_DOTALL;
  if (f & kMultiline) h |= HS_FLAG_MULTILINE;
  return h;
}

// PCRE2_USE_OFFSET_LIMIT: FindMatches bounds where a match may start.
uint32_t PcreFlags(unsigned f) {
  uint32_t p = PCRE2_UTF | PCRE2_USE_OFFSET_LIMIT;
  if (f & kCaseless) p |= PCRE2_CASELESS;
  if (f & kDotAll) p |= PCRE2_DOTALL;
  if (f & kMultiline) p |= PCRE2_MULTILINE;
  return p;
}

struct MatchDataDeleter {
  void operator()(pcre2_match_data* m) const { pcre2_match_data_free(m); }
};
struct MatchContextDeleter {
  void operator()(pcre2_match_context* m) const { pcre2_match_context_free(m); }
};

// Which Vectorscan runtime to scan with. Debian 12's libvectorscan5 (5.4.9)
// is a "fat" build that picks an implementation by CPU at run time; its
// AVX-512 implementation loses matches depending on the bytes around the
// buffer (seen here: an e-mail address missed in 45 of 64 buffer
// alignments; upstream fixed several AVX-512 accelerator bugs later, e.g.
// VectorCamp/vectorscan#378). The fat build also exports each
// implementation by name, so we call the AVX2 one when the CPU has AVX2 and
// compile databases for that platform. CONVOGUARD_VECTORSCAN_NATIVE=1 opts
// back into the library's own choice.
struct Runtime {
  using ScanFn = hs_error_t (*)(const hs_database_t*, const char*, unsigned, unsigned,
                                hs_scratch_t*, match_event_handler, void*);
  ScanFn scan = hs_scan;
  bool pin_platform = false;         // compile for `features` instead of the host
  unsigned long long features = 0;
};

const Runtime& PickRuntime() {
  static const Runtime runtime = [] {
    Runtime r;
    const char* native = std::getenv("CONVOGUARD_VECTORSCAN_NATIVE");
    if (native != nullptr && std::string(native) == "1") return r;
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx512f")) return r;  // the default path is not affected
    if (__builtin_cpu_supports("avx2")) {
      if (void* f = dlsym(RTLD_DEFAULT, "avx2_hs_scan")) {
        r.scan = reinterpret_cast<Runtime::ScanFn>(f);
        r.pin_platform = true;
        r.features = HS_CPU_FEATURES_AVX2;
        return r;
      }
    }
    if (void* f = dlsym(RTLD_DEFAULT, "corei7_hs_scan")) {
      r.scan = reinterpret_cast<Runtime::ScanFn>(f);
      r.pin_platform = true;
      r.features = 0;
    }
    return r;
  }();
  return runtime;
}

}  // namespace

Result<std::shared_ptr<const PatternSet>> PatternSet::Compile(const std::vector<Pattern>& patterns,
                                                              uint32_t max_width_limit, DigitGate gate) {
  if (patterns.empty()) return Status::InvalidArgument("no patterns to compile");
  std::shared_ptr<PatternSet> set(new PatternSet());
  // The expressions of each database: [0] the main one, [1] the digit gate's.
  struct Exprs {
    std::vector<const char*> exprs;
    std::vector<unsigned> flags, ids;
    uint32_t reach = 0;  // widest expression
  };
  Exprs db[2];
  set->gated_.assign(patterns.size(), false);
  for (size_t i = 0; i < patterns.size(); ++i) {
    const Pattern& p = patterns[i];
    const std::string where = "pattern " + std::to_string(i) + " (" + p.regex + ")";
    unsigned f = HsFlags(p.flags);
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    if (hs_expression_info(p.regex.c_str(), f, &info, &err) != HS_SUCCESS) {
      std::string msg = where + ": " + (err != nullptr ? err->message : "invalid");
      hs_free_compile_error(err);
      return Status::InvalidArgument(msg);
    }
    uint32_t w = info->max_width;
    std::free(info);
    if (w == UINT_MAX || w > max_width_limit) {
      return Status::InvalidArgument(where + " has unbounded or too wide matches; bound its repeats");
    }
    int errcode = 0;
    PCRE2_SIZE erroffset = 0;
    pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(p.regex.c_str()), p.regex.size(),
                                   PcreFlags(p.flags), &errcode, &erroffset, nullptr);
    if (re == nullptr) {
      PCRE2_UCHAR buf[256];
      pcre2_get_error_message(errcode, buf, sizeof buf);
      return Status::InvalidArgument(where + ": " + reinterpret_cast<const char*>(buf));
    }
    // Hard partial matching is for PendingMatches (a stream's holdback).
    // Falls back to the interpreter if JIT is unavailable.
    set->jit_.push_back(pcre2_jit_compile(re, PCRE2_JIT_COMPLETE | PCRE2_JIT_PARTIAL_HARD) == 0);
    set->pcre_.push_back(re);
    set->max_width_.push_back(w);
    uint32_t reach = w;
    if (!p.lead.empty()) {
      hs_expr_info_t* lead_info = nullptr;
      if (hs_expression_info(p.lead.c_str(), f, &lead_info, &err) != HS_SUCCESS) {
        std::string msg = where + ": lead (" + p.lead + "): " + (err != nullptr ? err->message : "invalid");
        hs_free_compile_error(err);
        return Status::InvalidArgument(msg);
      }
      const uint32_t lw = lead_info->max_width;
      std::free(lead_info);
      if (lw == UINT_MAX) return Status::InvalidArgument(where + ": its lead has unbounded matches");
      reach = std::min(w, lw);
    }
    set->start_reach_.push_back(reach);
    std::optional<LeadingRun> run = ParseLeadingRun(p.regex, p.flags);
    if (run) {
      pcre2_code* anchored = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(p.regex.c_str()), p.regex.size(),
                                           PcreFlags(p.flags) | PCRE2_ANCHORED, &errcode, &erroffset, nullptr);
      if (anchored == nullptr) {
        run.reset();  // compiled above without PCRE2_ANCHORED: not expected; search the plain way
      } else {
        run->jit = pcre2_jit_compile(anchored, PCRE2_JIT_COMPLETE) == 0;
        run->anchored = anchored;
      }
    }
    set->leading_.push_back(std::move(run));
    if (p.cue_finder) {
      set->cue_finders_.emplace_back(static_cast<unsigned>(i), p.cue_finder);
      continue;
    }
    if (p.cue_group.group) {
      if (p.cue_group.member >= 1024) return Status::InvalidArgument(where + ": cue group member number too large");
      auto g = std::find_if(set->cue_groups_.begin(), set->cue_groups_.end(),
                            [&p](const CueGroup& c) { return c.find == p.cue_group.group; });
      if (g == set->cue_groups_.end()) g = set->cue_groups_.insert(g, CueGroup{p.cue_group.group, {}});
      if (g->pattern_of_member.size() <= p.cue_group.member) g->pattern_of_member.resize(p.cue_group.member + 1, -1);
      g->pattern_of_member[p.cue_group.member] = static_cast<int>(i);
      continue;
    }
    const std::string& expr = p.prefilter.empty() ? p.regex : p.prefilter;
    bool gated = false;
    uint32_t ew = 0;
    if (gate == DigitGate::kOn && EveryMatchHasDigit(expr)) {
      hs_expr_info_t* expr_info = nullptr;
      if (hs_expression_info(expr.c_str(), f, &expr_info, &err) != HS_SUCCESS) {
        std::string msg = where + ": prefilter (" + expr + "): " + (err != nullptr ? err->message : "invalid");
        hs_free_compile_error(err);
        return Status::InvalidArgument(msg);
      }
      ew = expr_info->max_width;
      std::free(expr_info);
      gated = ew <= kMaxGateReach;
    }
    set->gated_[i] = gated;
    Exprs& to = db[gated ? 1 : 0];
    to.reach = std::max(to.reach, ew);
    to.exprs.push_back(expr.c_str());
    to.flags.push_back(f);
    to.ids.push_back(static_cast<unsigned>(i));
  }
  hs_platform_info_t platform;
  const Runtime& runtime = PickRuntime();
  if (runtime.pin_platform) {
    if (hs_populate_platform(&platform) != HS_SUCCESS) return Status::Internal("hs_populate_platform failed");
    platform.cpu_features = runtime.features;
    platform.tune = HS_TUNE_FAMILY_GENERIC;
  }
  for (int d = 0; d < 2; ++d) {
    const Exprs& e = db[d];
    if (e.exprs.empty()) continue;  // cue finders only, or nothing gated: no database
    hs_database* out = nullptr;
    std::string key = std::string(d == 0 ? "block" : "block digit gate") + "\n" + std::to_string(runtime.pin_platform) +
                      ":" + std::to_string(runtime.features);
    for (size_t i = 0; i < e.exprs.size(); ++i) {
      key += "\n" + std::to_string(e.ids[i]) + ":" + std::to_string(e.flags[i]) + ":" + e.exprs[i];
    }
    const DatabaseCache cache(key);
    out = cache.Load();
    const bool from_cache = out != nullptr;
    hs_compile_error_t* err = nullptr;
    if (!from_cache &&
        hs_compile_multi(e.exprs.data(), e.flags.data(), e.ids.data(), static_cast<unsigned>(e.exprs.size()),
                         HS_MODE_BLOCK, runtime.pin_platform ? &platform : nullptr, &out, &err) != HS_SUCCESS) {
      std::string msg = "vectorscan compile failed";
      if (err != nullptr) {
        msg += ": ";
        msg += err->message;
        if (err->expression >= 0) {
          msg += " in pattern " + std::to_string(err->expression) + " (" +
                 e.exprs[static_cast<size_t>(err->expression)] + ")";
        }
      }
      hs_free_compile_error(err);
      return Status::InvalidArgument(msg);
    }
    if (!from_cache) cache.Store(out);
    if (d == 0) {
      set->db_ = out;
    } else {
      set->digit_db_ = out;
      set->gate_reach_ = e.reach;
    }
    // One scratch space serves every database.
    if (hs_alloc_scratch(out, &set->prototype_) != HS_SUCCESS) {
      return Status::ResourceExhausted("cannot allocate vectorscan scratch");
    }
  }
  return std::shared_ptr<const PatternSet>(std::move(set));
}

PatternSet::~PatternSet() {
  for (hs_scratch* s : pool_) hs_free_scratch(s);
  if (prototype_ != nullptr) hs_free_scratch(prototype_);
  if (db_ != nullptr) hs_free_database(db_);
  if (digit_db_ != nullptr) hs_free_database(digit_db_);
  for (void* re : pcre_) pcre2_code_free(static_cast<pcre2_code*>(re));
  for (const auto& run : leading_) {
    if (run) pcre2_code_free(static_cast<pcre2_code*>(run->anchored));
  }
}

std::optional<PatternSet::LeadingRun> PatternSet::ParseLeadingRun(std::string_view re, unsigned flags) {
  if ((flags & kCaseless) != 0 || re.size() < 6 || re[0] != '[' || re[1] == '^') return std::nullopt;
  LeadingRun run;
  // The class: plain ASCII characters, ranges, and escaped punctuation.
  size_t i = 1;
  auto class_char = [&](unsigned char* out) {
    if (i >= re.size()) return false;
    unsigned char c = static_cast<unsigned char>(re[i]);
    if (c == '\\') {
      if (i + 1 >= re.size()) return false;
      c = static_cast<unsigned char>(re[i + 1]);
      if (!std::ispunct(c)) return false;  // \d, \w, \x{...}: not handled
      i += 2;
    } else {
      if (c == '[' || c == ']' || c >= 0x80 || c < 0x20) return false;
      ++i;
    }
    *out = c;
    return true;
  };
  bool any = false;
  while (i < re.size() && re[i] != ']') {
    unsigned char a = 0, b = 0;
    if (!class_char(&a)) return std::nullopt;
    b = a;
    if (i + 1 < re.size() && re[i] == '-' && re[i + 1] != ']') {
      ++i;
      if (!class_char(&b) || b < a) return std::nullopt;
    }
    for (unsigned c = a; c <= b; ++c) run.in_class[c] = true;
    any = true;
  }
  if (i >= re.size() || !any) return std::nullopt;
  ++i;  // ']'
  // {m,n}
  auto number = [&](uint32_t* out) {
    size_t b = i;
    uint32_t v = 0;
    while (i < re.size() && re[i] >= '0' && re[i] <= '9' && i - b < 6) v = v * 10 + static_cast<uint32_t>(re[i++] - '0');
    *out = v;
    return i > b;
  };
  if (i >= re.size() || re[i] != '{') return std::nullopt;
  ++i;
  if (!number(&run.min) || i >= re.size() || re[i] != ',') return std::nullopt;
  ++i;
  if (!number(&run.max) || i >= re.size() || re[i] != '}' || run.min < 1 || run.max < run.min) return std::nullopt;
  ++i;
  const size_t after_run = i;
  // A literal: a plain character or escaped punctuation.
  auto literal = [&](size_t& k, unsigned char* out) {
    if (k >= re.size()) return false;
    unsigned char c = static_cast<unsigned char>(re[k]);
    if (c == '\\') {
      if (k + 1 >= re.size() || !std::ispunct(static_cast<unsigned char>(re[k + 1]))) return false;
      c = static_cast<unsigned char>(re[++k]);
    } else if (c >= 0x80 || c < 0x20 || std::string_view("^$.|?*+()[]{}").find(static_cast<char>(c)) != std::string_view::npos) {
      return false;
    }
    ++k;
    *out = c;
    return true;
  };
  // Optional groups that start with the literal may come first:
  // "(?:\.x{1,9}){0,2}\." (on every path the byte after the run is the
  // literal). Each is "(?:" literal ... ")" without an alternation of its
  // own, then "?", "*" or "{0,n}" (possibly lazy).
  int group_literal = -1;
  while (re.compare(i, 3, "(?:") == 0) {
    size_t k = i + 3;
    unsigned char gl = 0;
    if (!literal(k, &gl) || (group_literal >= 0 && gl != group_literal)) return std::nullopt;
    group_literal = gl;
    int depth = 1;
    bool in_cls = false;
    for (; k < re.size() && depth > 0; ++k) {
      const char c = re[k];
      if (c == '\\') {
        ++k;
      } else if (in_cls) {
        in_cls = c != ']';
      } else if (c == '[') {
        if (k + 1 < re.size() && (re[k + 1] == ']' || re[k + 1] == '^')) return std::nullopt;  // keep it simple
        in_cls = true;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')') {
        --depth;
      } else if (c == '|' && depth == 1) {
        return std::nullopt;
      }
    }
    if (depth != 0 || k >= re.size()) return std::nullopt;
    // k is just past the group's ')': its quantifier must allow zero.
    if (re[k] == '?' || re[k] == '*') {
      ++k;
    } else if (re.compare(k, 3, "{0,") == 0) {
      k += 3;
      while (k < re.size() && re[k] >= '0' && re[k] <= '9') ++k;
      if (k >= re.size() || re[k] != '}') return std::nullopt;
      ++k;
    } else {
      return std::nullopt;
    }
    if (k < re.size() && re[k] == '?') ++k;  // lazy
    i = k;
  }
  unsigned char lit = 0;
  if (!literal(i, &lit) || (group_literal >= 0 && lit != group_literal)) return std::nullopt;
  if (run.in_class[lit]) return std::nullopt;
  // A quantifier on the literal would make it optional or repeated.
  if (i < re.size() && std::string_view("?*+{").find(re[i]) != std::string_view::npos) return std::nullopt;
  run.literal = static_cast<char>(lit);
  i = after_run;
  // The rest: no top-level alternation (it would not start with the run), no
  // look-around, back-references, recursion or named groups.
  int depth = 0;
  bool in_class = false;
  for (size_t k = i; k < re.size(); ++k) {
    const char c = re[k];
    if (c == '\\') {
      if (k + 1 < re.size() && std::string_view("123456789gkR").find(re[k + 1]) != std::string_view::npos) {
        return std::nullopt;
      }
      ++k;
      continue;
    }
    if (in_class) {
      in_class = c != ']';
      continue;
    }
    if (c == '[') {
      in_class = true;
      if (k + 1 < re.size() && re[k + 1] == ']') ++k;  // "[]...]": ']' first is literal
    } else if (c == '(') {
      ++depth;
      if (k + 1 < re.size() && re[k + 1] == '?' && !(k + 2 < re.size() && (re[k + 2] == ':' || re[k + 2] == '>'))) {
        return std::nullopt;  // (?=, (?!, (?<, (?P, (?R, (?1, inline options...
      }
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return std::nullopt;
    }
  }
  return run;
}

namespace {
// pcre2_match on a subject known to be valid UTF-8; pcre2_jit_match when the
// pattern was JIT-compiled: the same result (pcre2_match runs the same JIT
// code) without pcre2_match's argument checks, about 120 instructions of a
// search that often fails within a few bytes.
int Match(const pcre2_code* re, bool jit, PCRE2_SPTR s, size_t limit, size_t pos, pcre2_match_data* md,
          pcre2_match_context* mc) {
  return jit ? pcre2_jit_match(re, s, limit, pos, 0, md, mc)
             : pcre2_match(re, s, limit, pos, PCRE2_NO_UTF_CHECK, md, mc);
}
}  // namespace

Status PatternSet::FindMatches(unsigned i, std::string_view subject, size_t from, size_t to_start,
                               const SpanFn& on_span) const {
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> md(pcre2_match_data_create(16, nullptr));
  if (md == nullptr) return Status::ResourceExhausted("cannot allocate PCRE2 match data");
  // No match may start after to_start: a failed unanchored search stops
  // there instead of trying every start up to `limit` (a pattern's width
  // beyond to_start).
  thread_local std::unique_ptr<pcre2_match_context, MatchContextDeleter> mc(pcre2_match_context_create(nullptr));
  if (mc == nullptr) return Status::ResourceExhausted("cannot allocate PCRE2 match context");
  pcre2_set_offset_limit(mc.get(), to_start);
  const auto* re = static_cast<const pcre2_code*>(pcre_[i]);
  const auto* s = reinterpret_cast<PCRE2_SPTR>(subject.data());
  // Start on a code point boundary.
  while (from > 0 && from < subject.size() && (static_cast<unsigned char>(subject[from]) & 0xC0) == 0x80) --from;
  // Show PCRE only what a match starting by to_start can reach, plus one code
  // point for \b; otherwise a failed search would run on through the rest of
  // the subject looking for a later match.
  size_t limit = std::min(subject.size(), to_start + size_t{max_width_[i]} + 1);
  while (limit < subject.size() && (static_cast<unsigned char>(subject[limit]) & 0xC0) == 0x80) ++limit;
  size_t pos = from;
  if (const std::optional<LeadingRun>& run = leading_[i]) {
    // See LeadingRun: the matches are found in the same order, with the
    // same extents, as by the plain search below.
    const auto* anchored = static_cast<const pcre2_code*>(run->anchored);
    size_t q = pos;
    while (q < limit) {
      const void* hit = std::memchr(subject.data() + q, run->literal, limit - q);
      if (hit == nullptr) break;
      q = static_cast<size_t>(static_cast<const char*>(hit) - subject.data());
      // The earliest start of the run that ends at q.
      const size_t floor = std::max(pos, q >= run->max ? q - run->max : 0);
      size_t r = q;
      while (r > floor && run->in_class[static_cast<unsigned char>(subject[r - 1]) & 0x7F] &&
             static_cast<unsigned char>(subject[r - 1]) < 0x80) {
        --r;
      }
      if (q - r >= run->min) {
        if (r > to_start) break;
        int rc = Match(anchored, run->jit, s, limit, r, md.get(), nullptr);
        if (rc >= 0) {
          const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md.get());
          if (ov[1] > ov[0]) on_span(ov[0], ov[1]);
          pos = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
          while (pos < limit && (static_cast<unsigned char>(subject[pos]) & 0xC0) == 0x80) ++pos;
          q = std::max(pos, q + 1);
          continue;
        }
        if (rc != PCRE2_ERROR_NOMATCH) return Status::Internal("PCRE2 match failed: " + std::to_string(rc));
      }
      ++q;
    }
    return Status::Ok();
  }
  while (pos <= to_start && pos <= limit) {
    int rc = Match(re, jit_[i], s, limit, pos, md.get(), mc.get());
    if (rc == PCRE2_ERROR_NOMATCH) break;
    if (rc < 0 && rc != 0) return Status::Internal("PCRE2 match failed: " + std::to_string(rc));
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md.get());
    size_t b = ov[0], e = ov[1];
    if (b > to_start) break;
    if (e > b) on_span(b, e);
    pos = e > b ? e : b + 1;
    while (pos < limit && (static_cast<unsigned char>(subject[pos]) & 0xC0) == 0x80) ++pos;
  }
  return Status::Ok();
}

hs_scratch* PatternSet::AcquireScratch() const {
  if (prototype_ == nullptr) return nullptr;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!pool_.empty()) {
      hs_scratch* s = pool_.back();
      pool_.pop_back();
      return s;
    }
  }
  hs_scratch* s = nullptr;
  if (hs_clone_scratch(prototype_, &s) != HS_SUCCESS) return nullptr;
  return s;
}

void PatternSet::ReleaseScratch(hs_scratch* s) const {
  if (s == nullptr) return;
  std::lock_guard<std::mutex> lock(mu_);
  pool_.push_back(s);
}

BlockScanner::BlockScanner(std::shared_ptr<const PatternSet> set) : set_(std::move(set)) {
  scratch_ = set_->AcquireScratch();
}

BlockScanner::~BlockScanner() { set_->ReleaseScratch(scratch_); }

Status BlockScanner::Scan(std::string_view bytes, const EndFn& on_end) {
  if (set_->prototype_ != nullptr && scratch_ == nullptr) return Status::ResourceExhausted("no vectorscan scratch space");
  if (bytes.empty()) return Status::Ok();
  if (bytes.size() > UINT_MAX) return Status::InvalidArgument("buffer larger than 4 GiB");
  if (set_->database() != nullptr) {
    hs_error_t rc = PickRuntime().scan(set_->database(), bytes.data(), static_cast<unsigned>(bytes.size()), 0,
                                       scratch_, OnMatch, const_cast<EndFn*>(&on_end));
    if (rc != HS_SUCCESS) return Status::Internal("vectorscan scan failed: " + std::to_string(rc));
  }
  if (set_->digit_db_ != nullptr) {
    DigitWindows(bytes, set_->gate_reach_, windows_);
    for (const auto& [lo, hi] : windows_) {
      WindowContext ctx{&on_end, lo};
      hs_error_t rc = PickRuntime().scan(set_->digit_db_, bytes.data() + lo, static_cast<unsigned>(hi - lo), 0,
                                         scratch_, OnWindowMatch, &ctx);
      if (rc != HS_SUCCESS) return Status::Internal("vectorscan scan failed: " + std::to_string(rc));
    }
  }
  for (const auto& [id, find] : set_->cue_finders_) {
    const unsigned pattern = id;
    find(bytes, [&on_end, pattern](uint64_t end) { on_end(pattern, end); });
  }
  for (const PatternSet::CueGroup& g : set_->cue_groups_) {
    (*g.find)(bytes, [&on_end, &g](unsigned member, uint64_t end) {
      if (member < g.pattern_of_member.size() && g.pattern_of_member[member] >= 0) {
        on_end(static_cast<unsigned>(g.pattern_of_member[member]), end);
      }
    });
  }
  return Status::Ok();
}

}  // namespace convoguard::matching
