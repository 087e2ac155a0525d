// The secret recognizers, end to end through the Analyzer. Token-shaped
// fixtures are assembled at test time (prefix + characters from a fixed-seed
// generator), so the repository holds no token-shaped literals.
#include <gtest/gtest.h>
#include <openssl/sha.h>

#include <algorithm>
#include <functional>
#include <random>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "auth/api_key.h"
#include "convoguard/analyzer.h"
#include "matching/pattern_set.h"
#include "matching/word_shapes.h"
#include "recognizers/catalog.h"
#include "recognizers/secrets/secret_checks.h"
#include "recognizers/secrets/secret_rules_internal.h"

namespace convoguard {
namespace {

constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kDigits = "0123456789";
const std::string kAlnum = std::string(kUpper) + std::string(kLower) + std::string(kDigits);
const std::string kHex = "0123456789abcdef";
const std::string kBase32 = std::string(kUpper) + "234567";
const std::string kBase64 = kAlnum + "+/";
const std::string kUrlSafe = kAlnum + "-_";
const std::string kUpperAlnum = std::string(kUpper) + std::string(kDigits);
const std::string kLowerAlnum = std::string(kLower) + std::string(kDigits);

// Deterministic random characters for fixtures.
class Gen {
 public:
  explicit Gen(uint32_t seed = 20240601) : rng_(seed) {}
  std::string Chars(std::string_view alphabet, size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s.push_back(alphabet[rng_() % alphabet.size()]);
    return s;
  }

 private:
  std::mt19937 rng_;
};

std::string Base64Url(std::string_view bytes) {
  static const char* kTable = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kTable[(acc >> bits) & 63]);
    }
  }
  if (bits > 0) out.push_back(kTable[(acc << (6 - bits)) & 63]);
  return out;
}

std::string Base64Std(std::string_view bytes) {
  std::string s = Base64Url(bytes);
  for (char& c : s) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (s.size() % 4 != 0) s.push_back('=');
  return s;
}

const Analyzer& TheAnalyzer() {
  static std::shared_ptr<const Analyzer> a = [] {
    auto r = Analyzer::Create({});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return *r;
  }();
  return *a;
}

std::vector<Finding> Scan(const std::string& text) {
  auto r = TheAnalyzer().Scan(text, {});
  EXPECT_TRUE(r.ok());
  return r.ok() ? r->findings : std::vector<Finding>{};
}

std::string Covered(const std::string& text, const Finding& f) {
  return text.substr(f.byte_start, f.byte_end - f.byte_start);
}

// The finding of `entity` in text, if exactly the expected span was reported.
::testing::AssertionResult FindsExactly(const std::string& text, const std::string& entity,
                                        const std::string& expected) {
  std::string seen;
  for (const Finding& f : Scan(text)) {
    if (f.entity_type == entity && Covered(text, f) == expected) return ::testing::AssertionSuccess();
    seen += " [" + f.entity_type + " '" + Covered(text, f) + "' " + std::to_string(f.score) + " " + f.recognizer + "]";
  }
  return ::testing::AssertionFailure() << entity << " '" << expected << "' not found in '" << text
                                       << "'; saw:" << seen;
}

::testing::AssertionResult FindsNo(const std::string& text, const std::string& entity) {
  for (const Finding& f : Scan(text)) {
    if (f.entity_type == entity) {
      return ::testing::AssertionFailure() << entity << " reported '" << Covered(text, f) << "' in '" << text
                                           << "' by " << f.recognizer << " (" << f.explanation << ")";
    }
  }
  return ::testing::AssertionSuccess();
}

// ------------------------------------------------------- provider tokens

// A token rule: how to make a valid token, and whether its length is fixed
// (so one more or one fewer body character must not match).
struct TokenCase {
  std::string name;
  std::string entity;
  std::function<std::string(Gen&)> make;
  bool fixed_length;
  std::string prefix;  // for the low-entropy look-alike: prefix + one repeated char
  std::string filler;  // body character used for the look-alikes
};

std::vector<TokenCase> TokenCases() {
  return {
      {"aws_access_key_id", "AWS_ACCESS_KEY_ID", [](Gen& g) { return "AKIA" + g.Chars(kBase32, 16); }, true,
       "AKIA", "Q"},
      {"aws_temporary_key_id", "AWS_ACCESS_KEY_ID", [](Gen& g) { return "ASIA" + g.Chars(kBase32, 16); }, true,
       "ASIA", "Q"},
      {"github_pat", "GITHUB_TOKEN", [](Gen& g) { return "ghp_" + g.Chars(kAlnum, 36); }, true, "ghp_", "a"},
      {"github_oauth", "GITHUB_TOKEN", [](Gen& g) { return "gho_" + g.Chars(kAlnum, 36); }, true, "gho_", "a"},
      {"github_user_to_server", "GITHUB_TOKEN", [](Gen& g) { return "ghu_" + g.Chars(kAlnum, 36); }, true, "ghu_", "a"},
      {"github_server_to_server", "GITHUB_TOKEN", [](Gen& g) { return "ghs_" + g.Chars(kAlnum, 36); }, true, "ghs_",
       "a"},
      {"github_refresh", "GITHUB_TOKEN", [](Gen& g) { return "ghr_" + g.Chars(kAlnum, 36); }, true, "ghr_", "a"},
      {"github_fine_grained", "GITHUB_TOKEN",
       [](Gen& g) { return "github_pat_" + g.Chars(kAlnum, 22) + "_" + g.Chars(kAlnum, 59); }, true, "github_pat_",
       "a"},
      {"gitlab_pat", "GITLAB_TOKEN", [](Gen& g) { return "glpat-" + g.Chars(kUrlSafe, 20); }, false, "glpat-", "a"},
      {"gitlab_deploy", "GITLAB_TOKEN", [](Gen& g) { return "gldt-" + g.Chars(kAlnum, 20); }, false, "gldt-", "a"},
      {"gitlab_trigger", "GITLAB_TOKEN", [](Gen& g) { return "glptt-" + g.Chars(kHex, 40); }, true, "glptt-", "a"},
      {"slack_bot", "SLACK_TOKEN",
       [](Gen& g) { return "xoxb-" + g.Chars(kDigits, 12) + "-" + g.Chars(kDigits, 13) + "-" + g.Chars(kAlnum, 24); },
       false, "xoxb-", "1"},
      {"slack_user", "SLACK_TOKEN",
       [](Gen& g) {
         return "xoxp-" + g.Chars(kDigits, 11) + "-" + g.Chars(kDigits, 12) + "-" + g.Chars(kDigits, 13) + "-" +
                g.Chars(kHex, 32);
       },
       false, "xoxp-", "1"},
      {"slack_app", "SLACK_TOKEN",
       [](Gen& g) {
         return "xapp-1-" + g.Chars(kUpperAlnum, 11) + "-" + g.Chars(kDigits, 13) + "-" + g.Chars(kLowerAlnum, 64);
       },
       false, "xapp-1-", "A"},
      {"slack_webhook", "SLACK_WEBHOOK",
       [](Gen& g) {
         return "https://hooks.slack.com/services/T" + g.Chars(kUpperAlnum, 8) + "/B" + g.Chars(kUpperAlnum, 10) +
                "/" + g.Chars(kAlnum, 24);
       },
       false, "https://hooks.slack.com/services/T", "0"},
      {"stripe_live", "STRIPE_SECRET_KEY", [](Gen& g) { return "sk_live_" + g.Chars(kAlnum, 24); }, false,
       "sk_live_", "a"},
      {"stripe_restricted", "STRIPE_SECRET_KEY", [](Gen& g) { return "rk_live_" + g.Chars(kAlnum, 99); }, false,
       "rk_live_", "a"},
      {"stripe_test", "STRIPE_SECRET_KEY", [](Gen& g) { return "sk_test_" + g.Chars(kAlnum, 24); }, false,
       "sk_test_", "a"},
      {"google_api_key", "GOOGLE_API_KEY", [](Gen& g) { return "AIza" + g.Chars(kUrlSafe, 35); }, true, "AIza", "a"},
      {"openai_legacy", "OPENAI_API_KEY",
       [](Gen& g) { return "sk-" + g.Chars(kAlnum, 20) + "T3BlbkFJ" + g.Chars(kAlnum, 20); }, false, "sk-", "a"},
      {"openai_project", "OPENAI_API_KEY",
       [](Gen& g) { return "sk-proj-" + g.Chars(kUrlSafe, 74) + "T3BlbkFJ" + g.Chars(kUrlSafe, 74); }, false,
       "sk-proj-", "a"},
      {"openai_service_account", "OPENAI_API_KEY",
       [](Gen& g) { return "sk-svcacct-" + g.Chars(kUrlSafe, 58) + "T3BlbkFJ" + g.Chars(kUrlSafe, 58); }, false,
       "sk-svcacct-", "a"},
      {"anthropic_api", "ANTHROPIC_API_KEY", [](Gen& g) { return "sk-ant-api03-" + g.Chars(kUrlSafe, 93) + "AA"; },
       false, "sk-ant-api03-", "a"},
      {"anthropic_admin", "ANTHROPIC_API_KEY",
       [](Gen& g) { return "sk-ant-admin01-" + g.Chars(kUrlSafe, 93) + "AA"; }, false, "sk-ant-admin01-", "a"},
      {"twilio_api_key", "TWILIO_KEY", [](Gen& g) { return "SK" + g.Chars(kHex, 32); }, true, "SK", "a"},
      {"sendgrid", "SENDGRID_API_KEY",
       [](Gen& g) { return "SG." + g.Chars(kUrlSafe, 22) + "." + g.Chars(kUrlSafe, 43); }, true, "SG.", "a"},
      {"mailgun", "MAILGUN_API_KEY", [](Gen& g) { return "key-" + g.Chars(kHex, 32); }, true, "key-", "a"},
      {"npm", "NPM_TOKEN", [](Gen& g) { return "npm_" + g.Chars(kAlnum, 36); }, true, "npm_", "a"},
      {"pypi", "PYPI_TOKEN", [](Gen& g) { return "pypi-AgEIcHlwaS5vcmc" + g.Chars(kUrlSafe, 160); }, false,
       "pypi-AgEIcHlwaS5vcmc", "a"},
      {"huggingface", "HUGGINGFACE_TOKEN",
       [](Gen& g) { return "hf_" + g.Chars(std::string(kUpper) + std::string(kLower), 34); }, true, "hf_", "a"},
      {"google_oauth_secret", "GOOGLE_OAUTH_CLIENT_SECRET", [](Gen& g) { return "GOCSPX-" + g.Chars(kUrlSafe, 28); },
       true, "GOCSPX-", "a"},
      {"digitalocean", "DIGITALOCEAN_TOKEN", [](Gen& g) { return "dop_v1_" + g.Chars(kHex, 64); }, true, "dop_v1_",
       "a"},
      {"shopify", "SHOPIFY_TOKEN", [](Gen& g) { return "shpat_" + g.Chars(kHex, 32); }, true, "shpat_", "a"},
      {"vault", "VAULT_TOKEN", [](Gen& g) { return "hvs." + g.Chars(kUrlSafe, 95); }, false, "hvs.", "a"},
      {"vault_short_service", "VAULT_TOKEN",
       [](Gen& g) { return "hvs.CAESI" + g.Chars(kUrlSafe, 43) + "Gh4KHGh2cy5" + g.Chars(kAlnum, 24); }, false,
       "hvs.", "a"},
      {"groq", "GROQ_API_KEY", [](Gen& g) { return "gsk_" + g.Chars(kAlnum, 52); }, true, "gsk_", "a"},
      {"xai", "XAI_API_KEY", [](Gen& g) { return "xai-" + g.Chars(kAlnum, 80); }, false, "xai-", "a"},
      {"replicate", "REPLICATE_API_TOKEN", [](Gen& g) { return "r8_" + g.Chars(kAlnum, 37); }, true, "r8_", "a"},
      {"tailscale", "TAILSCALE_KEY",
       [](Gen& g) { return "tskey-auth-" + g.Chars(kAlnum, 12) + "-" + g.Chars(kAlnum, 33); }, false, "tskey-auth-",
       "a"},
      {"pinecone", "PINECONE_API_KEY", [](Gen& g) { return "pcsk_" + g.Chars(kAlnum, 6) + "_" + g.Chars(kAlnum, 64); },
       false, "pcsk_", "a"},
      {"supabase_pat", "SUPABASE_TOKEN", [](Gen& g) { return "sbp_" + g.Chars(kHex, 40); }, true, "sbp_", "a"},
      {"supabase_secret", "SUPABASE_TOKEN", [](Gen& g) { return "sb_secret_" + g.Chars(kUrlSafe, 31); }, false,
       "sb_secret_", "a"},
      {"mapbox_secret", "MAPBOX_TOKEN",
       [](Gen& g) { return "sk.eyJ" + g.Chars(kUrlSafe, 60) + "." + g.Chars(kUrlSafe, 22); }, false, "sk.eyJ", "a"},
      {"figma", "FIGMA_TOKEN", [](Gen& g) { return "figd_" + g.Chars(kUrlSafe, 40); }, false, "figd_", "a"},
      {"nuget", "NUGET_API_KEY", [](Gen& g) { return "oy2" + g.Chars(kLowerAlnum, 43); }, true, "oy2", "a"},
      {"facebook_page", "FACEBOOK_ACCESS_TOKEN", [](Gen& g) { return "EAAM" + g.Chars(kAlnum, 180); }, false, "EAAM",
       "a"},
      {"langsmith", "LANGSMITH_API_KEY",
       [](Gen& g) { return "lsv2_pt_" + g.Chars(kHex, 32) + "_" + g.Chars(kHex, 10); }, true, "lsv2_pt_", "a"},
      {"new_relic_license", "NEW_RELIC_KEY", [](Gen& g) { return g.Chars(kHex, 36) + "NRAL"; }, false, "", "a"},
      {"fcm_server_key", "FCM_SERVER_KEY",
       [](Gen& g) { return "AAAA" + g.Chars(kUrlSafe, 7) + ":APA91b" + g.Chars(kUrlSafe, 134); }, true,
       "AAAA" + std::string(7, 'a') + ":APA91b", "a"},
      {"hubspot", "HUBSPOT_TOKEN",
       [](Gen& g) {
         return "pat-na1-" + g.Chars(kHex, 8) + "-" + g.Chars(kHex, 4) + "-" + g.Chars(kHex, 4) + "-" +
                g.Chars(kHex, 4) + "-" + g.Chars(kHex, 12);
       },
       true, "pat-na1-", "a"},
      {"honeycomb", "HONEYCOMB_API_KEY", [](Gen& g) { return "hcaik_01" + g.Chars(kLowerAlnum, 56); }, true,
       "hcaik_", "a"},
      {"circleci", "CIRCLECI_TOKEN",
       [](Gen& g) { return "CCIPAT_" + g.Chars(kAlnum, 22) + "_" + g.Chars(kHex, 40); }, true, "CCIPAT_", "a"},
      {"bitbucket", "BITBUCKET_TOKEN", [](Gen& g) { return "ATBB" + g.Chars(kAlnum, 32); }, true, "ATBB", "a"},
      {"google_oauth_access", "GOOGLE_OAUTH_TOKEN", [](Gen& g) { return "ya29.a0" + g.Chars(kUrlSafe, 150); }, false,
       "ya29.", "a"},
      {"sonarqube", "SONARQUBE_TOKEN", [](Gen& g) { return "squ_" + g.Chars(kHex, 40); }, true, "squ_", "a"},
      {"buildkite", "BUILDKITE_TOKEN", [](Gen& g) { return "bkua_" + g.Chars(kHex, 40); }, true, "bkua_", "a"},
      {"airtable", "AIRTABLE_TOKEN", [](Gen& g) { return "pat" + g.Chars(kAlnum, 14) + "." + g.Chars(kHex, 64); },
       true, "pat", "a"},
      {"notion", "NOTION_TOKEN", [](Gen& g) { return "ntn_" + g.Chars(kDigits, 11) + g.Chars(kAlnum, 35); }, true,
       "ntn_", "a"},
      {"aws_session", "AWS_SESSION_TOKEN", [](Gen& g) { return "IQoJb3JpZ2luX2Vj" + g.Chars(kBase64, 300) + "=="; },
       false, "IQoJb3JpZ2luX2Vj", "a"},
  };
}

