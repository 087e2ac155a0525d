#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstring>

#include "text/utf8.h"

namespace convoguard::text {
namespace {

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(ec);
    return U_SUCCESS(ec) ? n : nullptr;
  }();
  return nfkc;
}

bool IsTag(char32_t cp) { return cp >= 0xE0000 && cp <= 0xE007F; }

// Joiners and variation selectors are part of ordinary emoji sequences and of
// several scripts; they are still removed for matching but not reported.
bool IsBenignInvisible(char32_t cp, char32_t prev) {
  if (cp != 0x200C && cp != 0x200D && cp != 0xFE0E && cp != 0xFE0F) return false;
  if (prev < 0x80) {
    return (cp == 0xFE0F || cp == 0xFE0E) && u_hasBinaryProperty(prev, UCHAR_EMOJI);
  }
  return u_hasBinaryProperty(prev, UCHAR_EXTENDED_PICTOGRAPHIC) ||
         u_hasBinaryProperty(prev, UCHAR_EMOJI_COMPONENT) ||
         u_hasBinaryProperty(prev, UCHAR_EMOJI) || u_isalpha(prev) || prev == 0x20E3 ||
         u_getCombiningClass(prev) != 0 || u_charType(prev) == U_NON_SPACING_MARK ||
         u_charType(prev) == U_COMBINING_SPACING_MARK;
}

// The first byte at or after `i` that is not ASCII, or n: 16 bytes at a
// time with SSE2 (one load, one byte mask), then eight (one 64-bit mask),
// instead of one compare per byte.
size_t SkipAscii(const unsigned char* p, size_t i, size_t n) {
#if defined(__SSE2__)
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));  // bit k: byte k >= 0x80
    if (high != 0) return i + static_cast<size_t>(std::countr_zero(high));
    i += 16;
  }
#endif
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if ((w & kHigh) != 0) return i + static_cast<size_t>(std::countr_zero(w & kHigh) / 8);
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

bool IsInvisible(char32_t cp) {
  return u_hasBinaryProperty(cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) != 0;
}

// ---------------------------------------------------------------- NormalizedText

const Run* NormalizedText::FindRun(uint64_t n) const {
  // Last non-empty run with norm_begin <= n.
  auto begin = runs_.begin() + static_cast<ptrdiff_t>(first_run_);
  auto it = std::upper_bound(begin, runs_.end(), n,
                             [](uint64_t v, const Run& r) { return v < r.norm_begin; });
  while (it != begin) {
    --it;
    if (it->norm_len == 0) continue;
    return n < it->norm_begin + it->norm_len ? &*it : nullptr;
  }
  return nullptr;
}

namespace {
OrigPos InsideIdentity(const Run& r, std::string_view text, uint64_t base, uint64_t n) {
  uint64_t d = n - r.norm_begin;
  if (r.ascii) return {r.orig_begin + d, r.cp_begin + d};
  return {r.orig_begin + d, r.cp_begin + CountCodePoints(text.substr(r.norm_begin - base, d))};
}
}  // namespace

OrigPos NormalizedText::OrigBegin(uint64_t n) const {
  const Run* r = FindRun(n);
  if (r == nullptr) {  // at the end: one past the last original byte
    if (runs_.size() == first_run_) return {};
    const Run& last = runs_.back();
    return {last.orig_begin + last.orig_len, last.cp_begin + last.cp_len};
  }
  if (r->identity) return InsideIdentity(*r, text_, norm_base_, n);
  return {r->orig_begin, r->cp_begin};
}

OrigPos NormalizedText::OrigEnd(uint64_t n) const {
  if (n == norm_base_) return OrigBegin(n);
  const Run* r = FindRun(n - 1);
  if (r == nullptr) return OrigBegin(n);
  if (r->identity) return InsideIdentity(*r, text_, norm_base_, n);
  return {r->orig_begin + r->orig_len, r->cp_begin + r->cp_len};
}

void NormalizedText::DropBefore(uint64_t n) {
  if (n <= norm_base_) return;
  n = std::min(n, norm_end());
  while (first_run_ < runs_.size()) {
    Run& r = runs_[first_run_];
    if (r.norm_begin + r.norm_len <= n && !(r.norm_len == 0 && r.norm_begin >= n)) {
      ++first_run_;
      continue;
    }
    if (r.identity && r.norm_begin < n) {  // cut into an identity run: keep its tail
      uint64_t d = n - r.norm_begin;
      uint64_t cps = r.ascii ? d : CountCodePoints(std::string_view(text_).substr(r.norm_begin - norm_base_, d));
      r.norm_begin += d;
      r.orig_begin += d;
      r.cp_begin += cps;
      r.norm_len -= static_cast<uint32_t>(d);
      r.orig_len -= static_cast<uint32_t>(d);
      r.cp_len -= static_cast<uint32_t>(cps);
    }
    break;
  }
  text_.erase(0, n - norm_base_);
  norm_base_ = n;
  if (first_run_ > 64 && first_run_ * 2 > runs_.size()) {
    runs_.erase(runs_.begin(), runs_.begin() + static_cast<ptrdiff_t>(first_run_));
    first_run_ = 0;
  }
}

