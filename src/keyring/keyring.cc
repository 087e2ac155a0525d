#include "convoguard/keyring.h"

#include <openssl/crypto.h>

#include <algorithm>

#include "anonymizer/crypto.h"
#include "keyring/envelope.h"

namespace convoguard {
namespace {

std::string Header(char kind, uint32_t version) {
  std::string h(1, kind);
  h += keyring::PutU32(version);
  return h;
}

std::string WrapContext(uint32_t version, std::string_view context) {
  return Header(keyring::kKindWrappedKey, version) + keyring::BindContext("convoguard.wrap/v1", {context});
}

Result<uint32_t> ParseHeader(char kind, std::string_view blob) {
  if (blob.size() < keyring::kEnvelopeHeader + 1 || blob[0] != kind) {
    return Status::InvalidArgument("not a convoguard key envelope");
  }
  uint32_t v = 0;
  for (int i = 1; i <= 4; ++i) v = (v << 8) | static_cast<unsigned char>(blob[i]);
  return v;
}

Result<std::string> RoleVerifier(std::string_view role, const SecretKey& credential) {
  auto mac = anonymizer::HmacSha256(
      std::string_view(reinterpret_cast<const char*>(credential.data()), SecretKey::kSize),
      "convoguard/role/" + std::string(role) + "/v1");
  if (!mac.ok()) return mac.status();
  return anonymizer::HexEncode(*mac);
}

}  // namespace

Result<std::unique_ptr<Keyring>> Keyring::Open(std::unique_ptr<KekProvider> provider) {
  if (!provider) return Status::InvalidArgument("no KEK provider");
  std::unique_ptr<Keyring> k(new Keyring(std::move(provider)));
  auto st = k->provider_->LoadState();
  if (!st.ok()) return st.status();
  k->state_ = std::move(*st);
  if (k->state_.primary == 0) {
    auto v = k->Rotate(static_cast<int64_t>(::time(nullptr)));
    if (!v.ok()) return v.status();
  }
  return k;
}

KeyringState Keyring::state() const {
  std::lock_guard<std::mutex> lock(mu_);
  return state_;
}

uint32_t Keyring::primary_version() const {
  std::lock_guard<std::mutex> lock(mu_);
  return state_.primary;
}

std::string Keyring::provider_name() const { return provider_->name(); }

Status Keyring::Reload() {
  std::lock_guard<std::mutex> lock(mu_);
  auto st = provider_->LoadState();
  if (!st.ok()) return st.status();
  state_ = std::move(*st);
  return Status::Ok();
}

Status Keyring::CheckUsableLocked(uint32_t version) const {
  if (version < state_.min_decryption_version) {
    return Status::FailedPrecondition("KEK version " + std::to_string(version) +
                                      " is retired (minimum decryption version " +
                                      std::to_string(state_.min_decryption_version) + ")");
  }
  bool known = std::any_of(state_.versions.begin(), state_.versions.end(),
                           [&](const KekVersion& v) { return v.version == version; });
  if (!known) return Status::NotFound("unknown KEK version " + std::to_string(version));
  return Status::Ok();
}

Status Keyring::RefreshIfChangedLocked() {
  if (!provider_->Changed()) return Status::Ok();
  auto st = provider_->LoadState();
  if (!st.ok()) return st.status();
  state_ = std::move(*st);
  return Status::Ok();
}

Result<std::string> Keyring::WrapKey(const SecretKey& key, std::string_view context) {
  std::lock_guard<std::mutex> lock(mu_);
  Status fresh = RefreshIfChangedLocked();
  if (!fresh.ok()) return fresh;
  uint32_t v = state_.primary;
  auto blob = provider_->Wrap(v, key, WrapContext(v, context));
  if (!blob.ok()) return blob.status();
  return Header(keyring::kKindWrappedKey, v) + *blob;
}

Result<uint32_t> Keyring::WrappedVersion(std::string_view wrapped) {
  return ParseHeader(keyring::kKindWrappedKey, wrapped);
}

Result<SecretKey> Keyring::UnwrapKey(std::string_view wrapped, std::string_view context) {
  auto v = WrappedVersion(wrapped);
  if (!v.ok()) return Status::DataLoss(v.status().message());
  {
    std::lock_guard<std::mutex> lock(mu_);
    Status s = CheckUsableLocked(*v);
    if (s.ok()) return provider_->Unwrap(*v, wrapped.substr(keyring::kEnvelopeHeader), WrapContext(*v, context));
    if (s.code() != StatusCode::kNotFound || *v <= state_.primary) return s;
  }
  // Newer than we know: another process rotated. Reload once.
  Status r = Reload();
  if (!r.ok()) return r;
  std::lock_guard<std::mutex> lock(mu_);
  Status s = CheckUsableLocked(*v);
  if (!s.ok()) return s;
  return provider_->Unwrap(*v, wrapped.substr(keyring::kEnvelopeHeader), WrapContext(*v, context));
}

Result<uint32_t> Keyring::Rotate(int64_t now_unix) {
  std::lock_guard<std::mutex> lock(mu_);
  Status fresh = RefreshIfChangedLocked();
  if (!fresh.ok()) return fresh;
  uint32_t next = state_.primary + 1;
  Status s = provider_->CreateVersion(next);
  if (!s.ok()) return s;
  KeyringState updated = state_;
  updated.versions.push_back({next, now_unix});
  updated.primary = next;
  s = provider_->SaveState(updated);
  if (!s.ok()) return s;
  state_ = std::move(updated);
  return next;
}

Result<bool> Keyring::RotateIfDue(int64_t now_unix) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (state_.rotation_period_seconds <= 0 || state_.versions.empty()) return false;
    if (now_unix - state_.versions.back().created_unix < state_.rotation_period_seconds) return false;
  }
  auto v = Rotate(now_unix);
  if (!v.ok()) return v.status();
  return true;
}

