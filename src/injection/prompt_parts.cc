#include "injection/prompt_parts.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

namespace convoguard::injection {
namespace {

// Processing verbs, in their canonical forms (CanonicalWord: Cyrillic
// letters that look Latin are read as Latin): what a user asks to be done to
// a text of someone else's rather than asks for.
const std::unordered_set<std::string>& ProcessingVerbs() {
  static const auto* v = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view w : {
      "translate", "translating", "summarize", "summarise", "summarizing", "summarising", "summary", "tldr",
      "rewrite", "rephrase", "paraphrase", "reword", "proofread", "correct", "polish", "simplify", "edit",
      "reformat", "format", "transcribe", "convert",
      // German, Spanish, French, Italian, Portuguese, Dutch, Polish, Russian, Turkish, Indonesian
      "übersetze", "übersetzen", "übersetz", "zusammenfassen", "fasse", "umschreiben", "korrigiere",
      "traduce", "traducir", "tradúceme", "traduzca", "resume", "resumir", "reescribe", "corrige", "parafrasea",
      "traduis", "traduire", "traduisez", "résume", "résumez", "résumer", "reformule", "réécris", "corriger",
      "traduci", "tradurre", "riassumi", "riscrivi", "correggi", "traduza", "traduzir", "resuma", "reescreva",
      "vertaal", "vertalen", "samenvatten", "herschrijf", "przetłumacz", "streść", "przepisz", "popraw",
      "переведи", "перевести", "переведите", "перефразируй", "перепиши", "исправь", "перескажи",
      "çevir", "özetle", "terjemahkan", "ringkas", "ringkaskan"}) {
      set->insert(CanonicalWord(w));
    }
    return set;
  }();
  return *v;
}

bool IsColon(std::string_view t) { return t == ":" || t == "\xEF\xBC\x9A"; }  // ":" or fullwidth "："

bool OpensQuote(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xC2\xAB" || t == "\xE2\x80\x9E" || t == "'" ||
         t == "\xE2\x80\x98";  // " “ « „ ' ‘
}

// Whether a sentence ends between tokens i-1 and i.
bool SentenceBreakBefore(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  const Token& p = tokens[i - 1];
  for (size_t b = p.end; b < tokens[i].begin; ++b) {
    if (text[b] == '\n') return true;
  }
  const char c = text[p.begin];
  return !p.word && (c == '.' || c == '!' || c == '?') && p.end < tokens[i].begin;  // a space follows
}

size_t WordsIn(const std::vector<Token>& tokens, size_t b, size_t e) {
  size_t n = 0;
  for (size_t i = b; i < e; ++i) n += tokens[i].word;
  return n;
}

}  // namespace

TokenRange WrappedPayload(std::string_view text, const std::vector<Token>& tokens,
                          const std::vector<std::string>& words, size_t max_tokens) {
  const size_t n = tokens.size();
  const auto& verbs = ProcessingVerbs();
  bool verb = false;
  for (size_t i = 0; i < n && i < kWrapperLeadTokens; ++i) {
    if (i > 0 && SentenceBreakBefore(text, tokens, i)) verb = false;
    if (tokens[i].word) {
      verb |= verbs.count(words[i]) > 0;
      continue;
    }
    const std::string_view t = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    const bool opens = OpensQuote(t) && (tokens[i].begin == 0 || text[tokens[i].begin - 1] == ' ');
    if (!verb || !(IsColon(t) || opens)) continue;
    const size_t b = i + 1;
    if (n - b <= max_tokens && WordsIn(tokens, b, n) >= kMinPayloadWords) return {b, n};
    return {};
  }
  return {};
}

}  // namespace convoguard::injection
