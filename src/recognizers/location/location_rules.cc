// LOCATION: postal addresses (Presidio's LOCATION type covers them).
//   us_street_address  "1600 Amphitheatre Parkway, Mountain View, CA 94043",
//                      "221B Baker St", "123 N. Main Street Apt 4": house
//                      number, capitalized street name, a street suffix, then
//                      optional unit and "City, ST 12345" (state checked
//                      against the real list, else the span stops before it);
//   us_po_box          "PO Box 123";
//   us_city_state_zip  "Springfield, IL 62704";
//   uk_postcode        "SW1A 1AA", only with an address word nearby.
// A house number followed by capitalized words is not enough: the street
// suffix is required, so "3 Ways to improve" or "5 Main points" never match.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "recognizers/address_words.h"
#include "recognizers/catalog.h"
#include "recognizers/context.h"

namespace convoguard::recognizers {
namespace {

bool IsState(std::string_view s) { return IsUsStateCode(s); }

// Street suffixes (address_words.h); the long forms say "street" on their
// own, the short or ambiguous ones ("Way", "Dr", "Pl") score lower without a
// unit, city or ZIP.
const std::vector<std::string>& kStrongSuffixes = StrongStreetSuffixes();
const std::vector<std::string>& kWeakSuffixes = WeakStreetSuffixes();
const std::vector<std::string> kUnits = {"Apt", "Apartment", "Suite", "Ste", "Unit", "Fl", "Floor",
                                         "Rm", "Room", "Bldg", "Building", "#"};

std::string Alternation(const std::vector<std::string>& a, const std::vector<std::string>& b = {}) {
  std::string out = "(?:";
  bool first = true;
  for (const auto* list : {&a, &b}) {
    for (const std::string& s : *list) {
      if (!first) out += "|";
      first = false;
      out += s;
    }
  }
  return out + ")";
}

bool IsIn(std::string_view w, const std::vector<std::string>& list) {
  for (const std::string& s : list) {
    if (w == s) return true;
  }
  return false;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

struct Token {
  size_t begin, end;
  std::string_view text;  // without trailing '.' or ','
};

std::vector<Token> Tokens(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t') ++i;
    size_t e = i;
    size_t te = e;
    while (te > b && s[te - 1] == '.') --te;
    if (te > b) out.push_back({b, e, s.substr(b, te - b)});
  }
  return out;
}

bool IsZip(std::string_view t) {
  if (t.size() != 5 && t.size() != 10) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i == 5 ? t[i] != '-' : !IsDigit(t[i])) return false;
  }
  return true;
}

// Reads the candidate as: number, [direction], name words, suffix, [unit],
// [city words, state, [zip]] and reports the longest part that checks out.
Verdict ValidateStreetAddress(const Candidate& c) {
  std::vector<Token> t = Tokens(c.text);
  if (t.size() < 3) return Verdict::Reject();
  size_t i = 1;
  size_t suffix = 0;
  for (; i < t.size(); ++i) {
    if (i >= 2 && (IsIn(t[i].text, kStrongSuffixes) || IsIn(t[i].text, kWeakSuffixes))) {
      suffix = i;
      break;
    }
  }
  if (suffix == 0) return Verdict::Reject();
  size_t end_tok = suffix;
  bool strong = IsIn(t[suffix].text, kStrongSuffixes);
  bool extra = false;
  i = suffix + 1;
  // Unit: "Apt 4", "Suite 200", "#12".
  if (i < t.size() && (IsIn(t[i].text, kUnits) || t[i].text[0] == '#')) {
    if (t[i].text.size() > 1 && t[i].text[0] == '#') {
      end_tok = i;
      i += 1;
    } else if (i + 1 < t.size()) {
      end_tok = i + 1;
      i += 2;
    }
    extra = true;
  }
  // City words then a state code, optionally a ZIP.
  size_t j = i;
  while (j < t.size() && t[j].text.size() >= 2 && IsUpper(t[j].text[0]) && !IsUpper(t[j].text[1])) ++j;
  if (j > i && j < t.size() && IsState(t[j].text)) {
    end_tok = j;
    extra = true;
    if (j + 1 < t.size() && IsZip(t[j + 1].text)) end_tok = j + 1;
  } else if (i < t.size() && IsZip(t[i].text)) {
    end_tok = i;
    extra = true;
  }
  double score = extra ? 0.85 : strong ? 0.6 : 0.45;
  // "10 Best Way to ..." reads as a title, not an address.
  if (!extra && !strong) {
    std::string next = AsciiLower(c.after.substr(0, 5));
    for (std::string_view fw : {" to ", " of ", " for ", " is ", " and "}) {
      if (next.compare(0, fw.size(), fw) == 0) return Verdict::Reject();
    }
  }
  Verdict v = Verdict::Accept(extra ? "street, unit or city/state/ZIP" : "house number + street suffix", score);
  v.sub_end = t[end_tok].end;
  return v;
}

