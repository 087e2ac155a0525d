// Flags shared by the commands that work on a data directory (keys, audit,
// subject, conversations).
#pragma once

#include <string>

#include "store/data_dir.h"

namespace CLI { class App; }

namespace convoguard::cli {

struct StorageFlags {
  std::string data_dir;  // default: $CONVOGUARD_DATA_DIR
  std::string passphrase_file;
  std::string postgres;
  std::string credential;  // role credential file
  std::string pkcs11_module = "/usr/lib/softhsm/libsofthsm2.so";
  std::string pkcs11_token;
  std::string pkcs11_pin_file;
  bool create = false;
  store::DataDirOptions Options() const;
  // Who acts, for the audit log: "cli:<unix user>".
  std::string Actor() const;
};
void AddStorageFlags(CLI::App& cmd, StorageFlags& flags);

// Prints "convoguard: <message>" to stderr and returns kExitError.
int Fail(const Status& s);

}  // namespace convoguard::cli
