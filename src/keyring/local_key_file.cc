// The default KEK provider: one JSON file, created on first start with mode
// 0600 and rewritten atomically (temp file, fsync, rename, fsync directory)
// on every change. Format: docs/formats/keyring.md.
#include <fcntl.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "anonymizer/crypto.h"
#include "convoguard/keyring.h"
#include "keyring/envelope.h"
#include "keyring/state_json.h"

namespace convoguard {
namespace {

using nlohmann::json;
using keyring::Wipe;

constexpr size_t kMaxKeyFileBytes = size_t{16} << 20;
constexpr std::string_view kFormat = "convoguard-keyring";

std::string_view AsView(const SecretKey& k) { return {reinterpret_cast<const char*>(k.data()), SecretKey::kSize}; }

Result<SecretKey> Scrypt(std::string_view passphrase, std::string_view salt, int log2_n) {
  if (log2_n < 10 || log2_n > 22) return Status::DataLoss("key file: scrypt cost out of range");
  EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
  if (kdf == nullptr) return Status::Internal("OpenSSL has no SCRYPT KDF");
  EVP_KDF_CTX* ctx = EVP_KDF_CTX_new(kdf);
  EVP_KDF_free(kdf);
  if (ctx == nullptr) return Status::Internal("EVP_KDF_CTX_new failed");
  uint64_t n = uint64_t{1} << log2_n;
  uint32_t r = 8, p = 1;
  uint64_t maxmem = 1ull << 30;
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(passphrase.data()),
                                        passphrase.size()),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()), salt.size()),
      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
      OSSL_PARAM_construct_end()};
  unsigned char out[SecretKey::kSize];
  int rc = EVP_KDF_derive(ctx, out, sizeof out, params);
  EVP_KDF_CTX_free(ctx);
  if (rc != 1) return Status::Internal("scrypt key derivation failed");
  auto key = SecretKey::FromBytes(std::string_view(reinterpret_cast<char*>(out), sizeof out));
  OPENSSL_cleanse(out, sizeof out);
  return key;
}

Result<std::string> ReadSmallFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound("key file " + path + " does not exist");
    return Status::Unavailable("cannot open key file " + path + ": " + std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::InvalidArgument("key file " + path + " is not a regular file");
  }
  if ((st.st_mode & 077) != 0) {
    ::close(fd);
    return Status::FailedPrecondition("key file " + path +
                                      " is readable or writable by group/others; chmod 600 it");
  }
  if (static_cast<size_t>(st.st_size) > kMaxKeyFileBytes) {
    ::close(fd);
    return Status::ResourceExhausted("key file " + path + " is too large");
  }
  std::string out(static_cast<size_t>(st.st_size), '\0');
  size_t got = 0;
  while (got < out.size()) {
    ssize_t n = ::read(fd, out.data() + got, out.size() - got);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  out.resize(got);
  return out;
}

Status WriteFileAtomically(const std::string& path, std::string& contents) {
  std::string tmp = path + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Status::Unavailable("cannot write " + tmp + ": " + std::strerror(errno));
  ::fchmod(fd, 0600);
  size_t done = 0;
  while (done < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n <= 0) {
      ::close(fd);
      ::unlink(tmp.c_str());
      return Status::Unavailable("cannot write " + tmp + ": " + std::strerror(errno));
    }
    done += static_cast<size_t>(n);
  }
  bool ok = ::fsync(fd) == 0;
  ::close(fd);
  if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return Status::Unavailable("cannot replace " + path + ": " + std::strerror(errno));
  }
  std::string dir = std::filesystem::path(path).parent_path().string();
  int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return Status::Ok();
}

class LocalKeyFile final : public KekProvider {
 public:
  explicit LocalKeyFile(LocalKeyFileOptions o) : options_(std::move(o)) {}
  ~LocalKeyFile() override = default;

  std::string name() const override { return "local-file"; }

  bool Changed() override {
    struct stat st {};
    if (::stat(options_.path.c_str(), &st) != 0) return true;
    return st.st_ino != seen_.st_ino || st.st_size != seen_.st_size || st.st_mtim.tv_sec != seen_.st_mtim.tv_sec ||
           st.st_mtim.tv_nsec != seen_.st_mtim.tv_nsec;
  }

