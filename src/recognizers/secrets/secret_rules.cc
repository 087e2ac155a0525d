// Credentials: provider-issued tokens with a recognizable prefix or shape,
// private keys, JWTs, credentials inside URLs and HTTP headers, and generic
// `password = value` assignments. docs/recognizers/secrets.md lists every
// entity type, what each rule matches, and the choices made (allowlisted
// documentation keys, what part of a URL is reported, placeholders).
//
// Conventions of this file:
//   - a token regex starts with \b before its prefix, so a prefix inside a
//     longer word ("task-..." for "sk-") does not match;
//   - token bodies end with a bounded repeat and no trailing \b; the
//     validator rejects a match whose next character would continue the
//     token (ContinuesToken), which catches over-long tokens even when the
//     charset includes '-' (where \b would misbehave);
//   - every validator rejects placeholders and low-entropy bodies.
#include <string>
#include <vector>

#include "auth/api_key.h"
#include "recognizers/catalog.h"
#include "recognizers/context.h"
#include "recognizers/secrets/secret_checks.h"
#include "recognizers/secrets/secret_rules_internal.h"
#include "recognizers/word_shape_cues.h"

namespace convoguard::recognizers {
namespace secrets {
namespace {

// The AWS documentation keys (AKIAIOSFODNN7EXAMPLE and its secret, which
// ends in EXAMPLEKEY) appear in countless tutorials; they grant nothing.
bool IsAwsDocumentationKey(std::string_view v) {
  return v.ends_with("EXAMPLE") || v.ends_with("EXAMPLEKEY");
}

Verdict ValidateAwsKeyId(const Candidate& c) {
  if (ContinuesToken(c.after, "")) return Verdict::Reject();
  if (IsAwsDocumentationKey(c.text)) return Verdict::Reject();
  std::string_view body = c.text.substr(4);
  if (IsPlaceholder(body) || Entropy(body) < 2.5) return Verdict::Reject();
  return Verdict::Accept("prefix and base32 charset");
}

// `... secret_access_key = "<40 chars>"`: report only the 40 characters.
Verdict ValidateAwsSecret(const Candidate& c) {
  constexpr size_t kLen = 40;
  if (c.text.size() < kLen || ContinuesToken(c.after, "+/=")) return Verdict::Reject();
  std::string_view value = c.text.substr(c.text.size() - kLen);
  if (IsAwsDocumentationKey(value) || IsPlaceholder(value)) return Verdict::Reject();
  const double h = Entropy(value);
  if (h < 4.0 || CharClassCount(value) < 3) return Verdict::Reject();
  Verdict v = Verdict::Accept("keyword, 40 base64 chars, entropy " + std::to_string(h).substr(0, 4));
  v.sub_begin = c.text.size() - kLen;
  return v;
}

// xox?-...: numeric team/user ids and a random tail, separated by '-'.
Verdict ValidateSlackToken(const Candidate& c) {
  if (ContinuesToken(c.after, "-")) return Verdict::Reject();
  std::string_view rest = c.text.substr(5);
  std::string_view last = rest.substr(rest.rfind('-') == std::string_view::npos ? 0 : rest.rfind('-') + 1);
  if (rest.size() < 20 || last.size() < 8 || IsPlaceholder(rest)) return Verdict::Reject();
  if (rest.find_first_of("0123456789") == std::string_view::npos) return Verdict::Reject();
  if (Entropy(last) < 2.8) return Verdict::Reject();
  // Numeric team/user/bot ids are 8+ digits; only a leading version digit is shorter.
  size_t seg_begin = 0;
  for (size_t i = 0; i <= rest.size(); ++i) {
    if (i < rest.size() && rest[i] != '-') continue;
    std::string_view seg = rest.substr(seg_begin, i - seg_begin);
    const bool numeric = !seg.empty() && seg.find_first_not_of("0123456789") == std::string_view::npos;
    if (numeric && seg.size() < 8 && !(seg_begin == 0 && seg.size() == 1)) return Verdict::Reject();
    seg_begin = i + 1;
  }
  return Verdict::Accept("slack token structure");
}

// Decoded JWT parts: "{...}" (a truncated part decodes without its '}').
bool IsJsonObject(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return s.size() >= 2 && s.front() == '{' && s.back() == '}';
}

// Tokens that are public by design or by publication: a Supabase project's
// anon key (its role is "anon"; Supabase ships it to browsers, row-level
// security guards the data) and jwt.io's example token, printed in every
// JWT tutorial (its claims are exactly these), as the AWS documentation key.
bool IsPublicJwt(std::string_view payload) {
  const auto has = [&](std::string_view claim) { return payload.find(claim) != std::string_view::npos; };
  if (has("\"iss\":\"supabase\"") && has("\"role\":\"anon\"")) return true;
  return payload == R"({"sub":"1234567890","name":"John Doe","iat":1516239022})";
}

// A JWT: three base64url parts; the header decodes to a JSON object with "alg".
Verdict ValidateJwt(const Candidate& c) {
  if (ContinuesToken(c.after, "-_.=")) return Verdict::Reject();
  size_t dot1 = c.text.find('.');
  size_t dot2 = c.text.find('.', dot1 + 1);
  if (dot1 == std::string_view::npos || dot2 == std::string_view::npos) return Verdict::Reject();
  auto header = Base64Decode(c.text.substr(0, dot1));
  if (!header || !IsJsonObject(*header) || header->find("\"alg\"") == std::string::npos) return Verdict::Reject();
  auto payload = Base64Decode(c.text.substr(dot1 + 1, dot2 - dot1 - 1));
  if (!payload || !IsJsonObject(*payload)) return Verdict::Reject();
  if (IsPublicJwt(*payload)) return Verdict::Reject();
  if (dot2 + 1 == c.text.size()) return Verdict::Accept("JWT header with alg, unsigned", 0.85);
  return Verdict::Accept("JWT header with alg");
}

// PEM/PGP private key blocks. The body (base64 lines, maybe with escaped
// newlines as in service-account JSON, maybe with Proc-Type/DEK-Info headers)
// must hold enough high-entropy base64 to be a key, not "...".
Verdict ValidatePrivateKey(const Candidate& c) {
  size_t body_begin = c.text.find("-----", 10);  // end of the BEGIN line
  if (body_begin == std::string_view::npos) return Verdict::Reject();
  std::string b64;
  std::string_view body = c.text.substr(body_begin + 5);
  for (size_t i = 0; i < body.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(body[i]);
    if (ch == '\\' && i + 1 < body.size() && (body[i + 1] == 'n' || body[i + 1] == 'r')) {
      ++i;  // an escaped newline inside a JSON or code string
      continue;
    }
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '+' || ch == '/') {
      b64.push_back(static_cast<char>(ch));
    }
  }
  if (b64.size() < 64 || IsPlaceholder(b64)) return Verdict::Reject();
  const double h = Entropy(b64);
  if (h < 4.5) return Verdict::Reject();
  std::string reason = "key block, " + std::to_string(b64.size()) + " base64 chars";
  if (c.before.find("private_key") != std::string_view::npos) reason += ", inside service-account JSON";
  return Verdict::Accept(reason);
}

// scheme://user:password@host[:port]. Reports the authority with its
// credentials, "user:password@host:port": the scheme and the path (database
// name, options) stay visible so the model can still help with the
// connection string. The host is part of the span because "password@host"
// alone also reads as an e-mail address, and the longer span must win the
// overlap for the finding to carry the credential type.
Verdict ValidateUrlPassword(const Candidate& c) {
  size_t scheme_end = c.text.find("://");
  if (scheme_end == std::string_view::npos) return Verdict::Reject();
  size_t user_begin = scheme_end + 3;
  size_t at = c.text.find('@', user_begin);
  size_t colon = c.text.find(':', user_begin);
  if (at == std::string_view::npos || colon == std::string_view::npos || colon > at) return Verdict::Reject();
  std::string_view user = c.text.substr(user_begin, colon - user_begin);
  std::string_view pass = c.text.substr(colon + 1, at - colon - 1);
  if (pass.size() < 3 || IsPlaceholder(pass) || IsCommonNonSecretWord(pass)) return Verdict::Reject();
  if (AsciiLower(pass) == AsciiLower(user) && pass.size() < 12) return Verdict::Reject();
  // "user:pass", "username:password" and friends are documentation.
  const std::string lp = AsciiLower(pass);
  if (lp.starts_with("pass") || lp.starts_with("pwd") || lp == "secret" || lp == "pw") return Verdict::Reject();
  // The host ends at the path, query or fragment; a trailing '.' is prose.
  size_t host_end = c.text.size();
  while (host_end > at + 1 && c.text[host_end - 1] == '.') --host_end;
  Verdict v = Verdict::Accept("password in URL userinfo");
  v.sub_begin = user_begin;
  v.sub_end = host_end;
  return v;
}

// "<id>", "<secret>": report the secret (the quoted value after the comma).
Verdict ValidateSecondOfPair(const Candidate& c) {
  const size_t comma = c.text.find(',');
  if (comma == std::string_view::npos || c.text.size() < comma + 3) return Verdict::Reject();
  const size_t b = c.text.find_first_of("\"'", comma) + 1;
  std::string_view value = c.text.substr(b, c.text.size() - 1 - b);
  if (IsPlaceholder(value) || Entropy(value) < 3.3) return Verdict::Reject();
  Verdict v = Verdict::Accept("secret beside its id");
  v.sub_begin = b;
  v.sub_end = c.text.size() - 1;
  return v;
}

// Whether `value` is base64 of a printable "user:password" whose password
// is no placeholder or common word.
bool IsBase64UserPassword(std::string_view value) {
  auto decoded = Base64Decode(value);
  if (!decoded) return false;
  size_t colon = decoded->find(':');
  if (colon == std::string::npos || colon + 1 >= decoded->size()) return false;
  for (unsigned char ch : *decoded) {
    if (ch < 0x20 || ch == 0x7F) return false;
  }
  std::string_view pass = std::string_view(*decoded).substr(colon + 1);
  return !IsPlaceholder(pass) && !IsCommonNonSecretWord(pass);
}

// A docker config.json "auth": base64 of "user:password".
Verdict ValidateDockerAuth(const Candidate& c) {
  const size_t b = c.text.find('"', c.text.find(':')) + 1;
  if (!IsBase64UserPassword(c.text.substr(b, c.text.size() - 1 - b))) return Verdict::Reject();
  Verdict v = Verdict::Accept("base64 user:password in a registry auth");
  v.sub_begin = b;
  v.sub_end = c.text.size() - 1;
  return v;
}

// 64 random bytes in base64 (88 characters, "==" at the end): an Azure
// storage account key, when a key word is near (the rule is weak). A hash
// of 64 bytes has the same shape, but is labelled (sha512-..., sha512:...).
Verdict ValidateBase64Key64(const Candidate& c) {
  if (ContinuesToken(c.after, "+/=")) return Verdict::Reject();
  if (!c.before.empty() && ContinuesToken(c.before.substr(c.before.size() - 1), "+/=-:")) return Verdict::Reject();
  if (Entropy(c.text) < 5.0 || CharClassCount(c.text) < 4) return Verdict::Reject();
  return Verdict::Accept("64 random bytes in base64 beside a key word");
}

// Authorization: <scheme> <credential>, or a key header (X-Api-Key,
// X-Auth-Token, Api-Token, Private-Token): report the credential. The
// Bearer and Basic schemes have their own rules.
Verdict ValidateHeaderCredential(const Candidate& c) {
  if (ContinuesToken(c.after, "-._~+/=@")) return Verdict::Reject();
  size_t vb = c.text.find(':');
  vb = c.text.find_first_not_of(" \t", vb + 1);
  if (vb == std::string_view::npos) return Verdict::Reject();
  const size_t blank = c.text.find_first_of(" \t", vb);
  if (blank != std::string_view::npos) {
    const std::string scheme = AsciiLower(c.text.substr(vb, blank - vb));
    if (scheme == "bearer" || scheme == "basic") return Verdict::Reject();
    vb = c.text.find_first_not_of(" \t", blank);
    if (vb == std::string_view::npos) return Verdict::Reject();
  }
  std::string_view value = c.text.substr(vb);
  if (value.size() < 12 || IsPlaceholder(value) || Entropy(value) < 3.0 || CharClassCount(value) < 2) {
    return Verdict::Reject();
  }
  Verdict v = Verdict::Accept("credential in an authorization header");
  v.sub_begin = vb;
  return v;
}

// "Bearer <token>": report the token.
Verdict ValidateBearer(const Candidate& c) {
  if (ContinuesToken(c.after, "-._~+/=")) return Verdict::Reject();
  size_t sp = c.text.find_first_of(" \t");
  if (sp == std::string_view::npos) return Verdict::Reject();
  size_t vb = c.text.find_first_not_of(" \t", sp);
  std::string_view value = c.text.substr(vb);
  if (IsPlaceholder(value) || Entropy(value) < 3.0 || CharClassCount(value) < 2) return Verdict::Reject();
  Verdict v = Verdict::Accept("bearer credential");
  v.sub_begin = vb;
  return v;
}

// "Basic <base64(user:password)>": report the base64 blob.
Verdict ValidateBasicAuth(const Candidate& c) {
  if (ContinuesToken(c.after, "+/=.")) return Verdict::Reject();
  size_t sp = c.text.find_first_of(" \t");
  if (sp == std::string_view::npos) return Verdict::Reject();
  size_t vb = c.text.find_first_not_of(" \t", sp);
  if (!IsBase64UserPassword(c.text.substr(vb))) return Verdict::Reject();
  Verdict v = Verdict::Accept("base64 user:password");
  v.sub_begin = vb;
  return v;
}

// A value after a keyword (AccountKey=, sig=, ...): report only the value,
// which starts after the last '=' or ':' of the keyword part.
Validator KeyedValue(size_t min_len, double min_entropy, std::string extra, std::string sep = "=") {
  return [=](const Candidate& c) -> Verdict {
    if (ContinuesToken(c.after, extra)) return Verdict::Reject();
    size_t vb = c.text.find_first_of(sep);
    if (vb == std::string_view::npos) return Verdict::Reject();
    vb = c.text.find_first_not_of(" \t\"'" + sep, vb);
    if (vb == std::string_view::npos) return Verdict::Reject();
    std::string_view value = c.text.substr(vb);
    if (value.size() < min_len || IsPlaceholder(value) || Entropy(value) < min_entropy) return Verdict::Reject();
    Verdict v = Verdict::Accept("keyword and value shape");
    v.sub_begin = vb;
    return v;
  };
}

// Service sig= value of an Azure SAS query: the signature is the secret.
Verdict ValidateSasSignature(const Candidate& c) {
  if (ContinuesToken(c.after, "%+/=")) return Verdict::Reject();
  size_t sig = c.text.rfind("sig=");
  if (sig == std::string_view::npos) return Verdict::Reject();
  std::string_view value = c.text.substr(sig + 4);
  if (value.size() < 40 || IsPlaceholder(value) || Entropy(value) < 3.5) return Verdict::Reject();
  Verdict v = Verdict::Accept("SAS query with sv= and sig=");
  v.sub_begin = sig + 4;
  return v;
}

// "sk-..." keys. Legacy keys and today's project/service keys carry the
// T3BlbkFJ marker (base64 of "OpenAI"); a long random sk- key without it is
// still reported, lower, since other vendors use "sk-" too.
Verdict ValidateOpenAi(const Candidate& c) {
  if (ContinuesToken(c.after, "-_")) return Verdict::Reject();
  std::string_view body = c.text.substr(3);
  if (body.starts_with("ant-")) return Verdict::Reject();  // Anthropic's rule
  if (IsPlaceholder(body)) return Verdict::Reject();
  if (c.text.find("T3BlbkFJ") != std::string_view::npos) return Verdict::Accept("T3BlbkFJ marker", 1.0);
  const bool typed = body.starts_with("proj-") || body.starts_with("svcacct-") || body.starts_with("admin-");
  if (typed && body.size() >= 60 && Entropy(body) >= 4.0) return Verdict::Accept("typed sk- key", 0.9);
  if (!typed && body.size() >= 32 && Entropy(body) >= 3.5 && CharClassCount(body) >= 2) {
    return Verdict::Accept("sk- key shape", 0.6);
  }
  return Verdict::Reject();
}

// Our own gateway's API keys (docs/formats/api_key.md): the CRC32 checksum
// confirms a key, so look-alikes and mistyped keys are not reported.
Verdict ValidateConvoGuardApiKey(const Candidate& c) {
  if (ContinuesToken(c.after, "")) return Verdict::Reject();
  if (!auth::ParseAndVerifyApiKey(c.text).ok()) return Verdict::Reject();
  return Verdict::Accept("cgk_ prefix and CRC32 checksum");
}

Verdict ValidateAnthropic(const Candidate& c) {
  if (ContinuesToken(c.after, "-_")) return Verdict::Reject();
  std::string_view body = c.text.substr(c.text.find('-', 7) + 1);
  if (IsPlaceholder(body) || Entropy(body) < 4.0) return Verdict::Reject();
  // Keys are 93 characters + "AA"; other lengths are look-alikes.
  if (body.size() == 95 && body.ends_with("AA")) return Verdict::Accept("sk-ant- structure", 1.0);
  return Verdict::Reject();
}

}  // namespace

Validator TokenValidator(TokenSpec spec) {
  return [spec](const Candidate& c) -> Verdict {
    if (ContinuesToken(c.after, spec.body_extra)) return Verdict::Reject();
    if (!spec.not_after.empty() && !c.before.empty() && spec.not_after.find(c.before.back()) != std::string::npos) {
      return Verdict::Reject();
    }
    std::string_view body = c.text.substr(std::min(spec.prefix_len, c.text.size()));
    if (body.empty() || IsPlaceholder(body)) return Verdict::Reject();
    if (CharClassCount(body) < spec.min_classes) return Verdict::Reject();
    const double h = Entropy(body);
    if (h < spec.min_entropy) return Verdict::Reject();
    std::string reason = "structure, entropy " + std::to_string(h).substr(0, 4);
    if (!spec.marker.empty() && c.text.find(spec.marker) != std::string_view::npos) {
      return Verdict::Accept(reason + ", marker", 1.0);
    }
    return Verdict::Accept(reason);
  };
}

void AddTokenRule(RuleList& out, TokenRule t) {
  out.push_back({
      .id = t.id,
      .entity_type = t.entity,
      .regex = t.regex,
      .flags = t.caseless ? static_cast<unsigned>(matching::kCaseless) : 0u,
      .prefilter = t.prefilter,
      .lead = t.lead,
      .score = t.score,
      .validate = TokenValidator(std::move(t.spec)),
      .context = std::move(t.context),
      .weak = t.weak,
      .opener = t.opener,
  });
}

void AddProviderTokenRules(RuleList& out) {
  out.push_back({
      .id = "aws_access_key_id",
      .entity_type = "AWS_ACCESS_KEY_ID",
      .regex = R"(\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|A3T[A-Z0-9])[A-Z2-7]{16})",
      .score = 0.95,
      .validate = ValidateAwsKeyId,
      .context = {"aws", "amazon", "access key", "key id"},
  });
  out.push_back({
      .id = "aws_secret_access_key",
      .entity_type = "AWS_SECRET_ACCESS_KEY",
      .regex = R"((?i:aws_?secret_?(?:access_?)?key|secret_?access_?key|aws[_.\-]?secret)["']?\s{0,3}(?:=>|:=|=|:)\s{0,3}["']?[A-Za-z0-9/+]{40})",
      .score = 0.95,
      .validate = ValidateAwsSecret,
  });
  // A key id with its secret right after it, as a pair of arguments or
  // fields: Aws::Credentials.new("AKIA...", "<secret>"), "AKIA...:<secret>".
  out.push_back({
      .id = "aws_key_pair",
      .entity_type = "AWS_SECRET_ACCESS_KEY",
      .regex = R"(\b(?:AKIA|ASIA)[A-Z2-7]{16}["']?[ \t]{0,3}[,:;|][ \t]{0,3}["']?[A-Za-z0-9/+]{40})",
      .score = 0.95,
      .validate = ValidateAwsSecret,
  });
  AddTokenRule(out, {"github_token", "GITHUB_TOKEN", R"(\bgh[pousr]_[A-Za-z0-9]{36})", 0.95, {.prefix_len = 4}});
  AddTokenRule(out, {"github_fine_grained_pat", "GITHUB_TOKEN", R"(\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})",
                     1.0, {.prefix_len = 11, .body_extra = "_"}});
  AddTokenRule(out, {"gitlab_token", "GITLAB_TOKEN",
                     R"(\b(?:glpat|gldt|glrt|glcbt|glimt|glsoat|glffct|glft|gloas|glagent)-[A-Za-z0-9_\-]{20,300}(?:\.[0-9a-z]{9})?)",
                     0.95, {.prefix_len = 5, .body_extra = "-_."}});
  AddTokenRule(out, {"gitlab_pipeline_trigger_token", "GITLAB_TOKEN", R"(\bglptt-[0-9a-f]{40})", 0.95,
                     {.prefix_len = 6}});
  AddTokenRule(out, {"gitlab_runner_registration_token", "GITLAB_TOKEN", R"(\bGR1348941[A-Za-z0-9_\-]{20})", 0.95,
                     {.prefix_len = 9, .body_extra = "-_"}});
  out.push_back({
      .id = "slack_token",
      .entity_type = "SLACK_TOKEN",
      .regex = R"(\bxox[abposre]-[0-9A-Za-z]{1,40}(?:-[0-9A-Za-z]{1,64}){0,4})",
      // Once per token, not at every character of a growing match; every
      // match starts with it (the lead: the exact search starts its width
      // before the end).
      .prefilter = R"(xox[abposre]-[0-9A-Za-z])",
      .lead = R"(xox[abposre]-[0-9A-Za-z])",
      .score = 0.95,
      .validate = ValidateSlackToken,
  });
  AddTokenRule(out, {"slack_config_token", "SLACK_TOKEN", R"(\bxoxe(?:\.xox[bp])?-[0-9]-[A-Za-z0-9]{140,170})", 0.95,
                     {.prefix_len = 7}});
  AddTokenRule(out, {"slack_app_token", "SLACK_TOKEN", R"(\bxapp-[0-9]-[A-Z0-9]{6,20}-[0-9]{6,20}-[a-z0-9]{32,80})",
                     0.95, {.prefix_len = 5, .body_extra = "-"}});
  AddTokenRule(out, {"slack_webhook", "SLACK_WEBHOOK",
                     R"((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,12}/[A-Z0-9]{6,12}(?:/[0-9]{6,24})?/[A-Za-z0-9]{16,48})",
                     1.0, {.prefix_len = 0, .min_entropy = 3.0}});
  AddTokenRule(out, {"stripe_secret_key", "STRIPE_SECRET_KEY", R"(\b(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,247})",
                     0.95, {.prefix_len = 8}});
  AddTokenRule(out, {"stripe_webhook_secret", "STRIPE_SECRET_KEY", R"(\bwhsec_[A-Za-z0-9+/]{32,64})", 0.9,
                     {.prefix_len = 6, .body_extra = "+/="}});
  AddTokenRule(out, {"google_api_key", "GOOGLE_API_KEY", R"(\bAIza[0-9A-Za-z_\-]{35})", 0.95,
                     {.prefix_len = 4, .body_extra = "-_"}});
  AddTokenRule(out, {"google_oauth_client_secret", "GOOGLE_OAUTH_CLIENT_SECRET", R"(\bGOCSPX-[A-Za-z0-9_\-]{28})",
                     0.95, {.prefix_len = 7, .body_extra = "-_"}});
  out.push_back({
      .id = "openai_api_key",
      .entity_type = "OPENAI_API_KEY",
      .regex = R"(\bsk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_\-]{20,250})",
      .score = 0.9,
      .validate = ValidateOpenAi,
      .context = {"openai", "gpt", "chatgpt", "api key", "api_key", "apikey"},
  });
  out.push_back({
      .id = "anthropic_api_key",
      .entity_type = "ANTHROPIC_API_KEY",
      .regex = R"(\bsk-ant-[a-z]{2,8}[0-9]{2}-[A-Za-z0-9_\-]{32,120})",
      .score = 0.95,
      .validate = ValidateAnthropic,
  });
  AddTokenRule(out, {"twilio_api_key", "TWILIO_KEY", R"(\bSK[0-9a-f]{32})", 0.9, {.prefix_len = 2}, {"twilio"}});
  // An account SID (AC + 32 hex) alone is an identifier, in every API URL;
  // the secret is the auth token or API key secret passed beside it, as in
  // Client("AC...", "<auth token>") or Client("SK...", "<secret>", "AC...").
  out.push_back({
      .id = "twilio_credential_pair",
      .entity_type = "TWILIO_KEY",
      .regex = R"(\b(?:AC|SK)[0-9a-f]{32}["']?[ \t]{0,3},[ \t]{0,3}["'][A-Za-z0-9_\-]{32,64}["'])",
      .score = 0.9,
      .validate = ValidateSecondOfPair,
  });
  AddTokenRule(out, {"sendgrid_api_key", "SENDGRID_API_KEY", R"(\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})", 1.0,
                     {.prefix_len = 3, .body_extra = "-_."}});
  AddTokenRule(out, {"mailgun_api_key", "MAILGUN_API_KEY", R"(\bkey-[0-9a-f]{32})", 0.85, {.prefix_len = 4},
                     {"mailgun", "api"}});
  AddTokenRule(out, {"mailgun_signing_key", "MAILGUN_API_KEY", R"(\b[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})", 0.3,
                     {.prefix_len = 0, .body_extra = "-"}, {"mailgun"}});
  // Every match starts with a whole word of 32 lowercase hex digits (\b
  // before it, '-' after it): the word-shape finder reports that word's end,
  // a cue inside the match within the lead's 32 bytes of its start. In
  // Vectorscan's database the hex run before "-" cost ~0.65 M instructions
  // per sparse MB and 2.2 K per 1 KB message (BENCHMARKS.md, round 9).
  out.back().cue_group = WordShapeCue(kMailgunKeyWordShape);
  out.back().lead = R"([0-9a-f]{32})";
  AddTokenRule(out, {"npm_token", "NPM_TOKEN", R"(\bnpm_[A-Za-z0-9]{36})", 0.95, {.prefix_len = 4}});
  AddTokenRule(out, {"pypi_token", "PYPI_TOKEN", R"(\bpypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,400})",
                     1.0, {.prefix_len = 5, .body_extra = "-_"}});
  AddTokenRule(out, {"huggingface_token", "HUGGINGFACE_TOKEN", R"(\b(?:hf_|api_org_)[A-Za-z]{34})", 0.95,
                     {.prefix_len = 3}});
  // Before bearer_token, so "Bearer cgk_..." is reported as what it is.
  out.push_back({
      .id = "convoguard_api_key",
      .entity_type = "CONVOGUARD_API_KEY",
      .regex = R"(\bcgk_[0-9A-Za-z]{49})",
      .score = 1.0,
      .validate = ValidateConvoGuardApiKey,
  });
}

