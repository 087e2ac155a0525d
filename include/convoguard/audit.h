// The audit log: append-only, hash-chained, with checkpoints signed by a key
// from the keyring. One hash chain per tenant, so each tenant's audit
// records can be kept for that tenant's retention. Format:
// docs/formats/audit-log.md.
//
//   auto log = convoguard::AuditLog::Open({.dir = data_dir + "/audit", .keyring = keyring.get()});
//   (*log)->Append({.type = "policy.block", .actor = "gateway", .tenant = "acme",
//                   .fields = {{"detector", "CREDIT_CARD"}, {"rule", "block-cards"}}});
//   (*log)->Flush();  // durability point: everything appended before is fsynced
//
// Each event goes to the chain of its `tenant`: "<dir>/tenant-<encoded>.log";
// events without a tenant (key operations, admin actions, CLI authentication
// failures) go to "<dir>/system.log". A single-file log of the previous
// format becomes the read-only chain "legacy" (MigrateSingleFileAuditLog).
//
// What belongs here: key operations, admin actions, conversation reads,
// exports and erasures (who, when, the stated reason), policy blocks (the
// detector and rule, NEVER the matched content) and authentication failures.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "convoguard/keyring.h"
#include "convoguard/status.h"

namespace convoguard {

// Event types in use (free-form strings, dot-separated, [a-z0-9._-]):
//   key.rotate key.rewrap key.retire key.init admin.*
//   conversation.read subject.export subject.erase retention.purge
//   policy.block auth.failure audit.chain.create
struct AuditEvent {
  std::string type;
  std::string actor;    // who acted: a role and/or user name, "gateway", "retention-job"
  std::string tenant;   // may be empty (the system chain); valid UTF-8 without control characters
  std::string target;   // conversation id, subject id, key version...; may be empty
  std::string reason;   // the reason the actor stated, if any
  std::vector<std::pair<std::string, std::string>> fields;  // extra facts; never content
  int64_t time_unix_ms = 0;  // 0: the time Append is called
};

// One hash chain of the log.
struct AuditChain {
  std::string name;     // file stem: "system", "legacy", or "tenant-<encoded tenant>"
  std::string tenant;   // the tenant whose events it holds; "" for system and legacy
  bool legacy = false;  // the previous format's single file: read-only, v1 checkpoints
};

// The chain name of a tenant's events: "system" for "", else "tenant-" and
// the tenant with every byte outside [a-z0-9_-] written as %XX, so it is a
// safe file name ('/', '.', NUL, ".." cannot appear). Names whose encoding is
// longer than 150 bytes keep 100 bytes of it and add "~" and 32 hex digits of
// the tenant's SHA-256 (at most 140 bytes in all).
std::string AuditChainName(std::string_view tenant);

// The chains present in `dir` (files "<name>.log"), sorted by name. A tenant
// chain's tenant is read from its first record. Files with other names are
// not chains and are ignored. NotFound if `dir` does not exist.
Result<std::vector<AuditChain>> ListAuditChains(const std::string& dir);

// Migration from the previous format (one file for every tenant): moves
// `old_path` (and "<old_path>.head") to "<dir>/legacy.log(.head)", creating
// `dir`. The legacy chain keeps its hashes and v1 checkpoint signatures, is
// verified and exported like the others, and is never appended to again;
// retention prunes it with the default audit retention. No-op if `old_path`
// does not exist. Stop every process that writes the old file first.
Status MigrateSingleFileAuditLog(const std::string& old_path, const std::string& dir);

struct AuditLogOptions {
  std::string dir;             // the chain directory; created (0700) if missing
  Keyring* keyring = nullptr;  // REQUIRED; must outlive the log. Signs checkpoints.
  uint64_t checkpoint_every = 1000;  // a signed checkpoint after this many records of a chain
  size_t max_queued = size_t{1} << 20;  // Append fails (ResourceExhausted) beyond this
  // Chain files kept open by the writer; the least recently used beyond this
  // is closed (after a signed checkpoint) and reopened when needed.
  size_t max_open_chains = 128;
};

// Thread safety: Append and Flush may be called from any thread. Several
// processes may append to one directory: each batch is written to each chain
// under that file's flock and chained onto whatever the file ends with.
class AuditLog {
 public:
  // Creates the directory if needed. Chain files are opened (0600) when the
  // first event for them is written; a torn last line (a crash during a
  // write that was never acknowledged) is then cut off.
  static Result<std::unique_ptr<AuditLog>> Open(const AuditLogOptions& options);
  // Writes a final checkpoint on every chain it wrote to, and flushes.
  ~AuditLog();
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  // Never blocks on I/O: validates and queues the event; a background thread
  // routes it to its tenant's chain, chains, writes and fsyncs it. Invalid
  // event -> InvalidArgument; full queue or a failed log ->
  // ResourceExhausted / Unavailable (fail closed: callers that must audit
  // should refuse the action). The first event of a new tenant chain also
  // writes an audit.chain.create record to the system chain, so deleting a
  // whole tenant chain is detected by VerifyAuditLog.
  Status Append(AuditEvent event);
  // Blocks until every event appended before this call is on disk (written
  // and fdatasync'ed). Returns the first write error, if any.
  Status Flush();
  // Appends a signed checkpoint to every chain this log has open whose last
  // record is not one, and flushes. Run it periodically: retention can only
  // cut a chain at a checkpoint (ConversationStore::PurgeExpired does).
  Status Checkpoint();

