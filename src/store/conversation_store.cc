// ConversationStore: policy, encryption and group commit over a Backend.
//
// One writer thread drains the queue: it takes up to max_batch records,
// finds or creates each subject's data key, encrypts, and commits the batch
// in one transaction (new subject keys first, in the key store); with a
// commit_delay it first waits that long for more records to join the batch.
// The futures
// of the batch resolve when that commit has returned, which for both
// backends means it is on disk: the durability point (docs/storage.md).
#include <openssl/crypto.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <optional>
#include <nlohmann/json.hpp>
#include <thread>
#include <unordered_map>

#include "convoguard/store.h"
#include "keyring/envelope.h"
#include "store/backend.h"

namespace convoguard {

const char* StoreModeName(StoreMode m) {
  switch (m) {
    case StoreMode::kNothing: return "nothing";
    case StoreMode::kMetadata: return "metadata";
    case StoreMode::kRedacted: return "redacted";
    case StoreMode::kFull: return "full";
  }
  return "nothing";
}

Result<StoreMode> ParseStoreMode(std::string_view name) {
  for (StoreMode m : {StoreMode::kNothing, StoreMode::kMetadata, StoreMode::kRedacted, StoreMode::kFull}) {
    if (name == StoreModeName(m)) return m;
  }
  return Status::InvalidArgument("unknown store mode '" + std::string(name) +
                                 "' (nothing, metadata, redacted, full)");
}

namespace {

using nlohmann::json;

constexpr size_t kMaxIdBytes = kMaxRecordIdBytes;
constexpr size_t kMaxTranscriptBytes = size_t{64} << 20;
constexpr size_t kMaxDetectors = 1024;
constexpr size_t kMaxCachedKeys = 100000;

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::future<Status> Ready(Status s) {
  std::promise<Status> p;
  p.set_value(std::move(s));
  return p.get_future();
}

std::string KeyContext(const std::string& tenant, const std::string& subject) {
  return keyring::BindContext("convoguard.subject-key/v1", {tenant, subject});
}

Status ValidateRecord(const ConversationRecord& r) {
  if (r.tenant.empty() || r.tenant.size() > kMaxIdBytes) return Status::InvalidArgument("tenant must be 1..256 bytes");
  if (r.conversation_id.empty() || r.conversation_id.size() > kMaxIdBytes) {
    return Status::InvalidArgument("conversation_id must be 1..256 bytes");
  }
  if (r.subject_id.size() > kMaxSubjectIdBytes || r.model.size() > kMaxSubjectIdBytes) {
    return Status::InvalidArgument("subject_id and model must be at most 1024 bytes");
  }
  if (r.transcript.size() > kMaxTranscriptBytes) return Status::ResourceExhausted("transcript is larger than 64 MiB");
  if (r.detectors.size() > kMaxDetectors) return Status::ResourceExhausted("too many detectors");
  if (r.prompt_tokens < 0 || r.completion_tokens < 0) return Status::InvalidArgument("negative token count");
  if (r.vault && r.vault->scope_id() != r.conversation_id) {
    return Status::InvalidArgument("the vault's scope id is not the conversation id");
  }
  return Status::Ok();
}

struct Pending {
  ConversationRecord record;
  StoreMode mode;
  std::optional<std::promise<Status>> done;  // none for Submit
};

struct CachedKey {
  std::string wrapped;
  uint32_t dek_version;
  SecretKey key;          // for the vault
  keyring::AesGcmKey aead;  // the same key, prepared for records
};

Result<CachedKey> MakeCachedKey(std::string wrapped, uint32_t dek_version, SecretKey key) {
  auto aead = keyring::AesGcmKey::Create(key);
  if (!aead.ok()) return aead.status();
  return CachedKey{std::move(wrapped), dek_version, std::move(key), std::move(*aead)};
}

class StoreImpl final : public ConversationStore {
 public:
  StoreImpl(StoreConfig config, std::unique_ptr<store::Backend> backend)
      : config_(std::move(config)), backend_(std::move(backend)) {
    writer_ = std::thread([this] { Run(); });
  }

