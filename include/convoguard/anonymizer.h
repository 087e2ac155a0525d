// The anonymizer: rewrites a text given the findings the Analyzer reported,
// applying one operator per entity type.
//
//   AnonymizerConfig config;                       // default: replace
//   config.operators["CREDIT_CARD"] = {.kind = OperatorKind::kMask, .chars_to_keep = 4};
//   auto anonymizer = Anonymizer::Create(std::move(config));
//   PseudonymVault vault("conversation-42");
//   auto scan = analyzer->Scan(text, {});
//   auto out = (*anonymizer)->Anonymize(text, scan->findings, &vault);
//   // out->text: "Mail <EMAIL_ADDRESS_1>, card ************1111"
//   // later: vault.Restore(model_answer) puts the originals back.
//
// Operators (docs/anonymizer.md has the details and the reasons):
//   redact   the value becomes a fixed marker, "[REDACTED]" unless configured
//            (an empty marker removes it)
//   replace  a typed placeholder from the vault, <TYPE_N>
//   mask     every code point but the last N becomes the mask character
//   hash     HMAC-SHA256 under a subkey of the secret key, hex or base64url,
//            truncated
//   encrypt  AES-256-GCM token (base64url, version byte, random nonce);
//            DecryptToken reverses it
//   keep     leave the value as it is
// INVISIBLE_TEXT findings are removed (redact with an empty marker) unless
// the config names an operator for INVISIBLE_TEXT explicitly.
//
// Thread safety: an Anonymizer is immutable after Create and may be shared;
// the vault passed to Anonymize may be shared too (it locks).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/analyzer.h"
#include "convoguard/finding.h"
#include "convoguard/pseudonym_vault.h"
#include "convoguard/status.h"

namespace convoguard {

enum class OperatorKind { kRedact, kReplace, kMask, kHash, kEncrypt, kKeep };
enum class HashEncoding { kHex, kBase64Url };

// "redact", "replace", ... as used in configs, the CLI and result items.
const char* OperatorName(OperatorKind kind);

// One operator and its parameters; fields that do not apply are ignored.
struct OperatorSpec {
  OperatorKind kind = OperatorKind::kReplace;
  std::string marker = "[REDACTED]";      // redact
  uint32_t chars_to_keep = 4;             // mask: code points kept at the end
  char32_t mask_char = U'*';              // mask
  uint32_t hash_length = 16;              // hash: output characters, 1..max
  HashEncoding hash_encoding = HashEncoding::kHex;
};

// Parses "OP[:ARGS]" as the CLI and config files write it:
//   redact[:MARKER]   (everything after ':' is the marker; "redact:" removes)
//   replace | encrypt | keep
//   mask[:N[,C]]      keep the last N code points, mask with the code point C
//   hash[:LEN[,hex|base64url]]
Result<OperatorSpec> ParseOperatorSpec(std::string_view text);

struct AnonymizerConfig {
  OperatorSpec default_operator;                 // for types not listed below
  std::map<std::string, OperatorSpec> operators; // entity type -> operator
  // Needed by hash and encrypt; Create fails without it if they are used.
  std::shared_ptr<const SecretKey> key;
  // Bound into every encrypt token (e.g. tenant or conversation id); the same
  // string must be given to DecryptToken.
  std::string associated_data;
};

// One replaced span. Offsets follow Finding: code points (Presidio style) and
// bytes; original_* point into the input text, the others into the output.
struct ReplacedItem {
  std::string entity_type;
  OperatorKind op = OperatorKind::kReplace;
  uint64_t original_start = 0, original_end = 0;
  uint64_t original_byte_start = 0, original_byte_end = 0;
  uint64_t start = 0, end = 0;
  uint64_t byte_start = 0, byte_end = 0;
  std::string text;  // what now stands in the output
};

struct AnonymizeResult {
  std::string text;
  std::vector<ReplacedItem> items;  // in text order
};

class Anonymizer {
 public:
  // Validates the config (key present where needed, mask and hash parameters
  // in range, mask character a valid code point) -> InvalidArgument if not.
  static Result<std::unique_ptr<const Anonymizer>> Create(AnonymizerConfig config);

