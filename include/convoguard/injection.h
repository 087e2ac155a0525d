// Prompt-injection, jailbreak and harmful-request detection, and the library
// half of system-prompt leak protection.
//
//   auto guard = convoguard::InjectionGuard::Create();   // embedded model
//   if (!guard.ok()) ...                                  // fail closed
//   auto s = (*guard)->Score(user_text);
//   if (s.ok() && s->prompt_injection >= 0.5) ...         // 0.5 is the calibrated threshold
//
//   std::string canary = convoguard::MakeCanary();        // put into the system prompt
//   auto leak = convoguard::LeakScanner::Create(system_prompt, canary);
//   for (chunk : response) { auto u = leak->Write(chunk); release(u.safe_bytes); if (u.leaked()) cut; }
//   auto u = leak->Finish();
//
// Thread safety: an InjectionGuard is immutable after Create() and may be
// shared by any number of threads. A LeakScanner is per response stream and
// single-threaded; LeakScanner::Create may be called from any thread.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/status.h"

namespace convoguard {

enum class InjectionDetector { kPromptInjection, kJailbreak, kHarmfulRequest };
// "PROMPT_INJECTION", "JAILBREAK", "HARMFUL_REQUEST".
const char* InjectionDetectorName(InjectionDetector d);

enum class HarmCategory {
  kNone,
  kViolenceWeapons,
  kCybercrimeMalware,
  kSelfHarm,
  kSexualMinors,
  kHate,
  kIllegalDrugs,
  kFraud,
};
// "none", "violence_weapons", "cybercrime_malware", "self_harm",
// "sexual_minors", "hate", "illegal_drugs", "fraud".
const char* HarmCategoryName(HarmCategory c);

// Where a heuristic fired, in bytes of the text passed to Score(). For a
// finding inside a decoded payload (base64, hex, rot13, tag characters) the
// span covers the encoded run.
struct InjectionSpan {
  InjectionDetector detector;
  size_t begin = 0;
  size_t end = 0;
  std::string heuristic;  // e.g. "instruction_override", "base64_payload"
  double score = 0;       // that heuristic's own score, 0..1
};

struct InjectionScores {
  // 0..1 each; >= InjectionOptions::threshold means "detected". Always set.
  double prompt_injection = 0;
  double jailbreak = 0;
  double harmful_request = 0;
  // Best-matching category when harmful_request >= threshold, else kNone.
  HarmCategory harm_category = HarmCategory::kNone;
  std::vector<InjectionSpan> spans;
  // Hidden encodings that were decoded and rescanned ("base64", "hex",
  // "rot13", "tag_chars", "invisible_chars", "homoglyphs", "leetspeak").
  std::vector<std::string> encodings;
  double score(InjectionDetector d) const;
};

struct InjectionOptions {
  // The model is calibrated so that 0.5 sits at 0.5% false positives on
  // held-out benign training text (BENCHMARKS.md has the measured rates).
  // Score() never thresholds except for harm_category; must be in (0, 1).
  double threshold = 0.5;
  // Inputs larger than this are refused with kResourceExhausted.
  size_t max_input_bytes = 4u << 20;
  // Of a user task passed to Score(), only this prefix is read.
  size_t max_task_bytes = 4096;
};

// Who wrote the text. Documents (tool results, retrieved pages, emails) get
// extra rules: a sentence there that directs the assistant's output ("add
// this link to your answer") is an indirect injection, while the same words
// from the user are an ordinary request.
enum class ContentKind { kPrompt, kDocument };

class InjectionGuard {
 public:
  // From the model embedded in the library at build time
  // (data/models/injection.cgm). Fails if that model is missing or corrupt.
  // The first guard of a process also builds the rules' lexicon tables
  // (about 1.6 M instructions), so the first Score does not.
  static Result<std::shared_ptr<const InjectionGuard>> Create(InjectionOptions options = {});
  // From a model file (the format in docs/formats/injection-model.md); as Create.
  static Result<std::shared_ptr<const InjectionGuard>> CreateFromFile(const std::string& path,
                                                                      InjectionOptions options = {});
  virtual ~InjectionGuard() = default;