  ~StoreImpl() override {
    {
      std::lock_guard<std::mutex> lock(q_mu_);
      stop_ = true;
    }
    q_cv_.notify_all();
    writer_.join();
  }

  std::future<Status> Append(ConversationRecord record) override {
    std::promise<Status> done;
    std::future<Status> f = done.get_future();
    Status queued = Enqueue(std::move(record), &done);
    if (!queued.ok()) return Ready(queued);  // (`done` was not moved from)
    return f;
  }

  Status Submit(ConversationRecord record) override { return Enqueue(std::move(record), nullptr); }

  // Queues `record`, with `done` (moved from when queued) resolved at its
  // durability point; an error when it is not queued. A record the
  // tenant's policy keeps nothing of is resolved ok at once.
  Status Enqueue(ConversationRecord record, std::promise<Status>* done) {
    Status v = ValidateRecord(record);
    if (!v.ok()) return v;
    StoreMode mode = PolicyFor(record.tenant).mode;
    if (mode == StoreMode::kNothing) {
      if (done) done->set_value(Status::Ok());
      return Status::Ok();
    }
    if (record.subject_id.empty()) record.subject_id = record.conversation_id;
    if (record.created_unix_ms == 0) record.created_unix_ms = NowMs();
    bool wake = false;
    {
      std::lock_guard<std::mutex> lock(q_mu_);
      if (stop_) return Status::FailedPrecondition("the store is closing");
      if (queue_.size() >= config_.max_queued) return Status::ResourceExhausted("store write queue is full");
      Pending p{std::move(record), mode, std::nullopt};
      if (done) p.done.emplace(std::move(*done));
      queue_.push_back(std::move(p));
      enqueued_ += 1;
      // Only a writer waiting for work is woken: one gathering a batch
      // (commit_delay) picks the record up when its wait ends, so a request
      // does not hand the CPU to the writer thread every time.
      wake = writer_idle_ || queue_.size() >= config_.max_batch;
    }
    if (wake) q_cv_.notify_one();
    return Status::Ok();
  }

  Status Flush() override {
    std::unique_lock<std::mutex> lock(q_mu_);
    uint64_t target = enqueued_;
    ++flush_waiters_;
    q_cv_.notify_one();  // ends a commit_delay wait
    flushed_cv_.wait(lock, [&] { return finished_ >= target; });
    --flush_waiters_;
    return Status::Ok();
  }

  Result<std::vector<StoredRecord>> ReadConversation(const std::string& tenant, const std::string& conversation_id,
                                                     const std::string& actor, const std::string& reason) override {
    if (reason.empty()) return Status::InvalidArgument("reading a conversation needs a stated reason");
    Status a = Audit({.type = "conversation.read", .actor = actor, .tenant = tenant, .target = conversation_id,
                      .reason = reason});
    if (!a.ok()) return a;
    std::lock_guard<std::mutex> lock(backend_mu_);
    auto rows = backend_->SelectRecords(tenant, "conversation_id", conversation_id);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no stored conversation " + conversation_id + " for tenant " + tenant);
    return DecryptRowsLocked(*rows);
  }

