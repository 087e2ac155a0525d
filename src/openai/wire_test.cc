#include "openai/wire.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace convoguard::openai {
namespace {

using nlohmann::json;

TEST(ErrorBody, HasOpenAiShapeAndTypeForStatus) {
  json e = json::parse(ErrorBody(403, "policy_violation.secrets.AWS_ACCESS_KEY_ID", "blocked", "messages[0].content"));
  EXPECT_EQ(e["error"]["type"], "permission_error");
  EXPECT_EQ(e["error"]["code"], "policy_violation.secrets.AWS_ACCESS_KEY_ID");
  EXPECT_EQ(e["error"]["message"], "blocked");
  EXPECT_EQ(e["error"]["param"], "messages[0].content");
  EXPECT_EQ(json::parse(ErrorBody(401, "x", "m"))["error"]["type"], "authentication_error");
  EXPECT_EQ(json::parse(ErrorBody(429, "x", "m"))["error"]["type"], "rate_limit_error");
  EXPECT_EQ(json::parse(ErrorBody(400, "x", "m"))["error"]["param"], nullptr);
  EXPECT_EQ(json::parse(ErrorBody(502, "x", "m"))["error"]["type"], "server_error");
}

TEST(SseParser, EventsSplitAnywhereAndAnyLineEnding) {
  const std::string stream = "data: {\"a\":1}\n\n: comment\r\ndata: {\"b\":\r\ndata: 2}\r\n\r\nevent: x\rdata: [DONE]\r\r";
  for (size_t step = 1; step <= stream.size(); ++step) {
    SseParser p;
    std::vector<SseEvent> ev;
    for (size_t i = 0; i < stream.size(); i += step) ASSERT_TRUE(p.Feed(stream.substr(i, step), ev).ok());
    ASSERT_EQ(ev.size(), 3u) << "step " << step;
    EXPECT_EQ(ev[0].data, "{\"a\":1}");
    EXPECT_EQ(ev[1].data, "{\"b\":\n2}");
    EXPECT_TRUE(ev[2].done());
  }
}

// Cut at FirstEventEnd, a stream comes apart one event per piece, whatever
// its line ends, and the pieces parse to the stream's events.
TEST(FirstEventEnd, CutsAfterEachEventsBlankLine) {
  const std::string stream = "data: {\"a\":1}\n\n: comment\r\ndata: {\"b\":\r\ndata: 2}\r\n\r\nevent: x\rdata: [DONE]\r\r";
  std::vector<std::string> pieces;
  for (std::string_view rest = stream; !rest.empty();) {
    const size_t n = FirstEventEnd(rest);
    ASSERT_GT(n, 0u);
    pieces.emplace_back(rest.substr(0, n));
    rest.remove_prefix(n);
  }
  EXPECT_EQ(pieces, (std::vector<std::string>{"data: {\"a\":1}\n\n", ": comment\r\ndata: {\"b\":\r\ndata: 2}\r\n\r\n",
                                               "event: x\rdata: [DONE]\r\r"}));
  SseParser p;
  std::vector<SseEvent> ev;
  for (const auto& piece : pieces) {
    const size_t before = ev.size();
    ASSERT_TRUE(p.Feed(piece, ev).ok());
    EXPECT_EQ(ev.size(), before + 1) << piece;
  }
  EXPECT_EQ(FirstEventEnd("data: x\n"), 8u) << "no blank line yet: all of it";
  EXPECT_EQ(FirstEventEnd("data: x\r"), 8u);
  EXPECT_EQ(FirstEventEnd("data: x\n\ndata: y\n\n"), 9u);
  EXPECT_EQ(FirstEventEnd(""), 0u);
}

TEST(SseParser, OversizedEventIsAnError) {
  SseParser p(100);
  std::vector<SseEvent> ev;
  EXPECT_EQ(p.Feed("data: " + std::string(200, 'x'), ev).code(), StatusCode::kResourceExhausted);
}

TEST(ChatRequestTexts, FindsEveryTextWithRoleAndPath) {
  json body = json::parse(R"({"model":"m","messages":[
    {"role":"system","content":"sys"},
    {"role":"user","content":[{"type":"text","text":"t1"},{"type":"image_url","image_url":{"url":"u"}},{"type":"text","text":"t2"}]},
    {"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}}]},
    {"role":"tool","tool_call_id":"c","content":"result"}],"x_unknown":{"keep":true}})");
  std::vector<TextSlot> slots;
  ASSERT_TRUE(ChatRequestTexts(body, slots).ok());
  ASSERT_EQ(slots.size(), 5u);
  EXPECT_EQ(slots[0].role, TextRole::kSystem);
  EXPECT_EQ(slots[1].path, "messages[1].content[0].text");
  EXPECT_EQ(slots[2].path, "messages[1].content[2].text");
  EXPECT_EQ(slots[3].path, "messages[2].tool_calls[0].function.arguments");
  EXPECT_EQ(slots[4].role, TextRole::kTool);
  *slots[1].value = "changed";
  EXPECT_EQ(body["messages"][1]["content"][0]["text"], "changed");
  EXPECT_TRUE(body["x_unknown"]["keep"]);
}

