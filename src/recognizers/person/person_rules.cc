// PERSON: names found without a language model, by capitalization, a
// gazetteer of US given names and surnames (name_gazetteer.h) and cue words.
//
// Every rule's regex needs more than one capitalized word, or a cue word,
// before it fires, so ordinary text produces few candidates (the engine runs
// PCRE2 and a validator per candidate). The rules:
//   person_full_name   "Maria Gonzalez", "John F. Kennedy": given name then
//                      surname, both in the gazetteer;
//   person_title       "Dr. Okonkwo", "Mrs Smith": a title then capitalized words;
//   person_introduced  "my name is john smith", "call me Ana": strong cue, any case;
//   person_self_intro  "I'm Maria", "this is Will Smith": weaker cue, capitalized;
//   person_greeting    "Hi John", "hey kevin", "Regards,\nMaria": greeting or
//                      sign-off followed by a given name;
//   person_role        "my colleague Deepak", "Patient: Oluwaseun Adeyemi",
//                      "From: Tomasz Kowalski": role noun or label, then a
//                      name that may be unknown but is no dictionary word;
//   person_action      "ask Ngozi", "cc Mehmet Yilmaz": verb, then a given name;
//   person_lone_given  "talked to Maria yesterday": one capitalized given name
//                      inside a sentence (not after a full stop), not a common word.
//   person_sentence_given  "Kevin said no.": a common given name starting a sentence;
//   person_all_caps    "I AM LINDA HARPER": given name + surname in capitals;
//   person_title_lowercase "hi ms. rodriguez"; person_nickname 'Bart "B" Simmons'.
// Every rule rejects well-known businesses named after people ("Calvin
// Klein", NotABrand) and names before a place or business head noun
// ("Lincoln Park", NamesAPlaceOrOrganisation).
// Validators narrow the span to the name words (cues and titles excluded).
// The Vectorscan pass looks only for the cue and the first letter of the
// name (Rule::prefilter): the name words' classes, tracked at every letter
// of the text, were most of the pass's time.
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "recognizers/address_words.h"
#include "recognizers/catalog.h"
#include "recognizers/context.h"
#include "matching/phrase_ends.h"
#include "matching/word_shapes.h"
#include "recognizers/name_gazetteer.h"
#include "recognizers/person/capital_cues.h"
#include "recognizers/place_gazetteer.h"
#include "recognizers/place_words.h"

