#include "recognizers/phone/validity_prefilter.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <list>
#include <memory>
#include <mutex>

// libphonenumber exports its compiled-in metadata (a serialized
// PhoneMetadataCollection) under these names; they are declared in its
// internal metadata.h, which Debian does not install. If they ever go away
// the link fails, rather than the filter silently passing everything.
namespace i18n::phonenumbers {
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace convoguard::recognizers {
namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneNumberDesc;

struct MatchDataDeleter {
  void operator()(pcre2_match_data* m) const { pcre2_match_data_free(m); }
};

}  // namespace

namespace {

// Which three-digit starts a whole match of `regex` can have: bit p is set
// when the digits of p (000-999) are a whole match or can be extended to
// one, as a hard partial match of "(?:regex)\z" reports (it stops at the
// subject's end wherever more digits could still match; PCRE2 refuses
// partial matching with PCRE2_ENDANCHORED, hence the \z). Starts are tried
// digit by digit, so that a dead one- or two-digit start rules out its
// extensions at once. All bits when the regex does not compile; PCRE2
// errors keep a start.
std::array<uint64_t, 16> LeadingDigits(const std::string& regex) {
  std::array<uint64_t, 16> bits;
  bits.fill(~uint64_t{0});
  int err = 0;
  PCRE2_SIZE off = 0;
  const std::string text = "(?:" + regex + ")\\z";
  std::unique_ptr<pcre2_code, void (*)(pcre2_code*)> re(
      pcre2_compile(reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), PCRE2_ANCHORED, &err, &off, nullptr),
      pcre2_code_free);
  std::unique_ptr<pcre2_match_data, MatchDataDeleter> md(pcre2_match_data_create(1, nullptr));
  if (re == nullptr || md == nullptr) return bits;
  bits.fill(0);
  auto alive = [&](const char* digits, size_t n) {
    const int rc = pcre2_match(re.get(), reinterpret_cast<PCRE2_SPTR>(digits), n, 0, PCRE2_PARTIAL_HARD, md.get(),
                               nullptr);
    return rc != PCRE2_ERROR_NOMATCH;
  };
  char d[3];
  for (int a = 0; a < 10; ++a) {
    d[0] = static_cast<char>('0' + a);
    if (!alive(d, 1)) continue;
    for (int b = 0; b < 10; ++b) {
      d[1] = static_cast<char>('0' + b);
      if (!alive(d, 2)) continue;
      for (int c = 0; c < 10; ++c) {
        d[2] = static_cast<char>('0' + c);
        const int p = a * 100 + b * 10 + c;
        if (alive(d, 3)) bits[static_cast<size_t>(p / 64)] |= uint64_t{1} << (p % 64);
      }
    }
  }
  return bits;
}

}  // namespace

const PhoneValidityPrefilter& PhoneValidityPrefilter::Get() {
  static const PhoneValidityPrefilter* filter = new PhoneValidityPrefilter();  // never freed: used at exit
  return *filter;
}

