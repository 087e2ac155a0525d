#include "convoguard/pseudonym_vault.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <thread>
#include <vector>

namespace convoguard {
namespace {

SecretKey KeyOf(char fill) { return std::move(*SecretKey::FromBytes(std::string(32, fill))); }

TEST(SecretKey, GenerateGivesDistinctKeys) {
  auto a = SecretKey::Generate(), b = SecretKey::Generate();
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a->ToKeyFile(), b->ToKeyFile());
}

TEST(SecretKey, KeyFileRoundTripAndComments) {
  auto k = SecretKey::Generate();
  ASSERT_TRUE(k.ok());
  std::string file = k->ToKeyFile();
  EXPECT_EQ(file.size(), 65u);
  auto back = SecretKey::ParseKeyFile("# convoguard key\n\n  " + file);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(back->data()), 32),
            std::string(reinterpret_cast<const char*>(k->data()), 32));
  EXPECT_TRUE(SecretKey::ParseKeyFile(std::string(64, 'A')).ok());  // upper-case hex too
}

TEST(SecretKey, RejectsMalformedKeyFiles) {
  EXPECT_EQ(SecretKey::ParseKeyFile("").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(SecretKey::ParseKeyFile(std::string(62, 'a')).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(SecretKey::ParseKeyFile(std::string(66, 'a')).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(SecretKey::ParseKeyFile(std::string(63, 'a') + "g").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(SecretKey::FromBytes("short").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(SecretKey::FromKeyFile("/nonexistent/convoguard.key").status().code(), StatusCode::kNotFound);
}

TEST(PseudonymVault, SameValueSamePlaceholderNumberedPerType) {
  PseudonymVault v("c1");
  EXPECT_EQ(*v.PlaceholderFor("EMAIL_ADDRESS", "a@x.org"), "<EMAIL_ADDRESS_1>");
  EXPECT_EQ(*v.PlaceholderFor("EMAIL_ADDRESS", "b@x.org"), "<EMAIL_ADDRESS_2>");
  EXPECT_EQ(*v.PlaceholderFor("PERSON", "Ann"), "<PERSON_1>");
  EXPECT_EQ(*v.PlaceholderFor("EMAIL_ADDRESS", "a@x.org"), "<EMAIL_ADDRESS_1>");
  EXPECT_EQ(*v.PlaceholderFor("PERSON", "a@x.org"), "<PERSON_2>");  // type is part of the identity
  EXPECT_EQ(v.size(), 4u);
  EXPECT_EQ(v.max_placeholder_length(), std::string("<EMAIL_ADDRESS_1>").size());
  EXPECT_EQ(*v.Lookup("<EMAIL_ADDRESS_2>"), "b@x.org");
  EXPECT_FALSE(v.Lookup("<EMAIL_ADDRESS_3>").has_value());
  EXPECT_EQ(v.PlaceholderFor("bad type", "x").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(v.PlaceholderFor("", "x").status().code(), StatusCode::kInvalidArgument);
}

TEST(PseudonymVault, ScopesAreIndependent) {
  PseudonymVault a("conversation-a"), b("conversation-b");
  EXPECT_EQ(*a.PlaceholderFor("PERSON", "Zed"), "<PERSON_1>");
  EXPECT_EQ(*a.PlaceholderFor("PERSON", "Ann"), "<PERSON_2>");
  EXPECT_EQ(*b.PlaceholderFor("PERSON", "Ann"), "<PERSON_1>");  // own numbering
  EXPECT_EQ(a.Restore("<PERSON_1> and <PERSON_2>"), "Zed and Ann");
  EXPECT_EQ(b.Restore("<PERSON_1> and <PERSON_2>"), "Ann and <PERSON_2>");  // never A's values
}

TEST(PseudonymVault, RestoreLeavesUnknownAndMalformedAlone) {
  PseudonymVault v("c");
  ASSERT_TRUE(v.PlaceholderFor("EMAIL_ADDRESS", "jane@example.com").ok());
  EXPECT_EQ(v.Restore("To <EMAIL_ADDRESS_1>, cc <EMAIL_ADDRESS_9>."),
            "To jane@example.com, cc <EMAIL_ADDRESS_9>.");
  EXPECT_EQ(v.Restore("<<EMAIL_ADDRESS_1>>"), "<jane@example.com>");
  EXPECT_EQ(v.Restore("a < b, <EMAIL_ADDRESS_1"), "a < b, <EMAIL_ADDRESS_1");
  EXPECT_EQ(v.Restore("<email_address_1> <>"), "<email_address_1> <>");
  PseudonymVault empty("e");
  EXPECT_EQ(empty.Restore("<EMAIL_ADDRESS_1>"), "<EMAIL_ADDRESS_1>");
}

std::string StreamRestore(const PseudonymVault& v, const std::string& text, size_t chunk,
                          size_t* max_held) {
  StreamRestorer r(v);
  std::string out;
  for (size_t i = 0; i < text.size(); i += chunk) {
    out += r.Write(std::string_view(text).substr(i, chunk));
    *max_held = std::max(*max_held, r.held_bytes());
  }
  out += r.Finish();
  return out;
}

TEST(StreamRestorer, MatchesWholeTextRestoreForChunkSizes1To10) {
  PseudonymVault v("c");
  ASSERT_TRUE(v.PlaceholderFor("EMAIL_ADDRESS", "jane@example.com").ok());
  ASSERT_TRUE(v.PlaceholderFor("PERSON", "Jane Roe").ok());
  ASSERT_TRUE(v.PlaceholderFor("PERSON", "Bo").ok());
  const std::string text =
      "Dear <PERSON_1>, <PERSON_2> wrote to <EMAIL_ADDRESS_1> (not <EMAIL_ADDRESS_7>). "
      "a<b <<PERSON_2>> <PERSON_ <EMAIL_ADDRESS_1><PERSON_1>x <PERSON_1";
  const std::string expected = v.Restore(text);
  EXPECT_NE(expected.find("Jane Roe"), std::string::npos);
  EXPECT_NE(expected.find("<EMAIL_ADDRESS_7>"), std::string::npos);
  for (size_t chunk = 1; chunk <= 10; ++chunk) {
    size_t max_held = 0;
    EXPECT_EQ(StreamRestore(v, text, chunk, &max_held), expected) << "chunk " << chunk;
    EXPECT_LT(max_held, v.max_placeholder_length()) << "chunk " << chunk;
  }
}

TEST(StreamRestorer, HoldsBackOnlyAPossiblePlaceholder) {
  PseudonymVault v("c");
  ASSERT_TRUE(v.PlaceholderFor("EMAIL_ADDRESS", "jane@example.com").ok());
  StreamRestorer r(v);
  EXPECT_EQ(r.Write("Write to <EMAIL_ADD"), "Write to ");
  EXPECT_EQ(r.held_bytes(), 10u);
  EXPECT_EQ(r.Write("RESS_1> now"), "jane@example.com now");
  EXPECT_EQ(r.Write("a < b"), "a < b");   // '<' followed by a space cannot be one
  EXPECT_EQ(r.Write("x <"), "x ");
  EXPECT_EQ(r.Finish(), "<");
}

TEST(StreamRestorer, RandomSplitsAgreeWithWholeRestore) {
  PseudonymVault v("c");
  std::vector<std::string> placeholders;
  for (int i = 0; i < 12; ++i) {
    placeholders.push_back(*v.PlaceholderFor(i % 2 ? "PERSON" : "PHONE_NUMBER", "value-" + std::to_string(i)));
  }
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (int k = 0; k < 20; ++k) {
      switch (rng() % 4) {
        case 0: text += placeholders[rng() % placeholders.size()]; break;
        case 1: text += "<PERSON_" + std::to_string(rng() % 30); break;
        case 2: text += " <"; break;
        default: text += "words "; break;
      }
    }
    StreamRestorer r(v);
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
      size_t n = 1 + rng() % 12;
      out += r.Write(std::string_view(text).substr(i, n));
      ASSERT_LT(r.held_bytes(), v.max_placeholder_length());
      i += n;
    }
    out += r.Finish();
    ASSERT_EQ(out, v.Restore(text)) << text;
  }
}

TEST(PseudonymVault, SerializeReloadKeepsMappingAndNumbering) {
  SecretKey key = KeyOf('k');
  PseudonymVault v("conversation-42");
  ASSERT_TRUE(v.PlaceholderFor("EMAIL_ADDRESS", "jane@example.com").ok());
  ASSERT_TRUE(v.PlaceholderFor("EMAIL_ADDRESS", std::string("nul\0byte", 8)).ok());
  ASSERT_TRUE(v.PlaceholderFor("PERSON", "Zoë").ok());
  auto blob = v.Serialize(key);
  ASSERT_TRUE(blob.ok()) << blob.status().ToString();
  EXPECT_EQ(blob->find("jane"), std::string::npos);  // encrypted
  auto back = PseudonymVault::Deserialize(key, "conversation-42", *blob);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ((*back)->size(), 3u);
  EXPECT_EQ((*back)->Restore("<PERSON_1> <EMAIL_ADDRESS_1>"), "Zoë jane@example.com");
  EXPECT_EQ(*(*back)->Lookup("<EMAIL_ADDRESS_2>"), std::string("nul\0byte", 8));
  EXPECT_EQ(*(*back)->PlaceholderFor("EMAIL_ADDRESS", "jane@example.com"), "<EMAIL_ADDRESS_1>");
  EXPECT_EQ(*(*back)->PlaceholderFor("EMAIL_ADDRESS", "new@example.com"), "<EMAIL_ADDRESS_3>");

  PseudonymVault empty("e");
  auto eblob = empty.Serialize(key);
  ASSERT_TRUE(eblob.ok());
  auto eback = PseudonymVault::Deserialize(key, "e", *eblob);
  ASSERT_TRUE(eback.ok());
  EXPECT_EQ((*eback)->size(), 0u);
}

TEST(PseudonymVault, TamperedWrongKeyOrWrongScopeIsDataLoss) {
  SecretKey key = KeyOf('k');
  PseudonymVault v("conversation-a");
  ASSERT_TRUE(v.PlaceholderFor("PERSON", "Ann").ok());
  auto blob = v.Serialize(key);
  ASSERT_TRUE(blob.ok());
  auto wrong_scope = PseudonymVault::Deserialize(key, "conversation-b", *blob);
  EXPECT_EQ(wrong_scope.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(wrong_scope.status().message().find("conversation-b"), std::string::npos);
  EXPECT_EQ(PseudonymVault::Deserialize(KeyOf('x'), "conversation-a", *blob).status().code(),
            StatusCode::kDataLoss);
  for (size_t i = 0; i < blob->size(); ++i) {
    std::string t = *blob;
    t[i] = static_cast<char>(t[i] ^ 0x01);
    EXPECT_EQ(PseudonymVault::Deserialize(key, "conversation-a", t).status().code(), StatusCode::kDataLoss)
        << "byte " << i;
  }
  EXPECT_EQ(PseudonymVault::Deserialize(key, "conversation-a", blob->substr(0, 10)).status().code(),
            StatusCode::kDataLoss);
  EXPECT_EQ(PseudonymVault::Deserialize(key, "conversation-a", "").status().code(), StatusCode::kDataLoss);
}

TEST(PseudonymVault, ConcurrentUseGivesOnePlaceholderPerValue) {
  PseudonymVault v("shared");
  constexpr int kThreads = 8, kValues = 200;
  std::vector<std::vector<std::string>> seen(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&v, &seen, t] {
      for (int i = 0; i < kValues; ++i) {
        int n = (i * 7 + t * 13) % kValues;  // each thread in its own order
        auto p = v.PlaceholderFor("PERSON", "person-" + std::to_string(n));
        seen[t].push_back(p.ok() ? *p + "=" + std::to_string(n) : "error");
        (void)v.Restore(p.ok() ? *p : "");
      }
    });
  }
  for (auto& th : threads) th.join();
  std::set<std::string> pairs, placeholders;
  for (const auto& s : seen) pairs.insert(s.begin(), s.end());
  EXPECT_EQ(pairs.size(), static_cast<size_t>(kValues));  // every thread agreed on every value
  for (const auto& p : pairs) placeholders.insert(p.substr(0, p.find('=')));
  EXPECT_EQ(placeholders.size(), static_cast<size_t>(kValues));
  EXPECT_EQ(v.size(), static_cast<size_t>(kValues));
  EXPECT_TRUE(v.Lookup("<PERSON_" + std::to_string(kValues) + ">").has_value());
  EXPECT_FALSE(v.Lookup("<PERSON_" + std::to_string(kValues + 1) + ">").has_value());
}

TEST(PseudonymVault, RestoresEscapedForJsonStrings) {
  PseudonymVault v("s");
  auto p = v.PlaceholderFor("PERSON", "Jane \"JJ\" O\\Doe\n");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(v.Restore("{\"to\":\"" + *p + "\"}", RestoreEncoding::kJsonString),
            "{\"to\":\"Jane \\\"JJ\\\" O\\\\Doe\\u000a\"}");
  StreamRestorer r(v, RestoreEncoding::kJsonString);
  std::string out = r.Write("x" + p->substr(0, 3));
  out += r.Write(p->substr(3));
  out += r.Finish();
  EXPECT_EQ(out, "xJane \\\"JJ\\\" O\\\\Doe\\u000a");
}

TEST(PseudonymVault, HoldsValueOnlyForIssuedPairs) {
  PseudonymVault v("s");
  ASSERT_TRUE(v.PlaceholderFor("EMAIL_ADDRESS", "a@b.example").ok());
  EXPECT_TRUE(v.HoldsValue("EMAIL_ADDRESS", "a@b.example"));
  EXPECT_FALSE(v.HoldsValue("PERSON", "a@b.example"));
  EXPECT_FALSE(v.HoldsValue("EMAIL_ADDRESS", "c@b.example"));
}

}  // namespace
}  // namespace convoguard
