// The encrypted conversation store: what the gateway keeps about a
// conversation, per tenant policy, on SQLite (embedded default, WAL) or
// PostgreSQL (shared deployments). Same schema and behaviour on both.
//
//   StoreConfig config;
//   config.sqlite_path = dir + "/conversations.db";
//   config.sqlite_key_store_path = dir + "/subject-keys.db";
//   config.keyring = keyring.get();
//   config.audit = audit.get();
//   config.default_policy = {.mode = StoreMode::kFull};
//   auto store = ConversationStore::Open(config);
//   std::future<Status> durable = (*store)->Append(std::move(record));  // never blocks
//   ...
//   durable.get();  // ok once the record is committed and fsynced
//
// Encryption: each subject (the end user a conversation belongs to) has its
// own data key (DEK), stored only wrapped by the keyring's KEK, in a key
// store kept apart from the records. Transcripts and vaults are AES-256-GCM
// under the DEK with tenant and conversation bound as associated data.
// Erasing a subject destroys its DEK, so every copy of its records
// (backups of the conversation database included) stays unreadable.
// Formats and recovery: docs/formats/store.md; operations: docs/storage.md.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "convoguard/audit.h"
#include "convoguard/keyring.h"
#include "convoguard/pseudonym_vault.h"
#include "convoguard/status.h"

namespace convoguard {

// What is stored for a tenant.
enum class StoreMode {
  kNothing,   // nothing at all
  kMetadata,  // ids, tenant, model, token counts, which detectors fired; no content
  kRedacted,  // metadata + the (redacted) transcript, encrypted
  kFull,      // metadata + transcript + the pseudonym vault, both encrypted
};
const char* StoreModeName(StoreMode m);
Result<StoreMode> ParseStoreMode(std::string_view name);  // "nothing", "metadata", "redacted", "full"

struct TenantPolicy {
  StoreMode mode = StoreMode::kMetadata;
  // Retention per data class, in seconds; 0 keeps forever. Transcript
  // retention removes content and vault but keeps the metadata row;
  // metadata retention removes the row; audit retention prunes the tenant's
  // audit chain (AuditLog::Prune). The default policy's audit retention also
  // applies to the system chain and the legacy chain.
  int64_t transcript_retention_seconds = 0;
  int64_t metadata_retention_seconds = 0;
  int64_t audit_retention_seconds = 0;
};

// The longest tenant and conversation id a record may hold, and the longest
// subject id and model name (256 characters of UTF-8); longer ones are
// refused with InvalidArgument.
inline constexpr size_t kMaxRecordIdBytes = 256;
inline constexpr size_t kMaxSubjectIdBytes = 1024;

struct ConversationRecord {
  std::string tenant;           // REQUIRED, <= kMaxRecordIdBytes
  std::string conversation_id;  // REQUIRED, <= kMaxRecordIdBytes
  std::string subject_id;       // the end user, <= kMaxSubjectIdBytes; empty: the conversation is its own subject
  int64_t created_unix_ms = 0;  // 0: now
  std::string model;            // <= kMaxSubjectIdBytes
  int64_t prompt_tokens = 0;
  int64_t completion_tokens = 0;
  std::vector<std::string> detectors;  // entity types / rules that fired
  std::string transcript;              // as the gateway has it (redacted text); <= 64 MiB
  std::shared_ptr<const PseudonymVault> vault;  // kFull only; scope id must be conversation_id
};

// One stored record, decrypted.
struct StoredRecord {
  int64_t id = 0;
  ConversationRecord record;  // transcript empty if not stored or purged
  StoreMode mode = StoreMode::kMetadata;
  bool content_present = false;
  std::string restored_transcript;  // transcript with the vault's originals put back (kFull)
};

struct PurgeReport {
  uint64_t transcripts_purged = 0;
  uint64_t metadata_rows_deleted = 0;
  uint64_t audit_lines_pruned = 0;
};

struct RewrapReport {
  uint64_t rewrapped = 0;
  uint64_t already_current = 0;
};

struct StoreConfig {
  // Backend: "sqlite" (default) or "postgres".
  std::string backend = "sqlite";
  std::string sqlite_path;            // conversation database (WAL)
  std::string sqlite_key_store_path;  // wrapped subject keys; keep it out of the records' backups
  std::string postgres_conninfo;      // libpq connection string
  Keyring* keyring = nullptr;         // REQUIRED, must outlive the store
  AuditLog* audit = nullptr;          // REQUIRED, must outlive the store
  TenantPolicy default_policy;
  std::map<std::string, TenantPolicy> tenant_policies;
  // Group commit: a batch closes when it has max_batch records or the writer
  // finds the queue empty. Append fails fast beyond max_queued.
  size_t max_batch = 2048;
  size_t max_queued = 65536;
  // With a commit_delay the writer, once it has a record, waits up to this
  // long for more before committing (a Flush, a full batch or closing ends
  // the wait early), and Appends meanwhile do not wake it: at a few thousand
  // requests/s one transaction and fsync per few milliseconds instead of one
  // per record. A record's durability point comes up to this much later.
  std::chrono::milliseconds commit_delay{0};
  // Called on the writer thread, once per record queued with Submit whose
  // write then failed (the batch's transaction, its subject key or its
  // encryption), with the record's conversation id and the error; Append's
  // callers get the error from their future instead. Must not call back
  // into the store.
  std::function<void(const std::string& conversation_id, const Status&)> on_submit_failed;
};

// Thread safety: every method may be called from any thread.
class ConversationStore {
 public:
  // Opens (creating the schema if needed) and starts the writer thread.
  static Result<std::unique_ptr<ConversationStore>> Open(const StoreConfig& config);
  virtual ~ConversationStore() = default;  // flushes what is queued