  // Applies the operators to `findings` (byte offsets into `text`). Findings
  // may come in any order and may overlap: overlapping findings are merged
  // into one span handled by the operator of the highest-scoring finding
  // that is not INVISIBLE_TEXT, and invisible characters inside a value are
  // dropped from the value before the operator sees it (so "ja\u200Bne" and
  // "jane" get the same placeholder). `vault` gives placeholders for
  // `replace`; when null, a vault local to this call is used. Offsets outside
  // the text -> InvalidArgument.
  Result<AnonymizeResult> Anonymize(std::string_view text, const std::vector<Finding>& findings,
                                    PseudonymVault* vault) const;

  const OperatorSpec& OperatorFor(std::string_view entity_type) const;

 private:
  explicit Anonymizer(AnonymizerConfig config);
  Result<std::string> Apply(const OperatorSpec& op, const std::string& entity_type,
                            const std::string& value, PseudonymVault& vault) const;
  AnonymizerConfig config_;
  OperatorSpec remove_invisible_;   // INVISIBLE_TEXT unless configured
  std::optional<SecretKey> hash_key_;   // subkeys of config_.key, if any
  std::optional<SecretKey> token_key_;
};

// Anonymizes a text that arrives in chunks, with bounded memory: it feeds the
// chunks to a StreamScanner and releases anonymized text as soon as the
// scanner reports the bytes final (StreamUpdate::safe_bytes). Concatenating
// every Write and the Finish output gives the same text as Scan + Anonymize
// of the whole input.
//
// The analyzer, the anonymizer and the vault (if not null) must outlive this
// object; a null vault means one vault for this stream. One thread at a time.
class StreamAnonymizer {
 public:
  // What to do with a finding once the scanner reports it final: apply the
  // operator, let the value pass unchanged, or stop the stream (a policy
  // block). After kStop, Write and Finish return FailedPrecondition and
  // release nothing more: the finding's bytes are never released. The gate
  // sees the finding and its value (the original bytes it covers).
  enum class GateVerdict { kApply, kPass, kStop };
  using FindingGate = std::function<GateVerdict(const Finding&, std::string_view value)>;

  // `gate` may be empty: every finding is applied.
  StreamAnonymizer(const Analyzer& analyzer, const FindingFilter& filter, const Anonymizer& anonymizer,
                   PseudonymVault* vault, FindingGate gate = {});
  ~StreamAnonymizer();
  StreamAnonymizer(const StreamAnonymizer&) = delete;
  StreamAnonymizer& operator=(const StreamAnonymizer&) = delete;

  // Feeds the next chunk; returns the anonymized text that is now final.
  Result<std::string> Write(std::string_view chunk);
  // Ends the input and returns the rest. REQUIRES: called once, at the end.
  Result<std::string> Finish();

  uint64_t replaced() const { return replaced_; }  // spans replaced so far
  uint64_t invalid_utf8_bytes() const;
  uint64_t held_bytes() const { return window_.size(); }

 private:
  Result<std::string> Take(const StreamUpdate& update, uint64_t release_to);

  const Anonymizer& anonymizer_;
  FindingGate gate_;
  bool blocked_ = false;
  std::unique_ptr<PseudonymVault> own_vault_;
  PseudonymVault* vault_;
  std::unique_ptr<StreamScanner> scanner_;
  std::string window_;            // input bytes [base_, base_ + size) not released yet
  uint64_t base_ = 0;
  std::vector<Finding> pending_;  // reported but not yet applied (absolute offsets)
  uint64_t replaced_ = 0;
};

// The encrypt operator's token: base64url (no padding) of
//   version byte 0x01 | 12-byte random nonce | ciphertext | 16-byte GCM tag,
// under AES-256-GCM with a subkey of `key`, authenticating `associated_data`.
Result<std::string> EncryptToken(const SecretKey& key, std::string_view plaintext,
                                 std::string_view associated_data);
// Wrong key, wrong associated data or any change to the token -> DataLoss.
Result<std::string> DecryptToken(const SecretKey& key, std::string_view token,
                                 std::string_view associated_data);

// The hash operator's digest before encoding: HMAC-SHA256 of `value` under a
// subkey of `key` (32 raw bytes).
Result<std::string> KeyedHash(const SecretKey& key, std::string_view value);

}  // namespace convoguard