// One test per property over every token rule (not one process per rule:
// each test process compiles the whole rule database).
TEST(TokenRules, FoundInProseCodeAndQuotes) {
  for (const TokenCase& t : TokenCases()) {
    SCOPED_TRACE(t.name);
    Gen g;
    for (int i = 0; i < 5; ++i) {
      std::string tok = t.make(g);
      EXPECT_TRUE(FindsExactly("here is the token " + tok + " please keep it safe", t.entity, tok));
      EXPECT_TRUE(FindsExactly("export TOKEN=\"" + tok + "\"\n", t.entity, tok));
      EXPECT_TRUE(FindsExactly("{\"value\":\"" + tok + "\"}", t.entity, tok));
      EXPECT_TRUE(FindsExactly(tok, t.entity, tok));
    }
  }
}

TEST(TokenRules, RejectLookAlikes) {
  for (const TokenCase& t : TokenCases()) {
    SCOPED_TRACE(t.name);
    Gen g(7);
    std::string tok = t.make(g);
    // Placeholder / low entropy: the prefix and one repeated character.
    EXPECT_TRUE(FindsNo("token: " + t.prefix + std::string(tok.size() - t.prefix.size(), t.filler[0]), t.entity));
    // Masked with x's.
    EXPECT_TRUE(FindsNo("token: " + t.prefix + std::string(tok.size() - t.prefix.size(), 'x'), t.entity));
    if (t.fixed_length) {
      EXPECT_TRUE(FindsNo("token " + tok + t.filler + " end", t.entity)) << "one character too long";
      EXPECT_TRUE(FindsNo("token " + tok.substr(0, tok.size() - 1) + " end", t.entity)) << "one character short";
    }
    if (std::isalpha(static_cast<unsigned char>(t.prefix[0])) && t.prefix.find("://") == std::string::npos) {
      EXPECT_TRUE(FindsNo("token x" + tok + " end", t.entity)) << "prefix inside a longer word";
      EXPECT_TRUE(FindsNo("token 9" + tok + " end", t.entity)) << "prefix inside a longer word";
    }
  }
}

// ConvoGuard's own API keys: generated at test time by the real generator.
TEST(ConvoGuardApiKey, GeneratedKeysAreFoundWhole) {
  for (int i = 0; i < 5; ++i) {
    auto key = auth::GenerateApiKey();
    ASSERT_TRUE(key.ok());
    const std::string& k = *key;
    EXPECT_TRUE(FindsExactly("here is the key " + k + " please keep it safe", "CONVOGUARD_API_KEY", k));
    EXPECT_TRUE(FindsExactly("export OPENAI_API_KEY=\"" + k + "\"\n", "CONVOGUARD_API_KEY", k));
    EXPECT_TRUE(FindsExactly("curl -H 'Authorization: Bearer " + k + "' http://gw:8080/v1/chat/completions",
                             "CONVOGUARD_API_KEY", k));
    EXPECT_TRUE(FindsExactly(k, "CONVOGUARD_API_KEY", k));
  }
}

TEST(ConvoGuardApiKey, LookAlikesWithoutAValidChecksumAreNot) {
  Gen g(99);
  auto key = auth::GenerateApiKey();
  ASSERT_TRUE(key.ok());
  const std::string k = *key;
  // Right shape, wrong checksum: a random body with a random or shifted checksum.
  for (int i = 0; i < 20; ++i) {
    std::string body = g.Chars(kAlnum, 43);
    std::string sum = auth::ApiKeyChecksum(body);
    sum[5] = sum[5] == '0' ? '1' : '0';
    EXPECT_TRUE(FindsNo("key cgk_" + body + sum + " end", "CONVOGUARD_API_KEY"));
    EXPECT_TRUE(FindsNo("key cgk_" + body + g.Chars(kAlnum, 6).replace(0, 1, "z") + " end", "CONVOGUARD_API_KEY"));
  }
  // One character changed, added or removed; the prefix inside a longer word.
  std::string typo = k;
  typo[30] = typo[30] == 'a' ? 'b' : 'a';
  EXPECT_TRUE(FindsNo("key " + typo + " end", "CONVOGUARD_API_KEY"));
  EXPECT_TRUE(FindsNo("key " + k + "a end", "CONVOGUARD_API_KEY"));
  EXPECT_TRUE(FindsNo("key " + k.substr(0, k.size() - 1) + " end", "CONVOGUARD_API_KEY"));
  EXPECT_TRUE(FindsNo("key x" + k + " end", "CONVOGUARD_API_KEY"));
  EXPECT_TRUE(FindsNo("key CGK_" + k.substr(4) + " end", "CONVOGUARD_API_KEY"));
  EXPECT_TRUE(FindsNo("key cgk_" + std::string(49, 'x') + " end", "CONVOGUARD_API_KEY"));
}

TEST(AwsKeys, DocumentationExampleKeyIsNotReported) {
  // The key from AWS documentation, assembled: it grants nothing and appears
  // in countless tutorials, so it is allowlisted (see secrets.md).
  const std::string doc_id = std::string("AKIA") + "IOSFODNN7" + "EXAMPLE";
  EXPECT_TRUE(FindsNo("aws_access_key_id = " + doc_id, "AWS_ACCESS_KEY_ID"));
  const std::string doc_secret = std::string("wJalrXUtnFEMI/K7MDENG/") + "bPxRfiCY" + "EXAMPLEKEY";
  EXPECT_TRUE(FindsNo("aws_secret_access_key = " + doc_secret, "AWS_SECRET_ACCESS_KEY"));
}

TEST(AwsKeys, KeyIdWithWrongCharsetIsNotReported) {
  Gen g;
  // 0, 1, 8, 9 and lowercase are not in the base32 alphabet of key ids.
  EXPECT_TRUE(FindsNo("key AKIA" + g.Chars(kBase32, 12) + "0189 end", "AWS_ACCESS_KEY_ID"));
  EXPECT_TRUE(FindsNo("key AKIA" + g.Chars("abcdefghijklmnop", 16) + " end", "AWS_ACCESS_KEY_ID"));
}

TEST(AwsKeys, SecretKeyNeedsItsKeyword) {
  Gen g;
  std::string secret = g.Chars(kBase64, 40);
  EXPECT_TRUE(FindsExactly("aws_secret_access_key = " + secret, "AWS_SECRET_ACCESS_KEY", secret));
  EXPECT_TRUE(FindsExactly("AWS_SECRET_ACCESS_KEY=" + secret + "\n", "AWS_SECRET_ACCESS_KEY", secret));
  EXPECT_TRUE(FindsExactly("{\"SecretAccessKey\": \"" + secret + "\"}", "AWS_SECRET_ACCESS_KEY", secret));
  EXPECT_TRUE(FindsNo("checksum " + secret + " of the file", "AWS_SECRET_ACCESS_KEY"));
  // Low entropy and wrong length.
  EXPECT_TRUE(FindsNo("aws_secret_access_key = " + std::string(40, 'A'), "AWS_SECRET_ACCESS_KEY"));
  EXPECT_TRUE(FindsNo("aws_secret_access_key = " + secret + "Q", "AWS_SECRET_ACCESS_KEY"));
}

