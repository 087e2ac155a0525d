#include "evaluation/corpus.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace convoguard::evaluation {
namespace {

// ---------------------------------------------------------------------------
// Randomness: splitmix64, identical on every platform.
class Rng {
 public:
  explicit Rng(uint64_t& state) : s_(state) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t Below(uint64_t n) { return Next() % n; }
  int Range(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo + 1))); }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) { return items[Below(N)]; }
  char From(std::string_view alphabet) { return alphabet[Below(alphabet.size())]; }
  std::string Chars(std::string_view alphabet, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s.push_back(From(alphabet));
    return s;
  }
  std::string Digits(int n) { return Chars("0123456789", n); }

 private:
  uint64_t& s_;
};

constexpr std::string_view kDigits = "0123456789";
constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view kAlnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kHex = "0123456789abcdef";
constexpr std::string_view kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string Pad(int v, int width) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

std::string Lower(std::string s) {
  for (char& c : s) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}
std::string Upper(std::string s) {
  for (char& c : s) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// Groups s into blocks of `n` separated by `sep`.
std::string Group(std::string_view s, size_t n, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < s.size(); i += n) {
    if (i) out += sep;
    out += s.substr(i, n);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Check digits.
char LuhnCheckDigit(std::string_view payload) {
  int sum = 0;
  bool dbl = true;  // the check digit is appended, so the last payload digit doubles
  for (size_t i = payload.size(); i-- > 0;) {
    int d = payload[i] - '0';
    if (dbl) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    dbl = !dbl;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string IbanWithCheck(std::string_view country, std::string_view bban) {
  std::string rearranged = std::string(bban) + std::string(country) + "00";
  int mod = 0;
  for (char c : rearranged) {
    std::string part = (c >= 'A' && c <= 'Z') ? std::to_string(c - 'A' + 10) : std::string(1, c);
    for (char d : part) mod = (mod * 10 + (d - '0')) % 97;
  }
  return std::string(country) + Pad(98 - mod, 2) + std::string(bban);
}

uint32_t Crc32(std::string_view s) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : s) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

std::string Base64Url(std::string_view in) {
  std::string out;
  uint32_t buf = 0;
  int bits = 0;
  for (unsigned char c : in) {
    buf = (buf << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kBase64Url[(buf >> bits) & 63]);
    }
  }
  if (bits > 0) out.push_back(kBase64Url[(buf << (6 - bits)) & 63]);
  return out;
}

// ---------------------------------------------------------------------------
// Vocabulary.
const char* const kFirstNames[] = {"James", "Maria", "Robert", "Linda", "Michael", "Sarah", "David",
                                   "Emily", "Daniel", "Olivia", "Thomas", "Sofia", "Kevin", "Hannah",
                                   "Lukas", "Chloe", "Priya", "Carlos", "Aisha", "Jonas", "Mei",
                                   "Andrew", "Fatima", "Patrick", "Elena", "Marcus", "Nadia", "Oliver"};
const char* const kLastNames[] = {"Smith", "Johnson", "Garcia", "Miller", "Davis", "Martinez", "Anderson",
                                  "Taylor", "Moore", "Jackson", "Thompson", "Schneider", "Dubois",
                                  "Rossi", "Kowalski", "Nguyen", "Patel", "Kim", "Okafor", "Fischer",
                                  "Larsen", "Novak", "Haddad", "Brennan", "Whitaker", "Castillo"};
const char* const kEmailDomains[] = {"gmail.com", "outlook.com", "proton.me", "acme-corp.io", "yahoo.co.uk",
                                     "mail.example-firm.com", "uni-koeln.de", "fastmail.fm", "web.de"};
const char* const kStreets[] = {"Maple", "Oak", "Cedar", "Elm", "Washington", "Lakeview", "Hillcrest",
                                "Sunset", "Park", "Pine", "Willow", "Highland", "Jefferson", "Chestnut"};
const char* const kStreetSuffixes[] = {"Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard",
                                       "Lane", "Drive", "Dr", "Court", "Way"};
const char* const kCities[] = {"Springfield, IL", "Portland, OR", "Austin, TX", "Denver, CO", "Madison, WI",
                               "Columbus, OH", "Riverside, CA", "Albany, NY", "Tampa, FL", "Boise, ID"};
const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};
const char* const kHosts[] = {"www.acme-shop.com", "docs.example.org", "portal.northwind-bank.com",
                              "github.com/acme/infra", "intranet.contoso.net", "shop.example.co.uk",
                              "status.fabrikam.io", "drive.example.com"};
const char* const kPaths[] = {"", "/", "/login", "/orders/view?id=7731", "/docs/setup.html",
                              "/reset-password?token=abc", "/issues/42", "/files/report.pdf"};

// Plain chat that carries nothing sensitive. Some sentences start with words
// that are also names ("Will", "Hope", "May") on purpose.
const char* const kFiller[] = {
    "hey, quick question about the deploy",
    "thanks so much!! 🙏",
    "ok that makes sense",
    "can you take a look when you have a sec",
    "Will do, I'll ping you later",
    "Hope you're doing well",
    "the build is failing again on main",
    "lol that's wild 😂",
    "not sure what happened there tbh",
    "merci beaucoup, à demain",
    "danke, das hat geholfen",
    "I restarted the service and it seems fine now",
    "May I ask why the ticket was closed?",
    "sorry for the late reply, was in meetings all morning",
    "let me know if anything else comes up",
    "we should probably add a retry there",
    "the customer is asking for a refund",
    "can we move the call to tomorrow?",
    "this is urgent pls help",
    "I think the cache is stale",
    "no worries at all",
    "great, ship it 🚀",
    "the report looks good to me",
    "why does the summary say zero results?",
    "please summarize this conversation for the team",
    "Heads up: the API is slow today",
    "ça marche, je regarde ça",
    "the invoice was sent last week",
    "we need this before the end of the quarter",
    "its working now, thx",
    "これで大丈夫ですか？",
    "Can you translate this into Spanish",
    "Rose to the top of the backlog this week",
    "so the numbers don't add up",
};
const char* const kGreetings[] = {"hey", "hi", "hello", "yo", "hi team", "good morning", "hey there", "Hi all"};
const char* const kSeparators[] = {" ", ". ", "! ", ", ", " - ", "\n", "... ", " :) "};

// ---------------------------------------------------------------------------
// A message under construction: template words get chat noise (casing,
// typos); planted values are copied verbatim and their offsets recorded.
enum class Casing { kNormal, kLower, kUpper };

class Message {
 public:
  Message(Rng& rng, Casing casing, double typo_rate) : rng_(rng), casing_(casing), typo_rate_(typo_rate) {}

  void Say(std::string_view words) {
    std::string s(words);
    if (casing_ == Casing::kLower) s = Lower(s);
    if (casing_ == Casing::kUpper) s = Upper(s);
    Append(AddTypos(s));
  }
  void Raw(std::string_view s) { Append(s); }
  void Entity(const std::string& type, std::string_view value) {
    uint64_t start = cps_;
    Append(value);
    ex_.spans.push_back({type, start, cps_});
  }
  void LookAlike(const std::string& kind, std::string_view value) {
    uint64_t start = cps_;
    Append(value);
    ex_.lookalikes.push_back({kind, start, cps_});
  }
  Casing casing() const { return casing_; }
  GoldExample Take() {
    ex_.text = std::move(text_);
    return std::move(ex_);
  }

 private:
  void Append(std::string_view s) {
    text_ += s;
    cps_ += CodePointCount(s);
  }
  // Swaps, drops or doubles one ASCII letter in some words of 4+ letters.
  std::string AddTypos(std::string s) {
    if (typo_rate_ <= 0) return s;
    size_t i = 0;
    while (i < s.size()) {
      size_t j = i;
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
      if (j - i >= 4 && rng_.Chance(typo_rate_)) {
        size_t p = i + 1 + rng_.Below(j - i - 2);  // interior letter
        switch (rng_.Below(3)) {
          case 0: std::swap(s[p], s[p + 1]); break;
          case 1: s.erase(p, 1); --j; break;
          default: s.insert(p, 1, s[p]); ++j; break;
        }
      }
      i = j + 1;
    }
    return s;
  }

  Rng& rng_;
  Casing casing_;
  double typo_rate_;
  std::string text_;
  uint64_t cps_ = 0;
  GoldExample ex_;
};

// ---------------------------------------------------------------------------
// Values. Each returns the value exactly as it is written in the message.
std::string PersonName(Rng& r) {
  std::string name = r.Pick(kFirstNames);
  if (r.Chance(0.8)) name += std::string(" ") + r.Pick(kLastNames);
  return name;
}

std::string Email(Rng& r) {
  std::string first = Lower(r.Pick(kFirstNames)), last = Lower(r.Pick(kLastNames));
  std::string local;
  switch (r.Below(4)) {
    case 0: local = first + "." + last; break;
    case 1: local = first.substr(0, 1) + last; break;
    case 2: local = first + "_" + last + r.Digits(2); break;
    default: local = first + r.Digits(2); break;
  }
  if (r.Chance(0.1)) local = Upper(local.substr(0, 1)) + local.substr(1);
  return local + "@" + r.Pick(kEmailDomains);
}

std::string Phone(Rng& r) {
  static const char* const kUsAreas[] = {"212", "415", "646", "617", "312", "206", "512", "303", "404", "720"};
  std::string exch = std::to_string(r.Range(2, 9)) + r.Digits(2);
  if (exch == "555") exch = "556";
  switch (r.Below(9)) {
    case 0: return std::string("(") + r.Pick(kUsAreas) + ") " + exch + "-" + r.Digits(4);
    case 1: return std::string(r.Pick(kUsAreas)) + "-" + exch + "-" + r.Digits(4);
    case 2: return std::string("+1 ") + r.Pick(kUsAreas) + " " + exch + " " + r.Digits(4);
    case 3: return std::string(r.Pick(kUsAreas)) + "." + exch + "." + r.Digits(4);
    case 4: return "+44 20 7946 0" + r.Digits(3);
    case 5: return "+44 7911 " + r.Digits(6);
    case 6: return r.Chance(0.5) ? "+49 30 " + std::to_string(r.Range(2, 9)) + r.Digits(7)
                                  : "+49 151 " + r.Digits(8);
    case 7: return "+33 6 " + r.Digits(2) + " " + r.Digits(2) + " " + r.Digits(2) + " " + r.Digits(2);
    default: return "+91 9" + r.Digits(4) + " " + r.Digits(5);
  }
}

std::string CreditCard(Rng& r) {
  std::string payload;
  int kind = static_cast<int>(r.Below(3));
  if (kind == 0) payload = "4" + r.Digits(14);
  if (kind == 1) payload = "5" + std::to_string(r.Range(1, 5)) + r.Digits(13);
  if (kind == 2) payload = std::string(r.Chance(0.5) ? "34" : "37") + r.Digits(12);
  std::string pan = payload + LuhnCheckDigit(payload);
  switch (r.Below(3)) {
    case 0: return pan;
    case 1:
      if (kind == 2) return pan.substr(0, 4) + " " + pan.substr(4, 6) + " " + pan.substr(10);
      return Group(pan, 4, " ");
    default:
      if (kind == 2) return pan.substr(0, 4) + "-" + pan.substr(4, 6) + "-" + pan.substr(10);
      return Group(pan, 4, "-");
  }
}

std::string Iban(Rng& r) {
  std::string iban;
  switch (r.Below(5)) {
    case 0: iban = IbanWithCheck("DE", r.Digits(18)); break;
    case 1: iban = IbanWithCheck("GB", r.Chars(kUpper, 4) + r.Digits(14)); break;
    case 2: iban = IbanWithCheck("FR", r.Digits(23)); break;
    case 3: iban = IbanWithCheck("NL", r.Chars(kUpper, 4) + r.Digits(10)); break;
    default: iban = IbanWithCheck("ES", r.Digits(20)); break;
  }
  return r.Chance(0.5) ? Group(iban, 4, " ") : iban;
}

std::string Ssn(Rng& r) {
  int area = r.Range(1, 899);
  if (area == 666) area = 667;
  std::string sep = r.Chance(0.85) ? "-" : " ";
  return Pad(area, 3) + sep + Pad(r.Range(1, 99), 2) + sep + Pad(r.Range(1, 9999), 4);
}

std::string IpAddress(Rng& r) {
  if (r.Chance(0.7)) {
    int first = r.Range(11, 223);
    if (first == 127) first = 128;
    return std::to_string(first) + "." + std::to_string(r.Range(0, 255)) + "." +
           std::to_string(r.Range(0, 255)) + "." + std::to_string(r.Range(1, 254));
  }
  auto group = [&] { return std::string(1, r.From("123456789abcdef")) + r.Chars(kHex, static_cast<int>(r.Below(4))); };
  if (r.Chance(0.5)) {
    std::string s = "2001:db8";
    for (int i = 0; i < 6; ++i) s += ":" + group();
    return s;
  }
  return "fe80::" + group() + ":" + group() + ":" + group() + ":" + group();
}

std::string Url(Rng& r) {
  std::string scheme = r.Chance(0.85) ? "https://" : "http://";
  return scheme + r.Pick(kHosts) + r.Pick(kPaths);
}

std::string StreetAddress(Rng& r) {
  std::string s = std::to_string(r.Range(1, 9899)) + " " + r.Pick(kStreets) + " " + r.Pick(kStreetSuffixes);
  if (r.Chance(0.6)) s += std::string(", ") + r.Pick(kCities) + " " + Pad(r.Range(10001, 99950), 5);
  return s;
}

std::string BirthDate(Rng& r) {
  int y = r.Range(1940, 2005), m = r.Range(1, 12), d = r.Range(1, 28);
  switch (r.Below(5)) {
    case 0: return Pad(m, 2) + "/" + Pad(d, 2) + "/" + std::to_string(y);
    case 1: return std::to_string(y) + "-" + Pad(m, 2) + "-" + Pad(d, 2);
    case 2: return Pad(d, 2) + "." + Pad(m, 2) + "." + std::to_string(y);
    case 3: return std::string(kMonths[m - 1]) + " " + std::to_string(d) + ", " + std::to_string(y);
    default: return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
  }
}

// Fake credentials, random characters in the documented shapes.
std::string AwsAccessKey(Rng& r) { return "AKIA" + r.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16); }

