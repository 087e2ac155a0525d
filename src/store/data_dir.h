// Opens the keyring, the audit log and the conversation store of one data
// directory, the layout the CLI and the gateway share (docs/storage.md):
//
//   <dir>/keyring.json       KEK key file (0600; created on first start)
//   <dir>/audit/             audit log: system.log, tenant-<name>.log (+ .head)
//                            per chain; legacy.log: a migrated audit.log
//   <dir>/conversations.db   records (SQLite backend)
//   <dir>/subject-keys.db    wrapped subject keys (SQLite backend)
//
// The keyring passphrase, if any, comes from passphrase_file or else the
// environment variable CONVOGUARD_KEYRING_PASSPHRASE. With a PKCS#11 token
// configured, keyring.json is not used.
#pragma once

#include <memory>
#include <string>

#include "convoguard/audit.h"
#include "convoguard/keyring.h"
#include "convoguard/store.h"

namespace convoguard::store {

struct DataDirOptions {
  std::string dir;
  std::string passphrase_file;
  std::string postgres_conninfo;  // non-empty: records and keys in PostgreSQL
  bool create = false;            // create the directory and the key file if missing
  // Non-empty token label: the KEKs live on this PKCS#11 token instead of in
  // keyring.json (whose passphrase options are then unused).
  Pkcs11Options pkcs11{.token_label = ""};
};

// Destroyed in reverse order: the store, then the audit log, then the keyring.
struct DataDir {
  std::unique_ptr<Keyring> keyring;
  std::unique_ptr<AuditLog> audit;
  std::unique_ptr<ConversationStore> store;  // only from OpenDataDirStore
};

// Opens the keyring and the audit log, first moving a previous-format
// <dir>/audit.log into the audit directory as its legacy chain.
Result<DataDir> OpenDataDir(const DataDirOptions& options);
// "<dir>/audit".
std::string AuditDir(const DataDirOptions& options);
// OpenDataDir, then the store with `config`'s policy (paths and pointers are filled in).
Result<DataDir> OpenDataDirStore(const DataDirOptions& options, StoreConfig config);

// Loads a role credential (key-file format, see Keyring::CheckRole) and
// checks it. A missing, unreadable or wrong credential is audited as
// auth.failure and returned as an error ("permission denied ...").
Status RequireRole(DataDir& d, std::string_view role, const std::string& credential_file, const std::string& actor);

}  // namespace convoguard::store
