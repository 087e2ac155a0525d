#include "openai/json_io.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace convoguard::openai {

using nlohmann::json;

namespace {

constexpr size_t kFastParseMaxBytes = 1 << 20;  // larger documents: nlohmann (no big per-thread buffers)
constexpr size_t kFastParseMaxDepth = 256;

// False: leave this document to nlohmann.
bool Convert(simdjson::dom::element e, json& out, size_t depth) {
  using T = simdjson::dom::element_type;
  switch (e.type()) {
    case T::OBJECT: {
      if (depth >= kFastParseMaxDepth) return false;
      out = json::object();
      auto& obj = *out.get_ptr<json::object_t*>();
      for (simdjson::dom::key_value_pair kv : simdjson::dom::object(e)) {
        // operator[]: a repeated key keeps its last value, as nlohmann's parser does.
        if (!Convert(kv.value, obj[std::string(kv.key)], depth + 1)) return false;
      }
      return true;
    }
    case T::ARRAY: {
      if (depth >= kFastParseMaxDepth) return false;
      out = json::array();
      auto& arr = *out.get_ptr<json::array_t*>();
      for (simdjson::dom::element v : simdjson::dom::array(e)) {
        arr.emplace_back();
        if (!Convert(v, arr.back(), depth + 1)) return false;
      }
      return true;
    }
    case T::STRING: {
      std::string_view s = e.get_string().value_unsafe();
      out = std::string(s);
      return true;
    }
    case T::INT64: {
      const int64_t v = e.get_int64().value_unsafe();
      // nlohmann stores every integer without a minus sign as unsigned.
      if (v >= 0) {
        out = static_cast<uint64_t>(v);
      } else {
        out = v;
      }
      return true;
    }
    case T::UINT64:
      out = e.get_uint64().value_unsafe();
      return true;
    case T::DOUBLE: {
      const double d = e.get_double().value_unsafe();
      // "-0" is an integer to nlohmann and a double to simdjson; "-0.0" a
      // double to both. The text is gone here, so nlohmann decides.
      if (d == 0 && std::signbit(d)) return false;
      out = d;
      return true;
    }
    case T::BOOL:
      out = e.get_bool().value_unsafe();
      return true;
    case T::NULL_VALUE:
      out = nullptr;
      return true;
  }
  return false;
}

// Bytes that a JSON string cannot hold as they are.
struct EscapeTable {
  bool escape[256] = {};
  constexpr EscapeTable() {
    for (int c = 0; c < 0x20; ++c) escape[c] = true;
    escape[static_cast<unsigned char>('"')] = true;
    escape[static_cast<unsigned char>('\\')] = true;
  }
};
constexpr EscapeTable kEscape;

// Whether any of the 8 bytes of w is one that kEscape marks: below 0x20,
// '"' or '\\' (the usual SWAR tests for a byte below n and for a zero
// byte; exact for "any", which is all that is asked).
inline bool AnyToEscape(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
  const uint64_t below_space = (w - kOnes * 0x20) & ~w;
  const uint64_t is_quote = (quote - kOnes) & ~quote;
  const uint64_t is_backslash = (backslash - kOnes) & ~backslash;
  return ((below_space | is_quote | is_backslash) & kHighs) != 0;
}

// The first i' >= i with s[i'] a byte that kEscape marks, or s.size():
// sixteen bytes at a time (SSE2), else eight (AnyToEscape), past text with
// nothing to escape, the common case.
size_t NextToEscape(std::string_view s, size_t i) {
  const size_t n = s.size();
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  const __m128i top3 = _mm_set1_epi8(static_cast<char>(0xe0)), zero = _mm_setzero_si128();
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i below_space = _mm_cmpeq_epi8(_mm_and_si128(v, top3), zero);
    const int mask = _mm_movemask_epi8(
        _mm_or_si128(below_space, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash))));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, sizeof w);
    if (AnyToEscape(w)) break;
    i += 8;
  }
  while (i < n && !kEscape.escape[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

void AppendEscapedValid(std::string_view s, std::string& out) {
  static const char* hex = "0123456789abcdef";
  const size_t n = s.size();
  size_t run = 0;
  for (size_t i = NextToEscape(s, 0); i < n; i = NextToEscape(s, i + 1)) {
    const auto c = static_cast<unsigned char>(s[i]);
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        out.append(u, 6);
      }
    }
  }
  out.append(s.data() + run, n - run);
}

void AppendString(const std::string& s, std::string& out) {
  if (!simdjson::validate_utf8(s.data(), s.size())) {  // nlohmann's replacement rules, exactly
    out += json(s).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  out += '"';
  AppendEscapedValid(s, out);
  out += '"';
}

}  // namespace

json ParseJson(std::string_view text) {
  if (text.size() <= kFastParseMaxBytes) {
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(text.data(), text.size(), true).get(doc) == simdjson::SUCCESS) {
      json out;
      if (Convert(doc, out, 0)) return out;
    }
  }
  return json::parse(text.begin(), text.end(), nullptr, false);
}

void AppendJson(const json& j, std::string& out) {
  switch (j.type()) {
    case json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [k, v] : *j.get_ptr<const json::object_t*>()) {
        if (!first) out += ',';
        first = false;
        AppendString(k, out);
        out += ':';
        AppendJson(v, out);
      }
      out += '}';
      return;
    }
    case json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& v : *j.get_ptr<const json::array_t*>()) {
        if (!first) out += ',';
        first = false;
        AppendJson(v, out);
      }
      out += ']';
      return;
    }
    case json::value_t::string:
      AppendString(*j.get_ptr<const json::string_t*>(), out);
      return;
    case json::value_t::boolean:
      out += *j.get_ptr<const json::boolean_t*>() ? "true" : "false";
      return;
    case json::value_t::null:
      out += "null";
      return;
    default:  // numbers, binary, discarded: nlohmann's own formatting
      out += j.dump(-1, ' ', false, json::error_handler_t::replace);
      return;
  }
}

std::string DumpJson(const json& j) {
  std::string out;
  out.reserve(256);
  AppendJson(j, out);
  return out;
}

void AppendJsonStringInner(std::string_view text, std::string& out) {
  if (!simdjson::validate_utf8(text.data(), text.size())) {
    std::string quoted = json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
    out.append(quoted, 1, quoted.size() - 2);
    return;
  }
  AppendEscapedValid(text, out);
}

namespace {

// The first i' >= i with s[i'] a quote or a backslash, or s.size(): inside a
// string literal nothing else matters, and chat bodies are mostly literals.
size_t NextQuoteOrEscape(std::string_view s, size_t i) {
  const size_t n = s.size();
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\');
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash)));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i < n && s[i] != '"' && s[i] != '\\') ++i;
  return i;
}

}  // namespace

size_t JsonDepth(std::string_view s) {
  size_t depth = 0, max = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"') {  // a string literal: to its closing quote
      for (i = NextQuoteOrEscape(s, i + 1); i < s.size() && s[i] == '\\'; i = NextQuoteOrEscape(s, i + 2)) {
      }
      continue;
    }
    if (c == '[' || c == '{') max = std::max(max, ++depth);
    else if ((c == ']' || c == '}') && depth > 0) --depth;
  }
  return max;
}

}  // namespace convoguard::openai
