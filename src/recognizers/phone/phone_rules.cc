// PHONE_NUMBER: a bounded regex proposes phone-shaped candidates (a leading
// +country code, a parenthesized area code, or digit groups with separators)
// and libphonenumber decides. The regex is narrow on purpose: validation
// costs microseconds, so it must not run on every number in the text.
//
// Candidates are split into digit groups; the validator tries the whole
// candidate first, then shorter runs of whole groups from the start (a phone
// number followed by "10 items" is still found), and accepts the longest run
// that libphonenumber calls valid.
#include <phonenumbers/phonenumberutil.h>

#include <string>
#include <vector>

#include "recognizers/catalog.h"
#include "recognizers/context.h"
#include "recognizers/phone/validity_prefilter.h"

namespace convoguard::recognizers {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Regions tried for numbers written without a country code, in order. NANP
// (US) also covers Canada and the Caribbean.
constexpr const char* kNationalRegions[] = {"US", "GB", "DE", "FR", "IN", "BR", "JP", "CN",
                                            "IL", "AU", "IT", "ES", "NL", "MX"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string DigitsOf(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (IsDigit(c)) d.push_back(c);
  }
  return d;
}

// A run of digits (with any parentheses and a leading '+') in a candidate.
struct Group {
  size_t begin, end;  // byte offsets in the candidate
  int digits;
};

std::vector<Group> SplitGroups(std::string_view s) {
  std::vector<Group> groups;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (!(IsDigit(c) || c == '(' || c == ')' || c == '+')) {
      ++i;
      continue;
    }
    Group g{i, i, 0};
    while (i < s.size() && (IsDigit(s[i]) || s[i] == '(' || s[i] == ')' || s[i] == '+')) {
      g.digits += IsDigit(s[i]) ? 1 : 0;
      ++i;
    }
    g.end = i;
    if (g.digits > 0) groups.push_back(g);
  }
  return groups;
}

// The digit runs of s, "(415) 555-0132": all digits ("4155550132"), the
// first two runs ("415", "555": views into s) and the number of runs.
struct DigitRuns {
  std::string all;
  std::string_view first, second;
  size_t runs = 0;
};

