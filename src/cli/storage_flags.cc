#include "cli/storage_flags.h"

#include <CLI/CLI.hpp>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "cli/commands.h"

namespace convoguard::cli {

store::DataDirOptions StorageFlags::Options() const {
  std::string dir = data_dir;
  if (dir.empty()) {
    const char* env = std::getenv("CONVOGUARD_DATA_DIR");
    dir = env ? env : "";
  }
  store::DataDirOptions o{.dir = dir, .passphrase_file = passphrase_file, .postgres_conninfo = postgres,
                          .create = create};
  if (!pkcs11_token.empty()) {
    o.pkcs11 = {.module_path = pkcs11_module, .token_label = pkcs11_token};
    std::ifstream in(pkcs11_pin_file);
    std::getline(in, o.pkcs11.pin);  // an unreadable file gives an empty PIN, which the token refuses
  }
  return o;
}

std::string StorageFlags::Actor() const {
  const struct passwd* pw = ::getpwuid(::getuid());
  return std::string("cli:") + (pw ? pw->pw_name : std::to_string(::getuid()));
}

int Fail(const Status& s) {
  std::cerr << "convoguard: " << s.message() << "\n";
  return kExitError;
}

void AddStorageFlags(CLI::App& cmd, StorageFlags& f) {
  cmd.add_option("--data-dir", f.data_dir, "Data directory (default: $CONVOGUARD_DATA_DIR)");
  cmd.add_option("--passphrase-file", f.passphrase_file,
                 "Keyring passphrase file (default: $CONVOGUARD_KEYRING_PASSPHRASE, if set)");
  cmd.add_option("--postgres", f.postgres, "libpq connection string: records and keys in PostgreSQL");
  cmd.add_option("--credential", f.credential, "Role credential file (key-admin or reader)");
  cmd.add_option("--pkcs11-token", f.pkcs11_token, "Keep the KEKs on this PKCS#11 token instead of keyring.json");
  cmd.add_option("--pkcs11-module", f.pkcs11_module, "PKCS#11 module (default: SoftHSM2)");
  cmd.add_option("--pkcs11-pin-file", f.pkcs11_pin_file, "File with the token's user PIN");
}

}  // namespace convoguard::cli