std::string AwsSecretKey(Rng& r) {
  return r.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", 40);
}

std::string SlackToken(Rng& r) {
  return std::string(r.Chance(0.5) ? "xoxb-" : "xoxp-") + r.Digits(12) + "-" + r.Digits(13) + "-" + r.Chars(kAlnum, 24);
}

std::string GithubToken(Rng& r) {
  // ghp_ + 30 random base62 chars + the CRC32 of those chars in 6 base62 digits.
  std::string body = r.Chars(kAlnum, 30);
  uint64_t crc = Crc32(body);
  std::string check(6, '0');
  for (int i = 5; i >= 0; --i, crc /= 62) check[i] = kAlnum[crc % 62];
  return "ghp_" + body + check;
}

std::string Jwt(Rng& r) {
  std::string header = Base64Url(R"({"alg":"HS256","typ":"JWT"})");
  std::string payload = Base64Url(R"({"sub":")" + r.Digits(8) + R"(","name":")" + r.Pick(kFirstNames) +
                                  R"(","iat":)" + std::to_string(r.Range(1600000000, 1750000000)) + "}");
  return header + "." + payload + "." + r.Chars(kBase64Url, 43);
}

struct Template {
  const char* before;
  const char* after;
};

struct EntityKind {
  const char* type;
  std::string (*make)(Rng&);
  std::vector<Template> templates;
};

