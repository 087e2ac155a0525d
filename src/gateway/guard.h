// The gateway's policy enforcement on OpenAI documents, without networking:
// the request pass (scan every text, block or pseudonymize / redact), the
// response pass (restore placeholders, then handle what the model produced
// itself), and the same for a stream of server-sent events.
//
// Order on the way back: placeholders are restored first, then the text is
// scanned; a finding whose value the request's vault holds is the user's own
// value coming back and passes. Everything else is new, and gets the output
// policy. Output "pseudonymize" uses a vault of its own (never restored), so
// a placeholder the gateway invents for the model's output can never be
// turned into one of the user's values.
//
// Thread safety: Guards is immutable and shared (its score cache locks
// itself); a StreamGuard belongs to one response.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "config/gateway_config.h"
#include "convoguard/analyzer.h"
#include "convoguard/anonymizer.h"
#include "convoguard/injection.h"
#include "convoguard/pseudonym_vault.h"
#include "gateway/score_cache.h"
#include "openai/stream_chunk.h"
#include "openai/wire.h"
#include "policy/policy.h"

namespace convoguard::gateway {

using config::Direction;

// One decision, for metrics and the structured log. Never holds a value.
struct GuardEvent {
  Direction direction = Direction::kInput;
  std::string detector;     // "secrets", "pii", "invisible_text", ...
  std::string entity_type;
  std::string recognizer;   // the rule that fired
  config::Action action = config::Action::kAllow;
  double score = 0;
  std::string field;        // e.g. "messages[1].content"
};

// The analyzer, the compiled policies and one anonymizer per policy and
// direction (operators from the policy's actions), built once at start-up.
class Guards {
 public:
  static Result<std::shared_ptr<const Guards>> Create(const config::GatewayConfig& config,
                                                      std::shared_ptr<const Analyzer> analyzer);
  const Analyzer& analyzer() const { return *analyzer_; }
  const InjectionGuard& injection() const { return *injection_; }
  // Scores of texts this process has scored already (score_cache.h).
  const ScoreCache& score_cache() const { return score_cache_; }
  const policy::PolicySet& policies() const { return *policies_; }
  // REQUIRES: `p` belongs to policies().
  const Anonymizer& AnonymizerFor(const policy::Policy& p, Direction d) const;

 private:
  Guards() = default;
  std::shared_ptr<const Analyzer> analyzer_;
  std::shared_ptr<const InjectionGuard> injection_;
  ScoreCache score_cache_;
  std::shared_ptr<const policy::PolicySet> policies_;
  std::map<std::pair<const policy::Policy*, int>, std::unique_ptr<const Anonymizer>> anonymizers_;
};

// The outcome of a pass. When `blocked`, status/code/message make the error
// response (403 for a policy block, 503 when a detector could not run and
// the policy fails closed); the message names the detector, entity type,
// rule and field, never the value.
struct Verdict {
  bool blocked = false;
  unsigned status = 200;
  std::string code;
  std::string message;
  std::string param;
  std::vector<GuardEvent> events;
};

// System-prompt leak protection for one request: the system prompt as the
// client sent it, and the canary token the gateway added to it. Empty when
// the output policy allows leaks (then nothing is added or watched).
struct LeakWatch {
  std::string system_prompt;
  std::string canary;
  std::string cache_scope;  // the tenant: LeakScanner::Create's cache scope
  bool active() const { return !canary.empty(); }
};

// Scans every slot and rewrites it in place (pseudonymize with `vault`,
// redact). System prompts are skipped when the policy exempts them; tool
// results get the tool_results policy. User messages and tool results are
// also scored by the prompt-injection, jailbreak and harmful-request
// detectors (tool results as documents: indirect injection). With `leak`,
// the first system message gets a canary line appended and `leak` is filled.
// Scores come from guards.score_cache() when the same text was scored before
// under the same `cache_scope` (the gateway passes the tenant).
Verdict GuardRequest(const Guards& guards, const policy::Policy& policy, std::vector<openai::TextSlot>& slots,
                     PseudonymVault& vault, LeakWatch* leak = nullptr, std::string_view cache_scope = {});

// A whole (non-streamed) response body: restores placeholders, applies the
// output policy. A blocking finding cuts that choice's text at the finding
// and sets its finish_reason to "content_filter" (the answer is cut off
// cleanly, as a stream would be); the verdict then says blocked, with 200.
// With an active `leak`, a choice that repeats the canary or a long run of
// the system prompt is cut off the same way (the canary always; a verbatim
// run when system_prompt_leak is block).
Verdict GuardResponse(const Guards& guards, const policy::Policy& policy, nlohmann::json& body,
                      const PseudonymVault& vault, const LeakWatch* leak = nullptr);

// One text of a whole answer (ResponseTexts' order, wire.h), guarded in
// place by GuardAnswerTexts: `text` becomes what the client gets; `cut`:
// the text was cut off, its choice must finish with "content_filter".
struct AnswerText {
  std::string text;
  bool is_json_arguments = false;  // a tool call's arguments
  bool cut = false;
};

// GuardResponse on the answer's texts alone, without a document: the same
// restore, findings, edits and cuts (GuardResponse is this on
// ResponseTexts' slots).
Verdict GuardAnswerTexts(const Guards& guards, const policy::Policy& policy, std::vector<AnswerText>& texts,
                         const PseudonymVault& vault, const LeakWatch* leak = nullptr);

// A whole answer as the upstream sent it, guarded.
struct GuardedAnswer {
  bool malformed = false;     // not a JSON object: nothing else is set
  Verdict verdict;            // blocked with status != 200: `body` is not set
  std::string body;           // the answer for the client
  std::string upstream_text;  // its texts as the model wrote them, for the store
  openai::Usage usage;
};

// GuardResponse from the upstream's bytes. The texts and usage are read in
// place (openai::ChunkReader::ReadCompletion), guarded as texts, and spliced
// back into the upstream's bytes; a document is built only when a text is
// cut (its finish_reason changes) or for JSON the reader leaves to the
// document path. When the guard changed nothing but texts the body is the
// upstream's bytes with those texts' literals replaced, else the document
// re-serialized: the same answer, byte for byte, on both paths.
// `read_in_place` false: the document path for every answer (tests compare).
GuardedAnswer GuardAnswer(const Guards& guards, const policy::Policy& policy, std::string_view upstream,
                          const PseudonymVault& vault, const LeakWatch* leak = nullptr, bool read_in_place = true);

// A streamed response: feed it the upstream's bytes as they come, send what
// it appends to `out`. It keeps the stream a valid OpenAI stream: when the
// policy stops it, it ends with a chunk whose finish_reason is
// "content_filter", then "data: [DONE]"; when the upstream fails, with an
// error event, then [DONE]. It holds back only what a pending match or a
// partial placeholder needs.
class StreamGuard {
 public:
  // `leak` (may be null) must outlive the guard.
  StreamGuard(const Guards& guards, const policy::Policy& policy, const PseudonymVault& vault,
              const LeakWatch* leak = nullptr);
  ~StreamGuard();
  StreamGuard(const StreamGuard&) = delete;
  StreamGuard& operator=(const StreamGuard&) = delete;

