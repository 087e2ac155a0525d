#include "recognizers/phone/validity_prefilter.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <phonenumbers/phonemetadata.pb.h>

#include <algorithm>
#include <memory>

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

const PhoneValidityPrefilter& PhoneValidityPrefilter::Get() {
  static const PhoneValidityPrefilter* filter = new PhoneValidityPrefilter();  // never freed: used at exit
  return *filter;
}

PhoneValidityPrefilter::PhoneValidityPrefilter() {
  i18n::phonenumbers::PhoneMetadataCollection collection;
  if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size())) return;
  bool ok = true;
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
  for (const PhoneMetadata& m : collection.metadata()) {
    Region r;
    r.general = compile(m.general_desc());
    // The types PhoneNumberUtil::GetNumberTypeHelper tries, in its order.
    for (const PhoneNumberDesc* d : {&m.premium_rate(), &m.toll_free(), &m.shared_cost(), &m.voip(),
                                     &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail(),
                                     &m.fixed_line(), &m.mobile()}) {
      r.types.push_back(compile(*d));
    }
    by_country_code_[m.country_code()].push_back(std::move(r));
  }
  usable_ = ok && !by_country_code_.empty();
}

PhoneValidityPrefilter::~PhoneValidityPrefilter() {
  auto free_desc = [](const Desc& d) { pcre2_code_free(static_cast<pcre2_code*>(d.pattern)); };
  for (const auto& [cc, regions] : by_country_code_) {
    for (const Region& r : regions) {
      free_desc(r.general);
      for (const Desc& d : r.types) free_desc(d);
    }
  }
}

bool PhoneValidityPrefilter::Matches(const Desc& d, std::string_view nsn) const {
  if (d.pattern == nullptr) return false;
  if (!d.lengths.empty() &&
      std::find(d.lengths.begin(), d.lengths.end(), static_cast<int>(nsn.size())) == d.lengths.end()) {
    return false;
  }
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> md(pcre2_match_data_create(1, nullptr));
  if (md == nullptr) return true;  // cannot check: let libphonenumber decide
  const auto* re = static_cast<const pcre2_code*>(d.pattern);
  int rc = pcre2_match(re, reinterpret_cast<PCRE2_SPTR>(nsn.data()), nsn.size(), 0, 0, md.get(), nullptr);
  return rc >= 0 || (rc != PCRE2_ERROR_NOMATCH);  // a matcher error passes the number on
}

bool PhoneValidityPrefilter::MayBeValid(int country_code, std::string_view nsn) const {
  if (!usable_) return true;
  auto it = by_country_code_.find(country_code);
  if (it == by_country_code_.end()) return true;
  for (const Region& r : it->second) {
    if (!Matches(r.general, nsn)) continue;
    for (const Desc& d : r.types) {
      if (Matches(d, nsn)) return true;
    }
  }
  return false;
}

}  // namespace convoguard::recognizers