TEST(OpenAi, SkKeyWithoutMarkerScoresLowerAndAnthropicIsNotOpenAi) {
  Gen g;
  std::string plain = "sk-" + g.Chars(kAlnum, 48);
  auto f = Scan("key " + plain);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].entity_type, "OPENAI_API_KEY");
  EXPECT_LT(f[0].score, 0.9);
  EXPECT_TRUE(FindsNo("sk-ant-api03-" + g.Chars(kUrlSafe, 93) + "AA", "OPENAI_API_KEY"));
  EXPECT_TRUE(FindsNo("a task-" + g.Chars(kAlnum, 40), "OPENAI_API_KEY"));
  EXPECT_TRUE(FindsNo("sk-ant-api03-" + g.Chars(kUrlSafe, 60) + "AA", "ANTHROPIC_API_KEY")) << "wrong length";
  EXPECT_TRUE(FindsNo("xoxp-1234-1234-1234-" + g.Chars(kHex, 32), "SLACK_TOKEN")) << "ids too short";
  EXPECT_TRUE(FindsNo("AIzaSy" + std::string("abcdefghijklmnopqrstuvwxyz") + g.Chars(kAlnum, 7), "GOOGLE_API_KEY"));
}

TEST(Stripe, PublishableKeysAreNotSecrets) {
  Gen g;
  EXPECT_TRUE(Scan("pk_live_" + g.Chars(kAlnum, 24)).empty());
  EXPECT_TRUE(Scan("pk_test_" + g.Chars(kAlnum, 24)).empty());
}

TEST(Twilio, TheSecretBesideASidIsReportedNotTheSid) {
  Gen g;
  const std::string sid = "AC" + g.Chars(kHex, 32), token = g.Chars(kHex, 32);
  EXPECT_TRUE(FindsExactly("client = Client(\"" + sid + "\", \"" + token + "\")", "TWILIO_KEY", token));
  const std::string key_sid = "SK" + g.Chars(kHex, 32), secret = g.Chars(kUrlSafe, 32);
  EXPECT_TRUE(FindsExactly("Client('" + key_sid + "', '" + secret + "', '" + sid + "')", "TWILIO_KEY", secret));
  // An account SID alone is an identifier (it is in every API URL).
  EXPECT_TRUE(Scan("twilio account sid " + sid).empty());
  EXPECT_TRUE(Scan("GET /2010-04-01/Accounts/" + sid + "/Messages.json").empty());
  EXPECT_TRUE(FindsNo("Client(\"" + sid + "\", \"" + std::string(32, 'a') + "\")", "TWILIO_KEY"));
  EXPECT_TRUE(FindsNo("Client(\"" + sid + "\", \"" + std::string(32, 'x') + "\")", "TWILIO_KEY"));
}

TEST(AwsKeys, SecretRightAfterItsKeyIdIsFound) {
  Gen g;
  const std::string id = "AKIA" + g.Chars(kBase32, 16), secret = g.Chars(kBase64, 40);
  EXPECT_TRUE(FindsExactly("credentials: Aws::Credentials.new(\"" + id + "\", \"" + secret + "\")",
                           "AWS_SECRET_ACCESS_KEY", secret));
  EXPECT_TRUE(FindsExactly(id + ":" + secret, "AWS_SECRET_ACCESS_KEY", secret));
  EXPECT_TRUE(FindsNo(id + ", \"" + secret + "Q\"", "AWS_SECRET_ACCESS_KEY")) << "41 characters";
  EXPECT_TRUE(FindsNo(id + ", " + g.Chars(kHex, 40).substr(0, 40), "AWS_SECRET_ACCESS_KEY")) << "a hex digest";
}

// ------------------------------------------------------------- JWT

std::string MakeJwt(Gen& g, const std::string& header_json) {
  return Base64Url(header_json) + "." + Base64Url("{\"sub\":\"" + g.Chars(kDigits, 10) + "\",\"iat\":1516239022}") +
         "." + g.Chars(kUrlSafe, 43);
}

TEST(Jwt, HeaderMustDecodeToJsonWithAlg) {
  Gen g;
  std::string jwt = MakeJwt(g, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
  EXPECT_TRUE(FindsExactly("Authorization token " + jwt + " expired", "JWT", jwt));
  EXPECT_TRUE(FindsExactly("{\"id_token\":\"" + jwt + "\"}", "JWT", jwt));
  EXPECT_TRUE(FindsNo("x " + MakeJwt(g, "{\"typ\":\"JWT\",\"kid\":\"k1\"}") + " y", "JWT")) << "no alg";
  // eyJ-prefixed but the header is not valid base64url JSON.
  EXPECT_TRUE(FindsNo("x eyJ" + g.Chars(kAlnum, 30) + "." + g.Chars(kAlnum, 40) + "." + g.Chars(kAlnum, 43), "JWT"));
  // Two parts only.
  std::string two = jwt.substr(0, jwt.rfind('.'));
  EXPECT_TRUE(FindsNo("x " + two + " y", "JWT"));
}

TEST(Jwt, LongTokenBeyondFiveHundredBytesIsFoundWhole) {
  Gen g;
  std::string claims = "{\"sub\":\"" + g.Chars(kAlnum, 900) + "\"}";
  std::string jwt = Base64Url("{\"alg\":\"RS256\"}") + "." + Base64Url(claims) + "." + g.Chars(kUrlSafe, 342);
  EXPECT_TRUE(FindsExactly("Bearer? no: " + jwt + " end", "JWT", jwt));
}

// ------------------------------------------------------------- private keys

std::string PemBody(Gen& g, size_t lines, const std::string& newline) {
  std::string body;
  for (size_t i = 0; i < lines; ++i) body += g.Chars(kBase64, 64) + newline;
  return body;
}

TEST(PrivateKey, AllPemFlavoursAreFoundWhole) {
  Gen g;
  for (const std::string kind : {"RSA ", "EC ", "DSA ", "OPENSSH ", "ENCRYPTED ", ""}) {
    std::string key = "-----BEGIN " + kind + "PRIVATE KEY-----\n" + PemBody(g, 25, "\n") + "-----END " + kind +
                      "PRIVATE KEY-----";
    ASSERT_GT(key.size(), 1000u);
    EXPECT_TRUE(FindsExactly("my key:\n" + key + "\nthanks", "PRIVATE_KEY", key)) << kind;
  }
  std::string pgp = "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n" + PemBody(g, 20, "\n") +
                    "=" + g.Chars(kBase64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----";
  EXPECT_TRUE(FindsExactly(pgp, "PRIVATE_KEY", pgp));
  std::string encrypted = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC," +
                          g.Chars("0123456789ABCDEF", 32) + "\n\n" + PemBody(g, 12, "\n") +
                          "-----END RSA PRIVATE KEY-----";
  EXPECT_TRUE(FindsExactly(encrypted, "PRIVATE_KEY", encrypted));
}

TEST(PrivateKey, ServiceAccountJsonWithEscapedNewlines) {
  Gen g;
  std::string pem = "-----BEGIN PRIVATE KEY-----\\n" + PemBody(g, 20, "\\n") + "-----END PRIVATE KEY-----";
  std::string json = "{\"type\": \"service_account\", \"private_key_id\": \"" + g.Chars(kHex, 40) +
                     "\", \"private_key\": \"" + pem + "\\n\", \"client_email\": \"svc@proj.iam.gserviceaccount.com\"}";
  EXPECT_TRUE(FindsExactly(json, "PRIVATE_KEY", pem));
}

TEST(PrivateKey, UnterminatedKeyIsStillFound) {
  Gen g;
  std::string head = "-----BEGIN RSA PRIVATE KEY-----\n" + PemBody(g, 6, "\n");
  auto f = Scan("oops I pasted " + head);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].entity_type, "PRIVATE_KEY");
}

TEST(PrivateKey, PlaceholdersAndPublicKeysAreNot) {
  EXPECT_TRUE(FindsNo("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----", "PRIVATE_KEY"));
  EXPECT_TRUE(FindsNo("-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----", "PRIVATE_KEY"));
  EXPECT_TRUE(FindsNo("-----BEGIN PRIVATE KEY-----\n" + std::string(64 * 5, 'A') + "\n-----END PRIVATE KEY-----",
                      "PRIVATE_KEY"));
  Gen g;
  EXPECT_TRUE(FindsNo("-----BEGIN PUBLIC KEY-----\n" + PemBody(g, 6, "\n") + "-----END PUBLIC KEY-----",
                      "PRIVATE_KEY"));
}

// ------------------------------------------------------------- URLs and headers

// The reported span is the authority with its credentials; scheme and path stay.
TEST(UrlCredentials, DatabaseUrlsReportUserPasswordAndHost) {
  Gen g;
  for (const std::string scheme : {"postgres", "postgresql", "mysql", "mongodb", "mongodb+srv", "redis", "amqp",
                                   "mssql"}) {
    std::string pass = g.Chars(kAlnum, 16);
    std::string url = scheme + "://app_user:" + pass + "@db.internal.example:5432/orders";
    EXPECT_TRUE(FindsExactly("DATABASE_URL=" + url, "DATABASE_URL_CREDENTIALS",
                             "app_user:" + pass + "@db.internal.example:5432"))
        << scheme;
  }
  std::string pass = g.Chars(kAlnum, 20);
  EXPECT_TRUE(FindsExactly("redis://:" + pass + "@cache:6379/0", "DATABASE_URL_CREDENTIALS", ":" + pass + "@cache:6379"));
}

TEST(UrlCredentials, AnyUrlWithUserinfo) {
  Gen g;
  std::string pass = g.Chars(kAlnum, 14);
  EXPECT_TRUE(FindsExactly("clone https://deploy:" + pass + "@git.example.com/repo.git", "URL_CREDENTIALS",
                           "deploy:" + pass + "@git.example.com"));
  EXPECT_TRUE(FindsExactly("see ftp://backup:" + pass + "@files.example.org.", "URL_CREDENTIALS",
                           "backup:" + pass + "@files.example.org"));
}

TEST(UrlCredentials, PlaceholdersAreNot) {
  for (const std::string url : {"postgres://user:password@localhost/db", "postgres://user:pass@localhost/db",
                                "mysql://root:${MYSQL_PASSWORD}@db/app", "mongodb://admin:xxx@host/db",
                                "redis://user:****@host:6379", "postgresql://postgres:postgres@localhost:5432/x",
                                "amqp://guest:guest@rabbit:5672/", "https://user:changeme@example.com",
                                "postgres://u:$PGPASS@h/db", "http://example.com:8080/path", "ssh://git@host/repo",
                                "mysql://user:your_password@host/db"}) {
    EXPECT_TRUE(FindsNo(url, "DATABASE_URL_CREDENTIALS"));
    EXPECT_TRUE(FindsNo(url, "URL_CREDENTIALS"));
  }
}

TEST(HttpHeaders, BearerAndBasic) {
  Gen g;
  std::string token = g.Chars(kUrlSafe, 40);
  EXPECT_TRUE(FindsExactly("curl -H \"Authorization: Bearer " + token + "\" https://api.example.com", "BEARER_TOKEN",
                           token));
  EXPECT_TRUE(FindsNo("Authorization: Bearer <token>", "BEARER_TOKEN"));
  EXPECT_TRUE(FindsNo("Authorization: Bearer YOUR_ACCESS_TOKEN_HERE", "BEARER_TOKEN"));
  EXPECT_TRUE(FindsNo("the bearer of bad news", "BEARER_TOKEN"));
  std::string basic = Base64Std("deploy:" + g.Chars(kAlnum, 18));
  EXPECT_TRUE(FindsExactly("Authorization: Basic " + basic, "BASIC_AUTH_CREDENTIALS", basic));
  EXPECT_TRUE(FindsNo("Authorization: Basic " + Base64Std("user:password"), "BASIC_AUTH_CREDENTIALS"));
  EXPECT_TRUE(FindsNo("a basic understanding of basic authentication", "BASIC_AUTH_CREDENTIALS"));
}

// ------------------------------------------------------------- Azure