  Status Load() {
    ::stat(options_.path.c_str(), &seen_);
    auto text = ReadSmallFile(options_.path);
    if (!text.ok()) return text.status();
    json doc = json::parse(*text, nullptr, /*allow_exceptions=*/false);
    Wipe(*text);
    if (!doc.is_object() || doc.value("format", "") != kFormat || doc.value("format_version", 0) != 1) {
      return Status::DataLoss("key file " + options_.path + " is not a convoguard keyring (format 1)");
    }
    try {
      auto st = keyring::StateFromJson(doc.at("state"));
      if (!st.ok()) return st.status();
      state_ = std::move(*st);
      const json& prot = doc.at("protection");
      std::string kdf = prot.at("kdf").get<std::string>();
      json keys;
      if (kdf == "none") {
        if (!options_.passphrase.empty()) {
          return Status::FailedPrecondition("key file " + options_.path + " has no passphrase, but one was given");
        }
        keys = doc.at("keys");
      } else if (kdf == "scrypt") {
        if (options_.passphrase.empty()) {
          return Status::FailedPrecondition("key file " + options_.path + " is passphrase-protected; give the passphrase");
        }
        auto salt = anonymizer::Base64UrlDecode(prot.at("salt").get<std::string>());
        if (!salt.ok()) return Status::DataLoss("key file: bad salt");
        log2_n_ = prot.at("log2_n").get<int>();
        salt_ = *salt;
        auto pk = Scrypt(options_.passphrase, salt_, log2_n_);
        if (!pk.ok()) return pk.status();
        passphrase_key_.emplace(std::move(*pk));
        auto sealed = anonymizer::Base64UrlDecode(doc.at("sealed_keys").get<std::string>());
        if (!sealed.ok()) return Status::DataLoss("key file: bad sealed_keys");
        auto plain = anonymizer::Open(*passphrase_key_, *sealed, SealContext(doc.at("state")));
        if (!plain.ok()) {
          return Status::DataLoss("key file " + options_.path +
                                  ": wrong passphrase, or the file was modified");
        }
        keys = json::parse(*plain, nullptr, false);
        Wipe(*plain);
      } else {
        return Status::DataLoss("key file: unknown kdf '" + kdf + "'");
      }
      if (!keys.is_object()) return Status::DataLoss("key file: keys are not an object");
      for (auto& [ver, hex] : keys.items()) {
        std::string h = hex.get<std::string>();
        auto k = SecretKey::ParseKeyFile(h);
        Wipe(h);
        if (!k.ok()) return Status::DataLoss("key file: bad key for version " + ver);
        material_.emplace(static_cast<uint32_t>(std::stoul(ver)), std::move(*k));
      }
      for (auto& [k, v] : keys.items()) Wipe(v.get_ref<std::string&>());
      if (doc.contains("keys") && doc["keys"].is_object()) {
        for (auto& [k, v] : doc["keys"].items()) {
          if (v.is_string()) Wipe(v.get_ref<std::string&>());
        }
      }
    } catch (const std::exception& e) {
      return Status::DataLoss("key file " + options_.path + " is malformed: " + e.what());
    }
    return Status::Ok();
  }

  Status InitNew() {
    if (!options_.passphrase.empty()) {
      salt_.assign(16, '\0');
      if (RAND_bytes(reinterpret_cast<unsigned char*>(salt_.data()), 16) != 1) {
        return Status::Internal("RAND_bytes failed");
      }
      log2_n_ = options_.scrypt_log2_n;
      auto pk = Scrypt(options_.passphrase, salt_, log2_n_);
      if (!pk.ok()) return pk.status();
      passphrase_key_.emplace(std::move(*pk));
    }
    return Persist();
  }

  // Re-reads the file (another process may have rotated), except right after
  // opening, when the file was just read.
  Result<KeyringState> LoadState() override {
    if (!just_loaded_) {
      material_.clear();
      passphrase_key_.reset();
      Status s = Load();
      if (!s.ok()) return s;
    }
    just_loaded_ = false;
    return state_;
  }
  Status SaveState(const KeyringState& state) override {
    KeyringState old = state_;
    state_ = state;
    Status s = Persist();
    if (!s.ok()) state_ = old;
    return s;
  }

  Status CreateVersion(uint32_t version) override {
    if (material_.count(version)) return Status::FailedPrecondition("KEK version exists already");
    auto k = SecretKey::Generate();
    if (!k.ok()) return k.status();
    material_.emplace(version, std::move(*k));
    Status s = Persist();
    if (!s.ok()) material_.erase(version);
    return s;
  }

