// Append-only, hash-chained audit log, one chain per tenant. Each line is
//   <sha256 hex of the JSON> SP <JSON record> LF
// and the JSON holds "seq" and "prev" (the previous line's hash), so every
// record commits to all records of its chain before it. Checkpoint records
// carry a MAC from the keyring over (chain, seq, prev); the newest
// checkpoint is also copied to "<chain>.log.head" so a cut-off tail is
// noticed. docs/formats/audit-log.md.
#include "convoguard/audit.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <span>
#include <thread>
#include <unordered_map>

#include "anonymizer/crypto.h"
#include "audit/audit_format.h"
#include "text/utf8.h"

namespace convoguard {

using nlohmann::json;

namespace {

constexpr size_t kMaxFieldBytes = 4096;
constexpr size_t kMaxFields = 64;
constexpr size_t kTailWindow = size_t{1} << 20;
constexpr size_t kMaxSyncThreads = 8;  // chains of one batch written and synced at once

bool ValidName(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
  }
  return true;
}

// A tenant names a chain and is stored verbatim in its records, so it must
// survive JSON unchanged: valid UTF-8, no control characters.
bool ValidTenant(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    text::Utf8Step step = text::DecodeUtf8(s, i);
    if (step.status != text::Utf8Status::kOk || step.cp < 0x20 || step.cp == 0x7f) return false;
    i += step.length;
  }
  return true;
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string Rfc3339(int64_t ms) {
  time_t secs = static_cast<time_t>(ms / 1000);
  struct tm tm {};
  gmtime_r(&secs, &tm);
  char buf[80];
  snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
           tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

Status WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status::Unavailable(std::string("audit log write failed: ") + std::strerror(errno));
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

struct Tail {
  uint64_t seq = 0;
  std::string hash = std::string(64, '0');
  off_t valid_end = 0;
  bool is_checkpoint = true;  // an empty chain needs no closing checkpoint
};

// Finds the last complete line. REQUIRES: the file is flock'ed.
Result<Tail> ReadTail(int fd, const std::string& name) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Status::Unavailable("cannot stat audit chain " + name);
  Tail t;
  if (st.st_size == 0) return t;
  size_t window = std::min<size_t>(kTailWindow, static_cast<size_t>(st.st_size));
  std::string buf(window, '\0');
  off_t start = st.st_size - static_cast<off_t>(window);
  if (::pread(fd, buf.data(), window, start) != static_cast<ssize_t>(window)) {
    return Status::Unavailable("cannot read the tail of audit chain " + name);
  }
  size_t last_nl = buf.rfind('\n');
  if (last_nl == std::string::npos) {
    if (start == 0) return t;  // one torn line and nothing else
    return Status::DataLoss("audit chain " + name + " has no complete last line; run `convoguard audit verify`");
  }
  t.valid_end = start + static_cast<off_t>(last_nl) + 1;
  size_t prev_nl = last_nl == 0 ? std::string::npos : buf.rfind('\n', last_nl - 1);
  if (prev_nl == std::string::npos && start != 0) {
    return Status::DataLoss("audit chain " + name + "'s last line is too long; run `convoguard audit verify`");
  }
  size_t begin = prev_nl == std::string::npos ? 0 : prev_nl + 1;
  auto parsed = audit::ParseLine(std::string_view(buf).substr(begin, last_nl - begin));
  if (!parsed.ok()) {
    return Status::DataLoss("audit chain " + name + "'s last record is malformed; run `convoguard audit verify`");
  }
  t.seq = parsed->seq;
  t.hash = parsed->hash;
  t.is_checkpoint = parsed->json["type"] == "checkpoint";
  return t;
}

Status WriteHeadFile(const std::string& path, const std::string& line) {
  std::string tmp = path + ".head.tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Status::Unavailable("cannot write the audit head file " + tmp);
  Status s = WriteAll(fd, line);
  if (s.ok() && ::fdatasync(fd) != 0) s = Status::Unavailable("cannot sync the audit head file");
  ::close(fd);
  if (s.ok() && ::rename(tmp.c_str(), (path + ".head").c_str()) != 0) {
    s = Status::Unavailable("cannot replace the audit head file");
  }
  return s;
}

Status CutTornTail(const std::string& path, const std::string& name) {
  int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return Status::Unavailable("cannot open audit chain " + path + ": " + std::strerror(errno));
  Status s;
  if (::flock(fd, LOCK_EX) != 0) s = Status::Unavailable("cannot lock audit chain " + path);
  if (s.ok()) {
    auto tail = ReadTail(fd, name);
    struct stat st {};
    if (!tail.ok()) {
      s = tail.status();
    } else if (::fstat(fd, &st) == 0 && st.st_size != tail->valid_end && ::ftruncate(fd, tail->valid_end) != 0) {
      s = Status::Unavailable("cannot cut the torn tail of audit chain " + path);
    }
    ::flock(fd, LOCK_UN);
  }
  ::close(fd);
  return s;
}

// One chain file as the writer thread sees it.
struct ChainFile {
  AuditChain chain;
  std::string path;
  int fd = -1;
  Tail tail{.valid_end = -1};  // -1: read the tail before the next write
  bool last_is_checkpoint = true;
  uint64_t last_used = 0;

