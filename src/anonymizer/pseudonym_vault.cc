#include "convoguard/pseudonym_vault.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "anonymizer/crypto.h"

namespace convoguard {
namespace {

constexpr size_t kMaxEntityTypeBytes = 64;
constexpr uint32_t kMaxPlaceholderNumber = 1000000000;
constexpr std::string_view kVaultPurpose = "vault/v1";
constexpr std::string_view kVaultContext = "convoguard.vault:";

bool IsPlaceholderChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

bool ValidEntityType(std::string_view t) {
  if (t.empty() || t.size() > kMaxEntityTypeBytes || !(t[0] >= 'A' && t[0] <= 'Z')) return false;
  return std::all_of(t.begin(), t.end(), IsPlaceholderChar);
}

std::string MakePlaceholder(std::string_view type, uint32_t number) {
  std::string p = "<";
  p.append(type);
  p.push_back('_');
  p += std::to_string(number);
  p.push_back('>');
  return p;
}

std::string ValueKey(std::string_view type, std::string_view value) {
  std::string k(type);
  k.push_back('\0');
  k.append(value);
  return k;
}

void WipeString(std::string& s) {
  if (!s.empty()) OPENSSL_cleanse(s.data(), s.size());
}

void PutU32(std::string& out, uint32_t v) {
  for (int s = 24; s >= 0; s -= 8) out.push_back(static_cast<char>((v >> s) & 0xFF));
}

// Reads big-endian integers and byte strings from a buffer, failing softly.
class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}
  bool U8(uint32_t& v) {
    if (s_.size() < 1) return false;
    v = static_cast<unsigned char>(s_[0]);
    s_.remove_prefix(1);
    return true;
  }
  bool U32(uint32_t& v) {
    if (s_.size() < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s_[i]);
    s_.remove_prefix(4);
    return true;
  }
  bool Bytes(size_t n, std::string& out) {
    if (s_.size() < n) return false;
    out.assign(s_.substr(0, n));
    s_.remove_prefix(n);
    return true;
  }
  bool done() const { return s_.empty(); }

 private:
  std::string_view s_;
};

// Copies `text` to `out` with every known placeholder replaced by its value.
// Returns how many bytes were consumed: all of them when `final`, otherwise
// possibly fewer, leaving a trailing possible-placeholder prefix unconsumed.
// Appends `value` as it must appear in the text: raw, or escaped for the
// inside of a JSON string literal (quotes, backslashes, control characters).
void AppendValue(std::string_view value, RestoreEncoding enc, std::string& out) {
  if (enc == RestoreEncoding::kRaw) {
    out.append(value);
    return;
  }
  static const char kHex[] = "0123456789abcdef";
  for (char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (u < 0x20) {
      out += "\\u00";
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    } else {
      out.push_back(c);
    }
  }
}

size_t RestoreInto(const PseudonymVault& vault, std::string_view text, bool final, std::string& out,
                   RestoreEncoding enc) {
  const size_t max_len = vault.max_placeholder_length();
  if (max_len == 0) {
    out.append(text);
    return text.size();
  }
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    size_t lt = text.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(text.substr(i));
      return n;
    }
    out.append(text.substr(i, lt - i));
    size_t j = lt + 1;
    while (j < n && j - lt < max_len && IsPlaceholderChar(text[j])) ++j;
    if (j == n && !final && j - lt < max_len) return lt;  // may continue in the next chunk
    if (j < n && text[j] == '>' && j > lt + 1) {
      std::string_view candidate = text.substr(lt, j + 1 - lt);
      if (auto value = vault.Lookup(candidate)) {
        AppendValue(*value, enc, out);
        WipeString(*value);
      } else {
        out.append(candidate);  // unknown placeholder: left as it is
      }
      i = j + 1;
    } else {
      out.push_back('<');
      i = lt + 1;
    }
  }
  return n;
}

}  // namespace

// ---- SecretKey ----

void SecretKey::Wipe::operator()(std::array<unsigned char, kSize>* p) const {
  OPENSSL_cleanse(p->data(), p->size());
  delete p;
}

Result<SecretKey> SecretKey::Generate() {
  std::unique_ptr<std::array<unsigned char, kSize>, Wipe> b(new std::array<unsigned char, kSize>());
  if (RAND_bytes(b->data(), static_cast<int>(kSize)) != 1) {
    return Status::Internal("RAND_bytes failed to generate a key");
  }
  return SecretKey(std::move(b));
}

