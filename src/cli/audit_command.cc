// convoguard audit verify|export: check every chain of the audit log (hashes,
// links, signed checkpoints, no chain missing), or write the chains as JSON
// lines for a SIEM, merged by time.
//
//   convoguard audit verify --data-dir D      exit 0 intact, 1 tampered (chain and first bad record named), 2 error
//   convoguard audit export --data-dir D [--tenant T | --chain NAME] [--from SEQ] [-o FILE]
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
  std::optional<std::string> tenant;
  std::string chain;
};

std::string Label(const AuditChain& c) {
  return c.tenant.empty() ? c.name : c.name + " (tenant " + c.tenant + ")";
}

int Verify(AuditFlags& f) {
  auto d = store::OpenDataDir(f.storage.Options());  // also migrates a previous-format audit.log
  if (!d.ok()) return Fail(d.status());
  d->audit.reset();  // verify what is on disk, without our own writer appending
  auto r = VerifyAuditLog(store::AuditDir(f.storage.Options()), *d->keyring);
  if (!r.ok()) return Fail(r.status());
  for (const AuditChainReport& c : r->chains) {
    const AuditVerifyReport& v = c.report;
    if (!v.ok) {
      std::cout << "TAMPERED: chain " << Label(c.chain) << ": first bad record at line " << v.first_bad_line << ": "
                << v.problem << "\n";
      continue;
    }
    std::cout << "ok: chain " << Label(c.chain) << ": " << v.records << " records, " << v.checkpoints_verified
              << " signed checkpoints verified, last at seq " << v.last_checkpoint_seq;
    if (v.first_seq > 1) std::cout << ", starts at seq " << v.first_seq << " (pruned by retention)";
    std::cout << "\n";
    if (!v.warning.empty()) std::cout << "note: chain " << c.chain.name << ": " << v.warning << "\n";
  }
  for (const std::string& m : r->missing_chains) {
    std::cout << "TAMPERED: chain " << m << " is missing (its creation is recorded, its file is gone)\n";
  }
  if (r->chains.empty()) std::cout << "ok: the audit log is empty\n";
  return r->ok ? kExitClean : kExitFound;
}

int Export(AuditFlags& f) {
  store::DataDirOptions o = f.storage.Options();
  if (o.dir.empty()) return Fail(Status::InvalidArgument("no data directory given (--data-dir or CONVOGUARD_DATA_DIR)"));
  // Export works without the keyring, so migrate the previous format here.
  if (Status m = MigrateSingleFileAuditLog(o.dir + "/audit.log", store::AuditDir(o)); !m.ok()) return Fail(m);
  AuditExportOptions eo{.from_seq = f.from};
  if (f.tenant) eo.chain = AuditChainName(*f.tenant);
  if (!f.chain.empty()) eo.chain = f.chain;
  Status s;
  if (f.output == "-") {
    s = ExportAuditLog(store::AuditDir(o), eo, std::cout);
  } else {
    std::ofstream out(f.output, std::ios::binary | std::ios::trunc);
    if (!out) return Fail(Status::Unavailable("cannot write " + f.output));
    s = ExportAuditLog(store::AuditDir(o), eo, out);
  }
  return s.ok() ? kExitClean : Fail(s);
}

}  // namespace

void RegisterAudit(CLI::App& app, Command& chosen) {
  auto flags = std::make_shared<AuditFlags>();
  CLI::App* audit = app.add_subcommand("audit", "Verify or export the tamper-evident audit log");
  audit->require_subcommand(1);
  CLI::App* verify = audit->add_subcommand("verify", "Check every chain: records, links and signed checkpoints");
  AddStorageFlags(*verify, flags->storage);
  verify->callback([&chosen, flags] { chosen.run = [flags] { return Verify(*flags); }; });
  CLI::App* exp = audit->add_subcommand("export", "Write the audit log as JSON lines, chains merged by time");
  AddStorageFlags(*exp, flags->storage);
  auto* tenant = exp->add_option("--tenant", flags->tenant, "Only this tenant's chain");
  exp->add_option("--chain", flags->chain, "Only this chain (system, legacy, tenant-...; as `verify` names them)")
      ->excludes(tenant);
  exp->add_option("--from", flags->from, "In each chain, the first sequence number to export");
  exp->add_option("-o,--output", flags->output, "Output file (default: stdout)");
  exp->callback([&chosen, flags] { chosen.run = [flags] { return Export(*flags); }; });
}

}  // namespace convoguard::cli