  ChainFile() = default;
  ChainFile(const ChainFile&) = delete;
  ChainFile& operator=(const ChainFile&) = delete;
  ~ChainFile() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

struct AuditLog::Impl {
  AuditLogOptions options;
  std::mutex mu;
  std::condition_variable wake;
  std::condition_variable done;
  std::vector<AuditEvent> pending;
  uint64_t enqueued = 0;
  uint64_t written = 0;
  bool checkpoint_requested = false;
  bool stop = false;
  Status error;
  std::thread writer;
  // Writer-thread state (each file guarded by its flock across processes).
  std::map<std::string, std::unique_ptr<ChainFile>> chains;  // by chain name
  uint64_t use_clock = 0;

  std::string Line(ChainFile& c, json& j) {
    j["seq"] = c.tail.seq + 1;
    j["prev"] = c.tail.hash;
    std::string body = Dump(j);
    std::string hash = audit::RecordHash(body);
    c.tail.seq += 1;
    c.tail.hash = hash;
    std::string line;
    line.reserve(66 + body.size());
    line += hash;
    line += ' ';
    line += body;
    line += '\n';
    return line;
  }

  Result<std::string> CheckpointLine(ChainFile& c) {
    auto sig = options.keyring->Sign(audit::CheckpointMessage(c.chain, c.tail.seq + 1, c.tail.hash));
    if (!sig.ok()) return sig.status();
    int64_t now = NowMs();
    json j = {{"type", "checkpoint"}, {"time", Rfc3339(now)}, {"time_ms", now},
              {"signature", anonymizer::Base64UrlEncode(*sig)}};
    if (!c.chain.tenant.empty()) j["tenant"] = c.chain.tenant;  // the chain's tenant survives pruning
    return Line(c, j);
  }

  Result<ChainFile*> GetChain(const std::string& tenant) {
    std::string name = AuditChainName(tenant);
    auto it = chains.find(name);
    if (it == chains.end()) {
      auto c = std::make_unique<ChainFile>();
      c->chain = {.name = name, .tenant = tenant};
      c->path = audit::ChainPath(options.dir, name);
      c->fd = ::open(c->path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0600);
      if (c->fd >= 0) {
        audit::SyncDir(options.dir);  // the new file's name is durable before anything is acknowledged in it
      } else if (errno == EEXIST) {
        c->fd = ::open(c->path.c_str(), O_RDWR | O_APPEND | O_CLOEXEC);
      }
      if (c->fd < 0) return Status::Unavailable("cannot open audit chain " + c->path + ": " + std::strerror(errno));
      it = chains.emplace(name, std::move(c)).first;
    }
    it->second->last_used = ++use_clock;
    return it->second.get();
  }

