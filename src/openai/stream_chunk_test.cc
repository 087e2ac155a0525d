// ChunkReader against the full path (ParseJson + DeltaTexts + DumpJson): the
// same texts in the same order with the same keys, a splice that is the same
// document (the same bytes for nlohmann's compact form), and never an event
// accepted that nlohmann would refuse; on random chunks, written compactly or
// with shuffled keys, spaces and escapes, and on random corruptions of them.
#include "openai/stream_chunk.h"

#include <gtest/gtest.h>

#include <random>

#include "openai/json_io.h"
#include "openai/wire.h"

namespace convoguard::openai {
namespace {

using nlohmann::json;

const char* const kAlphabet[] = {"a", "Z", " ", "\"", "\\", "\n", "\t", "\x01", "\x1f", "\xc3\xa9", "\xe2\x82\xac",
                                 "\xf0\x9f\x98\x80", "/", "<", "EMAIL", "_1>", "{", "}", "[", "]", ":", ","};

std::string RandomText(std::mt19937& rng, int max_len = 12) {
  std::string s;
  const int n = static_cast<int>(rng() % (max_len + 1));
  for (int k = 0; k < n; ++k) s += kAlphabet[rng() % (sizeof kAlphabet / sizeof *kAlphabet)];
  return s;
}

json RandomScalar(std::mt19937& rng) {
  switch (rng() % 7) {
    case 0: return static_cast<uint64_t>(rng() % 100000);
    case 1: return -static_cast<int64_t>(rng() % 1000) - 1;
    case 2: return (rng() % 1000) / 8.0;
    case 3: return rng() % 2 == 0;
    case 4: return nullptr;
    default: return RandomText(rng);
  }
}

json RandomValue(std::mt19937& rng, int depth) {
  if (depth > 2 || rng() % 3 != 0) return RandomScalar(rng);
  if (rng() % 2 == 0) {
    json a = json::array();
    for (int i = static_cast<int>(rng() % 3); i > 0; --i) a.push_back(RandomValue(rng, depth + 1));
    return a;
  }
  json o = json::object();
  for (int i = static_cast<int>(rng() % 3); i > 0; --i) o[RandomText(rng, 4) + "x"] = RandomValue(rng, depth + 1);
  return o;
}

// A chunk of the kinds upstreams send, with oddities now and then.
json RandomChunk(std::mt19937& rng) {
  json c = {{"id", "chatcmpl-" + std::to_string(rng() % 1000)}, {"object", "chat.completion.chunk"},
            {"created", 1700000000 + rng() % 1000}, {"model", "m"}};
  json choices = json::array();
  for (int i = 1 + static_cast<int>(rng() % 3 == 0); i > 0; --i) {
    json ch = json::object();
    switch (rng() % 8) {
      case 0: break;  // no index
      case 1: ch["index"] = -1; break;
      case 2: ch["index"] = "0"; break;
      case 3: ch["index"] = 1.5; break;
      default: ch["index"] = rng() % 3;
    }
    if (rng() % 6 == 0) {
      ch["text"] = rng() % 5 == 0 ? RandomScalar(rng) : json(RandomText(rng));
    } else {
      json d = json::object();
      if (rng() % 5 == 0) d["role"] = "assistant";
      if (rng() % 9 == 0) d["refusal"] = nullptr;
      if (rng() % 4 != 0) d["content"] = rng() % 6 == 0 ? RandomScalar(rng) : json(RandomText(rng));
      if (rng() % 4 == 0) {
        json calls = json::array();
        for (int j = 1 + static_cast<int>(rng() % 2); j > 0; --j) {
          json call = json::object();
          if (rng() % 4 != 0) call["index"] = rng() % 3;
          if (rng() % 4 == 0) call["id"] = "call_" + std::to_string(rng() % 100);
          if (rng() % 6 == 0) {
            call["function"] = RandomScalar(rng);
          } else {
            json fn = json::object();
            if (rng() % 4 == 0) fn["name"] = "f";
            if (rng() % 5 != 0) fn["arguments"] = rng() % 6 == 0 ? RandomScalar(rng) : json(RandomText(rng));
            call["function"] = fn;
          }
          calls.push_back(rng() % 10 == 0 ? RandomScalar(rng) : call);
        }
        d["tool_calls"] = calls;
      }
      ch["delta"] = rng() % 12 == 0 ? RandomScalar(rng) : d;
    }
    ch["logprobs"] = nullptr;
    ch["finish_reason"] = rng() % 10 == 0 ? json("stop") : json(nullptr);
    choices.push_back(rng() % 15 == 0 ? RandomScalar(rng) : ch);
  }
  c["choices"] = choices;
  if (rng() % 5 == 0) c["usage"] = rng() % 2 ? json(nullptr) : json({{"total_tokens", rng() % 100}});
  if (rng() % 4 == 0) c[RandomText(rng, 5) + "extra"] = RandomValue(rng, 0);
  return c;
}

// The same document with shuffled keys, random spaces and escapes.
void WriteLoose(const json& j, std::mt19937& rng, std::string& out) {
  auto space = [&] {
    static const char* ws[] = {"", "", " ", "\n", "\t ", "\r\n"};
    out += ws[rng() % 6];
  };
  auto str = [&](const std::string& s) {
    out += '"';
    if (rng() % 3 == 0) {  // escape plain ASCII letters and '/' the long way
      for (unsigned char ch : s) {
        char buf[8];
        if (ch == '/' ) {
          out += "\\/";
        } else if (ch >= 'a' && ch <= 'z') {
          std::snprintf(buf, sizeof buf, "\\u%04x", ch);
          out += buf;
        } else {
          AppendJsonStringInner(std::string(1, static_cast<char>(ch)), out);
        }
      }
    } else {
      AppendJsonStringInner(s, out);
    }
    out += '"';
  };
  space();
  if (j.is_object()) {
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    std::shuffle(keys.begin(), keys.end(), rng);
    out += '{';
    for (size_t i = 0; i < keys.size(); ++i) {
      if (i) out += ',';
      space();
      str(keys[i]);
      space();
      out += ':';
      WriteLoose(j[keys[i]], rng, out);
    }
    space();
    out += '}';
  } else if (j.is_array()) {
    out += '[';
    for (size_t i = 0; i < j.size(); ++i) {
      if (i) out += ',';
      WriteLoose(j[i], rng, out);
    }
    space();
    out += ']';
  } else if (j.is_string()) {
    str(j.get<std::string>());
  } else {
    out += j.dump();
  }
  space();
}

// Read's verdict against the full path's, for one event text. Returns
// whether the fast path took it.
bool Check(ChunkReader& reader, const std::string& text, bool canonical, std::mt19937& rng) {
  RawChunk raw;
  const bool fast = reader.Read(text, raw);
  json dom = ParseJson(text);
  if (!fast) return false;
  EXPECT_FALSE(dom.is_discarded()) << "accepted what nlohmann refuses: " << text;
  if (dom.is_discarded()) return true;
  std::vector<DeltaSlot> slots;
  DeltaTexts(dom, slots);
  EXPECT_EQ(slots.size(), raw.slots.size()) << text;
  if (slots.size() != raw.slots.size()) return true;
  std::vector<std::string> texts;
  for (size_t i = 0; i < slots.size(); ++i) {
    EXPECT_EQ(slots[i].value->get<std::string>(), raw.slots[i].text) << text;
    EXPECT_EQ(slots[i].key, raw.slots[i].key) << text;
    EXPECT_EQ(slots[i].choice, raw.slots[i].choice) << text;
    EXPECT_EQ(slots[i].is_json_arguments, raw.slots[i].is_json_arguments) << text;
    EXPECT_EQ(slots[i].tool_index, raw.slots[i].tool_index) << text;
    EXPECT_EQ(slots[i].completion_text, raw.slots[i].completion_text) << text;
    const unsigned pick = rng() % 4;  // sometimes unchanged: Splice keeps its literal
    texts.push_back(pick == 0 ? std::string() : pick == 1 ? std::string(raw.slots[i].text) : RandomText(rng, 20));
  }
  for (size_t i = 0; i < slots.size(); ++i) *slots[i].value = texts[i];
  std::string spliced;
  ChunkReader::Splice(text, raw, texts, spliced);
  json back = ParseJson(spliced);
  EXPECT_EQ(back, dom) << text << "\n" << spliced;
  if (canonical) {
    EXPECT_EQ(spliced, DumpJson(dom)) << text;
  }
  return true;
}

TEST(ChunkReader, AgreesWithTheFullPathOnRandomChunks) {
  std::mt19937 rng(11);
  ChunkReader reader;
  int fast_canonical = 0, fast_loose = 0;
  const int n = 6000;
  for (int i = 0; i < n; ++i) {
    json c = RandomChunk(rng);
    fast_canonical += Check(reader, DumpJson(c), true, rng);
    std::string loose;
    WriteLoose(c, rng, loose);
    fast_loose += Check(reader, loose, false, rng);
  }
  // Most chunks are ordinary (the generator makes a finish_reason in one
  // choice of ten); the fast path must take them.
  EXPECT_GT(fast_canonical, n / 2);
  EXPECT_GT(fast_loose, n / 3);
}

// A whole (non-streamed) answer made from a random chunk: each choice's
// delta becomes its message, most choices finish.
json RandomCompletion(std::mt19937& rng) {
  json c = RandomChunk(rng);
  c["object"] = "chat.completion";
  if (c.contains("choices") && c["choices"].is_array()) {
    for (json& ch : c["choices"]) {
      if (!ch.is_object()) continue;
      if (ch.contains("delta")) {
        ch["message"] = std::move(ch["delta"]);
        ch.erase("delta");
      }
      if (rng() % 4 != 0) ch["finish_reason"] = rng() % 2 ? "stop" : "length";
    }
  }
  // Usage: counts of every kind an upstream might send (the reader must
  // read them as UsageOf does), sometimes not an object at all.
  auto count = [&]() -> json {
    switch (rng() % 8) {
      case 0: return rng() % 5000;
      case 1: return -static_cast<int64_t>(rng() % 5000) - 1;
      case 2: return 12.5;
      case 3: return uint64_t{18446744073709551615u};  // get<int64_t>() wraps it
      case 4: return "7";
      case 5: return nullptr;
      case 6: return json::object({{"n", 1}});
      default: return int64_t{-9223372036854775807} - 1;
    }
  };
  switch (rng() % 4) {
    case 0: break;
    case 1: c["usage"] = rng() % 2 ? json(nullptr) : json("many"); break;
    default: {
      json u = json::object();
      for (const char* k : {"prompt_tokens", "completion_tokens", "total_tokens"}) {
        if (rng() % 4 != 0) u[k] = count();
      }
      c["usage"] = std::move(u);
    }
  }
  return c;
}

void ExpectSameCount(const UsageCount& a, const UsageCount& b, const std::string& text) {
  EXPECT_EQ(a.integer, b.integer) << text;
  EXPECT_EQ(a.is_unsigned, b.is_unsigned) << text;
  EXPECT_EQ(a.value, b.value) << text;
  EXPECT_EQ(a.unsigned_value, b.unsigned_value) << text;
}

void ExpectSameUsage(const Usage& a, const Usage& b, const std::string& text) {
  ExpectSameCount(a.prompt_tokens, b.prompt_tokens, text);
  ExpectSameCount(a.completion_tokens, b.completion_tokens, text);
  ExpectSameCount(a.total_tokens, b.total_tokens, text);
}

// ReadCompletion finds ResponseTexts' texts, in its order, and Splice with
// new texts gives the document DumpJson gives for the edited answer (its
// very bytes for compact, key-sorted input), whatever the spacing.
TEST(ChunkReader, ReadsWholeAnswersAsResponseTextsDoes) {
  std::mt19937 rng(23);
  ChunkReader reader;
  int taken = 0;
  const int n = 6000;
  for (int i = 0; i < n; ++i) {
    const json answer = RandomCompletion(rng);
    std::string loose;
    WriteLoose(answer, rng, loose);
    for (const std::string& text : {DumpJson(answer), loose}) {
      RawChunk raw;
      const bool fast = reader.ReadCompletion(text, raw);
      json dom = ParseJson(text);
      if (!fast) continue;
      ++taken;
      ASSERT_FALSE(dom.is_discarded()) << "accepted what nlohmann refuses: " << text;
      ExpectSameUsage(raw.usage, UsageOf(dom), text);
      std::vector<ResponseSlot> slots;
      ResponseTexts(dom, slots);
      ASSERT_EQ(slots.size(), raw.slots.size()) << text;
      std::vector<std::string> texts;
      for (size_t k = 0; k < slots.size(); ++k) {
        EXPECT_EQ(slots[k].value->get<std::string>(), raw.slots[k].text) << text;
        EXPECT_EQ(slots[k].is_json_arguments, raw.slots[k].is_json_arguments) << text;
        const unsigned pick = rng() % 4;  // sometimes unchanged: Splice keeps its literal
        texts.push_back(pick == 0 ? std::string() : pick == 1 ? std::string(raw.slots[k].text) : RandomText(rng, 20));
        *slots[k].value = texts.back();
      }
      std::string spliced;
      ChunkReader::Splice(text, raw, texts, spliced);
      EXPECT_EQ(ParseJson(spliced), dom) << text << "\n" << spliced;
      if (text != loose) {
        EXPECT_EQ(spliced, DumpJson(dom)) << text;
      }
    }
  }
  EXPECT_GT(taken, n) << "the reader must take most answers";
  // What it leaves to the full path: a repeated key, an error, no choices.
  RawChunk raw;
  EXPECT_FALSE(reader.ReadCompletion(R"({"choices":[{"message":{"content":"a","content":"b"}}]})", raw));
  EXPECT_FALSE(reader.ReadCompletion(R"({"error":{"message":"x"},"choices":[]})", raw));
  EXPECT_FALSE(reader.ReadCompletion(R"({"id":"x"})", raw));
  EXPECT_TRUE(reader.ReadCompletion(R"({"choices":[{"finish_reason":"stop","message":{"content":"a"}}]} )", raw));
}

// The usage counts the gateway settles rate limits with and stores, read in
// place as UsageOf reads them from the document.
TEST(ChunkReader, ReadsAnAnswersUsageAsUsageOfDoes) {
  ChunkReader reader;
  RawChunk raw;
  const std::string answer =
      R"({"choices":[],"usage":{"prompt_tokens":-3,"completion_tokens":2.0,"total_tokens":12,"extra":{"a":[1]}}})";
  ASSERT_TRUE(reader.ReadCompletion(answer, raw));
  EXPECT_TRUE(raw.usage.prompt_tokens.integer);
  EXPECT_FALSE(raw.usage.prompt_tokens.is_unsigned);
  EXPECT_EQ(raw.usage.prompt_tokens.value, -3);
  EXPECT_FALSE(raw.usage.completion_tokens.integer);  // 2.0 is a float
  EXPECT_TRUE(raw.usage.total_tokens.is_unsigned);
  EXPECT_EQ(raw.usage.total_tokens.unsigned_value, 12u);
  ExpectSameUsage(raw.usage, UsageOf(ParseJson(answer)), answer);
  // The next answer's counts are its own.
  ASSERT_TRUE(reader.ReadCompletion(R"({"choices":[],"usage":null})", raw));
  EXPECT_FALSE(raw.usage.total_tokens.integer);
  // Beyond 64 bits nlohmann makes a float: left to the full path.
  EXPECT_FALSE(reader.ReadCompletion(R"({"choices":[],"usage":{"total_tokens":99999999999999999999}})", raw));
}

// The raw body of a string literal, valid or not: plain text, escapes of
// every kind (\u ones and lone surrogates too), raw quotes, control bytes,
// invalid UTF-8, a trailing backslash.
std::string RandomLiteralBody(std::mt19937& rng) {
  static const char* const kPieces[] = {"a", "Z", " ", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t",
                                        "\\u00e9", "\\ud83d\\ude00", "\\ud800", "\\x", "\"", "\x01", "\x1f", "\t",
                                        "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xff", "\xc3", "\xed\xa0\x80",
                                        "<EMAIL_1>", "}", "]", ",", "\\"};
  std::string s;
  for (int k = static_cast<int>(rng() % 8); k > 0; --k) s += kPieces[rng() % (sizeof kPieces / sizeof *kPieces)];
  return s;
}

// Read remembers the last event's shape; an event that differs from it only
// in its text's literal is answered from the memo. Its answers must be the
// ones a reader that has seen nothing before gives (and the full path's).
TEST(ChunkReader, AnswersRepeatedShapesAsAFreshReaderDoes) {
  std::mt19937 rng(13);
  ChunkReader reader;
  int hits = 0, accepted = 0;
  std::string prefix, suffix;
  for (int i = 0; i < 30000; ++i) {
    if (i % 200 == 0 || rng() % 500 == 0) {  // a new stream, or an odd event in between
      json c = RandomChunk(rng);
      std::string t = DumpJson(c);
      RawChunk raw;
      if (rng() % 4 == 0) {
        std::string loose;
        WriteLoose(c, rng, loose);
        t = loose;
      }
      Check(reader, t, false, rng);
      ChunkReader fresh;
      if (fresh.Read(t, raw) && raw.slots.size() == 1) {
        prefix = t.substr(0, raw.slots[0].begin);
        suffix = t.substr(raw.slots[0].end);
      }
      continue;
    }
    if (prefix.empty()) continue;
    const std::string t = prefix + "\"" + RandomLiteralBody(rng) + "\"" + suffix;
    RawChunk memo, fresh_raw;
    ChunkReader fresh;
    const bool ok = reader.Read(t, memo);
    ASSERT_EQ(ok, fresh.Read(t, fresh_raw)) << t;
    if (!ok) continue;
    ++accepted;
    ASSERT_EQ(memo.slots.size(), fresh_raw.slots.size()) << t;
    EXPECT_EQ(memo.meta, fresh_raw.meta) << t;
    for (size_t k = 0; k < memo.slots.size(); ++k) {
      EXPECT_EQ(memo.slots[k].begin, fresh_raw.slots[k].begin) << t;
      EXPECT_EQ(memo.slots[k].end, fresh_raw.slots[k].end) << t;
      EXPECT_EQ(memo.slots[k].text, fresh_raw.slots[k].text) << t;
      EXPECT_EQ(memo.slots[k].key, fresh_raw.slots[k].key) << t;
      EXPECT_EQ(memo.slots[k].choice, fresh_raw.slots[k].choice) << t;
      EXPECT_EQ(memo.slots[k].is_json_arguments, fresh_raw.slots[k].is_json_arguments) << t;
      EXPECT_EQ(memo.slots[k].tool_index, fresh_raw.slots[k].tool_index) << t;
      EXPECT_EQ(memo.slots[k].completion_text, fresh_raw.slots[k].completion_text) << t;
    }
    hits += Check(reader, t, false, rng);
  }
  EXPECT_GT(accepted, 3000);  // the generator's bodies are valid often enough
  EXPECT_GT(hits, 3000);
}

TEST(ChunkReader, NeverAcceptsACorruptedEventThatNlohmannRefuses) {
  std::mt19937 rng(12);
  ChunkReader reader;
  const std::string junk = "{}[]\",:\\ 0123456789-.eEtrufalsn\x01\x7f\xff\xc3";
  for (int i = 0; i < 20000; ++i) {
    std::string t = DumpJson(RandomChunk(rng));
    for (int m = 1 + static_cast<int>(rng() % 3); m > 0 && !t.empty(); --m) {
      const size_t at = rng() % t.size();
      switch (rng() % 4) {
        case 0: t.erase(at, 1); break;
        case 1: t.insert(at, 1, junk[rng() % junk.size()]); break;
        case 2: t[at] = junk[rng() % junk.size()]; break;
        default: t.resize(at); break;
      }
    }
    Check(reader, t, false, rng);
  }
}

TEST(ChunkReader, LeavesUnusualEventsToTheFullPath) {
  ChunkReader reader;
  RawChunk raw;
  const char* base = R"({"choices":[{"delta":{"content":"hi"},"finish_reason":null,"index":0}],"id":"x"})";
  ASSERT_TRUE(reader.Read(base, raw));
  ASSERT_EQ(raw.slots.size(), 1u);
  EXPECT_EQ(raw.slots[0].text, "hi");
  EXPECT_EQ(raw.slots[0].key, "c0");
  EXPECT_FALSE(raw.meta);
  for (const char* t : {
           "",
           "[1]",
           "\"s\"",
           "\xEF\xBB\xBF{\"choices\":[]}",                                    // byte-order mark
           R"({"id":"x"})",                                                   // no choices
           R"({"choices":{}})",                                               // not an array
           R"({"choices":[],"error":{"message":"m"}})",                       // an error event
           R"({"choices":[{"delta":{},"finish_reason":"stop","index":0}]})",  // finishing
           R"({"choices":[{"delta":{"content":"a","content":"b"}}]})",        // repeated key
           R"({"choices":[],"choices":[]})",
           R"({"choices":[],"n":-0})",                                        // -0
           R"({"choices":[],"n":123456789012345678901234567890})",            // big integer
           R"({"choices":[]} {"b":2})",                                       // trailing content
           R"({"choices":[]}])",
           R"({"choices":[]})" "x",
           R"({"choices":[{"delta":{"content":"a\ud800"}}]})",                // lone surrogate
           "{\"choices\":[{\"delta\":{\"content\":\"a\x01\"}}]}",             // raw control byte
           "{\"choices\":[{\"delta\":{\"content\":\"\xff\"}}]}",              // invalid UTF-8
           R"({"choices":[{"delta":{"content":"a"}}],)",
           R"({"choices":[{"delta":{"content":"a"}}])",
           R"({"choices":[{"delta":{"content":"a"}}],"x":nul})",
           R"({"choices":[{"delta":{"content":"a"}}],"x":01})",
       }) {
    EXPECT_FALSE(reader.Read(t, raw)) << t;
  }
  std::string deep = R"({"choices":[],"d":)";
  for (int i = 0; i < 100; ++i) deep += "[";
  for (int i = 0; i < 100; ++i) deep += "]";
  EXPECT_FALSE(reader.Read(deep + "}", raw));
}

TEST(ChunkReader, ReportsMeta) {
  ChunkReader reader;
  RawChunk raw;
  for (const char* t : {R"({"choices":[{"delta":{"role":"assistant","content":""}}]})",
                        R"({"choices":[{"delta":{"refusal":null}}]})",
                        R"({"choices":[{"delta":{"tool_calls":[{"index":0,"id":"c1"}]}}]})",
                        R"({"choices":[{"delta":{"tool_calls":[{"function":{"name":"f","arguments":""}}]}}]})",
                        R"({"choices":[],"usage":{"total_tokens":3}})"}) {
    ASSERT_TRUE(reader.Read(t, raw)) << t;
    EXPECT_TRUE(raw.meta) << t;
  }
  for (const char* t : {R"({"choices":[{"delta":{"content":"x"},"finish_reason":null}],"usage":null})",
                        R"({"choices":[{"delta":{"tool_calls":[{"index":1,"function":{"arguments":"{"}}]}}]})"}) {
    ASSERT_TRUE(reader.Read(t, raw)) << t;
    EXPECT_FALSE(raw.meta) << t;
  }
}

}  // namespace
}  // namespace convoguard::openai
