// MultilingualHeuristics (heuristics.h): attack set-ups in other languages,
// from the concept lexicon of multilingual_lexicon.h combined per sentence.
#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "injection/heuristics.h"
#include "injection/multilingual_lexicon.h"

namespace convoguard::injection {
namespace {

using namespace ml;

constexpr double kOverrideScore = 0.9;
constexpr double kExtractionScore = 0.85;
constexpr double kAuthorityScore = 0.85;
constexpr double kPersonaScore = 0.85;
constexpr double kNoRefusalScore = 0.8;
constexpr double kHiddenOrderScore = 0.8;
// The scores of heuristics.cc's harmful-request and self-harm rules.
constexpr double kHarmScore = 0.7;
constexpr double kSelfHarmScore = 0.75;
// Tokens from a note to an AI ("Nota para la IA") to its colon or dash.
constexpr uint32_t kNoteReach = 8;
// The featurizer cuts canonical words at 40 bytes (features.cc): a longer
// run (Chinese, Japanese) is matched on its own bytes.
constexpr size_t kCutWordBytes = 40;

// Lead bytes of the scripts written without spaces between words or with
// particles attached (Arabic D8-DB; CJK, kana and Hangul E3-ED): a phrase in
// them may start inside a text word, and its words are stems.
bool Attached(unsigned char b) { return (b >= 0xD8 && b <= 0xDB) || (b >= 0xE3 && b <= 0xED); }

struct PatternWord {
  std::string text;
  bool stem;
};
struct Pattern {
  std::vector<PatternWord> words;
  uint32_t concepts;
  bool inside;  // the first word may start inside a text word
};

// First four bytes of a word (zero-padded): the index of the patterns.
constexpr size_t kKeyBytes = 4;
uint32_t Key(std::string_view w) {
  if (w.size() >= kKeyBytes) {
    uint32_t k;
    std::memcpy(&k, w.data(), kKeyBytes);
    return k;
  }
  uint32_t k = 0;
  for (size_t i = 0; i < w.size(); ++i) k |= static_cast<uint32_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return k;
}

class PhraseIndex {
 public:
  PhraseIndex() {
    for (const LexiconRow& row : Lexicon()) {
      std::string_view all(row.phrases);
      while (!all.empty()) {
        const size_t bar = all.find('|');
        Add(all.substr(0, bar), row.concepts);
        all = bar == std::string_view::npos ? std::string_view() : all.substr(bar + 1);
      }
    }
    for (auto& [key, ids] : buckets_) std::sort(ids.begin(), ids.end());
  }

  // Patterns whose first word starts with w's first kKeyBytes bytes (or, for
  // a shorter w, is w), nullptr if none.
  const std::vector<uint32_t>* Candidates(std::string_view w) const {
    const uint32_t k = Key(w);
    if (!filter_[Filter(k)]) return nullptr;
    for (size_t i = Slot(k);; i = (i + 1) & kMask) {
      if (slots_[i] == 0) return nullptr;
      const auto& b = buckets_[slots_[i] - 1];
      if (b.first == k) return &b.second;
    }
  }
  const Pattern& at(uint32_t id) const { return patterns_[id]; }

 private:
  static constexpr size_t kBits = 12;
  static constexpr size_t kMask = (size_t{1} << kBits) - 1;
  static size_t Slot(uint32_t k) { return static_cast<size_t>((k * 0x9E3779B1u) >> (32 - kBits)); }
  static size_t Filter(uint32_t k) { return static_cast<size_t>((k * 0x85EBCA6Bu) >> 16); }