  Result<std::string> ExportSubject(const std::string& tenant, const std::string& subject_id,
                                    const std::string& actor, const std::string& reason) override {
    if (reason.empty()) return Status::InvalidArgument("a subject export needs a stated reason");
    Status a = Audit({.type = "subject.export", .actor = actor, .tenant = tenant, .target = subject_id,
                      .reason = reason});
    if (!a.ok()) return a;
    std::lock_guard<std::mutex> lock(backend_mu_);
    auto rows = backend_->SelectRecords(tenant, "subject_id", subject_id);
    if (!rows.ok()) return rows.status();
    auto records = DecryptRowsLocked(*rows);
    if (!records.ok()) return records.status();
    json out = {{"format", "convoguard-subject-export"}, {"format_version", 1}, {"tenant", tenant},
                {"subject_id", subject_id}, {"exported_at_ms", NowMs()}};
    json list = json::array();
    for (const StoredRecord& s : *records) {
      const ConversationRecord& r = s.record;
      json j = {{"id", s.id},
                {"conversation_id", r.conversation_id},
                {"created_ms", r.created_unix_ms},
                {"model", r.model},
                {"prompt_tokens", r.prompt_tokens},
                {"completion_tokens", r.completion_tokens},
                {"detectors", r.detectors},
                {"stored", StoreModeName(s.mode)},
                {"content_present", s.content_present}};
      if (s.content_present) j["transcript"] = r.transcript;
      if (!s.restored_transcript.empty()) j["restored_transcript"] = s.restored_transcript;
      list.push_back(std::move(j));
    }
    out["records"] = std::move(list);
    std::string text = out.dump(2, ' ', false, json::error_handler_t::replace);
    return text;
  }

  Status EraseSubject(const std::string& tenant, const std::string& subject_id, const std::string& actor,
                      const std::string& reason) override {
    if (tenant.empty() || subject_id.empty()) return Status::InvalidArgument("tenant and subject are required");
    if (reason.empty()) return Status::InvalidArgument("an erasure needs a stated reason");
    Flush();  // records appended before the erasure are erased with it
    uint64_t deleted = 0;
    {
      std::lock_guard<std::mutex> lock(backend_mu_);
      // Key first: once it is gone every copy of the rows is unreadable,
      // even if deleting the rows below is interrupted.
      Status k = backend_->DeleteSubjectKey(tenant, subject_id);
      if (!k.ok()) return k;
      dek_cache_.erase(CacheKey(tenant, subject_id));
      auto n = backend_->DeleteSubjectRecords(tenant, subject_id);
      if (!n.ok()) return n.status();
      deleted = *n;
    }
    return Audit({.type = "subject.erase", .actor = actor, .tenant = tenant, .target = subject_id, .reason = reason,
                  .fields = {{"records_deleted", std::to_string(deleted)}, {"data_key", "destroyed"}}});
  }

  Result<PurgeReport> PurgeExpired(int64_t now_ms) override {
    PurgeReport report;
    std::vector<AuditEvent> events;
    Status status;
    {
      std::lock_guard<std::mutex> lock(backend_mu_);
      auto tenants = backend_->Tenants();
      if (!tenants.ok()) return tenants.status();
      for (const std::string& tenant : *tenants) {
        TenantPolicy p = PolicyFor(tenant);
        auto note = [&](const std::vector<store::DeletedRow>& rows, const char* data_class, int64_t retention) {
          for (const store::DeletedRow& r : rows) {
            events.push_back({.type = "retention.purge", .actor = "retention-job", .tenant = tenant,
                              .target = r.conversation_id,
                              .fields = {{"data_class", data_class}, {"record_id", std::to_string(r.id)},
                                         {"subject_id", r.subject_id},
                                         {"retention_seconds", std::to_string(retention)}}});
          }
        };
        // Transcripts first: content goes before the metadata row it belongs to.
        for (bool transcripts : {true, false}) {
          int64_t retention = transcripts ? p.transcript_retention_seconds : p.metadata_retention_seconds;
          if (retention <= 0) continue;
          int64_t cutoff = now_ms - retention * 1000;
          auto rows = transcripts ? backend_->PurgeTranscripts(tenant, cutoff) : backend_->DeleteMetadata(tenant, cutoff);
          if (!rows.ok()) {
            status = rows.status();
            break;
          }
          (transcripts ? report.transcripts_purged : report.metadata_rows_deleted) += rows->size();
          note(*rows, transcripts ? "transcript" : "metadata", retention);
        }
        if (!status.ok()) break;
      }
    }
    // Audit retention, chain by chain: a tenant's chain with its tenant's
    // retention, the system and legacy chains with the default's.
    if (status.ok()) {
      auto chains = config_.audit->Chains();
      if (!chains.ok()) status = chains.status();
      static const std::vector<AuditChain> kNone;
      for (const AuditChain& chain : chains.ok() ? *chains : kNone) {
        int64_t retention = chain.tenant.empty() ? config_.default_policy.audit_retention_seconds
                                                 : PolicyFor(chain.tenant).audit_retention_seconds;
        if (retention <= 0) continue;
        auto pruned = config_.audit->Prune(chain, now_ms - retention * 1000);
        if (!pruned.ok()) {
          if (status.ok()) status = pruned.status();
          continue;
        }
        if (*pruned == 0) continue;
        report.audit_lines_pruned += *pruned;
        events.push_back({.type = "retention.purge", .actor = "retention-job", .tenant = chain.tenant,
                          .target = chain.name,
                          .fields = {{"data_class", "audit"}, {"lines_removed", std::to_string(*pruned)},
                                     {"retention_seconds", std::to_string(retention)}}});
      }
    }
    // What was deleted is recorded even if a later tenant failed.
    for (AuditEvent& e : events) {
      Status a = config_.audit->Append(std::move(e));
      if (!a.ok() && status.ok()) status = a;
    }
    Status f = config_.audit->Checkpoint();  // flushes too
    if (!status.ok()) return status;
    if (!f.ok()) return f;
    return report;
  }