  Status DestroyVersion(uint32_t version) override {
    auto it = material_.find(version);
    if (it == material_.end()) return Status::Ok();
    SecretKey saved = std::move(it->second);
    material_.erase(it);
    Status s = Persist();
    if (!s.ok()) material_.emplace(version, std::move(saved));
    return s;
  }

  Result<std::string> Wrap(uint32_t version, const SecretKey& key, std::string_view context) override {
    auto sub = Subkey(version, "kek-wrap/v1");
    if (!sub.ok()) return sub.status();
    return anonymizer::Seal(*sub, AsView(key), context);
  }

  Result<SecretKey> Unwrap(uint32_t version, std::string_view wrapped, std::string_view context) override {
    auto sub = Subkey(version, "kek-wrap/v1");
    if (!sub.ok()) return sub.status();
    auto plain = anonymizer::Open(*sub, wrapped, context);
    if (!plain.ok()) return plain.status();
    auto key = SecretKey::FromBytes(*plain);
    Wipe(*plain);
    if (!key.ok()) return Status::DataLoss("unwrapped key has the wrong size");
    return key;
  }

  Result<std::string> Mac(uint32_t version, std::string_view data) override {
    auto sub = Subkey(version, "audit-mac/v1");
    if (!sub.ok()) return sub.status();
    return anonymizer::HmacSha256(AsView(*sub), data);
  }

 private:
  Result<SecretKey> Subkey(uint32_t version, std::string_view purpose) {
    auto it = material_.find(version);
    if (it == material_.end()) return Status::NotFound("no key material for KEK version " + std::to_string(version));
    return anonymizer::DeriveSubkey(it->second, purpose);
  }

  static std::string SealContext(const json& state) { return "convoguard.keyring/v1:" + state.dump(); }

  Status Persist() {
    json doc;
    doc["format"] = kFormat;
    doc["format_version"] = 1;
    doc["state"] = keyring::StateToJson(state_);
    json keys = json::object();
    for (const auto& [ver, k] : material_) {
      std::string hex = k.ToKeyFile();
      hex.pop_back();  // newline
      keys[std::to_string(ver)] = hex;
      Wipe(hex);
    }
    if (passphrase_key_) {
      doc["protection"] = {{"kdf", "scrypt"}, {"log2_n", log2_n_}, {"r", 8}, {"p", 1},
                           {"salt", anonymizer::Base64UrlEncode(salt_)}};
      std::string plain = keys.dump();
      auto sealed = anonymizer::Seal(*passphrase_key_, plain, SealContext(doc["state"]));
      Wipe(plain);
      if (!sealed.ok()) return sealed.status();
      doc["sealed_keys"] = anonymizer::Base64UrlEncode(*sealed);
    } else {
      doc["protection"] = {{"kdf", "none"}};
      doc["keys"] = keys;
    }
    std::string text = doc.dump(2) + "\n";
    // Wipe every copy of the hex key material the JSON values hold.
    for (auto& [k, v] : keys.items()) Wipe(v.get_ref<std::string&>());
    if (doc.contains("keys")) {
      for (auto& [k, v] : doc["keys"].items()) Wipe(v.get_ref<std::string&>());
    }
    Status st = WriteFileAtomically(options_.path, text);
    Wipe(text);
    if (st.ok()) ::stat(options_.path.c_str(), &seen_);
    return st;
  }

  LocalKeyFileOptions options_;
  KeyringState state_;
  std::map<uint32_t, SecretKey> material_;
  std::optional<SecretKey> passphrase_key_;
  std::string salt_;
  int log2_n_ = 15;
  bool just_loaded_ = true;
  struct stat seen_ {};  // the file as last read or written, for Changed()
};

}  // namespace

Result<std::unique_ptr<KekProvider>> LocalKeyFileProvider::OpenExisting(const LocalKeyFileOptions& options) {
  auto p = std::make_unique<LocalKeyFile>(options);
  Status s = p->Load();
  if (!s.ok()) return s;
  return std::unique_ptr<KekProvider>(std::move(p));
}

Result<std::unique_ptr<KekProvider>> LocalKeyFileProvider::OpenOrCreate(const LocalKeyFileOptions& options) {
  if (options.path.empty()) return Status::InvalidArgument("key file path is empty");
  auto p = std::make_unique<LocalKeyFile>(options);
  Status s = p->Load();
  if (s.code() == StatusCode::kNotFound) s = p->InitNew();
  if (!s.ok()) return s;
  return std::unique_ptr<KekProvider>(std::move(p));
}

}  // namespace convoguard
