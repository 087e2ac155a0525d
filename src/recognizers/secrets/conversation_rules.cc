// Secrets people share in conversation, each named by a word and given by
// a short value: "my PIN is 4821", "the door code is 4821#", "the code they
// texted me is 482913", "Bestätigungscode: 482913", a wallet's seed words
// after "seed phrase", a wallet's hex private key after "private key".
// The word finds the candidate (the prefilter and lead: the window after it
// is searched only where one is); the value is the first number after it
// (codes) or the first run of wallet words (seed phrases). Only the value
// is reported.
#include <openssl/sha.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "recognizers/context.h"
#include "recognizers/secrets/bip39_words.h"
#include "recognizers/secrets/secret_checks.h"
#include "recognizers/secrets/secret_rules_internal.h"

namespace convoguard::recognizers::secrets {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsDigit(c); }

// The ASCII words of s, lower-cased.
std::vector<std::string> AsciiWords(std::string_view s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsAsciiLetter(s[i])) ++i;
    size_t e = i;
    while (e < s.size() && (IsAsciiLetter(s[e]) || s[e] == '\'')) ++e;
    if (e > i) words.push_back(AsciiLower(s.substr(i, e - i)));
    i = e;
  }
  return words;
}

bool OneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// ------------------------------------------------------------ codes

enum class CodeKind { kPin, kOtp };

// Words between the code's word and the number that make the number
// something else: a card's last digits, an order, a length, a time, a
// limit, an example, a default ("the PIN for the card ending 4821", "the
// verification code expires in 10 minutes", "the default PIN is 0000").
bool IsStopWord(std::string_view w) {
  return OneOf(w, {"ending", "ends", "end", "last", "card", "order", "orders", "tracking", "ticket", "invoice",
                   "version", "year", "years", "since", "until", "till", "before", "after", "page", "line", "step",
                   "port", "room", "ref", "reference", "id", "default", "example", "eg", "e", "g", "like", "such",
                   "sample", "test", "dummy", "fake", "format", "length", "characters", "chars",
                   "attempts", "tries", "times", "minutes", "minute", "seconds", "second", "hours", "hour", "days",
                   "day", "expires", "expired", "expire", "valid", "within", "than", "least", "most", "max", "min",
                   "up", "over", "under", "about", "around", "zip", "postal", "post", "area", "error", "exit",
                   "status", "promo", "coupon", "discount", "voucher", "gift", "product", "source", "country",
                   "dial", "phone", "tel", "sort", "swift", "routing", "tax", "vat", "building", "account",
                   "customer", "member", "employee", "ticket", "case", "issue", "pr", "build", "commit", "release",
                   "model", "serial", "part", "item", "sku", "flight", "booking", "reservation", "confirmation",
                   "hold", "wait", "www", "http", "https", "com", "no", "not", "never", "doesn't", "isn't", "wasn't",
                   "instead", "or", "and", "plus", "per", "each", "every"});
}

// A word right before the code's word that makes it another code: "zip
// code", "error code", "the default PIN", "GPIO pin".
bool IsOtherCodeWord(std::string_view w) {
  return OneOf(w, {"default", "example", "sample", "test", "dummy", "fake", "zip", "postal", "post", "area",
                   "error", "exit", "status", "promo", "coupon", "discount", "voucher", "gift", "product", "source",
                   "country", "dial", "sort", "swift", "routing", "tax", "vat", "building", "gpio", "io", "header",
                   "pins", "http", "response", "return", "qr", "bar", "color", "colour", "hex", "iso", "airport",
                   "language", "currency", "station", "course", "class", "dress", "morse", "machine", "byte", "op",
                   "referral", "invite", "invitation", "activation", "license", "licence", "redeem", "redemption",
                   "tracking", "order", "booking", "reservation", "ticket", "lot", "batch", "cheat"});
}

// A word that gives the value: "is", "lautet", "est", "es", "ist".
bool IsCopula(std::string_view w) {
  return OneOf(w, {"is", "was", "it's", "its", "ist", "lautet", "war", "est", "es", "era", "je", "jest", "er", "on",
                   "to", "are", "be", "now", "enter", "type", "try"});
}