void AddStructuredSecretRules(RuleList& out) {
  out.push_back({
      .id = "jwt",
      .entity_type = "JWT",
      .regex = R"(\beyJ[A-Za-z0-9_\-]{10,2000}\.[A-Za-z0-9_\-]{4,4000}\.[A-Za-z0-9_\-]{0,1500})",
      // From the literal "eyJ" (every match starts with it; the lead): the
      // token's runs cost ~1.0 M instructions per sparse MB and 0.6 M per
      // dense 16 KB in Vectorscan's database (BENCHMARKS.md, round 9). The
      // opener still holds a stream back from the token's start.
      .prefilter = "eyJ",
      .lead = "eyJ",
      .score = 0.95,
      .validate = ValidateJwt,
      .opener = R"(\beyJ[A-Za-z0-9_\-]{10})",
  });
  // A full BEGIN ... END block. [\s\S] with a lazy repeat stops at the first
  // END line; headers such as DEK-Info may contain '-'. ASCII only, so that
  // the width in bytes stays within kMaxRuleWidth.
  const std::string begin = R"(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)";
  out.push_back({
      .id = "private_key",
      .entity_type = "PRIVATE_KEY",
      .regex = begin + R"([\x01-\x7F]{64,7000}?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)",
      .score = 1.0,
      .validate = ValidatePrivateKey,
      .opener = begin,
  });
  // A key pasted without its END line (truncated, or cut by a chat limit):
  // the BEGIN line and the base64 lines that follow.
  out.push_back({
      .id = "private_key_unterminated",
      .entity_type = "PRIVATE_KEY",
      .regex = begin + R"([A-Za-z0-9+/=\s\\]{64,6000})",
      .score = 0.9,
      .validate = ValidatePrivateKey,
      .opener = begin,
  });
  out.push_back({
      .id = "database_url_credentials",
      .entity_type = "DATABASE_URL_CREDENTIALS",  // beats url_credentials by rule order
      .regex = R"(\b(?:postgres(?:ql)?|mysql|mysqlx|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|couchdb|neo4j(?:\+s)?|bolt|cassandra|db2|snowflake|jdbc:[a-z0-9]{2,16}|postgis|timescaledb|memcached|elasticsearch|influxdb|nats|kafka)://[A-Za-z0-9!$%&()*+,.;=\[\]^_{|}~\-]{0,64}:[A-Za-z0-9!#$%&()*+,.:;=\[\]^_{|}~\-]{1,128}@[A-Za-z0-9.\-_\[\]%:]{1,100})",
      .score = 1.0,
      .validate = ValidateUrlPassword,
  });
  out.push_back({
      .id = "url_credentials",
      .entity_type = "URL_CREDENTIALS",
      .regex = R"(\b[A-Za-z][A-Za-z0-9+.\-]{1,20}://[A-Za-z0-9!$%&()*+,.;=\[\]^_{|}~\-]{1,64}:[A-Za-z0-9!#$%&()*+,.:;=\[\]^_{|}~\-]{1,128}@[A-Za-z0-9.\-_\[\]%:]{1,100})",
      // Once per "://" (a literal: nearly free in Vectorscan's database),
      // not the scheme's letter run at every word (3.4 K instructions of a
      // 1 KB message holding one URL: BENCHMARKS.md, round 9); every match
      // starts at most the lead's 24 bytes before it.
      .prefilter = "://",
      .lead = R"([A-Za-z][A-Za-z0-9+.\-]{1,20}://)",
      .score = 1.0,
      .validate = ValidateUrlPassword,
  });
  out.push_back({
      .id = "bearer_token",
      .entity_type = "BEARER_TOKEN",
      .regex = R"(\b(?i:bearer)[ \t]{1,3}[A-Za-z0-9\-._~+/]{20,480}={0,2})",
      // Once per credential, not at every character of a growing match;
      // every match starts with it (the lead).
      .prefilter = R"((?i:bearer)[ \t]{1,3}[A-Za-z0-9\-._~+/]{20})",
      .lead = R"((?i:bearer)[ \t]{1,3}[A-Za-z0-9\-._~+/]{20})",
      .score = 0.85,
      .validate = ValidateBearer,
      .context = {"authorization", "header", "curl", "-h"},
  });
  out.push_back({
      .id = "authorization_header",
      .entity_type = "BEARER_TOKEN",
      .regex = R"(\b(?:(?i:authorization|api-?token|private-token)|[Xx]-[A-Za-z0-9\-]{0,24}(?i:api-?key|token|auth))["']?[ \t]{0,3}:)"
               R"([ \t]{0,5}(?:[A-Za-z][A-Za-z\-]{1,19}[ \t]{1,3})?[A-Za-z0-9\-._~+/=@]{8,300})",
      // Up to the credential's (or its scheme's) first byte, as the
      // assignments: one end per header, not one per byte of the value.
      .prefilter = R"((?:(?i:authorization|api-?token|private-token)|[Xx]-[A-Za-z0-9\-]{0,24}(?i:api-?key|token|auth))["']?[ \t]{0,3}:)"
                   R"([ \t]{0,5}[A-Za-z0-9\-._~+/=@])",
      .lead = R"((?:(?i:authorization|api-?token|private-token)|[Xx]-[A-Za-z0-9\-]{0,24}(?i:api-?key|token|auth))["']?[ \t]{0,3}:)"
              R"([ \t]{0,5}[A-Za-z0-9\-._~+/=@])",
      .score = 0.9,
      .validate = ValidateHeaderCredential,
  });
  out.push_back({
      .id = "docker_registry_auth",
      .entity_type = "BASIC_AUTH_CREDENTIALS",
      .regex = R"("auth"[ \t]{0,3}:[ \t]{0,3}"[A-Za-z0-9+/]{8,400}={0,2}")",
      .score = 0.9,
      .validate = ValidateDockerAuth,
  });
  out.push_back({
      .id = "basic_auth_header",
      .entity_type = "BASIC_AUTH_CREDENTIALS",
      .regex = R"(\b(?i:basic)[ \t]{1,3}[A-Za-z0-9+/]{8,400}={0,2})",
      .score = 0.85,
      .validate = ValidateBasicAuth,
      .context = {"authorization", "header", "curl", "-h"},
  });
  out.push_back({
      .id = "azure_storage_account_key",
      .entity_type = "AZURE_STORAGE_KEY",
      .regex = R"(\b(?i:accountkey)\s{0,2}=\s{0,2}[A-Za-z0-9+/]{86}==)",
      .score = 1.0,
      .validate = KeyedValue(88, 4.5, "+/="),
  });
  out.push_back({
      .id = "azure_storage_key_assignment",
      .entity_type = "AZURE_STORAGE_KEY",
      .regex = R"((?i:azure|storage)[A-Za-z0-9_.\-]{0,30}(?i:key)["']?\s{0,3}[:=]\s{0,3}["']?[A-Za-z0-9+/]{86}==)",
      .score = 0.95,
      .validate = KeyedValue(88, 4.5, "+/=", "=:"),
  });
  out.push_back({
      .id = "azure_storage_key_by_context",
      .entity_type = "AZURE_STORAGE_KEY",
      .regex = R"([A-Za-z0-9+/]{86}==)",
      // At the padding: once per base64 value, not at every byte of one.
      .prefilter = R"([A-Za-z0-9+/]==)",
      .score = 0.6,
      .validate = ValidateBase64Key64,
      .context = {"key", "azure", "storage", "account", "cle", "clé", "clave", "chiave", "schlüssel", "schluessel",
                  "ключ", "키", "キー", "密钥"},
      .weak = true,
  });
  out.push_back({
      .id = "azure_shared_access_key",
      .entity_type = "AZURE_SHARED_ACCESS_KEY",
      .regex = R"(\b(?i:sharedaccesskey)\s{0,2}=\s{0,2}[A-Za-z0-9+/]{42,44}=)",
      .score = 0.95,
      .validate = KeyedValue(43, 4.0, "+/="),
  });
  out.push_back({
      .id = "azure_sas_signature",
      .entity_type = "AZURE_SAS_TOKEN",
      .regex = R"(\bsv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[A-Za-z0-9=&%:.\-_]{0,300}?\bsig=[A-Za-z0-9%+/]{40,100})",
      .score = 0.95,
      .validate = ValidateSasSignature,
  });
}

}  // namespace secrets

void AddSecretRules(RuleList& out) {
  const size_t first = out.size();
  secrets::AddProviderTokenRules(out);
  secrets::AddStructuredSecretRules(out);
  secrets::AddAssignmentRules(out);
  secrets::AddCommandLineRules(out);
  secrets::AddCallArgumentRules(out);
  secrets::AddProseRules(out);
  secrets::AddConversationRules(out);
  secrets::AddMoreProviderRules(out);
  // A credential wins over personal data it overlaps (Rule::overlap_rank):
  // the token in https://ghp_...@github.com/ is also an e-mail address's
  // local part, and a SAS signature or a JWT is part of a URL.
  for (size_t i = first; i < out.size(); ++i) out[i].overlap_rank = 1;
  // Except a value named only in prose: personal data it overlaps (a wallet
  // address, an IP address) was found by its own shape, this by a guess.
  for (size_t i = first; i < out.size(); ++i) {
    if (out[i].id == "password_in_prose" || out[i].id == "key_in_prose") out[i].overlap_rank = 0;
  }
}

}  // namespace convoguard::recognizers