Result<SecretKey> SecretKey::FromBytes(std::string_view bytes) {
  if (bytes.size() != kSize) {
    return Status::InvalidArgument("a key must be exactly 32 bytes, got " + std::to_string(bytes.size()));
  }
  std::unique_ptr<std::array<unsigned char, kSize>, Wipe> b(new std::array<unsigned char, kSize>());
  std::memcpy(b->data(), bytes.data(), kSize);
  return SecretKey(std::move(b));
}

Result<SecretKey> SecretKey::ParseKeyFile(std::string_view contents) {
  std::string hex;
  size_t pos = 0;
  while (pos <= contents.size()) {
    size_t eol = contents.find('\n', pos);
    if (eol == std::string_view::npos) eol = contents.size();
    std::string_view line = contents.substr(pos, eol - pos);
    pos = eol + 1;
    size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos || line[first] == '#') continue;
    for (char c : line.substr(first)) {
      if (c == ' ' || c == '\t' || c == '\r') continue;
      if (!std::isxdigit(static_cast<unsigned char>(c))) {
        WipeString(hex);
        return Status::InvalidArgument("key file: expected 64 hexadecimal digits (openssl rand -hex 32)");
      }
      hex.push_back(c);
    }
  }
  if (hex.size() != 2 * kSize) {
    WipeString(hex);
    return Status::InvalidArgument("key file: expected 64 hexadecimal digits, found " +
                                   std::to_string(hex.size()) + " (create one with: openssl rand -hex 32)");
  }
  std::string bytes(kSize, '\0');
  for (size_t i = 0; i < kSize; ++i) {
    bytes[i] = static_cast<char>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
  }
  auto key = FromBytes(bytes);
  WipeString(bytes);
  WipeString(hex);
  return key;
}

Result<SecretKey> SecretKey::FromKeyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open key file " + path + ": " + std::strerror(errno));
  std::string contents;
  char buf[256];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    contents.append(buf, static_cast<size_t>(in.gcount()));
    if (contents.size() > 4096) {
      WipeString(contents);
      return Status::InvalidArgument("key file " + path + " is too large to be a key file");
    }
  }
  OPENSSL_cleanse(buf, sizeof buf);
  auto key = ParseKeyFile(contents);
  WipeString(contents);
  if (!key.ok()) return Status::InvalidArgument(path + ": " + key.status().message());
  return key;
}

std::string SecretKey::ToKeyFile() const {
  return anonymizer::HexEncode(std::string_view(reinterpret_cast<const char*>(data()), kSize)) + "\n";
}

// ---- PseudonymVault ----

PseudonymVault::PseudonymVault(std::string scope_id) : scope_id_(std::move(scope_id)) {}

PseudonymVault::~PseudonymVault() {
  for (auto& [placeholder, e] : by_placeholder_) WipeString(e.value);
  for (auto& [key, placeholder] : by_value_) WipeString(const_cast<std::string&>(key));
}

Status PseudonymVault::InsertLocked(Entry e) {
  if (by_placeholder_.size() >= kMaxEntries) {
    return Status::ResourceExhausted("pseudonym vault is full (" + std::to_string(kMaxEntries) + " values)");
  }
  std::string placeholder = MakePlaceholder(e.entity_type, e.number);
  std::string key = ValueKey(e.entity_type, e.value);
  if (by_placeholder_.count(placeholder) || by_value_.count(key)) {
    WipeString(key);
    return Status::DataLoss("duplicate vault entry " + placeholder);
  }
  uint32_t& next = next_number_[e.entity_type];
  next = std::max(next, e.number + 1);
  max_placeholder_length_ = std::max(max_placeholder_length_, placeholder.size());
  by_value_.emplace(std::move(key), placeholder);
  by_placeholder_.emplace(std::move(placeholder), std::move(e));
  return Status::Ok();
}

Result<std::string> PseudonymVault::PlaceholderFor(std::string_view entity_type, std::string_view value) {
  if (!ValidEntityType(entity_type)) {
    return Status::InvalidArgument("entity type is not [A-Z][A-Z0-9_]* of at most 64 bytes: " +
                                   std::string(entity_type.substr(0, kMaxEntityTypeBytes)));
  }
  if (value.size() > kMaxValueBytes) return Status::ResourceExhausted("value too large for the vault");
  std::string key = ValueKey(entity_type, value);
  std::lock_guard<std::mutex> lock(mu_);
  auto it = by_value_.find(key);
  WipeString(key);
  if (it != by_value_.end()) return it->second;
  auto next = next_number_.find(entity_type);
  uint32_t number = next == next_number_.end() ? 1 : next->second;
  Status s = InsertLocked({std::string(entity_type), number, std::string(value)});
  if (!s.ok()) return s;
  return MakePlaceholder(entity_type, number);
}