PhoneValidityPrefilter::PhoneValidityPrefilter() {
  i18n::phonenumbers::PhoneMetadataCollection collection;
  if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size())) return;
  bool ok = true;
  auto compile_pattern = [&ok](const std::string& p, uint32_t options) -> void* {
    int err = 0;
    PCRE2_SIZE off = 0;
    pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(p.data()), p.size(), options, &err, &off, nullptr);
    if (re == nullptr) {
      ok = false;
      return nullptr;
    }
    pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
  };
  auto compile = [&ok](const PhoneNumberDesc& d) {
    Desc out;
    out.lengths.assign(d.possible_length().begin(), d.possible_length().end());
    if (!d.has_national_number_pattern()) return out;  // matches nothing, as in libphonenumber
    int err = 0;
    PCRE2_SIZE off = 0;
    const std::string& p = d.national_number_pattern();
    pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(p.data()), p.size(),
                                   PCRE2_ANCHORED | PCRE2_ENDANCHORED, &err, &off, nullptr);
    if (re == nullptr) {
      ok = false;
      return out;
    }
    pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    out.pattern = re;
    return out;
  };
  std::unordered_map<int, std::string> any_valid_text;
  for (const PhoneMetadata& m : collection.metadata()) {
    Region r;
    r.id = m.id();
    r.same_mobile_and_fixed = m.same_mobile_and_fixed_line_pattern();
    if (m.has_leading_digits()) r.leading = compile_pattern(m.leading_digits(), PCRE2_ANCHORED);
    if (!m.national_prefix_for_parsing().empty()) {
      r.national_prefix = compile_pattern(m.national_prefix_for_parsing(), PCRE2_ANCHORED);
      uint32_t groups = 0;
      if (r.national_prefix != nullptr) {
        pcre2_pattern_info(static_cast<const pcre2_code*>(r.national_prefix), PCRE2_INFO_CAPTURECOUNT, &groups);
      }
      r.national_prefix_groups = static_cast<int>(groups);
    }
    r.transform = m.national_prefix_transform_rule();
    for (size_t i = 0; i < r.transform.size(); ++i) {
      const char c = r.transform[i];
      if (c == '$' && i + 1 < r.transform.size() && r.transform[i + 1] >= '0' && r.transform[i + 1] <= '9') {
        ++i;
      } else if (!(c >= '0' && c <= '9')) {
        r.transform_ok = false;
      }
    }
    r.general = compile(m.general_desc());
    r.local_lengths.assign(m.general_desc().possible_length_local_only().begin(),
                           m.general_desc().possible_length_local_only().end());
    // The types PhoneNumberUtil::GetNumberTypeHelper tries, in its order.
    for (const PhoneNumberDesc* d : {&m.premium_rate(), &m.toll_free(), &m.shared_cost(), &m.voip(),
                                     &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail(),
                                     &m.fixed_line(), &m.mobile()}) {
      r.types.push_back(compile(*d));
    }
    by_country_code_[m.country_code()].push_back(std::move(r));
    // MayBeValid: (?=general$)(?:type|type|...) for this region; regions
    // without a general pattern or any type pattern add nothing.
    const PhoneNumberDesc& g = m.general_desc();
    std::string alternatives;
    for (const PhoneNumberDesc* d : {&m.premium_rate(), &m.toll_free(), &m.shared_cost(), &m.voip(),
                                     &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail(),
                                     &m.fixed_line(), &m.mobile()}) {
      if (!d->has_national_number_pattern()) continue;
      alternatives += (alternatives.empty() ? "" : "|") + std::string("(?:") + d->national_number_pattern() + ")";
    }
    AnyValid& any = any_valid_[m.country_code()];
    if (g.has_national_number_pattern() && !alternatives.empty()) {
      std::string& text = any_valid_text[m.country_code()];
      text += (text.empty() ? "" : "|") + std::string("(?=(?:") + g.national_number_pattern() + ")$)(?:" +
              alternatives + ")";
      if (any.starts == nullptr) any.starts = std::make_unique<AnyValid::Starts>();
      std::string& types = any.starts->types;
      types += (types.empty() ? "" : "|") + alternatives;
    }
    if (g.possible_length_size() == 0) any.lengths = ~0u;
    for (int n : g.possible_length()) {
      if (n >= 0 && n < 32) any.lengths |= 1u << n;
    }
  }
  for (auto& [cc, text] : any_valid_text) {
    AnyValid& any = any_valid_[cc];
    any.pattern = compile_pattern("(?:" + text + ")", PCRE2_ANCHORED | PCRE2_ENDANCHORED);
  }
  // GetRegionCodeForNumber tries the regions in this order.
  const auto& util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
  for (auto& [cc, regions] : by_country_code_) {
    std::list<std::string> order;
    util.GetRegionCodesForCountryCallingCode(cc, &order);
    std::vector<Region> sorted;
    for (const std::string& id : order) {
      auto it = std::find_if(regions.begin(), regions.end(), [&id](const Region& r) { return r.id == id; });
      if (it == regions.end()) break;
      sorted.push_back(std::move(*it));
      regions.erase(it);
    }
    if (sorted.size() == order.size() && regions.empty()) {
      regions = std::move(sorted);
    } else {
      for (Region& r : sorted) regions.push_back(std::move(r));  // keep them all, unordered
      unordered_.push_back(cc);
    }
  }
  calling_code_known_.assign(1000, false);
  for (int cc = 1; cc < 1000; ++cc) {
    std::string region;
    util.GetRegionCodeForCountryCode(cc, &region);
    calling_code_known_[static_cast<size_t>(cc)] = region != "ZZ";
  }
  // Format(NATIONAL) uses the number formats of the calling code's main
  // region (PhoneNumberUtil::GetRegionCodeForCountryCode).
  for (const PhoneMetadata& m : collection.metadata()) {
    std::string main_region;
    util.GetRegionCodeForCountryCode(m.country_code(), &main_region);
    if (m.id() != main_region || national_formats_.count(m.country_code()) != 0) continue;
    std::vector<Format>& formats = national_formats_[m.country_code()];
    for (const auto& f : m.number_format()) {
      Format out;
      if (f.leading_digits_pattern_size() > 0) {
        // Format uses the last, most detailed, leading-digits pattern.
        out.leading = compile_pattern(f.leading_digits_pattern(f.leading_digits_pattern_size() - 1), PCRE2_ANCHORED);
      }
      out.whole = compile_pattern(f.pattern(), PCRE2_ANCHORED | PCRE2_ENDANCHORED);
      out.replace = compile_pattern(f.pattern(), 0);
      if (out.replace != nullptr) {
        pcre2_pattern_info(static_cast<const pcre2_code*>(out.replace), PCRE2_INFO_MINLENGTH, &out.min_length);
      }
      // The national prefix formatting rule ("0$1", "($1)") replaces the
      // first group reference of the format; its "$1" stands for that reference.
      out.rule = f.format();
      const std::string& np_rule = f.national_prefix_formatting_rule();
      size_t ref = out.rule.find('$');
      while (ref != std::string::npos && !(ref + 1 < out.rule.size() && out.rule[ref + 1] >= '0' && out.rule[ref + 1] <= '9')) {
        ref = out.rule.find('$', ref + 1);
      }
      if (!np_rule.empty() && ref != std::string::npos) {
        const std::string group = out.rule.substr(ref, 2);
        std::string applied;
        for (size_t i = 0; i < np_rule.size(); ++i) {
          if (np_rule.compare(i, 2, "$1") == 0) {
            applied += group;
            ++i;
          } else {
            applied += np_rule[i];
          }
        }
        out.rule.replace(ref, 2, applied);
      }
      // Everything but "$<digit>" is literal text: pcre2_substitute needs a
      // literal '$' doubled.
      std::string escaped;
      for (size_t i = 0; i < out.rule.size(); ++i) {
        escaped += out.rule[i];
        if (out.rule[i] == '$' && !(i + 1 < out.rule.size() && out.rule[i + 1] >= '0' && out.rule[i + 1] <= '9')) {
          escaped += '$';
        }
      }
      out.rule = std::move(escaped);
      formats.push_back(std::move(out));
    }
  }
  usable_ = ok && !by_country_code_.empty();
}

