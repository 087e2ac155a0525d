// VerifyAuditLog and ExportAuditLog: read the chains line by line, never
// trusting them (bounded line length, JSON parsed without exceptions).
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <ostream>
#include <queue>
#include <set>

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

// Verifies one chain; the chain names announced in it (audit.chain.create,
// system chain only) are added to `announced`.
Result<AuditVerifyReport> VerifyChain(const std::string& dir, const AuditChain& chain, Keyring& keyring,
                                      std::set<std::string>* announced) {
  const std::string path = audit::ChainPath(dir, chain.name);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open audit chain " + path);
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
    if (n == 1 && !chain.legacy && AuditChainName(p->json.value("tenant", "")) != chain.name) {
      return fail(n, at + ": its tenant does not match the chain's file name (moved or renamed)");
    }
    if (!chain.legacy && p->json.value("tenant", "") != chain.tenant) {
      return fail(n, at + ": belongs to another tenant's chain (moved)");
    }
    if (n == 1 && p->seq > 1) {
      // A pruned chain starts at a checkpoint whose signature vouches for
      // its link to the removed records.
      if (!audit::VerifyCheckpoint(*p, chain, keyring).ok()) {
        return fail(n, at + ": chain starts at seq " + std::to_string(p->seq) +
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
      Status s = audit::VerifyCheckpoint(*p, chain, keyring);
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
    } else if (announced && p->json["type"] == audit::kChainCreateType) {
      announced->insert(p->json.value("target", ""));
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
                                   ": missing; the head file says the chain reached seq " + std::to_string(head->seq) +
                                   " (records deleted from the end)");
  }
  if (!head && r.checkpoints_verified > 0) {
    return fail(r.records, "the head file " + path + ".head is missing");
  }
  if (r.records > 0 && r.checkpoints_verified == 0) {
    return fail(r.records, retired_checkpoints > 0 ? "no checkpoint verifies with the keyring's current versions"
                                                   : "no signed checkpoint in the chain");
  }
  if (last_seq > r.last_checkpoint_seq) {
    r.warning = std::to_string(last_seq - r.last_checkpoint_seq) +
                " record(s) after the last checkpoint are chained but not yet signed";
  }
  r.ok = true;
  return r;
}

// One chain's reader for the merged export. At most kMaxOpenExportChains
// files are open at once (a deployment can have thousands of tenant chains);
// a cursor whose file was closed reopens it at the offset after its last
// complete line.
constexpr size_t kMaxOpenExportChains = 64;

struct ExportCursor {
  std::string chain;
  std::string path;
  std::unique_ptr<std::ifstream> in;  // null while closed
  std::streamoff offset = 0;          // just after the last line read
  uint64_t last_used = 0;
  uint64_t line_no = 0;
  int64_t time_ms = 0;
  nlohmann::json record;
};

class ExportFiles {
 public:
  explicit ExportFiles(std::vector<ExportCursor>& cursors) : cursors_(cursors) {}

  // Opens c's file at its offset, closing the least recently used one if the
  // cap is reached.
  Status Open(ExportCursor& c) {
    c.last_used = ++clock_;
    if (c.in) return Status::Ok();
    if (open_ >= kMaxOpenExportChains) {
      ExportCursor* lru = nullptr;
      for (ExportCursor& o : cursors_) {
        if (o.in && (!lru || o.last_used < lru->last_used)) lru = &o;
      }
      lru->in.reset();
      --open_;
    }
    c.in = std::make_unique<std::ifstream>(c.path, std::ios::binary);
    if (!*c.in || !c.in->seekg(c.offset)) {
      c.in.reset();
      return Status::NotFound("cannot open audit chain " + c.chain);
    }
    ++open_;
    return Status::Ok();
  }

  // The file is at its end: it is not needed again.
  void Close(ExportCursor& c) {
    if (c.in) --open_;
    c.in.reset();
  }

 private:
  std::vector<ExportCursor>& cursors_;
  size_t open_ = 0;
  uint64_t clock_ = 0;
};

// Reads the cursor's next record at or after from_seq; false at the end.
Result<bool> Advance(ExportFiles& files, ExportCursor& c, uint64_t from_seq) {
  Status opened = files.Open(c);
  if (!opened.ok()) return opened;
  std::string line;
  bool complete = false, too_long = false;
  while (NextLine(*c.in, line, complete, too_long)) {
    ++c.line_no;
    std::string at = "audit chain " + c.chain + " line " + std::to_string(c.line_no);
    if (too_long || !complete) return Status::DataLoss(at + " is malformed");
    c.offset = c.in->tellg();
    auto p = audit::ParseLine(line);
    if (!p.ok()) return Status::DataLoss(at + ": " + p.status().message());
    if (p->seq < from_seq) continue;
    p->json["hash"] = p->hash;
    p->json["chain"] = c.chain;
    const auto& t = p->json["time_ms"];
    c.time_ms = t.is_number_integer() ? t.get<int64_t>() : 0;
    c.record = std::move(p->json);
    return true;
  }
  files.Close(c);
  return false;
}

}  // namespace

