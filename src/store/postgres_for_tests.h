// A throw-away PostgreSQL server for tests: initdb in a temp directory owned
// by the unprivileged `postgres` user (the server refuses to run as root),
// pg_ctl start on a free loopback port, stopped and deleted at exit.
//
// PostgresForTests::Get() returns nullptr and fills `why` when the server
// cannot be started; tests must then GTEST_SKIP with that reason.
#pragma once

#include <netinet/in.h>
#include <pwd.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace convoguard::testing {

class PostgresForTests {
 public:
  static PostgresForTests* Get(std::string* why) {
    static std::string reason;
    static std::unique_ptr<PostgresForTests> server = Start(&reason);
    if (!server && why) *why = reason;
    return server.get();
  }

  ~PostgresForTests() {
    Run(AsPostgres(bin_ + "/pg_ctl -D " + dir_ + "/data -m immediate -w stop") + " >/dev/null 2>&1");
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  // A fresh, empty database for one test.
  std::string NewDatabase() {
    std::string name = "t" + std::to_string(++databases_);
    Run(AsPostgres(bin_ + "/createdb -h 127.0.0.1 -p " + std::to_string(port_) + " -U postgres " + name));
    return ConnInfo(name);
  }
  std::string ConnInfo(const std::string& db) const {
    return "host=127.0.0.1 port=" + std::to_string(port_) + " user=postgres dbname=" + db + " connect_timeout=10";
  }

 private:
  static int Run(const std::string& cmd) { return std::system(cmd.c_str()); }
  std::string AsPostgres(const std::string& cmd) const {
    return ::getuid() == 0 ? "runuser -u postgres -- " + cmd : cmd;
  }

  static int FreePort() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0) {
      port = ntohs(a.sin_port);
    }
    ::close(fd);
    return port;
  }

  static std::unique_ptr<PostgresForTests> Start(std::string* why) {
    std::unique_ptr<PostgresForTests> s(new PostgresForTests);
    s->bin_ = "/usr/lib/postgresql/15/bin";
    if (!std::filesystem::exists(s->bin_ + "/postgres")) {
      *why = "PostgreSQL 15 server binaries not found in " + s->bin_;
      return nullptr;
    }
    if (::getuid() == 0 && ::getpwnam("postgres") == nullptr) {
      *why = "running as root and there is no 'postgres' user to run the server as";
      return nullptr;
    }
    std::string tmpl = (std::filesystem::temp_directory_path() / "convoguard-pg-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) {
      *why = "cannot create a temp directory";
      return nullptr;
    }
    s->dir_ = tmpl;
    if (::getuid() == 0) Run("chown postgres:postgres " + s->dir_);
    s->port_ = FreePort();
    std::string log = s->dir_ + "/setup.log";
    if (Run(s->AsPostgres(s->bin_ + "/initdb -D " + s->dir_ + "/data -A trust -U postgres --no-sync") + " >" + log +
            " 2>&1") != 0) {
      *why = "initdb failed (see " + log + ")";
      return nullptr;
    }
    std::string opts = "-p " + std::to_string(s->port_) + " -k " + s->dir_ + " -c listen_addresses=127.0.0.1";
    if (Run(s->AsPostgres(s->bin_ + "/pg_ctl -D " + s->dir_ + "/data -l " + s->dir_ + "/server.log -w -t 60 -o '" +
                          opts + "' start") + " >>" + log + " 2>&1") != 0) {
      *why = "pg_ctl start failed (see " + s->dir_ + "/server.log)";
      return nullptr;
    }
    return s;
  }

  PostgresForTests() = default;
  std::string bin_;
  std::string dir_;
  int port_ = 0;
  int databases_ = 0;
};

}  // namespace convoguard::testing
