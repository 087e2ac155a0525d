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
#include "recognizers/person/capital_cues.h"

namespace convoguard::recognizers {
namespace {

// Street suffixes (address_words.h); the long forms say "street" on their
// own, the short or ambiguous ones ("Way", "Dr", "Pl") score lower without a
// unit, city or ZIP.
const std::vector<std::string>& kStrongSuffixes = StrongStreetSuffixes();
const std::vector<std::string>& kWeakSuffixes = WeakStreetSuffixes();
const std::vector<std::string> kUnits = {"Apt", "Apartment", "Suite", "Ste", "Unit", "Fl", "Floor",
                                         "Rm", "Room", "Bldg", "Building", "#"};
// Units written before the address, with a comma: "Flat 4, 27 Mill
// Road", "Appartement 12, 5 avenue Jean Jaurès" (the part of the address a
// letter puts first in the UK, Ireland, France, Spain, Italy, Germany).
const std::vector<std::string> kLeadUnits = {"Flat", "Apt", "Apartment", "Appartement", "Apartamento",
                                             "Appartamento", "Wohnung", "Piso", "Unit", "Suite", "Ste",
                                             "Room", "Rm", "Bldg", "Building"};

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

// The lead unit's regex ("Flat 302, "), optional before an address.
// It starts at a word's start ("GuestRoom 4, ..." has none).
std::string LeadUnitRegex() { return "(?:\\b" + Alternation(kLeadUnits) + "\\.? ?#?[A-Za-z0-9\\-]{1,6}, )?"; }

// Whether tokens t[0], t[1] of `text` are a lead unit and its number with a
// comma after it ("Flat 4, 27 Mill Road"): the address proper starts at t[2].
// Without the comma the unit word is a word of the street ("Wohnung
// Kastanienallee 12 m. 4, ...": the match's first capitalized word).
bool HasLeadUnit(std::string_view text, const std::vector<Token>& t) {
  return t.size() > 3 && IsIn(t[0].text, kLeadUnits) && t[1].end < text.size() && text[t[1].end] == ',';
}

// True when `after` ends the clause an address is in: the end of the text,
// or a full stop, line break, semicolon, closing bracket or quote next.
bool EndsClause(std::string_view after) {
  if (after.empty()) return true;
  const char ch = after[0];
  return ch == '.' || ch == '\n' || ch == '\r' || ch == ';' || ch == ')' || ch == '"' || ch == '!' || ch == '?';
}

// UK postcode "BS6 7RJ" as one token or two ("BS6", "7RJ"): the outward
// code (1-2 letters, a digit, an optional letter or digit) and the inward
// code (a digit and two letters). Returns how many tokens from t[i] it takes.
size_t UkPostcodeTokens(const std::vector<Token>& t, size_t i) {
  auto outward = [](std::string_view s) {
    size_t k = 0;
    while (k < s.size() && k < 2 && IsUpper(s[k])) ++k;
    if (k == 0 || k >= s.size() || !IsDigit(s[k])) return false;
    ++k;
    if (k < s.size() && (IsDigit(s[k]) || IsUpper(s[k]))) ++k;
    return k == s.size();
  };
  auto inward = [](std::string_view s) { return s.size() == 3 && IsDigit(s[0]) && IsUpper(s[1]) && IsUpper(s[2]); };
  if (i < t.size() && t[i].text.size() >= 5 && outward(t[i].text.substr(0, t[i].text.size() - 3)) &&
      inward(t[i].text.substr(t[i].text.size() - 3))) {
    return 1;
  }
  if (i + 1 < t.size() && outward(t[i].text) && inward(t[i + 1].text)) return 2;
  return 0;
}

// Canadian postal code after a province: "M4W 2Z1" (one or two tokens).
size_t CaPostalTokens(const std::vector<Token>& t, size_t i) {
  auto half = [](std::string_view s, bool letter_first) {
    if (s.size() != 3) return false;
    return letter_first ? IsUpper(s[0]) && IsDigit(s[1]) && IsUpper(s[2]) : IsDigit(s[0]) && IsUpper(s[1]) && IsDigit(s[2]);
  };
  if (i < t.size() && t[i].text.size() == 6 && half(t[i].text.substr(0, 3), true) && half(t[i].text.substr(3), false)) {
    return 1;
  }
  if (i + 1 < t.size() && half(t[i].text, true) && half(t[i + 1].text, false)) return 2;
  return 0;
}

bool IsSixDigits(std::string_view t) {
  if (t.size() != 6) return false;
  for (char ch : t) {
    if (!IsDigit(ch)) return false;
  }
  return true;
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
  const size_t base = HasLeadUnit(c.text, t) ? 2 : 0;  // "Flat 4, 27 Mill Road": the number is t[2]
  size_t i = base + 1;
  size_t suffix = 0;
  for (; i < t.size(); ++i) {
    if (i >= base + 2 && (IsIn(t[i].text, kStrongSuffixes) || IsIn(t[i].text, kWeakSuffixes))) {
      suffix = i;
      break;
    }
  }
  if (suffix == 0) return Verdict::Reject();
  size_t end_tok = suffix;
  bool strong = IsIn(t[suffix].text, kStrongSuffixes);
  bool extra = false;
  i = suffix + 1;
  // A quadrant after the suffix: "Peachtree St NE".
  if (i < t.size()) {
    for (std::string_view d : {"NE", "NW", "SE", "SW", "N", "S", "E", "W"}) {
      if (t[i].text == d) {
        end_tok = i++;
        break;
      }
    }
  }
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
  // City words then a state code, optionally a ZIP ("Columbus, OH 43215"),
  // a province and postal code ("Toronto, ON M4W 2Z1"), a UK postcode
  // ("Bristol BS6 7RJ") or a six-digit PIN ("Singapore 088443").
  size_t j = i;
  while (j < t.size() && t[j].text.size() >= 2 && IsUpper(t[j].text[0]) && t[j].text[1] >= 'a' &&
         t[j].text[1] <= 'z') {
    ++j;
  }
  size_t n_post = 0;
  bool coded = true;  // ends with a postal code
  if (j > i && j < t.size() && IsStateOrProvinceCode(t[j].text) && (n_post = CaPostalTokens(t, j + 1)) > 0) {
    end_tok = j + n_post;
    extra = true;
  } else if (j > i && j < t.size() && IsUsStateCode(t[j].text)) {
    end_tok = j;
    extra = true;
    coded = j + 1 < t.size() && IsZip(t[j + 1].text);
    if (coded) end_tok = j + 1;
  } else if (j > i && (n_post = UkPostcodeTokens(t, j)) > 0) {
    end_tok = j + n_post - 1;
    extra = true;
  } else if (j > i && j < t.size() && IsSixDigits(t[j].text)) {
    end_tok = j;
    extra = true;
  } else if (i < t.size() && IsZip(t[i].text)) {
    end_tok = i;
    extra = true;
  } else {
    coded = false;
    // Localities without a postal code, up to the end of the clause:
    // "15 Aguiyi Ironsi Street, Maitama, Abuja."
    if (j > i && j == t.size() && c.text[t[i].begin - 2] == ',' && EndsClause(c.after)) {
      end_tok = j - 1;
      extra = true;
    }
  }
  // With a city and a postal code it outranks the bare postcode finding.
  double score = coded ? 0.95 : extra ? 0.85 : strong ? 0.6 : 0.45;
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
  if (t.size() < 3 || !IsUsStateCode(t[t.size() - 2].text)) return Verdict::Reject();
  return Verdict::Accept("state code", 0.7);
}

// eu_street_address: "Kerkstraat 14, 3811 CV Amersfoort", "14 Rue des
// Lilas, 69003 Lyon", "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa".
// The regex ends with ", <postal code> <City>"; before it a street with its
// number (after the name, or before it). The street must hold a street word
// (IsStreetPrefix, IsStreetCompound); the reported span starts at the house
// number (number first) or at the street name (number last): the run of
// words before the number back to a street prefix, or the capitalized words
// ending with the compound.
bool IsHouseNumber(std::string_view w) { return !w.empty() && IsDigit(w[0]); }

Verdict ValidateEuStreetAddress(const Candidate& c) {
  const size_t comma = c.text.rfind(", ");
  if (comma == std::string_view::npos) return Verdict::Reject();
  std::vector<Token> t = Tokens(c.text.substr(0, comma));
  // "Appartement 12, 5 avenue ...": the unit belongs to the address when the
  // street starts right after it.
  size_t lead = std::string_view::npos;
  if (HasLeadUnit(c.text, t)) {
    lead = t[0].begin;
    t.erase(t.begin(), t.begin() + 2);
  }
  if (t.size() < 2) return Verdict::Reject();
  size_t start = std::string_view::npos;
  if (IsHouseNumber(t[0].text)) {
    for (size_t k = 1; k < t.size() && start == std::string_view::npos; ++k) {
      if (IsStreetPrefix(t[k].text) || IsStreetCompound(t[k].text)) start = t[0].begin;
    }
  } else {
    // The house number: the first number token; the street ends before it.
    size_t num = 0;
    while (num < t.size() && !IsHouseNumber(t[num].text)) ++num;
    if (num == 0 || num == t.size()) return Verdict::Reject();
    for (size_t k = 0; k < num; ++k) {
      if (IsStreetPrefix(t[k].text)) {
        start = t[k].begin;
        break;
      }
    }
    if (start == std::string_view::npos) {
      for (size_t k = num; k-- > 0;) {
        if (!IsStreetCompound(t[k].text)) continue;
        size_t b = k;  // capitalized words before the compound belong to it ("Schönhauser Allee")
        while (b > 0 && IsUpper(t[b - 1].text[0]) && !IsStreetCompound(t[b - 1].text) &&
               !IsIn(t[b - 1].text, kLeadUnits)) {
          --b;
        }
        if (b < k && !IsUpper(t[k].text[0])) b = k;
        start = t[b].begin;
        break;
      }
    }
  }
  if (start == std::string_view::npos) return Verdict::Reject();
  if (lead != std::string_view::npos && start == t[0].begin) start = lead;
  Verdict v = Verdict::Accept("street, postal code and city", 0.85);
  v.sub_begin = start;
  return v;
}

// address_chain: "Flat 302, Sai Residency, 14th Cross, Indiranagar,
// Bengaluru 560038", "B-12, Kumar Park, Baner Road, Pune 411045": the
// comma-separated parts of an address (unit, building, street, area) before
// a city and a six-digit postal code (India, Singapore, China, Russia), with
// or without a street suffix. The regex takes any run of parts; going back
// from the city, a part is kept while it is capitalized words, numbers and
// address words; a part with a lowercase word ("address Flat 302") keeps
// only what follows that word and ends the chain. The kept parts (two or
// more) must hold a house number or an address word.
bool IsAreaWord(std::string_view w) {
  static const std::vector<std::string> kAreaWords = {
      "Cross", "Main", "Nagar", "Layout", "Colony", "Sector", "Marg", "Residency", "Apartments", "Apartment",
      "Society", "Block", "Phase", "Flat", "House", "Plot", "Floor", "Tower", "Enclave", "Chowk", "Bazaar",
      "Bazar", "Vihar", "Puram", "Path", "Extension", "Estate", "Village", "District", "Building", "Bldg",
      "Unit", "Jalan", "Lorong", "Ulitsa", "Prospekt", "Lu", "Jie", "Dao"};
  return IsIn(w, kAreaWords) || IsIn(w, kStrongSuffixes) || IsIn(w, kWeakSuffixes);
}

// "302", "14th", "B-12", "#12-03", "12A", "No.5": a short token with a digit
// that is no date or long number.
bool IsHouseNumberToken(std::string_view w) {
  size_t digits = 0;
  for (char ch : w) digits += IsDigit(ch) ? 1 : 0;
  if (digits == 0 || digits > 5 || w.size() > 8) return false;
  return w.find('.') == std::string_view::npos || w.substr(0, 3) == "No.";
}

Verdict ValidateUkPostcode(const Candidate& c);

// Names of buildings and premises written before the street: "The Old
// Mill", "Riverside Surgery", "Baltic Chambers", "Priory Court", "Prestige
// Tower". Before the part with the house number only such parts (or units:
// "Flat 11", "4th Floor") are kept, so a name before the address ("Li Wen,
// Room 1702, ...", "Harpreet Singh Bedi, House No. 221, ...") is not.
bool IsPremisesPart(const std::vector<Token>& t, size_t first) {
  static const std::vector<std::string> kHeads = {
      "Mill", "House", "Court", "Chambers", "Centre", "Center", "Surgery", "Tower", "Building", "Hall", "Lodge",
      "Cottage", "Farm", "Barn", "Manor", "Hotel", "Castle", "Vicarage", "Rectory", "Works", "Yard", "Wharf",
      "Quay", "Mews", "Gardens", "Residency", "Apartments", "Block", "Floor", "Wing", "Clinic", "Hospital",
      "Practice", "School", "College", "Studios", "Station", "Foundry", "Arcade", "Exchange", "Parade"};
  if (t[first].text == "The" && t.size() > first + 1) return true;
  return IsIn(t.back().text, kHeads) || IsIn(t[first].text, kUnits) || IsIn(t[first].text, kLeadUnits);
}

// min_kept: parts kept before the city (2 before a six-digit code; 1 before
// a UK postcode, an Eircode or an Australian state and postcode, which say
// "address" on their own, when that part has a house number, an address
// word or two words: "12 Meadow View, Chorley PR7 3JD", "West Smithfield,
// London EC1A 7BE").
Verdict ValidateAddressChain(const Candidate& c, size_t min_kept, double score) {
  std::vector<std::pair<size_t, size_t>> parts;  // [begin, end) of each ", "-separated part
  for (size_t b = 0;;) {
    const size_t e = c.text.find(", ", b);
    parts.push_back({b, e == std::string_view::npos ? c.text.size() : e});
    if (e == std::string_view::npos) break;
    b = e + 2;
  }
  if (parts.size() < min_kept + 1) return Verdict::Reject();
  // A UK postcode at the end must be one (ValidateUkPostcode's letter rules).
  {
    const std::vector<Token> last = Tokens(c.text.substr(parts.back().first));
    for (size_t k = 0; k < last.size(); ++k) {
      const size_t n = UkPostcodeTokens(last, k);
      if (n == 0 || k + n != last.size()) continue;
      Candidate code{c.text.substr(parts.back().first + last[k].begin, last.back().end - last[k].begin), {}, {}};
      if (!ValidateUkPostcode(code).accept) return Verdict::Reject();
      break;
    }
  }
  size_t start = parts.back().first;
  size_t kept = 0;
  bool evidence = false;
  bool numbered = false;  // a part with a house number kept
  for (size_t k = parts.size() - 1; k-- > 0;) {
    std::vector<Token> t = Tokens(c.text.substr(parts[k].first, parts[k].second - parts[k].first));
    if (t.empty() || t.size() > 4) break;
    size_t first = 0;  // the first word kept: after the last lowercase word
    size_t numbers = 0;
    for (size_t w = 0; w < t.size(); ++w) {
      const char ch = t[w].text[0];
      if (ch >= 'a' && ch <= 'z') first = w + 1;
    }
    if (first == t.size()) break;
    for (size_t w = first; w < t.size(); ++w) {
      const bool has_digit = t[w].text.find_first_of("0123456789") != std::string_view::npos;
      if (has_digit && !IsHouseNumberToken(t[w].text)) return Verdict::Reject();  // a date, an ID
      numbers += has_digit ? 1 : 0;
      evidence |= has_digit || IsAreaWord(t[w].text);
    }
    if (numbers > 1) break;
    if (numbered && numbers == 0 && !IsPremisesPart(t, first)) break;
    numbered |= numbers > 0;
    evidence |= t.size() - first >= 2 && min_kept == 1;
    start = parts[k].first + t[first].begin;
    ++kept;
    if (first > 0) break;
  }
  if (kept < min_kept || !evidence) return Verdict::Reject();
  Verdict v = Verdict::Accept("address parts, city and postal code", score);
  v.sub_begin = start;
  return v;
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
  // Localities after the street, without a postal code (", Maitama, Abuja"):
  // the validator keeps them only when the clause ends after them.
  const std::string localities = "(?:, " + word + "(?: " + word + "){0,2}){1,3}";
  const std::string postal = "(?: \\d{5}(?:-\\d{4})?| [A-Z]\\d[A-Z] ?\\d[A-Z]\\d)";  // ZIP, Canadian code
  const std::string uk_postcode = "[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}";
  const std::string city_state = "(?:,? |,?\\r?\\n)" + word + "(?: " + word + "){0,2}(?:,? " + uk_postcode + "|,? [A-Z]{2}\\b" +
                                 postal + "?|,? \\d{6})";
  const std::vector<std::string> address_context = {"address", "live", "located", "street", "ship",
                                                     "deliver", "mail", "home", "office", "visit",
                                                     "apartment", "house", "send", "move", "moved"};
  out.push_back({
      .id = "us_street_address",
      .entity_type = "LOCATION",
      .regex = "\\b" + LeadUnitRegex() + "\\d{1,6}[A-Z]?(?: " + direction + ")?(?: (?:" + word + "|" + ordinal + ")){1,3} " +
               Alternation(kStrongSuffixes, kWeakSuffixes) + "\\.?(?: (?:NE|NW|SE|SW|N|S|E|W)\\b)?" + unit +
               "?(?:" + city_state +
               "|,? \\d{5}(?:-\\d{4})?|" + localities + ")?\\b",
      // The street suffix after a word (inside every match): a literal,
      // where the regex starts with a digit run. Found by the capital walk
      // (person/capital_cues.h), which reports exactly this prefilter's ends.
      .prefilter = "[A-Za-z'\\-] " + Alternation(kStrongSuffixes, kWeakSuffixes) + "\\b",
      .cue_group = StreetSuffixCapitalCue(),
      .score = 0.6,
      .validate = ValidateStreetAddress,
      .context = address_context,
  });
  // Continental European addresses (ValidateEuStreetAddress). The street
  // before its number starts with a street prefix ("Rue", "via") or is a
  // compound ("Kerkstraat", "Schönhauser Allee"), so a stream holds back
  // only after such words or after a number, not after every word.
  const std::string letter = "[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]";
  const std::string lower = "[a-zß-öø-ÿĀ-ſ]";
  const std::string cap = "[A-ZÀ-ÖØ-Þ]";
  const std::string street_word = letter + "[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’.\\-]{0,20}";
  // A house number: "14", "84/92", "45/12", "412-II", "73-H", "12-B", "84/92 m. 15".
  const std::string number =
      "\\d{1,4}[a-zA-Z]?(?:[/\\-](?:\\d{1,4}[a-zA-Z]?|[A-Z]{1,3}\\b))?(?: m\\. ?\\d{1,4})?";
  // A floor, door or flat between the number and the postal code: "3º izq.",
  // (NFKC writes "º" and "ª" as "o" and "a": "3o izq.")
  // "4ºB", "3.º Esq." (Spain, Portugal), "int. 5" (Italy), "app. 3"
  // (France), "apto 82", "depto 504", "piso 2".
  const std::string flat = "(?:, (?:\\d{1,2}\\.?[oaºª°](?: ?[A-Za-z]{1,5}\\.?)?|(?:int|app|apt|apto|depto|dpto|piso|"
                           "esc|pta|bus|Whg|lok)\\.? ?\\d{1,4}[A-Za-z]?))?";
  const std::string eu_postal = "(?:\\d{5}|\\d{4}(?: ?[A-Z]{2}\\b)?|\\d{4}-\\d{3}|\\d{2}-\\d{3})";
  // A city: a capital (Latin-1, or the Latin Extended-A capitals of Polish,
  // Czech and Croatian names: "Łódź"), lowercase letters, hyphenated parts
  // ("Berlin-Kreuzberg", "Aix-en-Provence"); "Frankfurt am Main".
  const std::string city_cap = "(?:[A-ZÀ-Þ]|[ŁŚŻŹČŠŽ])";
  const std::string city_part = city_cap + "[a-zß-öø-ÿĀ-ſ]{1,16}";
  const std::string city_word = city_part + "(?:-(?:[a-z]{1,3}-){0,2}" + city_part + ")?";
  const std::string city_link = "(?: (?:am|an der|im|sur|de|del|upon))?";
  // The street words come from address_words.h, as the validator's do.
  const std::string compound = "(?:" + cap + lower + "{1,20} )?(?:" + cap + lower + "{0,20}" + StreetEndingRegex() +
                               "|" + StandaloneStreetRegex() + ")";
  const std::string prefixes = StreetPrefixRegex();
  const std::string street_then_number =
      "\\b(?:" + compound + "|" + prefixes + "(?: " + street_word + "){1,4}) " + number;
  const std::string number_then_street = "\\b" + number + ",? " + street_word + "(?: " + street_word + "){0,4}";
  out.push_back({
      .id = "eu_street_address",
      .entity_type = "LOCATION",
      .regex = LeadUnitRegex() + "(?:" + street_then_number + "|" + number_then_street + ")" + flat + ", " + eu_postal +
               " " + city_word + "(?:" + city_link + " " + city_part + ")?(?: [A-Z]\\b)?",
      // ", 10439 B": the postal code and the city's capital, inside every match.
      .prefilter = ", " + eu_postal + " " + city_cap,
      .score = 0.85,
      .validate = ValidateEuStreetAddress,
      .context = address_context,
  });
  // address_chain (ValidateAddressChain): parts, then "City 560038".
  // Every word of a part starts with a capital, a digit or '#', so that in
  // prose a partial match dies at the next lowercase word and a stream holds
  // back no more than a word. (Bounded under kShortRuleWidth: at most five
  // parts of four words.)
  const std::string part = "[A-Z0-9#][A-Za-z0-9'./#\\-]{0,15}(?: [A-Z0-9#][A-Za-z0-9'./#\\-]{0,15}){0,3}";
  const std::string pin_city = "[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})? \\d{6}\\b";
  out.push_back({
      .id = "address_chain",
      .entity_type = "LOCATION",
      .regex = "\\b(?:" + part + ", ){2,5}" + pin_city,
      // "e 411045": the city's last letter and the code, at the end of every
      // match (cheaper for Vectorscan than the city's capital after ", ").
      .prefilter = "[a-z] \\d{6}\\b",
      .score = 0.85,
      .validate = [](const Candidate& c) { return ValidateAddressChain(c, 2, 0.85); },
      .context = address_context,
  });
  // address_chain_postcode: the same parts before a city and a UK postcode
  // ("The Old Mill, 3 Weir Lane, Guildford GU1 4RP", "12 Meadow View,
  // Chorley PR7 3JD"), an Irish Eircode ("22 Strand Road, Sligo F91 X2K7",
  // "Dublin 1, D01 K2X4", "Co. Mayo, F31 CA48") or an Australian state and
  // postcode ("22 Bondi Rd, Bondi Junction NSW 2022"). It outranks a street
  // finding inside it (0.95).
  const std::string town = "[A-Z][a-z]{1,20}(?: [A-Z][a-z']{1,20}){0,2}";
  const std::string au_state = "(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)";
  const std::string eircode = "[A-Z]\\d[\\dW] ?[0-9A-Z]{4}";
  out.push_back({
      .id = "address_chain_postcode",
      .entity_type = "LOCATION",
      .regex = "\\b(?:" + part + ", ){1,4}(?:" + town + ",? " + uk_postcode + "|" + town + " " + au_state +
               " \\d{4}|(?:" + town + "(?: \\d{1,2})?|Co\\. [A-Z][a-z]{1,20}),? " + eircode + ")\\b",
      // The town's last letter (or number) and the code, at the end of every
      // match: a UK postcode, a state and four digits, an Eircode (the codes
      // alone are shapes of IDs and keys, each a search of the rule's width).
      .prefilter = "(?:[A-Z0-9] ?\\d[A-Z]{2}|\\b" + au_state + " \\d{4}|\\b" + eircode + ")\\b",
      .score = 0.96,
      .validate = [](const Candidate& c) { return ValidateAddressChain(c, 1, 0.96); },
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
