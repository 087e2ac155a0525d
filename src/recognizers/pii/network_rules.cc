// URL, IP_ADDRESS (IPv4, IPv6 with zone and prefix), MAC_ADDRESS.
#include <arpa/inet.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "recognizers/pii/pii_internal.h"

namespace convoguard::recognizers::pii {
namespace {

// Top-level domains a bare host name ("api.example.org", no scheme, no
// "www.") may end in: the generic ones most used, and the country codes of
// the countries and languages the gateway serves. Every one is a top-level
// rule of the Public Suffix List (url_test checks them against Debian's
// publicsuffix package when it is installed); the PSL's ~1,450 would each
// be a word after any dot ("this.name", "user.id", "self.app" in code).
// Country codes that are also common file extensions (.py, .sh, .md, .rs,
// .cc, .so, .pl, .zip) or attribute names in code (.id, .name, .int,
// .store) are left out, except .pl (Poland), which needs a host of three
// labels or more (kThreeLabelTlds).
constexpr const char* kBareDomainTlds =
    "com|org|net|edu|gov|mil|info|biz|pro|io|dev|app|ai|co|me|tv|ly|gg|xyz|online|tech|cloud|site|"
    "shop|blog|news|"
    "uk|de|fr|it|es|pt|nl|be|lu|ch|at|se|no|dk|fi|is|ie|pl|cz|sk|hu|ro|bg|gr|hr|si|ua|tr|ru|eu|"
    "us|ca|mx|br|ar|cl|pe|"
    "jp|cn|kr|tw|hk|sg|my|ph|th|vn|in|pk|bd|lk|np|au|nz|za|ng|ke|eg|ma|il|ae|sa|qa";
constexpr std::string_view kThreeLabelTlds[] = {"pl"};

// url_bare_domain's prefilter, "\.(?:" + kBareDomainTlds + ")", by hand:
// in the Vectorscan database its many two-letter literals after any dot cost
// ~1.9 M instructions per sparse MB (BENCHMARKS.md, round 8), and dots
// followed by two lowercase letters are few. Reports exactly the
// prefilter's ends: after every dot, the end of each top-level domain that
// follows it (".co" and ".com" both), in order (pii_test compares them with
// Vectorscan's).
void FindBareDomainCues(std::string_view text, const std::function<void(uint64_t)>& on_end) {
  struct Tlds {
    uint32_t two[26] = {};                          // bit b of two[a]: "ab" is one
    std::vector<std::vector<std::string_view>> by_length;  // the longer ones
  };
  static const Tlds kTlds = [] {
    Tlds t;
    std::string_view all = kBareDomainTlds;
    while (!all.empty()) {
      const size_t bar = std::min(all.find('|'), all.size());
      const std::string_view tld = all.substr(0, bar);
      if (tld.size() == 2) {
        t.two[tld[0] - 'a'] |= 1u << (tld[1] - 'a');
      } else {
        if (t.by_length.size() <= tld.size()) t.by_length.resize(tld.size() + 1);
        t.by_length[tld.size()].push_back(tld);
      }
      all.remove_prefix(std::min(all.size(), bar + 1));
    }
    return t;
  }();
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const size_t n = text.size();
  for (size_t d = text.find('.'); d != std::string_view::npos && d + 2 < n; d = text.find('.', d + 1)) {
    if (!lower(text[d + 1]) || !lower(text[d + 2])) continue;
    if ((kTlds.two[text[d + 1] - 'a'] >> (text[d + 2] - 'a')) & 1u) on_end(d + 3);
    for (size_t len = 3; len < kTlds.by_length.size() && d + len < n && lower(text[d + len]); ++len) {
      const std::string_view w = text.substr(d + 1, len);
      for (std::string_view tld : kTlds.by_length[len]) {
        if (tld == w) {
          on_end(d + 1 + len);
          break;
        }
      }
    }
  }
}

// ---------------------------------------------------------------- URL

// Characters that end a sentence rather than a URL when they come last.
bool IsTrailingPunctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == '}' || c == '\'' || c == '"' || c == '*';
}

bool HostIsIpv4(std::string_view host) {
  if (host.empty() || host.size() > 15 || !IsAsciiDigit(host.back())) return false;
  unsigned char buf[4];
  return inet_pton(AF_INET, std::string(host).c_str(), buf) == 1;
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
  if (digits) return HostIsIpv4(host);
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
  // An image digest ("registry.example.com/api@sha256:f58c...") or a
  // package version after '@' in the path belongs to no address.
  for (size_t at = t.find('@', t.find('/')); t.find('/') != std::string_view::npos && at != std::string_view::npos;
       at = t.find('@', at + 1)) {
    size_t k = at + 1;
    while (k < t.size() && IsAsciiAlnum(t[k])) ++k;
    if (k > at + 1 && k < t.size() && t[k] == ':' && t.find("://") > at) {
      end = at;
      t = t.substr(0, end);
      break;
    }
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
  // A URL whose host is an IP literal ("http://10.0.0.21:8080/") is reported
  // as the IP_ADDRESS alone, as Presidio's recognizers do (its URL pattern
  // needs a top-level domain) and as labelled data marks it.
  if (!host.empty() && host.front() == '[') return Verdict::Reject();
  {
    const size_t colon = host.rfind(':');
    if (colon != std::string_view::npos) host = host.substr(0, colon);  // port
    if (HostIsIpv4(host) || !HostLooksReal(host)) return Verdict::Reject();
    // "com.example.shop" is a reverse-DNS package or bundle name; in
    // "1.2.3.de" only the last label is a word: a version and a suffix.
    if (scheme == std::string_view::npos) {
      if (host.substr(0, host.rfind('.')).find_first_not_of("0123456789.") == std::string_view::npos) {
        return Verdict::Reject();
      }
      const std::string_view first = host.substr(0, host.find('.'));
      for (std::string_view g : {"com", "org", "net", "edu", "gov", "io"}) {
        if (first == g) return Verdict::Reject();
      }
    }
    if (scheme == std::string_view::npos && std::count(host.begin(), host.end(), '.') < 2) {
      const std::string_view tld = host.substr(host.rfind('.') + 1);
      for (std::string_view t : kThreeLabelTlds) {
        if (tld == t) return Verdict::Reject();  // "deploy.pl" is a Perl script
      }
    }
    // "www.example" names no domain yet.
    if (host.size() > 4 && (host.substr(0, 4) == "www." || host.substr(0, 4) == "WWW.") &&
        host.find('.', 4) == std::string_view::npos) {
      return Verdict::Reject();
    }
  }
  if (scheme == std::string_view::npos && !c.after.empty() && c.after.front() == '@') return Verdict::Reject();
  // "logger.info(", "self.app = ...": an attribute in code, not a host.
  if (scheme == std::string_view::npos && end == c.text.size() && !c.after.empty() &&
      (c.after.front() == '(' || c.after.substr(0, 2) == " =" || c.after.front() == '=')) {
    return Verdict::Reject();
  }
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

// True when `after` starts with a port written after a dot, as tcpdump
// prints "10.0.0.5.51514 > 8.8.8.8.53:": '.', 2-5 digits, then a space,
// ':' or the end, and the address is followed or preceded by " > " or
// comes after "IP " (tcpdump's line) -- not "1.3.6.1.4.1" (an OID).
bool DottedPort(const Candidate& c) {
  const std::string_view a = c.after;
  if (a.size() < 3 || a[0] != '.') return false;
  size_t k = 1;
  while (k < a.size() && IsAsciiDigit(a[k])) ++k;
  if (k < 3 || k > 6 || (k < a.size() && a[k] != ' ' && a[k] != ':')) return false;
  const std::string_view rest = a.substr(k);
  const std::string_view b = c.before;
  const bool destination = b.size() >= 2 && b.substr(b.size() - 2) == "> ";
  return rest.substr(0, 3) == " > " || destination || PrecededByWord(c, {"ip", "ip6"});
}

Verdict ValidateIpv4(const Candidate& c) {
  // OIDs, longer dotted numbers
  if (GluedToNeighbours(c, ".") && !(!c.before.empty() && !IsAsciiAlnum(c.before.back()) && c.before.back() != '.' &&
                                     DottedPort(c))) {
    return Verdict::Reject();
  }
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

}  // namespace

std::string_view BareDomainTldsForTest() { return kBareDomainTlds; }

void AddNetworkRules(RuleList& out) {
  const std::vector<std::string> url_context = {"url", "link", "website", "site", "web", "visit", "http"};
  out.push_back({
      .id = "url_with_scheme",
      .entity_type = "URL",
      .regex = R"(\b(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp]|[Ww][Ss][Ss]?)://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]{3,400})",
      // Once per URL, not at every character of a growing match: from its
      // "://", a literal (nearly free in Vectorscan's database, where the
      // scheme and three URL bytes cost ~0.7 K instructions of a 1 KB
      // message holding a URL: BENCHMARKS.md, round 9). Every match starts
      // with the lead: the exact search starts its width before the end,
      // not the URL's whole width.
      .prefilter = "://",
      .lead = R"((?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp]|[Ww][Ss][Ss]?)://)",
      .score = 0.6,
      .validate = ValidateUrl,
      .context = url_context,
  });
  out.push_back({
      .id = "url_www",
      .entity_type = "URL",
      .regex = R"(\b[Ww][Ww][Ww]\.[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]{3,400})",
      // As url_with_scheme's: once per URL, from a literal ("www." in any
      // case), and the lead.
      .prefilter = R"([Ww][Ww][Ww]\.)",
      .lead = R"([Ww][Ww][Ww]\.)",
      .score = 0.6,
      .validate = ValidateUrl,
      .context = url_context,
  });
  out.push_back({
      .id = "url_bare_domain",
      .entity_type = "URL",
      // Up to six labels, a port and a path, as the scheme rule takes them.
      .regex = std::string(R"([A-Za-z0-9\-]{1,40}(?:\.[A-Za-z0-9\-]{1,40}){0,5}\.(?:)") + kBareDomainTlds +
               R"()\b(?::\d{2,5})?(?:/[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]{0,200})?)",
      // From the top-level domain: a leading run of label characters would
      // keep an automaton busy at every word.
      .prefilter = std::string(R"(\.(?:)") + kBareDomainTlds + ")",
      .cue_finder = FindBareDomainCues,
      .lead = std::string(R"([A-Za-z0-9\-]{1,40}(?:\.[A-Za-z0-9\-]{1,40}){0,5}\.(?:)") + kBareDomainTlds + ")",
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
