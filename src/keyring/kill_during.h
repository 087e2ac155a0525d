// Test helper for durability under kill -9: runs `child` in a forked
// process, which calls `ack(id)` for every id it has made durable; once
// `enough` acks have arrived the child is killed with SIGKILL (mid-write),
// and the acks it sent before dying are collected too.
//
// REQUIRES: no other threads running in the caller (fork).
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <string>
#include <vector>

namespace convoguard::testing {

struct KillResult {
  std::vector<int> acked;
  std::string error;  // non-empty if the child did not die by the signal
};

inline KillResult KillDuring(const std::function<void(const std::function<void(int)>& ack)>& child, size_t enough) {
  KillResult r;
  int fds[2];
  if (::pipe(fds) != 0) return {{}, "pipe failed"};
  pid_t pid = ::fork();
  if (pid < 0) return {{}, "fork failed"};
  if (pid == 0) {
    ::close(fds[0]);
    child([&](int id) {
      if (::write(fds[1], &id, sizeof id) != sizeof id) ::_exit(100);
    });
    ::_exit(101);  // the child must loop until killed
  }
  ::close(fds[1]);
  int id;
  while (r.acked.size() < enough && ::read(fds[0], &id, sizeof id) == sizeof id) r.acked.push_back(id);
  ::kill(pid, SIGKILL);
  while (::read(fds[0], &id, sizeof id) == sizeof id) r.acked.push_back(id);
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFSIGNALED(status)) r.error = "child exited on its own with status " + std::to_string(WEXITSTATUS(status));
  return r;
}

}  // namespace convoguard::testing
