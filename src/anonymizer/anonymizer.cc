#include "convoguard/anonymizer.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <charconv>

#include "anonymizer/crypto.h"
#include "text/utf8.h"

namespace convoguard {
namespace {

constexpr std::string_view kInvisibleType = "INVISIBLE_TEXT";
constexpr std::string_view kHashPurpose = "hash/v1";
constexpr std::string_view kTokenPurpose = "token/v1";
constexpr std::string_view kTokenContext = "convoguard.token:";
constexpr uint32_t kMaxHexHash = 64;        // 32 bytes as hex
constexpr uint32_t kMaxBase64UrlHash = 43;  // 32 bytes as unpadded base64url

uint32_t MaxHashLength(HashEncoding e) { return e == HashEncoding::kHex ? kMaxHexHash : kMaxBase64UrlHash; }

bool ValidCodePoint(char32_t c) { return c > 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF); }

bool NeedsKey(const OperatorSpec& op) { return op.kind == OperatorKind::kHash || op.kind == OperatorKind::kEncrypt; }

// Placeholders are <[A-Z][A-Z0-9_]*_N>; custom entity names are folded into
// that alphabet so any finding can get a placeholder.
std::string PlaceholderType(std::string_view type) {
  std::string out;
  for (char c : type.substr(0, 64)) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    out.push_back(ok ? c : '_');
  }
  if (out.empty() || !(out[0] >= 'A' && out[0] <= 'Z')) out.insert(0, "X");
  return out.substr(0, 64);
}

// Byte offset of every code point start in s (invalid bytes count as one
// code point each, as findings count them), plus s.size() at the end.
std::vector<size_t> CodePointStarts(std::string_view s) {
  std::vector<size_t> starts;
  size_t i = 0;
  while (i < s.size()) {
    starts.push_back(i);
    text::Utf8Step st = text::DecodeUtf8(s, i);
    i += st.status == text::Utf8Status::kOk ? st.length : 1;
  }
  starts.push_back(s.size());
  return starts;
}

