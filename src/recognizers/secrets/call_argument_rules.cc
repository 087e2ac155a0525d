// Secrets passed as a literal argument of a call that takes one: PHP's
// PDO / mysqli connections (dsn or host, user, PASSWORD), PyJWT's
// jwt.encode / jwt.decode (payload or token, KEY), wandb.login(key=KEY).
// Only the argument is reported.
#include <string>
#include <string_view>

#include "recognizers/secrets/secret_checks.h"
#include "recognizers/secrets/secret_rules_internal.h"

namespace convoguard::recognizers::secrets {
namespace {

// A quoted argument of printable ASCII of up to `max` characters (see
// command_line_rules.cc for why not a negated class).
std::string Quoted(int max) {
  const std::string n = "{0," + std::to_string(max) + "}";
  return "(?:'[ -&(-~]" + n + "'|\"[ !#-~]" + n + "\")";
}
// The blanks and comma between two arguments.
constexpr const char* kComma = R"([ \t]{0,3},[ \t]{0,3})";

// The last quoted string of the match (the regex ends with it, or with it
// and one of ",)"), with its offsets.
bool LastQuoted(std::string_view t, size_t& b, size_t& e) {
  size_t end = t.size();
  while (end > 0 && t[end - 1] != '"' && t[end - 1] != '\'') --end;
  if (end < 2) return false;
  const size_t open = t.rfind(t[end - 1], end - 2);
  if (open == std::string_view::npos) return false;
  b = open + 1;
  e = end - 1;
  if (e > b && t[e - 1] == '\\') --e;  // \"...\" inside a JSON string (a notebook's source)
  return e > b;
}

Verdict ValidatePasswordArgument(const Candidate& c) {
  size_t b = 0, e = 0;
  if (!LastQuoted(c.text, b, e)) return Verdict::Reject();
  return AcceptPasswordAt(c.text, b, e, true, "password argument of a database connection");
}

Verdict ValidateKeyArgument(const Candidate& c) {
  size_t b = 0, e = 0;
  if (!LastQuoted(c.text, b, e)) return Verdict::Reject();
  std::string_view key = c.text.substr(b, e - b);
  if (key.size() < 8 || IsPlaceholder(key) || IsCommonNonSecretWord(key) || Entropy(key) < 3.0) {
    return Verdict::Reject();
  }
  Verdict v = Verdict::Accept("key argument of a signing or login call");
  v.sub_begin = b;
  v.sub_end = e;
  return v;
}

}  // namespace

void AddCallArgumentRules(RuleList& out) {
  const std::string q = Quoted(128), comma = kComma;
  out.push_back({
      .id = "database_connect_password",
      .entity_type = "PASSWORD",
      .regex = R"(\b(?:PDO|mysqli_connect|mysqli|mysql_connect)\([ \t]{0,3})" + Quoted(160) + comma + Quoted(64) +
               comma + q,
      .score = 0.85,
      .validate = ValidatePasswordArgument,
  });
  out.push_back({
      .id = "jwt_signing_key",
      .entity_type = "GENERIC_SECRET",
      .regex = R"(\bjwt\.(?:encode|decode)\([ -~]{1,160}?)" + comma + R"(\\?)" + q + R"([ \t]{0,3}[,)])",
      .score = 0.8,
      .validate = ValidateKeyArgument,
  });
  out.push_back({
      .id = "wandb_login_key",
      .entity_type = "GENERIC_SECRET",
      .regex = R"(\bwandb\.login\([ \t]{0,3}(?:key[ \t]{0,3}=[ \t]{0,3})?\\?)" + q,
      .score = 0.85,
      .validate = ValidateKeyArgument,
  });
}

}  // namespace convoguard::recognizers::secrets