PhoneValidityPrefilter::~PhoneValidityPrefilter() {
  auto free_desc = [](const Desc& d) { pcre2_code_free(static_cast<pcre2_code*>(d.pattern)); };
  for (const auto& [cc, formats] : national_formats_) {
    for (const Format& f : formats) {
      for (void* re : {f.leading, f.whole, f.replace}) pcre2_code_free(static_cast<pcre2_code*>(re));
    }
  }
  for (const auto& [cc, any] : any_valid_) pcre2_code_free(static_cast<pcre2_code*>(any.pattern));
  for (const auto& [cc, regions] : by_country_code_) {
    for (const Region& r : regions) {
      pcre2_code_free(static_cast<pcre2_code*>(r.leading));
      pcre2_code_free(static_cast<pcre2_code*>(r.national_prefix));
      free_desc(r.general);
      for (const Desc& d : r.types) free_desc(d);
    }
  }
}

namespace {

pcre2_match_data* OnePairMatchData() {
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> md(pcre2_match_data_create(1, nullptr));
  return md.get();
}

}  // namespace

// IsNumberMatchingDesc: the possible lengths, then the whole pattern.
int PhoneValidityPrefilter::Match(const Desc& d, std::string_view nsn) const {
  if (d.pattern == nullptr) return 0;
  if (!d.lengths.empty() &&
      std::find(d.lengths.begin(), d.lengths.end(), static_cast<int>(nsn.size())) == d.lengths.end()) {
    return 0;
  }
  return MatchPattern(d, nsn);
}

