// Cheap stand-ins for libphonenumber calls, built from libphonenumber's own
// compiled-in metadata and run with PCRE2 JIT:
//   - MayBeValid: a necessary condition for PhoneNumberUtil::IsValidNumber;
//   - MayBeMobile: a necessary condition for GetNumberType() == MOBILE;
//   - FormatNational: what Format(number, NATIONAL) writes, computed the way
//     Format computes it (about 35,000 instructions there, most of the
//     phone validation time on ordinary chat);
//   - Classify: what GetNumberType and GetRegionCodeForNumber return (and so
//     IsValidNumber, which is GetNumberType() != UNKNOWN), computed the way
//     they compute it, for the numbers whose written form already matched;
//   - ParsePlus: what Parse(text, "ZZ") makes of a '+' number written with
//     digits, spaces, dots, dashes and parentheses (about 80,000
//     instructions there: ICU regexes for the extension, the viability test
//     and the national prefix).
//
// IsValidNumber matches the national number against up to ten ICU regexes
// per region (about 13,000 instructions per call, most of the scan time on
// ordinary chat, where almost every candidate is invalid). This filter runs
// the same metadata patterns (libphonenumber's own compiled-in metadata)
// with PCRE2 JIT instead. MayBeValid never decides validity: a number it
// rejects cannot be valid. Classify does decide it, by running the same
// steps as libphonenumber on the same patterns (phone_test compares the two
// on tens of thousands of numbers), and returns nothing, so that
// libphonenumber decides, where it cannot.
//
// Thread safety: Get() builds the filter once; it is immutable afterwards
// and each call uses thread-local match data.
#pragma once

