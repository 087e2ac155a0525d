// Where the gateway and the CLI keep their state, so both find the same files
// without configuration:
//
//   data dir  $CONVOGUARD_DATA_DIR, else ./convoguard-data   (mode 0700)
//   database  <data dir>/convoguard.db                         (SQLite, WAL)
//   pepper    <data dir>/api-keys.key                          (mode 0600)
#pragma once

#include <string>
#include <string_view>

#include "convoguard/status.h"

namespace convoguard::auth {

inline constexpr const char* kDataDirEnv = "CONVOGUARD_DATA_DIR";
inline constexpr const char* kDefaultDataDir = "./convoguard-data";
inline constexpr const char* kDatabaseFileName = "convoguard.db";
inline constexpr const char* kApiKeyPepperFileName = "api-keys.key";

// `flag` when non-empty (a --data-dir flag), else $CONVOGUARD_DATA_DIR when
// set and non-empty, else kDefaultDataDir.
std::string ResolveDataDir(std::string_view flag = {});
std::string DatabasePath(const std::string& data_dir);
std::string ApiKeyPepperPath(const std::string& data_dir);

// Creates `dir` (and missing parents) with mode 0700. An existing directory is
// left as it is. Not a directory, or cannot create -> Unavailable.
Status EnsureDataDir(const std::string& dir);

// Overwrites s with zeros (OPENSSL_cleanse) before it is freed.
void WipeString(std::string& s);

}  // namespace convoguard::auth