  Result<RewrapReport> RewrapSubjectKeys(const std::string& actor) override {
    RewrapReport report;
    {
      std::lock_guard<std::mutex> lock(backend_mu_);
      auto keys = backend_->ListSubjectKeys();
      if (!keys.ok()) return keys.status();
      uint32_t primary = config_.keyring->primary_version();
      for (store::SubjectKeyRow& k : *keys) {
        if (k.kek_version == primary) {
          report.already_current += 1;
          continue;
        }
        std::string context = KeyContext(k.tenant, k.subject_id);
        auto dek = config_.keyring->UnwrapKey(k.wrapped, context);
        if (!dek.ok()) return dek.status();
        auto wrapped = config_.keyring->WrapKey(*dek, context);
        if (!wrapped.ok()) return wrapped.status();
        std::string old = std::move(k.wrapped);
        k.wrapped = std::move(*wrapped);
        k.kek_version = primary;
        Status u = backend_->UpdateWrappedKey(k, old);
        if (!u.ok()) return u;
        report.rewrapped += 1;
      }
    }
    Status a = Audit({.type = "key.rewrap", .actor = actor,
                      .target = "kek-v" + std::to_string(config_.keyring->primary_version()),
                      .fields = {{"rewrapped", std::to_string(report.rewrapped)},
                                 {"already_current", std::to_string(report.already_current)}}});
    if (!a.ok()) return a;
    return report;
  }

  Result<bool> RotateKeysIfDue(int64_t now_unix) override {
    auto rotated = config_.keyring->RotateIfDue(now_unix);
    if (!rotated.ok() || !*rotated) return rotated;
    Status a = Audit({.type = "key.rotate", .actor = "schedule",
                      .target = "kek-v" + std::to_string(config_.keyring->primary_version()),
                      .fields = {{"primary", std::to_string(config_.keyring->primary_version())}}});
    if (!a.ok()) return a;
    return true;
  }

  Result<std::map<uint32_t, uint64_t>> SubjectKeysByKekVersion() override {
    std::lock_guard<std::mutex> lock(backend_mu_);
    auto keys = backend_->ListSubjectKeys();
    if (!keys.ok()) return keys.status();
    std::map<uint32_t, uint64_t> out;
    for (const auto& k : *keys) out[k.kek_version] += 1;
    return out;
  }