int PhoneValidityPrefilter::MatchPattern(const Desc& d, std::string_view nsn) const {
  if (d.pattern == nullptr) return 0;  // an empty pattern matches nothing
  pcre2_match_data* md = OnePairMatchData();
  if (md == nullptr) return -1;
  int rc = pcre2_match(static_cast<const pcre2_code*>(d.pattern), reinterpret_cast<PCRE2_SPTR>(nsn.data()),
                       nsn.size(), 0, 0, md, nullptr);
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  return rc >= 0 ? 1 : -1;
}

bool PhoneValidityPrefilter::Matches(const Desc& d, std::string_view nsn) const {
  return Match(d, nsn) != 0;  // a matcher error passes the number on
}

std::optional<i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType> PhoneValidityPrefilter::TypeIn(
    const Region& r, std::string_view nsn) const {
  using Util = i18n::phonenumbers::PhoneNumberUtil;
  // GetNumberTypeHelper's order; r.types holds the descriptions in it.
  static constexpr Util::PhoneNumberType kSpecial[] = {Util::PREMIUM_RATE, Util::TOLL_FREE, Util::SHARED_COST,
                                                       Util::VOIP,         Util::PERSONAL_NUMBER, Util::PAGER,
                                                       Util::UAN,          Util::VOICEMAIL};
  int m = Match(r.general, nsn);
  if (m < 0) return std::nullopt;
  if (m == 0) return Util::UNKNOWN;
  for (size_t i = 0; i < std::size(kSpecial); ++i) {
    m = Match(r.types[i], nsn);
    if (m < 0) return std::nullopt;
    if (m == 1) return kSpecial[i];
  }
  const Desc& fixed = r.types[8];
  const Desc& mobile = r.types[9];
  m = Match(fixed, nsn);
  if (m < 0) return std::nullopt;
  if (m == 1) {
    if (r.same_mobile_and_fixed) return Util::FIXED_LINE_OR_MOBILE;
    m = Match(mobile, nsn);
    if (m < 0) return std::nullopt;
    return m == 1 ? Util::FIXED_LINE_OR_MOBILE : Util::FIXED_LINE;
  }
  if (r.same_mobile_and_fixed) return Util::UNKNOWN;
  m = Match(mobile, nsn);
  if (m < 0) return std::nullopt;
  return m == 1 ? Util::MOBILE : Util::UNKNOWN;
}

const std::vector<PhoneValidityPrefilter::Region>* PhoneValidityPrefilter::Ordered(int country_code) const {
  if (!usable_) return nullptr;
  auto it = by_country_code_.find(country_code);
  if (it == by_country_code_.end() || it->second.empty() ||
      std::find(unordered_.begin(), unordered_.end(), country_code) != unordered_.end()) {
    return nullptr;
  }
  return &it->second;
}

std::optional<bool> PhoneValidityPrefilter::IsPossible(int country_code, size_t nsn_length) const {
  // IsPossibleNumberForTypeWithReason(UNKNOWN): TestNumberLength on the main
  // region's general description.
  const std::vector<Region>* regions = Ordered(country_code);
  if (regions == nullptr || (*regions)[0].general.lengths.empty()) return std::nullopt;
  const Region& main = (*regions)[0];
  const std::vector<int>& lengths = main.general.lengths;
  if (lengths[0] == -1) return false;
  const int n = static_cast<int>(nsn_length);
  return std::find(main.local_lengths.begin(), main.local_lengths.end(), n) != main.local_lengths.end() ||
         std::find(lengths.begin(), lengths.end(), n) != lengths.end();
}

