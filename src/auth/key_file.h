// A secret key file that is created on first use: the API-key pepper (and any
// other per-installation key) lives in the data directory, mode 0600.
#pragma once

#include <string>

#include "convoguard/pseudonym_vault.h"
#include "convoguard/status.h"

namespace convoguard::auth {

// Loads the key at `path` (SecretKey key file format: 64 hex digits), or, if
// no file exists there, generates a fresh key and writes it with mode 0600.
// Creation is atomic (a temporary file linked into place), so two processes
// starting at once end up with the same key.
//
// Errors: an existing file that grants any permission to group or others ->
// FailedPrecondition (with the chmod that fixes it); a path that is not a
// regular file -> FailedPrecondition; bad contents -> InvalidArgument; I/O
// failure -> Unavailable. The parent directory must exist.
Result<SecretKey> LoadOrCreateKeyFile(const std::string& path);

}  // namespace convoguard::auth
