// Credentials typed on a command line: curl's `-u user:password`, the
// inline password flags of mysql (`-pSECRET`) and of registry logins
// (`docker login -u ci -p SECRET`), a password echoed into `sudo -S`, and
// PowerShell's `ConvertTo-SecureString "SECRET" -AsPlainText`. Only the
// password is reported; it must pass the password assignments' checks
// (PasswordValueScore: no placeholder, variable, word or user name).
#include <string>
#include <string_view>
#include <utility>

#include "recognizers/context.h"
#include "recognizers/secrets/secret_checks.h"
#include "recognizers/secrets/secret_rules_internal.h"

namespace convoguard::recognizers::secrets {
namespace {

// A value that may be quoted: '...', "..." or a run without blanks (not
// starting with '-': another flag). Printable ASCII only: negated classes
// match any code point in UTF-8 mode, which multiplies the automaton by the
// repeat and makes the Vectorscan database too large.
constexpr const char* kArg = R"((?:'[ -&(-~]{3,128}'|"[ !#-~]{3,128}"|[!#-&(-,.-~][!#-&(-~]{2,127}))";

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// The command the candidate is part of: from the start of its line, or of
// the first line of a run continued by a trailing backslash.
std::string_view CommandBefore(std::string_view before) {
  size_t end = before.size();
  while (true) {
    const size_t nl = end == 0 ? std::string_view::npos : before.rfind('\n', end - 1);
    if (nl == std::string_view::npos) return before;
    size_t k = nl;
    while (k > 0 && (before[k - 1] == ' ' || before[k - 1] == '\t' || before[k - 1] == '\r')) --k;
    if (k == 0 || before[k - 1] != '\\') return before.substr(nl + 1);
    end = nl;
  }
}

bool HasCommandWord(std::string_view command, std::string_view word) {
  for (size_t at = command.find(word); at != std::string_view::npos; at = command.find(word, at + 1)) {
    const bool start = at == 0 || !IsWordByte(command[at - 1]);
    const size_t e = at + word.size();
    if (start && (e == command.size() || command[e] == ' ' || command[e] == '\t')) return true;
  }
  return false;
}

// The last argument of the match: a quoted string, or the run after the
// last blank. Sets quoted.
std::pair<size_t, size_t> LastArgument(std::string_view t, bool& quoted) {
  quoted = false;
  if (!t.empty() && (t.back() == '\'' || t.back() == '"')) {
    const size_t open = t.rfind(t.back(), t.size() - 2);
    if (open == std::string_view::npos) return {0, 0};
    quoted = true;
    return {open + 1, t.size() - 1};
  }
  const size_t blank = t.find_last_of(" \t");
  return {blank == std::string_view::npos ? 0 : blank + 1, t.size()};
}

// curl -u / --user USER:PASSWORD, either part quoted or both together.
Verdict ValidateCurlUser(const Candidate& c) {
  if (!c.after.empty() && c.after[0] > ' ' && c.after[0] != '"' && c.after[0] != '\'') return Verdict::Reject();
  if (!HasCommandWord(CommandBefore(c.table_before), "curl")) return Verdict::Reject();
  std::string_view t = c.text;
  size_t i = t.find_first_of(" \t=", t.find('-') + 1);
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '=')) ++i;
  // The user: quoted (the password may be inside the same quotes) or bare.
  size_t colon;
  char q = 0;
  if (i < t.size() && (t[i] == '"' || t[i] == '\'')) {
    q = t[i];
    const size_t close = t.find(q, i + 1);
    const size_t inner = t.find(':', i + 1);
    if (inner != std::string_view::npos && (close == std::string_view::npos || inner < close)) {
      colon = inner;
    } else {
      if (close == std::string_view::npos) return Verdict::Reject();
      colon = close + 1;
      q = 0;
    }
  } else {
    colon = t.find(':', i);
  }
  if (colon == std::string_view::npos || colon >= t.size() || t[colon] != ':') return Verdict::Reject();
  std::string_view user = t.substr(i, colon - i);
  size_t b = colon + 1, e = t.size();
  if (q == 0 && b < e && (t[b] == '"' || t[b] == '\'')) q = t[b++];
  if (q != 0 && e > b && t[e - 1] == q) --e;
  if (e > b + 1 && t[b] == '{' && t[e - 1] == '}') ++b, --e;  // "{user}":"{password}" in docs
  while (!user.empty() && (user.front() == '"' || user.front() == '\'' || user.front() == '{')) user.remove_prefix(1);
  while (!user.empty() && (user.back() == '"' || user.back() == '\'' || user.back() == '}')) user.remove_suffix(1);
  if (e <= b || AsciiLower(t.substr(b, e - b)) == AsciiLower(user)) return Verdict::Reject();
  return AcceptPasswordAt(t, b, e, true, "curl -u user:password");
}

// -p SECRET in a registry login (docker login -u ci -p SECRET), -pSECRET
// (attached: a blank after -p makes mysql prompt) in a MySQL client.
Verdict ValidatePasswordFlag(const Candidate& c) {
  if (!c.after.empty() && c.after[0] > ' ') return Verdict::Reject();
  const std::string_view command = CommandBefore(c.table_before);
  const bool attached = c.text.size() > 3 && c.text[3] != ' ' && c.text[3] != '\t';
  bool mysql = false;
  for (std::string_view client : {"mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlshow", "mysqlcheck",
                                  "mariadb", "mariadb-dump"}) {
    mysql = mysql || HasCommandWord(command, client);
  }
  bool login = false;
  if (HasCommandWord(command, "login")) {
    for (std::string_view client : {"docker", "podman", "nerdctl", "buildah", "skopeo", "oras", "helm"}) {
      login = login || HasCommandWord(command, client);
    }
  }
  const bool sshpass = HasCommandWord(command, "sshpass");
  const bool redis = c.text[2] == 'a';  // redis-cli -a PASSWORD
  if (redis ? !HasCommandWord(command, "redis-cli") : !login && !sshpass && !(mysql && attached)) {
    return Verdict::Reject();
  }
  bool quoted = false;
  auto [b, e] = LastArgument(c.text, quoted);
  if (!quoted && (c.text.substr(b).starts_with("-p") || c.text.substr(b).starts_with("-a"))) b += 2;
  if (e <= b) return Verdict::Reject();
  return AcceptPasswordAt(c.text, b, e, quoted,
                          redis ? "redis-cli -a" : login ? "registry login -p" : sshpass ? "sshpass -p" : "mysql -p");
}

// --password X, --requirepass X (also "--requirepass", "X" in an exec-form
// array), whatever the command: the flag names what follows.
Verdict ValidateLongPasswordFlag(const Candidate& c) {
  if (!c.after.empty() && c.after[0] > ' ' && c.after[0] != ',' && c.after[0] != ']') return Verdict::Reject();
  bool quoted = false;
  auto [b, e] = LastArgument(c.text, quoted);
  const size_t eq = c.text.find('=');
  if (!quoted && eq != std::string_view::npos && eq + 1 > b) b = eq + 1;  // --password=X
  if (e <= b) return Verdict::Reject();
  return AcceptPasswordAt(c.text, b, e, quoted, "password flag");
}

// htpasswd -b[n...] [file] user PASSWORD: the password is the last
// argument; with -n there is no file before the user.
Verdict ValidateHtpasswd(const Candidate& c) {
  if (!c.after.empty() && c.after[0] > ' ') return Verdict::Reject();
  std::string_view t = c.text;
  const size_t dash = t.find('-');
  size_t flags_end = t.find_first_of(" \t", dash);
  const std::string_view flags = t.substr(dash + 1, flags_end - dash - 1);
  if (flags.find('b') == std::string_view::npos) return Verdict::Reject();
  bool quoted = false;
  auto [b, e] = LastArgument(t, quoted);
  // Arguments between the flags and the password.
  const std::string_view between = t.substr(flags_end, (quoted ? b - 1 : b) - flags_end);
  size_t args = 0;
  for (size_t i = 0; i < between.size(); ++i) {
    const bool blank = between[i] == ' ' || between[i] == '\t';
    if (!blank && (i == 0 || between[i - 1] == ' ' || between[i - 1] == '\t')) ++args;
  }
  const size_t want = flags.find('n') == std::string_view::npos ? 2 : 1;
  if (args != want || e <= b) return Verdict::Reject();
  return AcceptPasswordAt(t, b, e, quoted, "htpasswd -b");
}

// A .pgpass line, host:port:database:user:password (the port a number or *).
Verdict ValidatePgpassLine(const Candidate& c) {
  std::string_view t = c.text;
  const size_t start = t.find_first_not_of("\r\n");
  size_t colons[4];
  size_t at = start;
  for (size_t& k : colons) {
    k = t.find(':', at);
    if (k == std::string_view::npos) return Verdict::Reject();
    at = k + 1;
  }
  const std::string_view user = t.substr(colons[2] + 1, colons[3] - colons[2] - 1);
  size_t e = t.size();
  while (e > colons[3] + 1 && (t[e - 1] == '\r' || t[e - 1] == ' ')) --e;
  if (!c.after.empty() && c.after[0] != '\n' && c.after[0] != '\r') return Verdict::Reject();
  if (AsciiLower(t.substr(colons[3] + 1, e - colons[3] - 1)) == AsciiLower(user)) return Verdict::Reject();
  return AcceptPasswordAt(t, colons[3] + 1, e, false, ".pgpass line");
}

// echo SECRET | sudo -S: the password sudo reads from its input.
Verdict ValidateSudoStdin(const Candidate& c) {
  std::string_view t = c.text;
  size_t b = t.find_first_of(" \t");
  while (b < t.size() && (t[b] == ' ' || t[b] == '\t')) ++b;
  size_t e = t.rfind('|');
  while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
  bool quoted = false;
  if (e > b + 1 && (t[b] == '"' || t[b] == '\'') && t[e - 1] == t[b]) {
    ++b, --e;
    quoted = true;
  }
  if (e <= b) return Verdict::Reject();
  return AcceptPasswordAt(t, b, e, quoted, "password piped to sudo -S");
}

// ConvertTo-SecureString "SECRET" -AsPlainText.
Verdict ValidateSecureString(const Candidate& c) {
  std::string_view t = c.text;
  const size_t open = t.find_first_of("\"'");
  if (open == std::string_view::npos) return Verdict::Reject();
  const size_t close = t.find(t[open], open + 1);
  if (close == std::string_view::npos) return Verdict::Reject();
  return AcceptPasswordAt(t, open + 1, close, true, "ConvertTo-SecureString -AsPlainText");
}

}  // namespace