void ReadDigitRuns(std::string_view s, DigitRuns* out) {
  out->all.clear();
  out->first = out->second = {};
  out->runs = 0;
  for (size_t i = 0; i < s.size();) {
    if (!IsDigit(s[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    const std::string_view run = s.substr(b, i - b);
    if (out->runs == 0) out->first = run;
    if (out->runs == 1) out->second = run;
    ++out->runs;
    out->all += run;
  }
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Dates (2024-01-15, 15.01.2024, 01/15/2024) and IPv4 addresses written with
// the same separators the candidate regex allows.
bool LooksLikeDateOrAddress(std::string_view s, const std::vector<Group>& groups) {
  auto text = [&](const Group& g) { return s.substr(g.begin, g.end - g.begin); };
  auto plain = [&](const Group& g) { return DigitsOf(text(g)).size() == g.end - g.begin; };
  for (size_t i = 0; i + 2 < groups.size(); ++i) {
    const Group &a = groups[i], &b = groups[i + 1], &c = groups[i + 2];
    if (!plain(a) || !plain(b) || !plain(c)) continue;
    char sep1 = s[a.end], sep2 = s[b.end];
    if (sep1 != sep2 || sep1 == ' ' || b.begin != a.end + 1 || c.begin != b.end + 1) continue;
    int la = a.digits, lb = b.digits, lc = c.digits;
    if (la == 4 && lb <= 2 && lc <= 2) {  // YYYY-MM-DD
      int m = ToInt(text(b)), d = ToInt(text(c));
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return true;
    }
    if (la <= 2 && lb <= 2 && (lc == 4 || lc == 2)) {  // DD.MM.YYYY, MM/DD/YY
      int x = ToInt(text(a)), y = ToInt(text(b));
      if (x >= 1 && x <= 31 && y >= 1 && y <= 31 && (x <= 12 || y <= 12)) return true;
    }
  }
  if (groups.size() == 4) {
    bool ip = true;
    for (size_t i = 0; i < 4; ++i) {
      const Group& g = groups[i];
      ip = ip && plain(g) && g.digits <= 3 && ToInt(text(g)) <= 255 &&
           (i == 3 || s[g.end] == '.');
    }
    if (ip) return true;
  }
  return false;
}

// True when the text next to the candidate continues a dotted or dashed
// digit structure (1.2.3.4.5, 2024-01-15-0001) the regex only partly covers.
bool ContinuesOutside(const Candidate& c) {
  auto sep = [](char ch) { return ch == '.' || ch == '-' || ch == '/' || ch == ':'; };
  const std::string_view a = c.after, b = c.before;
  if (a.size() >= 2 && sep(a[0]) && IsDigit(a[1])) return true;
  if (b.size() >= 2 && sep(b.back()) && IsDigit(b[b.size() - 2])) return true;
  return false;
}

// GetNumberType and GetRegionCodeForNumber (IsValidNumber is type !=
// UNKNOWN), from the metadata patterns when PhoneValidityPrefilter can
// decide, else from libphonenumber. `nsn` is the number's national
// significant number.
PhoneValidityPrefilter::Classification Classify(const PhoneNumber& number, const std::string& nsn,
                                                std::string* region_storage) {
  if (auto c = PhoneValidityPrefilter::Get().Classify(number.country_code(), nsn)) return *c;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  util.GetRegionCodeForNumber(number, region_storage);
  return {util.GetNumberType(number), *region_storage};
}

// IsPossibleNumber, from the metadata's possible lengths when
// PhoneValidityPrefilter can decide; `number()` makes the PhoneNumber for
// libphonenumber when it cannot.
template <class MakeNumber>
bool IsPossible(int country_code, std::string_view nsn, const MakeNumber& number) {
  if (auto p = PhoneValidityPrefilter::Get().IsPossible(country_code, nsn.size())) return *p;
  return PhoneNumberUtil::GetInstance()->IsPossibleNumber(number());
}

// What NationalRegion needs of each region, looked up once: the calls
// behind it take locks and build strings.
struct RegionInfo {
  const char* code;
  int country_code;
  std::string trunk;  // national (trunk) prefix, digits only
};

const std::vector<RegionInfo>& NationalRegionInfo() {
  static const std::vector<RegionInfo> infos = [] {
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    std::vector<RegionInfo> out;
    for (const char* region : kNationalRegions) {
      RegionInfo info{region, util.GetCountryCodeForRegion(region), {}};
      util.GetNddPrefixForRegion(region, /*strip_non_digits=*/true, &info.trunk);
      out.push_back(std::move(info));
    }
    return out;
  }();
  return infos;
}

// The first region in which `written` is a valid number written the way
// people of that country write it, or nullptr: the digits are those of the
// national format (with the trunk prefix where there is one: "030 1234567"
// is a Berlin number, "20240001553" is not a German one) and the first group
// is that format's first group. Mobile numbers may drop the trunk prefix
// ("98765 43210" in India); NANP numbers may carry a leading 1.
//
// PhoneNumberUtil::Parse costs tens of microseconds per region (it runs ICU
// regexes), so the number is built directly from the digits: the region's
// trunk prefix is stripped when present, and the rest is the national number.
const char* NationalRegion(std::string_view written) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const PhoneValidityPrefilter& filter = PhoneValidityPrefilter::Get();
  DigitRuns parts;
  ReadDigitRuns(written, &parts);
  const std::string& digits = parts.all;
  // Per thread, so that trying 14 regions allocates nothing.
  thread_local std::string nsn, formatted;
  thread_local DigitRuns national;
  for (const RegionInfo& info : NationalRegionInfo()) {
    const char* region = info.code;
    const std::string& trunk = info.trunk;
    std::string_view national_number = digits;
    if (!trunk.empty() && digits.compare(0, trunk.size(), trunk) == 0) {
      national_number.remove_prefix(trunk.size());
    }
    if (national_number.empty() || national_number.size() > 15) continue;
    const bool italian_zero = national_number[0] == '0';
    if (italian_zero && std::string_view(region) != "IT") continue;
    uint64_t value = 0;
    for (char d : national_number) value = value * 10 + static_cast<uint64_t>(d - '0');  // digits only, <= 15
    // The national significant number as libphonenumber builds it: only an
    // Italian number keeps a leading zero (one, whatever was written).
    if (italian_zero) {
      nsn = "0" + std::to_string(value);
    } else {
      nsn.assign(national_number);
    }
    // The number itself, for the calls that fall back to libphonenumber.
    auto number = [&] {
      PhoneNumber n;
      n.set_country_code(info.country_code);
      if (italian_zero) n.set_italian_leading_zero(true);  // Italian numbers keep their 0
      n.set_national_number(value);
      return n;
    };
    // Cheapest tests first: the PCRE2 prefilter and the possible lengths,
    // then the written form against the national format (computed from the
    // metadata as Format computes it; Format is defined for any number), and
    // only then IsValidNumber and GetNumberType (from the metadata patterns
    // with PCRE2 where they decide exactly; libphonenumber runs the region's
    // ICU regexes, tens of thousands of instructions).
    if (!filter.MayBeValid(info.country_code, nsn)) continue;
    if (!IsPossible(info.country_code, nsn, number)) continue;
    if (!filter.FormatNational(info.country_code, nsn, &formatted)) {
      util.Format(number(), PhoneNumberUtil::NATIONAL, &formatted);
    }
    ReadDigitRuns(formatted, &national);
    // 1-415-555-0132: the leading 1 of a NANP number written in groups.
    std::string_view written_digits = digits, written_first = parts.first;
    size_t written_runs = parts.runs;
    if (info.country_code == 1 && parts.runs > 1 && parts.first == "1") {
      written_digits.remove_prefix(1);
      written_first = parts.second;
      --written_runs;
    }
    if (national.runs == 0) continue;
    const std::string_view national_digits = national.all;
    if (national_digits == written_digits) {
      // Written in groups, the first group must be the area code (or mobile
      // prefix) of that country's own format: "011-555-0132" is not how the
      // French write 01 15 55 01 32.
      std::string storage;
      if ((written_runs == 1 || written_first == national.first) &&
          Classify(number(), nsn, &storage).type != PhoneNumberUtil::UNKNOWN) {
        return region;
      }
    } else if (national_digits.size() == written_digits.size() + 1 && national_digits[0] == '0' &&
               national_digits.substr(1) == written_digits &&
               (written_runs == 1 || (national.first.size() == written_first.size() + 1 &&
                                      national.first[0] == '0' && national.first.substr(1) == written_first)) &&
               filter.MayBeMobile(info.country_code, nsn)) {
      std::string storage;
      if (Classify(number(), nsn, &storage).type == PhoneNumberUtil::MOBILE) return region;  // MOBILE: valid
    }
  }
  return nullptr;
}

// Parse(written, "ZZ"): from the metadata where PhoneValidityPrefilter
// decides (Parse runs ICU regexes, about 80,000 instructions a call), else
// libphonenumber. False on a parsing error; else *number and its national
// significant number *nsn.
bool ParseInternational(const std::string& written, PhoneNumber* number, std::string* nsn) {
  PhoneValidityPrefilter::Parsed parsed;
  switch (PhoneValidityPrefilter::Get().ParsePlus(written, &parsed)) {
    case PhoneValidityPrefilter::ParseResult::kError:
      return false;
    case PhoneValidityPrefilter::ParseResult::kParsed:
      number->set_country_code(parsed.country_code);
      number->set_national_number(parsed.national_number);
      if (parsed.italian_leading_zero) number->set_italian_leading_zero(true);
      if (parsed.number_of_leading_zeros != 1) number->set_number_of_leading_zeros(parsed.number_of_leading_zeros);
      *nsn = std::move(parsed.nsn);
      return true;
    case PhoneValidityPrefilter::ParseResult::kUndecided:
      break;
  }
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  if (util.Parse(written, "ZZ", number) != PhoneNumberUtil::NO_PARSING_ERROR) return false;
  util.GetNationalSignificantNumber(*number, nsn);
  return true;
}

enum class Form { kInternational, kNational, kBare };

// Tries runs of whole groups from the first one, longest first, and accepts
// the first valid one (later groups may be something else: "10 times").
Verdict ValidatePhone(const Candidate& c, Form form, double score) {
  if (ContinuesOutside(c)) return Verdict::Reject();
  if (form != Form::kInternational && !c.before.empty() &&
      (c.before.back() == '+' || IsDigit(c.before.back()))) {
    return Verdict::Reject();
  }
  // "ticket numbers are 04 11 23 35 42", "order 2024 1234 5678".
  if (form != Form::kInternational && NamedAsReferenceNumber(c.before)) return Verdict::Reject();
  const std::string_view s = c.text;
  std::vector<Group> groups = SplitGroups(s);
  if (groups.empty() || groups.size() > 8) return Verdict::Reject();
  if (LooksLikeDateOrAddress(s, groups)) return Verdict::Reject();
  // Three digits, two, four ("937-42-6810", "712 55 0214") is how US Social
  // Security numbers are written; no national phone format groups so.
  if (form == Form::kNational && groups.size() == 3 && groups[0].digits == 3 && groups[1].digits == 2 &&
      groups[2].digits == 4 && s[groups[0].begin] != '(') {
    return Verdict::Reject();
  }
  const size_t n = groups.size();
  for (size_t len = n; len >= 1; --len) {
    int digits = 0;
    for (size_t k = 0; k < len; ++k) digits += groups[k].digits;
    if (digits < 7 || digits > (form == Form::kInternational ? 15 : 12)) continue;
    const size_t b = groups[0].begin, e = groups[len - 1].end;
    const std::string_view written = s.substr(b, e - b);
    Verdict v;
    if (form == Form::kInternational) {
      PhoneNumber number;
      std::string nsn;
      if (!ParseInternational(std::string(written), &number, &nsn)) continue;
      std::string storage;
      const PhoneValidityPrefilter::Classification kind = Classify(number, nsn, &storage);
      if (kind.type != PhoneNumberUtil::UNKNOWN) {
        v = Verdict::Accept("libphonenumber valid (" + std::string(kind.region) + ")", score);
      } else if (IsPossible(number.country_code(), nsn, [&] { return number; }) && len == n) {
        v = Verdict::Accept("libphonenumber possible length", 0.4);
      } else {
        continue;
      }
    } else {
      const char* region = NationalRegion(written);
      if (!region) continue;
      v = Verdict::Accept(std::string("libphonenumber valid national (") + region + ")", score);
    }
    v.sub_begin = b;
    v.sub_end = e;
    return v;
  }
  return Verdict::Reject();
}

const std::vector<std::string> kPhoneContext = {
    "phone", "call",     "tel",     "mobile", "cell",    "whatsapp", "fax",    "contact",
    "sms",   "text me",  "dial",    "ring",   "mob",     "handy",    "móvil",  "movil",
    "celular", "portable", "numéro", "anruf", "reach me", "hotline", "landline"};

}  // namespace

void AddPhoneRules(RuleList& out) {
  // The regexes use character-class runs rather than nested groups: a
  // bounded repeat of a class is cheap for Vectorscan, an unrolled repeat
  // of a group is not. The validator splits the run into digit groups.
  out.push_back({
      // '+' and a run of digits, spaces, dots, dashes and parentheses ending
      // in a digit: "+1 415 555 0132", "+44 (20) 7123 4567". At least 8
      // characters, so arithmetic ("48+24") is never proposed.
      .id = "phone_international",
      .entity_type = "PHONE_NUMBER",
      .regex = R"(\+[1-9][0-9 ().\-]{5,21}[0-9])",
      .score = 0.75,
      .validate = [](const Candidate& c) { return ValidatePhone(c, Form::kInternational, 0.75); },
      .context = kPhoneContext,
  });
  out.push_back({
      // A parenthesized area code or a first group of 2-5 digits and a
      // separator, then a run of digits and separators: "(415) 555-0132",
      // "415-555-0132", "01 42 68 53 00", "030 1234567". Short decimals
      // ("12.50") and number pairs ("10 20") are too short to be proposed.
      .id = "phone_national",
      .entity_type = "PHONE_NUMBER",
      .regex = R"((?:\(\d{2,5}\)|\b\d{2,6}[ .\-])[0-9 .\-]{4,14}[0-9]\b)",
      .score = 0.6,
      .validate = [](const Candidate& c) { return ValidatePhone(c, Form::kNational, 0.6); },
      .context = kPhoneContext,
  });
  out.push_back({
      // "13812345678", "4155550132": plausible only with a context word.
      .id = "phone_digits",
      .entity_type = "PHONE_NUMBER",
      .regex = R"(\b\d{10,11}\b)",
      .score = 0.6,
      .validate = [](const Candidate& c) { return ValidatePhone(c, Form::kBare, 0.6); },
      .context = kPhoneContext,
      .weak = true,
      .max_score = 0.6,  // ValidatePhone's verdicts score `score`
  });
  for (size_t i = out.size() - 3; i < out.size(); ++i) out[i].table_context = true;  // contact lists
}

}  // namespace convoguard::recognizers