void NormalizedText::Reset() {
  text_.clear();
  norm_base_ = 0;
  runs_.clear();
  first_run_ = 0;
}

void NormalizedText::AppendIdentity(std::string_view bytes, OrigPos orig, uint32_t cps, bool ascii) {
  if (bytes.empty()) return;
  const uint64_t nb = norm_end();
  if (runs_.size() > first_run_) {
    Run& last = runs_.back();
    if (last.identity && last.ascii == ascii && last.norm_begin + last.norm_len == nb &&
        last.orig_begin + last.orig_len == orig.byte &&
        uint64_t{last.norm_len} + bytes.size() < (1u << 30)) {
      last.norm_len += static_cast<uint32_t>(bytes.size());
      last.orig_len += static_cast<uint32_t>(bytes.size());
      last.cp_len += cps;
      text_.append(bytes);
      return;
    }
  }
  runs_.push_back({nb, orig.byte, orig.cp, static_cast<uint32_t>(bytes.size()),
                   static_cast<uint32_t>(bytes.size()), cps, true, ascii});
  text_.append(bytes);
}

void NormalizedText::AppendMapped(std::string_view bytes, OrigPos orig, uint32_t orig_len,
                                  uint32_t cps) {
  runs_.push_back({norm_end(), orig.byte, orig.cp, static_cast<uint32_t>(bytes.size()), orig_len,
                   cps, false, false});
  text_.append(bytes);
}

// -------------------------------------------------------------------- Normalizer

const Normalizer::CpProps& Normalizer::Props(char32_t cp) {
  CpProps& e = props_[cp % kPropsSlots];
  if (e.cp == cp) return e;
  const auto c = static_cast<UChar32>(cp);
  const icu::Normalizer2* nfkc = Nfkc();
  e.cp = cp;
  e.ccc = u_getCombiningClass(c);
  e.invisible = IsInvisible(cp);
  e.boundary_before = nfkc == nullptr || nfkc->hasBoundaryBefore(c);
  e.nfkc_qc_yes = u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES;
  return e;
}

Normalizer::Normalizer() = default;

void Normalizer::Reset() {
  carry_.clear();
  orig_pos_ = 0;
  invalid_bytes_ = 0;
  invisible_chars_ = 0;
  invisible_.clear();
  prev_cp_ = 0;
  cp_pos_ = 0;
  seg_.clear();
  seg_from_ = seg_to_ = 0;
  seg_orig_begin_ = {};
  seg_cps_ = 0;
  seg_quick_yes_ = true;
  seg_last_ccc_ = 0;
  pend_from_ = pend_to_ = 0;
  pend_cps_ = 0;
}

void Normalizer::StartSegment(OrigPos orig, size_t at) {
  seg_.clear();
  seg_from_ = seg_to_ = at;
  seg_orig_begin_ = orig;
  seg_cps_ = 0;
  seg_quick_yes_ = true;
  seg_last_ccc_ = 0;
}

void Normalizer::AppendToSegment(size_t at, size_t len, const CpProps& props) {
  // UAX #15 quick check, kept as the segment grows: code points that all have
  // NFKC_QC=Yes, with combining classes in canonical order, are already NFKC.
  if (!props.nfkc_qc_yes || (props.ccc != 0 && seg_last_ccc_ > props.ccc)) seg_quick_yes_ = false;
  seg_last_ccc_ = props.ccc;
  seg_to_ = at + len;  // (a segment's code points follow one another in s)
  ++seg_cps_;
}

void Normalizer::PendIdentity(std::string_view s, size_t from, size_t to, OrigPos orig, uint32_t cps, bool ascii,
                              NormalizedText& out) {
  if (pend_to_ > pend_from_ && pend_to_ == from && pend_ascii_ == ascii) {
    pend_to_ = to;
    pend_cps_ += cps;
    return;
  }
  EmitPending(s, out);
  pend_from_ = from;
  pend_to_ = to;
  pend_orig_ = orig;
  pend_cps_ = cps;
  pend_ascii_ = ascii;
}

void Normalizer::EmitPending(std::string_view s, NormalizedText& out) {
  if (pend_to_ == pend_from_) return;
  out.AppendIdentity(s.substr(pend_from_, pend_to_ - pend_from_), pend_orig_, pend_cps_, pend_ascii_);
  pend_from_ = pend_to_ = 0;
  pend_cps_ = 0;
}