  void Feed(std::string_view upstream_bytes, std::string& out);
  // The upstream ended. `error` empty: it ended cleanly (a missing [DONE] is
  // added); otherwise the stream is closed with an error event naming it.
  void Finish(const std::string& error, std::string& out);
  bool done() const { return done_; }
  // Some text of the answer has been released to `out` (not only role,
  // tool-call headers or held-back events).
  bool released_text() const { return released_text_; }
  bool blocked() const { return blocked_; }
  // The answer's text as the upstream sent it (placeholders in place of the
  // user's values), for the conversation store.
  const std::string& upstream_text() const { return upstream_text_; }
  const std::vector<GuardEvent>& events() const { return events_; }
  // Ordinary events are read in place and their texts spliced into the
  // upstream's bytes (openai/stream_chunk.h); the rest are parsed into a
  // document and re-serialized. Both give the same stream (the same
  // documents; the same bytes for compact, key-sorted events). False: the
  // full path for every event (tests compare the two).
  void set_fast_events(bool on) { fast_events_ = on; }

 private:
  struct Piece;
  Piece& PieceFor(const std::string& key, bool json_arguments);
  // One text of a chunk: `in` is the upstream's, `text` becomes what may be
  // sent now. False: the stream was ended (`out` has its end).
  bool TakeText(const std::string& key, size_t choice, int tool_index, bool completion_text, bool json_arguments,
                std::string_view in, std::string& text, bool& now_empty, std::string& out);
  void FeedFull(const std::string& data, std::string& out);
  void FeedFast(std::string_view data, std::string& out);
  // Runs released text through the piece's leak scanner; false = stop.
  bool LeakStage(Piece& p, std::string& text, bool final);
  void Stop(size_t choice, std::string& out);
  void Flush(nlohmann::json& chunk, size_t choice, std::string& out);
  void Emit(const nlohmann::json& chunk, std::string& out);

  const Guards& guards_;
  const policy::Policy& policy_;
  const PseudonymVault& vault_;
  const LeakWatch* leak_;
  PseudonymVault output_vault_{"output"};
  openai::SseParser parser_;
  std::vector<openai::SseEvent> sse_events_;
  bool fast_events_ = true;
  openai::ChunkReader reader_;
  openai::RawChunk raw_;
  std::vector<std::string> texts_;
  std::map<std::string, std::unique_ptr<Piece>> pieces_;
  Piece* last_piece_ = nullptr;  // pieces_[last_key_], PieceFor's shortcut
  std::string last_key_;
  // The first chunk, for chunks the guard writes itself: parsed from
  // template_event_ (the first event as it came, when it took the fast
  // path) only when such a chunk is written.
  std::unique_ptr<nlohmann::json> template_;
  std::string template_event_;
  const nlohmann::json* Template();
  std::vector<GuardEvent> events_;
  bool done_ = false;
  bool released_text_ = false;
  bool blocked_ = false;
  std::string block_message_;
  std::string upstream_text_;
};

}  // namespace convoguard::gateway