bool ParseU32(std::string_view s, uint32_t& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

const char* OperatorName(OperatorKind kind) {
  switch (kind) {
    case OperatorKind::kRedact: return "redact";
    case OperatorKind::kReplace: return "replace";
    case OperatorKind::kMask: return "mask";
    case OperatorKind::kHash: return "hash";
    case OperatorKind::kEncrypt: return "encrypt";
    case OperatorKind::kKeep: return "keep";
  }
  return "unknown";
}

Result<OperatorSpec> ParseOperatorSpec(std::string_view text) {
  size_t colon = text.find(':');
  std::string_view name = text.substr(0, colon);
  const bool has_args = colon != std::string_view::npos;
  std::string_view args = has_args ? text.substr(colon + 1) : std::string_view();
  std::string_view first = args.substr(0, args.find(','));
  std::string_view second = args.find(',') == std::string_view::npos ? std::string_view()
                                                                      : args.substr(args.find(',') + 1);
  const bool has_second = args.find(',') != std::string_view::npos;
  OperatorSpec op;
  auto bad = [&](const std::string& why) {
    return Status::InvalidArgument("operator '" + std::string(text) + "': " + why);
  };
  if (name == "redact") {
    op.kind = OperatorKind::kRedact;
    if (has_args) op.marker = std::string(args);
  } else if (name == "replace" || name == "encrypt" || name == "keep") {
    op.kind = name == "replace" ? OperatorKind::kReplace
              : name == "encrypt" ? OperatorKind::kEncrypt : OperatorKind::kKeep;
    if (has_args) return bad("takes no parameters");
  } else if (name == "mask") {
    op.kind = OperatorKind::kMask;
    if (has_args && !ParseU32(first, op.chars_to_keep)) return bad("expected mask:N[,C] with N a number");
    if (has_second) {
      if (second.empty()) return bad("empty mask character");
      text::Utf8Step st = text::DecodeUtf8(second, 0);
      if (st.status != text::Utf8Status::kOk || st.length != second.size()) {
        return bad("the mask character must be exactly one character");
      }
      op.mask_char = st.cp;
    }
  } else if (name == "hash") {
    op.kind = OperatorKind::kHash;
    if (has_second) {
      if (second == "hex") op.hash_encoding = HashEncoding::kHex;
      else if (second == "base64url") op.hash_encoding = HashEncoding::kBase64Url;
      else return bad("encoding must be hex or base64url");
    }
    if (has_args && !ParseU32(first, op.hash_length)) return bad("expected hash:LEN[,hex|base64url]");
    if (op.hash_length < 1 || op.hash_length > MaxHashLength(op.hash_encoding)) {
      return bad("length must be 1.." + std::to_string(MaxHashLength(op.hash_encoding)));
    }
  } else {
    return bad("unknown operator (redact, replace, mask, hash, encrypt, keep)");
  }
  return op;
}

Result<std::unique_ptr<const Anonymizer>> Anonymizer::Create(AnonymizerConfig config) {
  std::vector<std::pair<std::string, const OperatorSpec*>> all = {{"default", &config.default_operator}};
  for (const auto& [type, op] : config.operators) all.emplace_back(type, &op);
  for (const auto& [type, op] : all) {
    if (NeedsKey(*op) && config.key == nullptr) {
      return Status::InvalidArgument(std::string("operator ") + OperatorName(op->kind) + " for " + type +
                                     " needs a secret key");
    }
    if (op->kind == OperatorKind::kMask && !ValidCodePoint(op->mask_char)) {
      return Status::InvalidArgument("mask character for " + type + " is not a valid code point");
    }
    if (op->kind == OperatorKind::kHash &&
        (op->hash_length < 1 || op->hash_length > MaxHashLength(op->hash_encoding))) {
      return Status::InvalidArgument("hash length for " + type + " must be 1.." +
                                     std::to_string(MaxHashLength(op->hash_encoding)));
    }
  }
  std::unique_ptr<Anonymizer> a(new Anonymizer(std::move(config)));
  if (a->config_.key != nullptr) {
    auto hash_key = anonymizer::DeriveSubkey(*a->config_.key, kHashPurpose);
    auto token_key = anonymizer::DeriveSubkey(*a->config_.key, kTokenPurpose);
    if (!hash_key.ok()) return hash_key.status();
    if (!token_key.ok()) return token_key.status();
    a->hash_key_ = std::move(*hash_key);
    a->token_key_ = std::move(*token_key);
  }
  return std::unique_ptr<const Anonymizer>(std::move(a));
}

Anonymizer::Anonymizer(AnonymizerConfig config) : config_(std::move(config)) {
  remove_invisible_.kind = OperatorKind::kRedact;
  remove_invisible_.marker.clear();
}

const OperatorSpec& Anonymizer::OperatorFor(std::string_view entity_type) const {
  auto it = config_.operators.find(std::string(entity_type));
  if (it != config_.operators.end()) return it->second;
  if (entity_type == kInvisibleType) return remove_invisible_;
  return config_.default_operator;
}

Result<std::string> Anonymizer::Apply(const OperatorSpec& op, const std::string& entity_type,
                                      const std::string& value, PseudonymVault& vault) const {
  switch (op.kind) {
    case OperatorKind::kRedact:
      return op.marker;
    case OperatorKind::kReplace:
      return vault.PlaceholderFor(PlaceholderType(entity_type), value);
    case OperatorKind::kMask: {
      std::vector<size_t> starts = CodePointStarts(value);
      const size_t count = starts.size() - 1;
      // Never reveal more than half of a value, so short values stay hidden.
      const size_t keep = std::min<size_t>(op.chars_to_keep, count / 2);
      std::string out;
      for (size_t k = 0; k < count - keep; ++k) text::AppendUtf8(op.mask_char, out);
      out.append(value, starts[count - keep], std::string::npos);
      return out;
    }
    case OperatorKind::kHash: {
      auto mac = anonymizer::HmacSha256(
          std::string_view(reinterpret_cast<const char*>(hash_key_->data()), SecretKey::kSize), value);
      if (!mac.ok()) return mac.status();
      std::string encoded = op.hash_encoding == HashEncoding::kHex ? anonymizer::HexEncode(*mac)
                                                                   : anonymizer::Base64UrlEncode(*mac);
      encoded.resize(std::min<size_t>(encoded.size(), op.hash_length));
      return encoded;
    }
    case OperatorKind::kEncrypt: {
      std::string context(kTokenContext);
      context += config_.associated_data;
      auto sealed = anonymizer::Seal(*token_key_, value, context);
      if (!sealed.ok()) return sealed.status();
      return anonymizer::Base64UrlEncode(*sealed);
    }
    case OperatorKind::kKeep:
      return value;
  }
  return Status::Internal("unknown operator");
}

Result<AnonymizeResult> Anonymizer::Anonymize(std::string_view text, const std::vector<Finding>& findings,
                                              PseudonymVault* vault) const {
  std::vector<const Finding*> sorted;
  sorted.reserve(findings.size());
  for (const Finding& f : findings) {
    if (f.byte_start > f.byte_end || f.byte_end > text.size()) {
      return Status::InvalidArgument("finding " + f.entity_type + " [" + std::to_string(f.byte_start) + ", " +
                                     std::to_string(f.byte_end) + ") lies outside the text");
    }
    if (f.byte_start < f.byte_end) sorted.push_back(&f);
  }
  std::sort(sorted.begin(), sorted.end(), [](const Finding* a, const Finding* b) {
    return a->byte_start != b->byte_start ? a->byte_start < b->byte_start : a->byte_end > b->byte_end;
  });

  std::unique_ptr<PseudonymVault> local_vault;
  if (vault == nullptr) {
    local_vault = std::make_unique<PseudonymVault>("");
    vault = local_vault.get();
  }

  AnonymizeResult result;
  result.text.reserve(text.size());
  size_t cursor = 0;          // input bytes consumed
  uint64_t in_cp = 0, out_cp = 0;
  size_t i = 0;
  while (i < sorted.size()) {
    // One group: findings that overlap transitively.
    size_t begin = sorted[i]->byte_start, end = sorted[i]->byte_end;
    size_t j = i + 1;
    while (j < sorted.size() && sorted[j]->byte_start < end) {
      end = std::max<size_t>(end, sorted[j]->byte_end);
      ++j;
    }
    const Finding* primary = nullptr;
    for (size_t k = i; k < j; ++k) {
      const Finding* f = sorted[k];
      if (f->entity_type == kInvisibleType) continue;
      if (primary == nullptr || f->score > primary->score ||
          (f->score == primary->score &&
           f->byte_end - f->byte_start > primary->byte_end - primary->byte_start)) {
        primary = f;
      }
    }
    std::string value;
    if (primary == nullptr) {
      primary = sorted[i];
      value.assign(text.substr(begin, end - begin));
    } else {
      // The value without the invisible characters hidden inside it.
      size_t pos = begin;
      for (size_t k = i; k < j; ++k) {
        const Finding* f = sorted[k];
        if (f->entity_type != kInvisibleType) continue;
        if (f->byte_start > pos) value.append(text.substr(pos, f->byte_start - pos));
        pos = std::max<size_t>(pos, f->byte_end);
      }
      if (end > pos) value.append(text.substr(pos, end - pos));
    }

    std::string_view before = text.substr(cursor, begin - cursor);
    result.text.append(before);
    const uint64_t before_cp = text::CountCodePoints(before);
    in_cp += before_cp;
    out_cp += before_cp;
    const uint64_t span_cp = text::CountCodePoints(text.substr(begin, end - begin));

    const OperatorSpec& op = OperatorFor(primary->entity_type);
    auto replacement = Apply(op, primary->entity_type, value, *vault);
    OPENSSL_cleanse(value.data(), value.size());
    if (!replacement.ok()) return replacement.status();
    const uint64_t new_cp = text::CountCodePoints(*replacement);
    const bool unchanged = op.kind == OperatorKind::kKeep && *replacement == text.substr(begin, end - begin);
    if (!unchanged) {
      ReplacedItem item;
      item.entity_type = primary->entity_type;
      item.op = op.kind;
      item.original_start = in_cp;
      item.original_end = in_cp + span_cp;
      item.original_byte_start = begin;
      item.original_byte_end = end;
      item.start = out_cp;
      item.end = out_cp + new_cp;
      item.byte_start = result.text.size();
      item.byte_end = result.text.size() + replacement->size();
      item.text = *replacement;
      result.items.push_back(std::move(item));
    }
    result.text.append(*replacement);
    in_cp += span_cp;
    out_cp += new_cp;
    cursor = end;
    i = j;
  }
  result.text.append(text.substr(cursor));
  return result;
}

Result<std::string> EncryptToken(const SecretKey& key, std::string_view plaintext,
                                 std::string_view associated_data) {
  auto subkey = anonymizer::DeriveSubkey(key, kTokenPurpose);
  if (!subkey.ok()) return subkey.status();
  std::string context(kTokenContext);
  context.append(associated_data);
  auto sealed = anonymizer::Seal(*subkey, plaintext, context);
  if (!sealed.ok()) return sealed.status();
  return anonymizer::Base64UrlEncode(*sealed);
}

Result<std::string> DecryptToken(const SecretKey& key, std::string_view token,
                                 std::string_view associated_data) {
  auto sealed = anonymizer::Base64UrlDecode(token);
  if (!sealed.ok()) return Status::DataLoss("not an encrypted token: " + sealed.status().message());
  auto subkey = anonymizer::DeriveSubkey(key, kTokenPurpose);
  if (!subkey.ok()) return subkey.status();
  std::string context(kTokenContext);
  context.append(associated_data);
  return anonymizer::Open(*subkey, *sealed, context);
}

Result<std::string> KeyedHash(const SecretKey& key, std::string_view value) {
  auto subkey = anonymizer::DeriveSubkey(key, kHashPurpose);
  if (!subkey.ok()) return subkey.status();
  return anonymizer::HmacSha256(
      std::string_view(reinterpret_cast<const char*>(subkey->data()), SecretKey::kSize), value);
}

}  // namespace convoguard

