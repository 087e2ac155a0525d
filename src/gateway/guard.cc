#include "gateway/guard.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "gateway/random_pool.h"
#include "openai/json_io.h"

namespace convoguard::gateway {

using config::Action;
using nlohmann::json;

namespace {

using openai::DumpJson;
using openai::ParseJson;

// The operator that carries out an action for one entity type.
OperatorSpec OperatorForAction(Action a, const std::string& entity_type) {
  OperatorSpec op;
  const bool invisible = entity_type == "INVISIBLE_TEXT";
  switch (a) {
    case Action::kPseudonymize:
      op.kind = invisible ? OperatorKind::kRedact : OperatorKind::kReplace;
      op.marker = "";
      break;
    case Action::kRedact:
      op.kind = OperatorKind::kRedact;
      op.marker = invisible ? "" : "[REDACTED]";
      break;
    default:
      op.kind = OperatorKind::kKeep;
      break;
  }
  return op;
}

std::string BlockMessage(const policy::Policy& p, Direction d, const policy::Decision& dec,
                         const std::vector<Finding>& findings, const std::string& field) {
  const Finding& f = findings[dec.block_finding];
  std::string where = d == Direction::kOutput ? "the model's response" : field;
  return "Blocked by policy \"" + p.name() + "\": the " + dec.block_detector + " detector found " +
         dec.block_entity + " (rule " + f.recognizer + ") in " + where + ".";
}

void Record(std::vector<GuardEvent>& events, Direction d, const Finding& f, Action a, const std::string& field) {
  if (a == Action::kAllow) return;
  events.push_back({d, Analyzer::DetectorOf(f.entity_type), f.entity_type, f.recognizer, a, f.score, field});
}

Result<ScanResult> ScanFor(const Guards& guards, const policy::Policy& policy, Direction d, const std::string& text) {
  FindingFilter filter;
  filter.threshold = policy.MinThreshold(d);
  return guards.analyzer().Scan(text, filter);
}

// A check that could not run, under a fail-closed policy: the whole request
// or response is refused.
Verdict FailClosed(Verdict& v, unsigned status, const char* code, const policy::Policy& policy, const char* what) {
  v.blocked = true;
  v.status = status;
  v.code = code;
  v.message = std::string("A check on ") + what + " could not run and policy \"" + policy.name() +
              "\" fails closed; nothing was forwarded.";
  return v;
}

// The injection model's scores for `text`, from the cache when this scope
// had the same text scored before.
Result<InjectionScores> ScoreCached(const Guards& guards, std::string_view scope, const std::string& text,
                                    ContentKind kind, std::string_view user_task) {
  ScoreCache::Key key;
  const bool keyed = ScoreCache::MakeKey(scope, kind, user_task, text, key);
  if (keyed) {
    if (auto hit = guards.score_cache().Find(key)) return std::move(*hit);
  }
  auto scores = guards.injection().Score(text, kind, user_task);
  if (scores.ok() && keyed) guards.score_cache().Insert(key, *scores);
  return scores;
}

// Scores a user message or tool result with the three document-level
// detectors; a tool result is a document, scored against `user_task` (the
// latest user message before it, empty if none). True when the request must
// stop (v then holds the error).
bool ScoreInjection(const Guards& guards, const policy::Policy& policy, Direction d, const openai::TextSlot& slot,
                    std::string_view user_task, std::string_view scope, Verdict& v) {
  const std::string& text = slot.value->get_ref<const std::string&>();
  const bool tool = slot.role == openai::TextRole::kTool;
  auto scores = ScoreCached(guards, scope, text, tool ? ContentKind::kDocument : ContentKind::kPrompt,
                            tool ? user_task : std::string_view());
  if (!scores.ok()) {
    if (policy.fail_closed()) {
      FailClosed(v, 503, "detector_unavailable", policy, "the request");
      return true;
    }
    v.events.push_back({d, "injection", "", "", Action::kLogOnly, 0, slot.path + " (not scored: fail open)"});
    return false;
  }
  const struct {
    InjectionDetector id;
    const char* name;
  } detectors[] = {{InjectionDetector::kPromptInjection, "prompt_injection"},
                   {InjectionDetector::kJailbreak, "jailbreak"},
                   {InjectionDetector::kHarmfulRequest, "harmful_request"}};
  // Every detector that fires is recorded; when several would block, the
  // one furthest above its threshold names the block (a DAN prompt that
  // also overrides instructions is reported as what it mostly is).
  // The index in v.events of the strongest block so far (events may grow).
  size_t blocking = SIZE_MAX;
  policy::ScoreDecision block;
  for (const auto& det : detectors) {
    const double score = scores->score(det.id);
    policy::ScoreDecision sd = policy.DecideScore(d, det.name, score);
    if (!sd.triggered) continue;
    std::string why = "classifier";
    for (const auto& span : scores->spans) {
      if (span.detector == det.id) {
        why = span.heuristic;
        break;
      }
    }
    if (det.id == InjectionDetector::kHarmfulRequest) why += std::string("; category ") + HarmCategoryName(scores->harm_category);
    v.events.push_back({d, det.name, InjectionDetectorName(det.id), std::move(why), sd.action, score, slot.path});
    if (sd.blocked && (blocking == SIZE_MAX || score - sd.threshold > v.events[blocking].score - block.threshold)) {
      blocking = v.events.size() - 1;
      block = sd;
    }
  }
  if (blocking == SIZE_MAX) return false;
  const GuardEvent& e = v.events[blocking];
  char num[32];
  std::snprintf(num, sizeof num, "%.2f (threshold %.2f)", e.score, block.threshold);
  v.blocked = true;
  v.status = 403;
  v.code = block.block_code;
  v.message = "Blocked by policy \"" + policy.name() + "\": the " + e.detector + " detector scored " + num + " on " +
              slot.path + " (" + e.recognizer + ").";
  v.param = slot.path;
  return true;
}

// Feeds a whole answer to a fresh leak scanner.
Result<LeakUpdate> CheckLeak(const LeakWatch& leak, const std::string& text) {
  auto scanner = LeakScanner::Create(leak.system_prompt, leak.canary, {}, leak.cache_scope);
  if (!scanner.ok()) return scanner.status();
  (*scanner)->Write(text);
  return (*scanner)->Finish();
}

}  // namespace

Result<std::shared_ptr<const Guards>> Guards::Create(const config::GatewayConfig& config,
                                                     std::shared_ptr<const Analyzer> analyzer) {
  auto set = policy::PolicySet::Create(config);
  if (!set.ok()) return set.status();
  std::shared_ptr<Guards> g(new Guards());
  g->analyzer_ = std::move(analyzer);
  g->policies_ = std::move(set.value());
  auto injection = InjectionGuard::Create();
  if (!injection.ok()) return injection.status();
  g->injection_ = std::move(injection.value());
  const auto types = Analyzer::KnownEntityTypes();
  for (const auto& [name, cfg] : config.policies) {
    const policy::Policy* p = g->policies_->Find(name);
    if (p == nullptr) return Status::Internal("policy " + name + " missing from its set");
    for (Direction d : {Direction::kInput, Direction::kToolResult, Direction::kOutput}) {
      AnonymizerConfig ac;
      ac.default_operator.kind = OperatorKind::kKeep;
      for (const auto& t : types) ac.operators[t] = OperatorForAction(p->ActionFor(d, t), t);
      auto a = Anonymizer::Create(std::move(ac));
      if (!a.ok()) return a.status();
      g->anonymizers_[{p, static_cast<int>(d)}] = std::move(a.value());
    }
  }
  return std::shared_ptr<const Guards>(std::move(g));
}

const Anonymizer& Guards::AnonymizerFor(const policy::Policy& p, Direction d) const {
  return *anonymizers_.at({&p, static_cast<int>(d)});
}

// ---------------------------------------------------------------- request

Verdict GuardRequest(const Guards& guards, const policy::Policy& policy, std::vector<openai::TextSlot>& slots,
                     PseudonymVault& vault, LeakWatch* leak, std::string_view cache_scope) {
  Verdict v;
  openai::TextSlot* system = nullptr;
  std::string system_text;
  const openai::TextSlot* last_user = nullptr;  // the task a later tool result is scored against
  for (auto& slot : slots) {
    if (slot.role == openai::TextRole::kSystem && system == nullptr) {
      system = &slot;
      system_text = slot.value->get_ref<const std::string&>();
    }
    if (slot.role == openai::TextRole::kSystem && policy.exempt_system_prompt()) continue;
    const Direction d = slot.role == openai::TextRole::kTool ? Direction::kToolResult : Direction::kInput;
    const std::string& text = slot.value->get_ref<const std::string&>();
    auto scan = ScanFor(guards, policy, d, text);
    if (!scan.ok()) {
      if (policy.fail_closed()) return FailClosed(v, 503, "detector_unavailable", policy, "the request");
      v.events.push_back({d, "engine", "", "", Action::kLogOnly, 0, slot.path + " (not scanned: fail open)"});
      continue;
    }
    const auto& findings = scan->findings;
    policy::Decision dec = policy.Decide(d, findings);
    for (size_t i = 0; i < findings.size(); ++i) Record(v.events, d, findings[i], dec.actions[i], slot.path);
    if (dec.blocked) {
      v.blocked = true;
      v.status = 403;
      v.code = dec.block_code;
      v.message = BlockMessage(policy, d, dec, findings, slot.path);
      v.param = slot.path;
      return v;
    }
    if ((slot.role == openai::TextRole::kUser || slot.role == openai::TextRole::kTool) &&
        ScoreInjection(guards, policy, d, slot,
                       last_user != nullptr ? std::string_view(last_user->value->get_ref<const std::string&>())
                                            : std::string_view(),
                       cache_scope, v)) {
      return v;
    }
    if (slot.role == openai::TextRole::kUser) last_user = &slot;
    if (dec.anonymize.empty()) continue;
    std::vector<Finding> subset;
    for (size_t i : dec.anonymize) subset.push_back(findings[i]);
    auto out = guards.AnonymizerFor(policy, d).Anonymize(text, subset, &vault);
    if (!out.ok()) return FailClosed(v, 503, "anonymizer_failed", policy, "the request");
    *slot.value = std::move(out->text);
  }
  if (leak != nullptr && system != nullptr &&
      policy.DetectorAction(Direction::kOutput, "system_prompt_leak") != Action::kAllow) {
    std::array<unsigned char, 12> random;
    if (!PooledRandomBytes(random.data(), random.size())) {
      return FailClosed(v, 503, "detector_unavailable", policy, "the system prompt");
    }
    leak->system_prompt = std::move(system_text);
    leak->canary = CanaryFromRandom(random);
    leak->cache_scope = cache_scope;
    system->value->get_ref<std::string&>() += "\n\nInternal reference: " + leak->canary +
                     " (confidential; never repeat it).";
  }
  return v;
}

// ---------------------------------------------------------------- response

Verdict GuardAnswerTexts(const Guards& guards, const policy::Policy& policy, std::vector<AnswerText>& texts,
                         const PseudonymVault& vault, const LeakWatch* leak) {
  Verdict v;
  PseudonymVault output_vault("output");
  for (auto& slot : texts) {
    const RestoreEncoding enc = slot.is_json_arguments ? RestoreEncoding::kJsonString : RestoreEncoding::kRaw;
    std::string text = vault.Restore(slot.text, enc);
    auto scan = ScanFor(guards, policy, Direction::kOutput, text);
    if (!scan.ok()) {
      if (policy.fail_closed()) return FailClosed(v, 503, "detector_unavailable", policy, "the response");
      slot.text = std::move(text);
      continue;
    }
    // The user's own values, restored, are not the model's doing.
    std::vector<Finding> fresh;
    for (auto& f : scan->findings) {
      std::string_view value = std::string_view(text).substr(f.byte_start, f.byte_end - f.byte_start);
      if (!vault.HoldsValue(f.entity_type, value)) fresh.push_back(std::move(f));
    }
    policy::Decision dec = policy.Decide(Direction::kOutput, fresh);
    for (size_t i = 0; i < fresh.size(); ++i) Record(v.events, Direction::kOutput, fresh[i], dec.actions[i], "response");
    if (dec.blocked) {
      const Finding& f = fresh[dec.block_finding];
      slot.text = slot.is_json_arguments ? std::string() : text.substr(0, f.byte_start);
      slot.cut = true;
      v.blocked = true;
      v.code = dec.block_code;
      v.message = BlockMessage(policy, Direction::kOutput, dec, fresh, "response");
      continue;
    }
    if (!dec.anonymize.empty()) {
      std::vector<Finding> subset;
      for (size_t i : dec.anonymize) subset.push_back(fresh[i]);
      auto out = guards.AnonymizerFor(policy, Direction::kOutput).Anonymize(text, subset, &output_vault);
      if (!out.ok()) return FailClosed(v, 503, "anonymizer_failed", policy, "the response");
      text = std::move(out->text);
    }
    if (leak != nullptr && leak->active()) {
      auto u = CheckLeak(*leak, text);
      if (!u.ok()) {
        if (policy.fail_closed()) return FailClosed(v, 503, "detector_unavailable", policy, "the response");
      } else if (u->leaked()) {
        const Action a = policy.DetectorAction(Direction::kOutput, "system_prompt_leak");
        v.events.push_back({Direction::kOutput, "system_prompt_leak", "SYSTEM_PROMPT_LEAK",
                            u->canary_seen ? "canary" : "verbatim", a, 1.0, "response"});
        // The canary is never shown, whatever the action.
        if (u->canary_seen || a == Action::kBlock) {
          text = slot.is_json_arguments ? std::string() : text.substr(0, static_cast<size_t>(u->leak_begin));
          slot.cut = true;
          v.blocked = true;
          v.code = "policy_violation.system_prompt_leak";
          v.message = "The response repeated the system prompt and was cut off.";
        }
      }
    }
    slot.text = std::move(text);
  }
  return v;
}

namespace {

// Writes guarded texts back into the answer's document: `slots` are
// ResponseTexts' for it, texts[i] is slots[i]'s; a cut text's choice
// finishes with "content_filter".
void PutBack(json& body, const std::vector<openai::ResponseSlot>& slots, std::vector<AnswerText>& texts) {
  for (size_t i = 0; i < slots.size(); ++i) {
    *slots[i].value = std::move(texts[i].text);
    if (texts[i].cut) body["choices"][slots[i].choice]["finish_reason"] = "content_filter";
  }
}

// Each choice's finish_reason (null when it has none).
std::vector<json> FinishReasons(const json& answer) {
  std::vector<json> out;
  auto choices = answer.find("choices");
  if (choices == answer.end() || !choices->is_array()) return out;
  for (const json& c : *choices) {
    auto f = c.is_object() ? c.find("finish_reason") : c.end();
    out.push_back(c.is_object() && f != c.end() ? *f : json());
  }
  return out;
}

// One reader per thread for whole answers; what it read is used before the
// thread reads the next answer (no suspension in between).
openai::ChunkReader& AnswerReader() {
  thread_local openai::ChunkReader reader;
  return reader;
}

// The answer for the client from its guarded document: when the guard
// changed nothing but texts (every finish_reason as the upstream sent it),
// the upstream's bytes with each text's string literal replaced
// (openai::ChunkReader::Splice, the stream path's); else, or when the
// reader does not take the upstream's JSON, `answer` re-serialized. Both
// are the same document.
std::string AnswerBody(std::string_view upstream, json& answer, const std::vector<json>& finish_before) {
  if (FinishReasons(answer) == finish_before) {
    thread_local openai::RawChunk raw;
    std::vector<openai::ResponseSlot> slots;
    openai::ResponseTexts(answer, slots);
    if (AnswerReader().ReadCompletion(upstream, raw) && raw.slots.size() == slots.size()) {
      std::vector<std::string> texts;
      texts.reserve(slots.size());
      for (const auto& slot : slots) texts.push_back(slot.value->get_ref<const std::string&>());
      std::string body;
      body.reserve(upstream.size() + 64);
      openai::ChunkReader::Splice(upstream, raw, texts, body);
      return body;
    }
  }
  return DumpJson(answer);
}

// The document path for a whole answer: parsed, guarded in the document,
// written by AnswerBody.
GuardedAnswer GuardAnswerDocument(const Guards& guards, const policy::Policy& policy, std::string_view upstream,
                                  const PseudonymVault& vault, const LeakWatch* leak) {
  GuardedAnswer a;
  json doc = ParseJson(upstream);
  if (doc.is_discarded() || !doc.is_object()) {
    a.malformed = true;
    return a;
  }
  {
    std::vector<openai::ResponseSlot> slots;
    openai::ResponseTexts(doc, slots);
    for (const auto& t : slots) a.upstream_text += t.value->get_ref<const std::string&>();
  }
  const std::vector<json> finish_before = FinishReasons(doc);
  a.verdict = GuardResponse(guards, policy, doc, vault, leak);
  if (a.verdict.blocked && a.verdict.status != 200) return a;
  a.usage = openai::UsageOf(doc);
  a.body = AnswerBody(upstream, doc, finish_before);
  return a;
}

}  // namespace

Verdict GuardResponse(const Guards& guards, const policy::Policy& policy, json& body, const PseudonymVault& vault,
                      const LeakWatch* leak) {
  std::vector<openai::ResponseSlot> slots;
  openai::ResponseTexts(body, slots);
  std::vector<AnswerText> texts(slots.size());
  for (size_t i = 0; i < slots.size(); ++i) {
    texts[i].text = std::move(slots[i].value->get_ref<std::string&>());  // always put back
    texts[i].is_json_arguments = slots[i].is_json_arguments;
  }
  Verdict v = GuardAnswerTexts(guards, policy, texts, vault, leak);
  PutBack(body, slots, texts);
  return v;
}

GuardedAnswer GuardAnswer(const Guards& guards, const policy::Policy& policy, std::string_view upstream,
                          const PseudonymVault& vault, const LeakWatch* leak, bool read_in_place) {
  thread_local openai::RawChunk raw;
  if (!read_in_place || !AnswerReader().ReadCompletion(upstream, raw)) {
    return GuardAnswerDocument(guards, policy, upstream, vault, leak);
  }
  GuardedAnswer a;
  std::vector<AnswerText> texts(raw.slots.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    texts[i].text = raw.slots[i].text;
    texts[i].is_json_arguments = raw.slots[i].is_json_arguments;
    a.upstream_text += raw.slots[i].text;
  }
  a.usage = raw.usage;
  a.verdict = GuardAnswerTexts(guards, policy, texts, vault, leak);
  if (a.verdict.blocked && a.verdict.status != 200) return a;
  if (std::none_of(texts.begin(), texts.end(), [](const AnswerText& t) { return t.cut; })) {
    std::vector<std::string> out(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) out[i] = std::move(texts[i].text);
    a.body.reserve(upstream.size() + 64);
    openai::ChunkReader::Splice(upstream, raw, out, a.body);
    return a;
  }
  // A cut sets its choice's finish_reason: written from the document (the
  // reader took the answer, so it parses, with ResponseTexts' slots in the
  // reader's order).
  json doc = ParseJson(upstream);
  const std::vector<json> finish_before = FinishReasons(doc);
  std::vector<openai::ResponseSlot> slots;
  openai::ResponseTexts(doc, slots);
  if (slots.size() != texts.size()) return GuardAnswerDocument(guards, policy, upstream, vault, leak);  // never
  PutBack(doc, slots, texts);
  a.body = AnswerBody(upstream, doc, finish_before);
  return a;
}

// ---------------------------------------------------------------- stream

// Streamed text is fed to the scanner in batches of at least this many
// bytes: each Write costs a pass over the scanner's horizon, so feeding it
// token by token (4 bytes) would cost ~16x more. Until a piece has released
// its first text, every event is fed at once: the scanner holds back only
// what a pending match needs, so the first token is not delayed by a batch.
constexpr size_t kFeedBatch = 64;

struct StreamGuard::Piece {
  std::string pending;  // received, not yet fed (< kFeedBatch bytes)
  std::unique_ptr<LeakScanner> leak;  // null: not watched
  std::string leak_held;              // scanned, not yet released by the leak scanner
  uint64_t leak_released = 0;
  std::unique_ptr<StreamRestorer> restorer;
  std::unique_ptr<StreamAnonymizer> anon;
  size_t choice = 0;
  int tool_index = -1;
  bool completion_text = false;
  bool finished = false;
  bool released_any = false;  // some of its text went out
};

StreamGuard::StreamGuard(const Guards& guards, const policy::Policy& policy, const PseudonymVault& vault,
                         const LeakWatch* leak)
    : guards_(guards), policy_(policy), vault_(vault), leak_(leak) {}

bool StreamGuard::LeakStage(Piece& p, std::string& text, bool final) {
  if (!p.leak) return true;
  p.leak_held += text;
  LeakUpdate u = p.leak->Write(text);
  if (final && !u.leaked()) u = p.leak->Finish();
  if (u.leaked()) {
    const Action a = policy_.DetectorAction(Direction::kOutput, "system_prompt_leak");
    events_.push_back({Direction::kOutput, "system_prompt_leak", "SYSTEM_PROMPT_LEAK",
                       u.canary_seen ? "canary" : "verbatim", a, 1.0, "response"});
    if (u.canary_seen || a == Action::kBlock) {
      block_message_ = "The response repeated the system prompt and was cut off.";
      return false;
    }
    // Logged only: stop watching and release everything.
    p.leak.reset();
    text = std::move(p.leak_held);
    p.leak_held.clear();
    return true;
  }
  const uint64_t n = std::min<uint64_t>(u.safe_bytes - p.leak_released, p.leak_held.size());
  text = p.leak_held.substr(0, static_cast<size_t>(n));
  p.leak_held.erase(0, static_cast<size_t>(n));
  p.leak_released += n;
  if (final) {  // everything, once the scanner has seen the end
    text += p.leak_held;
    p.leak_held.clear();
  }
  return true;
}

StreamGuard::~StreamGuard() = default;

StreamGuard::Piece& StreamGuard::PieceFor(const std::string& key, bool json_arguments) {
  // Most events carry the same one text as the last (pieces are never
  // removed, so the pointer stays good).
  if (last_piece_ != nullptr && key == last_key_) return *last_piece_;
  auto& p = pieces_[key];
  if (!p) {
    p = std::make_unique<Piece>();
    p->restorer = std::make_unique<StreamRestorer>(
        vault_, json_arguments ? RestoreEncoding::kJsonString : RestoreEncoding::kRaw);
    FindingFilter filter;
    filter.threshold = policy_.MinThreshold(Direction::kOutput);
    auto gate = [this](const Finding& f, std::string_view value) {
      if (vault_.HoldsValue(f.entity_type, value)) return StreamAnonymizer::GateVerdict::kPass;
      std::vector<Finding> one{f};
      policy::Decision d = policy_.Decide(Direction::kOutput, one);
      Record(events_, Direction::kOutput, f, d.actions[0], "response");
      if (d.blocked) {
        block_message_ = BlockMessage(policy_, Direction::kOutput, d, one, "response");
        return StreamAnonymizer::GateVerdict::kStop;
      }
      return d.anonymize.empty() ? StreamAnonymizer::GateVerdict::kPass : StreamAnonymizer::GateVerdict::kApply;
    };
    p->anon = std::make_unique<StreamAnonymizer>(guards_.analyzer(), filter,
                                                 guards_.AnonymizerFor(policy_, Direction::kOutput), &output_vault_,
                                                 gate);
    if (leak_ != nullptr && leak_->active()) {
      auto scanner = LeakScanner::Create(leak_->system_prompt, leak_->canary, {}, leak_->cache_scope);
      if (scanner.ok()) p->leak = std::move(scanner.value());
      // A prompt the scanner refuses (over 1 MiB) is not watched; the
      // request pass already accepted it.
    }
  }
  last_key_ = key;
  last_piece_ = p.get();
  return *p;
}

void StreamGuard::Emit(const json& chunk, std::string& out) { out += openai::SseData(DumpJson(chunk)); }

namespace {

// A choice's "index" when it is an unsigned number, else 0 (never throws on
// an upstream's odd value).
size_t IndexOf(const json& c) {
  auto ix = c.find("index");
  return ix != c.end() && ix->is_number_unsigned() ? ix->get<size_t>() : 0;
}

json ChunkLike(const json* tmpl, json choices) {
  json c = tmpl ? *tmpl : json{{"id", "chatcmpl-convoguard"}, {"object", "chat.completion.chunk"},
                               {"created", std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count()},
                               {"model", ""}};
  c["choices"] = std::move(choices);
  c.erase("usage");
  return c;
}

}  // namespace

const json* StreamGuard::Template() {
  if (!template_ && !template_event_.empty()) {
    json first = ParseJson(template_event_);  // read by the fast path: an object
    if (!first.is_discarded() && first.is_object()) template_ = std::make_unique<json>(std::move(first));
    template_event_.clear();
  }
  return template_.get();
}

void StreamGuard::Stop(size_t choice, std::string& out) {
  blocked_ = true;
  json c = {{"index", choice}, {"delta", json::object()}, {"finish_reason", "content_filter"}};
  const json* tmpl = Template();
  if (tmpl && tmpl->value("object", "") == "text_completion") {
    c.erase("delta");
    c["text"] = "";
  }
  Emit(ChunkLike(tmpl, json::array({c})), out);
  out += openai::SseData("[DONE]");
  done_ = true;
}

// Finishes every piece of `choice` and puts what they still held into
// `chunk`'s choice of that index (added if absent).
void StreamGuard::Flush(json& chunk, size_t choice, std::string& out) {
  json* target = nullptr;
  for (auto& c : chunk["choices"]) {
    if (c.is_object() && IndexOf(c) == choice) target = &c;
  }
  for (auto& [key, p] : pieces_) {
    if (p->choice != choice || p->finished) continue;
    p->finished = true;
    std::string rest_in = p->restorer->Write(p->pending);
    p->pending.clear();
    rest_in += p->restorer->Finish();
    auto a = p->anon->Write(rest_in);
    Result<std::string> b = a.ok() ? p->anon->Finish() : Result<std::string>(a.status());
    if (!a.ok() || !b.ok()) {
      if (!block_message_.empty()) {
        Stop(choice, out);
      } else {
        Finish("the response could not be scanned", out);
      }
      return;
    }
    std::string rest = *a + *b;
    if (!LeakStage(*p, rest, true)) {
      Stop(choice, out);
      return;
    }
    if (rest.empty()) continue;
    if (target == nullptr) {
      chunk["choices"].push_back({{"index", choice}, {"delta", json::object()}, {"finish_reason", nullptr}});
      target = &chunk["choices"].back();
    }
    if (p->completion_text) {
      (*target)["text"] = rest + target->value("text", "");
    } else if (p->tool_index >= 0) {
      json& delta = (*target)["delta"];
      if (!delta.is_object()) delta = json::object();
      delta["tool_calls"] = json::array({{{"index", p->tool_index}, {"function", {{"arguments", rest}}}}});
    } else {
      json& delta = (*target)["delta"];
      if (!delta.is_object()) delta = json::object();
      std::string existing = delta.contains("content") && delta["content"].is_string() ? delta["content"].get<std::string>() : "";
      delta["content"] = rest + existing;
    }
  }
}

bool StreamGuard::TakeText(const std::string& key, size_t choice, int tool_index, bool completion_text,
                           bool json_arguments, std::string_view in, std::string& text, bool& now_empty,
                           std::string& out) {
  Piece& p = PieceFor(key, json_arguments);
  p.choice = choice;
  p.tool_index = tool_index;
  p.completion_text = completion_text;
  p.pending += in;
  if (upstream_text_.size() < (size_t{64} << 20)) upstream_text_ += in;
  text.clear();
  if (p.pending.size() < kFeedBatch && p.released_any) return true;
  auto released = p.anon->Write(p.restorer->Write(p.pending));
  p.pending.clear();
  if (released.ok() && !LeakStage(p, *released, false)) {
    Stop(choice, out);
    return false;
  }
  if (!released.ok()) {
    if (!block_message_.empty()) {
      Stop(choice, out);
    } else {
      Finish("the response could not be scanned", out);
    }
    return false;
  }
  now_empty = now_empty && released->empty();
  p.released_any = p.released_any || !released->empty();
  released_text_ = released_text_ || !released->empty();
  text = std::move(*released);
  return true;
}

void StreamGuard::Feed(std::string_view bytes, std::string& out) {
  if (done_) return;
  sse_events_.clear();
  Status s = parser_.Feed(bytes, sse_events_);
  for (auto& ev : sse_events_) {
    if (done_) return;
    if (ev.done()) {
      Finish("", out);
      return;
    }
    if (fast_events_ && reader_.Read(ev.data, raw_)) {
      // The first chunk is the template; parsed only if it is needed.
      if (!template_ && template_event_.empty()) template_event_ = ev.data;
      FeedFast(ev.data, out);
    } else {
      FeedFull(ev.data, out);
    }
  }
  if (!s.ok()) Finish("the upstream sent an oversized event", out);
}

void StreamGuard::FeedFast(std::string_view data, std::string& out) {
  texts_.resize(raw_.slots.size());
  bool had_text = false, now_empty = true;
  for (size_t i = 0; i < raw_.slots.size(); ++i) {
    const openai::RawDeltaSlot& slot = raw_.slots[i];
    had_text = had_text || !slot.text.empty();
    if (!TakeText(slot.key, slot.choice, slot.tool_index, slot.completion_text, slot.is_json_arguments, slot.text,
                  texts_[i], now_empty, out)) {
      return;
    }
  }
  if (had_text && now_empty && !raw_.meta) return;  // all of it held back: nothing to send yet
  out += "data: ";
  openai::ChunkReader::Splice(data, raw_, texts_, out);
  out += "\n\n";
}

void StreamGuard::FeedFull(const std::string& data, std::string& out) {
  json chunk = ParseJson(data);
  if (chunk.is_discarded() || !chunk.is_object()) {
    Finish("the upstream sent an event that is not JSON", out);
    return;
  }
  if (chunk.contains("error")) {  // the upstream's own error event: pass it on, then end
    Emit(chunk, out);
    Finish("", out);
    return;
  }
  if (!template_ && template_event_.empty()) template_ = std::make_unique<json>(chunk);
  std::vector<openai::DeltaSlot> slots;
  openai::DeltaTexts(chunk, slots);
  bool had_text = false, now_empty = true;
  std::string text;
  for (auto& slot : slots) {
    const std::string& in = slot.value->get_ref<const std::string&>();
    had_text = had_text || !in.empty();
    if (!TakeText(slot.key, slot.choice, slot.tool_index, slot.completion_text, slot.is_json_arguments, in, text,
                  now_empty, out)) {
      return;
    }
    *slot.value = std::move(text);
  }
  bool meta = false;  // anything in the chunk besides held-back text
  if (chunk["choices"].is_array()) {
    for (auto& c : chunk["choices"]) {
      if (!c.is_object()) continue;
      if (c.contains("finish_reason") && !c["finish_reason"].is_null()) meta = true;
      if (c.contains("delta") && c["delta"].is_object()) {
        const json& d = c["delta"];
        if (d.contains("role") || d.contains("refusal")) meta = true;
        if (d.contains("tool_calls") && d["tool_calls"].is_array()) {
          for (const auto& t : d["tool_calls"]) {
            if (t.is_object() && (t.contains("id") || (t.contains("function") && t["function"].contains("name")))) meta = true;
          }
        }
      }
    }
  }
  if (chunk.contains("usage") && !chunk["usage"].is_null()) meta = true;
  if (had_text && now_empty && !meta) return;  // all of it held back: nothing to send yet
  if (chunk["choices"].is_array()) {
    std::vector<size_t> finishing;
    for (auto& c : chunk["choices"]) {
      if (c.is_object() && c.contains("finish_reason") && !c["finish_reason"].is_null()) {
        finishing.push_back(IndexOf(c));
      }
    }
    for (size_t choice : finishing) {
      Flush(chunk, choice, out);
      if (done_) return;
    }
  }
  Emit(chunk, out);
}

void StreamGuard::Finish(const std::string& error, std::string& out) {
  if (done_) return;
  // What the pieces still hold goes out first, scanned to the end.
  std::map<size_t, bool> choices;
  for (auto& [key, p] : pieces_) {
    if (!p->finished) choices[p->choice] = true;
  }
  for (const auto& [choice, unused] : choices) {
    json chunk = ChunkLike(Template(), json::array());
    Flush(chunk, choice, out);
    if (done_) return;
    if (!chunk["choices"].empty()) Emit(chunk, out);
  }
  if (!error.empty()) {
    out += openai::SseData(openai::ErrorBody(502, "upstream_error", "The upstream stream ended early: " + error + "."));
  }
  out += openai::SseData("[DONE]");
  done_ = true;
}

}  // namespace convoguard::gateway
