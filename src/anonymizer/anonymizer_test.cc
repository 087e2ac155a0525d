#include "convoguard/anonymizer.h"

#include <gtest/gtest.h>

#include "convoguard/analyzer.h"

namespace convoguard {
namespace {

std::shared_ptr<const SecretKey> KeyOf(char fill) {
  return std::make_shared<const SecretKey>(std::move(*SecretKey::FromBytes(std::string(32, fill))));
}

// A finding at the byte span of `needle` in `text`.
Finding At(std::string_view text, std::string_view needle, std::string type, double score = 0.9) {
  size_t pos = text.find(needle);
  EXPECT_NE(pos, std::string_view::npos) << needle;
  Finding f;
  f.entity_type = std::move(type);
  f.byte_start = pos;
  f.byte_end = pos + needle.size();
  f.score = score;
  return f;
}

std::unique_ptr<const Anonymizer> Make(AnonymizerConfig config) {
  auto a = Anonymizer::Create(std::move(config));
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? std::move(*a) : nullptr;
}

OperatorSpec Op(std::string_view text) {
  auto op = ParseOperatorSpec(text);
  EXPECT_TRUE(op.ok()) << op.status().ToString();
  return op.ok() ? *op : OperatorSpec{};
}

TEST(Anonymizer, ReplaceIsConsistentWithinAScope) {
  auto a = Make({});
  PseudonymVault vault("c1");
  std::string text = "ann@x.org wrote to bob@x.org and ann@x.org";
  std::vector<Finding> fs = {At(text, "ann@x.org", "EMAIL_ADDRESS"), At(text, "bob@x.org", "EMAIL_ADDRESS")};
  Finding third = fs[0];
  third.byte_start = text.rfind("ann@x.org");
  third.byte_end = text.size();
  fs.push_back(third);
  auto r = a->Anonymize(text, fs, &vault);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, "<EMAIL_ADDRESS_1> wrote to <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>");
  ASSERT_EQ(r->items.size(), 3u);
  EXPECT_EQ(vault.Restore(r->text), text);
  // A second message in the same conversation keeps the numbering.
  std::string next = "again bob@x.org";
  auto r2 = a->Anonymize(next, {At(next, "bob@x.org", "EMAIL_ADDRESS")}, &vault);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->text, "again <EMAIL_ADDRESS_2>");
  // Another conversation starts from 1 and cannot restore the first one's.
  PseudonymVault other("c2");
  auto r3 = a->Anonymize(next, {At(next, "bob@x.org", "EMAIL_ADDRESS")}, &other);
  ASSERT_TRUE(r3.ok());
  EXPECT_EQ(r3->text, "again <EMAIL_ADDRESS_1>");
  EXPECT_EQ(other.Restore("<EMAIL_ADDRESS_1> <EMAIL_ADDRESS_2>"), "bob@x.org <EMAIL_ADDRESS_2>");
}

TEST(Anonymizer, ItemsCarryOffsetsInBothTexts) {
  auto a = Make({});
  std::string text = "Zoë: ann@x.org!";
  auto r = a->Anonymize(text, {At(text, "ann@x.org", "EMAIL_ADDRESS")}, nullptr);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->items.size(), 1u);
  const ReplacedItem& it = r->items[0];
  EXPECT_EQ(it.entity_type, "EMAIL_ADDRESS");
  EXPECT_EQ(it.op, OperatorKind::kReplace);
  EXPECT_EQ(it.original_byte_start, 6u);  // "Zoë: " is 6 bytes, 5 code points
  EXPECT_EQ(it.original_start, 5u);
  EXPECT_EQ(it.original_end, 14u);
  EXPECT_EQ(it.start, 5u);
  EXPECT_EQ(it.end, 5u + 17u);
  EXPECT_EQ(r->text.substr(it.byte_start, it.byte_end - it.byte_start), "<EMAIL_ADDRESS_1>");
  EXPECT_EQ(it.text, "<EMAIL_ADDRESS_1>");
}

