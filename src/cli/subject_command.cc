// Data-subject requests and reading stored conversations. Each is audited
// with who acted and the reason they gave.
//
//   convoguard subject export --tenant T --subject S --reason R --credential READER [-o FILE]
//   convoguard subject erase  --tenant T --subject S --reason R --credential KEY_ADMIN
//   convoguard conversations show ID --tenant T --reason R --credential READER
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/storage_flags.h"

namespace convoguard::cli {
namespace {

struct SubjectFlags {
  StorageFlags storage;
  std::string tenant, subject, reason, conversation;
  std::string output = "-";
};

int Emit(const std::string& text, const std::string& output) {
  if (output == "-") {
    std::cout << text << "\n";
    return kExitClean;
  }
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << text << "\n";
  return out ? kExitClean : Fail(Status::Unavailable("cannot write " + output));
}

int Export(SubjectFlags& f) {
  auto d = store::OpenDataDirStore(f.storage.Options(), {});
  if (!d.ok()) return Fail(d.status());
  Status s = store::RequireRole(*d, kRoleReader, f.storage.credential, f.storage.Actor());
  if (!s.ok()) return Fail(s);
  auto text = d->store->ExportSubject(f.tenant, f.subject, f.storage.Actor(), f.reason);
  if (!text.ok()) return Fail(text.status());
  return Emit(*text, f.output);
}

int Erase(SubjectFlags& f) {
  auto d = store::OpenDataDirStore(f.storage.Options(), {});
  if (!d.ok()) return Fail(d.status());
  Status s = store::RequireRole(*d, kRoleKeyAdmin, f.storage.credential, f.storage.Actor());
  if (!s.ok()) return Fail(s);
  s = d->store->EraseSubject(f.tenant, f.subject, f.storage.Actor(), f.reason);
  if (!s.ok()) return Fail(s);
  std::cout << "erased subject " << f.subject << " of tenant " << f.tenant << ": rows deleted, data key destroyed\n";
  return kExitClean;
}

int Show(SubjectFlags& f) {
  auto d = store::OpenDataDirStore(f.storage.Options(), {});
  if (!d.ok()) return Fail(d.status());
  Status s = store::RequireRole(*d, kRoleReader, f.storage.credential, f.storage.Actor());
  if (!s.ok()) return Fail(s);
  auto records = d->store->ReadConversation(f.tenant, f.conversation, f.storage.Actor(), f.reason);
  if (!records.ok()) return Fail(records.status());
  nlohmann::json out = nlohmann::json::array();
  for (const StoredRecord& r : *records) {
    nlohmann::json j = {{"id", r.id}, {"subject_id", r.record.subject_id}, {"created_ms", r.record.created_unix_ms},
                        {"model", r.record.model}, {"stored", StoreModeName(r.mode)},
                        {"detectors", r.record.detectors}, {"content_present", r.content_present}};
    if (r.content_present) j["transcript"] = r.record.transcript;
    if (!r.restored_transcript.empty()) j["restored_transcript"] = r.restored_transcript;
    out.push_back(std::move(j));
  }
  return Emit(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace), f.output);
}

void AddRequestFlags(CLI::App& c, SubjectFlags& f, bool subject) {
  AddStorageFlags(c, f.storage);
  c.add_option("--tenant", f.tenant, "Tenant")->required();
  if (subject) c.add_option("--subject", f.subject, "Subject (end user) id")->required();
  c.add_option("--reason", f.reason, "Why: recorded in the audit log")->required();
}

}  // namespace

void RegisterSubject(CLI::App& app, Command& chosen) {
  auto flags = std::make_shared<SubjectFlags>();
  CLI::App* subject = app.add_subcommand("subject", "Data-subject requests: export or erase everything about a user");
  subject->require_subcommand(1);
  CLI::App* exp = subject->add_subcommand("export", "Everything stored about a subject, decrypted, as JSON (reader)");
  AddRequestFlags(*exp, *flags, true);
  exp->add_option("-o,--output", flags->output, "Output file (default: stdout)");
  exp->callback([&chosen, flags] { chosen.run = [flags] { return Export(*flags); }; });
  CLI::App* erase = subject->add_subcommand("erase", "Delete a subject's records and destroy its data key (key-admin)");
  AddRequestFlags(*erase, *flags, true);
  erase->callback([&chosen, flags] { chosen.run = [flags] { return Erase(*flags); }; });
}

void RegisterConversations(CLI::App& app, Command& chosen) {
  auto flags = std::make_shared<SubjectFlags>();
  CLI::App* conv = app.add_subcommand("conversations", "Read stored conversations");
  conv->require_subcommand(1);
  CLI::App* show = conv->add_subcommand("show", "Decrypt and print one conversation (reader; audited)");
  show->add_option("id", flags->conversation, "Conversation id")->required();
  AddRequestFlags(*show, *flags, false);
  show->add_option("-o,--output", flags->output, "Output file (default: stdout)");
  show->callback([&chosen, flags] { chosen.run = [flags] { return Show(*flags); }; });
}

}  // namespace convoguard::cli