Status Keyring::SetRotationPeriod(int64_t seconds) {
  if (seconds < 0) return Status::InvalidArgument("rotation period must be >= 0");
  std::lock_guard<std::mutex> lock(mu_);
  Status fresh = RefreshIfChangedLocked();
  if (!fresh.ok()) return fresh;
  KeyringState updated = state_;
  updated.rotation_period_seconds = seconds;
  Status s = provider_->SaveState(updated);
  if (s.ok()) state_ = std::move(updated);
  return s;
}

Status Keyring::Retire(uint32_t min_version) {
  std::lock_guard<std::mutex> lock(mu_);
  Status fresh = RefreshIfChangedLocked();
  if (!fresh.ok()) return fresh;
  if (min_version > state_.primary || min_version == 0) {
    return Status::InvalidArgument("cannot retire the primary version: minimum must be 1.." +
                                   std::to_string(state_.primary));
  }
  if (min_version <= state_.min_decryption_version) return Status::Ok();
  KeyringState updated = state_;
  updated.min_decryption_version = min_version;
  std::vector<uint32_t> destroyed;
  std::erase_if(updated.versions, [&](const KekVersion& v) {
    if (v.version < min_version) destroyed.push_back(v.version);
    return v.version < min_version;
  });
  // State first: once the minimum is raised, nothing uses the old versions,
  // even if destroying the material below fails half way.
  Status s = provider_->SaveState(updated);
  if (!s.ok()) return s;
  state_ = std::move(updated);
  for (uint32_t v : destroyed) {
    s = provider_->DestroyVersion(v);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::string> Keyring::Sign(std::string_view data) {
  std::lock_guard<std::mutex> lock(mu_);
  Status fresh = RefreshIfChangedLocked();
  if (!fresh.ok()) return fresh;
  std::string header = Header(keyring::kKindMac, state_.primary);
  auto mac = provider_->Mac(state_.primary, header + std::string(data));
  if (!mac.ok()) return mac.status();
  return header + *mac;
}

Status Keyring::Verify(std::string_view data, std::string_view signature) {
  auto v = ParseHeader(keyring::kKindMac, signature);
  if (!v.ok()) return Status::DataLoss("malformed signature");
  std::lock_guard<std::mutex> lock(mu_);
  Status fresh = RefreshIfChangedLocked();
  if (!fresh.ok()) return fresh;
  Status s = CheckUsableLocked(*v);
  if (!s.ok()) return s;
  auto mac = provider_->Mac(*v, std::string(signature.substr(0, keyring::kEnvelopeHeader)) + std::string(data));
  if (!mac.ok()) return mac.status();
  std::string_view got = signature.substr(keyring::kEnvelopeHeader);
  if (got.size() != mac->size() || CRYPTO_memcmp(got.data(), mac->data(), got.size()) != 0) {
    return Status::DataLoss("signature does not match");
  }
  return Status::Ok();
}

Status Keyring::SetRoleCredential(std::string_view role, const SecretKey& credential) {
  auto verifier = RoleVerifier(role, credential);
  if (!verifier.ok()) return verifier.status();
  std::lock_guard<std::mutex> lock(mu_);
  Status fresh = RefreshIfChangedLocked();
  if (!fresh.ok()) return fresh;
  KeyringState updated = state_;
  std::erase_if(updated.role_verifiers, [&](const auto& p) { return p.first == role; });
  updated.role_verifiers.emplace_back(std::string(role), *verifier);
  Status s = provider_->SaveState(updated);
  if (s.ok()) state_ = std::move(updated);
  return s;
}

Status Keyring::CheckRole(std::string_view role, const SecretKey& credential) const {
  auto verifier = RoleVerifier(role, credential);
  if (!verifier.ok()) return verifier.status();
  std::lock_guard<std::mutex> lock(mu_);
  for (const auto& [r, stored] : state_.role_verifiers) {
    if (r != role) continue;
    if (stored.size() == verifier->size() && CRYPTO_memcmp(stored.data(), verifier->data(), stored.size()) == 0) {
      return Status::Ok();
    }
    return Status::FailedPrecondition("permission denied: the credential is not the " + std::string(role) +
                                      " credential");
  }
  return Status::FailedPrecondition("permission denied: no " + std::string(role) +
                                    " credential is configured in this keyring");
}

}  // namespace convoguard