// Delivery words that make a bare "code" a one-time code: "the code they
// texted me", "the code I got by SMS", "the code from the app".
bool IsDeliveryWord(std::string_view w) {
  return OneOf(w, {"texted", "text", "texts", "sms", "sent", "send", "emailed", "mailed", "got", "get", "received",
                   "receive", "app", "authenticator", "authy", "2fa", "mfa", "login", "signin", "sign", "bank",
                   "otp", "whatsapp", "telegram", "push"});
}

// The ASCII letters and digits a code word of the rules starts with, up to
// its first blank or non-ASCII letter ("c" of "código", "best" of
// "Bestätigungscode"): a longer run is another word ("Pine", "Codex").
bool IsCodeWordStart(std::string_view w, CodeKind kind) {
  if (kind == CodeKind::kPin) {
    return OneOf(w, {"pin", "pincode", "pinnumber", "pinnummer", "pinnr", "code", "c", "codice", "geheimzahl",
                     "geheimnummer", "door", "gate", "alarm", "garage", "locker", "lockbox", "key", "keysafe", "safe",
                     "keypad", "entry", "entrance", "intercom", "buzzer", "t", "tuercode", "alarmcode", "digicode",
                     "deurcode", "kod"});
  }
  return OneOf(w, {"otp", "totp", "one", "verification", "confirmation", "security", "2fa", "mfa", "auth",
                   "authentication", "login", "sign", "sms", "access", "authenticator", "4", "5", "6", "7", "8",
                   "best", "bestaetigungscode", "verifizierungscode", "sicherheitscode", "einmalcode", "code", "c",
                   "codice", "verificatiecode", "bevestigingscode", "kod", "do", "dogrulama", "kode", "m", "ma", "tan",
                   "mtan"});
}