namespace convoguard::recognizers {
namespace {

// Capitalized name word: "Maria", "O'Neil", "McDonald", "DeShawn", "Mary-Jane",
// "José", "Zieliński", "Kovač" (a Latin-1 capital; after it Latin-1 and
// Latin Extended-A letters, U+0100-U+017F, either case).
constexpr std::string_view kUpper = "[A-ZÀ-ÖØ-Þ]";
constexpr std::string_view kLower = "[a-zß-öø-ÿĀ-ſ]";

// The last letter of a name word, with the word's end: \b after an ASCII
// letter, nothing after a Latin one (\b is ASCII-only: "Kovač." has no \b
// after the "č", and "\b" would cut the word to "Kova"). Every name word
// ends with this, so rules need no \b after their last word.
constexpr std::string_view kLastLetter = "(?:[a-z]\\b|[ß-öø-ÿĀ-ſ])";

std::string CapitalWord() {
  std::string u(kUpper), l(kLower), end(kLastLetter);
  return u + "(?:" + l + "{1,2}" + u + "|'" + u + ")?" + l + "{0,14}" + end + "(?:-" + u + l + "{0,11}" + end +
         ")?";
}
// Any-case name word, for rules compiled caseless: an ASCII letter, then
// ASCII letters or lowercase Latin-1 / Latin Extended-A ones ("sørensen",
// "zieliński"). Caseless Latin-1 classes at the start make the Vectorscan
// database slow to compile; after the first letter they are cheap.
std::string AnyCaseWord() { return "[a-z][a-z'\\-ß-öø-ÿĀ-ſ]{0,19}" + std::string(kLastLetter); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsUpperStart(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return IsAsciiUpper(w[0]) || c == 0xC3;  // "À".."Þ" start with 0xC3 0x80-0x9E
}

// Capitalized as a name is, not in capitals: in "CALL ME TOMORROW" the case
// says nothing, so cue rules read an all-caps word as lowercase.
bool IsCapitalized(std::string_view w) {
  if (!IsUpperStart(w)) return false;
  size_t k = 0;
  while (k < w.size() && IsAsciiUpper(w[k])) ++k;
  return k < 2 || (k < w.size() && !(w[k] == '\'' || w[k] == '-' || w[k] == '.'));
}

struct Word {
  size_t begin, end;  // byte offsets in the candidate
  std::string_view text;
};

// Splits on whitespace; trailing , ; : ! ? are not part of a word.
std::vector<Word> SplitWords(std::string_view s) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    size_t e = i;
    while (e > b && (s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == ':' || s[e - 1] == '!' || s[e - 1] == '?')) --e;
    if (e > b) out.push_back({b, e, s.substr(b, e - b)});
  }
  return out;
}

bool IsInitial(std::string_view w) { return w.size() == 2 && IsAsciiUpper(w[0]) && w[1] == '.'; }

// Word lists used both in regexes and by validators.
template <size_t N>
bool InList(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}
// "(?:a|b|c)" of a list of literal words.
template <size_t N>
std::string ListAlternation(const std::array<std::string_view, N>& list) {
  std::string out = "(?:";
  for (size_t i = 0; i < N; ++i) out += (i ? "|" : "") + std::string(list[i]);
  return out + ")";
}

// Lowercase surname particles: "Pieter van Dam", "Ana de la Cruz".
constexpr std::array<std::string_view, 22> kParticles = {
    "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "dos",
    "das", "le", "la", "ter", "ten", "bin", "ibn", "al", "el", "zu", "y"};
bool IsParticle(std::string_view w) { return InList(kParticles, w); }

// Titles before a name, as person_title's regex lists them.
// (Also the forms of address of other languages, capitalized or, where a
// letter writes them so, lowercase: "Herrn Kampmann", "señor Quintero",
// "Pani Joanno"; and family titles: "Auntie Grace", "Babcia Halina".)
constexpr auto kTitleWords = std::to_array<std::string_view>({
    "Mr", "Mrs", "Sr", "Ms", "Mx", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Madam", "Rev", "Capt", "Sgt",
    "Judge", "Mme", "Mlle", "Sra", "Srta", "Herr", "Frau", "Sig", "Signor", "Signora", "Dott", "Hon", "Fr",
    "Mevrouw", "Dhr", "Mevr", "Lady", "Lord", "Rabbi", "Imam", "Pastor", "Officer", "Detective", "Lt", "Col",
    "Coach", "Herrn", "Hr", "Madame", "Monsieur", "Señor", "Señora", "Señorita", "Signore", "Senhor", "Senhora",
    "Pani", "señor", "señora", "signor", "signora", "madame", "monsieur", "senhor", "senhora", "Auntie", "Aunt",
    "Uncle", "Babcia", "Dziadek", "Oma", "Opa", "Nonna", "Nonno", "Tante", "Onkel", "Tía", "Tío"});
// The cue phrases of person_self_intro, person_role and person_action, as
// their regexes list them (Alternation(list, true): a lowercase first
// letter may be a capital too); the capital walk asks them backwards
// (CuePhrases).
// person_self_intro: "signed by" before "signed", as "[Ss]igned(?: by)?"
// tried it.
const std::vector<std::string> kSelfIntroPhrases = {
    "I'm", "I’m", "Im", "I am", "this is", "it's", "it’s", "its", "it is", "signed by", "signed",
    "je suis", "sono", "soy", "sou", "ich bin", "ik ben", "jestem"};
// person_role. (Not "assistant" or "user": "assistant: My Docker ..." is a
// transcript's speaker label.)
const std::vector<std::string> kRoleCues = {
    "colleague", "coworker", "co-worker", "teammate", "manager", "boss", "supervisor",
    "intern", "employee", "contractor", "agent", "rep", "representative", "technician", "officer",
    "nurse", "doctor", "dentist", "therapist", "lawyer", "attorney", "accountant", "landlord",
    "landlady", "tenant", "neighbor", "neighbour", "roommate", "flatmate", "friend", "wife", "husband",
    "partner", "fiance", "fiancee", "fiancé", "fiancée", "girlfriend", "boyfriend", "son", "daughter",
    "mom", "mum", "dad", "mother", "father", "brother", "sister", "cousin", "uncle", "aunt", "nephew",
    "niece", "grandma", "grandpa", "grandmother", "grandfather", "customer", "client", "patient",
    "student", "teacher", "tutor", "coach", "candidate", "applicant", "recipient", "sender", "passenger",
    "guest", "cardholder", "beneficiary", "caller", "courier", "recruiter", "mentor", "spouse",
    "account holder", "contact person", "emergency contact", "next of kin", "name on card",
    "from:", "to:", "cc:", "bcc:", "attn:", "attention:", "reply-to:", "author:", "owner:", "assignee:",
    "reporter:", "reviewer:", "approver:", "requester:", "requestor:", "contact:", "holder:",
    "submitted by", "requested by", "assigned to", "approved by", "reported by", "created by",
    "sent by", "written by", "prepared by", "reviewed by", "handled by", "on behalf of",
    "authorized by", "booked by", "ordered by", "paid by", "registered to", "addressed to",
    "payable to", "c/o", "name", "full name", "naam", "nom", "nome", "nombre", "renter", "policy holder",
    "policyholder", "sign it as", "signed as", "collègue", "collega", "colega", "kollege", "kollegin",
    "destinataire", "cliente", "paciente", "patiente", "locataire", "inquilino"};
// person_action: verbs addressed to a person.
const std::vector<std::string> kActionCues = {
    "ask", "asked", "tell", "told", "ping", "pinged", "cc", "email", "emailed", "message", "messaged",
    "text", "texted", "call", "called", "phone", "thank", "thanked", "invite", "invited", "remind",
    "reminded", "introduce", "introduced", "meet", "met", "contact", "contacted", "forward to",
    "send to", "sent to", "reach out to", "talk to", "talked to", "spoke to", "spoke with",
    "speak to", "speak with", "meeting with", "call with", "chat with", "according to"};

bool IsTitle(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return InList(kTitleWords, w);
}

// Gazetteer lookup that also tries "O'Neil" as "oneil" and the first part of
// "Mary-Jane".
NameInfo Lookup(std::string_view w) {
  const NameGazetteer& g = NameGazetteer::Get();
  NameInfo info = g.Lookup(w);
  if (info.known()) return info;
  size_t apos = w.find('\'');
  if (apos != std::string_view::npos && w.size() < 32) {
    std::string joined(w.substr(0, apos));
    joined += w.substr(apos + 1);
    info = g.Lookup(joined);
    if (info.known()) return info;
  }
  size_t dash = w.find('-');
  if (dash != std::string_view::npos) {
    NameInfo a = g.Lookup(w.substr(0, dash)), b = g.Lookup(w.substr(dash + 1));
    NameInfo both;
    both.given = std::max(a.given, b.given);
    both.surname = std::max(a.surname, b.surname);
    both.is_word = a.is_word && b.is_word;
    return both;
  }
  return info;
}

// A capitalized word that is no given name or surname but an ordinary English
// word ("Support", "Team"): it ends a name, and after an unknown word it says
// the two are an organisation or product ("Acme Support").
bool IsDictionaryWord(const NameInfo& info) { return info.is_word && !info.known(); }

// True when `before` ends a sentence or a line (or is the start of text):
// a capital there says nothing about a name.
bool AtSentenceStart(std::string_view before) {
  size_t i = before.size();
  bool newline = false;
  while (i > 0 && IsSpace(before[i - 1])) newline |= before[--i] == '\n';
  if (i == 0 || newline) return true;
  char c = before[i - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '(' || c == '*' ||
         c == '-' || c == '>' || c == '[';
}

// The word just before the candidate, lowercased ("" at a sentence break).
std::string PreviousWord(std::string_view before) {
  size_t e = before.size();
  while (e > 0 && (before[e - 1] == ' ' || before[e - 1] == '\t')) --e;
  size_t b = e;
  while (b > 0 && !IsSpace(before[b - 1])) --b;
  return AsciiLower(before.substr(b, e - b));
}

bool IsDeterminer(const std::string& w) {
  // Not "that": before a name it is mostly a conjunction ("said that John Smith").
  static const std::array<std::string_view, 11> kDet = {"the", "a", "an", "this", "these", "those",
                                                        "our", "your", "their", "its", "my"};
  for (std::string_view d : kDet) {
    if (w == d) return true;
  }
  return false;
}

// True when the capitalized words are part of an address or a place: a
// house number or a street word before them ("22 Hawthorn Ave", "avenue
// Jean Jaurès", "Corso Vittorio Emanuele"), a street suffix as their last
// word or next ("Hawthorn Ave"), or ", OH" after them ("Columbus, OH").
bool InAddress(std::string_view before, std::string_view last_word, std::string_view after) {
  size_t e = before.size();
  while (e > 0 && before[e - 1] == ' ') --e;
  if (e < before.size() && e > 0 && before[e - 1] >= '0' && before[e - 1] <= '9') return true;
  size_t b = e;
  while (b > 0 && !IsSpace(before[b - 1])) --b;
  std::string_view prev = before.substr(b, e - b);
  if (!prev.empty() && prev.back() == '.') prev.remove_suffix(1);
  if (IsStreetPrefix(prev)) return true;
  auto is_suffix = [](std::string_view w) {
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    for (const std::string& x : StrongStreetSuffixes()) {
      if (w == x && w != "Lane" && w != "Court") return true;  // also surnames: "Lois Lane"
    }
    return w == "Square" || w == "Sq" || w == "Plaza" || w == "Crescent";
  };
  if (is_suffix(last_word)) return true;
  if (after.size() >= 2 && after[0] == ' ') {
    size_t n = 1;
    while (n < after.size() && !IsSpace(after[n]) && after[n] != ',') ++n;
    if (is_suffix(after.substr(1, n - 1))) return true;
  }
  if (after.size() >= 4 && after[0] == ',' && after[1] == ' ' && IsAsciiUpper(after[2]) && IsAsciiUpper(after[3]) &&
      (after.size() == 4 || !((after[4] >= 'a' && after[4] <= 'z') || (after[4] >= 'A' && after[4] <= 'Z')))) {
    return IsStateOrProvinceCode(after.substr(2, 2));
  }
  return false;
}

Verdict AcceptSpan(const std::vector<Word>& words, size_t first, size_t last, double score,
                   std::string reason) {
  Verdict v = Verdict::Accept(std::move(reason), score);
  v.sub_begin = words[first].begin;
  v.sub_end = words[last].end;
  return v;
}

// Head nouns of place and organisation names, in the languages of the cue
// lists: after capitalized name words they make the whole a place or a
// business named after someone ("Lincoln Park", "Beverly Hills", "Zac Brown
// Band", "Kumar Park", "Al-Rashid Trading", "Bella Cucina").
bool IsPlaceOrOrgHead(std::string_view w) {
  if (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  static constexpr auto kHeads = std::to_array<std::string_view>({
      "Park", "Parks", "Hills", "Hill", "Heights", "Valley", "Lake", "Lakes", "River", "Beach", "Bay", "Island",
      "Islands", "Mountain", "Mountains", "Springs", "Falls", "Creek", "Canyon", "Ridge", "Harbor", "Harbour",
      "Forest", "Woods", "County", "City", "Town", "Village", "Corner", "Estate", "Estates", "Manor", "Castle",
      "Palace", "Tower", "Towers", "Residency", "Residences", "Apartments", "Hall", "Center", "Centre",
      "University", "College", "School", "Academy", "Hospital", "Clinic", "Church", "Cathedral", "Chapel",
      "Museum", "Gallery", "Library", "Airport", "Station", "Bridge", "Stadium", "Arena", "Theatre", "Theater",
      "Cinema", "Zoo", "Gardens", "Hotel", "Inn", "Motel", "Restaurant", "Cafe", "Café", "Grill",
      "Bistro", "Kitchen", "Bakery", "Pizzeria", "Trattoria", "Ristorante", "Cucina", "Brasserie", "Studio",
      "Studios", "Records", "Motors", "Bank", "Trust", "Partners", "Associates", "Consulting", "Trading",
      "Holdings", "Industries", "Solutions", "Systems", "Technologies", "Labs", "Media", "Press", "Times",
      "Daily", "Sales", "Tour", "Band", "Foundation", "Institute", "Pharmacy", "Market", "Mall", "World",
      "Enterprises", "Realty"});
  return InList(kHeads, w);
}

// True when the name words[first..last] are the modifier of a place or
// organisation name: a head noun (IsPlaceOrOrgHead) among the words after the
// first or right after the span (`next`, empty when none). A head that is
// also a most common surname is one after a clear given name ("Trevor Hall",
// "Grace Park", "George Parks Hitchcock"), unless another head follows.
bool NamesAPlaceOrOrganisation(const std::vector<Word>& words, const std::vector<NameInfo>& info, size_t first,
                               size_t last, std::string_view next) {
  if (IsUpperStart(next) && IsPlaceOrOrgHead(next)) return true;
  for (size_t k = first + 1; k <= last; ++k) {
    if (!IsPlaceOrOrgHead(words[k].text)) continue;
    const NameInfo& f = info[first];
    const bool surname_after_given = info[k].surname >= 4 && f.given >= 3 && f.given > f.surname;
    if (!surname_after_given) return true;
  }
  return false;
}

// The capitalized word at the start of `after` (after one space), or "".
std::string_view NextWord(std::string_view after) {
  if (after.size() < 2 || after[0] != ' ') return {};
  const size_t e = after.find_first_of(" ,.;:!?\n", 1);
  return after.substr(1, e == std::string_view::npos ? std::string_view::npos : e - 1);
}

// person_full_name: the longest run of words that starts with a given name
// and ends with a surname, all in the gazetteer (middle initials allowed).
Verdict ValidateFullName(const Candidate& c) {
  std::vector<Word> words = SplitWords(c.text);
  const size_t n = words.size();
  if (n < 2 || n > 6) return Verdict::Reject();
  std::vector<NameInfo> info(n);
  for (size_t i = 0; i < n; ++i) {
    if (!IsInitial(words[i].text)) info[i] = Lookup(words[i].text);
  }
  const bool sentence_start = AtSentenceStart(c.before);
  for (size_t len = n; len >= 2; --len) {
    for (size_t i = 0; i + len <= n; ++i) {
      size_t j = i + len - 1;
      // (FullNameCueAt reports only words with given > 0.)
      if (info[i].given == 0 || IsInitial(words[j].text) || IsParticle(words[j].text)) continue;
      // A name starts with a capital: FullNameCueAt reports only capitals, so
      // a span starting at a lowercase word ("al" in "Mci al Ml") would be
      // found only through another rule's cue, after a stream released it.
      if (!IsUpperStart(words[i].text)) continue;
      // A word that is only a rare given name ("San", "Merry") starts no name.
      if (info[i].is_word && info[i].given <= 2) continue;
      bool middle_ok = true;
      for (size_t k = i + 1; k < j; ++k) {
        middle_ok &= info[k].known() || IsInitial(words[k].text) || IsParticle(words[k].text);
      }
      if (!middle_ok) continue;
      const NameInfo& f = info[i];
      const NameInfo& l = info[j];
      double score = 0.85;
      std::string reason = "given name + surname";
      const bool particle = IsParticle(words[j - 1].text);
      if (particle && l.surname == 0 && !l.is_word) {
        score = 0.75;  // "Pieter van Dam": the particle says a surname follows
        reason = "given name + particle + surname";
      } else if (l.surname == 0) {
        // A common given name followed by an unknown capitalized word
        // ("Maria Okonkwo"): plausible, weaker.
        if (len != 2 || l.known() || f.is_word || f.given < 3) continue;
        score = 0.55;
        reason = "given name + capitalized word";
      }
      if (f.is_word) score -= 0.15;
      if (l.is_word) score -= 0.1;
      if (f.given == 1) score -= 0.1;
      if (l.surname == 1) score -= 0.1;
      if (i == 0 && sentence_start && f.is_word) score -= 0.15;
      std::string prev = i == 0 ? PreviousWord(c.before) : AsciiLower(words[i - 1].text);
      if (IsDeterminer(prev)) score -= 0.3;  // "the Rose Garden"
      const std::string_view before = i == 0 ? c.before : c.text.substr(0, words[i].begin);
      const std::string_view after = j + 1 == n ? c.after : c.text.substr(words[j].end);
      if (InAddress(before, words[j].text, after)) return Verdict::Reject();
      if (NamesAPlaceOrOrganisation(words, info, i, j, j + 1 == n ? NextWord(c.after) : words[j + 1].text)) {
        return Verdict::Reject();
      }
      return AcceptSpan(words, i, j, score, reason);
    }
  }
  return Verdict::Reject();
}

// person_nickname: a given name (no English word), the quoted nickname
// (capitalized), then a capitalized word that is no English word.
Verdict ValidateNickname(const Candidate& c) {
  const size_t open = c.text.find(' ');
  const size_t close = c.text.rfind(' ');
  if (open == std::string_view::npos || close <= open) return Verdict::Reject();
  const NameInfo first = Lookup(c.text.substr(0, open));
  const NameInfo last = Lookup(c.text.substr(close + 1));
  const size_t q = c.text[open + 1] == '"' ? open + 2 : open + 4;  // '"' or the three bytes of '“'
  if (first.given == 0 || first.is_word || IsDictionaryWord(last) || !IsAsciiUpper(c.text[q])) {
    return Verdict::Reject();
  }
  return Verdict::Accept("given name + quoted nickname + surname", last.surname > 0 ? 0.85 : 0.75);
}

// person_title: the words after the title.
Verdict ValidateTitled(const Candidate& c) {
  std::vector<Word> words = SplitWords(c.text);
  if (words.size() < 2) return Verdict::Reject();
  if (IsDictionaryWord(Lookup(words[1].text))) return Verdict::Reject();  // "Dr. Strange", "Sig. Manager"
  bool known = false;
  for (size_t i = 1; i < words.size(); ++i) known |= Lookup(words[i].text).known();
  return AcceptSpan(words, 1, words.size() - 1, known ? 0.85 : 0.65,
                    known ? "title + gazetteer name" : "title + capitalized word");
}

// Strips the longest cue phrase (case-insensitive) from the start of text.
size_t CueLength(std::string_view text, const std::vector<std::string>& cues) {
  const std::string lower = AsciiLower(text.substr(0, 40));
  size_t best = 0;
  for (const std::string& cue : cues) {
    if (cue.size() > best && lower.compare(0, cue.size(), cue) == 0) best = cue.size();
  }
  return best;
}

enum class CueStrength {
  kIntroduction,  // "my name is": lowercase names accepted, unknown capitalized too
  kSelf,          // "I'm": a capitalized known name
  kGreeting,      // "hi": a capitalized known given name, or a common lowercase one
  kRole,          // "my colleague", "Patient:", "From:": a capitalized name, known or
                  // unknown, that is no dictionary word
  kAction,        // "ask", "email", "cc": a capitalized known given name
};


// Cues that as often name a company or a product as a person ("our client
// Initech", "From: Zendesk"): after them a single unknown word is no name.
bool MayNameAnOrganisation(std::string_view cue) {
  static constexpr std::array<std::string_view, 20> kCues = {
      "customer", "client", "partner", "owner", "contact", "from", "to", "cc", "bcc", "attn", "attention",
      "reply-to", "author", "holder", "recipient", "sender", "agent", "rep", "representative", "courier"};
  for (std::string_view x : kCues) {
    if (cue.substr(0, x.size()) == x) return true;
  }
  return cue.find(" by") != std::string_view::npos || cue.find(" to") != std::string_view::npos ||
         cue.find(" of") != std::string_view::npos || cue == "c/o" || cue == "cardholder" ||
         cue == "beneficiary" || cue == "account holder" || cue == "contact person";
}

// Company suffixes: "Acme Corp", "Initech GmbH".
bool IsOrgSuffix(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kSuffixes = {
      "Inc", "Inc.", "LLC", "Ltd", "Ltd.", "GmbH", "Corp", "Corp.", "Co.", "AG", "PLC", "BV", "SA", "LLP"};
  return InList(kSuffixes, w);
}

// Validates the name words after a cue phrase.
Verdict ValidateAfterCue(const Candidate& c, const std::vector<std::string>& cues, CueStrength strength) {
  size_t cue = CueLength(c.text, cues);
  if (cue == 0) return Verdict::Reject();
  std::vector<Word> words = SplitWords(c.text.substr(cue));
  if (words.empty()) return Verdict::Reject();
  for (Word& w : words) {
    w.begin += cue;
    w.end += cue;
  }
  // "my manager is Sarah": the verb of a role cue.
  if (strength == CueStrength::kRole && words.size() > 1 && (words[0].text == "is" || words[0].text == "was")) {
    words.erase(words.begin());
  }
  std::vector<NameInfo> info;
  for (const Word& w : words) info.push_back(Lookup(w.text));
  const NameInfo& f = info[0];
  const bool cap = IsCapitalized(words[0].text);
  double score = 0;
  switch (strength) {
    case CueStrength::kIntroduction:
      if (cap) score = f.known() ? (f.is_word ? 0.75 : 0.9) : 0.7;
      else if ((f.given >= 2 || f.surname >= 3) && !f.is_word) score = 0.85;
      else if (f.given >= 3) score = 0.7;  // "call me will"
      break;
    case CueStrength::kSelf:
      if (f.given > 0 && !f.is_word) score = 0.8;
      // (Not two ordinary words: "It's Monday Morning".)
      else if (f.known() && words.size() > 1 && info[1].surname > 0 && !(f.is_word && info[1].is_word)) score = 0.7;
      // "I'm Ffion Griffiths": a given name the gazetteer does not know, no
      // word, before a surname that is none either.
      else if (cap && !f.known() && !f.is_word && words[0].text.size() >= 3 && words.size() > 1 &&
               IsCapitalized(words[1].text) && info[1].surname >= 2 && !info[1].is_word) {
        score = 0.7;
      }
      break;
    case CueStrength::kGreeting:
      if (cap && f.given > 0 && !f.is_word) score = 0.8;
      else if (cap && f.given >= 3) score = 0.6;
      else if (!cap && f.given >= 3 && !f.is_word) score = 0.7;
      break;
    case CueStrength::kRole: {
      const bool next_surname = words.size() > 1 && IsUpperStart(words[1].text) && info[1].surname > 0;
      if (!cap || IsDictionaryWord(f) || IsTitle(words[0].text)) break;  // "neighbor Mrs. Alvarez": person_title
      // "the manager App": an article before a role noun, then no given name.
      const std::string prev = PreviousWord(c.before);
      const bool article = prev == "the" || prev == "a" || prev == "an" || prev == "this" || prev == "that";
      if (f.given > 0 && !f.is_word) score = 0.8;
      else if (article) break;
      else if (f.surname > 0 && !f.is_word) score = 0.7;                // "agent Nguyen"
      else if (f.is_word && f.given >= 3 && next_surname && !info[1].is_word) score = 0.7;  // "my sister Rose Garcia"
      else if (!f.known() && words[0].text.size() >= 3) {
        // "my colleague Oluwaseun"; after an ambiguous cue only as two
        // unknown words ("From: Oluwaseun Adeyemi").
        const bool two = words.size() > 1 && IsUpperStart(words[1].text) && !info[1].is_word;
        if (two || !MayNameAnOrganisation(AsciiLower(c.text.substr(0, cue)))) score = 0.6;
      }
      break;
    }
    case CueStrength::kAction:
      if (cap && f.given > 0 && !f.is_word) score = 0.75;
      break;
  }
  if (score <= 0) return Verdict::Reject();
  // Extend over following name words of the same case style.
  size_t last = 0;
  const bool open = cap && strength != CueStrength::kGreeting && strength != CueStrength::kAction;
  for (size_t i = 1; i < words.size(); ++i) {
    const bool wcap = IsCapitalized(words[i].text);
    // "Pieter van Dam": particles between capitalized name words.
    if (cap && IsParticle(words[i].text)) {
      size_t k = i;
      while (k < words.size() && IsParticle(words[k].text)) ++k;
      if (k == words.size() || !IsUpperStart(words[k].text) || IsDictionaryWord(info[k])) break;
      last = k;
      i = k;
      continue;
    }
    if (wcap != cap || IsDictionaryWord(info[i]) || IsOrgSuffix(words[i].text)) break;
    // Unknown words extend a name after open cues, and after a known given
    // name for actions ("cc Mehmet Yilmaz").
    if (!info[i].known() && !open && !(strength == CueStrength::kAction && i == 1 && f.given > 0)) break;
    if (!cap && info[i].is_word && info[i].surname < 2) break;
    last = i;
  }
  if (cap && InAddress(c.text.substr(0, words[0].begin), words[last].text,
                       last + 1 == words.size() ? c.after : c.text.substr(words[last].end))) {
    return Verdict::Reject();
  }
  if (NamesAPlaceOrOrganisation(words, info, 0, last,
                                last + 1 == words.size() ? NextWord(c.after) : words[last + 1].text)) {
    return Verdict::Reject();
  }
  if (strength == CueStrength::kRole) {
    // "Customer: Acme Corp", "From: Initech Support": an organisation.
    // (A known surname last says person: "From: Benedikt Maier Sent: ...".)
    const bool unknown_first = !f.known() && !(last > 0 && info[last].surname >= 2 && !info[last].is_word);
    if (last + 1 < words.size() && IsUpperStart(words[last + 1].text) &&
        (IsOrgSuffix(words[last + 1].text) || (unknown_first && IsDictionaryWord(info[last + 1])))) {
      return Verdict::Reject();
    }
    if (last + 1 == words.size() && !c.after.empty() && c.after[0] == ' ' && IsUpperStart(c.after.substr(1))) {
      const size_t e = c.after.find_first_of(" ,.;:!?\n", 1);
      const std::string_view next = c.after.substr(1, e == std::string_view::npos ? std::string_view::npos : e - 1);
      if (IsOrgSuffix(next) || (unknown_first && IsDictionaryWord(Lookup(next)))) return Verdict::Reject();
    }
  }
  return AcceptSpan(words, 0, last, score, "cue '" + AsciiLower(c.text.substr(0, cue)) + "'");
}

// person_lone_given: "...talked to Maria yesterday": the match starts with
// the letter and space before the name.
Verdict ValidateLoneGiven(const Candidate& c) {
  if (c.text.size() < 4) return Verdict::Reject();
  std::string_view name = c.text.substr(2);
  NameInfo info = Lookup(name);
  // (LoneGivenCueAt makes the same test: keep them together.)
  if (info.given < 2 || info.is_word || info.surname > info.given) return Verdict::Reject();
  // Followed by another capitalized word: a multi-word proper noun, or a
  // full name that person_full_name reports.
  if (c.after.size() >= 2 && c.after[0] == ' ' && IsUpperStart(c.after.substr(1))) return Verdict::Reject();
  std::string_view head = c.text.substr(0, 1);
  const std::string before = std::string(c.before) + std::string(head);  // the name's space is in c.text
  std::string prev = head == "," ? std::string() : PreviousWord(before);
  if (IsDeterminer(prev)) return Verdict::Reject();
  if (InAddress(before + " ", name, c.after)) return Verdict::Reject();
  // "a party in Milan", "moved to Florida": a place (location_place's);
  // after a bare "from" or "to" too when the name is a place more than a
  // person's (PersonLike: "De Luca from Milan", not "an email from Jordan").
  if (const PlaceInfo place = PlaceGazetteer::Get().Lookup(name); place.size >= 2) {
    if (PlaceCueBefore(before + " ") || (IsDirectionWord(prev) && !PersonLike(name, place))) return Verdict::Reject();
  }
  // "Jan 6", "Mar 3rd": a month abbreviation before a day.
  if (name.size() == 3 && c.after.size() >= 2 && c.after[0] == ' ' && c.after[1] >= '0' && c.after[1] <= '9') {
    return Verdict::Reject();
  }
  Verdict v = Verdict::Accept("given name inside a sentence", 0.6);
  v.sub_begin = 2;
  return v;
}

// person_sentence_given: "Dmitri, meet Alejandra.", "Priya to send the
// budget": a sentence's first word, a given name common enough (frequency
// class >= 3) that is no English word and more often a given name than a
// surname, followed by a comma or a lowercase word (a capital next is a full
// name or a proper noun: person_full_name's part).
bool IsStrongGiven(const NameInfo& info) { return info.given >= 3 && !info.is_word && info.given > info.surname; }

Verdict ValidateSentenceGiven(const Candidate& c) {
  // The match ends with what follows the name: ", " or " " and a lowercase letter.
  if (c.text.size() < 4 || !AtSentenceStart(c.before)) return Verdict::Reject();
  const std::string_view name = c.text.substr(0, c.text.size() - 2);
  const bool comma = c.text[name.size()] == ',';
  if (!IsStrongGiven(Lookup(name))) return Verdict::Reject();
  // "Maria de la ...": a particle says a surname follows (person_full_name's).
  if (!comma) {
    const std::string next = std::string(1, c.text.back()) + std::string(c.after.substr(0, 8));
    if (IsParticle(next.substr(0, next.find_first_of(" ,.;:!?\n")))) return Verdict::Reject();
  }
  // Greetings that are also given names start a message with a comma: "Olá, ...".
  static constexpr std::array<std::string_view, 14> kGreetings = {
      "ola", "olá", "hola", "ciao", "salut", "hallo", "hej", "aloha", "shalom", "namaste", "salam", "merhaba",
      "ahoj", "servus"};
  if (comma && InList(kGreetings, AsciiLower(name))) return Verdict::Reject();
  if (InAddress(c.before, name, c.text.substr(name.size()))) return Verdict::Reject();
  Verdict v = Verdict::Accept("given name starting a sentence", 0.6);
  v.sub_end = name.size();
  return v;
}

// person_all_caps: "I AM LINDA HARPER", "NAME: JOHN SMITH": in capitals the
// letters' case says nothing, so only the gazetteer does: a given name that
// is no English word, then names that are none either, the last a surname
// ("LINDA HARPER", not "MARK DOWN", "BILL PAID" or "JAKE TOMORROW IM").
// (Three letters or more: two-letter all-caps words, "IT", "MY", "OK", are
// too many to look up for the few names, "AL", "ED".)
bool IsAllCapsGiven(const NameInfo& info) { return info.given >= 2 && !info.is_word && info.given >= info.surname; }
// The word after an all-caps given name that a name may go on with: a name
// that is no word, or a most common surname that is no given name ("SMITH").
bool AllCapsNameGoesOn(const NameInfo& info) {
  return info.known() && (!info.is_word || (info.surname >= 4 && info.given <= 1));
}

Verdict ValidateAllCaps(const Candidate& c) {
  std::vector<Word> words = SplitWords(c.text);
  std::vector<NameInfo> info;
  for (const Word& w : words) info.push_back(Lookup(w.text));
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].text.size() < 3 || !IsAllCapsGiven(info[i])) continue;
    size_t last = 0;
    for (size_t j = i + 1; j < words.size() && AllCapsNameGoesOn(info[j]); ++j) {
      // The last word may be a most common surname that is also a word
      // ("SMITH"), if it is no given name too ("WILL"); no word goes on.
      if (info[j].surname >= 2) last = j;
      if (info[j].is_word) break;
    }
    if (last == 0) continue;
    return AcceptSpan(words, i, last, 0.7, "all-caps given name + surname");
  }
  return Verdict::Reject();
}

