// convoguard audit verify|export: check the audit log's chain and signed
// checkpoints, or write it as JSON lines for a SIEM.
//
//   convoguard audit verify --data-dir D      exit 0 intact, 1 tampered (first bad record named), 2 error
//   convoguard audit export --data-dir D [--from SEQ] [-o FILE]
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/storage_flags.h"

namespace convoguard::cli {
namespace {

struct AuditFlags {
  StorageFlags storage;
  uint64_t from = 1;
  std::string output = "-";
};

int Verify(AuditFlags& f) {
  auto d = store::OpenDataDir(f.storage.Options());
  if (!d.ok()) return Fail(d.status());
  std::string path = f.storage.Options().dir + "/audit.log";
  d->audit.reset();  // verify what is on disk, without our own writer appending
  auto r = VerifyAuditLog(path, *d->keyring);
  if (!r.ok()) return Fail(r.status());
  if (!r->ok) {
    std::cout << "TAMPERED: first bad record at line " << r->first_bad_line << ": " << r->problem << "\n";
    return kExitFound;
  }
  std::cout << "ok: " << r->records << " records, " << r->checkpoints_verified
            << " signed checkpoints verified, last at seq " << r->last_checkpoint_seq << "\n";
  if (!r->warning.empty()) std::cout << "note: " << r->warning << "\n";
  return kExitClean;
}

int Export(AuditFlags& f) {
  std::string path = f.storage.Options().dir;
  if (path.empty()) return Fail(Status::InvalidArgument("no data directory given (--data-dir or CONVOGUARD_DATA_DIR)"));
  path += "/audit.log";
  Status s;
  if (f.output == "-") {
    s = ExportAuditLog(path, f.from, std::cout);
  } else {
    std::ofstream out(f.output, std::ios::binary | std::ios::trunc);
    if (!out) return Fail(Status::Unavailable("cannot write " + f.output));
    s = ExportAuditLog(path, f.from, out);
  }
  return s.ok() ? kExitClean : Fail(s);
}

}  // namespace

void RegisterAudit(CLI::App& app, Command& chosen) {
  auto flags = std::make_shared<AuditFlags>();
  CLI::App* audit = app.add_subcommand("audit", "Verify or export the tamper-evident audit log");
  audit->require_subcommand(1);
  CLI::App* verify = audit->add_subcommand("verify", "Check every record, link and signed checkpoint");
  AddStorageFlags(*verify, flags->storage);
  verify->callback([&chosen, flags] { chosen.run = [flags] { return Verify(*flags); }; });
  CLI::App* exp = audit->add_subcommand("export", "Write the audit log as JSON lines");
  AddStorageFlags(*exp, flags->storage);
  exp->add_option("--from", flags->from, "First sequence number to export");
  exp->add_option("-o,--output", flags->output, "Output file (default: stdout)");
  exp->callback([&chosen, flags] { chosen.run = [flags] { return Export(*flags); }; });
}

}  // namespace convoguard::cli