TEST(Anonymizer, RedactUsesMarkerOrRemoves) {
  std::string text = "key sk-123 here";
  AnonymizerConfig c;
  c.default_operator = Op("redact");
  auto r = Make(c)->Anonymize(text, {At(text, "sk-123", "API_KEY")}, nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "key [REDACTED] here");
  c.default_operator = Op("redact:");
  r = Make(c)->Anonymize(text, {At(text, "sk-123", "API_KEY")}, nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "key  here");
  c.default_operator = Op("redact:#");
  r = Make(c)->Anonymize(text, {At(text, "sk-123", "API_KEY")}, nullptr);
  EXPECT_EQ(r->text, "key # here");
}

TEST(Anonymizer, MaskCountsCodePointsAndNeverRevealsMoreThanHalf) {
  AnonymizerConfig c;
  c.default_operator = Op("mask:4");
  auto a = Make(c);
  std::string text = "card 4111111111111111.";
  auto r = a->Anonymize(text, {At(text, "4111111111111111", "CREDIT_CARD")}, nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "card ************1111.");
  std::string name = "name Jürgen SSößé!";
  r = a->Anonymize(name, {At(name, "Jürgen SSößé", "PERSON")}, nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "name ********Sößé!");  // 12 code points, 8 masked
  std::string shorter = "pin 12";
  r = a->Anonymize(shorter, {At(shorter, "12", "PIN")}, nullptr);
  EXPECT_EQ(r->text, "pin *2");
  c.default_operator = Op("mask:2,•");
  r = Make(c)->Anonymize(text, {At(text, "4111111111111111", "CREDIT_CARD")}, nullptr);
  ASSERT_TRUE(r.ok());
  std::string bullets;
  for (int i = 0; i < 14; ++i) bullets += "•";
  EXPECT_EQ(r->text, "card " + bullets + "11.");
  EXPECT_EQ(r->items[0].end - r->items[0].start, 16u);
}

TEST(Anonymizer, HashIsKeyedConsistentAndTruncated) {
  std::string text = "a ann@x.org b bob@x.org c ann@x.org";
  std::vector<Finding> fs = {At(text, "ann@x.org", "EMAIL_ADDRESS"), At(text, "bob@x.org", "EMAIL_ADDRESS")};
  Finding again = fs[0];
  again.byte_start = text.rfind("ann@x.org");
  again.byte_end = text.size();
  fs.push_back(again);
  AnonymizerConfig c;
  c.default_operator = Op("hash:12");
  c.key = KeyOf('1');
  auto r1 = Make(c)->Anonymize(text, fs, nullptr);
  c.key = KeyOf('2');
  auto r2 = Make(c)->Anonymize(text, fs, nullptr);
  ASSERT_TRUE(r1.ok() && r2.ok());
  ASSERT_EQ(r1->items.size(), 3u);
  EXPECT_EQ(r1->items[0].text.size(), 12u);
  EXPECT_EQ(r1->items[0].text, r1->items[2].text);
  EXPECT_NE(r1->items[0].text, r1->items[1].text);
  EXPECT_NE(r1->items[0].text, r2->items[0].text);  // depends on the key
  auto digest = KeyedHash(*KeyOf('1'), "ann@x.org");
  ASSERT_TRUE(digest.ok());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char b : *digest) { hex.push_back(kHex[b >> 4]); hex.push_back(kHex[b & 15]); }
  EXPECT_EQ(r1->items[0].text, hex.substr(0, 12));
  c.default_operator = Op("hash:43,base64url");
  auto r3 = Make(c)->Anonymize(text, fs, nullptr);
  ASSERT_TRUE(r3.ok());
  EXPECT_EQ(r3->items[0].text.size(), 43u);
  EXPECT_EQ(r3->items[0].text.find_first_not_of(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos);
}

