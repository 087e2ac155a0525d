// The OpenAI wire format, as the gateway needs it on both sides: error
// bodies, server-sent events, and the places in a request or response where
// text lives. No networking here; nlohmann::json is the document model, and
// unknown fields are never touched.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "convoguard/status.h"

namespace convoguard::openai {

// {"error": {"message", "type", "code", "param"}} with OpenAI's type names
// for the status (invalid_request_error, authentication_error, ...).
// `param` is omitted when empty.
std::string ErrorBody(unsigned status, std::string_view code, std::string_view message,
                      std::string_view param = {});

// ---------------------------------------------------------------- SSE

struct SseEvent {
  std::string data;   // the data lines joined by '\n' (no "data: " prefix)
  bool done() const { return data == "[DONE]"; }
};

// The length of `bytes` up to and including the blank line that ends its
// first event (a line end, \n, \r\n or \r, right after another), or
// bytes.size() when no event ends in it. Feeding an SseParser the bytes in
// pieces cut there gives the same events as feeding them whole.
size_t FirstEventEnd(std::string_view bytes);

// Splits a byte stream of server-sent events into events. Events may arrive
// split anywhere; lines end in \n, \r\n or \r. Comment lines and fields other
// than data are ignored. Bounded: one event larger than max_event_bytes is
// an error (ResourceExhausted).
class SseParser {
 public:
  explicit SseParser(size_t max_event_bytes = 4 << 20) : max_(max_event_bytes) {}
  Status Feed(std::string_view bytes, std::vector<SseEvent>& out);
  // Bytes of an unfinished event still held.
  size_t pending_bytes() const { return line_.size() + data_.size(); }

 private:
  void EndLine(std::string_view line, std::vector<SseEvent>& out);
  size_t max_;
  std::string line_;
  std::string data_;
  bool have_data_ = false;
  bool skip_lf_ = false;
};

// "data: <payload>\n\n"
std::string SseData(std::string_view payload);

// ---------------------------------------------------------------- texts

// Where a text sits in a request, for policy: the message role decides the
// direction (system prompts can be exempt, tool results have a policy of
// their own).
enum class TextRole { kSystem, kUser, kAssistant, kTool, kOther };

struct TextSlot {
  nlohmann::json* value;   // a JSON string to scan and maybe rewrite
  TextRole role;
  std::string path;        // e.g. "messages[2].content[0].text", for errors and logs
};

// The longest `model`, `user` and `safety_identifier` a chat or
// completions request may carry, in code points (OpenAI's limit for
// `user`): the conversation store keeps them (the user is the record's
// subject), and a gateway must not answer a request whose record it would
// then silently drop. At most 4 bytes each: kMaxSubjectIdBytes
// (convoguard/store.h).
inline constexpr size_t kMaxIdentifierChars = 256;

// Every scannable text in a chat completions request: each message's
// content (string, or the text parts of an array), tool_call arguments of
// assistant messages, and function results. Schema violations -> 400-style
// InvalidArgument naming the field ("messages[1].role: expected a string").
// For the three request kinds `model` must be a string; for chat and
// completions, `model`, and `user` and `safety_identifier` when present and
// not null, strings of at most kMaxIdentifierChars code points (longer:
// ResourceExhausted, "user: longer than 256 characters"; not a string:
// InvalidArgument). Embeddings keep no record: not checked.
Status ChatRequestTexts(nlohmann::json& body, std::vector<TextSlot>& out);
// /v1/completions: prompt (string or array of strings). Token arrays are
// refused (InvalidArgument): they cannot be scanned.
Status CompletionRequestTexts(nlohmann::json& body, std::vector<TextSlot>& out);
// /v1/embeddings: input (string or array of strings; token arrays refused).
Status EmbeddingRequestTexts(nlohmann::json& body, std::vector<TextSlot>& out);

// Texts in a non-streamed response: choices[].message.content,
// choices[].message.tool_calls[].function.arguments, choices[].text.
// `is_json_arguments` is set for tool-call arguments (a JSON document inside
// a string: restored values must be escaped for it).
struct ResponseSlot {
  nlohmann::json* value;
  size_t choice;
  bool is_json_arguments;
};
void ResponseTexts(nlohmann::json& body, std::vector<ResponseSlot>& out);

// One count of a non-streamed answer's "usage" object, as a document
// (nlohmann's) gives it: `integer` when the member is an integer
// (is_number_integer; `value` is then its get<int64_t>()), `is_unsigned` when
// it is a non-negative one (is_number_unsigned; `unsigned_value` its
// get<uint64_t>()). Neither: missing, or not an integer.
struct UsageCount {
  bool integer = false;
  bool is_unsigned = false;
  int64_t value = 0;
  uint64_t unsigned_value = 0;
};
struct Usage {
  UsageCount prompt_tokens, completion_tokens, total_tokens;
};
// The counts of body["usage"] when it is an object; none otherwise.
Usage UsageOf(const nlohmann::json& body);

// The same for one streamed chunk: choices[].delta.content,
// choices[].delta.tool_calls[].function.arguments, choices[].text.
// `key` identifies the stream of text the piece belongs to (choice index,
// and tool call index for arguments), so pieces can be scanned in order.
struct DeltaSlot {
  nlohmann::json* value;
  std::string key;
  size_t choice;
  bool is_json_arguments;
  int tool_index = -1;           // for tool-call arguments
  bool completion_text = false;  // choices[].text (/v1/completions)
};
void DeltaTexts(nlohmann::json& chunk, std::vector<DeltaSlot>& out);

// Escapes `text` for use inside a JSON string literal (no quotes added).
std::string JsonEscapeInner(std::string_view text);

}  // namespace convoguard::openai
