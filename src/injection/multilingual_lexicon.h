// The phrase lexicon of MultilingualHeuristics (heuristics.h): attack
// phrases broken into concepts ("ignore", "previous", "instructions",
// "system prompt", "without restrictions" ...) in 17 languages besides
// English, as data. The rules combine concepts within a sentence, so a new
// word order or a new combination of the same parts is caught without being
// listed.
//
// Thread safety: immutable data.
#pragma once

#include <cstdint>
#include <span>

namespace convoguard::injection::ml {

// Concepts, as bits: a phrase may carry several ("todo lo anterior" is
// prior content and what it said).
enum Concept : uint32_t {
  kOverride = 1u << 0,    // ignore, forget, disregard, stop following
  kPrior = 1u << 1,       // previous, above, earlier, until now
  kInstr = 1u << 2,       // instructions, rules, guidelines, directives, prompt
  kSetupQual = 1u << 3,   // hidden, secret, confidential, initial, the developer's
  kSysPrompt = 1u << 4,   // the system prompt as one noun ("prompt del sistema", "系统提示词")
  kReveal = 1u << 5,      // show, print, repeat, reveal, write out, tell me
  kVerbatim = 1u << 6,    // word for word, verbatim, without summarising
  kGiven = 1u << 7,       // given to you, you received, the developer gave you
  kYour = 1u << 8,        // second-person possessives
  kUnbound = 1u << 9,     // without restrictions / filters / censorship / rules; unfiltered
  kDisabled = 1u << 10,   // disabled, deactivated, suspended, lifted
  kLimit = 1u << 11,      // restrictions, filters, censorship, safety rules (what is disabled)
  kPersona = 1u << 12,    // from now on you are, pretend to be, act as, play the role
  kMode = 1u << 13,       // developer mode, god mode
  kNoRefuse = 1u << 14,   // without refusing, never refuse, answer everything
  kConceal = 1u << 15,    // don't tell the user, don't mention this message
  kFakeSystem = 1u << 16, // a system, operator or developer message typed in
  kAction = 1u << 17,     // an action with effect: send, forward, delete, export, pay
  kNoteToAi = 1u << 18,   // an AI addressed as the recipient: "para la IA", "致AI助手"
  kDefine = 1u << 19,     // a question about a term: what is, was ist, 什么是
  kDefend = 1u << 20,     // protect, detect, prevent, defend
  kWithout = 1u << 21,    // sin, ohne, без, tanpa ...: with a kLimit word within four words, kUnbound
  kHowTo = 1u << 22,      // a request for a method or an artefact: how to make, write me, the steps
  kHarmObject = 1u << 23, // what a severe harm is done with: a bomb, ransomware, methamphetamine, a poison
  kHarmToPerson = 1u << 24, // kill, poison, kidnap (a person)
  kSelfHarm = 1u << 25,   // a method of killing oneself asked for
  kHarmSafe = 1u << 26,   // history, why, news, treatment: a reader's, a student's or a carer's question
  kPerson = 1u << 27,     // someone, a husband, a neighbour: whom kHarmToPerson is done to
};

// One row: concepts and phrases separated by '|'; words separated by
// spaces, written as the featurizer's canonical words (lower case; "l'ia"
// is "l ia", "ki-agent" is "ki agent"); a trailing '*' makes a word a stem
// (a prefix of the text's word). Words in Arabic script or in the Chinese,
// Japanese and Korean scripts are always stems, and the first word of such
// a phrase may start inside a text word (no spaces, attached particles).
struct LexiconRow {
  uint32_t concepts;
  const char* phrases;
};

std::span<const LexiconRow> Lexicon();

}  // namespace convoguard::injection::ml
