// VerifyAuditLog and ExportAuditLog: read the log line by line, never
// trusting it (bounded line length, JSON parsed without exceptions).
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "anonymizer/crypto.h"
#include "audit/audit_format.h"
#include "convoguard/audit.h"

namespace convoguard {
namespace {

constexpr size_t kMaxLineBytes = size_t{1} << 20;

// Reads one line (without the LF) of at most kMaxLineBytes; false at the end.
// A line without a final LF is returned with `complete` false.
bool NextLine(std::istream& in, std::string& line, bool& complete, bool& too_long) {
  line.clear();
  complete = false;
  too_long = false;
  char c;
  while (in.get(c)) {
    if (c == '\n') {
      complete = true;
      return true;
    }
    if (line.size() >= kMaxLineBytes) {
      too_long = true;
      in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
      return true;
    }
    line.push_back(c);
  }
  return !line.empty();
}

}  // namespace

Result<AuditVerifyReport> VerifyAuditLog(const std::string& path, Keyring& keyring) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open audit log " + path);
  AuditVerifyReport r;
  // The head file: a copy of the newest checkpoint line.
  std::optional<audit::ParsedLine> head;
  {
    std::ifstream h(path + ".head", std::ios::binary);
    if (h) {
      std::string line;
      std::getline(h, line);
      auto p = audit::ParseLine(line);
      if (!p.ok() || audit::RecordHash(p->body) != p->hash) {
        r.problem = "the head file " + path + ".head is malformed or modified";
        return r;
      }
      head = std::move(*p);
    }
  }
  std::string prev(64, '0');
  uint64_t expected = 1;
  uint64_t last_verified_line = 0;
  uint64_t retired_checkpoints = 0;
  std::string line;
  bool complete = false, too_long = false;
  auto fail = [&](uint64_t line_no, std::string problem) {
    r.ok = false;
    r.first_bad_line = line_no;
    r.problem = std::move(problem);
    return r;
  };
  while (NextLine(in, line, complete, too_long)) {
    uint64_t n = ++r.records;
    std::string at = "record " + std::to_string(n);
    if (too_long) return fail(n, at + ": line longer than 1 MiB");
    if (!complete) return fail(n, at + ": incomplete last line (torn write)");
    auto p = audit::ParseLine(line);
    if (!p.ok()) return fail(n, at + ": " + p.status().message());
    if (audit::RecordHash(p->body) != p->hash) return fail(n, at + ": hash does not match its contents (modified)");
    if (n == 1 && p->seq > 1) {
      // A pruned log starts at a checkpoint whose signature vouches for its
      // link to the removed records.
      auto sig = anonymizer::Base64UrlDecode(p->json.value("signature", ""));
      Status s = p->json["type"] != "checkpoint" ? Status::DataLoss("not a checkpoint")
                 : sig.ok()                      ? keyring.Verify(audit::CheckpointMessage(p->seq, p->prev), *sig)
                                                 : Status::DataLoss("bad signature encoding");
      if (!s.ok()) {
        return fail(n, at + ": log starts at seq " + std::to_string(p->seq) +
                           " without a valid checkpoint (records deleted from the start)");
      }
      expected = p->seq;
      prev = p->prev;
      r.first_seq = p->seq;
    }
    if (p->seq != expected) {
      if (p->seq > expected) {
        return fail(n, at + ": has seq " + std::to_string(p->seq) + ", expected " + std::to_string(expected) +
                           " (records deleted or reordered)");
      }
      return fail(n, at + ": has seq " + std::to_string(p->seq) + ", expected " + std::to_string(expected) +
                         " (record inserted, duplicated or reordered)");
    }
    if (p->prev != prev) return fail(n, at + ": does not link to the record before it (inserted or reordered)");
    if (p->json["type"] == "checkpoint") {
      auto sig_text = p->json.value("signature", "");
      auto sig = anonymizer::Base64UrlDecode(sig_text);
      Status s = sig.ok() ? keyring.Verify(audit::CheckpointMessage(p->seq, p->prev), *sig)
                          : Status::DataLoss("signature is not base64url");
      if (s.ok()) {
        r.checkpoints_verified += 1;
        r.last_checkpoint_seq = p->seq;
        last_verified_line = n;
      } else if (s.code() == StatusCode::kFailedPrecondition) {
        retired_checkpoints += 1;  // signed with a retired KEK version; a later checkpoint covers it
      } else {
        return fail(n, at + ": checkpoint signature is invalid, so a record after line " +
                           std::to_string(last_verified_line) + " was rewritten (" + s.message() + ")");
      }
    }
    if (head && p->seq == head->seq && p->hash != head->hash) {
      return fail(n, at + ": differs from the checkpoint in the head file (rewritten)");
    }
    prev = p->hash;
    expected += 1;
  }
  const uint64_t last_seq = expected - 1;
  if (head && last_seq < head->seq) {
    return fail(r.records + 1, "record " + std::to_string(r.records + 1) +
                                   ": missing; the head file says the log reached seq " + std::to_string(head->seq) +
                                   " (records deleted from the end)");
  }
  if (!head && r.checkpoints_verified > 0) {
    return fail(r.records, "the head file " + path + ".head is missing");
  }
  if (r.records > 0 && r.checkpoints_verified == 0) {
    return fail(r.records, retired_checkpoints > 0 ? "no checkpoint verifies with the keyring's current versions"
                                                   : "no signed checkpoint in the log");
  }
  if (last_seq > r.last_checkpoint_seq) {
    r.warning = std::to_string(last_seq - r.last_checkpoint_seq) +
                " record(s) after the last checkpoint are chained but not yet signed";
  }
  r.ok = true;
  return r;
}

Status ExportAuditLog(const std::string& path, uint64_t from_seq, std::ostream& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open audit log " + path);
  std::string line;
  bool complete = false, too_long = false;
  uint64_t n = 0;
  while (NextLine(in, line, complete, too_long)) {
    ++n;
    if (too_long || !complete) return Status::DataLoss("audit log line " + std::to_string(n) + " is malformed");
    auto p = audit::ParseLine(line);
    if (!p.ok()) return Status::DataLoss("audit log line " + std::to_string(n) + ": " + p.status().message());
    if (p->seq < from_seq) continue;
    p->json["hash"] = p->hash;
    out << p->json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return out.good() ? Status::Ok() : Status::Unavailable("cannot write the export");
}

}  // namespace convoguard