// Accepts the first number after a code word: 4-6 digits for a PIN, 4-8
// for a one-time code (one blank or dash
// may split them: "482 913"), a word of its own, no unit or decimal after
// it, no currency or number sign before it, and nothing between the word
// and it that makes it another number. A four-digit year needs a copula or
// a colon ("my PIN is 1987", not "PIN 2023").
Validator CodeValidator(CodeKind kind) {
  return [kind](const Candidate& c) -> Verdict {
    std::string_view t = c.text;
    // The code's word: its first ASCII word (or the bytes of another script).
    size_t k = 0;
    if (static_cast<unsigned char>(t[0]) >= 0x80) {
      while (k < t.size() && static_cast<unsigned char>(t[k]) >= 0x80) ++k;
    } else {
      const char prev = c.before.empty() ? ' ' : c.before.back();
      if (IsAsciiAlnum(prev) || prev == '_' || prev == '-' || prev == '.' || prev == '/' || prev == '$' ||
          prev == '#') {
        return Verdict::Reject();  // part of an identifier or a longer word
      }
      while (k < t.size() && IsAsciiAlnum(t[k])) ++k;
      // The regex's word, not the start of a longer one ("Pine Ave").
      if (!IsCodeWordStart(AsciiLower(t.substr(0, k)), kind)) return Verdict::Reject();
      if (k < t.size() && (t[k] == '_' || t[k] == '(' || t[k] == '/' || (t[k] == '.' && k + 1 < t.size() && t[k + 1] != ' '))) {
        return Verdict::Reject();  // "pin_count", "pin(3)", "code.length"
      }
    }
    // The gap holds no digit (the regex), so the number starts at the first
    // digit after the word; one blank or dash may split it ("482 913").
    const size_t e = t.size();
    const size_t b = t.find_first_of("0123456789", k);
    if (b == std::string_view::npos) return Verdict::Reject();
    size_t digits = 0, seps = 0;
    for (size_t i = b; i < e; ++i) (IsDigit(t[i]) ? digits : seps) += 1;
    // PINs and keypad codes have 4-6 digits, one-time codes 4-8.
    if (digits < 4 || digits > (kind == CodeKind::kPin ? 6u : 8u) || seps > 1) return Verdict::Reject();
    // A word of its own: no letter, digit, decimal, unit or time after it.
    std::string_view after = c.after;
    if (!after.empty()) {
      const char n = after[0];
      if (IsAsciiAlnum(n) || n == '%' || n == '_' || n == '/' || n == '@' || static_cast<unsigned char>(n) >= 0x80) {
        // Ideographs and kana may follow in Chinese and Japanese (482913です).
        if (!(static_cast<unsigned char>(n) >= 0xE3)) return Verdict::Reject();
      }
      if ((n == '.' || n == ',' || n == ':' || n == '-') && after.size() > 1 && IsDigit(after[1])) return Verdict::Reject();
      std::vector<std::string> next = AsciiWords(after.substr(0, std::min<size_t>(after.size(), 14)));
      if (!next.empty() && (n == ' ' || n == '\t') &&
          OneOf(next[0], {"digits", "digit", "characters", "chars", "seconds", "secs", "sec", "minutes", "mins",
                          "min", "hours", "days", "times", "attempts", "tries", "ms", "s", "px", "usd", "eur",
                          "dollars", "euros", "euro", "rub", "items", "units", "points", "people", "users"})) {
        return Verdict::Reject();
      }
    }
    std::string_view gap = t.substr(k, b - k);
    // "PIN: $4821", "code (#4821)", "code[4821]": an amount, a number sign, code.
    if (gap.find_first_of("$#+[]{}()<>`") != std::string_view::npos || gap.find("\xE2\x82\xAC") != std::string_view::npos ||
        gap.find("\xC2\xA3") != std::string_view::npos || gap.find("\xE2\x84\x96") != std::string_view::npos) {
      return Verdict::Reject();
    }
    const std::vector<std::string> words = AsciiWords(gap);
    if (words.size() > 8) return Verdict::Reject();
    bool copula = gap.find(':') != std::string_view::npos || gap.find('=') != std::string_view::npos ||
                  gap.find("\xE6\x98\xAF") != std::string_view::npos ||  // 是
                  gap.find("\xE3\x81\xAF") != std::string_view::npos ||  // は
                  gap.find("\xE2\x80\x94") != std::string_view::npos;    // —
    bool delivered = false;
    for (const std::string& w : words) {
      if (IsStopWord(w)) return Verdict::Reject();
      copula = copula || IsCopula(w);
      delivered = delivered || IsDeliveryWord(w);
    }
    // A bare "code": only one that was sent ("the code they texted me is ..."),
    // said in the words before it or between it and the number.
    const std::string word = AsciiLower(t.substr(0, k));
    const bool bare = word == "code" && !(!words.empty() && OneOf(words[0], {"de", "di", "sms", "re", "recu"}));
    if (kind == CodeKind::kOtp && bare) {
      if (!delivered) {
        const std::string_view before = c.before.substr(c.before.size() - std::min<size_t>(c.before.size(), 40));
        for (const std::string& w : AsciiWords(before)) delivered = delivered || IsDeliveryWord(w);
      }
      if (!delivered) return Verdict::Reject();
    }
    // Words before the code's word that make it something else ("zip code",
    // "error code", "the default PIN").
    {
      std::vector<std::string> prior = AsciiWords(c.before.substr(c.before.size() - std::min<size_t>(c.before.size(), 12)));
      if (!prior.empty() && IsOtherCodeWord(prior.back())) {
        return Verdict::Reject();
      }
    }
    const std::string_view number = t.substr(b, e - b);
    if (digits == 4 && number.size() == 4 && (number.starts_with("19") || number.starts_with("20")) && !copula) {
      return Verdict::Reject();  // a year
    }
    Verdict v = Verdict::Accept(kind == CodeKind::kPin ? "PIN named in prose" : "one-time code named in prose",
                                copula ? 0.8 : 0.7);
    v.sub_begin = b;
    v.sub_end = e;
    return v;
  };
}

// ------------------------------------------------------------ seed phrases

// The BIP39 English wordlist (2048 words, sorted), from Debian's
// python3-mnemonic (bip39_words.h is generated from it at configure time).
const std::vector<std::string_view>& Bip39Words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> out;
    std::string_view all = kBip39EnglishWords;
    size_t i = 0;
    while (i < all.size()) {
      size_t e = all.find(' ', i);
      if (e == std::string_view::npos) e = all.size();
      if (e > i) out.push_back(all.substr(i, e - i));
      i = e + 1;
    }
    return out;
  }();
  return words;
}