std::optional<PhoneValidityPrefilter::Classification> PhoneValidityPrefilter::Classify(int country_code,
                                                                                      std::string_view nsn) const {
  const std::vector<Region>* ordered = Ordered(country_code);
  if (ordered == nullptr) return std::nullopt;
  const std::vector<Region>& regions = *ordered;
  if (regions.size() == 1) {  // GetRegionCodeForNumber takes the only region as it is
    auto type = TypeIn(regions[0], nsn);
    if (!type) return std::nullopt;
    return Classification{*type, regions[0].id};
  }
  // GetRegionCodeForNumberFromRegionList.
  pcre2_match_data* md = OnePairMatchData();
  if (md == nullptr) return std::nullopt;
  for (const Region& r : regions) {
    if (r.leading != nullptr) {
      int rc = pcre2_match(static_cast<const pcre2_code*>(r.leading), reinterpret_cast<PCRE2_SPTR>(nsn.data()),
                           nsn.size(), 0, 0, md, nullptr);
      if (rc == PCRE2_ERROR_NOMATCH) continue;
      if (rc < 0) return std::nullopt;
      auto type = TypeIn(r, nsn);
      if (!type) return std::nullopt;
      return Classification{*type, r.id};
    }
    auto type = TypeIn(r, nsn);
    if (!type) return std::nullopt;
    if (*type != i18n::phonenumbers::PhoneNumberUtil::UNKNOWN) return Classification{*type, r.id};
  }
  return Classification{i18n::phonenumbers::PhoneNumberUtil::UNKNOWN, "ZZ"};
}

namespace {

pcre2_match_data* ThreadMatchData() {
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> md(pcre2_match_data_create(16, nullptr));
  return md.get();
}

}  // namespace

bool PhoneValidityPrefilter::MayBeMobile(int country_code, std::string_view nsn) const {
  if (!usable_) return true;
  auto it = by_country_code_.find(country_code);
  if (it == by_country_code_.end()) return true;
  for (const Region& r : it->second) {
    if (Matches(r.general, nsn) && Matches(r.types.back(), nsn)) return true;
  }
  return false;
}

bool PhoneValidityPrefilter::FormatNational(int country_code, std::string_view nsn, std::string* out) const {
  if (!usable_) return false;
  auto it = national_formats_.find(country_code);
  pcre2_match_data* md = ThreadMatchData();
  if (it == national_formats_.end() || md == nullptr) return false;
  const auto* subject = reinterpret_cast<PCRE2_SPTR>(nsn.data());
  for (const Format& f : it->second) {
    if (f.leading != nullptr) {
      int rc = pcre2_match(static_cast<const pcre2_code*>(f.leading), subject, nsn.size(), 0, 0, md, nullptr);
      if (rc == PCRE2_ERROR_NOMATCH) continue;
      if (rc < 0) return false;
    }
    int rc = pcre2_match(static_cast<const pcre2_code*>(f.whole), subject, nsn.size(), 0, 0, md, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) continue;
    if (rc < 0) return false;
    // GlobalReplace of the pattern in the number by the format. When the
    // pattern's first match is the whole number (the usual case) and it
    // cannot match an empty string, that is the format with the match's
    // groups put in: done here, pcre2_substitute costs about 1,000
    // instructions.
    if (f.min_length > 0) {
      rc = pcre2_match(static_cast<const pcre2_code*>(f.replace), subject, nsn.size(), 0, 0, md, nullptr);
      if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) return false;
      const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
      if (rc > 0 && ov[0] == 0 && ov[1] == nsn.size()) {
        const uint32_t pairs = static_cast<uint32_t>(rc);
        std::string expanded;
        bool ok = true;
        for (size_t i = 0; i < f.rule.size() && ok; ++i) {
          if (f.rule[i] != '$') {
            expanded += f.rule[i];
          } else if (i + 1 < f.rule.size() && f.rule[i + 1] == '$') {
            expanded += '$';
            ++i;
          } else {
            uint32_t g = 0;
            while (i + 1 < f.rule.size() && f.rule[i + 1] >= '0' && f.rule[i + 1] <= '9') g = g * 10 + static_cast<uint32_t>(f.rule[++i] - '0');
            // pcre2_substitute fails on an unset or unknown group.
            ok = g < pairs && ov[2 * g] != PCRE2_UNSET;
            if (ok) expanded.append(nsn.substr(ov[2 * g], ov[2 * g + 1] - ov[2 * g]));
          }
        }
        if (ok) {
          *out = std::move(expanded);
          return true;
        }
      }
    }
    PCRE2_UCHAR buf[128];
    PCRE2_SIZE len = sizeof buf;
    rc = pcre2_substitute(static_cast<const pcre2_code*>(f.replace), subject, nsn.size(), 0,
                          PCRE2_SUBSTITUTE_GLOBAL, md, nullptr, reinterpret_cast<PCRE2_SPTR>(f.rule.data()),
                          f.rule.size(), buf, &len);
    if (rc < 0) return false;
    out->assign(reinterpret_cast<const char*>(buf), len);
    return true;
  }
  out->assign(nsn);  // no format fits: Format writes the digits as they are
  return true;
}