  // ListAuditChains of the log's directory.
  Result<std::vector<AuditChain>> Chains() const;
  // Audit retention of one chain: finds its first event (checkpoints do not
  // count) not older than `cutoff_unix_ms`, and removes every line before
  // the newest verifiable checkpoint preceding it; that checkpoint becomes
  // the first line and anchors the rest of the chain (verify reports where
  // the chain starts). Returns the number of lines removed (0 if the chain
  // file does not exist). The file is
  // replaced atomically; other writers follow it. Other chains are not
  // touched. The caller records the purge (ConversationStore::PurgeExpired
  // does, in the pruned chain).
  Result<uint64_t> Prune(const AuditChain& chain, int64_t cutoff_unix_ms);

  struct Impl;

 private:
  explicit AuditLog(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct AuditVerifyReport {
  bool ok = false;
  uint64_t records = 0;            // lines read
  uint64_t checkpoints_verified = 0;
  uint64_t first_bad_line = 0;     // 1-based; 0 when ok
  uint64_t last_checkpoint_seq = 0;
  uint64_t first_seq = 0;          // > 1 when older records were pruned by retention
  std::string problem;             // what is wrong with the first bad record
  std::string warning;             // e.g. records after the last checkpoint
};

// Checks one chain: hashes, sequence numbers, links, checkpoint signatures
// (bound to the chain's name), that every record belongs to the chain's
// tenant, and the head file. Modified, deleted, reordered or inserted records
// are reported as the first bad line. I/O errors are a Status.
Result<AuditVerifyReport> VerifyAuditChain(const std::string& dir, const AuditChain& chain, Keyring& keyring);

struct AuditChainReport {
  AuditChain chain;
  AuditVerifyReport report;
};
struct AuditLogReport {
  bool ok = false;                       // every chain ok and none missing
  std::vector<AuditChainReport> chains;  // ListAuditChains order
  // Chains the system chain says were created (audit.chain.create) whose
  // file is gone: a deleted tenant chain.
  std::vector<std::string> missing_chains;
};
// Verifies every chain in `dir`, and that no chain announced in the system
// chain is missing.
Result<AuditLogReport> VerifyAuditLog(const std::string& dir, Keyring& keyring);

struct AuditExportOptions {
  std::optional<std::string> chain;  // only this chain (a name from ListAuditChains)
  uint64_t from_seq = 1;             // in each chain, records from this seq on
};
// Writes the records as one JSON object per line (for a SIEM), each with its
// "hash" and its "chain". Chains are merged by record time; records of one
// chain keep their order. Does not verify; run VerifyAuditLog.
Status ExportAuditLog(const std::string& dir, const AuditExportOptions& options, std::ostream& out);

}  // namespace convoguard