Result<AuditVerifyReport> VerifyAuditChain(const std::string& dir, const AuditChain& chain, Keyring& keyring) {
  return VerifyChain(dir, chain, keyring, nullptr);
}

Result<AuditLogReport> VerifyAuditLog(const std::string& dir, Keyring& keyring) {
  auto chains = ListAuditChains(dir);
  if (!chains.ok()) return chains.status();
  AuditLogReport out;
  out.ok = true;
  std::set<std::string> announced, present;
  for (const AuditChain& c : *chains) {
    auto r = VerifyChain(dir, c, keyring, c.name == audit::kSystemChain ? &announced : nullptr);
    if (!r.ok()) return r.status();
    out.ok &= r->ok;
    present.insert(c.name);
    out.chains.push_back({c, std::move(*r)});
  }
  // A chain is missing if the system chain announced it, or its head file is left behind.
  namespace fs = std::filesystem;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string f = it->path().filename().string();
    if (f.size() > 9 && f.compare(f.size() - 9, 9, ".log.head") == 0) announced.insert(f.substr(0, f.size() - 9));
  }
  for (const std::string& name : announced) {
    if (!present.count(name)) out.missing_chains.push_back(name);
  }
  out.ok &= out.missing_chains.empty();
  return out;
}

Status ExportAuditLog(const std::string& dir, const AuditExportOptions& options, std::ostream& out) {
  auto chains = ListAuditChains(dir);
  if (!chains.ok()) return chains.status();
  std::vector<ExportCursor> cursors;
  for (const AuditChain& c : *chains) {
    if (options.chain && *options.chain != c.name) continue;
    cursors.push_back({.chain = c.name, .path = audit::ChainPath(dir, c.name)});
  }
  ExportFiles files(cursors);
  if (options.chain && cursors.empty()) return Status::NotFound("no audit chain named " + *options.chain);
  // k-way merge by time; ties go to the chain that sorts first. Each chain's
  // own order is kept because only its head is in the queue.
  auto later = [&](size_t a, size_t b) {
    return std::tie(cursors[a].time_ms, a) > std::tie(cursors[b].time_ms, b);
  };
  std::priority_queue<size_t, std::vector<size_t>, decltype(later)> heads(later);
  for (size_t i = 0; i < cursors.size(); ++i) {
    auto more = Advance(files, cursors[i], options.from_seq);
    if (!more.ok()) return more.status();
    if (*more) heads.push(i);
  }
  while (!heads.empty()) {
    size_t i = heads.top();
    heads.pop();
    out << cursors[i].record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    auto more = Advance(files, cursors[i], options.from_seq);
    if (!more.ok()) return more.status();
    if (*more) heads.push(i);
  }
  return out.good() ? Status::Ok() : Status::Unavailable("cannot write the export");
}

}  // namespace convoguard