TEST(Anonymizer, EncryptTokensDecryptWithKeyAndContextOnly) {
  std::string text = "ssn 078-05-1120 end";
  AnonymizerConfig c;
  c.default_operator = Op("encrypt");
  c.key = KeyOf('e');
  c.associated_data = "tenant-7";
  auto a = Make(c);
  auto r = a->Anonymize(text, {At(text, "078-05-1120", "US_SSN")}, nullptr);
  ASSERT_TRUE(r.ok());
  const std::string token = r->items[0].text;
  EXPECT_EQ(token.find("078"), std::string::npos);
  auto back = DecryptToken(*c.key, token, "tenant-7");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, "078-05-1120");
  EXPECT_EQ(DecryptToken(*c.key, token, "tenant-8").status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(DecryptToken(*KeyOf('f'), token, "tenant-7").status().code(), StatusCode::kDataLoss);
  std::string tampered = token;
  tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_EQ(DecryptToken(*c.key, tampered, "tenant-7").status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(DecryptToken(*c.key, "not a token!", "tenant-7").status().code(), StatusCode::kDataLoss);
  // Fresh nonce each time: equal values do not give equal tokens.
  auto r2 = a->Anonymize(text, {At(text, "078-05-1120", "US_SSN")}, nullptr);
  EXPECT_NE(r2->items[0].text, token);
  auto direct = EncryptToken(*c.key, "x", "");
  ASSERT_TRUE(direct.ok());
  EXPECT_EQ(*DecryptToken(*c.key, *direct, ""), "x");
}

TEST(Anonymizer, OperatorPerEntityTypeWithDefault) {
  std::string text = "Ann, 4111111111111111, ann@x.org";
  AnonymizerConfig c;
  c.default_operator = Op("redact");
  c.operators["CREDIT_CARD"] = Op("mask:4");
  c.operators["PERSON"] = Op("replace");
  c.operators["EMAIL_ADDRESS"] = Op("keep");
  auto r = Make(c)->Anonymize(text,
                              {At(text, "Ann", "PERSON"), At(text, "4111111111111111", "CREDIT_CARD"),
                               At(text, "ann@x.org", "EMAIL_ADDRESS"), },
                              nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "<PERSON_1>, ************1111, ann@x.org");
  EXPECT_EQ(r->items.size(), 2u);  // keep replaced nothing
}

TEST(Anonymizer, InvisibleTextIsRemovedAndMergedIntoOverlaps) {
  const std::string zw = "\xE2\x80\x8B";  // ZERO WIDTH SPACE
  std::string text = "mail ja" + zw + "ne@x.org or jane@x.org" + zw + zw + " ok";
  Finding email1 = At(text, "ja" + zw + "ne@x.org", "EMAIL_ADDRESS");
  Finding inv1 = At(text, zw, "INVISIBLE_TEXT", 1.0);
  Finding email2 = At(text, " jane@x.org", "EMAIL_ADDRESS");
  email2.byte_start += 1;
  Finding inv2 = At(text, zw + zw + " ok", "INVISIBLE_TEXT", 1.0);
  inv2.byte_end = inv2.byte_start + 6;
  auto a = Make({});
  PseudonymVault vault("c");
  // Any order: the anonymizer sorts.
  auto r = a->Anonymize(text, {inv2, email2, inv1, email1}, &vault);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, "mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_1> ok");
  ASSERT_EQ(r->items.size(), 3u);
  EXPECT_EQ(r->items[0].entity_type, "EMAIL_ADDRESS");
  EXPECT_EQ(r->items[2].entity_type, "INVISIBLE_TEXT");
  EXPECT_EQ(r->items[2].text, "");
  EXPECT_EQ(vault.Restore(r->text), "mail jane@x.org or jane@x.org ok");

  // A partial overlap merges into one span handled by the visible finding.
  std::string t2 = "x" + zw + "ab@c.de";
  Finding inv = At(t2, "x" + zw, "INVISIBLE_TEXT", 1.0);
  inv.byte_start += 1;
  Finding email{.entity_type = "EMAIL_ADDRESS", .byte_start = 2, .byte_end = t2.size(), .score = 0.8};
  r = a->Anonymize(t2, {inv, email}, nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "x<EMAIL_ADDRESS_1>");
  ASSERT_EQ(r->items.size(), 1u);
  EXPECT_EQ(r->items[0].original_byte_start, 1u);

  // An explicit INVISIBLE_TEXT operator wins over the default removal.
  AnonymizerConfig c;
  c.operators["INVISIBLE_TEXT"] = Op("redact:[hidden]");
  r = Make(c)->Anonymize(t2, {inv}, nullptr);
  EXPECT_EQ(r->text, "x[hidden]ab@c.de");
}