void Normalizer::FlushSegment(std::string_view s, NormalizedText& out) {
  if (seg_from_ == seg_to_ && seg_.empty()) return;
  std::string_view bytes = s.substr(seg_from_, seg_to_ - seg_from_);
  const bool carried = !seg_.empty();
  if (carried) {  // begun in an earlier chunk: its bytes are not all in s
    EmitPending(s, out);
    seg_.append(bytes);
    bytes = seg_;
  }
  const bool identity = bytes.size() == 1 || seg_quick_yes_ || [&] {
    // Most non-ASCII chat text (emoji, accented letters) passes the quick
    // check; the rest asks ICU.
    const icu::Normalizer2* nfkc = Nfkc();
    UErrorCode ec = U_ZERO_ERROR;
    const icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
    if (nfkc == nullptr || (nfkc->isNormalized(u, ec) && U_SUCCESS(ec))) return true;
    ec = U_ZERO_ERROR;
    const icu::UnicodeString r = nfkc->normalize(u, ec);
    if (U_FAILURE(ec)) return true;  // match it as it is
    std::string o;
    r.toUTF8String(o);
    EmitPending(s, out);
    out.AppendMapped(o, seg_orig_begin_, static_cast<uint32_t>(bytes.size()), seg_cps_);
    return false;
  }();
  if (identity) {
    // (A one-byte segment is ASCII.)
    if (carried) {
      out.AppendIdentity(bytes, seg_orig_begin_, seg_cps_, bytes.size() == 1);
    } else {
      PendIdentity(s, seg_from_, seg_to_, seg_orig_begin_, seg_cps_, bytes.size() == 1, out);
    }
  }
  seg_.clear();
  seg_from_ = seg_to_;
}

void Normalizer::Feed(std::string_view chunk, bool final, NormalizedText& out) {
  std::string joined;
  std::string_view s = chunk;
  if (!carry_.empty()) {
    joined = std::move(carry_);
    joined.append(chunk);
    s = joined;
    carry_.clear();
  }
  seg_from_ = seg_to_ = 0;  // seg_ holds what is left of an open segment
  const uint64_t base = orig_pos_;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  uint64_t cp = cp_pos_;  // code points before s[i]
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      // ASCII run: already NFKC, nothing invisible, one identity run of the
      // offset map; only its last char may start a combining sequence.
      const size_t j = SkipAscii(p, i + 1, n);
      FlushSegment(s, out);
      if (j - i > 1) PendIdentity(s, i, j - 1, {base + i, cp}, static_cast<uint32_t>(j - 1 - i), true, out);
      cp += j - 1 - i;
      StartSegment({base + j - 1, cp}, j - 1);
      seg_to_ = j;
      seg_cps_ = 1;  // ccc 0, NFKC_QC=Yes: the quick-check state stays as started
      ++cp;
      prev_cp_ = p[j - 1];
      i = j;
      continue;
    }
    Utf8Step st = DecodeUtf8(s, i);
    if (st.status == Utf8Status::kTruncated) {
      if (!final) break;
      st = {Utf8Status::kInvalid, 0, 1};
    }
    if (st.status == Utf8Status::kInvalid) {
      FlushSegment(s, out);
      EmitPending(s, out);
      out.AppendMapped("\xEF\xBF\xBD", {base + i, cp}, 1, 1);
      ++invalid_bytes_;
      prev_cp_ = 0xFFFD;
      ++i;
      ++cp;
      continue;
    }
    const char32_t c = st.cp;
    const CpProps& props = Props(c);
    if (props.invisible) {
      FlushSegment(s, out);
      EmitPending(s, out);
      out.AppendMapped("", {base + i, cp}, static_cast<uint32_t>(st.length), 1);
      if (!IsBenignInvisible(c, prev_cp_)) {
        ++invisible_chars_;
        uint64_t b = base + i, e = b + st.length;
        if (!invisible_.empty() && invisible_.back().orig_end == b) {
          invisible_.back().orig_end = e;
          invisible_.back().cp_end = cp + 1;
          invisible_.back().has_tag_chars |= IsTag(c);
        } else {
          invisible_.push_back({b, e, cp, cp + 1, IsTag(c)});
        }
      }
      i += st.length;
      ++cp;
      continue;
    }
    if (props.boundary_before) FlushSegment(s, out);
    if (seg_from_ == seg_to_ && seg_.empty()) StartSegment({base + i, cp}, i);
    AppendToSegment(i, st.length, props);
    prev_cp_ = c;
    i += st.length;
    ++cp;
  }
  if (final) FlushSegment(s, out);
  EmitPending(s, out);
  // An open segment outlives s: its bytes move into seg_.
  seg_.append(s.substr(seg_from_, seg_to_ - seg_from_));
  seg_from_ = seg_to_ = 0;
  carry_.assign(s.substr(i));
  orig_pos_ = base + i;
  cp_pos_ = cp;
}

}  // namespace convoguard::text