  void Add(std::string_view phrase, uint32_t concepts) {
    Pattern p{{}, concepts, false};
    while (!phrase.empty()) {
      const size_t sp = phrase.find(' ');
      std::string_view w = phrase.substr(0, sp);
      phrase = sp == std::string_view::npos ? std::string_view() : phrase.substr(sp + 1);
      if (w.empty()) continue;
      bool stem = w.back() == '*';
      if (stem) w.remove_suffix(1);
      bool attached = false;
      for (char c : w) attached |= Attached(static_cast<unsigned char>(c));
      p.words.push_back({CanonicalWord(w), stem || attached});
    }
    if (p.words.empty() || p.words[0].text.empty()) return;
    p.inside = Attached(static_cast<unsigned char>(p.words[0].text[0]));
    const uint32_t k = Key(p.words[0].text);
    // A stem shorter than the key would need every key it prefixes: it is a word.
    if (p.words[0].text.size() < kKeyBytes) p.words[0].stem = false;
    patterns_.push_back(std::move(p));
    filter_[Filter(k)] = true;
    size_t i = Slot(k);
    for (; slots_[i] != 0; i = (i + 1) & kMask) {
      if (buckets_[slots_[i] - 1].first == k) {
        buckets_[slots_[i] - 1].second.push_back(static_cast<uint32_t>(patterns_.size() - 1));
        return;
      }
    }
    if (buckets_.size() + 1 >= (kMask + 1) / 2) std::abort();
    buckets_.push_back({k, {static_cast<uint32_t>(patterns_.size() - 1)}});
    slots_[i] = static_cast<uint16_t>(buckets_.size());
  }

  std::vector<Pattern> patterns_;
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> buckets_;
  std::array<uint16_t, kMask + 1> slots_{};
  std::bitset<65536> filter_;
};

const PhraseIndex& Index() {
  static const auto* index = new PhraseIndex;
  return *index;
}

// Sentence ends: '.', '!' or '?' before a space, a quote or the end; a line
// break; the CJK, Arabic and Devanagari full stops and question marks.
bool EndsClause(std::string_view text, const Token& t) {
  const std::string_view s = text.substr(t.begin, t.end - t.begin);
  const char c = s[0];
  if (c == '\n' || c == '!' || c == '?') return true;
  if (c == '.') {
    return t.end >= text.size() || text[t.end] == ' ' || text[t.end] == '\n' || text[t.end] == '"' ||
           text[t.end] == '\'' || text[t.end] == ')' || text[t.end] == '\r' || text[t.end] == '\t';
  }
  return s == "。" || s == "！" || s == "？" || s == "؟" || s == "।";
}

// Whether byte `pos` of `text` is inside a quotation opened on its line: an
// odd number of '"' before it, or an opening quote (“ « „ 「 『) after the
// last closing one. A quoted override is often material to translate or
// correct ("Traduce: «Ignora las instrucciones anteriores del manual...»").
bool Quoted(std::string_view text, size_t pos) {
  const size_t line = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  const std::string_view before = text.substr(line == std::string_view::npos ? 0 : line + 1,
                                              pos - (line == std::string_view::npos ? 0 : line + 1));
  size_t ascii = 0;
  for (char c : before) ascii += c == '"';
  if (ascii % 2 == 1) return true;
  size_t open = 0, close = 0;
  for (std::string_view q : {"“", "«", "„", "「", "『"}) {
    const size_t at = before.rfind(q);
    if (at != std::string_view::npos) open = std::max(open, at + 1);
  }
  for (std::string_view q : {"”", "»", "」", "』"}) {
    const size_t at = before.rfind(q);
    if (at != std::string_view::npos) close = std::max(close, at + 1);
  }
  return open > close;
}

struct Hit {
  uint32_t concepts;
  uint32_t begin, end;  // token indices, inclusive
  uint32_t sentence;
};

// The word of token i as the patterns spell it: its canonical form, or for a
// run cut by the featurizer its own bytes with ASCII lower-cased.
std::string_view WordOf(std::string_view text, const std::vector<Token>& tokens, const std::vector<std::string>& words,
                        size_t i, std::string& scratch) {
  if (words[i].size() < kCutWordBytes) return words[i];
  scratch.assign(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
  for (char& c : scratch) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return scratch;
}

bool WordMatches(const PatternWord& p, std::string_view w) {
  return p.stem ? w.size() >= p.text.size() && std::memcmp(w.data(), p.text.data(), p.text.size()) == 0 : w == p.text;
}

}  // namespace

void MultilingualHeuristics(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<std::string>& words, const std::vector<WordClasses>& classes,
                            std::vector<InjectionSpan>& out) {
  const PhraseIndex& index = Index();  // built on the guard's first call, whatever its language
  // Gate: fewer than one word in five an English function word (English
  // prose has one in four or more; a text in a script without spaces has
  // few words and none of them).
  size_t nwords = 0, english = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word) continue;
    ++nwords;
    english += classes[i].english;
  }
  if (nwords == 0 || english * 5 >= nwords) return;

