#include "openai/stream_chunk.h"

#include <simdjson.h>

#include <algorithm>

#include "openai/json_io.h"

namespace convoguard::openai {

namespace od = simdjson::ondemand;

namespace {

constexpr int kMaxDepth = 64;

// Keys of one object, to refuse repeated ones (nlohmann keeps the last
// value; a splice would keep both). Objects in chunks have a handful of
// keys; one with more than kMaxKeys is left to the full path.
class KeySet {
 public:
  bool Add(std::string_view k) {
    if (n_ == kMaxKeys) return false;
    for (size_t i = 0; i < n_; ++i) {
      if (keys_[i] == k) return false;
    }
    keys_[n_++] = k;
    return true;
  }

 private:
  static constexpr size_t kMaxKeys = 32;
  std::string_view keys_[kMaxKeys];
  size_t n_ = 0;
};

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool Skip(od::value v, int depth);

// Calls fn(key, value) for each member of object `v`, refusing repeated
// keys; fn returns false to stop (invalid or unusual).
template <class Fn>
bool Fields(od::value v, Fn&& fn) {
  od::object o;
  if (v.get_object().get(o)) return false;
  KeySet keys;
  for (auto f : o) {
    od::field field;
    std::string_view k;
    if (std::move(f).get(field) || field.unescaped_key().get(k) || !keys.Add(k)) return false;
    if (!fn(k, field.value())) return false;
  }
  return true;
}

// Calls fn(i, element) for each element of array `v`.
template <class Fn>
bool Elements(od::value v, Fn&& fn) {
  od::array a;
  if (v.get_array().get(a)) return false;
  size_t i = 0;
  for (auto e : a) {
    od::value ev;
    if (std::move(e).get(ev) || !fn(i++, ev)) return false;
  }
  return true;
}

// Visits and checks a whole value. False: invalid, or unusual for the fast path.
bool Skip(od::value v, int depth) {
  od::json_type t;
  if (v.type().get(t)) return false;
  switch (t) {
    case od::json_type::object:
      return depth < kMaxDepth && Fields(v, [&](std::string_view, od::value fv) { return Skip(fv, depth + 1); });
    case od::json_type::array:
      return depth < kMaxDepth && Elements(v, [&](size_t, od::value ev) { return Skip(ev, depth + 1); });
    case od::json_type::string: {
      std::string_view s;
      return !v.get_string().get(s);
    }
    case od::json_type::number: {
      // "-0": nlohmann and simdjson disagree on its type; left to the full path.
      if (TrimRight(v.raw_json_token()) == "-0") return false;
      od::number n;
      return !v.get_number().get(n);
    }
    case od::json_type::boolean: {
      bool b;
      return !v.get_bool().get(b);
    }
    case od::json_type::null: {
      bool is = false;
      return !v.is_null().get(is) && is;
    }
  }
  return false;
}

// An "index" member: nlohmann's is_number_unsigned (digits only, fits in 64
// bits) sets `index`; any other valid value leaves it. False: invalid.
bool ReadIndex(od::value v, size_t& index) {
  std::string_view raw = TrimRight(v.raw_json_token());
  const bool digits = !raw.empty() && std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) return Skip(v, 1);
  uint64_t n;
  if (v.get_uint64().get(n)) return false;
  index = static_cast<size_t>(n);
  return true;
}

// A string value as a slot: where its literal is, and its text.
bool ReadString(od::value v, const char* base, RawDeltaSlot& slot) {
  std::string_view raw = TrimRight(v.raw_json_token());
  if (v.get_string().get(slot.text)) return false;
  slot.begin = static_cast<size_t>(raw.data() - base);
  slot.end = slot.begin + raw.size();
  return true;
}

// A count of a whole answer's "usage", as UsageOf reads it from a
// document: digits only is nlohmann's unsigned integer, '-' and digits its
// signed one (both must fit in 64 bits; nlohmann would make a float of a
// longer one: the full path), anything else is not an integer. False: invalid.
bool ReadCount(od::value v, UsageCount& count) {
  std::string_view raw = TrimRight(v.raw_json_token());
  auto digits = [](std::string_view d) {
    return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (digits(raw)) {
    if (v.get_uint64().get(count.unsigned_value)) return false;
    count.integer = count.is_unsigned = true;
    count.value = static_cast<int64_t>(count.unsigned_value);  // as get<int64_t>() converts it
    return true;
  }
  if (raw.size() > 1 && raw[0] == '-' && digits(raw.substr(1))) {
    if (raw == "-0" || v.get_int64().get(count.value)) return false;  // -0: Skip's rule
    count.integer = true;
    return true;
  }
  return Skip(v, 2);
}

bool Is(od::value v, od::json_type want) {
  od::json_type t;
  return !v.type().get(t) && t == want;
}

// A slot's place in DeltaTexts' order within its choice: text 0, content 1,
// tool call j: 2 + j. Slots go straight into out.slots, ranks beside them.
struct Ranked {
  RawChunk& out;
  std::vector<size_t>& ranks;
  void Add(RawDeltaSlot&& s, size_t rank) {
    out.slots.push_back(std::move(s));
    ranks.push_back(rank);
  }
};

// choices[i].delta.tool_calls[j]
bool ReadToolCall(od::value v, size_t j, const char* base, RawChunk& out, Ranked& slots) {
  if (!Is(v, od::json_type::object)) return Skip(v, 4);
  size_t tix = j;
  bool have_args = false;
  RawDeltaSlot args;
  const bool ok = Fields(v, [&](std::string_view k, od::value fv) {
    if (k == "index") return ReadIndex(fv, tix);
    if (k == "id") out.meta = true;
    if (k != "function" || !Is(fv, od::json_type::object)) return Skip(fv, 5);
    return Fields(fv, [&](std::string_view gk, od::value gv) {
      if (gk == "name") out.meta = true;
      if (gk != "arguments" || !Is(gv, od::json_type::string)) return Skip(gv, 6);
      have_args = true;
      return ReadString(gv, base, args);
    });
  });
  if (!ok) return false;
  if (have_args) {
    args.is_json_arguments = true;
    args.tool_index = static_cast<int>(tix);
    slots.Add(std::move(args), 2 + j);
  }
  return true;
}

// choices[i].delta
bool ReadDelta(od::value v, const char* base, RawChunk& out, Ranked& slots) {
  return Fields(v, [&](std::string_view k, od::value gv) {
    if (k == "role" || k == "refusal") out.meta = true;
    if (k == "content" && Is(gv, od::json_type::string)) {
      RawDeltaSlot s;
      if (!ReadString(gv, base, s)) return false;
      slots.Add(std::move(s), 1);
      return true;
    }
    if (k == "tool_calls" && Is(gv, od::json_type::array)) {
      return Elements(gv, [&](size_t j, od::value cv) { return ReadToolCall(cv, j, base, out, slots); });
    }
    return Skip(gv, 3);
  });
}

// choices[i]; `completion`: a whole answer's choice (its texts under
// "message", a finish_reason as any other member), else a chunk's.
bool ReadChoice(od::value v, size_t i, const char* base, RawChunk& out, std::vector<size_t>& ranks,
                bool completion) {
  if (!Is(v, od::json_type::object)) return Skip(v, 2);
  size_t index = i;
  const size_t first = out.slots.size();
  ranks.clear();
  Ranked slots{out, ranks};
  const bool ok = Fields(v, [&](std::string_view k, od::value fv) {
    if (k == "index") return ReadIndex(fv, index);
    if (k == "finish_reason" && !completion) {  // non-null: finishing, the full path flushes
      bool is_null = false;
      return !fv.is_null().get(is_null) && is_null;
    }
    if (k == "text" && Is(fv, od::json_type::string)) {
      RawDeltaSlot s;
      if (!ReadString(fv, base, s)) return false;
      s.completion_text = true;
      slots.Add(std::move(s), 0);
      return true;
    }
    if (k == (completion ? "message" : "delta") && Is(fv, od::json_type::object)) {
      return ReadDelta(fv, base, out, slots);
    }
    return Skip(fv, 2);
  });
  if (!ok) return false;
  // Insertion sort by rank (a choice has a few slots; stable).
  for (size_t a = 1; a < ranks.size(); ++a) {
    for (size_t b = a; b > 0 && ranks[b - 1] > ranks[b]; --b) {
      std::swap(ranks[b - 1], ranks[b]);
      std::swap(out.slots[first + b - 1], out.slots[first + b]);
    }
  }
  const std::string ck = "c" + std::to_string(index);
  for (size_t k = first; k < out.slots.size(); ++k) {
    RawDeltaSlot& s = out.slots[k];
    s.choice = index;
    s.key = ck;
    if (s.tool_index >= 0) {
      s.key += ".t";
      s.key += std::to_string(s.tool_index);
    }
  }
  return true;
}

// The last accepted event with one text, cut around that text's literal:
// an upstream's chunks differ from one another only in that literal (the
// id, model, creation time and shape repeat), so an event made of the same
// prefix, a new plain literal and the same suffix is the same document
// with another string, and Read's answer for it is known without parsing.
struct Memo {
  bool valid = false;
  std::string prefix, suffix;
  RawDeltaSlot slot;  // text not used
  bool meta = false;
};

// Unescapes the body of a string literal (between its quotes) into `out`
// when it is one the memo can take: no raw control byte or quote, only the
// one-character escapes (\u sequences, with their surrogate rules, are left
// to the parser), valid UTF-8. False: leave the event to the parser.
bool UnescapePlain(std::string_view body, std::string& out) {
  out.clear();
  for (size_t i = 0; i < body.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(body[i]);
    if (c == '"' || c < 0x20) return false;  // the literal would end here, or is invalid
    if (c != '\\') {
      out += static_cast<char>(c);
      continue;
    }
    if (++i == body.size()) return false;  // escapes the closing quote
    switch (body[i]) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      default: return false;
    }
  }
  return simdjson::validate_utf8(out.data(), out.size());
}

}  // namespace