bool PhoneValidityPrefilter::AnyValid::MayStart(std::string_view nsn) const {
  if (nsn.size() < 3 || starts == nullptr) return true;
  const unsigned a = static_cast<unsigned char>(nsn[0]) - '0', b = static_cast<unsigned char>(nsn[1]) - '0',
                 c = static_cast<unsigned char>(nsn[2]) - '0';
  if (a > 9 || b > 9 || c > 9) return true;
  std::call_once(starts->once, [s = starts.get()] {
    s->bits = LeadingDigits(s->types);
    std::string().swap(s->types);
  });
  const unsigned p = a * 100 + b * 10 + c;
  return starts->bits[p / 64] >> (p % 64) & 1u;
}

bool PhoneValidityPrefilter::MayStartValid(int country_code, std::string_view nsn) const {
  if (!usable_) return true;
  auto it = any_valid_.find(country_code);
  return it == any_valid_.end() || it->second.MayStart(nsn);
}

bool PhoneValidityPrefilter::MayBeValid(int country_code, std::string_view nsn) const {
  // A region's number can be valid only if its general description (lengths
  // and pattern) and one type's pattern fit: one PCRE2 call for all regions
  // of the calling code (a type's own possible lengths are not tested, so
  // this passes a few more numbers than the conjunction it stands for).
  if (!usable_) return true;
  auto it = any_valid_.find(country_code);
  if (it == any_valid_.end() || it->second.pattern == nullptr) return it == any_valid_.end();
  const AnyValid& any = it->second;
  if (nsn.size() >= 32 || !(any.lengths >> nsn.size() & 1u)) return false;
  if (!any.MayStart(nsn)) return false;
  pcre2_match_data* md = OnePairMatchData();
  if (md == nullptr) return true;
  int rc = pcre2_match(static_cast<const pcre2_code*>(any.pattern), reinterpret_cast<PCRE2_SPTR>(nsn.data()),
                       nsn.size(), 0, 0, md, nullptr);
  return rc != PCRE2_ERROR_NOMATCH;  // a matcher error passes the number on
}

namespace {

pcre2_match_data* ThreeGroupMatchData() {
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> md(pcre2_match_data_create(3, nullptr));
  return md.get();
}

}  // namespace