  // Locks the chain, following it if Prune replaced the file since we opened it.
  Status LockCurrentFile(ChainFile& c) {
    for (int attempt = 0; attempt < 8; ++attempt) {
      if (::flock(c.fd, LOCK_EX) != 0) return Status::Unavailable("cannot lock audit chain " + c.path);
      struct stat mine {}, now {};
      if (::fstat(c.fd, &mine) == 0 && ::stat(c.path.c_str(), &now) == 0 && mine.st_ino == now.st_ino &&
          mine.st_dev == now.st_dev) {
        return Status::Ok();
      }
      int fresh = ::open(c.path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
      ::flock(c.fd, LOCK_UN);
      if (fresh < 0) return Status::Unavailable("cannot reopen audit chain " + c.path);
      ::close(c.fd);
      c.fd = fresh;
      c.tail.valid_end = -1;  // re-read the tail of the new file
    }
    return Status::Unavailable("audit chain " + c.path + " keeps being replaced");
  }

  // The system chain's record that a tenant chain exists, so that deleting
  // the whole chain is noticed.
  Status AnnounceChain(const ChainFile& c) {
    auto sys = GetChain("");
    if (!sys.ok()) return sys.status();
    AuditEvent e{.type = std::string(audit::kChainCreateType), .actor = "audit-log", .target = c.chain.name,
                 .fields = {{"chain_tenant", c.chain.tenant}}, .time_unix_ms = NowMs()};
    const AuditEvent* one[] = {&e};
    return WriteBatch(**sys, one, false);
  }

  Status WriteBatch(ChainFile& c, std::span<const AuditEvent* const> batch, bool checkpoint) {
    Status locked = LockCurrentFile(c);
    if (!locked.ok()) return locked;
    struct Unlock {
      int fd;
      ~Unlock() { ::flock(fd, LOCK_UN); }
    } unlock{c.fd};
    struct stat st {};
    if (::fstat(c.fd, &st) != 0) return Status::Unavailable("cannot stat audit chain " + c.path);
    if (st.st_size != c.tail.valid_end) {  // another process appended (or a torn tail, or first use)
      auto t = ReadTail(c.fd, c.chain.name);
      if (!t.ok()) return t.status();
      c.tail = *t;
      c.last_is_checkpoint = c.tail.is_checkpoint;
      if (st.st_size != c.tail.valid_end && ::ftruncate(c.fd, c.tail.valid_end) != 0) {
        return Status::Unavailable("cannot cut the torn tail of audit chain " + c.path);
      }
    }
    std::string out;
    out.reserve(batch.size() * 256);
    std::string last_checkpoint;
    for (const AuditEvent* e : batch) {
      json j = {{"type", e->type}, {"actor", e->actor}, {"time", Rfc3339(e->time_unix_ms)},
                {"time_ms", e->time_unix_ms}};
      if (!e->tenant.empty()) j["tenant"] = e->tenant;
      if (!e->target.empty()) j["target"] = e->target;
      if (!e->reason.empty()) j["reason"] = e->reason;
      if (!e->fields.empty()) {
        json f = json::object();
        for (const auto& [k, v] : e->fields) f[k] = v;
        j["fields"] = std::move(f);
      }
      out += Line(c, j);
      c.last_is_checkpoint = false;
      if (options.checkpoint_every > 0 && c.tail.seq % options.checkpoint_every == 0) {
        auto cp = CheckpointLine(c);
        if (!cp.ok()) return cp.status();
        last_checkpoint = *cp;
        out += *cp;
        c.last_is_checkpoint = true;
      }
    }
    if (checkpoint && !c.last_is_checkpoint) {
      auto cp = CheckpointLine(c);
      if (!cp.ok()) return cp.status();
      last_checkpoint = *cp;
      out += *cp;
      c.last_is_checkpoint = true;
    }
    if (out.empty()) return Status::Ok();
    // O_APPEND: the write lands at the end even if our offset is stale.
    Status s = WriteAll(c.fd, out);
    if (s.ok() && ::fdatasync(c.fd) != 0) s = Status::Unavailable("audit log fdatasync failed");
    if (!s.ok()) {
      // Drop what may be half written so the file stays a valid chain.
      if (::ftruncate(c.fd, c.tail.valid_end) != 0) {}
      c.tail.valid_end = -1;  // force a re-read of the tail next time
      return s;
    }
    c.tail.valid_end += static_cast<off_t>(out.size());
    if (!last_checkpoint.empty()) return WriteHeadFile(c.path, last_checkpoint);
    return Status::Ok();
  }

  // Closes the least recently used chains beyond max_open_chains, each with
  // a closing checkpoint so no record is left unsigned.
  Status Evict() {
    Status first;
    while (chains.size() > std::max<size_t>(options.max_open_chains, 1)) {
      auto lru = chains.begin();
      for (auto it = chains.begin(); it != chains.end(); ++it) {
        if (it->second->last_used < lru->second->last_used) lru = it;
      }
      Status s = WriteBatch(*lru->second, {}, true);
      if (!s.ok() && first.ok()) first = s;
      chains.erase(lru);
    }
    return first;
  }

  Status WriteAllChains(const std::vector<AuditEvent>& batch, bool checkpoint) {
    // Group by chain, keeping each chain's order of appends.
    std::vector<std::pair<ChainFile*, std::vector<const AuditEvent*>>> work;
    std::unordered_map<std::string_view, size_t> index;
    Status first;
    auto note = [&first](const Status& s) {
      if (!s.ok() && first.ok()) first = s;
    };
    for (const AuditEvent& e : batch) {
      auto [it, fresh] = index.try_emplace(e.tenant, work.size());
      if (fresh) {
        auto c = GetChain(e.tenant);
        if (!c.ok()) {
          note(c.status());
          it->second = SIZE_MAX;
          continue;
        }
        work.push_back({*c, {}});
      }
      if (it->second != SIZE_MAX) work[it->second].second.push_back(&e);
    }
    if (checkpoint) {
      for (auto& [name, c] : chains) {
        if (!index.count(c->chain.tenant)) work.push_back({c.get(), {}});
      }
    }
    // A tenant chain is announced in the system chain, durably, before its
    // first record is written: a non-empty chain file always has its
    // announcement (another process may announce it too; that is harmless).
    for (auto& [c, events] : work) {
      struct stat st {};
      if (!events.empty() && !c->chain.tenant.empty() && ::stat(c->path.c_str(), &st) == 0 && st.st_size == 0) {
        note(AnnounceChain(*c));
      }
    }
    // Each chain is its own file with its own lock: write and fdatasync them
    // in parallel, so a batch spread over many tenants waits for about one
    // journal commit rather than one per chain.
    std::vector<Status> results(work.size());
    std::atomic<size_t> next{0};
    auto worker = [&] {
      for (size_t i; (i = next.fetch_add(1)) < work.size();) {
        results[i] = WriteBatch(*work[i].first, work[i].second, checkpoint);
      }
    };
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < std::min(work.size(), kMaxSyncThreads); ++t) helpers.emplace_back(worker);
    worker();
    for (std::thread& t : helpers) t.join();
    for (const Status& s : results) note(s);
    note(Evict());
    return first;
  }

