// The audit log: append-only, hash-chained, with checkpoints signed by a key
// from the keyring. Format: docs/formats/audit-log.md.
//
//   auto log = convoguard::AuditLog::Open({.path = dir + "/audit.log", .keyring = keyring.get()});
//   (*log)->Append({.type = "policy.block", .actor = "gateway", .tenant = "acme",
//                   .fields = {{"detector", "CREDIT_CARD"}, {"rule", "block-cards"}}});
//   (*log)->Flush();  // durability point: everything appended before is fsynced
//
// What belongs here: key operations, admin actions, conversation reads,
// exports and erasures (who, when, the stated reason), policy blocks (the
// detector and rule, NEVER the matched content) and authentication failures.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "convoguard/keyring.h"
#include "convoguard/status.h"

namespace convoguard {

// Event types in use (free-form strings, dot-separated, [a-z0-9._-]):
//   key.rotate key.rewrap key.retire key.init admin.*
//   conversation.read subject.export subject.erase retention.purge
//   policy.block auth.failure
struct AuditEvent {
  std::string type;
  std::string actor;    // who acted: a role and/or user name, "gateway", "retention-job"
  std::string tenant;   // may be empty
  std::string target;   // conversation id, subject id, key version...; may be empty
  std::string reason;   // the reason the actor stated, if any
  std::vector<std::pair<std::string, std::string>> fields;  // extra facts; never content
  int64_t time_unix_ms = 0;  // 0: the time Append is called
};

struct AuditLogOptions {
  std::string path;
  Keyring* keyring = nullptr;  // REQUIRED; must outlive the log. Signs checkpoints.
  uint64_t checkpoint_every = 1000;  // a signed checkpoint after this many records
  size_t max_queued = size_t{1} << 20;  // Append fails (ResourceExhausted) beyond this
};

// Thread safety: Append and Flush may be called from any thread. Several
// processes may append to one file: each batch is written under flock and
// chained onto whatever the file ends with.
class AuditLog {
 public:
  // Opens or creates the file (0600). A torn last line (a crash during a
  // write that was never acknowledged) is cut off.
  static Result<std::unique_ptr<AuditLog>> Open(const AuditLogOptions& options);
  // Writes a final checkpoint and flushes.
  ~AuditLog();
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  // Never blocks on I/O: validates and queues the event; a background thread
  // chains, writes and fsyncs it. Invalid event -> InvalidArgument; full
  // queue or a failed log -> ResourceExhausted / Unavailable (fail closed:
  // callers that must audit should refuse the action).
  Status Append(AuditEvent event);
  // Blocks until every event appended before this call is on disk (written
  // and fdatasync'ed). Returns the first write error, if any.
  Status Flush();
  // Appends a signed checkpoint now and flushes.
  Status Checkpoint();
  // Audit retention: removes the records older than `cutoff_unix_ms`, up to
  // the newest verifiable checkpoint before the cutoff, which becomes the
  // first line and anchors the rest of the chain (verify reports where the
  // log starts). Returns the number of lines removed. The file is replaced
  // atomically; other writers follow it. The caller records the purge
  // (ConversationStore::PurgeExpired does).
  Result<uint64_t> Prune(int64_t cutoff_unix_ms);

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

// Checks the whole chain: hashes, sequence numbers, links, checkpoint
// signatures and the head file. Modified, deleted, reordered or inserted
// records are reported as the first bad line. I/O errors are a Status.
Result<AuditVerifyReport> VerifyAuditLog(const std::string& path, Keyring& keyring);

// Writes every record as one JSON object per line (for a SIEM), each with its
// "hash". Records from `from_seq` on. Does not verify; run VerifyAuditLog.
Status ExportAuditLog(const std::string& path, uint64_t from_seq, std::ostream& out);

}  // namespace convoguard
