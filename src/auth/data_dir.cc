#include "auth/data_dir.h"

#include <openssl/crypto.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace convoguard::auth {

std::string ResolveDataDir(std::string_view flag) {
  if (!flag.empty()) return std::string(flag);
  const char* env = std::getenv(kDataDirEnv);
  if (env != nullptr && *env != '\0') return env;
  return kDefaultDataDir;
}

std::string DatabasePath(const std::string& data_dir) { return data_dir + "/" + kDatabaseFileName; }
std::string ApiKeyPepperPath(const std::string& data_dir) { return data_dir + "/" + kApiKeyPepperFileName; }

Status EnsureDataDir(const std::string& dir) {
  if (dir.empty()) return Status::InvalidArgument("empty data directory");
  // mkdir -p: each prefix ending at a '/', then the whole path.
  for (size_t pos = dir.find('/', 1);; pos = dir.find('/', pos + 1)) {
    std::string part = dir.substr(0, pos);
    if (::mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) {
      return Status::Unavailable("cannot create directory " + part + ": " + std::strerror(errno));
    }
    if (pos == std::string::npos) break;
  }
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return Status::Unavailable("data directory " + dir + " is not a directory");
  }
  return Status::Ok();
}

void WipeString(std::string& s) {
  if (!s.empty()) OPENSSL_cleanse(s.data(), s.size());
}

}  // namespace convoguard::auth