// A capitalized word that may be a name where the structure says a name
// stands (a speaker label, a keyed field, a name in brackets): a given name
// or surname that is no common English word, or an unknown word of three
// letters or more that is no dictionary word either ("Oluwaseun").
bool IsNameWord(std::string_view w, const NameInfo& info) {
  if (!IsCapitalized(w) || IsOrgSuffix(w) || IsTitle(w)) return false;
  if (info.known()) return !info.is_word;
  return !info.is_word && w.size() >= 3;
}

// A name word that is more often a given name than a surname: one word
// alone where structure says a name stands ("Jess:", "(Kenji)").
bool IsGivenNameWord(std::string_view w, const NameInfo& info) {
  return IsNameWord(w, info) && info.given > 0 && info.given >= info.surname;
}

// Two or three name words after a structural cue: no dictionary word, the
// first a known name or an unknown word, one of them known or all unknown
// and no English word ("Kike Soto", "Olena Bondarenko", "Grant Oyelowo":
// a frequent given name that is a word may start it).
bool IsNameRun(const std::vector<Word>& words, const std::vector<NameInfo>& info, size_t first, size_t last) {
  for (size_t k = first; k <= last; ++k) {
    const bool word_name = k == first && info[k].is_word && info[k].given >= 3 && last > first;
    if (!IsNameWord(words[k].text, info[k]) && !word_name && !(k > first && IsParticle(words[k].text))) {
      return false;
    }
  }
  return true;
}

// Some word of the run is a given name or surname the gazetteer knows (and
// no English word): after a speaker's colon or a "name" key, capitalized
// unknown words alone are as often headings or product names ("Offene
// Fragen:", "Nächste Schritte:", {"name": "Nginx Ingress"}; from a review).
bool HoldsKnownName(const std::vector<NameInfo>& info, size_t first, size_t last) {
  for (size_t k = first; k <= last; ++k) {
    if (info[k].known() && !info[k].is_word) return true;
  }
  return false;
}

