// URL, IP_ADDRESS (IPv4, IPv6 with zone and prefix), MAC_ADDRESS.
#include <arpa/inet.h>

#include <algorithm>
#include <string>

#include "recognizers/pii/pii_internal.h"

namespace convoguard::recognizers::pii {
namespace {

// ---------------------------------------------------------------- URL

// Characters that end a sentence rather than a URL when they come last.
bool IsTrailingPunctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == '}' || c == '\'' || c == '"' || c == '*';
}

// A host name needs at least two labels and an alphabetic top-level label.
bool HostLooksReal(std::string_view host) {
  if (host.empty() || host.size() > 253) return false;
  if (host == "localhost") return true;
  // Every label: 1-63 letters, digits or inner hyphens.
  for (size_t begin = 0; begin <= host.size();) {
    size_t end = host.find('.', begin);
    if (end == std::string_view::npos) end = host.size();
    std::string_view label = host.substr(begin, end - begin);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    begin = end + 1;
  }
  const size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string_view tld = host.substr(dot + 1);
  if (tld.size() < 2) return false;
  bool alpha = true, digits = true;
  for (char c : tld) {
    alpha &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    digits &= IsAsciiDigit(c);
  }
  if (digits) {  // an IPv4 literal
    unsigned char buf[4];
    return inet_pton(AF_INET, std::string(host).c_str(), buf) == 1;
  }
  return alpha || tld.substr(0, 4) == "xn--";
}

Verdict ValidateUrl(const Candidate& c) {
  std::string_view t = c.text;
  if (!c.before.empty() && (IsAsciiAlnum(c.before.back()) || c.before.back() == '@' || c.before.back() == '.' || c.before.back() == '/' ||
                            c.before.back() == '-' || c.before.back() == '_')) {
    return Verdict::Reject();  // part of an email, a path or a longer name
  }
  size_t end = t.size();
  while (end > 0 && IsTrailingPunctuation(t[end - 1])) {
    // Keep a closing parenthesis that closes one opened inside the URL.
    if (t[end - 1] == ')') {
      const std::string_view head = t.substr(0, end);
      if (std::count(head.begin(), head.end(), '(') >= std::count(head.begin(), head.end(), ')')) break;
    }
    --end;
  }
  t = t.substr(0, end);
  size_t host_begin = 0;
  const size_t scheme = t.find("://");
  if (scheme != std::string_view::npos) host_begin = scheme + 3;
  size_t host_end = t.find_first_of("/?#", host_begin);
  std::string_view host = t.substr(host_begin, host_end == std::string_view::npos ? t.size() - host_begin
                                                                                  : host_end - host_begin);
  const size_t at = host.rfind('@');
  if (at != std::string_view::npos) host = host.substr(at + 1);  // user:password@host
  if (!host.empty() && host.front() == '[') {
    // IPv6 literal: checked by the IP rule's logic only loosely here.
    if (host.find(']') == std::string_view::npos) return Verdict::Reject();
  } else {
    const size_t colon = host.rfind(':');
    if (colon != std::string_view::npos) host = host.substr(0, colon);  // port
    if (!HostLooksReal(host)) return Verdict::Reject();
    // "www.example" names no domain yet.
    if (host.size() > 4 && (host.substr(0, 4) == "www." || host.substr(0, 4) == "WWW.") &&
        host.find('.', 4) == std::string_view::npos) {
      return Verdict::Reject();
    }
  }
  if (scheme == std::string_view::npos && !c.after.empty() && c.after.front() == '@') return Verdict::Reject();
  Verdict v = Verdict::Accept(scheme != std::string_view::npos ? "scheme and host" : "host name");
  v.sub_end = end;
  return v;
}

// ---------------------------------------------------------------- IP

bool ValidPrefix(std::string_view digits, int max) {
  if (digits.empty() || digits.size() > 3) return false;
  int n = 0;
  for (char ch : digits) {
    if (!IsAsciiDigit(ch)) return false;
    n = n * 10 + (ch - '0');
  }
  return n <= max && !(digits.size() > 1 && digits[0] == '0');
}

bool VersionContext(const Candidate& c) {
  return PrecededByWord(c, {"version", "ver", "v", "release", "build", "firmware", "fw", "oid", "sdk"});
}

Verdict ValidateIpv4(const Candidate& c) {
  if (GluedToNeighbours(c, ".")) return Verdict::Reject();  // OIDs, longer dotted numbers
  if (VersionContext(c)) return Verdict::Reject();
  std::string_view addr = c.text;
  size_t keep = c.text.size();
  const size_t slash = addr.find('/');
  if (slash != std::string_view::npos) {
    if (!ValidPrefix(addr.substr(slash + 1), 32)) keep = slash;  // report the address alone
    addr = addr.substr(0, slash);
  }
  unsigned char buf[4];
  if (inet_pton(AF_INET, std::string(addr).c_str(), buf) != 1) return Verdict::Reject();
  // A netmask (255.255.252.0: ones then zeros, first octet 255) is no
  // host's address; 255.255.255.255 is the broadcast address.
  const uint32_t bits = (uint32_t{buf[0]} << 24) | (uint32_t{buf[1]} << 16) | (uint32_t{buf[2]} << 8) | buf[3];
  if (buf[0] == 255 && bits != 0xFFFFFFFFu && (~bits & (~bits + 1)) == 0) return Verdict::Reject();
  Verdict v = Verdict::Accept("inet_pton");
  v.sub_end = keep;
  return v;
}

// The regex accepts any run of hex groups and colons (with an optional dotted
// quad, zone and prefix); inet_pton decides. A candidate must stand alone:
// "std::cout", "MyClass::x", "db8::1" inside "foo2001:db8::1" are not addresses.
Verdict ValidateIpv6(const Candidate& c) {
  if (!c.before.empty()) {
    const char b = c.before.back();
    if (IsAsciiAlnum(b) || b == ':' || b == '.' || b == '_') return Verdict::Reject();
  }
  if (!c.after.empty()) {
    const char a = c.after.front();
    if (IsAsciiAlnum(a) || a == ':' || a == '_' || (a == '.' && c.after.size() > 1 && IsAsciiDigit(c.after[1]))) {
      return Verdict::Reject();
    }
  }
  std::string_view addr = c.text;
  size_t keep = c.text.size();
  const size_t slash = addr.find('/');
  if (slash != std::string_view::npos) {
    if (!ValidPrefix(addr.substr(slash + 1), 128)) keep = slash;
    addr = addr.substr(0, slash);
  }
  const size_t percent = addr.find('%');
  if (percent != std::string_view::npos) {
    if (percent + 1 >= addr.size()) return Verdict::Reject();
    addr = addr.substr(0, percent);
  }
  unsigned char buf[16];
  if (inet_pton(AF_INET6, std::string(addr).c_str(), buf) != 1) return Verdict::Reject();
  // The unspecified address "::" (and "::/0") is more often punctuation.
  bool all_zero = true;
  for (unsigned char b : buf) all_zero &= b == 0;
  if (all_zero && addr.find_first_not_of(':') == std::string_view::npos) {
    Verdict v = Verdict::Accept("inet_pton, unspecified address", 0.1);
    v.sub_end = keep;
    return v;
  }
  Verdict v = Verdict::Accept("inet_pton");
  v.sub_end = keep;
  return v;
}

// ---------------------------------------------------------------- MAC

Verdict ValidateMac(const Candidate& c) {
  if (!c.before.empty() && (IsAsciiAlnum(c.before.back()) || c.before.back() == ':' || c.before.back() == '-' ||
                            c.before.back() == '.')) {
    return Verdict::Reject();
  }
  if (GluedToNeighbours(c, ":-.")) return Verdict::Reject();
  std::string hex;
  char separator = 0;
  for (char ch : c.text) {
    if (ch == ':' || ch == '-' || ch == '.') {
      if (separator != 0 && ch != separator) return Verdict::Reject();
      separator = ch;
    } else {
      hex.push_back(static_cast<char>(ch >= 'a' ? ch - 'a' + 'A' : ch));
    }
  }
  if (hex.find_first_not_of('0') == std::string::npos) return Verdict::Reject();
  if (hex.find_first_not_of('F') == std::string::npos) return Verdict::Reject();  // broadcast
  // The dotted Cisco form with digits only is as likely a dotted number.
  if (separator == '.' && hex.find_first_not_of("0123456789") == std::string::npos) {
    return Verdict::Accept("cisco form, digits only", 0.3);
  }
  return Verdict::Accept("consistent separators");
}

// Bare domain names (reported without any path: a path pattern would make
// the matcher database slow to build) need a top-level domain from this list; it leaves out
// ones that collide with file extensions (.py, .sh, .md, .rs, .cc, .pl, .so).
constexpr const char* kBareDomainTlds =
    "com|org|net|edu|gov|mil|info|biz|io|dev|app|ai|co|uk|de|fr|it|es|nl|ch|se|ru|jp|cn|in|br|au|ca|us|eu|il";

}  // namespace