  void Run() {
    std::vector<AuditEvent> batch;
    for (;;) {
      bool cp = false;
      uint64_t target = 0;
      {
        std::unique_lock<std::mutex> lock(mu);
        wake.wait(lock, [&] { return !pending.empty() || checkpoint_requested || stop; });
        if (pending.empty() && !checkpoint_requested && stop) return;
        batch.clear();
        batch.swap(pending);
        cp = checkpoint_requested;
        checkpoint_requested = false;
        target = enqueued;
      }
      Status s = WriteAllChains(batch, cp);
      {
        std::lock_guard<std::mutex> lock(mu);
        if (!s.ok() && error.ok()) error = s;
        written = target;
      }
      done.notify_all();
    }
  }
};

Result<std::unique_ptr<AuditLog>> AuditLog::Open(const AuditLogOptions& options) {
  if (options.keyring == nullptr) return Status::InvalidArgument("the audit log needs a keyring to sign checkpoints");
  if (options.dir.empty()) return Status::InvalidArgument("audit log directory is empty");
  if (::mkdir(options.dir.c_str(), 0700) != 0 && errno != EEXIST) {
    return Status::Unavailable("cannot create the audit directory " + options.dir + ": " + std::strerror(errno));
  }
  struct stat st {};
  if (::stat(options.dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return Status::Unavailable("the audit log path " + options.dir + " is not a directory");
  }
  // A torn last line (a crash mid-write, never acknowledged) is cut off now,
  // in every chain; a chain whose tail is corrupt is refused.
  auto existing = ListAuditChains(options.dir);
  if (!existing.ok()) return existing.status();
  for (const AuditChain& chain : *existing) {
    Status s = CutTornTail(audit::ChainPath(options.dir, chain.name), chain.name);
    if (!s.ok()) return s;
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  Impl* raw = impl.get();
  impl->writer = std::thread([raw] { raw->Run(); });
  return std::unique_ptr<AuditLog>(new AuditLog(std::move(impl)));
}

AuditLog::AuditLog(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

AuditLog::~AuditLog() {
  if (!impl_) return;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->checkpoint_requested = true;  // written only where the last record is not one
    impl_->stop = true;
  }
  impl_->wake.notify_one();
  impl_->writer.join();
}


Result<std::vector<AuditChain>> AuditLog::Chains() const { return ListAuditChains(impl_->options.dir); }

Status AuditLog::Append(AuditEvent e) {
  if (!ValidName(e.type)) return Status::InvalidArgument("audit event type must be [a-z0-9._-]{1,64}");
  if (e.type == "checkpoint") return Status::InvalidArgument("'checkpoint' is reserved");
  if (e.actor.size() > kMaxFieldBytes || e.tenant.size() > kMaxFieldBytes || e.target.size() > kMaxFieldBytes ||
      e.reason.size() > kMaxFieldBytes || e.fields.size() > kMaxFields) {
    return Status::InvalidArgument("audit event is too large");
  }
  if (!ValidTenant(e.tenant)) {
    return Status::InvalidArgument("audit event tenant must be UTF-8 without control characters");
  }
  for (const auto& [k, v] : e.fields) {
    if (!ValidName(k) || v.size() > kMaxFieldBytes) return Status::InvalidArgument("bad audit event field " + k);
  }
  if (e.time_unix_ms == 0) e.time_unix_ms = NowMs();
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    if (!impl_->error.ok()) return impl_->error;
    if (impl_->pending.size() >= impl_->options.max_queued) {
      return Status::ResourceExhausted("audit queue is full");
    }
    impl_->pending.push_back(std::move(e));
    impl_->enqueued += 1;
  }
  impl_->wake.notify_one();
  return Status::Ok();
}

Status AuditLog::Flush() {
  std::unique_lock<std::mutex> lock(impl_->mu);
  uint64_t target = impl_->enqueued;
  impl_->wake.notify_one();
  impl_->done.wait(lock, [&] { return impl_->written >= target; });
  return impl_->error;
}

Status AuditLog::Checkpoint() {
  uint64_t target;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->checkpoint_requested = true;
    impl_->enqueued += 1;  // the checkpoint counts as one write to wait for
    target = impl_->enqueued;
  }
  impl_->wake.notify_one();
  std::unique_lock<std::mutex> lock(impl_->mu);
  impl_->done.wait(lock, [&] { return impl_->written >= target; });
  return impl_->error;
}

Result<uint64_t> AuditLog::Prune(const AuditChain& chain, int64_t cutoff_unix_ms) {
  Status f = Flush();
  if (!f.ok()) return f;
  const std::string path = audit::ChainPath(impl_->options.dir, chain.name);
  int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) return uint64_t{0};
  if (fd < 0) return Status::Unavailable("cannot open audit chain " + path + " to prune it");
  struct Closer {
    int fd;
    ~Closer() {
      ::flock(fd, LOCK_UN);
      ::close(fd);
    }
  } closer{fd};
  if (::flock(fd, LOCK_EX) != 0) return Status::Unavailable("cannot lock audit chain " + path);
  std::string text;
  {
    struct stat st {};
    if (::fstat(fd, &st) != 0) return Status::Unavailable("cannot stat audit chain " + path);
    text.resize(static_cast<size_t>(st.st_size));
    if (::pread(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) {
      return Status::Unavailable("cannot read audit chain " + path);
    }
  }
  // The newest checkpoint before the first unexpired event becomes the first
  // line: its signature vouches for the hash of the last removed record.
  size_t keep_from = 0;
  uint64_t removed = 0, lines = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) break;
    auto p = audit::ParseLine(std::string_view(text).substr(pos, eol - pos));
    if (!p.ok()) {
      return Status::DataLoss("audit chain " + chain.name + " line " + std::to_string(lines + 1) +
                              " is malformed; not pruning");
    }
    // Events decide: a checkpoint holds no event data, and its own time is
    // when it was signed, not the age of what it covers.
    const bool checkpoint = p->json["type"] == "checkpoint";
    if (!checkpoint && p->json.value("time_ms", int64_t{0}) >= cutoff_unix_ms) break;
    if (checkpoint && lines > 0 && audit::VerifyCheckpoint(*p, chain, *impl_->options.keyring).ok()) {
      keep_from = pos;
      removed = lines;
    }
    ++lines;
    pos = eol + 1;
  }
  if (removed == 0) return uint64_t{0};
  std::string tmp = path + ".prune.tmp";
  int out = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (out < 0) return Status::Unavailable("cannot write " + tmp);
  Status w = WriteAll(out, std::string_view(text).substr(keep_from));
  if (w.ok() && ::fsync(out) != 0) w = Status::Unavailable("cannot sync " + tmp);
  ::close(out);
  if (w.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) w = Status::Unavailable("cannot replace " + path);
  if (!w.ok()) {
    ::unlink(tmp.c_str());
    return w;
  }
  audit::SyncDir(impl_->options.dir);
  // Writers blocked on the old file's lock notice the new inode and follow it.
  return removed;
}

}  // namespace convoguard
