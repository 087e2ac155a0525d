// The storage seam under ConversationStore: rows in, rows out. The store
// does all encryption and policy; a backend only runs SQL. Both backends
// create the same schema (docs/formats/store.md).
//
// Thread safety: none; the store serialises every call.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "convoguard/status.h"

namespace convoguard::store {

struct RecordRow {
  int64_t id = 0;
  std::string tenant;
  std::string conversation_id;
  std::string subject_id;
  int64_t created_ms = 0;
  std::string model;
  int64_t prompt_tokens = 0;
  int64_t completion_tokens = 0;
  std::string detectors;  // JSON array
  std::string mode;       // StoreModeName
  uint32_t dek_version = 0;
  std::optional<std::string> content;  // EncryptRecord envelope
  std::optional<std::string> vault;    // PseudonymVault::Serialize under the DEK
};

struct SubjectKeyRow {
  std::string tenant;
  std::string subject_id;
  uint32_t dek_version = 1;
  uint32_t kek_version = 0;
  std::string wrapped;  // Keyring::WrapKey output
  int64_t created_ms = 0;
};

struct DeletedRow {
  int64_t id = 0;
  std::string conversation_id;
  std::string subject_id;
};

class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string name() const = 0;

  virtual Result<std::optional<SubjectKeyRow>> GetSubjectKey(const std::string& tenant,
                                                             const std::string& subject) = 0;
  // One durable transaction in the key store. A key that exists already -> FailedPrecondition.
  virtual Status InsertSubjectKeys(const std::vector<SubjectKeyRow>& keys) = 0;
  virtual Result<std::vector<SubjectKeyRow>> ListSubjectKeys() = 0;
  // Replaces the wrapping of one key (rewrap), only if it still has `old_wrapped`.
  virtual Status UpdateWrappedKey(const SubjectKeyRow& key, const std::string& old_wrapped) = 0;
  virtual Status DeleteSubjectKey(const std::string& tenant, const std::string& subject) = 0;

  // One durable transaction.
  virtual Status InsertRecords(const std::vector<RecordRow>& rows) = 0;
  // column: "subject_id" or "conversation_id". Ordered by id.
  virtual Result<std::vector<RecordRow>> SelectRecords(const std::string& tenant, const std::string& column,
                                                       const std::string& value) = 0;
  virtual Result<uint64_t> DeleteSubjectRecords(const std::string& tenant, const std::string& subject) = 0;
  virtual Result<std::vector<std::string>> Tenants() = 0;
  // Sets content and vault to NULL where created_ms < cutoff and content is present.
  virtual Result<std::vector<DeletedRow>> PurgeTranscripts(const std::string& tenant, int64_t cutoff_ms) = 0;
  // Deletes rows with created_ms < cutoff.
  virtual Result<std::vector<DeletedRow>> DeleteMetadata(const std::string& tenant, int64_t cutoff_ms) = 0;
};

// Two files: the records (WAL, synchronous=FULL, secure_delete) and the key store.
Result<std::unique_ptr<Backend>> OpenSqliteBackend(const std::string& path, const std::string& key_store_path);
// One database; the key store is the subject_keys table (docs/storage.md on backups).
Result<std::unique_ptr<Backend>> OpenPostgresBackend(const std::string& conninfo);

}  // namespace convoguard::store