  // Never blocks on I/O. The future becomes ok at the durability point: the
  // record's batch transaction has committed and the database has fsynced it
  // (SQLite WAL with synchronous=FULL; PostgreSQL COMMIT with its default
  // synchronous_commit=on). Errors: InvalidArgument (bad record),
  // ResourceExhausted (queue full), or the write's error. A record the
  // tenant's policy does not store resolves ok at once.
  virtual std::future<Status> Append(ConversationRecord record) = 0;
  // Append for a caller that never waits for the durability point (the
  // gateway): no promise is made and resolved per record (an allocation
  // and a futex wake on the writer thread). The result is Append's error
  // when the record is not queued (InvalidArgument, ResourceExhausted,
  // closing), else ok; a failed write later goes to
  // StoreConfig::on_submit_failed.
  virtual Status Submit(ConversationRecord record) = 0;
  // Waits until everything appended before the call is durable.
  virtual Status Flush() = 0;

  // Reading content is audited (conversation.read with actor and reason).
  // REQUIRES a non-empty reason.
  virtual Result<std::vector<StoredRecord>> ReadConversation(const std::string& tenant,
                                                             const std::string& conversation_id,
                                                             const std::string& actor,
                                                             const std::string& reason) = 0;
  // Data-subject export: everything stored about a subject, decrypted, as
  // one JSON document (docs/formats/store.md). Audited (subject.export).
  // Export and erase, like reads, REQUIRE a non-empty reason.
  virtual Result<std::string> ExportSubject(const std::string& tenant, const std::string& subject_id,
                                            const std::string& actor, const std::string& reason) = 0;
  // Destroys the subject's data key, then deletes its rows. Audited
  // (subject.erase). Idempotent.
  virtual Status EraseSubject(const std::string& tenant, const std::string& subject_id,
                              const std::string& actor, const std::string& reason) = 0;
  // Deletes what the tenants' retention has expired at `now_unix_ms`, one
  // audit record (retention.purge) per deleted item, in the tenant's audit
  // chain. Then prunes each audit chain with its tenant's audit retention
  // (one retention.purge record in that chain per pruned chain), and signs a
  // checkpoint on every chain the log has open, so the next prune can cut
  // right after what is written now.
  virtual Result<PurgeReport> PurgeExpired(int64_t now_unix_ms) = 0;

  // Key management (the CLI checks the key-admin role before calling).
  // Rewrap: every subject key not under the primary KEK is unwrapped and
  // wrapped again under it; record ciphertexts are untouched.
  virtual Result<RewrapReport> RewrapSubjectKeys(const std::string& actor) = 0;
  // Scheduled rotation (the period is set by the key-admin, `keys rotate
  // --rotation-days`): rotates if due and audits it (key.rotate, actor
  // "schedule"). Call it from the same periodic job as PurgeExpired.
  virtual Result<bool> RotateKeysIfDue(int64_t now_unix) = 0;
  // Count of wrapped subject keys per KEK version.
  virtual Result<std::map<uint32_t, uint64_t>> SubjectKeysByKekVersion() = 0;
  // Retires KEK versions below `min_version` after checking that no subject
  // key is still wrapped under them (FailedPrecondition: rewrap first). Audited.
  virtual Status RetireKekVersions(uint32_t min_version, const std::string& actor) = 0;
};

}  // namespace convoguard