// True when `before` ends at a line's start, after an optional list bullet
// ("- ", "* ", "• "), a bracketed time ("[21:14] ", "[18/3 20:14] ") or a
// clock time ("14:05 "): where a transcript or notes put a speaker's name.
bool AtLineStart(std::string_view before) {
  size_t i = before.size();
  while (i > 0 && (before[i - 1] == ' ' || before[i - 1] == '\t')) --i;
  if (i > 0 && before[i - 1] == ']') {
    const size_t open = before.rfind('[', i - 1);
    if (open == std::string_view::npos || i - open > 24) return false;
    i = open;
  } else if (i > 0 && (before[i - 1] == '-' || before[i - 1] == '*')) {
    --i;
  } else if (i >= 3 && before.substr(i - 3, 3) == "\xE2\x80\xA2") {  // "•"
    i -= 3;
  } else if (i >= 4 && before[i - 1] >= '0' && before[i - 1] <= '9') {
    // A clock time: "14:05", "10:14:22".
    size_t k = i;
    while (k > 0 && ((before[k - 1] >= '0' && before[k - 1] <= '9') || before[k - 1] == ':') && i - k < 9) --k;
    if (before.substr(k, i - k).find(':') == std::string_view::npos) return false;
    i = k;
  }
  while (i > 0 && (before[i - 1] == ' ' || before[i - 1] == '\t')) --i;
  // Only blanks in all of `before`: a line start only where the text starts
  // inside it. A longer run of blanks without a newline is not known to
  // start a line, and a stream's window start must not pass for one (from a
  // review: streamed, "x" + 1,100 spaces + "Ngozi:" was a speaker).
  if (i == 0) return before.size() < kContextBefore;
  return before[i - 1] == '\n';
}

// person_speaker: "Jess: r u coming", "- Antoine : maquettes v2",
// "[21:14] Ngozi: who took my spot": one to three name words at a line's
// start (AtLineStart) before a colon. A single word must be a given name
// that is no English word ("Status:", "Betreff:" are none); a surname alone
// ("Chen:") is a label as often.
// Labels of e-mail headers and forms, in the cue languages, that are also
// rare given names ("Tel:", "De:", "Para:", "Von:").
bool IsHeaderLabel(std::string_view w) {
  static constexpr auto kLabels = std::to_array<std::string_view>(
      {"Tel", "Fax", "Mob", "De", "Para", "Von", "An", "Aan", "Van", "Cc", "Re", "Fwd", "Od", "Do", "Da", "A",
       "Objet", "Asunto", "Assunto", "Betreff", "Oggetto", "Onderwerp", "Temat", "Fecha", "Datum", "Data",
       "Date", "Tema", "Envoyé", "Enviado", "Gesendet", "Verzonden", "Inviato", "Wysłano"});
  return InList(kLabels, w);
}

Verdict ValidateSpeaker(const Candidate& c) {
  if (!AtLineStart(c.before)) return Verdict::Reject();
  std::string_view text = c.text.substr(0, c.text.rfind(':'));
  std::vector<Word> words = SplitWords(text);
  if (words.empty() || words.size() > 3 || IsHeaderLabel(words[0].text)) return Verdict::Reject();
  std::vector<NameInfo> info;
  for (const Word& w : words) info.push_back(Lookup(w.text));
  const size_t last = words.size() - 1;
  // "Medewerker Lotte:", "Kundenservice Anja:": a role word the gazetteer
  // does not know, then a given name.
  if (last == 1 && !info[0].known() && info[1].given > info[1].surname && !info[1].is_word) {
    return AcceptSpan(words, 1, 1, 0.6, "speaker label at a line start");
  }
  if (last == 0) {
    if (!IsGivenNameWord(words[0].text, info[0])) return Verdict::Reject();
  } else if (!IsNameRun(words, info, 0, last) || IsParticle(words[last].text) || !HoldsKnownName(info, 0, last)) {
    return Verdict::Reject();
  }
  if (NamesAPlaceOrOrganisation(words, info, 0, last, {})) return Verdict::Reject();
  return AcceptSpan(words, 0, last, last == 0 ? 0.6 : 0.7, "speaker label at a line start");
}

// person_bracketed: "Agent (Jordan): Thanks", "Rick or me (Faith) at
// 720-...", "Conseiller (Kévin) :": one capitalized word in brackets. A
// given name that is no English word, or, before a colon (a speaker in a
// transcript), a frequent given name that is one ("(Jordan):").
Verdict ValidateBracketed(const Candidate& c) {
  const std::string_view name = c.text.substr(1, c.text.size() - 2);
  const NameInfo info = Lookup(name);
  if (!IsCapitalized(name) || info.given == 0 || info.given < info.surname) return Verdict::Reject();
  const bool colon = c.after.substr(0, 1) == ":" || c.after.substr(0, 2) == " :";
  if (info.is_word && !(colon && info.given >= 3)) return Verdict::Reject();
  Verdict v = Verdict::Accept(colon ? "name in brackets before a colon" : "given name in brackets", 0.6);
  v.sub_begin = 1;
  v.sub_end = c.text.size() - 1;
  return v;
}

// Keys of structured records (JSON, key=value, form fields) whose value is a
// person's name, by the part they hold.
enum class NameKey { kGiven, kSurname, kFull };
NameKey KeyKind(std::string key) {
  key = AsciiLower(key);
  std::erase_if(key, [](char ch) { return ch == '_' || ch == '-'; });
  static constexpr auto kGiven = std::to_array<std::string_view>(
      {"first", "firstname", "givenname", "forename", "vorname", "prenom", "prénom", "nombre", "imie", "imię"});
  static constexpr auto kSurname = std::to_array<std::string_view>(
      {"last", "lastname", "surname", "familyname", "nachname", "apellido", "apellidos", "nazwisko", "cognome",
       "achternaam", "sobrenome"});
  if (InList(kGiven, key)) return NameKey::kGiven;
  if (InList(kSurname, key)) return NameKey::kSurname;
  return NameKey::kFull;
}

// person_keyed: '"first":"Nandini"', 'name="Ritika Raghunathan"',
// "'cliente': 'Begoña Arrieta'": the quoted value of a name key. A given or
// surname key takes one name word (IsNameWord); other keys a run of two to
// four (IsNameRun), or one given name that is no English word.
Verdict ValidateKeyed(const Candidate& c) {
  const size_t open = c.text.find_first_of("\"'", c.text.find_first_of(":="));
  if (open == std::string_view::npos) return Verdict::Reject();
  size_t key_end = 0;
  while (key_end < open && (IsAsciiUpper(c.text[key_end]) || (c.text[key_end] >= 'a' && c.text[key_end] <= 'z') ||
                            c.text[key_end] == '_' || c.text[key_end] == '-' ||
                            static_cast<unsigned char>(c.text[key_end]) >= 0x80)) {
    ++key_end;
  }
  const NameKey key = KeyKind(std::string(c.text.substr(0, key_end)));
  std::vector<Word> words = SplitWords(c.text.substr(open + 1, c.text.size() - open - 2));
  if (words.empty() || words.size() > 4) return Verdict::Reject();
  for (Word& w : words) {
    w.begin += open + 1;
    w.end += open + 1;
  }
  std::vector<NameInfo> info;
  for (const Word& w : words) info.push_back(Lookup(w.text));
  const size_t last = words.size() - 1;
  double score = 0.75;
  if (key != NameKey::kFull) {
    if (last != 0 && !IsNameRun(words, info, 0, last)) return Verdict::Reject();
    if (last == 0 && !IsNameWord(words[0].text, info[0])) return Verdict::Reject();
    score = 0.7;
  } else if (last == 0) {
    if (!IsGivenNameWord(words[0].text, info[0])) return Verdict::Reject();
    score = 0.6;
  } else if (!IsNameRun(words, info, 0, last) || IsParticle(words[last].text) || !HoldsKnownName(info, 0, last)) {
    return Verdict::Reject();
  }
  if (NamesAPlaceOrOrganisation(words, info, 0, last, {})) return Verdict::Reject();
  return AcceptSpan(words, 0, last, score, "value of a name key");
}

// person_relation: "my bf tomasz keeps calling", "meine schwester hanna",
// "mon mari Loïc", "my sister Hope", "my daughter Faith Mbeki": a possessive
// and a relation noun say a person's name follows, in either case. Lowercase:
// a given name that is no English word; capitalized: a given name (a word
// too, when frequent: "Hope", "Rose"), a surname or an unknown word that is
// no English word, then optionally a surname or unknown word.
Verdict ValidateRelation(const Candidate& c) {
  std::vector<Word> words = SplitWords(c.text);
  if (words.size() < 3) return Verdict::Reject();
  // The possessive, the relation noun (a two-word one: "best friend"), the name.
  size_t name = words.size() - 1;
  if (words.size() >= 4 && IsCapitalized(words[name].text) && IsCapitalized(words[name - 1].text)) --name;
  std::vector<NameInfo> info;
  for (const Word& w : words) info.push_back(Lookup(w.text));
  const NameInfo& f = info[name];
  const std::string_view w = words[name].text;
  double score = 0;
  if (!IsCapitalized(w)) {
    if (IsUpperStart(w)) return Verdict::Reject();  // all caps: "MY SISTER SAID"
    if (f.given >= 1 && !f.is_word && f.given >= f.surname) score = 0.7;
  } else if (f.given >= 3 && f.is_word) {
    score = 0.7;  // "my sister Hope"
  } else if (IsNameWord(w, f)) {
    score = f.known() ? 0.75 : 0.6;
  }
  // Firms are partners and clients too ("our partner Accenture", "my
  // client Deloitte"): after those nouns only a name the gazetteer knows.
  const std::string relation = AsciiLower(words[name - 1].text);
  if ((relation == "partner" || relation == "partners" || relation == "client" || relation == "clients") &&
      !f.known()) {
    return Verdict::Reject();
  }
  if (score <= 0) return Verdict::Reject();
  size_t last = name;
  // A surname or a second name next, a word too when known ("my grandma Rose Bill").
  if (name + 1 < words.size() && (IsNameWord(words[name + 1].text, info[name + 1]) ||
                                  (IsCapitalized(words[name + 1].text) && info[name + 1].known()))) {
    last = name + 1;
  }
  const std::string_view after = last + 1 == words.size() ? c.after : c.text.substr(words[last].end);
  if (InAddress(c.text.substr(0, words[name].begin), words[last].text, after)) return Verdict::Reject();
  if (NamesAPlaceOrOrganisation(words, info, name, last, last + 1 == words.size() ? NextWord(c.after) : "")) {
    return Verdict::Reject();
  }
  return AcceptSpan(words, name, last, score, "possessive + relation noun");
}

// person_initial: "R. Ferreira, M. Sato, L. Opoku", "payment to D. Reyes",
// "R. van der Meulen": an initial and a surname that is no English word (a
// known surname, or an unknown word of four letters or more). Not after a
// capitalized word ("John F. Kennedy": a middle initial, person_full_name's)
// or another initial's dot ("U.S. Army").
// True when the initial letter at the start of `text` is one option of a
// lettered list ("A. Kubernetes  B. Docker", "Answer: B. Nomad"): the next
// or the previous letter written the same way is near, or an answer word
// comes before it.
bool IsListedOption(const Candidate& c) {
  const char letter = c.text[0];
  if (letter < 'A' || letter > 'F') return false;
  auto has_option = [](std::string_view s, char l) {
    for (size_t i = s.find(std::string{l, '.'}); i != std::string_view::npos; i = s.find(std::string{l, '.'}, i + 1)) {
      if (i == 0 || ((s[i - 1] | 0x20) < 'a' || (s[i - 1] | 0x20) > 'z')) return true;
    }
    return false;
  };
  if (has_option(c.after, static_cast<char>(letter + 1)) || has_option(c.text.substr(2), static_cast<char>(letter + 1))) {
    return true;
  }
  if (letter > 'A' && has_option(c.before, static_cast<char>(letter - 1))) return true;
  std::string prev = PreviousWord(c.before);
  while (!prev.empty() && (prev.back() == ':' || prev.back() == ')' || prev.back() == '-')) prev.pop_back();
  return prev == "answer" || prev == "answers" || prev == "option" || prev == "choice" || prev == "correct" ||
         prev == "respuesta" || prev == "réponse" || prev == "antwort";
}