void AddNetworkRules(RuleList& out) {
  const std::vector<std::string> url_context = {"url", "link", "website", "site", "web", "visit", "http"};
  out.push_back({
      .id = "url_with_scheme",
      .entity_type = "URL",
      .regex = R"(\b(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp]|[Ww][Ss][Ss]?)://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]{3,400})",
      // Once per URL, not at every character of a growing match. Every
      // match starts with it (the lead): the exact search starts its width
      // before the end, not the URL's whole width.
      .prefilter = R"((?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp]|[Ww][Ss][Ss]?)://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]{3})",
      .lead = R"((?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp]|[Ww][Ss][Ss]?)://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]{3})",
      .score = 0.6,
      .validate = ValidateUrl,
      .context = url_context,
  });
  out.push_back({
      .id = "url_www",
      .entity_type = "URL",
      .regex = R"(\b[Ww][Ww][Ww]\.[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]{3,400})",
      .score = 0.6,
      .validate = ValidateUrl,
      .context = url_context,
  });
  out.push_back({
      .id = "url_bare_domain",
      .entity_type = "URL",
      .regex = std::string(R"([A-Za-z0-9\-]{1,40}(?:\.[A-Za-z0-9\-]{1,40}){0,2}\.(?:)") + kBareDomainTlds + R"()\b)",
      .score = 0.5,
      .validate = ValidateUrl,
      .context = url_context,
  });
  const std::vector<std::string> ip_context = {"ip", "ipv4", "ipv6", "address", "host", "server", "client",
                                               "gateway", "subnet", "route"};
  out.push_back({
      .id = "ipv4",
      .entity_type = "IP_ADDRESS",
      .regex = R"(\b(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,3})?\b)",
      .score = 0.6,
      .validate = ValidateIpv4,
      .context = ip_context,
  });
  out.push_back({
      .id = "ipv6",
      .entity_type = "IP_ADDRESS",
      .regex = R"((?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}|:)(?:(?::[0-9A-Fa-f]{0,4}){0,7}:(?:\d{1,3}\.){3}\d{1,3}|(?::[0-9A-Fa-f]{0,4}){1,8})(?:%[0-9A-Za-z_.\-]{1,16})?(?:/\d{1,4})?)",
      // At a cue inside the match: every match holds its first part's colon
      // and, at most four hex digits later, its second part's first colon.
      // The regex itself, led by hex digits, was the dearest automaton of
      // the pass (9.7 M instructions per MB of chat text of 65 M).
      .prefilter = R"(:[0-9A-Fa-f]{0,4}:)",
      // The match up to that cue: its first part and the second part's
      // first colon (every alternative of the second part starts with one),
      // so the exact search starts at most 10 bytes before the cue.
      .lead = R"((?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}|:):)",
      .score = 0.6,
      .validate = ValidateIpv6,
      .context = ip_context,
  });
  const std::vector<std::string> mac_context = {"mac", "hardware address", "physical address", "ethernet",
                                                "wifi", "wi-fi", "bssid", "nic"};
  out.push_back({
      .id = "mac_address",
      .entity_type = "MAC_ADDRESS",
      .regex = R"(\b(?:[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\b)",
      .score = 0.6,
      .validate = ValidateMac,
      .context = mac_context,
  });
}

}  // namespace convoguard::recognizers::pii
