// KEK provider on a PKCS#11 token (an HSM; SoftHSM2 in the tests).
//
// Per KEK version v the token holds two secret keys, created on the token
// with CKA_SENSITIVE=TRUE and CKA_EXTRACTABLE=FALSE so their bytes never
// leave it: "<prefix>-kek-<v>" (CKK_AES, 256 bits) wraps data keys with
// CKM_AES_GCM, and "<prefix>-mac-<v>" (CKK_GENERIC_SECRET) signs audit
// checkpoints with CKM_SHA256_HMAC. The keyring metadata is a private data
// object "<prefix>-state" (the same JSON as the key file's "state").
#include <dlfcn.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>
#include <nlohmann/json.hpp>
#include <vector>

#include "convoguard/keyring.h"
#include "keyring/envelope.h"
#include "keyring/state_json.h"

// Last: its compatibility macros (value, flags, ...) are scoped to it.
#include <p11-kit/pkcs11.h>

namespace convoguard {
namespace {

constexpr size_t kIvBytes = 12;
constexpr size_t kMaxStateBytes = size_t{1} << 20;

std::string RvText(CK_RV rv) {
  switch (rv) {
    case CKR_PIN_INCORRECT: return "wrong PIN";
    case CKR_PIN_LOCKED: return "PIN locked";
    case CKR_TOKEN_NOT_PRESENT: return "token not present";
    case CKR_DEVICE_ERROR: return "device error";
    case CKR_ENCRYPTED_DATA_INVALID: return "encrypted data invalid";
    case CKR_MECHANISM_INVALID: return "mechanism not supported by the token";
    default: {
      char buf[32];
      snprintf(buf, sizeof buf, "CKR 0x%lx", static_cast<unsigned long>(rv));
      return buf;
    }
  }
}

class Pkcs11 final : public KekProvider {
 public:
  ~Pkcs11() override {
    if (f_ && session_ != CK_INVALID_HANDLE) f_->C_CloseSession(session_);
    // The module stays loaded and initialized: other providers in this
    // process may share it, and C_Finalize would end their sessions.
  }

  Status Init(const Pkcs11Options& o) {
    prefix_ = o.label_prefix;
    void* lib = ::dlopen(o.module_path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (lib == nullptr) return Status::Unavailable("cannot load PKCS#11 module " + o.module_path);
    auto get = reinterpret_cast<CK_RV (*)(CK_FUNCTION_LIST_PTR_PTR)>(::dlsym(lib, "C_GetFunctionList"));
    if (get == nullptr || get(&f_) != CKR_OK || f_ == nullptr) {
      return Status::Unavailable(o.module_path + " is not a PKCS#11 module");
    }
    CK_C_INITIALIZE_ARGS args{};
    args.flags = CKF_OS_LOCKING_OK;
    CK_RV rv = f_->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) return Fail("C_Initialize", rv);
    CK_ULONG n = 0;
    if ((rv = f_->C_GetSlotList(CK_TRUE, nullptr, &n)) != CKR_OK) return Fail("C_GetSlotList", rv);
    std::vector<CK_SLOT_ID> slots(n);
    if ((rv = f_->C_GetSlotList(CK_TRUE, slots.data(), &n)) != CKR_OK) return Fail("C_GetSlotList", rv);
    slots.resize(n);
    for (CK_SLOT_ID s : slots) {
      CK_TOKEN_INFO info{};
      if (f_->C_GetTokenInfo(s, &info) != CKR_OK) continue;
      std::string label(reinterpret_cast<const char*>(info.label), sizeof info.label);
      label.erase(label.find_last_not_of(' ') + 1);
      if (label != o.token_label) continue;
      rv = f_->C_OpenSession(s, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &session_);
      if (rv != CKR_OK) return Fail("C_OpenSession", rv);
      rv = f_->C_Login(session_, CKU_USER, reinterpret_cast<CK_UTF8CHAR_PTR>(const_cast<char*>(o.pin.data())),
                       o.pin.size());
      if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) return Fail("C_Login", rv);
      return Status::Ok();
    }
    return Status::NotFound("no PKCS#11 token labelled '" + o.token_label + "'");
  }