// The secret types are the names src/recognizers/secrets reports.
const std::vector<EntityKind>& EntityKinds() {
  static const std::vector<EntityKind> kinds = {
      {"EMAIL_ADDRESS", Email,
       {{"my email is ", ""}, {"you can reach me at ", ""}, {"send the invoice to ", " asap"},
        {"email: ", ""}, {"cc ", " on that thread"}, {"", " is my work address"}}},
      {"PHONE_NUMBER", Phone,
       {{"call me at ", ""}, {"my number is ", ""}, {"ph: ", ""}, {"text me on ", " after 6"},
        {"mobile ", ""}, {"you can call ", " anytime"}}},
      {"CREDIT_CARD", CreditCard,
       {{"card number ", ""}, {"my visa is ", " exp 09/27"}, {"cc: ", ""}, {"charge it to ", " please"},
        {"use the card ", ""}}},
      {"IBAN_CODE", Iban,
       {{"IBAN ", ""}, {"pls wire it to ", ""}, {"account: ", ""}, {"my iban is ", ", thanks"}}},
      {"US_SSN", Ssn,
       {{"ssn ", ""}, {"my social security number is ", ""}, {"SSN: ", ""}, {"social sec no. ", " for the form"}}},
      {"IP_ADDRESS", IpAddress,
       {{"server ip is ", ""}, {"ssh into ", " and check"}, {"blocked ", " at the firewall"}, {"my ip: ", ""}}},
      {"URL", Url,
       {{"see ", ""}, {"link: ", ""}, {"check out ", " for details"}, {"the page ", " is down"}}},
      {"PERSON", PersonName,
       {{"my name is ", ""}, {"this is ", " from billing"}, {"ask ", " about it"}, {"", " said it's fine"},
        {"thanks ", "!"}, {"please forward this to ", ""}, {"patient: ", ""}}},
      {"LOCATION", StreetAddress,
       {{"i live at ", ""}, {"ship it to ", ""}, {"my address is ", ""}, {"deliver to ", " before noon"}}},
      {"DATE_TIME", BirthDate,
       {{"born on ", ""}, {"DOB: ", ""}, {"date of birth ", ""}, {"my birthday is ", ""}}},
      {"AWS_ACCESS_KEY_ID", AwsAccessKey,
       {{"AWS_ACCESS_KEY_ID=", ""}, {"here's the aws key ", ""}, {"access key: ", ""}}},
      {"AWS_SECRET_ACCESS_KEY", AwsSecretKey,
       {{"aws_secret_access_key = ", ""}, {"AWS_SECRET_ACCESS_KEY=", ""}, {"secret_access_key: ", " (rotate it)"}}},
      {"SLACK_TOKEN", SlackToken,
       {{"slack bot token ", ""}, {"SLACK_TOKEN=", ""}, {"the bot uses ", " right now"}}},
      {"GITHUB_TOKEN", GithubToken,
       {{"token: ", ""}, {"GITHUB_TOKEN=", ""}, {"use my PAT ", " for the CI"}}},
      {"JWT", Jwt,
       {{"Authorization: Bearer ", ""}, {"the jwt is ", ""}, {"session token ", " expired?"}}},
  };
  return kinds;
}

