#include "matching/database_cache.h"

#include <hs/hs.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

namespace convoguard::matching {
namespace {

constexpr char kMagic[] = "CGHSDB1\n";
constexpr size_t kMagicLen = sizeof(kMagic) - 1;

std::string Sha256(const void* data, size_t n) {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256(static_cast<const unsigned char*>(data), n, md);
  return std::string(reinterpret_cast<const char*>(md), sizeof md);
}

std::string Hex(const std::string& bytes) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out.push_back(d[c >> 4]);
    out.push_back(d[c & 15]);
  }
  return out;
}

// Owned by us and not writable by anyone else.
bool Private(const struct stat& st) { return st.st_uid == geteuid() && (st.st_mode & 022) == 0; }

std::string CacheDir() {
  if (const char* dir = std::getenv("CONVOGUARD_CACHE_DIR")) return dir;  // "" disables
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::string(xdg) + "/convoguard";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.cache/convoguard";
  }
  return {};
}

bool EnsureDir(const std::string& dir) {
  // Create the parents we may need (…/.cache), then the directory itself, 0700.
  size_t slash = dir.rfind('/');
  if (slash != std::string::npos && slash > 0) mkdir(dir.substr(0, slash).c_str(), 0700);
  mkdir(dir.c_str(), 0700);
  struct stat st;
  return stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && Private(st);
}

}  // namespace

DatabaseCache::DatabaseCache(std::string_view key_material) {
  std::string dir = CacheDir();
  if (dir.empty()) return;
  std::string material(key_material);
  material += '\0';
  material += hs_version();
  path_ = dir + "/hs-" + Hex(Sha256(material.data(), material.size())) + ".db";
}

hs_database* DatabaseCache::Load() const {
  if (path_.empty()) return nullptr;
  struct stat st;
  const std::string dir = path_.substr(0, path_.rfind('/'));
  if (stat(dir.c_str(), &st) != 0 || !Private(st)) return nullptr;
  if (stat(path_.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || !Private(st)) return nullptr;
  std::ifstream in(path_, std::ios::binary);
  std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (file.size() < kMagicLen + SHA256_DIGEST_LENGTH || file.compare(0, kMagicLen, kMagic) != 0) return nullptr;
  const std::string sum = file.substr(kMagicLen, SHA256_DIGEST_LENGTH);
  const char* payload = file.data() + kMagicLen + SHA256_DIGEST_LENGTH;
  const size_t n = file.size() - kMagicLen - SHA256_DIGEST_LENGTH;
  if (Sha256(payload, n) != sum) return nullptr;
  hs_database* db = nullptr;
  if (hs_deserialize_database(payload, n, &db) != HS_SUCCESS) return nullptr;
  return db;
}

void DatabaseCache::Store(const hs_database* db) const {
  if (path_.empty()) return;
  if (!EnsureDir(path_.substr(0, path_.rfind('/')))) return;
  char* bytes = nullptr;
  size_t n = 0;
  if (hs_serialize_database(db, &bytes, &n) != HS_SUCCESS) return;
  std::string file(kMagic, kMagicLen);
  file += Sha256(bytes, n);
  file.append(bytes, n);
  std::free(bytes);
  // Write to a private temporary file and rename: readers never see half a file.
  std::string tmp = path_ + ".tmp." + std::to_string(getpid());
  {
    int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) return;
    size_t off = 0;
    while (off < file.size()) {
      ssize_t w = write(fd, file.data() + off, file.size() - off);
      if (w <= 0) break;
      off += static_cast<size_t>(w);
    }
    close(fd);
    if (off != file.size()) {
      unlink(tmp.c_str());
      return;
    }
  }
  if (rename(tmp.c_str(), path_.c_str()) != 0) unlink(tmp.c_str());
}

}  // namespace convoguard::matching