// MaybeStripNationalPrefixAndCarrierCode: when the national prefix for
// parsing matches at the start, the number becomes the transform rule
// applied to it (when there is a rule and the prefix's last wanted group,
// the second if it has two, else the first, captured something) or what
// follows the prefix; either only if the general pattern still fits, or
// did not fit the original number either.
bool PhoneValidityPrefilter::StripNationalPrefix(const Region& r, std::string* number) const {
  if (number->empty() || r.national_prefix == nullptr) return true;
  pcre2_match_data* md = ThreeGroupMatchData();
  if (md == nullptr) return false;
  const auto* subject = reinterpret_cast<PCRE2_SPTR>(number->data());
  int rc = pcre2_match(static_cast<const pcre2_code*>(r.national_prefix), subject, number->size(), 0, 0, md, nullptr);
  if (rc == PCRE2_ERROR_NOMATCH) return true;
  if (rc < 0) return false;
  const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
  const uint32_t pairs = pcre2_get_ovector_count(md);
  auto group = [&](int g) -> std::string_view {
    if (g >= static_cast<int>(pairs) || g > r.national_prefix_groups || ov[2 * g] == PCRE2_UNSET) return {};
    return std::string_view(*number).substr(ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
  };
  const int viable = MatchPattern(r.general, *number);
  if (viable < 0) return false;
  std::string stripped;
  const int wanted = r.national_prefix_groups >= 2 ? 2 : r.national_prefix_groups;
  if (!r.transform.empty() && wanted > 0 && !group(wanted).empty()) {
    // Replace(number, transform): the first match (the one at the start) by
    // the rule, "$n" standing for group n.
    for (size_t i = 0; i < r.transform.size(); ++i) {
      if (r.transform[i] == '$' && i + 1 < r.transform.size()) {
        stripped += group(r.transform[++i] - '0');
      } else {
        stripped += r.transform[i];
      }
    }
    stripped.append(*number, ov[1], std::string::npos);
  } else {
    stripped.assign(*number, ov[1], std::string::npos);
  }
  if (viable == 1) {
    const int still = MatchPattern(r.general, stripped);
    if (still < 0) return false;
    if (still == 0) return true;
  }
  *number = std::move(stripped);
  return true;
}

PhoneValidityPrefilter::ParseResult PhoneValidityPrefilter::ParsePlus(std::string_view text, Parsed* out) const {
  if (!usable_ || text.size() < 2 || text[0] != '+') return ParseResult::kUndecided;
  std::string digits;
  for (char c : text.substr(1)) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (!(c == ' ' || c == '.' || c == '-' || c == '(' || c == ')')) {
      return ParseResult::kUndecided;
    }
  }
  if (digits.size() < 3) return ParseResult::kUndecided;  // viability and TOO_SHORT_AFTER_IDD: ask Parse
  // ExtractCountryCode.
  if (digits[0] == '0') return ParseResult::kError;
  int cc = 0;
  size_t cc_len = 0;
  for (size_t i = 1; i <= 3; ++i) {
    const int candidate = std::stoi(digits.substr(0, i));
    if (calling_code_known_[static_cast<size_t>(candidate)]) {
      cc = candidate;
      cc_len = i;
      break;
    }
  }
  if (cc == 0) return ParseResult::kError;  // INVALID_COUNTRY_CODE_ERROR
  const std::vector<Region>* regions = Ordered(cc);
  if (regions == nullptr) return ParseResult::kUndecided;
  const Region& main = (*regions)[0];  // GetMetadataForRegionOrCallingCode of the main region
  if (!main.transform_ok || main.general.lengths.empty()) return ParseResult::kUndecided;
  std::string national = digits.substr(cc_len);
  if (national.size() < 2) return ParseResult::kError;  // TOO_SHORT_NSN
  std::string potential = national;
  if (!StripNationalPrefix(main, &potential)) return ParseResult::kUndecided;
  // TestNumberLength(potential, metadata): the stripped number is kept
  // unless it is too short, of a local-only or an impossible length.
  const std::vector<int>& lengths = main.general.lengths;
  const int n = static_cast<int>(potential.size());
  bool keep = false;
  if (lengths[0] != -1 &&
      std::find(main.local_lengths.begin(), main.local_lengths.end(), n) == main.local_lengths.end()) {
    keep = n == lengths[0] || n > lengths.back() ||
           (n > lengths[0] && std::find(lengths.begin() + 1, lengths.end(), n) != lengths.end());
  }
  if (keep) national = std::move(potential);
  if (national.size() < 2 || national.size() > 17) return ParseResult::kError;  // TOO_SHORT_NSN, TOO_LONG_NSN
  Parsed p;
  p.country_code = cc;
  // SetItalianLeadingZerosForPhoneNumber.
  if (national.size() > 1 && national[0] == '0') {
    p.italian_leading_zero = true;
    size_t zeros = 1;
    while (zeros < national.size() - 1 && national[zeros] == '0') ++zeros;
    p.number_of_leading_zeros = static_cast<int>(zeros);
  }
  for (char d : national) p.national_number = p.national_number * 10 + static_cast<uint64_t>(d - '0');
  // GetNationalSignificantNumber.
  p.nsn = p.italian_leading_zero ? std::string(static_cast<size_t>(p.number_of_leading_zeros), '0') : std::string();
  p.nsn += std::to_string(p.national_number);
  *out = std::move(p);
  return ParseResult::kParsed;
}

}  // namespace convoguard::recognizers
