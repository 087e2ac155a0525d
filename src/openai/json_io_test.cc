// ParseJson and DumpJson against nlohmann's own parse and dump: the same
// document and the same bytes, on ordinary requests, edge cases and random
// documents with hostile strings.
#include "openai/json_io.h"

#include <gtest/gtest.h>

#include <random>

namespace convoguard::openai {
namespace {

using nlohmann::json;

std::string NlohmannDump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

void ExpectSameParse(const std::string& text) {
  json a = ParseJson(text);
  json b = json::parse(text, nullptr, false);
  ASSERT_EQ(a.is_discarded(), b.is_discarded()) << text;
  if (a.is_discarded()) return;
  EXPECT_EQ(a, b) << text;
  EXPECT_EQ(NlohmannDump(a), NlohmannDump(b)) << text;  // the same number types too
  EXPECT_EQ(DumpJson(a), NlohmannDump(b)) << text;
}

TEST(JsonIo, ParsesLikeNlohmann) {
  for (const char* t : {
           R"({"model":"m","messages":[{"role":"user","content":"hi \"there\"\n\u00e9\ud83d\ude00"}],"stream":true})",
           R"({"a":1,"b":-1,"c":1.5,"d":1e300,"e":-0,"f":-0.0,"g":0,"h":18446744073709551615,"i":-9223372036854775808})",
           R"({"big":123456789012345678901234567890,"neg":-123456789012345678901234567890})",
           R"({"dup":1,"dup":2,"z":null,"y":[true,false,[],{}]})",
           "\xEF\xBB\xBF{\"bom\":1}",
           R"(  [1, 2 , "x"]  )",
           R"("just a string")", "42", "null", "",
           R"({"a":1,})", R"({"a":01})", R"({"a":"\x"})", "{\"a\":\"\x01\"}", "{\"a\":\"\xff\"}",
           R"({"a":1} {"b":2})", R"([1,2)", R"({"a":1.})", R"({"a":"\ud800"})", R"({"a":"\u0000"})",
       }) {
    ExpectSameParse(t);
  }
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "[";
  for (int i = 0; i < 300; ++i) deep += "]";
  ExpectSameParse(deep);  // deeper than the fast path takes
}

TEST(JsonIo, DumpsLikeNlohmann) {
  std::mt19937 rng(3);
  const std::string alphabet[] = {"a", "Z", " ", "\"", "\\", "\n", "\t", "\r", "\b", "\f", "\x01", "\x1f", "\x7f",
                                  "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xff", "\xc3", "\xe2\x82", "/", "<"};
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) s += alphabet[rng() % (sizeof alphabet / sizeof *alphabet)];
    json j = {{"content", s}, {s, {1, -2, 3.25, nullptr, true, s}}, {"nested", {{"x", {{"y", s}}}}}};
    ASSERT_EQ(DumpJson(j), NlohmannDump(j)) << i;
    std::string inner;
    AppendJsonStringInner(s, inner);
    const std::string quoted = NlohmannDump(json(s));
    ASSERT_EQ(inner, quoted.substr(1, quoted.size() - 2)) << i;
    ExpectSameParse(NlohmannDump(j));  // replaced invalid UTF-8 parses back
  }
}

// The serializer skips eight bytes at a time where there is nothing to
// escape: one character to escape at every position of strings of every
// length up to 40 (so at every offset in and across the 16-byte and 8-byte blocks),
// among plain ASCII and among multi-byte UTF-8.
TEST(JsonIo, DumpsSparseEscapesAtEveryOffsetLikeNlohmann) {
  const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\t"};
  const std::string fillers[] = {"a", "\xc3\xa9", " ", "\x7f"};
  for (const std::string& fill : fillers) {
    for (size_t len = 0; len <= 40; ++len) {
      std::string plain;
      for (size_t k = 0; k < len; ++k) plain += fill;
      std::string inner;
      AppendJsonStringInner(plain, inner);
      const std::string plain_quoted = NlohmannDump(json(plain));
      ASSERT_EQ(inner, plain_quoted.substr(1, plain_quoted.size() - 2)) << len;
      for (size_t pos = 0; pos <= plain.size(); ++pos) {
        for (const std::string& sp : specials) {
          const std::string s = plain.substr(0, pos) + sp + plain.substr(pos);
          json j = {{"content", s}};
          ASSERT_EQ(DumpJson(j), NlohmannDump(j)) << len << " " << pos;
        }
      }
    }
  }
}

// JsonDepth's definition, a byte at a time.
size_t ReferenceDepth(std::string_view s) {
  size_t depth = 0, max = 0;
  bool in_str = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_str) {
      if (c == '\\') ++i;
      else if (c == '"') in_str = false;
      continue;
    }
    if (c == '"') in_str = true;
    else if (c == '[' || c == '{') max = std::max(max, ++depth);
    else if ((c == ']' || c == '}') && depth > 0) --depth;
  }
  return max;
}

TEST(JsonIo, DepthSkipsStringsAndEscapes) {
  EXPECT_EQ(JsonDepth(R"({"a":[1,{"b":"[[[{{"}]})"), 3u);
  EXPECT_EQ(JsonDepth(R"({"a":"\"[[[","b":[]})"), 2u);   // an escaped quote does not end the string
  EXPECT_EQ(JsonDepth(R"(["\\",[]])"), 2u);              // an escaped backslash does not escape the quote
  EXPECT_EQ(JsonDepth("]]]{"), 1u);
  EXPECT_EQ(JsonDepth("\"unterminated [[[ \\"), 0u);
  EXPECT_EQ(JsonDepth(""), 0u);
  // Random texts over the characters that matter, long enough for the
  // 16-byte skip, with quotes and escapes at every offset.
  std::mt19937 rng(7);
  const std::string alphabet = "\"\"\\[]{}aaaaaaaaaaaaaaaaaaaaa";
  for (int n = 0; n < 20000; ++n) {
    std::string t(rng() % 80, 'a');
    for (char& c : t) c = alphabet[rng() % alphabet.size()];
    ASSERT_EQ(JsonDepth(t), ReferenceDepth(t)) << t;
  }
}

}  // namespace
}  // namespace convoguard::openai
