// Rules that generalise beyond the training data. They read the canonical
// words of features.h (so case, homoglyphs, leetspeak and invisible
// characters do not hide them) and report spans with a score per detector.
//
// Thread safety: pure functions over immutable tables.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "convoguard/injection.h"
#include "injection/features.h"

namespace convoguard::injection {

// Phrase rules over canonical words: instruction override, prompt
// extraction, persona / restriction-removal setups, fake role markers.
void PhraseHeuristics(std::string_view text, const std::vector<Token>& tokens, const std::vector<std::string>& words,
                      std::vector<InjectionSpan>& out);

// GCG-style adversarial suffixes: runs of tokens whose character mix is
// unlike prose or code (interior case flips, letters glued to brackets,
// scripts mixed inside a token, lone brackets).
void CharacterDistributionHeuristics(std::string_view text, std::vector<InjectionSpan>& out);

// The harm category with the most lexicon evidence, kNone without any.
HarmCategory CategoryOf(const std::vector<std::string>& words);

}  // namespace convoguard::injection