TEST(Azure, ConnectionStringReportsTheAccountKey) {
  Gen g;
  std::string key = g.Chars(kBase64, 86) + "==";
  std::string cs = "DefaultEndpointsProtocol=https;AccountName=mystore;AccountKey=" + key +
                   ";EndpointSuffix=core.windows.net";
  EXPECT_TRUE(FindsExactly(cs, "AZURE_STORAGE_KEY", key));
  EXPECT_TRUE(FindsExactly("AZURE_STORAGE_KEY: \"" + key + "\"", "AZURE_STORAGE_KEY", key));
  EXPECT_TRUE(FindsNo("AccountKey=" + std::string(86, 'A') + "==", "AZURE_STORAGE_KEY"));
  EXPECT_TRUE(FindsNo("AccountKey=" + g.Chars(kBase64, 60) + "==", "AZURE_STORAGE_KEY"));
  std::string sak = g.Chars(kBase64, 43) + "=";
  EXPECT_TRUE(FindsExactly("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=" + sak,
                           "AZURE_SHARED_ACCESS_KEY", sak));
  std::string sig = g.Chars(kAlnum, 40) + "%2B" + g.Chars(kAlnum, 6) + "%3D";
  EXPECT_TRUE(FindsExactly("https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r"
                           "&se=2030-01-01T00:00:00Z&spr=https&sig=" + sig,
                           "AZURE_SAS_TOKEN", sig));
}

// ------------------------------------------------------------- generic assignments

