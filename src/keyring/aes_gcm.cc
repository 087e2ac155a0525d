#include "keyring/aes_gcm.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>

#include "anonymizer/crypto.h"

namespace convoguard::keyring {
namespace {

using anonymizer::kNonceBytes;
using anonymizer::kSealOverhead;
using anonymizer::kSealVersion;
using anonymizer::kTagBytes;

constexpr size_t kMaxBytes = size_t{1} << 30;  // GCM takes int lengths

const unsigned char* U(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

}  // namespace

Result<AesGcmKey> AesGcmKey::Create(const SecretKey& key) {
  AesGcmKey k;
  k.enc_.reset(EVP_CIPHER_CTX_new());
  k.dec_.reset(EVP_CIPHER_CTX_new());
  bool ok = k.enc_ && k.dec_ &&
            EVP_EncryptInit_ex(k.enc_.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
            EVP_CIPHER_CTX_ctrl(k.enc_.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
            EVP_EncryptInit_ex(k.enc_.get(), nullptr, nullptr, key.data(), nullptr) == 1 &&
            EVP_DecryptInit_ex(k.dec_.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
            EVP_CIPHER_CTX_ctrl(k.dec_.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
            EVP_DecryptInit_ex(k.dec_.get(), nullptr, nullptr, key.data(), nullptr) == 1;
  if (!ok) return Status::Internal("AES-256-GCM key setup failed");
  return k;
}

Status AesGcmKey::SealAppend(std::string_view plaintext, std::string_view ad, std::string& out) {
  if (plaintext.size() > kMaxBytes || ad.size() > kMaxBytes) return Status::ResourceExhausted("too large to encrypt");
  const size_t base = out.size();
  out.resize(base + kSealOverhead + plaintext.size());
  auto* p = reinterpret_cast<unsigned char*>(out.data()) + base;
  p[0] = kSealVersion;
  unsigned char* nonce = p + 1;
  unsigned char* ct = nonce + kNonceBytes;
  unsigned char* tag = ct + plaintext.size();
  if (RAND_bytes(nonce, kNonceBytes) != 1) return Status::Internal("RAND_bytes failed");
  EVP_CIPHER_CTX* c = enc_.get();
  int len = 0;
  const unsigned char version = kSealVersion;
  bool ok = EVP_EncryptInit_ex(c, nullptr, nullptr, nullptr, nonce) == 1 &&
            EVP_EncryptUpdate(c, nullptr, &len, &version, 1) == 1 &&
            (ad.empty() || EVP_EncryptUpdate(c, nullptr, &len, U(ad), static_cast<int>(ad.size())) == 1) &&
            (plaintext.empty() ||
             EVP_EncryptUpdate(c, ct, &len, U(plaintext), static_cast<int>(plaintext.size())) == 1) &&
            EVP_EncryptFinal_ex(c, ct + plaintext.size(), &len) == 1 &&
            EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, kTagBytes, tag) == 1;
  if (!ok) {
    out.resize(base);
    return Status::Internal("AES-256-GCM encryption failed");
  }
  return Status::Ok();
}

Result<std::string> AesGcmKey::Open(std::string_view sealed, std::string_view ad) {
  if (sealed.size() < kSealOverhead) return Status::DataLoss("encrypted data is truncated");
  if (static_cast<unsigned char>(sealed[0]) != kSealVersion) return Status::DataLoss("unknown encryption format version");
  if (sealed.size() > kMaxBytes + kSealOverhead || ad.size() > kMaxBytes) {
    return Status::ResourceExhausted("too large to decrypt");
  }
  const size_t ct_len = sealed.size() - kSealOverhead;
  const unsigned char* nonce = U(sealed) + 1;
  const unsigned char* ct = nonce + kNonceBytes;
  unsigned char tag[kTagBytes];
  std::memcpy(tag, ct + ct_len, kTagBytes);
  std::string out(ct_len, '\0');
  EVP_CIPHER_CTX* c = dec_.get();
  int len = 0;
  const unsigned char version = kSealVersion;
  bool setup = EVP_DecryptInit_ex(c, nullptr, nullptr, nullptr, nonce) == 1 &&
               EVP_DecryptUpdate(c, nullptr, &len, &version, 1) == 1 &&
               (ad.empty() || EVP_DecryptUpdate(c, nullptr, &len, U(ad), static_cast<int>(ad.size())) == 1) &&
               (ct_len == 0 || EVP_DecryptUpdate(c, reinterpret_cast<unsigned char*>(out.data()), &len, ct,
                                                 static_cast<int>(ct_len)) == 1) &&
               EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag) == 1;
  if (!setup) return Status::Internal("AES-256-GCM decryption failed to start");
  if (EVP_DecryptFinal_ex(c, reinterpret_cast<unsigned char*>(out.data()) + ct_len, &len) != 1) {
    OPENSSL_cleanse(out.data(), out.size());
    return Status::DataLoss("authentication failed: wrong key, wrong context or tampered data");
  }
  return out;
}

}  // namespace convoguard::keyring
