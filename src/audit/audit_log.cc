// Append-only, hash-chained audit log. Each line is
//   <sha256 hex of the JSON> SP <JSON record> LF
// and the JSON holds "seq" and "prev" (the previous line's hash), so every
// record commits to all records before it. Checkpoint records carry a MAC
// from the keyring over (seq, prev); the newest checkpoint is also copied to
// "<path>.head" so a cut-off tail is noticed. docs/formats/audit-log.md.
#include "convoguard/audit.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <thread>

#include "anonymizer/crypto.h"
#include "audit/audit_format.h"

namespace convoguard {

using nlohmann::json;

namespace audit {

std::string RecordHash(std::string_view body) {
  unsigned char md[32];
  unsigned int len = 0;
  std::string data(kHashDomain);
  data.append(body);
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  return anonymizer::HexEncode(std::string_view(reinterpret_cast<char*>(md), len));
}

std::string CheckpointMessage(uint64_t seq, std::string_view prev) {
  return "convoguard.audit.checkpoint/v1:" + std::to_string(seq) + ":" + std::string(prev);
}

Result<ParsedLine> ParseLine(std::string_view line) {
  if (line.size() < 66 || line[64] != ' ') return Status::DataLoss("malformed line (expected '<hash> <json>')");
  ParsedLine p;
  p.hash.assign(line.substr(0, 64));
  p.body.assign(line.substr(65));
  p.json = json::parse(p.body, nullptr, false);
  if (!p.json.is_object() || !p.json.contains("seq") || !p.json["seq"].is_number_unsigned() ||
      !p.json.contains("prev") || !p.json["prev"].is_string() || !p.json.contains("type") ||
      !p.json["type"].is_string()) {
    return Status::DataLoss("malformed record JSON");
  }
  p.seq = p.json["seq"].get<uint64_t>();
  p.prev = p.json["prev"].get<std::string>();
  return p;
}

}  // namespace audit

namespace {

constexpr size_t kMaxFieldBytes = 4096;
constexpr size_t kMaxFields = 64;
constexpr size_t kTailWindow = size_t{1} << 20;

bool ValidName(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
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
  bool is_checkpoint = true;  // an empty log needs no closing checkpoint
};

// Finds the last complete line. REQUIRES: the file is flock'ed.
Result<Tail> ReadTail(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Status::Unavailable("cannot stat the audit log");
  Tail t;
  if (st.st_size == 0) return t;
  size_t window = std::min<size_t>(kTailWindow, static_cast<size_t>(st.st_size));
  std::string buf(window, '\0');
  off_t start = st.st_size - static_cast<off_t>(window);
  if (::pread(fd, buf.data(), window, start) != static_cast<ssize_t>(window)) {
    return Status::Unavailable("cannot read the audit log tail");
  }
  size_t last_nl = buf.rfind('\n');
  if (last_nl == std::string::npos) {
    if (start == 0) return t;  // one torn line and nothing else
    return Status::DataLoss("audit log tail has no complete line; run `convoguard audit verify`");
  }
  t.valid_end = start + static_cast<off_t>(last_nl) + 1;
  size_t prev_nl = last_nl == 0 ? std::string::npos : buf.rfind('\n', last_nl - 1);
  if (prev_nl == std::string::npos && start != 0) {
    return Status::DataLoss("audit log tail line is too long; run `convoguard audit verify`");
  }
  size_t begin = prev_nl == std::string::npos ? 0 : prev_nl + 1;
  auto parsed = audit::ParseLine(std::string_view(buf).substr(begin, last_nl - begin));
  if (!parsed.ok()) {
    return Status::DataLoss("audit log's last record is malformed; run `convoguard audit verify`");
  }
  t.seq = parsed->seq;
  t.hash = parsed->hash;
  t.is_checkpoint = parsed->json["type"] == "checkpoint";
  return t;
}

Status WriteHeadFile(const std::string& path, const std::string& line) {
  std::string tmp = path + ".head.tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Status::Unavailable("cannot write the audit head file");
  Status s = WriteAll(fd, line);
  if (s.ok() && ::fdatasync(fd) != 0) s = Status::Unavailable("cannot sync the audit head file");
  ::close(fd);
  if (s.ok() && ::rename(tmp.c_str(), (path + ".head").c_str()) != 0) {
    s = Status::Unavailable("cannot replace the audit head file");
  }
  return s;
}

}  // namespace

struct AuditLog::Impl {
  AuditLogOptions options;
  int fd = -1;
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
  // Writer-thread state (guarded by flock across processes).
  Tail tail;
  bool last_is_checkpoint = true;

