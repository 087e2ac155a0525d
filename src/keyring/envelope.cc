#include "keyring/envelope.h"

#include <openssl/crypto.h>

#include "anonymizer/crypto.h"

namespace convoguard::keyring {

std::string PutU32(uint32_t v) {
  std::string out(4, '\0');
  for (int i = 0; i < 4; ++i) out[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xFF);
  return out;
}

std::string BindContext(std::string_view purpose, std::initializer_list<std::string_view> fields) {
  std::string out(purpose);
  for (std::string_view f : fields) {
    out += PutU32(static_cast<uint32_t>(f.size()));
    out.append(f);
  }
  return out;
}

namespace {
std::string Header(char kind, uint32_t version) {
  std::string h(1, kind);
  h += PutU32(version);
  return h;
}
}  // namespace

Result<std::string> SealVersioned(char kind, uint32_t version, AesGcmKey& key, std::string_view plaintext,
                                  std::string_view context) {
  std::string out = Header(kind, version);
  out.reserve(kEnvelopeHeader + anonymizer::kSealOverhead + plaintext.size());
  std::string ad = out;
  ad.append(context);
  Status s = key.SealAppend(plaintext, ad, out);
  if (!s.ok()) return s;
  return out;
}

Result<std::string> SealVersioned(char kind, uint32_t version, const SecretKey& key,
                                  std::string_view plaintext, std::string_view context) {
  auto k = AesGcmKey::Create(key);
  if (!k.ok()) return k.status();
  return SealVersioned(kind, version, *k, plaintext, context);
}

Result<uint32_t> EnvelopeVersion(char kind, std::string_view sealed) {
  if (sealed.size() < kEnvelopeHeader + anonymizer::kSealOverhead) {
    return Status::InvalidArgument("ciphertext is truncated");
  }
  if (sealed[0] != kind) return Status::InvalidArgument("ciphertext is of the wrong kind");
  uint32_t v = 0;
  for (int i = 1; i <= 4; ++i) v = (v << 8) | static_cast<unsigned char>(sealed[i]);
  return v;
}

Result<std::string> OpenVersioned(char kind, AesGcmKey& key, std::string_view sealed, std::string_view context) {
  auto version = EnvelopeVersion(kind, sealed);
  if (!version.ok()) return Status::DataLoss(version.status().message());
  std::string ad(sealed.substr(0, kEnvelopeHeader));
  ad.append(context);
  return key.Open(sealed.substr(kEnvelopeHeader), ad);
}

Result<std::string> OpenVersioned(char kind, const SecretKey& key, std::string_view sealed,
                                  std::string_view context) {
  auto k = AesGcmKey::Create(key);
  if (!k.ok()) return k.status();
  return OpenVersioned(kind, *k, sealed, context);
}

namespace {
std::string RecordContext(std::string_view tenant, std::string_view conversation) {
  return BindContext("convoguard.record/v1", {tenant, conversation});
}
}  // namespace

Result<std::string> EncryptRecord(AesGcmKey& dek, uint32_t dek_version, std::string_view tenant,
                                  std::string_view conversation, std::string_view plaintext) {
  return SealVersioned(kKindRecord, dek_version, dek, plaintext, RecordContext(tenant, conversation));
}

Result<std::string> DecryptRecord(AesGcmKey& dek, std::string_view tenant, std::string_view conversation,
                                  std::string_view sealed) {
  return OpenVersioned(kKindRecord, dek, sealed, RecordContext(tenant, conversation));
}

Result<std::string> EncryptRecord(const SecretKey& dek, uint32_t dek_version, std::string_view tenant,
                                  std::string_view conversation, std::string_view plaintext) {
  return SealVersioned(kKindRecord, dek_version, dek, plaintext, RecordContext(tenant, conversation));
}

Result<std::string> DecryptRecord(const SecretKey& dek, std::string_view tenant,
                                  std::string_view conversation, std::string_view sealed) {
  return OpenVersioned(kKindRecord, dek, sealed, RecordContext(tenant, conversation));
}

void Wipe(std::string& s) {
  if (!s.empty()) OPENSSL_cleanse(s.data(), s.size());
  s.clear();
}

}  // namespace convoguard::keyring