struct ChunkReader::Impl {
  od::parser parser;
  std::string buf;  // the event, with simdjson's padding after it
  std::vector<size_t> ranks;
  Memo memo;
  std::string memo_text;  // the text of a memo hit (RawDeltaSlot::text points here)

  bool ReadLikeLast(std::string_view event, RawChunk& out);
  void Remember(std::string_view event, const RawChunk& out);
};

bool ChunkReader::Impl::ReadLikeLast(std::string_view event, RawChunk& out) {
  if (!memo.valid) return false;
  const size_t p = memo.prefix.size(), s = memo.suffix.size();
  if (event.size() < p + s + 2 || event.compare(0, p, memo.prefix) != 0 ||
      event.compare(event.size() - s, s, memo.suffix) != 0) {
    return false;
  }
  const std::string_view literal = event.substr(p, event.size() - p - s);
  if (literal.front() != '"' || literal.back() != '"') return false;
  if (!UnescapePlain(literal.substr(1, literal.size() - 2), memo_text)) return false;
  out.slots.clear();
  out.slots.push_back(memo.slot);
  RawDeltaSlot& slot = out.slots.back();
  slot.begin = p;
  slot.end = p + literal.size();
  slot.text = memo_text;
  out.meta = memo.meta;
  return true;
}

void ChunkReader::Impl::Remember(std::string_view event, const RawChunk& out) {
  memo.valid = out.slots.size() == 1;
  if (!memo.valid) return;
  memo.slot = out.slots[0];
  memo.slot.text = {};
  memo.prefix.assign(event.substr(0, memo.slot.begin));
  memo.suffix.assign(event.substr(memo.slot.end));
  memo.meta = out.meta;
}