// ---------------------------------------------------------------------------
// Look-alikes: values that must not be reported.
struct LookAlikeKind {
  const char* kind;
  std::string (*make)(Rng&);
  std::vector<Template> templates;
};

std::string OrderNumber(Rng& r) {
  switch (r.Below(3)) {
    case 0: return "#A-" + std::to_string(r.Range(2019, 2025)) + "-" + r.Digits(6);
    case 1: return "ORD-" + r.Digits(8);
    default: return "#" + std::to_string(r.Range(1, 9)) + r.Digits(8);
  }
}
std::string Version(Rng& r) {
  std::string v = std::to_string(r.Range(0, 24)) + "." + std::to_string(r.Range(0, 40)) + "." +
                  std::to_string(r.Range(0, 30));
  if (r.Chance(0.3)) return "v" + v;
  if (r.Chance(0.3)) return v + "-beta." + std::to_string(r.Range(1, 9));
  return v;
}
std::string Timestamp(Rng& r) {
  std::string date = std::to_string(r.Range(2020, 2025)) + "-" + Pad(r.Range(1, 12), 2) + "-" + Pad(r.Range(1, 28), 2);
  std::string time = Pad(r.Range(0, 23), 2) + ":" + Pad(r.Range(0, 59), 2) + ":" + Pad(r.Range(0, 59), 2);
  switch (r.Below(3)) {
    case 0: return date + "T" + time + "Z";
    case 1: return date + " " + time + "." + r.Digits(3);
    default: return std::to_string(r.Range(1600000000, 1750000000));
  }
}
std::string HexHash(Rng& r) {
  static const int kLengths[] = {7, 40, 64};
  return r.Chars(kHex, r.Pick(kLengths));
}
std::string Uuid(Rng& r) {
  return r.Chars(kHex, 8) + "-" + r.Chars(kHex, 4) + "-4" + r.Chars(kHex, 3) + "-" + r.From("89ab") +
         r.Chars(kHex, 3) + "-" + r.Chars(kHex, 12);
}
std::string TrackingNumber(Rng& r) {
  switch (r.Below(3)) {
    case 0: return "1Z" + r.Chars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6) + r.Digits(10);
    case 1: return "9400 " + r.Digits(4) + " " + r.Digits(4) + " " + r.Digits(4) + " " + r.Digits(4) + " " + r.Digits(2);
    default: return r.Digits(12);
  }
}
std::string Isbn(Rng& r) {
  std::string d = std::string(r.Chance(0.5) ? "978" : "979") + r.Digits(9);
  int sum = 0;
  for (size_t i = 0; i < d.size(); ++i) sum += (d[i] - '0') * (i % 2 ? 3 : 1);
  d.push_back(static_cast<char>('0' + (10 - sum % 10) % 10));
  if (r.Chance(0.5)) return d;
  return d.substr(0, 3) + "-" + d.substr(3, 1) + "-" + d.substr(4, 3) + "-" + d.substr(7, 5) + "-" + d.substr(12);
}
std::string Price(Rng& r) {
  int whole = r.Range(1, 99999);
  std::string cents = Pad(r.Range(0, 99), 2);
  std::string w = std::to_string(whole);
  std::string us = w.size() > 3 ? w.substr(0, w.size() - 3) + "," + w.substr(w.size() - 3) : w;
  std::string eu = w.size() > 3 ? w.substr(0, w.size() - 3) + "." + w.substr(w.size() - 3) : w;
  switch (r.Below(4)) {
    case 0: return "$" + us + "." + cents;
    case 1: return "€" + w + "." + cents;
    case 2: return "USD " + us + "." + cents;
    default: return eu + "," + cents + " €";
  }
}