int Bip39Index(std::string_view w) {
  const auto& words = Bip39Words();
  auto it = std::lower_bound(words.begin(), words.end(), w);
  return it != words.end() && *it == w ? static_cast<int>(it - words.begin()) : -1;
}

}  // namespace

bool Bip39ChecksumValid(const std::vector<int>& indices) {
  const size_t n = indices.size();
  if (n < 12 || n > 24 || n % 3 != 0) return false;
  const size_t total_bits = n * 11;
  const size_t checksum_bits = total_bits / 33;
  const size_t entropy_bytes = (total_bits - checksum_bits) / 8;
  std::array<unsigned char, 33> bytes{};
  for (size_t i = 0; i < n; ++i) {
    for (int bit = 0; bit < 11; ++bit) {
      if (indices[i] & (1 << (10 - bit))) {
        const size_t pos = i * 11 + static_cast<size_t>(bit);
        bytes[pos / 8] |= static_cast<unsigned char>(0x80 >> (pos % 8));
      }
    }
  }
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(bytes.data(), entropy_bytes, digest);
  for (size_t bit = 0; bit < checksum_bits; ++bit) {
    const size_t pos = entropy_bytes * 8 + bit;
    const bool have = (bytes[pos / 8] >> (7 - pos % 8)) & 1;
    const bool want = (digest[bit / 8] >> (7 - bit % 8)) & 1;
    if (have != want) return false;
  }
  return true;
}

int Bip39WordIndex(std::string_view word) { return Bip39Index(word); }
std::string_view Bip39Word(int index) { return Bip39Words()[static_cast<size_t>(index)]; }