TEST(Assignments, ReportOnlyTheValueInEveryForm) {
  Gen g;
  std::string pw = g.Chars(kAlnum, 14) + "!";
  EXPECT_TRUE(FindsExactly("DB_PASSWORD=" + pw + "\n", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("  password: " + pw + "\n", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("{\"password\": \"" + pw + "\"}", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("password = '" + pw + "'", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("$config['db_passwd'] = \"" + pw + "\";", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("'db_passwd' => '" + pw + "',", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("my password is " + pw + " so log in", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("spring.datasource.password=" + pw, "PASSWORD", pw));
  std::string key = g.Chars(kAlnum, 32);
  EXPECT_TRUE(FindsExactly("API_KEY=" + key, "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("client_secret: \"" + key + "\"", "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("const apiKey = \"" + key + "\";", "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("access_token := \"" + key + "\"", "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("mytool_api_token = \"" + key + "\"", "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("\"access_token2\": \"" + key + "\"", "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsNo("API_KEY=\nOTHER_SETTING=" + key, "GENERIC_SECRET")) << "the value is on the next line";
}

TEST(Assignments, GenericScoresAreBelowProviderTokens) {
  Gen g;
  std::string key = g.Chars(kAlnum, 32);
  auto f = Scan("secret_key = \"" + key + "\"");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_GE(f[0].score, 0.7);
  EXPECT_LE(f[0].score, 0.85);
  // A provider token in an assignment is reported as the provider's type.
  std::string gh = "ghp_" + g.Chars(kAlnum, 36);
  EXPECT_TRUE(FindsExactly("api_key = \"" + gh + "\"", "GITHUB_TOKEN", gh));
}

TEST(Assignments, NonSecretValuesAreNot) {
  for (const std::string line :
       {"password: true", "password = null", "password=${DB_PASSWORD}", "password: \"{{ vault_pw }}\"",
        "password = <your password>", "password: changeme", "password = \"password\"", "password: ********",
        "password = os.environ[\"DB_PASS\"]", "password = getpass()", "password = self.password",
        "password = user_password", "password: str", "password: Optional[str] = None", "PASSWORD=xxxxxxxx",
        "password is required", "password is incorrect", "password: string;", "password = 123456",
        "password_hash = \"a1b2c3d4e5f6\"", "passwords: never share them",
        "<input type=\"password\" name=\"pw\">", "password: \"Password must be at least 8 characters\"",
        "PWD=/home/user/project", "password = process.env.DB_PASSWORD", "password: $PGPASSWORD",
        "password: '%s'", "password = \"your-password-here\"", "password=abcdefgh"}) {
    EXPECT_TRUE(FindsNo(line, "PASSWORD"));
    EXPECT_TRUE(FindsNo(line, "GENERIC_SECRET"));
  }
  for (const std::string line :
       {"max_tokens: 4096", "token_type: bearer", "secret: my-secret", "api_key: YOUR_API_KEY",
        "api_key = \"<API_KEY>\"", "tokenizer = AutoTokenizer.from_pretrained(name)", "token: ${{ secrets.GH_TOKEN }}",
        "secretName: app-secrets", "api_key=abc", "token = token", "access_token: null", "api_key: \"\"",
        "client_secret = settings.CLIENT_SECRET", "api_key = \"sk-...\"", "SECRET_KEY = env(\"SECRET_KEY\")",
        "the secret is out", "api_key = 'abcdefghijklmnopqrstuvwxyz'", "api_key = \"1234567890123456\""}) {
    EXPECT_TRUE(FindsNo(line, "GENERIC_SECRET"));
    EXPECT_TRUE(FindsNo(line, "PASSWORD"));
  }
}

// URLs, paths and references are recognised by their prefix in any case.
TEST(Assignments, PrefixedReferencesInAnyCaseAreNot) {
  for (const std::string line :
       {"api_key = \"HTTPS://Vault.Example.com/Kx9Lm2Qp7\"", "client_secret: \"File:/etc/Kx9Lm2Qp7zR4\"",
        "token = \"ARN:aws:kms:us-east-1:1234:key/Ab12Cd34\"", "password = \"Vault:Kx9Lm2Qp7zR4\""}) {
    EXPECT_TRUE(FindsNo(line, "GENERIC_SECRET")) << line;
    EXPECT_TRUE(FindsNo(line, "PASSWORD")) << line;
  }
  // The same values without their prefix are secrets.
  EXPECT_FALSE(FindsNo("api_key = \"Kx9Lm2Qp7zR4wT\"", "GENERIC_SECRET"));
  EXPECT_FALSE(FindsNo("password = \"Kx9Lm2Qp7zR4\"", "PASSWORD"));
}

// ------------------------------------------------------------- streaming

// The findings of `text` written to a stream `chunk` bytes at a time.
std::vector<Finding> StreamInChunks(const std::string& text, size_t chunk) {
  auto s = TheAnalyzer().NewStream({});
  std::vector<Finding> found;
  for (size_t i = 0; i < text.size(); i += chunk) {
    auto u = s->Write(std::string_view(text).substr(i, chunk));
    EXPECT_TRUE(u.ok());
    if (u.ok()) found.insert(found.end(), u->findings.begin(), u->findings.end());
  }
  auto u = s->Finish();
  EXPECT_TRUE(u.ok());
  if (u.ok()) found.insert(found.end(), u->findings.begin(), u->findings.end());
  return found;
}

TEST(Streaming, TokenSplitAcrossChunksIsFound) {
  Gen g;
  const std::string gh = "ghp_" + g.Chars(kAlnum, 36);
  const std::string pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + PemBody(g, 10, "\n") +
                          "-----END OPENSSH PRIVATE KEY-----";
  const std::string text = "please use " + gh + " for the bot, and this key:\n" + pem + "\nthanks!";
  for (size_t chunk = 1; chunk <= 7; ++chunk) {
    const std::vector<Finding> found = StreamInChunks(text, chunk);
    ASSERT_EQ(found.size(), 2u) << "chunk " << chunk;
    EXPECT_EQ(found[0].entity_type, "GITHUB_TOKEN");
    EXPECT_EQ(Covered(text, found[0]), gh);
    EXPECT_EQ(found[1].entity_type, "PRIVATE_KEY");
    EXPECT_EQ(Covered(text, found[1]), pem);
  }
}

// ------------------------------------------------------------- ordinary text

TEST(OrdinaryText, ChatAboutCredentialsHasNoFindings) {
  const std::string text =
      "To rotate your GitHub token, open Settings > Developer settings and create a new token. "
      "Tokens start with ghp_ and you should store them in a secret manager. Set the password "
      "policy to require 12 characters. Use the AWS console to create an access key; the secret "
      "access key is shown once. The API key goes in the Authorization header as a bearer token. "
      "My task-list: refactor the passwd parser, review secret_rules.cc and bump max_tokens to 2048.";
  auto f = Scan(text);
  for (const Finding& x : f) ADD_FAILURE() << x.entity_type << " '" << Covered(text, x) << "' " << x.recognizer;
}

// ------------------------------------------------------------- helpers

TEST(SecretChecks, Base64DecodeAndPlaceholders) {
  using recognizers::secrets::Base64Decode;
  using recognizers::secrets::IsPlaceholder;
  EXPECT_EQ(Base64Decode("eyJhbGciOiJub25lIn0").value_or(""), "{\"alg\":\"none\"}");
  EXPECT_FALSE(Base64Decode("a").has_value());
  EXPECT_FALSE(Base64Decode("ab!c").has_value());
  EXPECT_TRUE(IsPlaceholder("${SECRET}"));
  EXPECT_TRUE(IsPlaceholder("abcdefgh"));
  EXPECT_TRUE(IsPlaceholder("aaaaaaaa"));
  EXPECT_TRUE(IsPlaceholder("<token>"));
  EXPECT_FALSE(IsPlaceholder("h7Gq2LxP0zWm"));
}

// Both checks ignore ASCII case, and each call sees only its own value: a
// short value after a long one is judged alone.
TEST(SecretChecks, PlaceholdersAndCommonWordsIgnoreCase) {
  using recognizers::secrets::IsCommonNonSecretWord;
  using recognizers::secrets::IsPlaceholder;
  EXPECT_TRUE(IsPlaceholder("YOUR_API_KEY_HERE_PLEASE_REPLACE_ME"));
  EXPECT_TRUE(IsPlaceholder("ABCDEFGHIJKLM"));
  EXPECT_FALSE(IsPlaceholder("H7Gq2LxP"));
  EXPECT_TRUE(IsCommonNonSecretWord("PASSWORD"));
  EXPECT_TRUE(IsCommonNonSecretWord("Undefined"));
  EXPECT_TRUE(IsCommonNonSecretWord("8080"));
  EXPECT_FALSE(IsCommonNonSecretWord("Kx9Lm2Qp7zR4wTveryLongValue0123"));
  EXPECT_TRUE(IsCommonNonSecretWord("Token"));
}

// LooksLikeReference is a hand-written matcher for four regexes; std::regex
// is the oracle here, on every string of up to 5 bytes over an alphabet that
// covers each class boundary, and on longer random ones.
TEST(SecretChecks, LooksLikeReferenceMatchesItsRegexes) {
  const std::regex dotted(R"([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)");
  const std::regex snake(R"([a-z][a-z0-9]*(?:_[a-z0-9]+)+)");
  const std::regex camel(R"([a-z]+(?:[A-Z][a-z]+)+)");
  const std::regex env(R"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)");
  auto oracle = [&](const std::string& s) {
    return std::regex_match(s, dotted) || std::regex_match(s, snake) || std::regex_match(s, camel) ||
           std::regex_match(s, env);
  };
  const std::string alphabet = "aB_.9-";
  int matched = 0, total = 0;
  std::vector<std::string> frontier = {""};
  for (int len = 1; len <= 5; ++len) {
    std::vector<std::string> next;
    for (const std::string& p : frontier) {
      for (char c : alphabet) next.push_back(p + c);
    }
    for (const std::string& s : next) {
      ++total;
      matched += oracle(s) ? 1 : 0;
      ASSERT_EQ(recognizers::secrets::LooksLikeReference(s), oracle(s)) << s;
    }
    frontier = std::move(next);
  }
  uint64_t x = 2463534242;
  const std::string wide = "azAZ09_.-$";
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    const size_t n = 1 + x % 16;
    for (size_t k = 0; k < n; ++k) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      s.push_back(wide[x % wide.size()]);
    }
    ASSERT_EQ(recognizers::secrets::LooksLikeReference(s), oracle(s)) << s;
  }
  EXPECT_GT(matched, 100);
  EXPECT_TRUE(recognizers::secrets::LooksLikeReference("config.db.password"));
  EXPECT_TRUE(recognizers::secrets::LooksLikeReference("dbPassword"));
  EXPECT_TRUE(recognizers::secrets::LooksLikeReference("DB_PASSWORD"));
  EXPECT_FALSE(recognizers::secrets::LooksLikeReference("hunter2"));
}

// The secrets found from a cue inside the match (mailgun_signing_key from
// its first word's end, url_credentials from its "://", jwt from its "eyJ")
// streamed in pieces cut before, at and after the cue, and in small chunks:
// the stream reports exactly what one scan of the whole text reports
// (threshold 0, so that mailgun's 0.3 is kept), with the context word
// arriving after the cut.
TEST(Streaming, SecretsFoundFromACueInsideTheMatchAsInOneScan) {
  Gen g(9);
  const std::string mailgun = g.Chars(kHex, 32) + "-" + g.Chars(kHex, 8) + "-" + g.Chars(kHex, 8);
  const std::string url = "https://admin:" + g.Chars(kAlnum, 14) + "@db.example.com/x";
  const std::string jwt = MakeJwt(g, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
  const std::string text = "signing key " + mailgun + " is the mailgun one; the dump is at " + url +
                           " now, token " + jwt + ", eyJ alone";
  const size_t key_at = text.find(mailgun), scheme_end = text.find("://") + 3, jwt_at = text.find(jwt);
  const size_t dot1 = text.find('.', jwt_at), dot2 = text.find('.', dot1 + 1);
  FindingFilter all;
  all.threshold = 0;
  auto whole = TheAnalyzer().Scan(text, all);
  ASSERT_TRUE(whole.ok());
  auto key = [](const Finding& f) {
    return std::make_tuple(f.entity_type, f.start, f.end, f.byte_start, f.byte_end, f.score, f.recognizer,
                           f.explanation);
  };
  std::vector<std::string> rules;
  for (const Finding& f : whole->findings) rules.push_back(f.recognizer);
  ASSERT_NE(std::find(rules.begin(), rules.end(), "mailgun_signing_key"), rules.end());
  ASSERT_NE(std::find(rules.begin(), rules.end(), "url_credentials"), rules.end());
  ASSERT_NE(std::find(rules.begin(), rules.end(), "jwt"), rules.end());
  std::vector<std::vector<size_t>> cuts = {{key_at + 20},    {key_at + 32},     {key_at + 31, key_at + 33},
                                           {scheme_end - 2}, {scheme_end - 1},  {scheme_end},
                                           {jwt_at + 2},     {jwt_at + 3},      {jwt_at + 3, dot1, dot2 + 1},
                                           {dot1 - 5},       {dot2 + 4},        {key_at + 20, scheme_end - 1}};
  for (size_t chunk : {1, 3, 7, 64}) {
    std::vector<size_t> c;
    for (size_t i = chunk; i < text.size(); i += chunk) c.push_back(i);
    cuts.push_back(c);
  }
  for (const auto& at : cuts) {
    auto s = TheAnalyzer().NewStream(all);
    std::vector<Finding> found;
    size_t from = 0;
    for (size_t k = 0; k <= at.size(); ++k) {
      const size_t to = k < at.size() ? at[k] : text.size();
      auto u = s->Write(std::string_view(text).substr(from, to - from));
      ASSERT_TRUE(u.ok());
      found.insert(found.end(), u->findings.begin(), u->findings.end());
      from = to;
    }
    auto u = s->Finish();
    ASSERT_TRUE(u.ok());
    found.insert(found.end(), u->findings.begin(), u->findings.end());
    ASSERT_EQ(found.size(), whole->findings.size()) << "first cut at " << at[0];
    for (size_t k = 0; k < found.size(); ++k) {
      EXPECT_EQ(key(found[k]), key(whole->findings[k])) << "first cut at " << at[0] << ", finding " << k;
    }
  }
}

// The catalog's rule `id` and its regex (with its lead) compiled alone, for
// the tests of rules found from a cue group.
struct RuleAlone {
  recognizers::Rule rule;
  std::shared_ptr<const matching::PatternSet> set;
};
RuleAlone CompileRuleAlone(const std::string& id) {
  RuleAlone out;
  for (recognizers::Rule& r : recognizers::AllRules()) {
    if (r.id == id) out.rule = std::move(r);
  }
  EXPECT_EQ(out.rule.id, id);
  EXPECT_TRUE(out.rule.cue_group.group != nullptr) << id;
  auto set = matching::PatternSet::Compile({{out.rule.regex, out.rule.flags, "", {}, {}, out.rule.lead}}, 4000);
  EXPECT_TRUE(set.ok()) << set.status().ToString();
  if (set.ok()) out.set = *set;
  return out;
}

// mailgun_signing_key is found from the word-shape finder's report of its
// first word (32 lowercase hex digits), a cue inside the match: on random
// text of hex words of every nearby length and case, every match of the
// rule's regex holds a reported end within its lead (32 bytes) of its start.
TEST(MailgunSigningKey, EveryMatchHoldsTheFirstWordsCue) {
  const RuleAlone alone = CompileRuleAlone("mailgun_signing_key");
  ASSERT_TRUE(alone.set != nullptr && alone.rule.cue_group.group != nullptr);
  const recognizers::Rule* rule = &alone.rule;
  const auto* set = &alone.set;
  EXPECT_EQ((*set)->StartReach(0), 32u);
  Gen gen(7);
  std::mt19937 rng(5);
  const std::vector<std::string> seps = {"-", "-", "-", " ", "_", ".", "\n", "key: ", "x", "--"};
  size_t matches = 0;
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    auto hex = [&](size_t len) {
      return gen.Chars(rng() % 8 == 0 ? std::string("0123456789abcdefABCDEF") : kHex, len);
    };
    for (int w = 0, n = 1 + static_cast<int>(rng() % 6); w < n; ++w) {
      if (rng() % 2 == 0) {  // key-shaped: 32, 8 and 8 digits, give or take one
        text += hex(31 + rng() % 3) + "-" + hex(7 + rng() % 3) + "-" + hex(7 + rng() % 3);
      } else {
        text += hex(rng() % 3 == 0 ? 8 : 30 + rng() % 5);
      }
      text += seps[rng() % seps.size()];
    }
    std::vector<uint64_t> cues;
    (*rule->cue_group.group)(text, [&](unsigned member, uint64_t e) {
      if (member == rule->cue_group.member) cues.push_back(e);
    });
    ASSERT_TRUE((*set)->FindMatches(0, text, 0, text.size(), [&](size_t s, size_t e) {
      ++matches;
      const bool covered =
          std::any_of(cues.begin(), cues.end(), [&](uint64_t c) { return c > s && c <= e && c - s <= 32; });
      EXPECT_TRUE(covered) << "match [" << s << ", " << e << ") of " << text << " holds no cue";
    }).ok());
  }
  EXPECT_GT(matches, 200u);
}

// ------------------------------------------------------------- session 11 shapes

// FindsNo(line, entity) for each of `lines`.
void ExpectNoneFound(const std::string& entity, const std::vector<std::string>& lines) {
  for (const std::string& line : lines) EXPECT_TRUE(FindsNo(line, entity)) << line;
}

TEST(DiscordBotToken, SnowflakeIdTimestampAndHmac) {
  Gen g;
  for (const std::string digits : {"81234567890123456", "987654321012345678", "1100000987654321012"}) {
    const std::string t = Base64Url(digits) + "." + g.Chars(kUrlSafe, 6) + "." + g.Chars(kUrlSafe, 38);
    EXPECT_TRUE(FindsExactly("client.login('" + t + "');", "DISCORD_BOT_TOKEN", t)) << digits.size() << " digits";
  }
  const std::string id = Base64Url(std::to_string(1'100'000'000'000'000'000ULL + 987'654'321'012ULL));
  const std::string tok = id + "." + g.Chars(kUrlSafe, 6) + "." + g.Chars(kUrlSafe, 38);
  EXPECT_TRUE(FindsExactly("client.run(\"" + tok + "\")", "DISCORD_BOT_TOKEN", tok));
  // The same shape whose first part is no numeric id.
  const std::string other = "M" + g.Chars(kAlnum, 23) + "." + g.Chars(kUrlSafe, 6) + "." + g.Chars(kUrlSafe, 27);
  EXPECT_TRUE(FindsNo("bot " + other, "DISCORD_BOT_TOKEN"));
  // Wrong first letter, a short middle part, a long first part.
  EXPECT_TRUE(FindsNo("x P" + tok.substr(1), "DISCORD_BOT_TOKEN"));
  EXPECT_TRUE(FindsNo(id + "." + g.Chars(kUrlSafe, 5) + "." + g.Chars(kUrlSafe, 38), "DISCORD_BOT_TOKEN"));
  EXPECT_TRUE(FindsNo(id + "AAAA." + g.Chars(kUrlSafe, 6) + "." + g.Chars(kUrlSafe, 38), "DISCORD_BOT_TOKEN"));
  EXPECT_TRUE(FindsNo("see docs.python.org/3/library/stdtypes.html and www.google.com.au", "DISCORD_BOT_TOKEN"));
}

// discord_bot_token is found from the word-shape finder's report of its
// first part. The finder reports only base64 of 17-19 digits; every match
// of the rule's regex whose first part decodes so (what the validator
// accepts) holds a reported end at its first part's end, and every other
// word it reports decodes so too.
TEST(DiscordBotToken, TheFirstPartsCueCoversEveryAcceptedMatch) {
  const RuleAlone alone = CompileRuleAlone("discord_bot_token");
  ASSERT_TRUE(alone.set != nullptr && alone.rule.cue_group.group != nullptr);
  const recognizers::Rule* rule = &alone.rule;
  const auto* set = &alone.set;
  Gen gen(13);
  std::mt19937 rng(3);
  auto numeric_id = [](std::string_view part) {
    auto d = recognizers::secrets::Base64Decode(part);
    return d && d->size() >= 17 && d->size() <= 19 && d->find_first_not_of("0123456789") == std::string::npos;
  };
  size_t accepted = 0;
  for (int t = 0; t < 2000; ++t) {
    std::string text;
    for (int w = 0, n = 1 + static_cast<int>(rng() % 4); w < n; ++w) {
      std::string first;
      switch (rng() % 3) {
        case 0: first = Base64Url(gen.Chars("123456789", 1) + gen.Chars(kDigits, 15 + rng() % 5)); break;
        case 1: first = gen.Chars("MNO", 1) + gen.Chars(kUrlSafe, 22 + rng() % 4); break;
        default: first = Base64Url(gen.Chars(kDigits, 16 + rng() % 4) + gen.Chars("a.", 1)); break;
      }
      text += first + "." + gen.Chars(kUrlSafe, 5 + rng() % 3) + "." + gen.Chars(kUrlSafe, 26 + rng() % 14) +
              (rng() % 2 ? " " : "\n");
    }
    std::vector<uint64_t> cues;
    (*rule->cue_group.group)(text, [&](unsigned member, uint64_t e) {
      if (member == rule->cue_group.member) cues.push_back(e);
    });
    for (uint64_t e : cues) {
      size_t b = e;
      while (b > 0 && matching::IsWordByte(static_cast<unsigned char>(text[b - 1]))) --b;
      EXPECT_TRUE(numeric_id(std::string_view(text).substr(b, e - b))) << text.substr(b, e - b);
    }
    ASSERT_TRUE((*set)->FindMatches(0, text, 0, text.size(), [&](size_t s, size_t e) {
      const std::string_view m = std::string_view(text).substr(s, e - s);
      const size_t dot = m.find('.');
      if (!numeric_id(m.substr(0, dot))) return;
      ++accepted;
      EXPECT_NE(std::find(cues.begin(), cues.end(), s + dot), cues.end()) << m;
    }).ok());
  }
  EXPECT_GT(accepted, 200u);
}

TEST(AzureAdClientSecret, FoundAfterAnyDelimiterNotInsideLongerRuns) {
  Gen g;
  const std::string chars = kAlnum + "_~.-";
  for (int i = 0; i < 5; ++i) {
    const std::string s = g.Chars(kAlnum, 3) + g.Chars(kDigits, 1) + "Q~" + g.Chars(chars, 33 + i % 2);
    EXPECT_TRUE(FindsExactly("client_secret=" + s, "AZURE_AD_CLIENT_SECRET", s));
    EXPECT_TRUE(FindsExactly("<value>" + s + "</value>", "AZURE_AD_CLIENT_SECRET", s));
    EXPECT_TRUE(FindsExactly("(" + s + ")", "AZURE_AD_CLIENT_SECRET", s));
    EXPECT_TRUE(FindsNo("x" + s, "AZURE_AD_CLIENT_SECRET")) << "part of a longer run";
  }
  EXPECT_TRUE(FindsNo("client_secret=bP88Q~" + std::string(34, 'x'), "AZURE_AD_CLIENT_SECRET"));
  EXPECT_TRUE(FindsNo(std::string(40, '~'), "AZURE_AD_CLIENT_SECRET"));
}

TEST(TelegramBotToken, FoundRightAfterBotInAnApiUrl) {
  Gen g;
  const std::string tok = "7" + g.Chars(kDigits, 9) + ":AA" + g.Chars(kUrlSafe, 33);
  EXPECT_TRUE(FindsExactly("curl https://api.telegram.org/bot" + tok + "/getMe", "TELEGRAM_BOT_TOKEN", tok));
  EXPECT_TRUE(FindsExactly("TELEGRAM_TOKEN=" + tok, "TELEGRAM_BOT_TOKEN", tok));
  EXPECT_TRUE(FindsNo("id 1" + tok, "TELEGRAM_BOT_TOKEN")) << "an 11-digit id";
  EXPECT_TRUE(FindsNo("foo:AA" + g.Chars(kUrlSafe, 33), "TELEGRAM_BOT_TOKEN"));
}

TEST(OnePassword, ServiceAccountTokensOfTypicalLengthAreFoundWhole) {
  Gen g;
  const std::string tok = "ops_eyJ" + g.Chars(kBase64, 870);
  EXPECT_TRUE(FindsExactly("export OP_SERVICE_ACCOUNT_TOKEN=" + tok + "\n", "ONEPASSWORD_TOKEN", tok));
  EXPECT_TRUE(FindsNo("ops_eyJ" + std::string(330, 'x'), "ONEPASSWORD_TOKEN"));
}

TEST(VaultToken, LegacyServiceTokensNeedMixedCaseDigitsAndAContextWord) {
  Gen g;
  std::string tok;
  do {
    tok = "s." + g.Chars(kAlnum, 24);
  } while (recognizers::secrets::CharClassCount(tok.substr(2)) < 3);
  EXPECT_TRUE(FindsExactly("token: " + tok, "VAULT_TOKEN", tok));
  EXPECT_TRUE(FindsExactly("export VAULT_TOKEN=" + tok, "VAULT_TOKEN", tok));
  EXPECT_TRUE(FindsNo("see " + tok + " above", "VAULT_TOKEN")) << "no context word";
  for (const std::string v : {"s.AcceptanceTimeoutSeconds", "s.THISSTRINGISALLUPPERCASE", "s.thisstringisalllowercase",
                              "s.xxxxxxxxxxxxxxxxxxxxxxxx"}) {
    EXPECT_TRUE(FindsNo("vault token: " + v, "VAULT_TOKEN")) << v;
  }
}

TEST(Mailchimp, HexKeyWithItsDatacenter) {
  Gen g;
  const std::string key = g.Chars(kHex, 32) + "-us" + g.Chars(kDigits, 2);
  EXPECT_TRUE(FindsExactly("MAILCHIMP_KEY = \"" + key + "\"", "MAILCHIMP_API_KEY", key));
  EXPECT_TRUE(FindsExactly(key.substr(0, key.size() - 1), "MAILCHIMP_API_KEY", key.substr(0, key.size() - 1)));
  EXPECT_TRUE(FindsNo(g.Chars(kHex, 31) + "-us12", "MAILCHIMP_API_KEY"));
  EXPECT_TRUE(FindsNo(g.Chars(kHex, 32) + "-us123", "MAILCHIMP_API_KEY"));
  EXPECT_TRUE(FindsNo(std::string(32, 'a') + "-us12", "MAILCHIMP_API_KEY"));
}

TEST(Facebook, AppTokenIsAppIdPipeSecret) {
  Gen g;
  const std::string tok = "1" + g.Chars(kDigits, 15) + "|" + g.Chars(kUrlSafe, 27);
  EXPECT_TRUE(FindsExactly("facebook access_token=" + tok, "FACEBOOK_ACCESS_TOKEN", tok));
  EXPECT_TRUE(FindsNo("| 1" + g.Chars(kDigits, 15) + " | " + g.Chars(kAlnum, 27) + " |", "FACEBOOK_ACCESS_TOKEN"));
}

// A credential beats the personal data it overlaps: the token of a
// token-only userinfo is an e-mail's local part, a SAS signature is part of
// its URL.
TEST(Overlaps, CredentialsWinOverAddressesTheyArePartOf) {
  Gen g;
  const std::string gh = "ghp_" + g.Chars(kAlnum, 36);
  EXPECT_TRUE(FindsExactly("git clone https://" + gh + "@github.com/acme/tools.git", "GITHUB_TOKEN", gh));
  const std::string sig = g.Chars(kAlnum, 40) + "%2B" + g.Chars(kAlnum, 6) + "%3D";
  EXPECT_TRUE(FindsExactly("GET https://acct.blob.core.windows.net/c/report.pdf?sv=2022-11-02&ss=b&srt=o&sp=r"
                           "&se=2030-01-01T00:00:00Z&spr=https&sig=" + sig,
                           "AZURE_SAS_TOKEN", sig));
}

TEST(CommandLine, CurlUserPassword) {
  Gen g;
  const std::string pw = g.Chars(kAlnum, 12) + "!7";
  EXPECT_TRUE(FindsExactly("curl -u admin:" + pw + " https://es.internal:9200/_cat", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("curl -s --user 'api:" + pw + "' https://x.example", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("curl --user \"j.smith:" + pw + "\" https://x.example", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("curl --user kevin:'" + pw + "' -X PATCH", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("curl -k -X POST https://host/api \\\n  -u ops:" + pw + " -d @x.json", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("curl -u \":" + pw + "\" https://x.example", "PASSWORD", pw));
  ExpectNoneFound("PASSWORD", {"curl -u $USER:$PASS https://x", "curl -u admin:admin https://x",
                               "curl --user neo4j:[PASSWORD] http://h", "curl -u user:password https://x",
                               "curl -u <user>:<password> https://x", "curl -u alice https://x",
                               "docker run --user 1000:1000 img", "sudo -u postgres:postgres psql"});
  EXPECT_TRUE(FindsNo("rsync -u alice:" + pw + " /x", "PASSWORD")) << "not curl";
}

TEST(CommandLine, PasswordFlagsSudoAndPowerShell) {
  Gen g;
  const std::string pw = g.Chars(kAlnum, 10) + "#1!";
  EXPECT_TRUE(FindsExactly("+ docker login -u ci -p " + pw + " registry.example.com", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly(" 1012  mysql -h 10.0.5.20 -u root -p" + pw + " shop_prod", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("mysqldump -u backup -p'" + pw + "' shop > x.sql", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("    - echo \"" + pw + "\" | sudo -S systemctl restart app", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("$s = ConvertTo-SecureString \"" + pw + "\" -AsPlainText -Force", "PASSWORD", pw));
  ExpectNoneFound("PASSWORD", {"mysql -u root -p shop_prod", "ssh -p 2222 deploy@host", "docker run -p 8080:80 nginx",
                               "mkdir -p /tmp/x", "docker login -u ci -p $CI_REGISTRY_PASSWORD registry",
                               "echo $PASS | sudo -S ls", "ConvertTo-SecureString $pw -AsPlainText -Force"});
  EXPECT_TRUE(FindsNo("git commit -p" + pw, "PASSWORD")) << "not a client that takes a password";
}

TEST(CallArguments, ConnectionPasswordsAndSigningKeys) {
  Gen g;
  const std::string pw = g.Chars(kAlnum, 10) + "#!", key = g.Chars(kHex, 40);
  EXPECT_TRUE(FindsExactly("$db = new PDO('mysql:host=localhost;dbname=cms', 'cms', '" + pw + "');", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("$c = mysqli_connect(\"db\", \"shop\", \"" + pw + "\", \"shop\");", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("token = jwt.encode({\"sub\": \"42\"}, \"" + key + "\", algorithm=\"HS256\")",
                           "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("claims = jwt.decode(token, '" + key + "', algorithms=['HS256'])", "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("wandb.login(key=\"" + key + "\")", "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("\"source\": [\"wandb.login(key=\\\"" + key + "\\\")\\n\"]", "GENERIC_SECRET", key))
      << "inside a notebook's JSON";
  ExpectNoneFound("PASSWORD", {"new PDO($dsn, $user, $pass)", "new PDO('sqlite:x.db', '', '')",
                               "mysqli_connect('db', 'root', 'password')"});
  ExpectNoneFound("GENERIC_SECRET", {"jwt.encode(payload, SECRET_KEY, algorithm='HS256')",
                                     "jwt.decode(token, 'secret', algorithms=['HS256'])",
                                     "jwt.encode(payload, 'your-256-bit-secret')", "wandb.login(key='<your key>')"});
}

TEST(HttpHeaders, OtherSchemesAndKeyHeaders) {
  Gen g;
  const std::string tok = g.Chars(kHex, 40);
  EXPECT_TRUE(FindsExactly("curl -H \"Authorization: Token " + tok + "\" https://x", "BEARER_TOKEN", tok));
  EXPECT_TRUE(FindsExactly("curl -H \"Authorization: Api-Token " + tok + "\" https://x", "BEARER_TOKEN", tok));
  const std::string uuid = g.Chars(kHex, 8) + "-" + g.Chars(kHex, 4) + "-4" + g.Chars(kHex, 3) + "-a" +
                           g.Chars(kHex, 3) + "-" + g.Chars(kHex, 12);
  EXPECT_TRUE(FindsExactly("curl --header 'Authorization:  " + uuid + "'", "BEARER_TOKEN", uuid));
  EXPECT_TRUE(FindsExactly("-H \"X-Octopus-ApiKey: " + uuid + "\"", "BEARER_TOKEN", uuid));
  EXPECT_TRUE(FindsExactly("X-Auth-Token: " + tok, "BEARER_TOKEN", tok));
  ExpectNoneFound("BEARER_TOKEN", {"Authorization: Token *******", "X-Api-Key: <your key>", "X-Api-Key: $API_KEY",
                                   "Authorization: Bearer $TOKEN", "X-Request-Token: none", "authorization: required"});
}

TEST(DockerConfig, RegistryAuthIsBase64UserColonPassword) {
  Gen g;
  const std::string auth = Base64Std("ci-bot:" + g.Chars(kAlnum, 14));
  EXPECT_TRUE(FindsExactly("{\"auths\": {\"r.example\": {\"auth\": \"" + auth + "\"}}}", "BASIC_AUTH_CREDENTIALS",
                           auth));
  EXPECT_TRUE(FindsNo("{\"auth\": \"" + Base64Std("no colon here at all") + "\"}", "BASIC_AUTH_CREDENTIALS"));
  EXPECT_TRUE(FindsNo("{\"auth\": \"" + Base64Std("user:password") + "\"}", "BASIC_AUTH_CREDENTIALS"));
}

TEST(Azure, BareAccountKeyNeedsAKeyWord) {
  Gen g;
  const std::string key = Base64Std(g.Chars(kAlnum + "!@#$%^&*()", 64));
  ASSERT_EQ(key.size(), 88u);
  ASSERT_TRUE(key.ends_with("=="));
  EXPECT_TRUE(FindsExactly("[blob]\ntype = azureblob\nkey = " + key + "\n", "AZURE_STORAGE_KEY", key));
  EXPECT_TRUE(FindsExactly("사용 중인 키는 " + key + " 이고", "AZURE_STORAGE_KEY", key));
  EXPECT_TRUE(FindsNo("the value " + key + " was logged", "AZURE_STORAGE_KEY")) << "no key word";
  EXPECT_TRUE(FindsNo("integrity key: sha512-" + key, "AZURE_STORAGE_KEY")) << "a digest";
  EXPECT_TRUE(FindsNo("key = " + std::string(86, 'A') + "==", "AZURE_STORAGE_KEY"));
}

TEST(Assignments, MoreSeparatorsAndKeywords) {
  Gen g;
  const std::string pw = g.Chars(kAlnum, 12) + "#!";
  EXPECT_TRUE(FindsExactly("define( 'DB_PASSWORD', '" + pw + "' );", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("define( 'AUTH_KEY',         'x<3R]f" + pw + "' );", "GENERIC_SECRET", "x<3R]f" + pw));
  const std::string hex = g.Chars(kHex, 32);
  EXPECT_TRUE(FindsExactly("datadog_api_key      = \"" + hex + "\"", "GENERIC_SECRET", hex));
  EXPECT_TRUE(FindsExactly("<password>" + pw + "</password>", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("machine api.example.com\n  login ops@acme.io\n  password " + pw + "\n", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("CREATE USER rep WITH PASSWORD '" + pw + "';", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("CREATE USER 'rep'@'%' IDENTIFIED BY '" + pw + "';", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("private static final String PASS = \"" + pw + "\";", "PASSWORD", pw));
  const std::string routing = g.Chars(kAlnum, 30) + "/J";
  EXPECT_TRUE(FindsExactly("routing_key = \"" + routing + "\"", "GENERIC_SECRET", routing));
  for (const std::string kw : {"contraseña", "senha", "wachtwoord", "lösenord", "hasło", "şifre", "пароль", "パスワード",
                               "密码", "비밀번호"}) {
    EXPECT_TRUE(FindsExactly("  " + kw + ": " + pw + "\n", "PASSWORD", pw)) << kw;
  }
  EXPECT_TRUE(FindsExactly("логин qa-user, пароль " + pw + ". Спасибо", "PASSWORD", pw));
  const std::string db = "postgresql://app:" + g.Chars(kAlnum, 6) + "#" + g.Chars(kAlnum, 6) + "@db.example.net:5432";
  EXPECT_TRUE(FindsExactly("url: " + db + "/orders", "DATABASE_URL_CREDENTIALS", db.substr(13)));
  for (const std::string& line : std::vector<std::string>{
           "bypass = Xy12345678", "Her NRIC for the building pass is S5838317A, thanks",
           "WARN auth.login user=mkhan result=failed reason=bad_password attempts=3",
           "password Field_9000=abc", "compass: N23E45aaa", "the password reset link was sent", "<password>${DB_PW}</password>",
        "define('NONCE_SALT', 'put your unique phrase here');", "pass Test1234abc to it",
        "t(\"password\", \"Passwort\")", "passwd alice", "<p>password</p>", "mapboxgl.accessToken = \"pk.eyJ1Ijoi" +
        g.Chars(kUrlSafe, 60) + "." + g.Chars(kUrlSafe, 22) + "\";", "POSTGRES_PASSWORD: runner-test-only",
        "password: [FILTERED]", "PASSWORD=<set me>"}) {
    EXPECT_TRUE(FindsNo(line, "PASSWORD")) << line;
    EXPECT_TRUE(FindsNo(line, "GENERIC_SECRET")) << line;
  }
}

// The rules of this round found from a cue inside or at the end of the
// match (Discord's word shape, the header and assignment leads, Mailchimp,
// Azure AD, the bare Azure key) and the command-line rules, streamed in
// small chunks: exactly one scan's findings.
TEST(Streaming, NewSecretShapesAsInOneScan) {
  Gen g(21);
  const std::string text =
      "bot: " + Base64Url("987654321012345678") + "." + g.Chars(kUrlSafe, 6) + "." + g.Chars(kUrlSafe, 38) +
      "\ncurl -H \"Authorization: Token " + g.Chars(kHex, 40) + "\" -u ops:" + g.Chars(kAlnum, 12) + "!x https://h\n" +
      "MAILCHIMP_KEY=" + g.Chars(kHex, 32) + "-us18\nclient_secret: " + g.Chars(kAlnum, 3) + "7Q~" +
      g.Chars(kAlnum, 34) + "\nkey = " + Base64Std(g.Chars(kAlnum + "!@#$%", 64)) + "\n" +
      "define( 'DB_PASSWORD', '" + g.Chars(kAlnum, 10) + "#1' );\nmysql -u root -p" + g.Chars(kAlnum, 9) + "!2 db\n" +
      "git clone https://ghp_" + g.Chars(kAlnum, 36) + "@github.com/a/b.git\n";
  auto whole = TheAnalyzer().Scan(text, {});
  ASSERT_TRUE(whole.ok());
  EXPECT_GE(whole->findings.size(), 9u);
  for (size_t chunk : {1, 3, 7, 64}) {
    const std::vector<Finding> found = StreamInChunks(text, chunk);
    ASSERT_EQ(found.size(), whole->findings.size()) << "chunk " << chunk;
    for (size_t k = 0; k < found.size(); ++k) {
      EXPECT_EQ(found[k].recognizer, whole->findings[k].recognizer) << "chunk " << chunk << ", finding " << k;
      EXPECT_EQ(found[k].byte_start, whole->findings[k].byte_start) << "chunk " << chunk << ", finding " << k;
      EXPECT_EQ(found[k].byte_end, whole->findings[k].byte_end) << "chunk " << chunk << ", finding " << k;
    }
  }
}

TEST(Prose, PasswordsAndKeysNamedOnlyInWordsInManyLanguages) {
  Gen g;
  const std::string pw = g.Chars(kUpper, 1) + g.Chars(kLower, 5) + "#" + g.Chars(kDigits, 4);
  EXPECT_TRUE(FindsExactly("the wifi password on the whiteboard says " + pw + " now", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("the wifi pw in the new office?\n[09:12] ana: it's on the whiteboard, \"" + pw + "\"",
                           "PASSWORD", pw))
      << "a question and the next chat turn's answer";
  EXPECT_TRUE(FindsExactly("wie heeft het wachtwoord van de testomgeving?\n[10:45] daan: " + pw + "\n", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("# mot de passe en clair (à supprimer) : " + pw, "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("تم العثور على كلمة المرور التالية في ملف الإعدادات العام: " + pw, "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("本番DBのパスワード変わった？\n[10:01] 田中: はい、新しいのは " + pw + " です", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("测试环境的 Redis 密码是多少?\n李娜: " + pw + "，用完记得改", "PASSWORD", pw));
  const std::string key = g.Chars(kUpper, 4) + g.Chars(kLower, 4) + g.Chars(kDigits, 4) + g.Chars(kAlnum, 20) + "_b";
  EXPECT_TRUE(FindsExactly("Voici ma clé Mistral : " + key + ". Merci", "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("here's the read-only token for the partner API: " + key + "\nIt's scoped", "GENERIC_SECRET",
                           key));
  EXPECT_TRUE(FindsExactly("when I paste my API key (" + key + ") I get 'forbidden'", "GENERIC_SECRET", key));
  EXPECT_TRUE(FindsExactly("AccessKeySecret 是 " + key + "。", "GENERIC_SECRET", key));
  for (const std::string& line : std::vector<std::string>{
           "the password policy says Abc#1234 is too short", "reset your password at https://x.example/a1B#",
           "password: see ticket SEC-4821 for details", "the password for Windows11 and iPhone15 is in the vault",
           "the keyboard shortcut is Ctrl+Shift+K9x", "the recaptchaSiteKey is " + key,
           "my public key is " + key, "password: ENC[AES256_GCM,data:" + key + ",iv:x]",
           "the token is not " + g.Chars(kHex, 40), "password was changed\n\nnew line " + pw,
           "Пароль Ст3йдж-Пар0ль-2026 ok", "password hash " + pw}) {
    EXPECT_TRUE(FindsNo(line, "PASSWORD")) << line;
    EXPECT_TRUE(FindsNo(line, "GENERIC_SECRET")) << line;
  }
}

// The prose rules' window (up to 110 code points after the word, the next
// line after a question) streamed in small chunks: one scan's findings.
TEST(Streaming, ProseValuesAsInOneScan) {
  Gen g(33);
  const std::string text = "wie heeft het wachtwoord van de testomgeving?\n[10:45] daan: " + g.Chars(kUpper, 2) +
                           g.Chars(kLower, 5) + "-" + g.Chars(kDigits, 4) + "\nVoici ma clé : " + g.Chars(kUpper, 5) +
                           g.Chars(kLower, 5) + g.Chars(kDigits, 5) + g.Chars(kAlnum, 15) + " merci\nthe password is " +
                           "on the board: " + g.Chars(kLower, 4) + "#" + g.Chars(kDigits, 4);
  auto whole = TheAnalyzer().Scan(text, {});
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole->findings.size(), 3u);
  for (size_t chunk : {1, 5, 64}) {
    const std::vector<Finding> found = StreamInChunks(text, chunk);
    ASSERT_EQ(found.size(), whole->findings.size()) << "chunk " << chunk;
    for (size_t k = 0; k < found.size(); ++k) {
      EXPECT_EQ(found[k].byte_start, whole->findings[k].byte_start) << "chunk " << chunk << ", finding " << k;
      EXPECT_EQ(found[k].byte_end, whole->findings[k].byte_end) << "chunk " << chunk << ", finding " << k;
    }
  }
}

TEST(CommandLine, LongFlagsRedisSshpassHtpasswdAndPgpass) {
  Gen g;
  const std::string pw = g.Chars(kAlnum, 10) + "#1!";
  EXPECT_TRUE(FindsExactly("redis-cli -h cache -p 6380 -a '" + pw + "' --tls INFO", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("sshpass -p '" + pw + "' rsync -az /var/backups/ backup@host:/srv", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("command: [\"redis-server\", \"--requirepass\", \"" + pw + "\"]", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("vault-migrate --password " + pw + " --dry-run", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("htpasswd -nbB admin '" + pw + "'", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("htpasswd -b /etc/nginx/.htpasswd admin " + pw, "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("$ cat ~/.pgpass\npg.internal.example:5432:*:replicator:" + pw + "\n", "PASSWORD", pw));
  ExpectNoneFound("PASSWORD", {"redis-cli -a $REDIS_PASSWORD ping", "tar -a -cf x.tar.gz dir", "ls -a /tmp/dir",
                               "app --password $DB_PASSWORD", "htpasswd -c /etc/.htpasswd admin",
                               "htpasswd -nB admin", "12:30:45:10:ab", "localhost:5432:*:app:app"});
}

TEST(Assignments, NamesGivenApartEscapedQuotesAndKeyNames) {
  Gen g;
  const std::string pw = g.Chars(kAlnum, 12) + "-x";
  EXPECT_TRUE(FindsExactly("        - name: REDIS_PASSWORD\n          value: \"" + pw + "\"\n", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("<add key=\"ClearTextPassword\" value=\"" + pw + "\" />", "PASSWORD", pw));
  EXPECT_TRUE(FindsExactly("config = \"... username=\\\"svc\\\" password=\\\"" + pw + "\\\";\"", "PASSWORD", pw));
  const std::string hex = g.Chars(kHex, 32), b64 = Base64Std(g.Chars(kAlnum, 24));
  EXPECT_TRUE(FindsExactly("ALGOLIA_ADMIN_KEY = \"" + hex + "\"", "GENERIC_SECRET", hex));
  EXPECT_TRUE(FindsExactly("  STRIPE_KEY: " + b64 + "\n", "GENERIC_SECRET", b64));
  EXPECT_TRUE(FindsExactly("export.application-key=" + hex + "\n", "GENERIC_SECRET", hex));
  ExpectNoneFound("GENERIC_SECRET", {"RECAPTCHA_SITE_KEY=" + g.Chars(kAlnum, 40), "GPG_KEY=" + g.Chars("0123456789ABCDEF", 40),
                                     "<input type=\"hidden\" name=\"csrf_token\" value=\"" + hex + "\">",
                                     "partition_KEY = " + g.Chars(kAlnum, 20)});
}

TEST(OktaToken, TheSswsSchemesTokenIsReported) {
  Gen g;
  const std::string tok = "00" + g.Chars(kUrlSafe, 40);
  EXPECT_TRUE(FindsExactly("Authorization: SSWS " + tok, "OKTA_API_TOKEN", tok));
  EXPECT_TRUE(FindsExactly("the token: SSWS " + tok + " (revoked)", "OKTA_API_TOKEN", tok));
  EXPECT_TRUE(FindsNo("SSWS 00" + std::string(40, 'x'), "OKTA_API_TOKEN"));
  EXPECT_TRUE(FindsNo("SSWS " + tok + "a", "OKTA_API_TOKEN")) << "one character too long";
}

TEST(Jwt, PublicAndTruncatedTokensAreNot) {
  Gen g;
  auto supabase = [&](const std::string& role) {
    return Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." +
           Base64Url("{\"iss\":\"supabase\",\"ref\":\"" + g.Chars(kLower, 20) + "\",\"role\":\"" + role +
                     "\",\"iat\":1707039210,\"exp\":2022399210}") +
           "." + g.Chars(kUrlSafe, 43);
  };
  EXPECT_TRUE(FindsNo("anon: " + supabase("anon"), "JWT"));
  const std::string service = supabase("service_role");
  EXPECT_TRUE(FindsExactly("service_role: " + service, "JWT", service));
  const std::string example = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." +
                              Base64Url("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}") + "." +
                              g.Chars(kUrlSafe, 43);
  EXPECT_TRUE(FindsNo("The jwt.io example token is " + example, "JWT"));
  // A header cut short decodes without its closing brace.
  std::string header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
  header.pop_back();
  header.pop_back();
  EXPECT_TRUE(FindsNo(header + "." + Base64Url("{\"sub\":\"42\"}") + "." + g.Chars(kUrlSafe, 43), "JWT"));
}

// ------------------------------------------------------- secrets in conversation

// A four- or six-digit code that is no year and no ascending run.
std::string Code(Gen& g, size_t n) {
  std::string c = g.Chars("3456789", 1) + g.Chars(kDigits, n - 1);
  return c;
}

TEST(Conversation, PinsAndKeypadCodesInManyLanguages) {
  Gen g(41);
  for (const char* form : {"my PIN is @", "pin code: @", "PIN-Code @ bitte nicht weitergeben",
                           "mon code PIN est @", "mi código PIN es @.", "il codice PIN è @", "Mijn pincode is @",
                           "мой ПИН-код: @", "ПИН @, не говори никому", "银行卡PIN码是@", "暗証番号は@です",
                           "the door code is @# and the wifi is in the hall", "gate code: @",
                           "Alarm code @ then press OFF", "der Türcode ist @", "le digicode c'est @",
                           "el código de la puerta es @", "код домофона @"}) {
    const std::string code = Code(g, 4);
    std::string text = form;
    text.replace(text.find('@'), 1, code);
    EXPECT_TRUE(FindsExactly(text, "PIN", code)) << text;
  }
}

TEST(Conversation, PinLookAlikesAreNot) {
  ExpectNoneFound("PIN", {"what is a PIN and why is it 4 digits?", "GPIO pin 13 drives the LED",
                          "pin numpy to 1.26.4 and requests to 2.31.0", "I changed my PIN in 2023",
                          "the PIN for the card ending 4821 was blocked", "the default PIN is 0000",
                          "a PIN of at least 6 digits", "pin 2024 on the board", "PIN: $4821",
                          "the PIN must be 4821 characters long", "the zip code is 90210", "pin_count = 48213",
                          "PIN 48213391 order", "mein PIN seit 2019", "the building code 2021 requires it",
                          "Pin 4821.5 mm", "the PIN expires in 3650 days", "my address is 9655 Pine Ave",
                          "Codex 48213 wrote it"});
}

TEST(Conversation, OneTimeCodesInManyLanguages) {
  Gen g(42);
  for (const char* form : {"the code they texted me is @", "verification code: @", "My 2FA code is @, quick",
                           "one-time password @", "the 6-digit code from the authenticator app is @",
                           "Ihr Bestätigungscode lautet @", "le code de vérification est @",
                           "tu código de verificación es @", "o código de verificação é @",
                           "il codice di verifica è @", "je verificatiecode is @", "kod weryfikacyjny: @",
                           "doğrulama kodu @", "код подтверждения: @", "验证码是@", "認証コードは@です",
                           "인증번호 @", "kode OTP kamu @", "they sent me a code: @", "TAN: @"}) {
    const std::string code = Code(g, 6);
    std::string text = form;
    text.replace(text.find('@'), 1, code);
    EXPECT_TRUE(FindsExactly(text, "OTP_CODE", code)) << text;
  }
  const std::string split = Code(g, 3) + " " + Code(g, 3);
  EXPECT_TRUE(FindsExactly("SMS code " + split + " - is that normal?", "OTP_CODE", split));
}

TEST(Conversation, OneTimeCodeLookAlikesAreNot) {
  ExpectNoneFound("OTP_CODE", {"how do OTP codes work?", "the verification code expires in 10 minutes",
                               "error code 500123 from the API", "exit code 137 means OOM", "status code 4040",
                               "the promo code they sent me is 482913", "zip code they texted me 90210",
                               "the code is valid for 300 seconds", "see the code on line 48213",
                               "my order number is 48213391, the tracking code 1Z999", "the code in 2024 changed",
                               "a 6-digit code like 123456 is typical", "the verification code is 6 digits",
                               "Bestätigungscode nach 2 Minuten ungültig", "the code (#482913) failed"});
}

// A BIP39 phrase of n words from random entropy, its checksum computed here
// (not by the code under test).
std::string SeedPhrase(Gen& g, size_t n) {
  const size_t entropy_bytes = n * 11 * 32 / 33 / 8;
  std::string entropy = g.Chars(std::string("\x01\x23\x45\x67\x89\xab\xcd\xef\x10\x32\x54\x76\x98\xba\xdc\xfe", 16),
                                entropy_bytes);
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(entropy.data()), entropy.size(), digest);
  std::vector<bool> bits;
  for (unsigned char c : entropy) {
    for (int b = 7; b >= 0; --b) bits.push_back((c >> b) & 1);
  }
  for (size_t b = 0; b < n / 3; ++b) bits.push_back((digest[b / 8] >> (7 - b % 8)) & 1);
  std::string phrase;
  for (size_t w = 0; w < n; ++w) {
    int index = 0;
    for (size_t b = 0; b < 11; ++b) index = index * 2 + (bits[w * 11 + b] ? 1 : 0);
    phrase += (w ? " " : "") + std::string(recognizers::secrets::Bip39Word(index));
  }
  return phrase;
}

TEST(Conversation, Bip39ChecksumOnThePublishedVector) {
  using recognizers::secrets::Bip39ChecksumValid;
  using recognizers::secrets::Bip39WordIndex;
  // BIP39's first test vector: entropy of zero bytes.
  std::vector<int> zero(11, Bip39WordIndex("abandon"));
  zero.push_back(Bip39WordIndex("about"));
  EXPECT_TRUE(Bip39ChecksumValid(zero));
  zero.back() = Bip39WordIndex("abandon");
  EXPECT_FALSE(Bip39ChecksumValid(zero));
  EXPECT_EQ(Bip39WordIndex("zoo"), 2047);
  EXPECT_EQ(Bip39WordIndex("bitcoin"), -1);
}

TEST(Conversation, SeedPhrasesAfterASeedWord) {
  Gen g(43);
  for (size_t n : {12, 24}) {
    const std::string phrase = SeedPhrase(g, n);
    EXPECT_TRUE(FindsExactly("my seed phrase: " + phrase, "CRYPTO_SEED_PHRASE", phrase));
    EXPECT_TRUE(FindsExactly("here are the " + std::to_string(n) + " words " + phrase + " please help",
                             "CRYPTO_SEED_PHRASE", phrase));
    EXPECT_TRUE(FindsExactly("Meine Wiederherstellungsphrase ist " + phrase + ", ist das sicher?",
                             "CRYPTO_SEED_PHRASE", phrase));
    EXPECT_TRUE(FindsExactly("моя сид-фраза: " + phrase, "CRYPTO_SEED_PHRASE", phrase));
    EXPECT_TRUE(FindsExactly("助记词：" + phrase, "CRYPTO_SEED_PHRASE", phrase));
  }
  // A numbered list, one word a line.
  const std::string phrase = SeedPhrase(g, 12);
  std::string listed = "MetaMask secret recovery phrase:\n";
  size_t w = 0, i = 0;
  while (i <= phrase.size()) {
    const size_t e = std::min(phrase.find(' ', i), phrase.size());
    listed += std::to_string(++w) + ". " + phrase.substr(i, e - i) + "\n";
    i = e + 1;
  }
  bool found = false;
  for (const Finding& f : Scan(listed)) found = found || f.entity_type == "CRYPTO_SEED_PHRASE";
  EXPECT_TRUE(found) << listed;
}

TEST(Conversation, SeedLookAlikesAreNot) {
  ExpectNoneFound("CRYPTO_SEED_PHRASE",
                  {"what is a seed phrase and how many words does it have? usually twelve or twenty four",
                   "I wrote my seed on paper: the quick brown fox jumps over the lazy dog again and again today",
                   "the mnemonic for the planets is my very educated mother just served us nachos ok",
                   "seed: 42, epochs: 10, learning rate 0.001, batch size 64, dropout 0.1 for the model run"});
  // Twelve wallet words with no seed word are not looked at (checksum or not).
  Gen g(44);
  EXPECT_TRUE(FindsNo("journal: " + SeedPhrase(g, 12), "CRYPTO_SEED_PHRASE"));
}

TEST(Conversation, HexPrivateKeysAfterAKeyWord) {
  Gen g(45);
  const std::string key = g.Chars(kHex, 64);
  EXPECT_TRUE(FindsExactly("my wallet private key is 0x" + key, "PRIVATE_KEY", "0x" + key));
  EXPECT_TRUE(FindsExactly("const wallet = new ethers.Wallet('0x" + key + "');", "PRIVATE_KEY", "0x" + key));
  EXPECT_TRUE(FindsExactly("ma clé privée : " + key, "PRIVATE_KEY", key));
  EXPECT_TRUE(FindsExactly("приватный ключ " + key, "PRIVATE_KEY", key));
  ExpectNoneFound("PRIVATE_KEY", {"private key hash sha256 " + key, "tx hash 0x" + key,
                                  "the public key is 0x" + key, "private key " + key + "ab",
                                  "private key 0x" + std::string(64, '0'), "sha256sum: " + key,
                                  "is it a tx id or a private key? " + key});
}

}  // namespace
}  // namespace convoguard