void AddCommandLineRules(RuleList& out) {
  const std::string arg = kArg;
  out.push_back({
      .id = "curl_user_password",
      .entity_type = "PASSWORD",
      .regex = R"([ \t](?:-u|--user)(?:=|[ \t]{1,5})["']?[!#-&(-9;-~]{0,64}["']?:["']?[!#-&(-~]{3,128}["']?)",
      .score = 0.85,
      .validate = ValidateCurlUser,
  });
  // The client is checked on the command's line(s) by the validator: in
  // the regex, a run from its name to the flag made the database too large.
  out.push_back({
      .id = "password_flag",
      .entity_type = "PASSWORD",
      .regex = R"([ \t]-[pa](?:[ \t]{1,3})?)" + arg,
      .score = 0.85,
      .validate = ValidatePasswordFlag,
  });
  out.push_back({
      .id = "password_long_flag",
      .entity_type = "PASSWORD",
      .regex = R"(--(?i:password|passwd|pass|requirepass|masterauth|db-password|admin-password)(?:=|[ \t]{1,3}|["'][ \t]{0,3},[ \t]{0,3}))" +
               arg,
      .score = 0.85,
      .validate = ValidateLongPasswordFlag,
  });
  out.push_back({
      .id = "htpasswd_batch_password",
      .entity_type = "PASSWORD",
      .regex = R"(\bhtpasswd[ \t]{1,3}-[A-Za-z]{1,6}(?:[ \t]{1,3}[!-~]{1,64}){1,2}[ \t]{1,3})" + arg,
      .score = 0.85,
      .validate = ValidateHtpasswd,
  });
  // The port (4-5 digits or *) between colons is the cue: times have two.
  out.push_back({
      .id = "pgpass_line",
      .entity_type = "PASSWORD",
      .regex = R"((?:^|\n)[A-Za-z0-9.*\-]{1,100}:(?:[0-9]{4,5}|\*):[!-9;-~]{1,64}:[!-9;-~]{1,64}:[!-~]{3,128})",
      .prefilter = R"(:(?:[0-9]{4,5}|\*):[!-9;-~])",
      .lead = R"((?:^|\n)[A-Za-z0-9.*\-]{1,100}:(?:[0-9]{4,5}|\*):[!-9;-~])",
      .score = 0.85,
      .validate = ValidatePgpassLine,
  });
  out.push_back({
      .id = "sudo_stdin_password",
      .entity_type = "PASSWORD",
      .regex = R"(\becho[ \t]{1,3}(?:'[ -&(-~]{3,128}'|"[ !#-~]{3,128}"|[!#-%(-:<-{}~]{3,128})[ \t]{0,3}\|[ \t]{0,3}sudo[ \t]{1,3}-S)",
      .score = 0.85,
      .validate = ValidateSudoStdin,
  });
  out.push_back({
      .id = "powershell_plaintext_password",
      .entity_type = "PASSWORD",
      .regex = R"((?i:convertto-securestring)[ \t]{1,3}(?:-String[ \t]{1,3})?(?:'[ -&(-~]{3,128}'|"[ !#-~]{3,128}")[ \t]{1,3}(?i:-asplaintext))",
      .score = 0.85,
      .validate = ValidateSecureString,
  });
}

}  // namespace convoguard::recognizers::secrets