  ~Impl() {
    if (fd >= 0) ::close(fd);
  }

  std::string Line(json& j) {
    j["seq"] = tail.seq + 1;
    j["prev"] = tail.hash;
    std::string body = Dump(j);
    std::string hash = audit::RecordHash(body);
    tail.seq += 1;
    tail.hash = hash;
    std::string line;
    line.reserve(66 + body.size());
    line += hash;
    line += ' ';
    line += body;
    line += '\n';
    return line;
  }

  Result<std::string> CheckpointLine() {
    auto sig = options.keyring->Sign(audit::CheckpointMessage(tail.seq + 1, tail.hash));
    if (!sig.ok()) return sig.status();
    int64_t now = NowMs();
    json j = {{"type", "checkpoint"}, {"time", Rfc3339(now)}, {"time_ms", now},
              {"signature", anonymizer::Base64UrlEncode(*sig)}};
    return Line(j);
  }

  // Locks the log, following it if Prune replaced the file since we opened it.
  Status LockCurrentFile() {
    for (int attempt = 0; attempt < 8; ++attempt) {
      if (::flock(fd, LOCK_EX) != 0) return Status::Unavailable("cannot lock the audit log");
      struct stat mine {}, now {};
      if (::fstat(fd, &mine) == 0 && ::stat(options.path.c_str(), &now) == 0 && mine.st_ino == now.st_ino &&
          mine.st_dev == now.st_dev) {
        return Status::Ok();
      }
      int fresh = ::open(options.path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
      if (fresh < 0) {
        ::flock(fd, LOCK_UN);
        return Status::Unavailable("cannot reopen the audit log");
      }
      ::flock(fd, LOCK_UN);
      ::close(fd);
      fd = fresh;
      tail.valid_end = -1;  // re-read the tail of the new file
    }
    return Status::Unavailable("the audit log keeps being replaced");
  }

  Status WriteBatch(const std::vector<AuditEvent>& batch, bool checkpoint) {
    Status locked = LockCurrentFile();
    if (!locked.ok()) return locked;
    struct Unlock {
      int fd;
      ~Unlock() { ::flock(fd, LOCK_UN); }
    } unlock{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) return Status::Unavailable("cannot stat the audit log");
    if (st.st_size != tail.valid_end) {  // another process appended (or a torn tail)
      auto t = ReadTail(fd);
      if (!t.ok()) return t.status();
      tail = *t;
      last_is_checkpoint = tail.is_checkpoint;
      if (st.st_size != tail.valid_end && ::ftruncate(fd, tail.valid_end) != 0) {
        return Status::Unavailable("cannot cut the torn tail of the audit log");
      }
    }
    std::string out;
    out.reserve(batch.size() * 256);
    std::string last_checkpoint;
    for (const AuditEvent& e : batch) {
      json j = {{"type", e.type}, {"actor", e.actor}, {"time", Rfc3339(e.time_unix_ms)}, {"time_ms", e.time_unix_ms}};
      if (!e.tenant.empty()) j["tenant"] = e.tenant;
      if (!e.target.empty()) j["target"] = e.target;
      if (!e.reason.empty()) j["reason"] = e.reason;
      if (!e.fields.empty()) {
        json f = json::object();
        for (const auto& [k, v] : e.fields) f[k] = v;
        j["fields"] = std::move(f);
      }
      out += Line(j);
      last_is_checkpoint = false;
      if (options.checkpoint_every > 0 && tail.seq % options.checkpoint_every == 0) {
        auto cp = CheckpointLine();
        if (!cp.ok()) return cp.status();
        last_checkpoint = *cp;
        out += *cp;
        last_is_checkpoint = true;
      }
    }
    if (checkpoint && !last_is_checkpoint) {
      auto cp = CheckpointLine();
      if (!cp.ok()) return cp.status();
      last_checkpoint = *cp;
      out += *cp;
      last_is_checkpoint = true;
    }
    // O_APPEND: the write lands at the end even if our offset is stale.
    Status s = WriteAll(fd, out);
    if (s.ok() && ::fdatasync(fd) != 0) s = Status::Unavailable("audit log fdatasync failed");
    if (!s.ok()) {
      // Drop what may be half written so the file stays a valid chain.
      if (::ftruncate(fd, tail.valid_end) != 0) {}
      tail.valid_end = -1;  // force a re-read of the tail next time
      return s;
    }
    tail.valid_end += static_cast<off_t>(out.size());
    if (!last_checkpoint.empty()) return WriteHeadFile(options.path, last_checkpoint);
    return Status::Ok();
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
      Status s = WriteBatch(batch, cp);
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
  if (options.path.empty()) return Status::InvalidArgument("audit log path is empty");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->fd = ::open(options.path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (impl->fd < 0) {
    return Status::Unavailable("cannot open audit log " + options.path + ": " + std::strerror(errno));
  }
  if (::flock(impl->fd, LOCK_EX) != 0) return Status::Unavailable("cannot lock the audit log");
  auto tail = ReadTail(impl->fd);
  Status s = tail.ok() ? Status::Ok() : tail.status();
  if (s.ok()) {
    impl->tail = *tail;
    struct stat st {};
    ::fstat(impl->fd, &st);
    if (st.st_size != impl->tail.valid_end && ::ftruncate(impl->fd, impl->tail.valid_end) != 0) {
      s = Status::Unavailable("cannot cut the torn tail of the audit log");
    }
  }
  ::flock(impl->fd, LOCK_UN);
  if (!s.ok()) return s;
  impl->last_is_checkpoint = impl->tail.is_checkpoint;
  Impl* raw = impl.get();
  impl->writer = std::thread([raw] { raw->Run(); });
  return std::unique_ptr<AuditLog>(new AuditLog(std::move(impl)));
}

AuditLog::AuditLog(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

AuditLog::~AuditLog() {
  if (!impl_) return;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->checkpoint_requested = true;  // written only if the last record is not one
    impl_->stop = true;
  }
  impl_->wake.notify_one();
  impl_->writer.join();
}

Status AuditLog::Append(AuditEvent e) {
  if (!ValidName(e.type)) return Status::InvalidArgument("audit event type must be [a-z0-9._-]{1,64}");
  if (e.type == "checkpoint") return Status::InvalidArgument("'checkpoint' is reserved");
  if (e.actor.size() > kMaxFieldBytes || e.tenant.size() > kMaxFieldBytes || e.target.size() > kMaxFieldBytes ||
      e.reason.size() > kMaxFieldBytes || e.fields.size() > kMaxFields) {
    return Status::InvalidArgument("audit event is too large");
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


Result<uint64_t> AuditLog::Prune(int64_t cutoff_unix_ms) {
  Status f = Flush();
  if (!f.ok()) return f;
  const std::string& path = impl_->options.path;
  int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return Status::Unavailable("cannot open the audit log to prune it");
  struct Closer {
    int fd;
    ~Closer() {
      ::flock(fd, LOCK_UN);
      ::close(fd);
    }
  } closer{fd};
  if (::flock(fd, LOCK_EX) != 0) return Status::Unavailable("cannot lock the audit log");
  std::string text;
  {
    struct stat st {};
    if (::fstat(fd, &st) != 0) return Status::Unavailable("cannot stat the audit log");
    text.resize(static_cast<size_t>(st.st_size));
    if (::pread(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) {
      return Status::Unavailable("cannot read the audit log");
    }
  }
  // The newest checkpoint older than the cutoff becomes the first line: its
  // signature vouches for the hash of the last removed record.
  size_t keep_from = 0;
  uint64_t removed = 0, lines = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) break;
    auto p = audit::ParseLine(std::string_view(text).substr(pos, eol - pos));
    if (!p.ok()) return Status::DataLoss("audit log line " + std::to_string(lines + 1) + " is malformed; not pruning");
    if (p->json.value("time_ms", int64_t{0}) >= cutoff_unix_ms) break;
    if (p->json["type"] == "checkpoint" && lines > 0) {
      std::string sig_text = p->json.value("signature", "");
      auto sig = anonymizer::Base64UrlDecode(sig_text);
      if (sig.ok() && impl_->options.keyring->Verify(audit::CheckpointMessage(p->seq, p->prev), *sig).ok()) {
        keep_from = pos;
        removed = lines;
      }
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
  if (w.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) w = Status::Unavailable("cannot replace the audit log");
  if (!w.ok()) {
    ::unlink(tmp.c_str());
    return w;
  }
  // Writers blocked on the old file's lock notice the new inode and follow it.
  return removed;
}

}  // namespace convoguard