#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <string>
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
  // The first test of MayBeValid after the lengths, a bit lookup: false when
  // no number type of the calling code's regions has a pattern that a
  // number starting with nsn's first three digits can match (the starts
  // are found once, by PCRE2 hard partial matching of every three-digit
  // string). Most national candidates fail here, before any PCRE2 call.
  bool MayStartValid(int country_code, std::string_view nsn) const;
  // False only when no region with this calling code has a mobile range
  // that fits `nsn`. True when the filter is not usable.
  bool MayBeMobile(int country_code, std::string_view nsn) const;
  // Writes to *out what PhoneNumberUtil::Format(number, NATIONAL, out) writes
  // for a number with this calling code and national significant number and
  // no extension: the first number format of the calling code's main region
  // whose last leading-digits pattern and pattern fit, with its national
  // prefix formatting rule applied to the first group (the digits unchanged
  // when no format fits). Returns false, writing nothing, when the filter is
  // not usable or the calling code is unknown: then call Format.
  bool FormatNational(int country_code, std::string_view nsn, std::string* out) const;
  struct Classification {
    i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType type;
    std::string_view region;  // GetRegionCodeForNumber's answer; "ZZ" when no region fits
  };
  // What GetNumberType and GetRegionCodeForNumber return for a number with
  // this calling code and national significant number `nsn` and no
  // extension: the regions of the calling code in libphonenumber's order
  // (the first whose leading digits start `nsn`, or, for a region without
  // leading digits, whose number types fit it), then that region's number
  // type as GetNumberTypeHelper decides it (general description, the
  // special types, fixed line, mobile, same_mobile_and_fixed_line_pattern).
  // IsValidNumber is exactly `type != UNKNOWN`. nullopt, when the filter is
  // not usable, the calling code is unknown or its regions could not be
  // matched to the metadata, or PCRE2 failed on a pattern: then ask
  // libphonenumber.
  std::optional<Classification> Classify(int country_code, std::string_view nsn) const;
  // What PhoneNumberUtil::IsPossibleNumber returns for a number with this
  // calling code whose national significant number has `nsn_length` digits:
  // the length is one of the main region's possible lengths (general
  // description) or local-only lengths, unless those are [-1]. nullopt when
  // the filter is not usable or the calling code is unknown or unordered.
  std::optional<bool> IsPossible(int country_code, size_t nsn_length) const;
  // The fields of the PhoneNumber that PhoneNumberUtil::Parse(text, "ZZ")
  // builds, and its national significant number.
  struct Parsed {
    int country_code = 0;
    uint64_t national_number = 0;
    bool italian_leading_zero = false;
    int number_of_leading_zeros = 1;  // PhoneNumber's default; set only when not 1
    std::string nsn;                  // GetNationalSignificantNumber
  };
  enum class ParseResult { kParsed, kError, kUndecided };
  // What Parse(text, "ZZ", &number) does when `text` is a '+' and then only
  // ASCII digits, spaces, dots, dashes and parentheses, with at least three
  // digits: the calling code (the first of one to three digits that has a
  // region), then the main region's national prefix for parsing (with its
  // transform rule, kept only if the general pattern still fits and the
  // stripped number's length is possible or too long), then the lengths and
  // Italian leading zeros. kParsed fills *out; kError: Parse returns an error;
  // kUndecided (other text, a calling code whose regions could not be
  // ordered, a PCRE2 failure): ask Parse. Such text has no extension, no
  // RFC 3966 parts and is always viable, so those steps of Parse do nothing.
  ParseResult ParsePlus(std::string_view text, Parsed* out) const;
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
    std::string id;                // region code ("US", "001" for non-geographic)
    void* leading = nullptr;       // pcre2_code* of leading_digits, anchored at the start; null: none
    bool same_mobile_and_fixed = false;
    std::vector<int> local_lengths;  // general_desc's possible_length_local_only
    void* national_prefix = nullptr;   // pcre2_code* of national_prefix_for_parsing, anchored at the start
    int national_prefix_groups = 0;    // its capture groups
    std::string transform;             // national_prefix_transform_rule
    bool transform_ok = true;          // only digits and "$<digit>" in it (else ParsePlus is undecided)
    Desc general;
    std::vector<Desc> types;       // the types GetNumberTypeHelper tries; fixed line, then mobile, last
  };
  struct Format {
    void* leading = nullptr;       // pcre2_code*, anchored at the start; null: any
    void* whole = nullptr;         // pcre2_code*, anchored at both ends
    void* replace = nullptr;       // pcre2_code*, unanchored, for the global replace
    std::string rule;              // format with the national prefix rule applied
    uint32_t min_length = 0;       // PCRE2_INFO_MINLENGTH of `replace`
  };
  bool Matches(const Desc& d, std::string_view nsn) const;
  // RegexBasedMatcher::MatchNationalNumber: the whole pattern, no lengths.
  // 1, 0, or -1 when PCRE2 failed.
  int MatchPattern(const Desc& d, std::string_view nsn) const;
  // MaybeStripNationalPrefixAndCarrierCode on the region's metadata;
  // false when PCRE2 failed.
  bool StripNationalPrefix(const Region& r, std::string* number) const;
  // The calling code's regions in GetRegionCodesForCountryCallingCode's
  // order; null when unusable, unknown or unordered.
  const std::vector<Region>* Ordered(int country_code) const;
  // 1: matches, 0: does not, -1: PCRE2 failed.
  int Match(const Desc& d, std::string_view nsn) const;
  // GetNumberTypeHelper on one region's metadata; nullopt when PCRE2 failed.
  std::optional<i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType> TypeIn(const Region& r,
                                                                            std::string_view nsn) const;
  bool usable_ = false;
  // In GetRegionCodesForCountryCallingCode's order, except for the calling
  // codes in unordered_ (their regions did not match the metadata).
  std::unordered_map<int, std::vector<Region>> by_country_code_;
  std::vector<int> unordered_;
  // MayBeValid's test per calling code: one pattern, the alternation over
  // its regions of (general pattern) and (any of its types' patterns), and
  // the union of the general descriptions' possible lengths (bit n: length
  // n; all bits when a region has none).
  // And the three-digit starts a number matched by the pattern can have
  // (MayStartValid), found on first use: only a few calling codes are ever
  // asked, and finding them takes about a million instructions each.
  struct AnyValid {
    void* pattern = nullptr;  // pcre2_code*, anchored at both ends; null: pass everything
    uint32_t lengths = 0;
    struct Starts {
      std::once_flag once;
      std::string types;  // the alternation of every region's type patterns, until `bits` is set
      std::array<uint64_t, 16> bits{};  // bit p: a match can start with p's three digits
    };
    std::unique_ptr<Starts> starts;  // null: any start
    // False when `nsn` starts with three digits no match of `pattern` starts with.
    bool MayStart(std::string_view nsn) const;
  };
  std::unordered_map<int, AnyValid> any_valid_;
  std::vector<bool> calling_code_known_;  // by calling code < 1000: GetRegionCodeForCountryCode is not "ZZ"
  std::unordered_map<int, std::vector<Format>> national_formats_;  // main region's, by calling code
};

}  // namespace convoguard::recognizers