TEST(Anonymizer, OverlappingVisibleFindingsUseTheHighestScore) {
  std::string text = "id 123456789 end";
  Finding low = At(text, "123456789", "US_BANK_NUMBER", 0.4);
  Finding high = At(text, "23456789", "US_SSN", 0.7);
  auto r = Make({})->Anonymize(text, {low, high}, nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "id <US_SSN_1> end");
}

TEST(Anonymizer, RejectsBadFindingsAndConfigs) {
  auto a = Make({});
  Finding f{.entity_type = "PERSON", .byte_start = 2, .byte_end = 10};
  EXPECT_EQ(a->Anonymize("short", {f}, nullptr).status().code(), StatusCode::kInvalidArgument);
  f.byte_start = 4;
  f.byte_end = 3;
  EXPECT_EQ(a->Anonymize("short", {f}, nullptr).status().code(), StatusCode::kInvalidArgument);
  f.byte_start = f.byte_end = 3;  // empty span: nothing to do
  auto r = a->Anonymize("short", {f}, nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "short");

  AnonymizerConfig c;
  c.operators["US_SSN"] = Op("hash");
  EXPECT_EQ(Anonymizer::Create(c).status().code(), StatusCode::kInvalidArgument);  // no key
  c.key = KeyOf('k');
  EXPECT_TRUE(Anonymizer::Create(c).ok());
  c.default_operator.kind = OperatorKind::kMask;
  c.default_operator.mask_char = 0xD800;
  EXPECT_EQ(Anonymizer::Create(c).status().code(), StatusCode::kInvalidArgument);
}

TEST(Anonymizer, CustomEntityNamesGetValidPlaceholders) {
  std::string text = "ticket ab-12";
  PseudonymVault vault("c");
  auto r = Make({})->Anonymize(text, {At(text, "ab-12", "ticket-id")}, &vault);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, "ticket <TICKET_ID_1>");
  EXPECT_EQ(r->items[0].entity_type, "ticket-id");
  EXPECT_EQ(vault.Restore(r->text), text);
}