std::optional<std::string> PseudonymVault::Lookup(std::string_view placeholder) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = by_placeholder_.find(std::string(placeholder));
  if (it == by_placeholder_.end()) return std::nullopt;
  return it->second.value;
}

bool PseudonymVault::HoldsValue(std::string_view entity_type, std::string_view value) const {
  std::string key = ValueKey(entity_type, value);
  std::lock_guard<std::mutex> lock(mu_);
  const bool found = by_value_.count(key) > 0;
  WipeString(key);
  return found;
}

size_t PseudonymVault::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return by_placeholder_.size();
}

size_t PseudonymVault::max_placeholder_length() const {
  std::lock_guard<std::mutex> lock(mu_);
  return max_placeholder_length_;
}

std::string PseudonymVault::Restore(std::string_view text, RestoreEncoding enc) const {
  std::string out;
  out.reserve(text.size());
  RestoreInto(*this, text, /*final=*/true, out, enc);
  return out;
}

Result<std::string> PseudonymVault::Serialize(const SecretKey& key) const {
  std::vector<const Entry*> entries;
  std::string plain;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto& [placeholder, e] : by_placeholder_) entries.push_back(&e);
    std::sort(entries.begin(), entries.end(), [](const Entry* a, const Entry* b) {
      return a->entity_type != b->entity_type ? a->entity_type < b->entity_type : a->number < b->number;
    });
    PutU32(plain, static_cast<uint32_t>(entries.size()));
    for (const Entry* e : entries) {
      plain.push_back(static_cast<char>(e->entity_type.size()));
      plain += e->entity_type;
      PutU32(plain, e->number);
      PutU32(plain, static_cast<uint32_t>(e->value.size()));
      plain += e->value;
    }
  }
  auto subkey = anonymizer::DeriveSubkey(key, kVaultPurpose);
  if (!subkey.ok()) {
    WipeString(plain);
    return subkey.status();
  }
  std::string context(kVaultContext);
  context += scope_id_;
  auto sealed = anonymizer::Seal(*subkey, plain, context);
  WipeString(plain);
  return sealed;
}

Result<std::unique_ptr<PseudonymVault>> PseudonymVault::Deserialize(const SecretKey& key,
                                                                    std::string_view scope_id,
                                                                    std::string_view blob) {
  auto subkey = anonymizer::DeriveSubkey(key, kVaultPurpose);
  if (!subkey.ok()) return subkey.status();
  std::string context(kVaultContext);
  context += scope_id;
  auto plain = anonymizer::Open(*subkey, blob, context);
  if (!plain.ok()) {
    if (plain.status().code() == StatusCode::kDataLoss) {
      return Status::DataLoss("vault for scope '" + std::string(scope_id) +
                              "' cannot be opened: " + plain.status().message());
    }
    return plain.status();
  }
  auto vault = std::make_unique<PseudonymVault>(std::string(scope_id));
  Reader r(*plain);
  uint32_t count = 0;
  Status bad = Status::DataLoss("vault contents are malformed");
  if (!r.U32(count) || count > kMaxEntries) {
    WipeString(*plain);
    return bad;
  }
  for (uint32_t k = 0; k < count; ++k) {
    uint32_t type_len = 0, number = 0, value_len = 0;
    Entry e;
    if (!r.U8(type_len) || !r.Bytes(type_len, e.entity_type) || !ValidEntityType(e.entity_type) ||
        !r.U32(number) || number == 0 || number > kMaxPlaceholderNumber || !r.U32(value_len) ||
        value_len > kMaxValueBytes || !r.Bytes(value_len, e.value)) {
      WipeString(*plain);
      return bad;
    }
    e.number = number;
    Status s = vault->InsertLocked(std::move(e));  // vault not shared yet
    if (!s.ok()) {
      WipeString(*plain);
      return bad;
    }
  }
  bool done = r.done();
  WipeString(*plain);
  if (!done) return bad;
  return vault;
}

// ---- StreamRestorer ----

std::string StreamRestorer::Write(std::string_view chunk) {
  held_.append(chunk);
  std::string out;
  size_t used = RestoreInto(vault_, held_, /*final=*/false, out, enc_);
  held_.erase(0, used);
  return out;
}

std::string StreamRestorer::Finish() {
  std::string out;
  RestoreInto(vault_, held_, /*final=*/true, out, enc_);
  held_.clear();
  return out;
}

}  // namespace convoguard