Verdict ValidateInitial(const Candidate& c) {
  std::vector<Word> words = SplitWords(c.text);
  if (words.size() < 2) return Verdict::Reject();
  if (IsListedOption(c)) return Verdict::Reject();
  const std::string prev = PreviousWord(c.before);
  if (!c.before.empty() && !IsSpace(c.before.back()) && c.before.back() != '(' && c.before.back() != '"') {
    return Verdict::Reject();  // "U.S.", "e.g. Smith"
  }
  std::string_view before = c.before;
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  size_t b = before.size();
  while (b > 0 && !IsSpace(before[b - 1])) --b;
  const std::string_view prev_word = before.substr(b);
  if (IsUpperStart(prev_word) && !IsTitle(prev_word) && prev_word.back() != ',' && prev_word.back() != ':' &&
      !AtSentenceStart(before)) {
    return Verdict::Reject();  // a middle initial
  }
  size_t last = words.size() - 1;
  // "M. Rachid Haddadi": French "M." (Monsieur) before a given name and a
  // surname; another initial before two names is a first initial
  // ("J. Robert Oppenheimer"): no surname after an initial.
  // (An ordinary word after the surname is none of the name: "to D. Reyes Today".)
  if (last >= 2 && !IsParticle(words[last - 1].text)) {
    const NameInfo next = Lookup(words[last].text);
    const NameInfo given = Lookup(words[last - 1].text);
    if (!IsNameWord(words[last].text, next) && !next.known()) {
      --last;
    } else if (words[0].text == "M." && last == 2 && IsNameWord(words[1].text, given) && given.surname <= given.given) {
      return AcceptSpan(words, 1, 2, 0.7, "M. + given name + surname");
    } else {
      return Verdict::Reject();
    }
  }
  for (size_t k = 1; k < last; ++k) {
    if (!IsParticle(words[k].text)) return Verdict::Reject();
  }
  const NameInfo info = Lookup(words[last].text);
  if (!IsNameWord(words[last].text, info)) return Verdict::Reject();
  if (!info.known() && words[last].text.size() < 4) return Verdict::Reject();
  if (IsDeterminer(prev)) return Verdict::Reject();
  if (InAddress(c.before, words[last].text, last + 1 < words.size() ? c.text.substr(words[last].end) : c.after)) {
    return Verdict::Reject();
  }
  std::vector<NameInfo> infos(words.size());
  infos[last] = info;
  const std::string_view next = last + 1 < words.size() ? words[last + 1].text : NextWord(c.after);
  if (NamesAPlaceOrOrganisation(words, infos, 0, last, next)) return Verdict::Reject();
  return AcceptSpan(words, 0, last, info.surname > 0 ? 0.7 : 0.6, "initial + surname");
}

// --- Cue finders: the Vectorscan pass of the two class-only rules, by hand.
//
// Their regexes start with a capitalized word (person_full_name) or a
// letter, a space and one (person_lone_given): Vectorscan tracks those
// classes at every letter of the text, and every capitalized word became a
// PCRE2 search and a validator call. The finders walk the capitals at word
// starts and ask the gazetteer first, leaving out only the matches their
// validator rejects whatever the context. Both rely on a fact of the
// patterns: a capitalized word (CapitalWord) that is a run of ASCII letters
// followed by anything but an apostrophe, a hyphen or a non-ASCII byte is
// that run exactly (\b is ASCII-only, so the run cannot end earlier); other
// words (O'Neil, Mary-Jane, José, Zieliński, a word cut by the buffer's end)
// are always reported.

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
using matching::IsWordByte;  // \b's word bytes

// Calls on_word(p, run_end, plain) for every capital at a word start (the
// previous byte no ASCII word character, as \b needs): p its offset, run_end
// the end of the ASCII letters from p, plain true when the word is that run
// exactly (see above). Latin-1 capitals (À-Þ) come with plain false.
bool IsCapitalByte(unsigned char c) { return (c >= 'A' && c <= 'Z') || c == 0xC3; }

// Whether the capitalized word whose ASCII letters end at b[e] is exactly
// those letters: it could go on only with Latin-1 or Latin Extended-A
// letters (lead bytes 0xC3-0xC5), or an
// apostrophe or hyphen before a capital ("O'Neil", "Mary-Jane"), or past the
// end of the buffer. Otherwise \b ends it there (ASCII-only \b: an emoji or
// "'s" ends a word).
bool IsPlainWord(const unsigned char* b, size_t e, size_t n) {
  if (e == n || (b[e] >= 0xC3 && b[e] <= 0xC5)) return false;
  if (b[e] == '\'' || b[e] == '-') return e + 1 < n && !IsCapitalByte(b[e + 1]);
  return true;
}

// The first p >= i with b[p] a capital byte, or n: sixteen bytes at a time
// with SSE2 (part of x86-64), one at a time elsewhere.
size_t NextCapital(const unsigned char* b, size_t i, size_t n) {
#if defined(__SSE2__)
  const __m128i lo = _mm_set1_epi8('A' - 1), hi = _mm_set1_epi8('Z' + 1);
  const __m128i lead = _mm_set1_epi8(static_cast<char>(0xC3));
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i));
    // Signed compares: bytes >= 0x80 are negative and never in 'A'..'Z'.
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi));
    const int mask = _mm_movemask_epi8(_mm_or_si128(upper, _mm_cmpeq_epi8(v, lead)));
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i < n && !IsCapitalByte(b[i])) ++i;
  return i;
}

template <typename Fn>
void ForEachCapitalAtWordStart(std::string_view text, Fn&& on_word) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t p = NextCapital(b, 0, n); p < n; p = NextCapital(b, p, n)) {
    const unsigned char c = b[p];
    if (c == 0xC3) {
      // (A lead byte at the buffer's end may start a capital: reported.)
      const bool latin_upper = p + 1 == n || (b[p + 1] >= 0x80 && b[p + 1] <= 0x9E && b[p + 1] != 0x97);
      if (latin_upper && (p == 0 || !IsWordByte(b[p - 1]))) on_word(p, p + 1, false);
      ++p;
      continue;
    }
    size_t e = p + 1;
    while (e < n && IsAsciiLetter(b[e])) ++e;
    if (p == 0 || !IsWordByte(b[p - 1])) {
      on_word(p, e, IsPlainWord(b, e, n));
    }
    p = e;
  }
}

// True when text[e] is a space and a capital (IsUpperStart) follows, or the
// text ends before that can be seen.
bool CapitalWordFollows(std::string_view text, size_t e) {
  if (e + 1 >= text.size()) return true;
  return text[e] == ' ' && IsUpperStart(text.substr(e + 1));
}

// True when a space and a name word (CapitalWord) or an initial ("F.") may
// start at text[e]: a capital, then a lowercase letter, an apostrophe or a
// full stop; or the text ends before that can be seen.
bool NameWordMayFollow(std::string_view text, size_t e) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (e + 1 >= n) return true;
  if (b[e] == ' ' && b[e + 1] >= 'a' && b[e + 1] <= 'z') {
    // A surname particle ("Pieter van Dam"), possibly cut by the buffer's end.
    size_t q = e + 1;
    while (q < n && b[q] >= 'a' && b[q] <= 'z' && q - e <= 6) ++q;
    if (q == n) return true;
    if (b[q] != ' ' || !IsParticle(text.substr(e + 1, q - e - 1))) return false;
    return NameWordMayFollow(text, q);
  }
  if (b[e] != ' ' || !IsCapitalByte(b[e + 1])) return false;
  if (b[e + 1] == 0xC3 || e + 2 >= n) return true;
  const unsigned char c = b[e + 2];
  return (c >= 'a' && c <= 'z') || (c >= 0xC3 && c <= 0xC5) || c == '\'' || c == '.';
}

// The gazetteer's entry for the capitalized word text[p, e) that the capital
// walk is at, looked up once, when the first cue finder asks for it.
class WordInfo {
 public:
  WordInfo(const NameGazetteer& g, std::string_view word) : g_(g), word_(word) {}
  const NameInfo& Get() {
    if (!done_) {
      info_ = g_.Lookup(word_);
      done_ = true;
    }
    return info_;
  }

 private:
  const NameGazetteer& g_;
  std::string_view word_;
  NameInfo info_;
  bool done_ = false;
};

// person_full_name: ValidateFullName accepts only a span that starts with a
// word of given-name frequency > 0 and goes on with another word (a capital
// after one space), so only such words are cues; the end reported is just
// past the word's capital (inside every match holding it, whose starts are
// then searched up to there).
template <typename Report>
void FullNameCueAt(std::string_view text, WordInfo& word, size_t p, size_t e, bool plain, Report&& on_end) {
  if (plain && (!NameWordMayFollow(text, e) || word.Get().given == 0)) return;
  on_end(p + 1);
}

// person_lone_given: "[a-z,] " before the capital; ValidateLoneGiven's own
// test of the name decides plain words, reported at the word's end, where
// Vectorscan reported them.
template <typename Report>
void LoneGivenCueAt(std::string_view text, WordInfo& word, size_t p, size_t e, bool plain, Report&& on_end) {
  if (p < 2 || text[p - 1] != ' ') return;
  const char before = text[p - 2];
  if (!((before >= 'a' && before <= 'z') || before == ',')) return;
  if (!plain) {
    on_end(p + 1);
    return;
  }
  if (e + 1 < text.size() && CapitalWordFollows(text, e)) return;  // ValidateLoneGiven rejects it
  const NameInfo info = word.Get();
  if (info.given < 2 || info.is_word || info.surname > info.given) return;
  on_end(e);
}

// person_all_caps: "[A-Z]{2,15} [A-Z]{2,15}..." whose first word
// ValidateAllCaps could start a name with (IsAllCapsGiven) and whose next
// word could go on with it (AllCapsNameGoesOn): reported at the end of the
// next all-caps word (or of the buffer, when it cuts that word).
template <typename Report>
void AllCapsCueAt(std::string_view text, const NameGazetteer& g, WordInfo& word, size_t p, size_t e,
                  Report&& on_end) {
  const size_t n = text.size();
  if (e - p < 3 || e - p > 15 || e + 1 >= n || text[e] != ' ') return;  // ("AL", "ED": too many words)
  for (size_t k = p; k < e; ++k) {
    if (!IsAsciiUpper(text[k])) return;
  }
  size_t e2 = e + 1;
  while (e2 < n && IsAsciiUpper(text[e2])) ++e2;
  if (e2 - (e + 1) < 2 || (e2 < n && IsAsciiLetter(static_cast<unsigned char>(text[e2])))) return;
  if (!IsAllCapsGiven(word.Get())) return;
  // ValidateAllCaps needs the next word to be a name too (AllCapsNameGoesOn).
  if (e2 < n && !AllCapsNameGoesOn(g.Lookup(text.substr(e + 1, e2 - e - 1)))) return;
  on_end(e2);
}

// person_sentence_given: a capitalized word whose previous non-space byte
// ends a sentence or line (AtSentenceStart), a comma and a space or a space
// and a lowercase letter after it, and that ValidateSentenceGiven could
// accept (IsStrongGiven, for plain words): reported at the match's end, two
// bytes past the word, once both are in the buffer. A word cut by the
// buffer's end is left to the next window, which sees that end as new
// (reporting the capital would hold a stream at every sentence's first
// word). A word that is not plain (Latin letters, "O'Neil") ends at the next
// space or comma.
template <typename Report>
void SentenceGivenCueAt(std::string_view text, WordInfo& word, size_t p, size_t e, bool plain,
                        Report&& on_end) {
  const size_t n = text.size();
  size_t q = e;
  if (!plain) {
    while (q < n && q - p < 64 && text[q] != ' ' && text[q] != ',' && text[q] != '\n') ++q;
  }
  if (q + 1 >= n || q - p < 2) return;  // (cut, or "I", "A")
  // The cheap tests first: most capitals are followed by neither.
  const bool comma = text[q] == ',' && text[q + 1] == ' ';
  const bool lower_next = text[q] == ' ' && text[q + 1] >= 'a' && text[q + 1] <= 'z';
  // Only as far back as ValidateSentenceGiven sees (Candidate::before): a
  // longer look would leave out matches the validator accepts, which are then
  // found only through a later cue, after a stream has released them.
  const size_t back = std::min(p, kContextBefore);
  if (!(comma || lower_next) || !AtSentenceStart(text.substr(p - back, back))) return;
  if (!plain || IsStrongGiven(word.Get())) on_end(q + 2);
}

// A few lowercase ASCII words (up to 15 letters), with the set of last
// letters per length so that most words are ruled out by one test.
class CueWords {
 public:
  CueWords(std::initializer_list<std::string_view> words) : words_(words) {
    for (std::string_view w : words_) {
      last_letters_ |= 1u << (w.back() - 'a');
      if (w.size() < 16) last_by_length_[w.size()] |= 1u << (w.back() - 'a');
      if (w.size() >= 2) last_pairs_[w[w.size() - 2] - 'a'] |= 1u << (w.back() - 'a');
    }
  }
  // True when the ASCII letters that end at text[q] (exclusive), lowercased,
  // are one of the words; or when they reach back to the start of the text,
  // where a window may have cut them.
  bool EndAt(std::string_view text, size_t q) const {
    if (q == 0) return true;
    const unsigned char last = static_cast<unsigned char>(text[q - 1]) | 0x20;
    if (last < 'a' || last > 'z' || ((last_letters_ >> (last - 'a')) & 1u) == 0) return false;
    // Two letters or more, not within 16 bytes of the start (where the walk
    // below could reach it): the word must end with one of the words' last
    // two letters.
    if (q > 16) {
      const unsigned char prev = static_cast<unsigned char>(text[q - 2]) | 0x20;
      if (prev >= 'a' && prev <= 'z' && ((last_pairs_[prev - 'a'] >> (last - 'a')) & 1u) == 0) return false;
    }
    size_t b = q;
    while (b > 0 && IsAsciiLetter(static_cast<unsigned char>(text[b - 1])) && q - b < 16) --b;
    if (b == 0) return true;
    if (q - b >= 16 || ((last_by_length_[q - b] >> (last - 'a')) & 1u) == 0) return false;
    char buf[16];
    for (size_t i = b; i < q; ++i) buf[i - b] = static_cast<char>(text[i] | 0x20);
    const std::string_view w(buf, q - b);
    for (std::string_view c : words_) {
      if (c.size() == w.size() && w.compare(c) == 0) return true;
    }
    return false;
  }