  // Scores one text: a user prompt, or a document / tool result (adds the
  // indirect-injection rules). Long texts are scored in overlapping windows
  // and the maximum is kept; hidden payloads are decoded and rescored.
  // A document's prompt_injection score combines the classifier with the
  // rules that fired by the model's learned weights (model format version 3;
  // docs/injection.md), so a span's own score is not a floor there; in
  // prompts, and for the other two detectors, the maximum is taken.
  // For a document, `user_task` may carry the user's request it was fetched
  // for (the last user message): a request inside the document that the
  // user did not make is then evidence of a planted task. Empty: unknown.
  // Only its first max_task_bytes are read; ignored for prompts.
  // Invalid UTF-8 is tolerated. Errors: kResourceExhausted for input larger
  // than max_input_bytes. Thread-safe; spans are byte offsets into `text`.
  virtual Result<InjectionScores> Score(std::string_view text, ContentKind kind = ContentKind::kPrompt,
                                        std::string_view user_task = {}) const = 0;
  virtual const InjectionOptions& options() const = 0;
};

// ----------------------------------------------------------- leak protection

// A fresh random canary for one system prompt: an innocuous-looking
// identifier ("ref-kq3v7m2x9d4p"), 60 bits from the OS random generator.
// Returns an error only when the random generator fails.
Result<std::string> MakeCanary();
// The canary MakeCanary makes from these 12 random bytes (5 bits of each),
// for callers that draw their randomness in bulk.
std::string CanaryFromRandom(const std::array<unsigned char, 12>& random);

struct LeakOptions {
  // A run of this many consecutive system-prompt words (after lower-casing
  // and dropping punctuation and whitespace differences) counts as a leak.
  size_t min_words = 12;
  // Near-verbatim: within a window of window_words response words, this
  // fraction of the window's word 3-grams occurs in the system prompt.
  size_t window_words = 24;
  double near_fraction = 0.75;
  // Prompts longer than this are refused.
  size_t max_prompt_bytes = 1u << 20;
};

struct LeakUpdate {
  bool canary_seen = false;
  bool prompt_leak = false;
  // Absolute offset in the response stream up to which bytes may be
  // released to the user: nothing before it can be part of a leak found
  // later. After a leak it stops at the start of the leaking run.
  uint64_t safe_bytes = 0;
  // Where the leak starts in the stream (valid when leaked()).
  uint64_t leak_begin = 0;
  bool leaked() const { return canary_seen || prompt_leak; }
};

// Watches one response stream for the canary or a run of the system prompt.
// Robust to case, whitespace and punctuation changes and to chunk splits.
class LeakScanner {
 public:
  // `canary` needs at least 8 letters or digits (MakeCanary() has 15), or
  // may be empty to watch only for the prompt. The arguments are copied
  // (hashed); they need not outlive the call. Errors: kInvalidArgument for a
  // short canary or bad options, kResourceExhausted for a huge prompt.
  //
  // The prompt's word sets are built once per distinct (cache_scope,
  // system_prompt) and kept in a small per-process cache (the last 64
  // prompts, 8 MB with the prompts themselves), so the requests of a
  // conversation, which resend the same system prompt, share them. Pass the
  // tenant (or any isolation boundary) as `cache_scope`: a cached prompt
  // makes Create faster, which callers in another scope must not observe.
  static Result<std::unique_ptr<LeakScanner>> Create(std::string_view system_prompt, std::string_view canary,
                                                     LeakOptions options = {}, std::string_view cache_scope = {});
  virtual ~LeakScanner() = default;
  // Feeds the next chunk. Once a leak is reported it stays reported.
  virtual LeakUpdate Write(std::string_view chunk) = 0;
  // End of stream: releases everything unless leaked.
  virtual LeakUpdate Finish() = 0;
};

}  // namespace convoguard
