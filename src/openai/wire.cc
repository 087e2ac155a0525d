#include "openai/wire.h"

#include <algorithm>
#include <cstring>

#include <nlohmann/json.hpp>

#include "openai/json_io.h"
#include "text/utf8.h"

namespace convoguard::openai {

using nlohmann::json;

std::string ErrorBody(unsigned status, std::string_view code, std::string_view message, std::string_view param) {
  const char* type = "server_error";
  switch (status) {
    case 400: case 404: case 405: case 408: case 413: case 415: case 431: type = "invalid_request_error"; break;
    case 401: type = "authentication_error"; break;
    case 403: type = "permission_error"; break;
    case 429: type = "rate_limit_error"; break;
    default: break;
  }
  json e = {{"message", message}, {"type", type}, {"code", code}};
  e["param"] = param.empty() ? json(nullptr) : json(param);
  return DumpJson(json{{"error", e}});
}

// ---------------------------------------------------------------- SSE

namespace {
// The offset of the first `c` at or after `from`, or bytes.size().
size_t Find(std::string_view bytes, size_t from, char c) {
  const void* p = std::memchr(bytes.data() + from, c, bytes.size() - from);
  return p ? static_cast<size_t>(static_cast<const char*>(p) - bytes.data()) : bytes.size();
}
}  // namespace

Status SseParser::Feed(std::string_view bytes, std::vector<SseEvent>& out) {
  if (bytes.empty()) return Status::Ok();
  size_t i = 0;
  // memchr's answers, kept while they are still ahead of i.
  size_t next_lf = Find(bytes, 0, '\n'), next_cr = Find(bytes, 0, '\r');
  while (i < bytes.size()) {
    if (skip_lf_) {
      skip_lf_ = false;
      if (bytes[i] == '\n') {
        ++i;
        continue;
      }
    }
    // A run of line bytes, appended at once.
    if (next_lf < i) next_lf = Find(bytes, i, '\n');
    if (next_cr < i) next_cr = Find(bytes, i, '\r');
    const size_t end = std::min(next_lf, next_cr);
    // A line wholly in `bytes` is read where it is; a partial one is kept.
    std::string_view line = bytes.substr(i, end - i);
    if (!line_.empty() || end == bytes.size()) {
      line_.append(line);
      line = line_;
    }
    if (line.size() + data_.size() > max_) {
      return Status::ResourceExhausted("an upstream event is larger than " + std::to_string(max_) + " bytes");
    }
    if (end == bytes.size()) break;
    skip_lf_ = bytes[end] == '\r';
    EndLine(line, out);
    line_.clear();
    i = end + 1;
  }
  return Status::Ok();
}

void SseParser::EndLine(std::string_view line, std::vector<SseEvent>& out) {
  if (line.empty()) {  // blank line: dispatch
    if (have_data_) out.push_back({std::move(data_)});
    data_.clear();
    have_data_ = false;
    return;
  }
  if (line.substr(0, 5) == "data:") {
    std::string_view v = line.substr(5);
    if (!v.empty() && v[0] == ' ') v.remove_prefix(1);
    if (have_data_) data_ += '\n';
    data_.append(v);
    have_data_ = true;
  }
}

std::string SseData(std::string_view payload) {
  std::string s = "data: ";
  s.append(payload);
  s += "\n\n";
  return s;
}

// ---------------------------------------------------------------- texts

namespace {

TextRole RoleOf(const std::string& r) {
  if (r == "system" || r == "developer") return TextRole::kSystem;
  if (r == "user") return TextRole::kUser;
  if (r == "assistant") return TextRole::kAssistant;
  if (r == "tool" || r == "function") return TextRole::kTool;
  return TextRole::kOther;
}

Status Expect(bool ok, const std::string& path, const char* what) {
  return ok ? Status::Ok() : Status::InvalidArgument(path + ": expected " + what);
}

// A content field: null, a string, or an array of parts, of which "text"
// parts carry text (other parts, e.g. image_url, pass through).
Status ContentTexts(json& content, TextRole role, const std::string& path, std::vector<TextSlot>& out) {
  if (content.is_null()) return Status::Ok();
  if (content.is_string()) {
    out.push_back({&content, role, path});
    return Status::Ok();
  }
  if (!content.is_array()) return Status::InvalidArgument(path + ": expected a string, an array of parts or null");
  for (size_t i = 0; i < content.size(); ++i) {
    json& part = content[i];
    const std::string p = path + "[" + std::to_string(i) + "]";
    if (!part.is_object()) return Status::InvalidArgument(p + ": expected an object");
    auto type = part.find("type");
    if (type == part.end() || !type->is_string()) return Status::InvalidArgument(p + ".type: expected a string");
    if (*type == "text") {
      auto text = part.find("text");
      if (text == part.end() || !text->is_string()) return Status::InvalidArgument(p + ".text: expected a string");
      out.push_back({&*text, role, p + ".text"});
    }
  }
  return Status::Ok();
}

Status StringOrStrings(json& body, const char* field, std::vector<TextSlot>& out, bool required) {
  auto it = body.find(field);
  if (it == body.end()) {
    return required ? Status::InvalidArgument(std::string(field) + ": required") : Status::Ok();
  }
  if (it->is_string()) {
    out.push_back({&*it, TextRole::kUser, field});
    return Status::Ok();
  }
  if (!it->is_array()) return Status::InvalidArgument(std::string(field) + ": expected a string or an array of strings");
  for (size_t i = 0; i < it->size(); ++i) {
    json& v = (*it)[i];
    const std::string p = std::string(field) + "[" + std::to_string(i) + "]";
    if (!v.is_string()) {
      return Status::InvalidArgument(p + ": expected a string (token arrays cannot be scanned and are refused)");
    }
    out.push_back({&v, TextRole::kUser, p});
  }
  return Status::Ok();
}

// A string member that the conversation store keeps, when present and not
// null: at most kMaxIdentifierChars code points (OpenAI's limit for `user`).
Status Identifier(const json& body, const char* name) {
  auto v = body.find(name);
  if (v == body.end() || v->is_null()) return Status::Ok();
  if (!v->is_string()) return Status::InvalidArgument(std::string(name) + ": expected a string");
  if (text::CountCodePoints(v->get_ref<const std::string&>()) > kMaxIdentifierChars) {
    return Status::ResourceExhausted(std::string(name) + ": longer than " + std::to_string(kMaxIdentifierChars) +
                                     " characters");
  }
  return Status::Ok();
}

// The body is an object with a `model` string; with `stored`, `model`,
// `user` and `safety_identifier` are short enough to be stored.
Status ModelAndUser(const json& body, bool stored) {
  if (!body.is_object()) return Status::InvalidArgument("body: expected a JSON object");
  auto model = body.find("model");
  if (model == body.end() || !model->is_string()) return Status::InvalidArgument("model: expected a string");
  if (!stored) return Status::Ok();
  for (const char* name : {"model", "user", "safety_identifier"}) {
    if (Status s = Identifier(body, name); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

size_t FirstEventEnd(std::string_view bytes) {
  // A line end is \n, \r\n or \r; the event ends at the second of two in
  // a row ("\n\n", "\r\n\r\n", "\r\r", "\n\r\n", ...).
  bool after_line_end = false;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c != '\n' && c != '\r') {
      after_line_end = false;
      continue;
    }
    size_t end = i + 1;
    if (c == '\r') {
      if (end == bytes.size()) return bytes.size();  // a \n may follow: the line end is not whole yet
      if (bytes[end] == '\n') ++end;
    }
    if (after_line_end) return end;
    after_line_end = true;
    i = end - 1;
  }
  return bytes.size();
}

Status ChatRequestTexts(json& body, std::vector<TextSlot>& out) {
  if (Status s = ModelAndUser(body, true); !s.ok()) return s;
  auto msgs = body.find("messages");
  if (msgs == body.end() || !msgs->is_array()) return Status::InvalidArgument("messages: expected an array");
  if (msgs->empty()) return Status::InvalidArgument("messages: must not be empty");
  for (size_t i = 0; i < msgs->size(); ++i) {
    json& m = (*msgs)[i];
    const std::string p = "messages[" + std::to_string(i) + "]";
    if (!m.is_object()) return Status::InvalidArgument(p + ": expected an object");
    auto role = m.find("role");
    if (Status s = Expect(role != m.end() && role->is_string(), p + ".role", "a string"); !s.ok()) return s;
    const TextRole r = RoleOf(role->get<std::string>());
    if (auto c = m.find("content"); c != m.end()) {
      if (Status s = ContentTexts(*c, r, p + ".content", out); !s.ok()) return s;
    }
    if (auto tc = m.find("tool_calls"); tc != m.end() && !tc->is_null()) {
      if (!tc->is_array()) return Status::InvalidArgument(p + ".tool_calls: expected an array");
      for (size_t j = 0; j < tc->size(); ++j) {
        json& call = (*tc)[j];
        const std::string cp = p + ".tool_calls[" + std::to_string(j) + "]";
        if (!call.is_object()) return Status::InvalidArgument(cp + ": expected an object");
        auto fn = call.find("function");
        if (fn == call.end()) continue;
        if (!fn->is_object()) return Status::InvalidArgument(cp + ".function: expected an object");
        auto args = fn->find("arguments");
        if (args != fn->end()) {
          if (!args->is_string()) return Status::InvalidArgument(cp + ".function.arguments: expected a string");
          out.push_back({&*args, r, cp + ".function.arguments"});
        }
      }
    }
    if (auto fc = m.find("function_call"); fc != m.end() && fc->is_object()) {
      auto args = fc->find("arguments");
      if (args != fc->end() && args->is_string()) out.push_back({&*args, r, p + ".function_call.arguments"});
    }
  }
  return Status::Ok();
}

Status CompletionRequestTexts(json& body, std::vector<TextSlot>& out) {
  if (Status s = ModelAndUser(body, true); !s.ok()) return s;
  if (Status s = StringOrStrings(body, "prompt", out, true); !s.ok()) return s;
  if (auto suffix = body.find("suffix"); suffix != body.end() && suffix->is_string()) {
    out.push_back({&*suffix, TextRole::kUser, "suffix"});
  }
  return Status::Ok();
}

Status EmbeddingRequestTexts(json& body, std::vector<TextSlot>& out) {
  if (Status s = ModelAndUser(body, false); !s.ok()) return s;  // no record is kept of embeddings
  return StringOrStrings(body, "input", out, true);
}

void ResponseTexts(json& body, std::vector<ResponseSlot>& out) {
  auto choices = body.find("choices");
  if (choices == body.end() || !choices->is_array()) return;
  for (size_t i = 0; i < choices->size(); ++i) {
    json& c = (*choices)[i];
    if (!c.is_object()) continue;
    if (auto t = c.find("text"); t != c.end() && t->is_string()) out.push_back({&*t, i, false});
    auto msg = c.find("message");
    if (msg == c.end() || !msg->is_object()) continue;
    if (auto content = msg->find("content"); content != msg->end() && content->is_string()) {
      out.push_back({&*content, i, false});
    }
    if (auto tc = msg->find("tool_calls"); tc != msg->end() && tc->is_array()) {
      for (json& call : *tc) {
        if (!call.is_object()) continue;
        auto fn = call.find("function");
        if (fn == call.end() || !fn->is_object()) continue;
        if (auto a = fn->find("arguments"); a != fn->end() && a->is_string()) out.push_back({&*a, i, true});
      }
    }
  }
}

Usage UsageOf(const json& body) {
  Usage u;
  auto usage = body.find("usage");
  if (usage == body.end() || !usage->is_object()) return u;
  for (auto [name, count] : {std::pair{"prompt_tokens", &u.prompt_tokens},
                             std::pair{"completion_tokens", &u.completion_tokens},
                             std::pair{"total_tokens", &u.total_tokens}}) {
    auto v = usage->find(name);
    if (v == usage->end() || !v->is_number_integer()) continue;
    count->integer = true;
    count->value = v->get<int64_t>();
    if (v->is_number_unsigned()) {
      count->is_unsigned = true;
      count->unsigned_value = v->get<uint64_t>();
    }
  }
  return u;
}

void DeltaTexts(json& chunk, std::vector<DeltaSlot>& out) {
  auto choices = chunk.find("choices");
  if (choices == chunk.end() || !choices->is_array()) return;
  for (size_t i = 0; i < choices->size(); ++i) {
    json& c = (*choices)[i];
    if (!c.is_object()) continue;
    size_t index = i;
    if (auto ix = c.find("index"); ix != c.end() && ix->is_number_unsigned()) index = ix->get<size_t>();
    const std::string ck = "c" + std::to_string(index);
    if (auto t = c.find("text"); t != c.end() && t->is_string()) out.push_back({&*t, ck, index, false, -1, true});
    auto delta = c.find("delta");
    if (delta == c.end() || !delta->is_object()) continue;
    if (auto content = delta->find("content"); content != delta->end() && content->is_string()) {
      out.push_back({&*content, ck, index, false});
    }
    if (auto tc = delta->find("tool_calls"); tc != delta->end() && tc->is_array()) {
      for (size_t j = 0; j < tc->size(); ++j) {
        json& call = (*tc)[j];
        if (!call.is_object()) continue;
        size_t tix = j;
        if (auto ix = call.find("index"); ix != call.end() && ix->is_number_unsigned()) tix = ix->get<size_t>();
        auto fn = call.find("function");
        if (fn == call.end() || !fn->is_object()) continue;
        if (auto a = fn->find("arguments"); a != fn->end() && a->is_string()) {
          out.push_back({&*a, ck + ".t" + std::to_string(tix), index, true, static_cast<int>(tix)});
        }
      }
    }
  }
}

std::string JsonEscapeInner(std::string_view text) {
  std::string out;
  AppendJsonStringInner(text, out);
  return out;
}

}  // namespace convoguard::openai