 private:
  std::vector<std::string_view> words_;
  uint32_t last_letters_ = 0;
  uint32_t last_by_length_[16] = {};
  uint32_t last_pairs_[26] = {};  // by next-to-last letter: the last letters that may follow it
};

// person_greeting: ValidateAfterCue (kGreeting, capitalized) accepts only a
// first name word of given-name frequency > 0 after the cue and the gap (a
// comma, spaces, tabs, up to two line breaks: at most 13 bytes), and every
// cue phrase ends with one of these words. Reported just past the capital.
template <typename Report>
void GreetingCueAt(std::string_view text, WordInfo& word, size_t p, bool plain, Report&& on_end) {
  static const CueWords kLastWords = {"hi", "hello", "hey", "dear", "thanks", "you", "thx", "congrats",
                                      "congratulations", "welcome", "morning", "bye", "goodbye", "regards",
                                      "best", "cheers", "sincerely", "yours", "truly", "love", "wishes",
                                      "ciao", "hola", "bonjour", "hallo", "hoi", "caro", "cara", "querido",
                                      "querida", "liebe", "lieber"};
  // The gap ends with a space or a line break.
  if (p > 0 && text[p - 1] != ' ' && text[p - 1] != '\n') return;
  size_t q = p;
  while (q > 0 && p - q <= 13 && (text[q - 1] == ' ' || text[q - 1] == '\t' || text[q - 1] == '\r' ||
                                  text[q - 1] == '\n' || text[q - 1] == ',')) {
    --q;
  }
  if (q == p || p - q > 13) return;
  if (!kLastWords.EndAt(text, q)) return;
  if (plain && word.Get().given == 0) return;
  on_end(p + 1);
}

// person_title, person_self_intro, person_action and person_role: a cue
// phrase, then (person_title) an optional full stop or (person_role) an
// optional separator, one space (one to three for person_role), and the
// name's capital, which ends each prefilter ("... [A-ZÀ-ÖØ-Þ]"). In the
// Vectorscan database these prefilters cost ~10.6 M instructions per sparse
// MB (BENCHMARKS.md, round 8: most of it person_role's short nouns, "rep",
// "son", "nom", found inside words and then tested for \b). A capital after
// a space is at a word start, so the capital walk sees each one; the phrase
// lists are asked backwards from there (matching::PhraseEnds), and the end
// reported is the prefilter's, just past the capital, where Vectorscan
// reported it: the same ends exactly (person_cues_test compares them with
// the prefilters', which the rules keep for that).
enum PhraseCueBit : uint32_t { kTitleBit = 1, kSelfIntroBit = 2, kActionBit = 4, kRoleBit = 8 };

const matching::PhraseEnds& CuePhrases() {
  static const matching::PhraseEnds phrases = [] {
    matching::PhraseEnds out;
    for (std::string_view t : kTitleWords) out.Add(t, kTitleBit);
    // As Alternation(list, true) writes them: "[Cc]olleague".
    auto add = [&out](const std::vector<std::string>& list, uint32_t bit) {
      for (const std::string& w : list) {
        out.Add(w, bit);
        if (w[0] >= 'a' && w[0] <= 'z') out.Add(static_cast<char>(w[0] - 'a' + 'A') + w.substr(1), bit);
      }
    };
    add(kSelfIntroPhrases, kSelfIntroBit);
    add(kActionCues, kActionBit);
    add(kRoleCues, kRoleBit);
    return out;
  }();
  return phrases;
}

// Which of the four rules' prefilters match up to just past the capital at
// text[p] (a word start): bits of PhraseCueBit.
uint32_t PhraseCuesBefore(std::string_view text, size_t p) {
  if (p == 0 || text[p - 1] != ' ') return 0;
  const matching::PhraseEnds& phrases = CuePhrases();
  uint32_t hit = phrases.At(text, p - 1);  // the phrase, one space
  if (p >= 2 && text[p - 2] == '.') hit |= phrases.At(text, p - 2) & kTitleBit;  // "Dr. "
  // person_role: "(?: ?:|,| is| was)? {1,3}" between the phrase and the capital.
  for (size_t j = 1; (hit & kRoleBit) == 0 && j <= 3 && j <= p && text[p - j] == ' '; ++j) {
    const size_t q = p - j;  // the separator's end
    uint32_t role = j > 1 ? phrases.At(text, q) : 0;
    if (q >= 1 && (text[q - 1] == ':' || text[q - 1] == ',')) role |= phrases.At(text, q - 1);
    if (q >= 2 && text[q - 1] == ':' && text[q - 2] == ' ') role |= phrases.At(text, q - 2);
    if (q >= 3 && text.compare(q - 3, 3, " is") == 0) role |= phrases.At(text, q - 3);
    if (q >= 4 && text.compare(q - 4, 4, " was") == 0) role |= phrases.At(text, q - 4);
    hit |= role & kRoleBit;
  }
  return hit;
}

// us_street_address (location/): its prefilter, "[A-Za-z'\-] " and a street
// suffix ("Street", "Ave", ...) then \b, ends just past the suffix. Every
// suffix is a capitalized ASCII word, so the walk is at its capital; inside
// the letter run \b never holds, so the prefilter's one end there is the
// word's end, when the word is a suffix and no word byte follows it. In the
// Vectorscan database it cost ~1.1 M instructions per sparse MB
// (BENCHMARKS.md, round 9).
bool StreetSuffixEndsAt(std::string_view text, size_t p, size_t e) {
  if (p < 2 || text[p - 1] != ' ' || e - p < 2 || e - p > 10) return false;
  const auto before = static_cast<unsigned char>(text[p - 2]);
  if (!IsAsciiLetter(before) && before != '\'' && before != '-') return false;
  if (e < text.size() && IsWordByte(static_cast<unsigned char>(text[e]))) return false;
  // The suffixes by first letter ('A'-'Z').
  static const std::array<std::vector<std::string_view>, 26> kByFirst = [] {
    std::array<std::vector<std::string_view>, 26> out;
    for (const auto* list : {&StrongStreetSuffixes(), &WeakStreetSuffixes()}) {
      for (const std::string& w : *list) out[static_cast<size_t>(w[0] - 'A')].push_back(w);
    }
    return out;
  }();
  const std::string_view word = text.substr(p, e - p);
  if (!IsAsciiUpper(word[0])) return false;
  for (std::string_view w : kByFirst[static_cast<size_t>(word[0] - 'A')]) {
    if (w == word) return true;
  }
  return false;
}

// person_full_name, person_greeting and person_lone_given all start from a
// capital at a word start: one walk over the capitals reports for the three
// (members of one matching::CueGroupFinder), and for the rules below.
enum CapitalCueMember : unsigned {
  kFullNameCue, kGreetingCue, kLoneGivenCue, kAllCapsCue, kSentenceGivenCue,
  kPlaceCue,  // location_place (capital_cues.h)
  kTitleCue, kSelfIntroCue, kActionCue, kRoleCue,  // PhraseCuesBefore
  kStreetSuffixCue,  // us_street_address (capital_cues.h)
};

void FindCapitalCues(std::string_view text, const std::function<void(unsigned, uint64_t)>& on_end) {
  const NameGazetteer& g = NameGazetteer::Get();
  ForEachCapitalAtWordStart(text, [&](size_t p, size_t e, bool plain) {
    WordInfo word(g, text.substr(p, e - p));
    FullNameCueAt(text, word, p, e, plain, [&](uint64_t end) { on_end(kFullNameCue, end); });
    GreetingCueAt(text, word, p, plain, [&](uint64_t end) { on_end(kGreetingCue, end); });
    LoneGivenCueAt(text, word, p, e, plain, [&](uint64_t end) { on_end(kLoneGivenCue, end); });
    SentenceGivenCueAt(text, word, p, e, plain, [&](uint64_t end) { on_end(kSentenceGivenCue, end); });
    // (Most capitals start a capitalized word: one byte rules them out.)
    if (e - p >= 2 && IsAsciiUpper(text[p + 1])) {
      AllCapsCueAt(text, g, word, p, e, [&](uint64_t end) { on_end(kAllCapsCue, end); });
    }
    if (const size_t end = PlaceCueEnd(text, p, e); end != std::string_view::npos) on_end(kPlaceCue, end);
    if (StreetSuffixEndsAt(text, p, e)) on_end(kStreetSuffixCue, e);
    // (A Latin-1 capital's second byte must be in the buffer, as for the
    // prefilters' class.)
    if (const uint32_t hit = PhraseCuesBefore(text, p); hit != 0 && (text[p] != '\xC3' || p + 1 < text.size())) {
      const uint64_t end = text[p] == '\xC3' ? p + 2 : p + 1;
      if (hit & kTitleBit) on_end(kTitleCue, end);
      if (hit & kSelfIntroBit) on_end(kSelfIntroCue, end);
      if (hit & kActionBit) on_end(kActionCue, end);
      if (hit & kRoleBit) on_end(kRoleCue, end);
    }
  });
}

matching::CueGroupMember CapitalCue(CapitalCueMember member) {
  static const auto group = std::make_shared<const matching::CueGroupFinder>(FindCapitalCues);
  return {group, member};
}

}  // namespace

matching::CueGroupMember PlaceCapitalCue() { return CapitalCue(kPlaceCue); }
matching::CueGroupMember StreetSuffixCapitalCue() { return CapitalCue(kStreetSuffixCue); }

namespace {

bool IsNameEnd(unsigned char c) { return c == ',' || c == '!' || c == '?' || c == '\n'; }

// The first t >= i with b[t] one of , ! ? \n, or n (SSE2 as NextCapital).
size_t NextNameEnd(const unsigned char* b, size_t i, size_t n) {
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(','), bang = _mm_set1_epi8('!'), quest = _mm_set1_epi8('?'),
                nl = _mm_set1_epi8('\n');
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, bang)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, quest), _mm_cmpeq_epi8(v, nl)));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i < n && !IsNameEnd(b[i])) ++i;
  return i;
}

// person_greeting_lowercase: "hey kevin," ends at the comma, "!", "?" or line
// break, where Vectorscan reported it; ValidateAfterCue accepts a lowercase
// name only with given-name frequency >= 3 and not a common word.
void FindLowercaseGreetingCues(std::string_view text, const std::function<void(uint64_t)>& on_end) {
  static const CueWords kLastWords = {"hi", "hey", "hello", "thanks", "you", "thx", "bye", "dear", "morning",
                                      "congrats"};
  const NameGazetteer& g = NameGazetteer::Get();
  const size_t n = text.size();
  for (size_t t = 0; t < n; ++t) {
    t = NextNameEnd(reinterpret_cast<const unsigned char*>(text.data()), t, n);
    if (t == n) return;
    size_t e = t;
    if (text[t] == '\n' && e > 0 && text[e - 1] == '\r') --e;
    size_t b = e;
    while (b > 0 && text[b - 1] >= 'a' && text[b - 1] <= 'z' && e - b <= 20) --b;
    if (b == 0) {  // cut by the window's start
      on_end(t + 1);
      continue;
    }
    if (e - b < 2 || e - b > 20 || text[b - 1] != ' ') continue;
    size_t q = b - 1;
    if (q > 0 && text[q - 1] == ',') --q;
    if (!kLastWords.EndAt(text, q)) continue;
    const NameInfo f = g.Lookup(text.substr(b, e - b));
    if (f.given < 3 || f.is_word) continue;
    on_end(t + 1);
  }
}

