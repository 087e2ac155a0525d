#include "auth/key_file.h"

#include <fcntl.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "auth/data_dir.h"

namespace convoguard::auth {
namespace {

Status CheckExisting(const std::string& path, const struct stat& st) {
  if (!S_ISREG(st.st_mode)) return Status::FailedPrecondition("key file " + path + " is not a regular file");
  if ((st.st_mode & 077) != 0) {
    return Status::FailedPrecondition("key file " + path +
                                      " is accessible by group or others; run: chmod 600 " + path);
  }
  return Status::Ok();
}

Result<SecretKey> LoadExisting(const std::string& path, const struct stat& st) {
  if (Status s = CheckExisting(path, st); !s.ok()) return s;
  return SecretKey::FromKeyFile(path);
}

// Writes `contents` to a new file at `path` (O_EXCL, mode 0600) and fsyncs it.
Status WriteNewFile(const std::string& path, const std::string& contents) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) return Status::Unavailable("cannot create " + path + ": " + std::strerror(errno));
  size_t done = 0;
  while (done < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = errno;
      ::close(fd);
      return Status::Unavailable("cannot write " + path + ": " + std::strerror(err));
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) return Status::Unavailable("cannot sync " + path);
  return Status::Ok();
}

}  // namespace

Result<SecretKey> LoadOrCreateKeyFile(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) == 0) return LoadExisting(path, st);
  if (errno != ENOENT) return Status::Unavailable("cannot stat " + path + ": " + std::strerror(errno));

  auto key = SecretKey::Generate();
  if (!key.ok()) return key.status();
  unsigned char nonce[8];
  if (RAND_bytes(nonce, sizeof nonce) != 1) return Status::Internal("RAND_bytes failed");
  std::string tmp = path + ".tmp-";
  for (unsigned char b : nonce) tmp += "0123456789abcdef"[b & 15];
  std::string contents = key->ToKeyFile();
  Status written = WriteNewFile(tmp, contents);
  WipeString(contents);
  if (!written.ok()) {
    ::unlink(tmp.c_str());
    return written;
  }
  // link() fails with EEXIST when another process won the race: use its key.
  const bool linked = ::link(tmp.c_str(), path.c_str()) == 0;
  const int link_errno = errno;
  ::unlink(tmp.c_str());
  if (!linked && link_errno != EEXIST) {
    return Status::Unavailable("cannot create " + path + ": " + std::strerror(link_errno));
  }
  if (linked) return key;
  if (::stat(path.c_str(), &st) != 0) return Status::Unavailable("cannot stat " + path + ": " + std::strerror(errno));
  return LoadExisting(path, st);
}

}  // namespace convoguard::auth