  Status RetireKekVersions(uint32_t min_version, const std::string& actor) override {
    {
      std::lock_guard<std::mutex> lock(backend_mu_);
      auto keys = backend_->ListSubjectKeys();
      if (!keys.ok()) return keys.status();
      uint64_t below = 0;
      for (const auto& k : *keys) below += k.kek_version < min_version ? 1 : 0;
      if (below > 0) {
        return Status::FailedPrecondition(std::to_string(below) + " subject key(s) are still wrapped under KEK "
                                          "versions below " + std::to_string(min_version) + "; run rewrap first");
      }
      Status r = config_.keyring->Retire(min_version);
      if (!r.ok()) return r;
    }
    return Audit({.type = "key.retire", .actor = actor, .target = "kek-below-v" + std::to_string(min_version),
                  .fields = {{"min_decryption_version", std::to_string(min_version)}}});
  }

 private:
  TenantPolicy PolicyFor(const std::string& tenant) const {
    auto it = config_.tenant_policies.find(tenant);
    return it == config_.tenant_policies.end() ? config_.default_policy : it->second;
  }

  Status Audit(AuditEvent e) {
    Status s = config_.audit->Append(std::move(e));
    if (!s.ok()) return Status::Unavailable("cannot audit the action, so it was refused: " + s.message());
    s = config_.audit->Flush();
    if (!s.ok()) return Status::Unavailable("cannot audit the action, so it was refused: " + s.message());
    return Status::Ok();
  }

  static std::string CacheKey(const std::string& tenant, const std::string& subject) {
    std::string k = tenant;
    k.push_back('\0');
    k += subject;
    return k;
  }

  // The subject's data key, from the cache when the stored wrapping is the
  // cached one. REQUIRES backend_mu_. Missing and `create`: a new key is
  // generated, wrapped, and added to `new_keys` for the caller to store.
  Result<CachedKey*> DataKeyLocked(const std::string& tenant, const std::string& subject, bool create,
                                         std::vector<store::SubjectKeyRow>* new_keys) {
    std::string ck = CacheKey(tenant, subject);
    auto row = backend_->GetSubjectKey(tenant, subject);
    if (!row.ok()) return row.status();
    auto it = dek_cache_.find(ck);
    if (*row) {
      if (it != dek_cache_.end() && it->second.wrapped == (*row)->wrapped) return &it->second;
      auto key = config_.keyring->UnwrapKey((*row)->wrapped, KeyContext(tenant, subject));
      if (!key.ok()) return key.status();
      auto cached = MakeCachedKey((*row)->wrapped, (*row)->dek_version, std::move(*key));
      if (!cached.ok()) return cached.status();
      return Cache(ck, std::move(*cached));
    }
    if (it != dek_cache_.end()) {
      // Created earlier in this batch, or erased by another process since:
      // only the first is still valid.
      if (new_keys != nullptr) {
        for (const auto& k : *new_keys) {
          if (k.tenant == tenant && k.subject_id == subject) return &it->second;
        }
      }
      dek_cache_.erase(it);
    }
    if (!create) return Status::FailedPrecondition("the data key of subject " + subject +
                                                   " was destroyed (erased); its records cannot be decrypted");
    auto key = SecretKey::Generate();
    if (!key.ok()) return key.status();
    auto wrapped = config_.keyring->WrapKey(*key, KeyContext(tenant, subject));
    if (!wrapped.ok()) return wrapped.status();
    auto version = Keyring::WrappedVersion(*wrapped);
    auto cached = MakeCachedKey(*wrapped, 1, std::move(*key));
    if (!cached.ok()) return cached.status();
    new_keys->push_back({tenant, subject, 1, *version, *wrapped, NowMs()});
    return Cache(ck, std::move(*cached));
  }

  // Pointers into the cache stay valid until the next TrimCacheLocked.
  CachedKey* Cache(const std::string& ck, CachedKey k) {
    auto [it, inserted] = dek_cache_.insert_or_assign(ck, std::move(k));
    return &it->second;
  }