// person_speaker: ValidateSpeaker accepts only a match whose first word
// starts a line as AtLineStart sees it (after spaces, a bullet, a bracketed
// or clock time), so there is one possible start per line, found by reading
// the line's first bytes; the match ends at the line's first ": " after it,
// within seven words (three names, four particles: a few hundred bytes).
// Walked from each ": " (rarer than lines), back to its line's start. A
// prefilter on ": " after a letter was 7% of the Vectorscan pass on sparse
// text, a walk back over every word before each colon 1%. The first word
// gets ValidateSpeaker's tests that need no context ("Name:", "Email
// Address:", "Tel:" end most label lines).
void FindSpeakerCues(std::string_view text, const std::function<void(uint64_t)>& on_end) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  constexpr size_t kReach = 1024;  // > kContextBefore + the widest run of seven name words
  auto blanks = [&](size_t i, size_t end) {
    while (i < end && (b[i] == ' ' || b[i] == '\t')) ++i;
    return i;
  };
  size_t done_line = std::string_view::npos;  // the line start already reported
  for (size_t q = text.find(':'); q != std::string_view::npos && q + 1 < n; q = text.find(':', q + 1)) {
    if (b[q + 1] != ' ') continue;
    const size_t from = q > kReach ? q - kReach : 0;
    const void* nl = memrchr(b + from, '\n', q - from);
    if (nl == nullptr && from > 0) continue;  // no line starts within reach
    const size_t ls = nl == nullptr ? 0 : static_cast<const unsigned char*>(nl) - b + 1;
    if (ls == done_line) continue;  // a later colon on the same line
    size_t p = blanks(ls, q);
    if (p < q && (b[p] == '-' || b[p] == '*')) {
      ++p;
    } else if (p + 3 <= q && text.substr(p, 3) == "\xE2\x80\xA2") {
      p += 3;
    } else if (p < q && b[p] == '[') {
      const size_t close = text.substr(0, q).find(']', p);
      p = close != std::string_view::npos && close - p < 24 ? close + 1 : q;
    } else if (p < q && b[p] >= '0' && b[p] <= '9') {
      const size_t start = p;
      while (p < n && p - start < 9 && ((b[p] >= '0' && b[p] <= '9') || b[p] == ':')) ++p;
      if (p > q) {  // the colon is the clock time's: go on after it
        q = p - 1;
        continue;
      }
    }
    p = blanks(p, q);
    if (p >= q || text.substr(p, q - p).find(':') != std::string_view::npos) continue;
    done_line = ls;
    const size_t back = std::min(p, kContextBefore);
    if (!IsCapitalByte(b[p]) || (p > 0 && IsWordByte(b[p - 1])) || !AtLineStart(text.substr(p - back, back))) {
      continue;
    }
    const size_t e = b[q - 1] == ' ' ? q - 1 : q;  // "Antoine : ..."
    // The words: one space apart, each after the first a capitalized word
    // or a particle (IsNameRun): "Heads up:" is no name.
    size_t words = 1;
    bool names = true;
    size_t w = e;  // the end of the first word
    for (size_t k = p; k < e && names; ++k) {
      names &= b[k] != '\t';
      if (b[k] != ' ') continue;
      words += 1;
      w = std::min(w, k);
      size_t next = k + 1;
      while (next < e && b[next] != ' ') ++next;
      names &= k + 1 < e && (IsCapitalByte(b[k + 1]) || IsParticle(text.substr(k + 1, next - k - 1)));
    }
    const std::string_view first = text.substr(p, w - p);
    const NameInfo info = Lookup(first);
    if (words <= 7 && names && !IsHeaderLabel(first) &&
        (words == 1 ? IsGivenNameWord(first, info) : !IsDictionaryWord(info))) {
      on_end(q + 2);
    }
  }
}

// "(?:a|b)" of lowercase phrases; with capital_too, "[Hh]i" matches "Hi" as well.
std::string Alternation(const std::vector<std::string>& phrases, bool capital_too = false) {
  std::string out = "(?:";
  for (size_t i = 0; i < phrases.size(); ++i) {
    if (i) out += "|";
    std::string_view p = phrases[i];
    if (capital_too && !p.empty() && p[0] >= 'a' && p[0] <= 'z') {
      out += std::string("[") + static_cast<char>(p[0] - 'a' + 'A') + p[0] + "]";
      p.remove_prefix(1);
    }
    for (char ch : p) {
      if (ch == '.') out += '\\';
      out += ch;
    }
  }
  return out + ")";
}

// Businesses and brands named after people ("Calvin Klein", "Charles Schwab",
// "Ben & Jerry's", "Dr. Martens"): well-known names, written as they are
// spelled, that a reader takes for the company and not for its founder.
// Single-word brands ("Dior", "Ford") are left out: the word is a surname
// as often.
constexpr std::array<std::string_view, 112> kEponymousBrands = {
    "Abercrombie & Fitch", "Alexander McQueen", "Anne Klein", "Arthur Andersen", "Aston Martin",
    "Baker McKenzie", "Ben & Jerry", "Betty Crocker", "Bobbi Brown", "Calvin Klein", "Carolina Herrera",
    "Charles Schwab", "Charles Tyrwhitt", "Charlotte Tilbury", "Christian Dior", "Christian Louboutin",
    "Dave & Buster", "Dean & DeLuca", "Dolce & Gabbana", "Dr. Martens", "Dr Martens",
    "Dr. Oetker", "Eddie Bauer", "Edward Jones", "Elizabeth Arden", "Emporio Armani", "Ernst & Young",
    "Estée Lauder", "Estee Lauder", "Giorgio Armani", "Goldman Sachs", "Guy Laroche", "Harley Davidson",
    "Harley-Davidson", "Harry Winston", "Helena Rubinstein", "Hewlett Packard", "Hewlett-Packard",
    "Hugo Boss", "Jack Daniel", "Jack Wolfskin", "Jean Paul Gaultier", "Jenny Craig", "Jim Beam",
    "Jimmy Choo", "John Deere", "John Lewis", "Johnnie Walker", "Johnson & Johnson", "Karl Lagerfeld",
    "Kate Spade", "Kenneth Cole", "Levi Strauss", "Liz Claiborne", "Louis Vuitton", "Lehman Brothers",
    "Manolo Blahnik", "Marc Jacobs", "Marks & Spencer", "Mary Kay", "Max Factor", "Mercedes Benz",
    "Mercedes-Benz", "Merrill Lynch", "Michael Kors", "Morgan Stanley", "Oscar de la Renta",
    "Paul Mitchell", "Paul Smith", "Perry Ellis", "Pierre Cardin", "Procter & Gamble", "Ralph Lauren",
    "Raymond James", "Roberto Cavalli", "Rolls Royce", "Rolls-Royce", "Salvatore Ferragamo", "Sara Lee",
    "Stella McCartney", "Steve Madden", "Ted Baker", "Tiffany & Co", "Tim Hortons", "Tom Ford",
    "Tommy Bahama", "Tommy Hilfiger", "Tory Burch", "Van Cleef & Arpels", "Vera Wang", "Vidal Sassoon",
    "Vivienne Westwood", "Walt Disney", "Wells Fargo", "Yves Saint Laurent", "Ermenegildo Zegna",
    "Laura Ashley", "Jo Malone", "Dorothy Perkins", "Carl Zeiss", "Robert Bosch",
    "Ferdinand Porsche", "Enzo Ferrari", "Henry Schein", "Charles River", "Booz Allen", "Kiehl",
    "Ray Ban", "Baskin Robbins", "Marie Callender", "Bob Evans", "Papa John"};

bool IsWordChar(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
         static_cast<unsigned char>(ch) >= 0x80;
}

// True when text[b, e) of the candidate lies inside, or holds, one of
// kEponymousBrands written in the text around it (a possessive or plural
// after it is allowed: "Ben & Jerry's", "Tim Hortons"). Only the capitals
// at word starts from 24 bytes before the span to its end are tried, each
// against the brands with that first letter.
bool InEponymousBrand(const Candidate& c, size_t b, size_t e) {
  static const auto kByLetter = [] {
    std::array<std::vector<std::string_view>, 26> by;
    for (std::string_view brand : kEponymousBrands) by[brand[0] - 'A'].push_back(brand);
    return by;
  }();
  const size_t lead = std::min<size_t>(c.before.size(), 24);
  std::string window(c.before.substr(c.before.size() - lead));
  window += c.text;
  window += c.after.substr(0, 24);
  b += lead;
  e = std::min(e, c.text.size()) + lead;
  for (size_t at = 0; at < e; ++at) {
    if (!IsAsciiUpper(window[at]) || (at > 0 && IsWordChar(window[at - 1]))) continue;
    for (std::string_view brand : kByLetter[window[at] - 'A']) {
      const size_t end = at + brand.size();
      if (end <= b || window.compare(at, brand.size(), brand) != 0) continue;
      // A brand ends at a word's end, or before a plural or possessive "s"
      // that ends the word ("Calvin Kleins", "Calvin Klein's"); "Paul
      // Smithson" is no "Paul Smith".
      if (end < window.size() && IsWordChar(window[end])) {
        const bool plural_s = window[end] == 's' && (end + 1 >= window.size() || !IsWordChar(window[end + 1]));
        if (!plural_s) continue;
      }
      return true;
    }
  }
  return false;
}

// A PERSON validator that also rejects names of brands (InEponymousBrand).
Validator NotABrand(Validator validate) {
  return [validate = std::move(validate)](const Candidate& c) {
    Verdict v = validate(c);
    if (v.accept && InEponymousBrand(c, v.sub_begin, v.sub_end)) return Verdict::Reject();
    return v;
  };
}

const std::string kTitles = ListAlternation(kTitleWords);

const std::vector<std::string> kPersonContext = {
    "name", "mr", "mrs", "ms", "dr", "called", "contact", "regards", "thanks", "dear",
    "signed", "friend", "wife", "husband", "son", "daughter", "mom", "dad", "brother",
    "sister", "boss", "colleague", "manager", "met", "ask", "told", "said", "patient",
    "customer", "employee", "mother", "father"};

}  // namespace