TEST(ParseOperatorSpec, AcceptsDocumentedFormsOnly) {
  EXPECT_EQ(Op("replace").kind, OperatorKind::kReplace);
  EXPECT_EQ(Op("keep").kind, OperatorKind::kKeep);
  EXPECT_EQ(Op("encrypt").kind, OperatorKind::kEncrypt);
  EXPECT_EQ(Op("redact").marker, "[REDACTED]");
  EXPECT_EQ(Op("redact:a:b").marker, "a:b");
  EXPECT_EQ(Op("mask").chars_to_keep, 4u);
  EXPECT_EQ(Op("mask:0").chars_to_keep, 0u);
  EXPECT_EQ(Op("mask:3,#").mask_char, U'#');
  EXPECT_EQ(Op("mask:3,█").mask_char, U'█');
  EXPECT_EQ(Op("hash").hash_length, 16u);
  EXPECT_EQ(Op("hash:8,base64url").hash_encoding, HashEncoding::kBase64Url);
  for (const char* bad : {"", "nope", "replace:1", "mask:x", "mask:3,", "mask:3,ab", "hash:0", "hash:65",
                          "hash:44,base64url", "hash:8,b32", "keep:1"}) {
    EXPECT_EQ(ParseOperatorSpec(bad).status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

TEST(Anonymizer, WorksOnAnalyzerFindings) {
  auto analyzer = Analyzer::Create({});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  std::string text = "Write to jane.roe@example.com or jane.roe@example.com, card 4111 1111 1111 1111.";
  auto scan = (*analyzer)->Scan(text, {});
  ASSERT_TRUE(scan.ok());
  AnonymizerConfig c;
  c.operators["CREDIT_CARD"] = Op("mask:4");
  PseudonymVault vault("c");
  auto r = Make(c)->Anonymize(text, scan->findings, &vault);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("jane.roe"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("<EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_1>"), std::string::npos) << r->text;
  EXPECT_EQ(vault.Restore(r->text).find("jane.roe@example.com or jane.roe@example.com"), 9u);
}

TEST(StreamAnonymizer, SameOutputAsWholeTextForEveryChunkSize) {
  auto analyzer = Analyzer::Create({});
  ASSERT_TRUE(analyzer.ok());
  const std::string zw = "\xE2\x80\x8B";
  std::string text;
  for (int i = 0; i < 24; ++i) {
    text += "Grüße an jane" + std::to_string(i % 3) + "@example.com, Karte 4111 1111 1111 1111; ";
    text += "versteckt: b" + zw + "ob@example.org" + zw + " und Zoë. ";
    // Gaps let the scanner release text before the end (dense findings may
    // keep it buffering until a gap).
    if (i % 4 == 3) {
      for (int k = 0; k < 30; ++k) text += "nichts hier. ";
    }
  }
  AnonymizerConfig c;
  c.operators["CREDIT_CARD"] = Op("mask:4");
  auto a = Make(c);
  PseudonymVault whole_vault("w");
  auto scan = (*analyzer)->Scan(text, {});
  ASSERT_TRUE(scan.ok());
  auto whole = a->Anonymize(text, scan->findings, &whole_vault);
  ASSERT_TRUE(whole.ok());
  ASSERT_GE(whole->items.size(), 72u);
  EXPECT_EQ(whole->text.find("@example"), std::string::npos) << whole->text;
  for (size_t chunk : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 64, 100000}) {
    PseudonymVault vault("s");
    StreamAnonymizer stream(**analyzer, {}, *a, &vault);
    std::string out;
    bool released_early = false;
    for (size_t i = 0; i < text.size(); i += chunk) {
      auto part = stream.Write(std::string_view(text).substr(i, chunk));
      ASSERT_TRUE(part.ok()) << part.status().ToString();
      out += *part;
      released_early |= !part->empty() && i + chunk < text.size();
    }
    auto rest = stream.Finish();
    ASSERT_TRUE(rest.ok());
    out += *rest;
    EXPECT_EQ(out, whole->text) << "chunk " << chunk;
    EXPECT_EQ(stream.replaced(), whole->items.size()) << "chunk " << chunk;
    EXPECT_EQ(vault.Restore(out), whole_vault.Restore(whole->text));
    if (chunk < 100) {
      EXPECT_TRUE(released_early) << "chunk " << chunk;
    }
  }
}

TEST(StreamAnonymizer, GateStopsBeforeTheValueIsReleased) {
  auto analyzer = Analyzer::Create({});
  ASSERT_TRUE(analyzer.ok());
  auto a = Anonymizer::Create({});
  ASSERT_TRUE(a.ok());
  PseudonymVault vault("s");
  std::vector<std::string> seen;
  StreamAnonymizer stream(**analyzer, {}, **a, &vault, [&](const Finding& f, std::string_view value) {
    seen.push_back(f.entity_type + "=" + std::string(value));
    return f.entity_type == "EMAIL_ADDRESS" ? StreamAnonymizer::GateVerdict::kStop
                                            : StreamAnonymizer::GateVerdict::kApply;
  });
  std::string text;
  while (text.size() < 20000) text += "hello there, nothing to see in this line. ";
  text += "write to jane.doe@example.com today please";
  std::string released;
  bool stopped = false;
  for (size_t i = 0; i < text.size(); i += 7) {
    auto r = stream.Write(std::string_view(text).substr(i, 7));
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
      stopped = true;
      break;
    }
    released += *r;
  }
  if (!stopped) {
    auto r = stream.Finish();
    EXPECT_FALSE(r.ok());
    stopped = !r.ok();
  }
  EXPECT_TRUE(stopped);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0], "EMAIL_ADDRESS=jane.doe@example.com");
  EXPECT_EQ(released.find("jane"), std::string::npos) << released;
  EXPECT_EQ(released.rfind("hello", 0), 0u);
}

TEST(StreamAnonymizer, GatePassLeavesTheValue) {
  auto analyzer = Analyzer::Create({});
  ASSERT_TRUE(analyzer.ok());
  auto a = Anonymizer::Create({});
  ASSERT_TRUE(a.ok());
  StreamAnonymizer stream(**analyzer, {}, **a, nullptr,
                          [](const Finding&, std::string_view) { return StreamAnonymizer::GateVerdict::kPass; });
  auto w = stream.Write("mail jane.doe@example.com now");
  ASSERT_TRUE(w.ok());
  auto f = stream.Finish();
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(*w + *f, "mail jane.doe@example.com now");
  EXPECT_EQ(stream.replaced(), 0u);
}

}  // namespace
}  // namespace convoguard