TEST(ChatRequestTexts, SchemaViolationsNameTheField) {
  auto err = [](const char* text) {
    json body = json::parse(text);
    std::vector<TextSlot> slots;
    return ChatRequestTexts(body, slots).message();
  };
  EXPECT_EQ(err(R"({"messages":[]})"), "model: expected a string");
  EXPECT_EQ(err(R"({"model":"m"})"), "messages: expected an array");
  EXPECT_EQ(err(R"({"model":"m","messages":[{"role":1}]})"), "messages[0].role: expected a string");
  EXPECT_EQ(err(R"({"model":"m","messages":[{"role":"user","content":5}]})"),
            "messages[0].content: expected a string, an array of parts or null");
  EXPECT_EQ(err(R"({"model":"m","messages":[{"role":"user","content":[{"type":"text"}]}]})"),
            "messages[0].content[0].text: expected a string");
}

// `model`, `user` and `safety_identifier` longer than the store keeps (256
// characters, counted in code points) are refused by chat and completions
// requests, naming the field; embeddings keep no record and are not checked.
TEST(RequestTexts, StoredIdentifiersMustFitTheStore) {
  auto check = [](json body) {
    std::vector<TextSlot> slots;
    body["messages"] = json::array({{{"role", "user"}, {"content", "hi"}}});
    body["prompt"] = "hi";
    body["input"] = "hi";
    const Status chat = ChatRequestTexts(body, slots);
    EXPECT_EQ(CompletionRequestTexts(body, slots).message(), chat.message());
    EXPECT_TRUE(EmbeddingRequestTexts(body, slots).ok());
    return chat;
  };
  std::string cjk;
  for (size_t i = 0; i < kMaxIdentifierChars; ++i) cjk += "\xe5\xad\x97";  // 256 characters, 768 bytes
  EXPECT_TRUE(check({{"model", "m"}, {"user", cjk}}).ok());
  EXPECT_TRUE(check({{"model", "m"}, {"user", nullptr}, {"safety_identifier", cjk}}).ok());
  EXPECT_TRUE(check({{"model", std::string(kMaxIdentifierChars, 'm')}}).ok());
  const Status long_user = check({{"model", "m"}, {"user", cjk + "x"}});
  EXPECT_EQ(long_user.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(long_user.message(), "user: longer than 256 characters");
  EXPECT_EQ(check({{"model", "m"}, {"safety_identifier", std::string(257, 's')}}).message(),
            "safety_identifier: longer than 256 characters");
  const Status not_string = check({{"model", "m"}, {"user", 7}});
  EXPECT_EQ(not_string.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(not_string.message(), "user: expected a string");
  EXPECT_EQ(check({{"model", std::string(kMaxIdentifierChars + 1, 'm')}}).message(), "model: longer than 256 characters");
  json embeddings = {{"model", "m"}, {"input", "hi"}, {"user", std::string(1000, 'u')}};
  std::vector<TextSlot> slots;
  EXPECT_TRUE(EmbeddingRequestTexts(embeddings, slots).ok());
}

TEST(EmbeddingRequestTexts, TokenArraysAreRefused) {
  json body = json::parse(R"({"model":"m","input":[[1,2,3]]})");
  std::vector<TextSlot> slots;
  Status s = EmbeddingRequestTexts(body, slots);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("input[0]"), std::string::npos);
  body = json::parse(R"({"model":"m","input":["a","b"]})");
  slots.clear();
  ASSERT_TRUE(EmbeddingRequestTexts(body, slots).ok());
  EXPECT_EQ(slots.size(), 2u);
}

TEST(DeltaTexts, KeysSeparateChoicesAndToolCalls) {
  json chunk = json::parse(R"({"choices":[{"index":1,"delta":{"content":"hi","tool_calls":[{"index":2,"function":{"arguments":"{"}}]}}]})");
  std::vector<DeltaSlot> slots;
  DeltaTexts(chunk, slots);
  ASSERT_EQ(slots.size(), 2u);
  EXPECT_EQ(slots[0].key, "c1");
  EXPECT_EQ(slots[1].key, "c1.t2");
  EXPECT_TRUE(slots[1].is_json_arguments);
  EXPECT_EQ(slots[1].tool_index, 2);
}

TEST(JsonEscapeInner, EscapesWithoutQuotes) {
  EXPECT_EQ(JsonEscapeInner("a\"b\\c\n"), "a\\\"b\\\\c\\n");
}

}  // namespace
}  // namespace convoguard::openai