void AddPersonRules(RuleList& out) {
  const std::string cw = CapitalWord();
  const std::string aw = AnyCaseWord();
  const std::string upper(kUpper);

  const size_t first_rule = out.size();
  out.push_back({
      .id = "person_full_name",
      .entity_type = "PERSON",
      .regex = "\\b" + cw + "(?: " + upper + "\\.)?(?:(?: " + ListAlternation(kParticles) + "){0,2} " + cw + "){1,2}",
      .cue_group = CapitalCue(kFullNameCue),
      // ValidateFullName's span starts at the first, second or (after an
      // initial, or particles) third word, each reported just past its capital.
      .lead = "\\b" + cw + "(?: " + upper + "\\.)?(?: " + ListAlternation(kParticles) + "){0,2} " + upper,
      .score = 0.85,
      .validate = ValidateFullName,
      .context = kPersonContext,
  });

  out.push_back({
      .id = "person_title",
      .entity_type = "PERSON",
      .regex = "\\b" + kTitles + "\\.? " + cw + "(?: " + cw + "){0,2}",
      .prefilter = "\\b" + kTitles + "\\.? " + upper,
      .cue_group = CapitalCue(kTitleCue),
      .score = 0.85,
      .validate = ValidateTitled,
      .context = kPersonContext,
  });

  // Chat style "hi ms. rodriguez": a lowercase title and its dot, then a lowercase
  // surname that is no English word ("10 ms delay", "dr. who" are none).
  out.push_back({
      .id = "person_title_lowercase",
      .entity_type = "PERSON",
      // (With the dot only: "ms " and "dr " alone are two-letter cues that
      // cost the Vectorscan pass 0.4% more instructions on sparse text.)
      .regex = "\\b(?:mrs?|ms|dr|prof)\\. [a-z][a-z'\\-]{1,19}\\b",
      .score = 0.7,
      .validate = [](const Candidate& c) {
        std::vector<Word> words = SplitWords(c.text);
        if (words.size() != 2) return Verdict::Reject();
        const NameInfo info = Lookup(words[1].text);
        if (info.surname < 2 || info.is_word) return Verdict::Reject();
        return AcceptSpan(words, 1, 1, 0.7, "lowercase title + surname");
      },
      .context = kPersonContext,
  });
  // A nickname in quotes inside a name: 'Bartholomew "Bart" Simmons'.
  const std::string nickname = " [\"“][A-Za-z][A-Za-z.'\\-]{0,15}(?: [A-Za-z][A-Za-z.'\\-]{0,15})?[\"”] ";
  out.push_back({
      .id = "person_nickname",
      .entity_type = "PERSON",
      .regex = "\\b" + cw + nickname + cw,
      .prefilter = nickname + upper,
      .score = 0.8,
      .validate = ValidateNickname,
      .context = kPersonContext,
  });

  static const std::vector<std::string> kIntroCues = {
      "my name is", "my name's", "my name’s", "his name is", "her name is", "their name is", "name is",
      "call me", "i go by", "named", "name:", "nombre es", "me llamo", "je m'appelle", "je m’appelle",
      "mi chiamo", "mein name ist", "ich heiße", "ich heisse", "mijn naam is", "ik heet", "meu nome é",
      "me chamo", "nazywam się", "jmenuji se"};
  out.push_back({
      .id = "person_introduced",
      .entity_type = "PERSON",
      .regex = "\\b" + Alternation(kIntroCues) + " {1,3}" + aw + "(?: " + aw + "){0,2}",
      .flags = matching::kCaseless,
      .prefilter = "\\b" + Alternation(kIntroCues) + " {1,3}[a-z]",
      .score = 0.85,
      .validate = [](const Candidate& c) { return ValidateAfterCue(c, kIntroCues, CueStrength::kIntroduction); },
  });

  static const std::vector<std::string> kSelfCues = {
      "i'm", "i’m", "im", "i am", "this is", "it's", "it’s", "its", "it is", "signed", "signed by",
      "je suis", "sono", "soy", "sou", "ich bin", "ik ben", "jestem"};
  // Case-sensitive: the cue in lowercase or capitalized, the name capitalized.
  const std::string self_alt = Alternation(kSelfIntroPhrases, true);
  out.push_back({
      .id = "person_self_intro",
      .entity_type = "PERSON",
      .regex = "\\b" + self_alt + " " + cw + "(?: " + cw + "){0,2}",
      .prefilter = "\\b" + self_alt + " " + upper,
      .cue_group = CapitalCue(kSelfIntroCue),
      .score = 0.8,
      .validate = [](const Candidate& c) { return ValidateAfterCue(c, kSelfCues, CueStrength::kSelf); },
      .context = kPersonContext,
  });

  static const std::vector<std::string> kGreetingCues = {
      "hi", "hello", "hey", "dear", "thanks", "thank you", "thx", "congrats", "congratulations",
      "welcome", "good morning", "morning", "bye", "goodbye", "regards", "best regards",
      "kind regards", "warm regards", "best", "cheers", "sincerely", "yours", "yours truly",
      "love", "best wishes", "many thanks", "ciao", "hola", "bonjour", "hallo", "hoi", "caro", "cara",
      "querido", "querida", "liebe", "lieber"};
  // Capitalized names after a greeting or sign-off, on the same line or the
  // next ("Regards,\nMaria Gonzalez").
  const std::string kGreetingGap = "(?:,? {1,3}|,?[ \\t]{0,4}\\r?\\n(?:[ \\t]{0,4}\\r?\\n)?)";
  out.push_back({
      .id = "person_greeting",
      .entity_type = "PERSON",
      .regex = "\\b" + Alternation(kGreetingCues, true) + kGreetingGap + cw + "(?: " + cw + ")?",
      .cue_group = CapitalCue(kGreetingCue),
      // GreetingCueAt reports just past the name's capital.
      .lead = "\\b" + Alternation(kGreetingCues, true) + kGreetingGap + upper,
      .score = 0.8,
      .validate = [](const Candidate& c) { return ValidateAfterCue(c, kGreetingCues, CueStrength::kGreeting); },
      .context = kPersonContext,
  });
  // Chat style "hey kevin," / "thanks maria!": a lowercase name only when
  // punctuation closes it, which keeps "thanks for the help" from ever
  // becoming a candidate.
  static const std::vector<std::string> kChatGreetingCues = {"hi", "hey", "hello", "thanks", "thank you",
                                                             "thx", "bye", "dear", "morning", "congrats"};
  out.push_back({
      .id = "person_greeting_lowercase",
      .entity_type = "PERSON",
      .regex = "\\b" + Alternation(kChatGreetingCues, true) + ",? [a-z]{2,20}(?:,|!|\\?|\\r?\\n)",
      .cue_finder = FindLowercaseGreetingCues,
      .score = 0.7,
      .validate = [](const Candidate& c) {
        return ValidateAfterCue(c, kChatGreetingCues, CueStrength::kGreeting);
      },
      .context = kPersonContext,
  });

  // Role and relation nouns before a name: "my colleague Deepak", "agent
  // Priya Patel", "patient: Oluwaseun Adeyemi". The name may be unknown to
  // the gazetteer when it is no dictionary word (CueStrength::kRole).
  out.push_back({
      .id = "person_role",
      .entity_type = "PERSON",
      .regex = "\\b" + Alternation(kRoleCues, true) + "(?: ?:|,| is| was)? {1,3}" + cw + "(?:(?: " +
               ListAlternation(kParticles) + "){0,2} " + cw + "){0,2}",
      .prefilter = "\\b" + Alternation(kRoleCues, true) + "(?: ?:|,| is| was)? {1,3}" + upper,
      .cue_group = CapitalCue(kRoleCue),
      .score = 0.75,
      .validate = [](const Candidate& c) { return ValidateAfterCue(c, kRoleCues, CueStrength::kRole); },
      .context = kPersonContext,
  });
  // Verbs addressed to a person: "ask Deepak", "cc Tomasz", "email Ngozi".
  out.push_back({
      .id = "person_action",
      .entity_type = "PERSON",
      .regex = "\\b" + Alternation(kActionCues, true) + " " + cw + "(?: " + cw + ")?",
      .prefilter = "\\b" + Alternation(kActionCues, true) + " " + upper,
      .cue_group = CapitalCue(kActionCue),
      .score = 0.75,
      .validate = [](const Candidate& c) { return ValidateAfterCue(c, kActionCues, CueStrength::kAction); },
      .context = kPersonContext,
  });

  out.push_back({
      .id = "person_all_caps",
      .entity_type = "PERSON",
      .regex = "\\b[A-Z]{2,15} [A-Z]{2,15}(?: [A-Z]{2,15})?\\b",
      .cue_group = CapitalCue(kAllCapsCue),
      .score = 0.7,
      .validate = ValidateAllCaps,
      .context = kPersonContext,
  });
  out.push_back({
      .id = "person_sentence_given",
      .entity_type = "PERSON",
      .regex = "\\b" + cw + "(?:, | [a-z])",
      .cue_group = CapitalCue(kSentenceGivenCue),
      .score = 0.6,
      .validate = ValidateSentenceGiven,
      .context = kPersonContext,
  });
  out.push_back({
      .id = "person_lone_given",
      .entity_type = "PERSON",
      .regex = "[a-z,] " + cw,
      .cue_group = CapitalCue(kLoneGivenCue),
      .score = 0.6,
      .validate = ValidateLoneGiven,
      .context = kPersonContext,
  });
  // Structure that says a name stands there: a speaker label at a line's
  // start, a name in brackets, the value of a name key, a possessive and a
  // relation noun, an initial.
  const std::string name_words = cw + "(?:(?: " + ListAlternation(kParticles) + "){0,2} " + cw + "){0,2}";
  out.push_back({
      .id = "person_speaker",
      .entity_type = "PERSON",
      .regex = "\\b" + name_words + " ?: ",
      .cue_finder = FindSpeakerCues,
      .score = 0.6,
      .validate = ValidateSpeaker,
      .context = kPersonContext,
  });
  out.push_back({
      .id = "person_bracketed",
      .entity_type = "PERSON",
      .regex = "\\(" + cw + "\\)",
      // The bracket and the capital: the name's classes after it, tracked by
      // Vectorscan at every bracket, were 9% of the pass on sparse text.
      .prefilter = "\\(" + upper,
      .lead = "\\(" + upper,
      .score = 0.6,
      .validate = ValidateBracketed,
      .context = kPersonContext,
  });
  static const std::vector<std::string> kNameKeys = {
      "name", "full_name", "fullname", "fullName", "first", "first_name", "firstname", "firstName", "last",
      "last_name", "lastname", "lastName", "surname", "given_name", "givenName", "family_name", "familyName",
      "forename", "customer_name", "customerName", "contact_name", "contactName", "display_name",
      "displayName", "creator", "author", "owner", "bill_to", "ship_to", "recipient", "passenger", "patient",
      "employee", "holder", "cardholder", "cliente", "client", "customer", "contact", "nombre", "apellido",
      "apellidos", "nom", "prenom", "prénom", "nome", "cognome", "naam", "achternaam", "vorname", "nachname",
      "imie", "imię", "nazwisko", "sobrenome"};
  const std::string key = "\\b" + Alternation(kNameKeys, true) + "[\"']? ?[:=] ?[\"']";
  out.push_back({
      .id = "person_keyed",
      .entity_type = "PERSON",
      .regex = key + name_words + "[\"']",
      // The colon or equals sign, the quote and the capital: inside every
      // match, and rarer than the keys, which are everyday words ("last").
      .prefilter = "[:=] ?[\"']" + upper,
      .lead = key + upper,
      .score = 0.7,
      .validate = ValidateKeyed,
      .context = kPersonContext,
  });
  static const std::vector<std::string> kPossessives = {
      "my", "our", "mein", "meine", "meinem", "meinen", "meiner", "ma", "mon", "mijn", "onze", "moja", "mój",
      "mojej", "mojego", "mi", "meu", "minha", "mia", "mio", "mera", "meri", "mere"};
  static const std::vector<std::string> kRelations = {
      "bf", "gf", "boyfriend", "girlfriend", "husband", "wife", "partner", "fiance", "fiancé", "fiancee",
      "fiancée", "son", "daughter", "mom", "mum", "mother", "dad", "father", "brother", "sister", "sis", "bro",
      "cousin", "uncle", "aunt", "auntie", "nephew", "niece", "grandma", "grandpa", "granny", "nan", "nana",
      "grandmother", "grandfather", "grandson", "granddaughter", "friend", "best friend", "bestie", "buddy",
      "mate", "pal", "roommate", "flatmate", "neighbor", "neighbour", "colleague", "coworker", "boss",
      "manager", "landlord", "landlady", "tenant", "ex", "stepson", "stepdaughter", "stepmom", "stepdad",
      // de, fr, nl, pl, es, pt, it, hi-en
      "schwester", "bruder", "mutter", "vater", "tochter", "sohn", "freund", "freundin", "kumpel", "mann",
      "frau", "oma", "opa", "chef", "chefin", "kollege", "kollegin", "nachbar", "nachbarin", "vermieter",
      "coloc", "copain", "copine", "ami", "amie", "mari", "femme", "fille", "fils", "frère", "sœur", "mère",
      "père", "cousine", "voisin", "voisine", "collègue", "vriend", "vriendin", "broer", "zus",
      "zoon", "dochter", "moeder", "vader", "man", "vrouw", "collega", "buurman", "buurvrouw", "lieve",
      "siostra", "brat", "córka", "córki", "syn", "mąż", "żona", "mama", "tata", "babcia", "dziadek",
      "przyjaciółka", "przyjaciel", "kolega", "koleżanka", "hermana", "hermano", "hija", "hijo", "novio",
      "novia", "amiga", "amigo", "esposa", "esposo", "marido", "jefe", "jefa", "madre", "padre", "abuela",
      "abuelo", "casero", "casera", "compañero", "compañera", "irmão", "irmã", "filha", "filho", "namorado",
      "namorada", "chefe", "avó", "avô", "mãe", "pai", "sorella", "fratello", "figlia", "figlio", "marito",
      "moglie", "amica", "amico", "capo", "nonna", "nonno", "ragazzo", "ragazza", "dost", "bhai", "behen",
      "didi", "papa", "mummy"};
  const std::string relation_name = "[A-Za-zÀ-ÖØ-Þ][a-z'\\-ß-öø-ÿĀ-ſ]{0,19}" + std::string(kLastLetter);
  const std::string relation_cue = "\\b" + Alternation(kPossessives, true) + " " + Alternation(kRelations) + " ";
  out.push_back({
      .id = "person_relation",
      .entity_type = "PERSON",
      .regex = relation_cue + relation_name + "(?: " + cw + ")?",
      .prefilter = relation_cue + "[A-Za-zÀ-Þ]",
      .score = 0.7,
      .validate = ValidateRelation,
      .context = kPersonContext,
  });
  out.push_back({
      .id = "person_initial",
      .entity_type = "PERSON",
      .regex = "\\b[A-Z]\\. (?:" + ListAlternation(kParticles) + " ){0,2}" + cw + "(?: " + cw + ")?",
      .prefilter = "\\b[A-Z]\\. (?:[a-z]{1,5} ){0,2}" + upper,
      .score = 0.6,
      .validate = ValidateInitial,
      .context = kPersonContext,
  });
  // An introduction says a person is meant, brand or not ("my name is Paul
  // Smith", "I'm Tom Ford"); the other rules reject brands (titles too: "Dr.
  // Martens" is one).
  for (size_t k = first_rule; k < out.size(); ++k) {
    const std::string& id = out[k].id;
    if (id == "person_self_intro" || id == "person_introduced") continue;
    out[k].validate = NotABrand(std::move(out[k].validate));
  }
}

}  // namespace convoguard::recognizers