const std::vector<LookAlikeKind>& LookAlikeKinds() {
  static const std::vector<LookAlikeKind> kinds = {
      {"ORDER_NUMBER", OrderNumber, {{"my order ", " hasn't arrived"}, {"re: order ", ""}, {"ticket ", " is still open"}}},
      {"VERSION", Version, {{"we're running ", " in prod"}, {"upgrade to ", ""}, {"broke after ", ""}}},
      {"TIMESTAMP", Timestamp, {{"the log says ", " ERROR timeout"}, {"at ", " it crashed"}, {"ts=", ""}}},
      {"HEX_HASH", HexHash, {{"commit ", ""}, {"sha ", " matches"}, {"checksum: ", ""}}},
      {"UUID", Uuid, {{"request id ", ""}, {"trace ", ""}, {"the uuid is ", ""}}},
      {"TRACKING_NUMBER", TrackingNumber, {{"tracking: ", ""}, {"tracking number ", ""}, {"parcel ", " is delayed"}}},
      {"ISBN", Isbn, {{"ISBN ", ""}, {"the book (isbn ", ") is out of stock"}}},
      {"PRICE", Price, {{"it costs ", ""}, {"total was ", " incl. tax"}, {"refund of ", " pending"}}},
  };
  return kinds;
}

void PlantEntity(Rng& r, Message& m, const EntityKind& k) {
  const Template& t = k.templates[r.Below(k.templates.size())];
  std::string value = k.make(r);
  // Chat often has names in lowercase.
  if (std::string_view(k.type) == "PERSON" && m.casing() == Casing::kLower && r.Chance(0.5)) value = Lower(value);
  m.Say(t.before);
  m.Entity(k.type, value);
  m.Say(t.after);
}