  std::string name() const override { return "pkcs11"; }

  bool Changed() override {
    auto text = StateText();
    return !text.ok() || *text != last_state_;
  }

  Result<KeyringState> LoadState() override {
    auto text = StateText();
    if (!text.ok()) return text.status();
    last_state_ = *text;
    if (text->empty()) return KeyringState{};
    auto j = nlohmann::json::parse(*text, nullptr, false);
    if (j.is_discarded()) return Status::DataLoss("the keyring state on the token is not JSON");
    return keyring::StateFromJson(j);
  }

  // The state object's bytes, empty if there is none yet.
  Result<std::string> StateText() {
    auto h = Find(CKO_DATA, prefix_ + "-state");
    if (!h.ok()) return h.status();
    if (h->empty()) return std::string();
    CK_ATTRIBUTE a{CKA_VALUE, nullptr, 0};
    CK_RV rv = f_->C_GetAttributeValue(session_, h->front(), &a, 1);
    if (rv != CKR_OK || a.ulValueLen > kMaxStateBytes) return Fail("reading the keyring state", rv);
    std::string text(a.ulValueLen, '\0');
    a.pValue = text.data();
    if ((rv = f_->C_GetAttributeValue(session_, h->front(), &a, 1)) != CKR_OK) {
      return Fail("reading the keyring state", rv);
    }
    return text;
  }

  Status SaveState(const KeyringState& state) override {
    auto old = Find(CKO_DATA, prefix_ + "-state");
    if (!old.ok()) return old.status();
    std::string text = keyring::StateToJson(state).dump();
    std::string label = prefix_ + "-state";
    CK_OBJECT_CLASS cls = CKO_DATA;
    CK_BBOOL yes = CK_TRUE;
    CK_ATTRIBUTE t[] = {{CKA_CLASS, &cls, sizeof cls},
                        {CKA_TOKEN, &yes, sizeof yes},
                        {CKA_PRIVATE, &yes, sizeof yes},
                        {CKA_LABEL, label.data(), label.size()},
                        {CKA_VALUE, text.data(), text.size()}};
    CK_OBJECT_HANDLE h;
    CK_RV rv = f_->C_CreateObject(session_, t, sizeof t / sizeof t[0], &h);
    if (rv != CKR_OK) return Fail("storing the keyring state", rv);
    // New object first, then the old ones go: a crash in between leaves two
    // state objects (LoadState then reads either), never none.
    for (CK_OBJECT_HANDLE o : *old) f_->C_DestroyObject(session_, o);
    last_state_ = text;
    return Status::Ok();
  }

  Status CreateVersion(uint32_t version) override {
    auto existing = Find(CKO_SECRET_KEY, KekLabel(version));
    if (!existing.ok()) return existing.status();
    if (!existing->empty()) return Status::FailedPrecondition("KEK version exists already on the token");
    Status s = Generate(KekLabel(version), CKM_AES_KEY_GEN, CKK_AES, /*mac=*/false);
    if (!s.ok()) return s;
    return Generate(MacLabel(version), CKM_GENERIC_SECRET_KEY_GEN, CKK_GENERIC_SECRET, /*mac=*/true);
  }

  Status DestroyVersion(uint32_t version) override {
    for (const std::string& label : {KekLabel(version), MacLabel(version)}) {
      auto hs = Find(CKO_SECRET_KEY, label);
      if (!hs.ok()) return hs.status();
      for (CK_OBJECT_HANDLE h : *hs) {
        CK_RV rv = f_->C_DestroyObject(session_, h);
        if (rv != CKR_OK) return Fail("destroying " + label, rv);
      }
    }
    return Status::Ok();
  }