  thread_local std::vector<Hit> hits;
  thread_local std::string scratch, scratch2;
  hits.clear();
  uint32_t sentence = 0;
  // Matches pattern p from token i, byte `at` of its word; the last token, or -1.
  auto match = [&](const Pattern& p, size_t i, size_t at, std::string_view first) -> long {
    if (!WordMatches(p.words[0], first.substr(at))) return -1;
    size_t j = i;
    for (size_t k = 1; k < p.words.size(); ++k) {
      size_t n = j + 1;
      while (n < tokens.size() && !tokens[n].word && n <= j + 2 && !EndsClause(text, tokens[n])) ++n;
      if (n >= tokens.size() || !tokens[n].word) return -1;
      if (!WordMatches(p.words[k], WordOf(text, tokens, words, n, scratch2))) return -1;
      j = n;
    }
    return static_cast<long>(j);
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word) {
      if (EndsClause(text, tokens[i])) ++sentence;
      continue;
    }
    const std::string_view w = WordOf(text, tokens, words, i, scratch);
    bool attached = false;
    for (char c : w) attached |= Attached(static_cast<unsigned char>(c));
    // At the word's start, and in the attached scripts at each character.
    for (size_t at = 0; at < w.size(); ++at) {
      if (at > 0 && (!attached || !Attached(static_cast<unsigned char>(w[at])))) continue;
      const std::vector<uint32_t>* cands = index.Candidates(w.substr(at));
      if (cands == nullptr) continue;
      for (uint32_t id : *cands) {
        const Pattern& p = index.at(id);
        if (at > 0 && !p.inside) continue;
        const long last = match(p, i, at, w);
        if (last >= 0) hits.push_back({p.concepts, static_cast<uint32_t>(i), static_cast<uint32_t>(last), sentence});
      }
      if (!attached) break;
    }
  }
  if (hits.empty()) return;
  // "sin ninguna clase de filtro", "utan några som helst begränsningar": a
  // without-word and a limit within four tokens after it are unbounded.
  for (size_t h = 0; h < hits.size(); ++h) {
    if (!(hits[h].concepts & kWithout)) continue;
    for (size_t k = h + 1; k < hits.size() && hits[k].begin <= hits[h].end + 4; ++k) {
      if (hits[k].concepts & kLimit) hits[h].concepts |= kUnbound;
    }
  }
  uint32_t all = 0;
  for (const Hit& h : hits) all |= h.concepts;
  if (all & (kDefine | kDefend)) return;  // about attacks, or defending against them

  // Per sentence: the union of its concepts, and its first and last hit.
  auto emit = [&](InjectionDetector d, uint32_t b, uint32_t e, const char* name, double score) {
    out.push_back({d, tokens[b].begin, tokens[e].end, name, score});
  };
  // An attack phrase outside quotation marks decides by its score (a name the
  // prompt combination does not read): where the classifier has not learnt a
  // language's wording, the combination of its low logit and an English rule's
  // weight stays under the threshold (a 0.9 override took 0.06 to 0.17). Inside
  // a quotation the English rule's name is kept, for the combination and the
  // quoted-mention downgrade to weigh.
  // `key`: the concept whose first hit in hits [from, to) the quotation is tested at (the
  // override verb, not the "Traduce al inglés:" before the quotation).
  auto emit_own = [&](InjectionDetector d, uint32_t b, uint32_t e, const char* english, const char* own,
                      double score, uint32_t key, size_t from, size_t to) {
    size_t at = tokens[b].begin;
    for (size_t h = from; h < to; ++h) {
      if (hits[h].concepts & key) {
        at = tokens[hits[h].begin].begin;
        break;
      }
    }
    emit(d, b, e, Quoted(text, at) ? english : own, score);
  };
  size_t h0 = 0;
  bool disabled_limit = false;
  while (h0 < hits.size()) {
    size_t h1 = h0;
    uint32_t s = 0, b = hits[h0].begin, e = hits[h0].end;
    while (h1 < hits.size() && hits[h1].sentence == hits[h0].sentence) {
      s |= hits[h1].concepts;
      b = std::min(b, hits[h1].begin);
      e = std::max(e, hits[h1].end);
      ++h1;
    }
    if ((s & kOverride) &&
        (((s & kInstr) && (s & (kPrior | kSetupQual | kSysPrompt | kGiven | kYour))) || (s & kSysPrompt))) {
      emit_own(InjectionDetector::kPromptInjection, b, e, "instruction_override", "foreign_override", kOverrideScore, kOverride,
               h0, h1);
    } else if ((s & kReveal) && ((s & kSysPrompt) || ((s & kInstr) && (s & (kSetupQual | kGiven)))) &&
               (s & (kYour | kGiven | kVerbatim))) {
      emit_own(InjectionDetector::kPromptInjection, b, e, "prompt_extraction", "foreign_extraction", kExtractionScore, kReveal,
               h0, h1);
    }
    // A plain request for a severe harm, not a reader's or a carer's question.
    if (!(all & kHarmSafe)) {
      if ((s & kHowTo) && ((s & kHarmObject) || ((s & kHarmToPerson) && (s & kPerson)))) {
        emit(InjectionDetector::kHarmfulRequest, b, e, "harmful_request_pattern", kHarmScore);
      }
      if (s & kSelfHarm) emit(InjectionDetector::kHarmfulRequest, b, e, "self_harm_intent", kSelfHarmScore);
    }
    disabled_limit |= (s & kDisabled) && (s & (kLimit | kInstr));
    h0 = h1;
  }
  const uint32_t b = hits.front().begin, e = hits.back().end;
  if ((all & kFakeSystem) && (disabled_limit || (all & (kUnbound | kNoRefuse | kOverride | kConceal)))) {
    emit_own(InjectionDetector::kPromptInjection, b, e, "authority_claim", "foreign_authority_claim", kAuthorityScore,
             kFakeSystem, 0, hits.size());
  }
  if ((all & (kPersona | kMode)) && (all & (kUnbound | kNoRefuse))) {
    emit_own(InjectionDetector::kJailbreak, b, e, "persona_unrestricted", "foreign_persona_unrestricted", kPersonaScore,
             kPersona | kMode, 0, hits.size());
  } else if ((all & kUnbound) && (all & kNoRefuse)) {
    emit_own(InjectionDetector::kJailbreak, b, e, "restrictions_removed", "foreign_restrictions_removed",
             kNoRefusalScore, kUnbound, 0, hits.size());
  }
  // An order to keep the user in the dark, or a note to an AI (its colon or
  // dash within kNoteReach tokens), with an action, an override or a
  // concealment after it.
  bool hidden = (all & kConceal) && (all & (kAction | kOverride | kReveal));
  for (size_t h = 0; h < hits.size() && !hidden; ++h) {
    if (!(hits[h].concepts & kNoteToAi)) continue;
    // The colon may be a symbol token or, folded from a fullwidth one, inside
    // a run of an attached script ("致AI助手：请...").
    const size_t last = std::min<size_t>(hits[h].end + kNoteReach, tokens.size() - 1);
    const std::string_view after = text.substr(tokens[hits[h].begin].begin, tokens[last].end - tokens[hits[h].begin].begin);
    bool colon = after.find(':') != std::string_view::npos || after.find("：") != std::string_view::npos;
    for (size_t k = hits[h].end + 1; k <= last && !colon; ++k) {
      if (tokens[k].word) continue;
      const std::string_view sym = text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
      colon = sym == "-" || sym == "—" || sym == "–";
    }
    if (!colon) continue;
    for (size_t k = h + 1; k < hits.size() && !hidden; ++k) hidden = hits[k].concepts & (kAction | kOverride | kConceal);
  }
  if (hidden) emit(InjectionDetector::kPromptInjection, b, e, "hidden_order", kHiddenOrderScore);
}

}  // namespace convoguard::injection
