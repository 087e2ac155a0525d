// convoguard keys init|status|rotate|rewrap|retire: key management for the
// conversation store. Everything but init and status needs the key-admin
// credential (--credential FILE), which the operator who runs the gateway
// does not hold; see docs/storage.md "Roles". Every operation is audited.
//
//   convoguard keys init --data-dir D --admin-credential-out A --reader-credential-out R
//   convoguard keys status --data-dir D
//   convoguard keys rotate --data-dir D --credential A [--rotation-days N]
//   convoguard keys rewrap --data-dir D --credential A
//   convoguard keys retire --data-dir D --credential A --min-version N
#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>

#include "cli/commands.h"
#include "cli/storage_flags.h"
#include "store/data_dir.h"

namespace convoguard::cli {
namespace {

// Writes a fresh credential to a new file (0600); refuses to overwrite.
Status WriteCredential(const std::string& path, const SecretKey& key) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return Status::FailedPrecondition("cannot create " + path + ": " + std::strerror(errno));
  std::string text = key.ToKeyFile();
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  std::fill(text.begin(), text.end(), '\0');
  return ok ? Status::Ok() : Status::Unavailable("cannot write " + path);
}

struct KeysFlags {
  StorageFlags storage;
  std::string admin_out, reader_out;
  int64_t rotation_days = -1;
  uint32_t min_version = 0;
};

int Init(KeysFlags& f) {
  f.storage.create = true;
  auto d = store::OpenDataDir(f.storage.Options());
  if (!d.ok()) return Fail(d.status());
  KeyringState st = d->keyring->state();
  if (!st.role_verifiers.empty()) {
    return Fail(Status::FailedPrecondition("the keyring has role credentials already; init does not replace them"));
  }
  if (f.admin_out.empty() || f.reader_out.empty()) {
    return Fail(Status::InvalidArgument("init needs --admin-credential-out and --reader-credential-out"));
  }
  auto admin = SecretKey::Generate();
  auto reader = SecretKey::Generate();
  if (!admin.ok() || !reader.ok()) return Fail(Status::Internal("cannot generate credentials"));
  for (auto [path, key, role] : {std::tuple{&f.admin_out, &*admin, kRoleKeyAdmin},
                                 std::tuple{&f.reader_out, &*reader, kRoleReader}}) {
    Status s = WriteCredential(*path, *key);
    if (!s.ok()) return Fail(s);
    s = d->keyring->SetRoleCredential(role, *key);
    if (!s.ok()) return Fail(s);
  }
  Status a = d->audit->Append({.type = "key.init", .actor = f.storage.Actor(),
                               .fields = {{"provider", d->keyring->provider_name()},
                                          {"primary", std::to_string(d->keyring->primary_version())}}});
  if (a.ok()) a = d->audit->Flush();
  if (!a.ok()) return Fail(a);
  std::cout << "keyring " << f.storage.data_dir << "/keyring.json ready, primary KEK version "
            << d->keyring->primary_version() << "\nkey-admin credential: " << f.admin_out
            << "\nreader credential:    " << f.reader_out << "\n";
  return kExitClean;
}

int StatusCmd(KeysFlags& f) {
  auto d = store::OpenDataDirStore(f.storage.Options(), {});
  if (!d.ok()) return Fail(d.status());
  KeyringState st = d->keyring->state();
  auto usage = d->store->SubjectKeysByKekVersion();
  if (!usage.ok()) return Fail(usage.status());
  std::cout << "provider: " << d->keyring->provider_name() << "\nprimary version: " << st.primary
            << "\nminimum decryption version: " << st.min_decryption_version << "\nrotation period: "
            << (st.rotation_period_seconds > 0 ? std::to_string(st.rotation_period_seconds / 86400) + " days"
                                               : std::string("on demand only"))
            << "\nversions:\n";
  for (const KekVersion& v : st.versions) {
    char when[32];
    time_t t = static_cast<time_t>(v.created_unix);
    struct tm tm {};
    gmtime_r(&t, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    uint64_t n = usage->count(v.version) ? usage->at(v.version) : 0;
    std::cout << "  v" << v.version << "  created " << when << "  subject keys wrapped: " << n
              << (v.version == st.primary ? "  (primary)" : "") << "\n";
  }
  std::cout << "roles configured:";
  for (const auto& [role, verifier] : st.role_verifiers) std::cout << " " << role;
  std::cout << (st.role_verifiers.empty() ? " none (run keys init)" : "") << "\n";
  return kExitClean;
}

int Rotate(KeysFlags& f) {
  auto d = store::OpenDataDir(f.storage.Options());
  if (!d.ok()) return Fail(d.status());
  Status s = store::RequireRole(*d, kRoleKeyAdmin, f.storage.credential, f.storage.Actor());
  if (!s.ok()) return Fail(s);
  if (f.rotation_days >= 0) {
    s = d->keyring->SetRotationPeriod(f.rotation_days * 86400);
    if (!s.ok()) return Fail(s);
  }
  auto v = d->keyring->Rotate(static_cast<int64_t>(::time(nullptr)));
  if (!v.ok()) return Fail(v.status());
  s = d->audit->Append({.type = "key.rotate", .actor = f.storage.Actor(), .target = "kek-v" + std::to_string(*v),
                        .fields = {{"primary", std::to_string(*v)}}});
  if (s.ok()) s = d->audit->Flush();
  if (!s.ok()) return Fail(s);
  std::cout << "rotated: primary KEK version is now " << *v << "\n";
  return kExitClean;
}

int Rewrap(KeysFlags& f) {
  auto d = store::OpenDataDirStore(f.storage.Options(), {});
  if (!d.ok()) return Fail(d.status());
  Status s = store::RequireRole(*d, kRoleKeyAdmin, f.storage.credential, f.storage.Actor());
  if (!s.ok()) return Fail(s);
  auto r = d->store->RewrapSubjectKeys(f.storage.Actor());
  if (!r.ok()) return Fail(r.status());
  std::cout << "rewrapped " << r->rewrapped << " subject key(s) under KEK version " << d->keyring->primary_version()
            << " (" << r->already_current << " already current)\n";
  return kExitClean;
}

int Retire(KeysFlags& f) {
  auto d = store::OpenDataDirStore(f.storage.Options(), {});
  if (!d.ok()) return Fail(d.status());
  Status s = store::RequireRole(*d, kRoleKeyAdmin, f.storage.credential, f.storage.Actor());
  if (!s.ok()) return Fail(s);
  s = d->store->RetireKekVersions(f.min_version, f.storage.Actor());
  if (!s.ok()) return Fail(s);
  std::cout << "retired: KEK versions below " << f.min_version << " are destroyed\n";
  return kExitClean;
}

}  // namespace

void RegisterKeyringSubcommands(CLI::App& keys, Command& chosen) {
  auto flags = std::make_shared<KeysFlags>();
  auto add = [&](const char* name, const char* help, int (*fn)(KeysFlags&)) {
    CLI::App* c = keys.add_subcommand(name, help);
    AddStorageFlags(*c, flags->storage);
    c->callback([&chosen, flags, fn] { chosen.run = [flags, fn] { return fn(*flags); }; });
    return c;
  };
  CLI::App* init = add("init", "Create the keyring and the key-admin and reader credentials", Init);
  init->add_option("--admin-credential-out", flags->admin_out, "New file for the key-admin credential")->required();
  init->add_option("--reader-credential-out", flags->reader_out, "New file for the reader credential")->required();
  add("status", "Show KEK versions, the primary, the minimum decryption version and key usage", StatusCmd);
  CLI::App* rotate = add("rotate", "Add a KEK version and make it primary (key-admin)", Rotate);
  rotate->add_option("--rotation-days", flags->rotation_days, "Also set the scheduled rotation period (0: off)");
  add("rewrap", "Rewrap every subject key under the primary KEK (key-admin)", Rewrap);
  CLI::App* retire = add("retire", "Destroy KEK versions below --min-version (key-admin)", Retire);
  retire->add_option("--min-version", flags->min_version, "New minimum decryption version")->required();
  keys.require_subcommand(1);
}

}  // namespace convoguard::cli