namespace convoguard {

StreamAnonymizer::StreamAnonymizer(const Analyzer& analyzer, const FindingFilter& filter,
                                   const Anonymizer& anonymizer, PseudonymVault* vault, FindingGate gate)
    : anonymizer_(anonymizer),
      gate_(std::move(gate)),
      own_vault_(vault == nullptr ? std::make_unique<PseudonymVault>("") : nullptr),
      vault_(vault == nullptr ? own_vault_.get() : vault),
      scanner_(analyzer.NewStream(filter)) {}

StreamAnonymizer::~StreamAnonymizer() {
  if (!window_.empty()) OPENSSL_cleanse(window_.data(), window_.size());
}

uint64_t StreamAnonymizer::invalid_utf8_bytes() const { return scanner_->invalid_utf8_bytes(); }

Result<std::string> StreamAnonymizer::Write(std::string_view chunk) {
  window_.append(chunk);
  auto update = scanner_->Write(chunk);
  if (!update.ok()) return update.status();
  return Take(*update, update->safe_bytes);
}

Result<std::string> StreamAnonymizer::Finish() {
  auto update = scanner_->Finish();
  if (!update.ok()) return update.status();
  return Take(*update, base_ + window_.size());
}

// Applies the findings that lie wholly before the release point and emits
// the input up to it. A finding that straddles the point moves the point
// back to its start, so a span is never cut in two.
Result<std::string> StreamAnonymizer::Take(const StreamUpdate& update, uint64_t release_to) {
  if (blocked_) return Status::FailedPrecondition("the stream was stopped by its finding gate");
  for (const Finding& f : update.findings) {
    std::string_view value;
    if (f.byte_start >= base_ && f.byte_end <= base_ + window_.size() && f.byte_start <= f.byte_end) {
      value = std::string_view(window_).substr(f.byte_start - base_, f.byte_end - f.byte_start);
    }
    const GateVerdict v = gate_ ? gate_(f, value) : GateVerdict::kApply;
    if (v == GateVerdict::kStop) {
      // Nothing more is released: the finding's bytes are still held, and
      // everything before it was released already or is dropped now.
      blocked_ = true;
      return Status::FailedPrecondition("the stream was stopped by its finding gate");
    }
    if (v == GateVerdict::kApply) pending_.push_back(f);
  }
  const uint64_t end = base_ + window_.size();
  uint64_t to = std::min(release_to, end);
  for (const Finding& f : pending_) {
    if (f.byte_start < base_ || f.byte_end > end || f.byte_start > f.byte_end) {
      return Status::Internal("stream finding outside the unreleased text");
    }
    if (f.byte_start < to && f.byte_end > to) to = f.byte_start;
  }
  if (to <= base_) return std::string();
  std::vector<Finding> now, later;
  for (Finding& f : pending_) {
    if (f.byte_end <= to) {
      f.byte_start -= base_;
      f.byte_end -= base_;
      now.push_back(std::move(f));
    } else {
      later.push_back(std::move(f));
    }
  }
  pending_ = std::move(later);
  const size_t n = static_cast<size_t>(to - base_);
  auto out = anonymizer_.Anonymize(std::string_view(window_).substr(0, n), now, vault_);
  if (!out.ok()) return out.status();
  replaced_ += out->items.size();
  OPENSSL_cleanse(window_.data(), n);
  window_.erase(0, n);
  base_ = to;
  return std::move(out->text);
}

}  // namespace convoguard