  Result<std::string> Wrap(uint32_t version, const SecretKey& key, std::string_view context) override {
    auto h = One(KekLabel(version));
    if (!h.ok()) return h.status();
    std::string out(kIvBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), kIvBytes) != 1) {
      return Status::Internal("RAND_bytes failed");
    }
    CK_GCM_PARAMS gcm = Gcm(out, context);
    CK_MECHANISM m{CKM_AES_GCM, &gcm, sizeof gcm};
    CK_RV rv = f_->C_EncryptInit(session_, &m, *h);
    if (rv != CKR_OK) return Fail("C_EncryptInit", rv);
    CK_ULONG len = SecretKey::kSize + 64;
    std::string ct(len, '\0');
    rv = f_->C_Encrypt(session_, const_cast<CK_BYTE_PTR>(key.data()), SecretKey::kSize,
                       reinterpret_cast<CK_BYTE_PTR>(ct.data()), &len);
    if (rv != CKR_OK) return Fail("C_Encrypt", rv);
    ct.resize(len);
    return out + ct;
  }

  Result<SecretKey> Unwrap(uint32_t version, std::string_view wrapped, std::string_view context) override {
    if (wrapped.size() <= kIvBytes + 16) return Status::DataLoss("wrapped key is truncated");
    auto h = One(KekLabel(version));
    if (!h.ok()) return h.status();
    std::string iv(wrapped.substr(0, kIvBytes));
    CK_GCM_PARAMS gcm = Gcm(iv, context);
    CK_MECHANISM m{CKM_AES_GCM, &gcm, sizeof gcm};
    CK_RV rv = f_->C_DecryptInit(session_, &m, *h);
    if (rv != CKR_OK) return Fail("C_DecryptInit", rv);
    std::string ct(wrapped.substr(kIvBytes));
    CK_ULONG len = ct.size();
    std::string plain(len, '\0');
    rv = f_->C_Decrypt(session_, reinterpret_cast<CK_BYTE_PTR>(ct.data()), ct.size(),
                       reinterpret_cast<CK_BYTE_PTR>(plain.data()), &len);
    if (rv != CKR_OK) {
      keyring::Wipe(plain);
      // After a successful C_DecryptInit, a failing GCM C_Decrypt is a failed
      // tag check; tokens differ in how they say so (SoftHSM2 2.6 returns
      // CKR_GENERAL_ERROR).
      if (rv == CKR_ENCRYPTED_DATA_INVALID || rv == CKR_ENCRYPTED_DATA_LEN_RANGE || rv == CKR_GENERAL_ERROR ||
          rv == CKR_FUNCTION_FAILED) {
        return Status::DataLoss("authentication failed: wrong key, wrong context or tampered data");
      }
      return Fail("C_Decrypt", rv);
    }
    plain.resize(len);
    auto key = SecretKey::FromBytes(plain);
    keyring::Wipe(plain);
    if (!key.ok()) return Status::DataLoss("unwrapped key has the wrong size");
    return key;
  }

  Result<std::string> Mac(uint32_t version, std::string_view data) override {
    auto h = One(MacLabel(version));
    if (!h.ok()) return h.status();
    CK_MECHANISM m{CKM_SHA256_HMAC, nullptr, 0};
    CK_RV rv = f_->C_SignInit(session_, &m, *h);
    if (rv != CKR_OK) return Fail("C_SignInit", rv);
    std::string in(data);
    std::string mac(32, '\0');
    CK_ULONG len = mac.size();
    rv = f_->C_Sign(session_, reinterpret_cast<CK_BYTE_PTR>(in.data()), in.size(),
                    reinterpret_cast<CK_BYTE_PTR>(mac.data()), &len);
    if (rv != CKR_OK) return Fail("C_Sign", rv);
    mac.resize(len);
    return mac;
  }

 private:
  std::string KekLabel(uint32_t v) const { return prefix_ + "-kek-" + std::to_string(v); }
  std::string MacLabel(uint32_t v) const { return prefix_ + "-mac-" + std::to_string(v); }

  Status Fail(const std::string& what, CK_RV rv) const {
    std::string m = "PKCS#11 " + what + " failed: " + RvText(rv);
    if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_LOCKED) return Status::FailedPrecondition(m);
    return Status::Unavailable(m);
  }

  CK_GCM_PARAMS Gcm(std::string& iv, std::string_view context) {
    aad_.assign(context);
    CK_GCM_PARAMS g{};
    g.pIv = reinterpret_cast<CK_BYTE_PTR>(iv.data());
    g.ulIvLen = kIvBytes;
    g.ulIvBits = kIvBytes * 8;
    g.pAAD = reinterpret_cast<CK_BYTE_PTR>(aad_.data());
    g.ulAADLen = aad_.size();
    g.ulTagBits = 128;
    return g;
  }

  Status Generate(const std::string& label, CK_MECHANISM_TYPE mech, CK_KEY_TYPE type, bool mac) {
    CK_OBJECT_CLASS cls = CKO_SECRET_KEY;
    CK_BBOOL yes = CK_TRUE, no = CK_FALSE;
    CK_ULONG bytes = 32;
    CK_BBOOL enc = mac ? no : yes;
    CK_BBOOL sign = mac ? yes : no;
    std::string l = label;
    CK_ATTRIBUTE t[] = {{CKA_CLASS, &cls, sizeof cls},        {CKA_KEY_TYPE, &type, sizeof type},
                        {CKA_TOKEN, &yes, sizeof yes},        {CKA_PRIVATE, &yes, sizeof yes},
                        {CKA_SENSITIVE, &yes, sizeof yes},    {CKA_EXTRACTABLE, &no, sizeof no},
                        {CKA_ENCRYPT, &enc, sizeof enc},      {CKA_DECRYPT, &enc, sizeof enc},
                        {CKA_SIGN, &sign, sizeof sign},       {CKA_VERIFY, &sign, sizeof sign},
                        {CKA_VALUE_LEN, &bytes, sizeof bytes}, {CKA_LABEL, l.data(), l.size()}};
    CK_MECHANISM m{mech, nullptr, 0};
    CK_OBJECT_HANDLE h;
    CK_RV rv = f_->C_GenerateKey(session_, &m, t, sizeof t / sizeof t[0], &h);
    if (rv != CKR_OK) return Fail("generating " + label, rv);
    return Status::Ok();
  }

  Result<std::vector<CK_OBJECT_HANDLE>> Find(CK_OBJECT_CLASS cls, const std::string& label) {
    std::string l = label;
    CK_ATTRIBUTE t[] = {{CKA_CLASS, &cls, sizeof cls}, {CKA_LABEL, l.data(), l.size()}};
    CK_RV rv = f_->C_FindObjectsInit(session_, t, 2);
    if (rv != CKR_OK) return Fail("C_FindObjectsInit", rv);
    std::vector<CK_OBJECT_HANDLE> out;
    CK_OBJECT_HANDLE h[16];
    CK_ULONG n = 0;
    while ((rv = f_->C_FindObjects(session_, h, 16, &n)) == CKR_OK && n > 0) out.insert(out.end(), h, h + n);
    f_->C_FindObjectsFinal(session_);
    if (rv != CKR_OK) return Fail("C_FindObjects", rv);
    return out;
  }

  Result<CK_OBJECT_HANDLE> One(const std::string& label) {
    auto hs = Find(CKO_SECRET_KEY, label);
    if (!hs.ok()) return hs.status();
    if (hs->empty()) return Status::NotFound("no key '" + label + "' on the token");
    return hs->front();
  }

  CK_FUNCTION_LIST_PTR f_ = nullptr;
  CK_SESSION_HANDLE session_ = CK_INVALID_HANDLE;
  std::string prefix_;
  std::string aad_;
  std::string last_state_;  // for Changed()
};

}  // namespace

Result<std::unique_ptr<KekProvider>> Pkcs11Provider::Open(const Pkcs11Options& options) {
  if (options.token_label.empty()) return Status::InvalidArgument("PKCS#11: no token label");
  auto p = std::make_unique<Pkcs11>();
  Status s = p->Init(options);
  if (!s.ok()) return s;
  return std::unique_ptr<KekProvider>(std::move(p));
}

}  // namespace convoguard
