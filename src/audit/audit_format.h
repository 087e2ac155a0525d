// Pieces of the audit log format shared by the writer and the verifier.
// docs/formats/audit-log.md.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "convoguard/audit.h"
#include "convoguard/status.h"

namespace convoguard::audit {

inline constexpr std::string_view kHashDomain = "convoguard.audit/v1\n";
inline constexpr std::string_view kSystemChain = "system";
inline constexpr std::string_view kLegacyChain = "legacy";
inline constexpr std::string_view kTenantPrefix = "tenant-";
inline constexpr std::string_view kChainCreateType = "audit.chain.create";

// Lowercase hex SHA-256 of kHashDomain + body.
std::string RecordHash(std::string_view body);
// What a checkpoint's signature covers. The legacy chain uses v1
// ("convoguard.audit.checkpoint/v1:<seq>:<prev>"); every other chain v2,
// which also binds the chain's name.
std::string CheckpointMessage(const AuditChain& chain, uint64_t seq, std::string_view prev);

// "<dir>/<chain name>.log"; the head file is that plus ".head".
std::string ChainPath(const std::string& dir, std::string_view chain_name);

struct ParsedLine {
  std::string hash;
  std::string body;
  nlohmann::json json;
  uint64_t seq = 0;
  std::string prev;
};
// Splits "<hash> <json>" and checks the required fields; DataLoss if malformed.
Result<ParsedLine> ParseLine(std::string_view line);

// Whether a checkpoint line's signature verifies for `chain`.
Status VerifyCheckpoint(const ParsedLine& p, const AuditChain& chain, Keyring& keyring);

// fsyncs the directory, so that a file created or renamed in it survives a
// crash; best effort (errors are ignored: the data itself was synced).
void SyncDir(const std::string& dir);

}  // namespace convoguard::audit
