#include "store/data_dir.h"

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>

#include "keyring/envelope.h"

namespace convoguard::store {
namespace {

Result<std::string> Passphrase(const DataDirOptions& o) {
  if (!o.passphrase_file.empty()) {
    std::ifstream in(o.passphrase_file, std::ios::binary);
    if (!in) return Status::NotFound("cannot read passphrase file " + o.passphrase_file);
    std::string p;
    std::getline(in, p);
    if (p.empty()) return Status::InvalidArgument("passphrase file " + o.passphrase_file + " is empty");
    return p;
  }
  const char* env = std::getenv("CONVOGUARD_KEYRING_PASSPHRASE");
  return std::string(env ? env : "");
}

}  // namespace

std::string AuditDir(const DataDirOptions& o) { return o.dir + "/audit"; }

Result<DataDir> OpenDataDir(const DataDirOptions& o) {
  if (o.dir.empty()) return Status::InvalidArgument("no data directory given (--data-dir or CONVOGUARD_DATA_DIR)");
  if (o.create) ::mkdir(o.dir.c_str(), 0700);
  struct stat st {};
  if (::stat(o.dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return Status::NotFound("data directory " + o.dir + " does not exist");
  }
  Result<std::unique_ptr<KekProvider>> provider = Status::Internal("no provider");
  if (!o.pkcs11.token_label.empty()) {
    provider = Pkcs11Provider::Open(o.pkcs11);
  } else {
    auto pass = Passphrase(o);
    if (!pass.ok()) return pass.status();
    LocalKeyFileOptions ko{.path = o.dir + "/keyring.json", .passphrase = *pass};
    provider = o.create ? LocalKeyFileProvider::OpenOrCreate(ko) : LocalKeyFileProvider::OpenExisting(ko);
    keyring::Wipe(*pass);
    keyring::Wipe(ko.passphrase);
  }
  if (!provider.ok()) return provider.status();
  DataDir d;
  auto ring = Keyring::Open(std::move(*provider));
  if (!ring.ok()) return ring.status();
  d.keyring = std::move(*ring);
  // A log of the previous format (one audit.log for every tenant) becomes
  // the read-only legacy chain (docs/formats/audit-log.md, "Migration").
  if (Status m = MigrateSingleFileAuditLog(o.dir + "/audit.log", AuditDir(o)); !m.ok()) return m;
  auto audit = AuditLog::Open({.dir = AuditDir(o), .keyring = d.keyring.get()});
  if (!audit.ok()) return audit.status();
  d.audit = std::move(*audit);
  return d;
}

Result<DataDir> OpenDataDirStore(const DataDirOptions& o, StoreConfig config) {
  auto d = OpenDataDir(o);
  if (!d.ok()) return d.status();
  if (o.postgres_conninfo.empty()) {
    config.backend = "sqlite";
    config.sqlite_path = o.dir + "/conversations.db";
    config.sqlite_key_store_path = o.dir + "/subject-keys.db";
  } else {
    config.backend = "postgres";
    config.postgres_conninfo = o.postgres_conninfo;
  }
  config.keyring = d->keyring.get();
  config.audit = d->audit.get();
  auto store = ConversationStore::Open(config);
  if (!store.ok()) return store.status();
  d->store = std::move(*store);
  return d;
}

Status RequireRole(DataDir& d, std::string_view role, const std::string& credential_file, const std::string& actor) {
  Status s;
  if (credential_file.empty()) {
    s = Status::FailedPrecondition("permission denied: this needs the " + std::string(role) +
                                   " credential (--credential FILE)");
  } else {
    auto cred = SecretKey::FromKeyFile(credential_file);
    s = cred.ok() ? d.keyring->CheckRole(role, *cred)
                  : Status::FailedPrecondition("permission denied: " + cred.status().message());
  }
  if (!s.ok()) {
    Status a = d.audit->Append({.type = "auth.failure", .actor = actor, .fields = {{"role", std::string(role)},
                                                                                   {"reason", s.message()}}});
    Status f = d.audit->Flush();
    if (!a.ok() || !f.ok()) return Status::Unavailable(s.message() + " (and the failure could not be audited)");
  }
  return s;
}

}  // namespace convoguard::store
