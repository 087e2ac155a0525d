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
//   person_lone_given  "talked to Maria yesterday": one capitalized given name
//                      inside a sentence (not after a full stop), not a common word.
// Validators narrow the span to the name words (cues and titles excluded).
// The Vectorscan pass looks only for the cue and the first letter of the
// name (Rule::prefilter): the name words' classes, tracked at every letter
// of the text, were most of the pass's time.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "recognizers/catalog.h"
#include "recognizers/context.h"
#include "recognizers/person/name_gazetteer.h"

namespace convoguard::recognizers {
namespace {

// Capitalized name word: "Maria", "O'Neil", "McDonald", "DeShawn", "Mary-Jane",
// "José" (Latin-1 letters).
constexpr std::string_view kUpper = "[A-ZÀ-ÖØ-Þ]";
constexpr std::string_view kLower = "[a-zß-öø-ÿ]";

std::string CapitalWord() {
  std::string u(kUpper), l(kLower);
  return u + "(?:" + l + "{1,2}" + u + "|'" + u + ")?" + l + "{1,15}(?:-" + u + l + "{1,12})?";
}
// Any-case name word, for rules compiled caseless. ASCII only: caseless
// Latin-1 classes make the Vectorscan database slow to compile.
std::string AnyCaseWord() { return "[a-z][a-z'\\-]{1,20}"; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsUpperStart(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return IsAsciiUpper(w[0]) || c == 0xC3;  // "À".."Þ" start with 0xC3 0x80-0x9E
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
  static const std::array<std::string_view, 12> kDet = {"the", "a", "an", "this", "that", "these",
                                                        "those", "our", "your", "their", "its", "my"};
  for (std::string_view d : kDet) {
    if (w == d) return true;
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
      if (info[i].given == 0 || IsInitial(words[j].text)) continue;
      // A word that is only a rare given name ("San", "Merry") starts no name.
      if (info[i].is_word && info[i].given <= 2) continue;
      bool middle_ok = true;
      for (size_t k = i + 1; k < j; ++k) middle_ok &= info[k].known() || IsInitial(words[k].text);
      if (!middle_ok) continue;
      const NameInfo& f = info[i];
      const NameInfo& l = info[j];
      double score = 0.85;
      std::string reason = "given name + surname";
      if (l.surname == 0) {
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
      return AcceptSpan(words, i, j, score, reason);
    }
  }
  return Verdict::Reject();
}

// person_title: the words after the title.
Verdict ValidateTitled(const Candidate& c) {
  std::vector<Word> words = SplitWords(c.text);
  if (words.size() < 2) return Verdict::Reject();
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
};

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
  std::vector<NameInfo> info;
  for (const Word& w : words) info.push_back(Lookup(w.text));
  const NameInfo& f = info[0];
  const bool cap = IsUpperStart(words[0].text);
  double score = 0;
  switch (strength) {
    case CueStrength::kIntroduction:
      if (cap) score = f.known() ? (f.is_word ? 0.75 : 0.9) : 0.7;
      else if ((f.given >= 2 || f.surname >= 3) && !f.is_word) score = 0.85;
      else if (f.given >= 3) score = 0.7;  // "call me will"
      break;
    case CueStrength::kSelf:
      if (f.given > 0 && !f.is_word) score = 0.8;
      else if (f.known() && words.size() > 1 && info[1].surname > 0) score = 0.7;
      break;
    case CueStrength::kGreeting:
      if (cap && f.given > 0 && !f.is_word) score = 0.8;
      else if (cap && f.given >= 3) score = 0.6;
      else if (!cap && f.given >= 3 && !f.is_word) score = 0.7;
      break;
  }
  if (score <= 0) return Verdict::Reject();
  // Extend over following name words of the same case style.
  size_t last = 0;
  for (size_t i = 1; i < words.size(); ++i) {
    const bool wcap = IsUpperStart(words[i].text);
    if (wcap != cap) break;
    if (!info[i].known() && !(cap && strength != CueStrength::kGreeting)) break;
    if (!cap && info[i].is_word && info[i].surname < 2) break;
    last = i;
  }
  return AcceptSpan(words, 0, last, score, "cue '" + AsciiLower(c.text.substr(0, cue)) + "'");
}

// person_lone_given: "...talked to Maria yesterday": the match starts with
// the letter and space before the name.
Verdict ValidateLoneGiven(const Candidate& c) {
  if (c.text.size() < 4) return Verdict::Reject();
  std::string_view name = c.text.substr(2);
  NameInfo info = Lookup(name);
  if (info.given < 2 || info.is_word || info.surname > info.given) return Verdict::Reject();
  // Followed by another capitalized word: a multi-word proper noun, or a
  // full name that person_full_name reports.
  if (c.after.size() >= 2 && c.after[0] == ' ' && IsUpperStart(c.after.substr(1))) return Verdict::Reject();
  std::string_view head = c.text.substr(0, 1);
  std::string prev = head == "," ? std::string() : PreviousWord(std::string(c.before) + std::string(head));
  if (IsDeterminer(prev)) return Verdict::Reject();
  Verdict v = Verdict::Accept("given name inside a sentence", 0.6);
  v.sub_begin = 2;
  return v;
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

const std::string kTitles = "(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Madam|Rev|Capt|Sgt|Judge)";

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

  out.push_back({
      .id = "person_full_name",
      .entity_type = "PERSON",
      .regex = "\\b" + cw + "(?: " + upper + "\\.)?(?: " + cw + "){1,2}\\b",
      .score = 0.85,
      .validate = ValidateFullName,
      .context = kPersonContext,
  });

  out.push_back({
      .id = "person_title",
      .entity_type = "PERSON",
      .regex = "\\b" + kTitles + "\\.? " + cw + "(?: " + cw + "){0,2}\\b",
      .prefilter = "\\b" + kTitles + "\\.? " + upper,
      .score = 0.85,
      .validate = ValidateTitled,
      .context = kPersonContext,
  });

  static const std::vector<std::string> kIntroCues = {
      "my name is", "my name's", "my name’s", "his name is", "her name is", "their name is", "name is",
      "call me", "i go by", "named", "name:", "nombre es", "me llamo"};
  out.push_back({
      .id = "person_introduced",
      .entity_type = "PERSON",
      .regex = "\\b" + Alternation(kIntroCues) + " {1,3}" + aw + "(?: " + aw + "){0,2}\\b",
      .flags = matching::kCaseless,
      .prefilter = "\\b" + Alternation(kIntroCues) + " {1,3}[a-z]",
      .score = 0.85,
      .validate = [](const Candidate& c) { return ValidateAfterCue(c, kIntroCues, CueStrength::kIntroduction); },
  });

  static const std::vector<std::string> kSelfCues = {"i'm", "i’m", "im", "i am", "this is", "it's", "it’s", "it is", "signed", "signed by"};
  // Case-sensitive: the cue in lowercase or capitalized, the name capitalized.
  std::string self_alt = "(?:I'm|I’m|Im|I am|[Tt]his is|[Ii]t's|[Ii]t’s|[Ii]t is|[Ss]igned(?: by)?)";
  out.push_back({
      .id = "person_self_intro",
      .entity_type = "PERSON",
      .regex = "\\b" + self_alt + " " + cw + "(?: " + cw + "){0,2}\\b",
      .prefilter = "\\b" + self_alt + " " + upper,
      .score = 0.8,
      .validate = [](const Candidate& c) { return ValidateAfterCue(c, kSelfCues, CueStrength::kSelf); },
      .context = kPersonContext,
  });

  static const std::vector<std::string> kGreetingCues = {
      "hi", "hello", "hey", "dear", "thanks", "thank you", "thx", "congrats", "congratulations",
      "welcome", "good morning", "morning", "bye", "goodbye", "regards", "best regards",
      "kind regards", "warm regards", "best", "cheers", "sincerely", "yours", "yours truly",
      "love", "best wishes", "many thanks"};
  // Capitalized names after a greeting or sign-off, on the same line or the
  // next ("Regards,\nMaria Gonzalez").
  out.push_back({
      .id = "person_greeting",
      .entity_type = "PERSON",
      .regex = "\\b" + Alternation(kGreetingCues, true) +
               "(?:,? {1,3}|,?[ \\t]{0,4}\\r?\\n(?:[ \\t]{0,4}\\r?\\n)?)" + cw + "(?: " + cw + ")?\\b",
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
      .score = 0.7,
      .validate = [](const Candidate& c) {
        return ValidateAfterCue(c, kChatGreetingCues, CueStrength::kGreeting);
      },
      .context = kPersonContext,
  });

  out.push_back({
      .id = "person_lone_given",
      .entity_type = "PERSON",
      .regex = "[a-z,] " + cw + "\\b",
      .score = 0.6,
      .validate = ValidateLoneGiven,
      .context = kPersonContext,
  });
}

}  // namespace convoguard::recognizers