void PlantLookAlike(Rng& r, Message& m, const LookAlikeKind& k) {
  const Template& t = k.templates[r.Below(k.templates.size())];
  m.Say(t.before);
  m.LookAlike(k.kind, k.make(r));
  m.Say(t.after);
}

}  // namespace

CorpusGenerator::CorpusGenerator(uint64_t seed, Density density) : state_(seed), density_(density) {}

std::vector<std::string> CorpusGenerator::EntityTypes() {
  std::vector<std::string> types;
  for (const EntityKind& k : EntityKinds()) types.push_back(k.type);
  std::sort(types.begin(), types.end());
  return types;
}

GoldExample CorpusGenerator::Next() {
  Rng r(state_);
  Casing casing = Casing::kNormal;
  if (r.Chance(0.2)) casing = Casing::kLower;
  else if (r.Chance(0.04)) casing = Casing::kUpper;
  Message m(r, casing, r.Chance(0.5) ? 0.06 : 0.0);

  int entities = 0, lookalikes = 0, fillers = 0;
  switch (density_) {
    case Density::kMixed:
      entities = static_cast<int>(r.Below(5));
      lookalikes = static_cast<int>(r.Below(3));
      fillers = 1 + static_cast<int>(r.Below(3));
      break;
    case Density::kSparse:
      entities = r.Chance(0.04) ? 1 : 0;
      lookalikes = r.Chance(0.1) ? 1 : 0;
      fillers = 1 + static_cast<int>(r.Below(4));
      break;
    case Density::kDense:
      entities = r.Range(3, 6);
      lookalikes = static_cast<int>(r.Below(2));
      fillers = static_cast<int>(r.Below(2));
      break;
  }
  // Clause order: 0 = filler, 1 = entity, 2 = look-alike; shuffled.
  std::vector<int> clauses;
  clauses.insert(clauses.end(), fillers, 0);
  clauses.insert(clauses.end(), entities, 1);
  clauses.insert(clauses.end(), lookalikes, 2);
  for (size_t i = clauses.size(); i > 1; --i) std::swap(clauses[i - 1], clauses[r.Below(i)]);

  if (r.Chance(0.3)) {
    m.Say(r.Pick(kGreetings));
    m.Raw(r.Chance(0.5) ? ", " : " ");
  }
  const auto& kinds = EntityKinds();
  const auto& looks = LookAlikeKinds();
  for (size_t i = 0; i < clauses.size(); ++i) {
    if (i > 0) m.Raw(r.Pick(kSeparators));
    switch (clauses[i]) {
      case 0: m.Say(r.Pick(kFiller)); break;
      case 1: PlantEntity(r, m, kinds[r.Below(kinds.size())]); break;
      default: PlantLookAlike(r, m, looks[r.Below(looks.size())]); break;
    }
  }
  static const char* const kEndings[] = {"", "", ".", "!", "?", " 🙂", " thx", "!!"};
  m.Say(r.Pick(kEndings));
  return m.Take();
}

std::string GenerateChatText(uint64_t seed, Density density, size_t bytes) {
  CorpusGenerator gen(seed, density);
  std::string out;
  while (out.size() < bytes) {
    out += gen.Next().text;
    out += '\n';
  }
  return out;
}

}  // namespace convoguard::evaluation