namespace {

// The first run of 12 or more wallet words after the seed word (separated by
// blanks, commas, line breaks and list numbers: "1. witch 2. collapse"), cut
// to the longest prefix of 12, 15, 18, 21 or 24 words whose BIP39 checksum
// holds (1.0), else to 12-24 words (0.8: the seed word says what they are).
Verdict SeedPhraseValidator(const Candidate& c) {
  std::string_view t = c.text;
  size_t i = 0;
  while (i < t.size() && !(t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == ':' || t[i] == '"')) ++i;
  std::vector<int> run;
  size_t run_begin = 0, run_end = 0;
  std::vector<size_t> ends;
  while (i < t.size()) {
    // Separators and list numbers.
    size_t j = i;
    while (j < t.size() && !IsAsciiLetter(t[j])) {
      if (!(t[j] == ' ' || t[j] == '\t' || t[j] == '\n' || t[j] == '\r' || t[j] == ',' || IsDigit(t[j]) ||
            t[j] == '.' || t[j] == ')' || t[j] == ':' || t[j] == '-' || t[j] == '"' || t[j] == '\'' || t[j] == '#')) {
        break;
      }
      ++j;
    }
    size_t e = j;
    while (e < t.size() && IsAsciiLetter(t[e])) ++e;
    const bool broken = e == j || (j < t.size() && !IsAsciiLetter(t[j]));
    int index = -1;
    if (!broken) {
      std::string w = AsciiLower(t.substr(j, e - j));
      index = (w.size() >= 3 && w.size() <= 8) ? Bip39Index(w) : -1;
      // A run is lower case, or Capitalized only at its start.
      if (index >= 0 && t[j] >= 'A' && t[j] <= 'Z' && !run.empty()) index = -1;
    }
    if (index < 0) {
      if (run.size() >= 12) break;
      run.clear();
      ends.clear();
      i = broken ? std::max(e, j + 1) : e;
      continue;
    }
    if (run.empty()) run_begin = j;
    run.push_back(index);
    ends.push_back(e);
    run_end = e;
    i = e;
    if (run.size() == 30) break;
  }
  if (run.size() < 12) return Verdict::Reject();
  // The run may start with a word of the sentence ("phrase: witch ..."):
  // the phrase is the first stretch of a valid length whose checksum holds.
  for (size_t s = 0; s + 12 <= run.size(); ++s) {
    for (size_t n = std::min<size_t>(24, (run.size() - s) / 3 * 3); n >= 12; n -= 3) {
      if (Bip39ChecksumValid(std::vector<int>(run.begin() + static_cast<long>(s),
                                              run.begin() + static_cast<long>(s + n)))) {
        Verdict v = Verdict::Accept("BIP39 seed phrase, checksum valid", 1.0);
        v.sub_begin = s == 0 ? run_begin : ends[s - 1];
        while (v.sub_begin < t.size() && !IsAsciiLetter(t[v.sub_begin])) ++v.sub_begin;
        v.sub_end = ends[s + n - 1];
        return v;
      }
    }
  }
  Verdict v = Verdict::Accept("wallet words after a seed word", 0.8);
  v.sub_begin = run_begin;
  v.sub_end = run_end;
  return v;
}

// ------------------------------------------------------------ hex keys

// A 64-digit hex private key (Ethereum, Bitcoin WIF's raw form, a signing
// seed) after a key word; "0x" may lead it. Hashes of the same shape are
// everywhere (SHA-256 digests, transaction ids), so the word must name a
// private key and the value must not be one repeated pattern.
Verdict HexPrivateKeyValidator(const Candidate& c) {
  std::string_view t = c.text;
  size_t e = t.size();
  size_t b = e;
  while (b > 0 && ((t[b - 1] >= '0' && t[b - 1] <= '9') || (t[b - 1] >= 'a' && t[b - 1] <= 'f') ||
                   (t[b - 1] >= 'A' && t[b - 1] <= 'F'))) {
    --b;
  }
  if (e - b != 64) return Verdict::Reject();
  if (!c.after.empty() && (IsAsciiAlnum(c.after[0]) || c.after[0] == '_')) return Verdict::Reject();
  const char prev = c.before.empty() ? ' ' : c.before.back();
  if (IsAsciiAlnum(prev) || prev == '_') return Verdict::Reject();
  std::string_view v = t.substr(b, e - b);
  if (Entropy(v) < 3.3 || IsPlaceholder(v)) return Verdict::Reject();
  // "is this a transaction id or a private key? <hex>": asked about, not given.
  if (t.substr(0, b).find('?') != std::string_view::npos) return Verdict::Reject();
  std::vector<std::string> words = AsciiWords(t.substr(0, b));
  for (const std::string& w : AsciiWords(c.before.substr(c.before.size() - std::min<size_t>(c.before.size(), 24)))) {
    words.push_back(w);  // "the sha256 of the private key file: <hex>"
  }
  for (const std::string& w : words) {
    if (OneOf(w, {"hash", "sha", "digest", "txid", "tx", "transaction", "checksum", "public", "pub", "address",
                  "fingerprint", "commit", "block"})) {
      return Verdict::Reject();
    }
  }
  Verdict verdict = Verdict::Accept("hex private key after a key word", 0.85);
  verdict.sub_begin = b > 2 && t[b - 1] == 'x' && t[b - 2] == '0' ? b - 2 : b;
  verdict.sub_end = e;
  return verdict;
}

}  // namespace