  void TrimCacheLocked() {
    if (dek_cache_.size() >= kMaxCachedKeys) dek_cache_.clear();
  }

  Result<std::vector<StoredRecord>> DecryptRowsLocked(const std::vector<store::RecordRow>& rows) {
    TrimCacheLocked();
    std::vector<StoredRecord> out;
    for (const store::RecordRow& row : rows) {
      StoredRecord s;
      s.id = row.id;
      auto mode = ParseStoreMode(row.mode);
      s.mode = mode.ok() ? *mode : StoreMode::kMetadata;
      ConversationRecord& r = s.record;
      r.tenant = row.tenant;
      r.conversation_id = row.conversation_id;
      r.subject_id = row.subject_id;
      r.created_unix_ms = row.created_ms;
      r.model = row.model;
      r.prompt_tokens = row.prompt_tokens;
      r.completion_tokens = row.completion_tokens;
      json d = json::parse(row.detectors, nullptr, false);
      if (d.is_array()) {
        for (const auto& x : d) {
          if (x.is_string()) r.detectors.push_back(x.get<std::string>());
        }
      }
      if (row.content) {
        auto key = DataKeyLocked(row.tenant, row.subject_id, false, nullptr);
        if (!key.ok()) return key.status();
        auto plain = keyring::DecryptRecord((*key)->aead, row.tenant, row.conversation_id, *row.content);
        if (!plain.ok()) {
          return Status::DataLoss("record " + std::to_string(row.id) + ": " + plain.status().message());
        }
        r.transcript = std::move(*plain);
        s.content_present = true;
        if (row.vault) {
          auto vault = PseudonymVault::Deserialize((*key)->key, row.conversation_id, *row.vault);
          if (!vault.ok()) return vault.status();
          s.restored_transcript = (*vault)->Restore(r.transcript);
          r.vault = std::shared_ptr<const PseudonymVault>(std::move(*vault));
        }
      }
      out.push_back(std::move(s));
    }
    return out;
  }

  // Encrypts and commits one batch; resolves every promise.
  void WriteBatch(std::vector<Pending>& batch) {
    std::vector<Status> results(batch.size());
    std::vector<store::RecordRow> rows;
    std::vector<size_t> row_of;  // batch index of each row
    rows.reserve(batch.size());
    Status batch_status;
    {
      std::lock_guard<std::mutex> lock(backend_mu_);
      TrimCacheLocked();
      std::vector<store::SubjectKeyRow> new_keys;
      // One key lookup per subject per batch.
      std::unordered_map<std::string, Result<CachedKey*>> resolved;
      for (size_t i = 0; i < batch.size(); ++i) {
        const ConversationRecord& r = batch[i].record;
        store::RecordRow row;
        row.tenant = r.tenant;
        row.conversation_id = r.conversation_id;
        row.subject_id = r.subject_id;
        row.created_ms = r.created_unix_ms;
        row.model = r.model;
        row.prompt_tokens = r.prompt_tokens;
        row.completion_tokens = r.completion_tokens;
        row.detectors = json(r.detectors).dump(-1, ' ', false, json::error_handler_t::replace);
        row.mode = StoreModeName(batch[i].mode);
        if (batch[i].mode == StoreMode::kRedacted || batch[i].mode == StoreMode::kFull) {
          std::string ck = CacheKey(r.tenant, r.subject_id);
          auto found = resolved.find(ck);
          if (found == resolved.end()) {
            found = resolved.emplace(ck, DataKeyLocked(r.tenant, r.subject_id, true, &new_keys)).first;
          }
          Result<CachedKey*>& key = found->second;
          if (!key.ok()) {
            results[i] = key.status();
            continue;
          }
          row.dek_version = (*key)->dek_version;
          auto sealed = keyring::EncryptRecord((*key)->aead, row.dek_version, r.tenant, r.conversation_id,
                                               r.transcript);
          if (!sealed.ok()) {
            results[i] = sealed.status();
            continue;
          }
          row.content = std::move(*sealed);
          if (batch[i].mode == StoreMode::kFull && r.vault) {
            auto v = r.vault->Serialize((*key)->key);
            if (!v.ok()) {
              results[i] = v.status();
              continue;
            }
            row.vault = std::move(*v);
          }
        }
        rows.push_back(std::move(row));
        row_of.push_back(i);
      }
      batch_status = backend_->InsertSubjectKeys(new_keys);
      if (!batch_status.ok()) {
        for (const auto& k : new_keys) dek_cache_.erase(CacheKey(k.tenant, k.subject_id));
      } else {
        batch_status = backend_->InsertRecords(rows);
      }
    }
    for (size_t j = 0; j < row_of.size(); ++j) results[row_of[j]] = batch_status;
    for (size_t i = 0; i < batch.size(); ++i) {
      if (batch[i].done) {
        batch[i].done->set_value(results[i]);
      } else if (!results[i].ok() && config_.on_submit_failed) {
        config_.on_submit_failed(batch[i].record.conversation_id, results[i]);
      }
    }
  }

