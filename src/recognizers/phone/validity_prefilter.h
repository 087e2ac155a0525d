// A cheap necessary condition for PhoneNumberUtil::IsValidNumber.
//
// IsValidNumber matches the national number against up to ten ICU regexes
// per region (about 13,000 instructions per call, most of the scan time on
// ordinary chat, where almost every candidate is invalid). This filter runs
// the same metadata patterns (libphonenumber's own compiled-in metadata)
// with PCRE2 JIT instead. It never decides validity: a number it rejects
// cannot be valid; one it passes still goes to IsValidNumber.
//
// Thread safety: Get() builds the filter once; it is immutable afterwards
// and each call uses thread-local match data.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

namespace convoguard::recognizers {

class PhoneValidityPrefilter {
 public:
  static const PhoneValidityPrefilter& Get();

  // False only when no region with this calling code has a number type
  // whose possible lengths and pattern fit the national significant number
  // `nsn` (digits, with an Italian leading zero). True when the metadata
  // could not be read or compiled, so that libphonenumber decides.
  bool MayBeValid(int country_code, std::string_view nsn) const;
  // False when the metadata could not be read or a pattern did not compile
  // (then MayBeValid passes everything).
  bool usable() const { return usable_; }

  PhoneValidityPrefilter(const PhoneValidityPrefilter&) = delete;
  PhoneValidityPrefilter& operator=(const PhoneValidityPrefilter&) = delete;
  ~PhoneValidityPrefilter();

 private:
  PhoneValidityPrefilter();
  struct Desc {
    void* pattern = nullptr;       // pcre2_code*, anchored at both ends
    std::vector<int> lengths;      // possible lengths; empty: any
  };
  struct Region {
    Desc general;
    std::vector<Desc> types;       // the types GetNumberTypeHelper tries
  };
  bool Matches(const Desc& d, std::string_view nsn) const;
  bool usable_ = false;
  std::unordered_map<int, std::vector<Region>> by_country_code_;
};

}  // namespace convoguard::recognizers