ChunkReader::ChunkReader() : impl_(std::make_unique<Impl>()) {}
ChunkReader::~ChunkReader() = default;

bool ChunkReader::Read(std::string_view event, RawChunk& out) {
  if (impl_->ReadLikeLast(event, out)) return true;
  impl_->memo.valid = false;
  if (!ReadParsed(event, out)) return false;
  impl_->Remember(event, out);
  return true;
}

bool ChunkReader::ReadCompletion(std::string_view body, RawChunk& out) {
  impl_->memo.valid = false;
  return ReadParsed(body, out, true);
}

bool ChunkReader::ReadParsed(std::string_view event, RawChunk& out, bool completion) {
  out.slots.clear();
  out.meta = false;
  out.usage = Usage{};
  // Not an object, or a byte-order mark (nlohmann skips it): the full path.
  const size_t first = event.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos || event[first] != '{') return false;
  std::string& buf = impl_->buf;
  buf.reserve(event.size() + simdjson::SIMDJSON_PADDING);
  buf.assign(event);
  od::document doc;
  if (impl_->parser.iterate(buf.data(), buf.size(), buf.capacity()).get(doc)) return false;
  bool have_choices = false;
  od::value top;
  if (doc.get_value().get(top)) return false;
  const bool ok = Fields(top, [&](std::string_view k, od::value v) {
    if (k == "error") return false;  // the upstream's error event: the full path passes it on
    if (k == "choices") {
      have_choices = true;
      return Is(v, od::json_type::array) && Elements(v, [&](size_t i, od::value cv) {
               return ReadChoice(cv, i, buf.data(), out, impl_->ranks, completion);
             });
    }
    if (k == "usage") {
      bool is_null = false;
      if (!Is(v, od::json_type::object)) {
        if (!v.is_null().get(is_null) && is_null) return true;
      } else if (completion) {
        out.meta = true;
        return Fields(v, [&](std::string_view uk, od::value uv) {
          if (uk == "prompt_tokens") return ReadCount(uv, out.usage.prompt_tokens);
          if (uk == "completion_tokens") return ReadCount(uv, out.usage.completion_tokens);
          if (uk == "total_tokens") return ReadCount(uv, out.usage.total_tokens);
          return Skip(uv, 2);
        });
      }
      out.meta = true;
    }
    return Skip(v, 1);
  });
  if (!ok) return false;
  if (!have_choices) return false;
  // Nothing may follow the object (simdjson 3.0's On-Demand does not check).
  const char* at = nullptr;
  if (doc.current_location().get(at) == simdjson::SUCCESS) return false;
  return true;
}

void ChunkReader::Splice(std::string_view event, const RawChunk& chunk, const std::vector<std::string>& texts,
                         std::string& out) {
  std::vector<size_t> order(chunk.slots.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return chunk.slots[a].begin < chunk.slots[b].begin; });
  size_t at = 0;
  for (size_t i : order) {
    const RawDeltaSlot& s = chunk.slots[i];
    if (texts[i] == s.text) continue;  // unchanged: its literal is copied as it is
    out.append(event.data() + at, s.begin - at);
    out += '"';
    AppendJsonStringInner(texts[i], out);
    out += '"';
    at = s.end;
  }
  out.append(event.data() + at, event.size() - at);
}

}  // namespace convoguard::openai