  void Run() {
    std::vector<Pending> batch;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(q_mu_);
        writer_idle_ = true;
        q_cv_.wait(lock, [&] { return !queue_.empty() || stop_; });
        writer_idle_ = false;
        if (queue_.empty() && stop_) return;
        // Group commit at low load too: gather what arrives within
        // commit_delay into the same transaction (one fsync) unless the
        // batch is full, someone waits in Flush, or the store is closing.
        if (config_.commit_delay.count() > 0) {
          const auto until = std::chrono::steady_clock::now() + config_.commit_delay;
          q_cv_.wait_until(lock, until, [&] {
            return stop_ || flush_waiters_ > 0 || queue_.size() >= config_.max_batch;
          });
        }
        batch.clear();
        while (!queue_.empty() && batch.size() < config_.max_batch) {
          batch.push_back(std::move(queue_.front()));
          queue_.pop_front();
        }
      }
      size_t n = batch.size();
      WriteBatch(batch);
      {
        std::lock_guard<std::mutex> lock(q_mu_);
        finished_ += n;
      }
      flushed_cv_.notify_all();
    }
  }

  const StoreConfig config_;
  std::unique_ptr<store::Backend> backend_;
  std::mutex backend_mu_;
  std::unordered_map<std::string, CachedKey> dek_cache_;  // guarded by backend_mu_

  std::mutex q_mu_;
  std::condition_variable q_cv_;
  std::condition_variable flushed_cv_;
  std::deque<Pending> queue_;
  bool stop_ = false;
  bool writer_idle_ = false;  // the writer waits for the queue to fill
  size_t flush_waiters_ = 0;
  uint64_t enqueued_ = 0;
  uint64_t finished_ = 0;
  std::thread writer_;
};

}  // namespace

Result<std::unique_ptr<ConversationStore>> ConversationStore::Open(const StoreConfig& config) {
  if (config.keyring == nullptr || config.audit == nullptr) {
    return Status::InvalidArgument("the store needs a keyring and an audit log");
  }
  if (config.max_batch == 0 || config.max_queued == 0) return Status::InvalidArgument("batch and queue sizes must be > 0");
  Result<std::unique_ptr<store::Backend>> backend = Status::InvalidArgument(
      "unknown store backend '" + config.backend + "' (sqlite, postgres)");
  if (config.backend == "sqlite") {
    backend = store::OpenSqliteBackend(config.sqlite_path, config.sqlite_key_store_path);
  } else if (config.backend == "postgres") {
    backend = store::OpenPostgresBackend(config.postgres_conninfo);
  }
  if (!backend.ok()) return backend.status();
  return std::unique_ptr<ConversationStore>(new StoreImpl(config, std::move(*backend)));
}

}  // namespace convoguard