Verdict ValidateCityStateZip(const Candidate& c) {
  std::vector<Token> t = Tokens(c.text);
  if (t.size() < 3 || !IsState(t[t.size() - 2].text)) return Verdict::Reject();
  return Verdict::Accept("state code", 0.7);
}

// UK postcode: outward code letters exclude Q, V, X first and I, J, Z
// second; the inward code's letters exclude C, I, K, M, O, V.
Verdict ValidateUkPostcode(const Candidate& c) {
  std::string_view s = c.text;
  if (s.find_first_of("QVX") == 0) return Verdict::Reject();
  if (s.size() > 1 && IsUpper(s[1]) && std::string_view("IJZ").find(s[1]) != std::string_view::npos) {
    return Verdict::Reject();
  }
  std::string_view inward = s.substr(s.size() - 2);
  if (inward.find_first_of("CIKMOV") != std::string_view::npos) return Verdict::Reject();
  return Verdict::Accept("postcode format");
}

}  // namespace

void AddLocationRules(RuleList& out) {
  const std::string word = "[A-Z][A-Za-z'\\-]{1,20}";
  const std::string ordinal = "\\d{1,3}(?:st|nd|rd|th)";
  const std::string direction = "(?:[NSEW]\\.?|N[EW]\\.?|S[EW]\\.?|North|South|East|West)";
  const std::string unit = "(?:,? " + Alternation(kUnits) + "\\.? ?#?[A-Za-z0-9\\-]{1,6})";
  const std::string city_state = "(?:,? |,?\\r?\\n)" + word + "(?: " + word + "){0,2},? [A-Z]{2}(?: \\d{5}(?:-\\d{4})?)?";
  const std::vector<std::string> address_context = {"address", "live", "located", "street", "ship",
                                                     "deliver", "mail", "home", "office", "visit",
                                                     "apartment", "house", "send", "move", "moved"};
  out.push_back({
      .id = "us_street_address",
      .entity_type = "LOCATION",
      .regex = "\\b\\d{1,6}[A-Z]?(?: " + direction + ")?(?: (?:" + word + "|" + ordinal + ")){1,3} " +
               Alternation(kStrongSuffixes, kWeakSuffixes) + "\\.?" + unit + "?(?:" + city_state +
               "|,? \\d{5}(?:-\\d{4})?)?\\b",
      // The street suffix after a word (inside every match): a literal,
      // where the regex starts with a digit run.
      .prefilter = "[A-Za-z'\\-] " + Alternation(kStrongSuffixes, kWeakSuffixes) + "\\b",
      .score = 0.6,
      .validate = ValidateStreetAddress,
      .context = address_context,
  });
  out.push_back({
      .id = "us_po_box",
      .entity_type = "LOCATION",
      .regex = "\\b(?:P\\.? ?O\\.?|Post Office) Box \\d{1,7}\\b",
      .flags = matching::kCaseless,
      .score = 0.7,
      .context = address_context,
  });
  out.push_back({
      .id = "us_city_state_zip",
      .entity_type = "LOCATION",
      .regex = "\\b" + word + "(?: " + word + "){0,2}, [A-Z]{2} \\d{5}(?:-\\d{4})?\\b",
      // ", WI 37755" (inside every match), not every capitalized word.
      .prefilter = ", [A-Z]{2} \\d{5}",
      .score = 0.7,
      .validate = ValidateCityStateZip,
      .context = address_context,
  });
  out.push_back({
      .id = "uk_postcode",
      .entity_type = "LOCATION",
      .regex = "\\b(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR) ?\\d[A-Z]{2}\\b",
      .score = 0.6,
      .validate = ValidateUkPostcode,
      .context = {"postcode", "post code", "postal code", "address", "street", "road", "london", "uk",
                  "england", "scotland", "wales", "flat", "ship", "deliver"},
      .weak = true,
  });
}

}  // namespace convoguard::recognizers