void AddConversationRules(RuleList& out) {
  // PINs and keypad codes (door, gate, alarm, garage, locker, safe).
  const std::string pins =
      R"((?:(?i:pin(?:[ -]?code|[ -]?number|[ -]?nummer|[ -]?nr)?(?:[ \t:=-]|码|は)|pincode|code pin|c(?:ó|o)digo pin|codice pin|)"
      R"(geheimzahl|geheimnummer|(?:door|gate|alarm|garage|locker|lockbox|key ?safe|safe|keypad|entry|)"
      R"(entrance|intercom|buzzer)[ -]code|code (?:of|for|to) the (?:door|gate|alarm|garage|locker|safe)|)"
      R"(t(?:ü|ue)rcode|alarmcode|digicode|code de la porte|code d'entr(?:é|e)e|c(?:ó|o)digo de la puerta|)"
      R"(c(?:ó|o)digo de la alarma|c(?:ó|o)digo del port(?:ó|o)n|codice del cancello|deurcode|kod do drzwi)|)"
      R"((?:ПИН|пин|Пин)(?:[ -]?код)?|код (?:от|домофона|двери|подъезда|сейфа)|PIN码|密码锁|门禁码|暗証番号))";
  // One-time, verification and two-factor codes.
  const std::string otps =
      R"((?:(?i:otp|totp|one[ -]time (?:code|password|passcode|pin)|verification code|confirmation code|)"
      R"(security code|2fa code|mfa code|auth(?:entication)? code|login code|sign[ -]in code|sms code|)"
      R"(access code|authenticator code|[4-8][ -]digit code|best(?:ä|ae)tigungscode|verifizierungscode|)"
      R"(sicherheitscode|einmalcode|code de (?:v(?:é|e)rification|confirmation|s(?:é|e)curit(?:é|e))|)"
      R"(code (?:re(?:ç|c)u|sms)|c(?:ó|o)digo de (?:verificaci(?:ó|o)n|confirmaci(?:ó|o)n|seguridad|acceso|)"
      R"(verifica(?:ç|c)(?:ã|a)o|confirma(?:ç|c)(?:ã|a)o)|codice di (?:verifica|conferma|sicurezza)|)"
      R"(verificatiecode|bevestigingscode|kod (?:weryfikacyjny|sms|potwierdzaj(?:ą|a)cy)|do(?:ğ|g)rulama kodu|)"
      R"(kode (?:verifikasi|otp)|m(?:ã|a) (?:x(?:á|a)c (?:nh(?:ậ|a)n|minh)|otp))|TAN|mTAN|)"
      R"(код (?:подтверждения|из смс|из sms|верификации)|проверочный код|одноразовый код|认证码|验证码|驗證碼|)"
      R"(动态码|認証コード|確認コード|ワンタイムパスワード|인증번호|인증 ?코드|رمز التحقق|(?i:code)))";
  static constexpr const char* kCodeGap = R"([^\n.!?0-9]{0,40}[0-9](?:[0-9]|[ -][0-9]){3,8})";
  auto code_rule = [&out](const char* id, const char* entity, const std::string& words, CodeKind kind) {
    out.push_back({.id = id, .entity_type = entity, .regex = words + kCodeGap, .prefilter = words, .lead = words,
                   .score = 0.7, .validate = CodeValidator(kind)});
  };
  code_rule("pin_in_prose", "PIN", pins, CodeKind::kPin);
  code_rule("otp_code_in_prose", "OTP_CODE", otps, CodeKind::kOtp);

  // Seed phrases: a seed word, then up to 360 ASCII bytes where the words are.
  const std::string seeds =
      R"((?:(?i:seed(?:[ -]?phrase| words)?|mnemonic|recovery phrase|backup phrase|secret phrase|)"
      R"(secret recovery phrase|wallet words|(?:12|24)[ -]word(?:s| phrase)?|frase semilla|frase de recuperaci(?:ó|o)n|)"
      R"(palavras[ -]chave|frase de recupera(?:ç|c)(?:ã|a)o|phrase de r(?:é|e)cup(?:é|e)ration|)"
      R"(wiederherstellungsphrase|seed-phrase)|сид[ -]?фраз[аыу]|мнемоническ(?:ая|ую) фраз[ау]|助记词|)"
      R"(シードフレーズ|복구 ?구문|시드 ?문구))";
  out.push_back({.id = "seed_phrase", .entity_type = "CRYPTO_SEED_PHRASE",
                 .regex = seeds + R"([\t\n\r -~]{40,360})", .prefilter = seeds, .lead = seeds, .score = 0.8,
                 .validate = SeedPhraseValidator});

  // Hex private keys.
  const std::string hex_keys =
      R"((?:(?i:private[ _-]?key|priv[ _-]?key|privkey|wallet key|secret key|signing key|)"
      R"(cl(?:é|e) priv(?:é|e)e|clave privada|chave privada|chiave privata|privater schl(?:ü|ue)ssel|)"
      R"(priv(?:é|e) sleutel|klucz prywatny)|приватный ключ|закрытый ключ|私钥|秘密鍵|개인 ?키|Wallet\())";
  out.push_back({.id = "hex_private_key", .entity_type = "PRIVATE_KEY",
                 .regex = hex_keys + R"([^\n]{0,40}[0-9a-fA-F]{64})", .prefilter = hex_keys, .lead = hex_keys,
                 .score = 0.85, .validate = HexPrivateKeyValidator});
}

}  // namespace convoguard::recognizers::secrets
