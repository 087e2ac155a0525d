// An on-disk cache of compiled Vectorscan databases, so that short-lived
// processes (the CLI, tests) do not recompile the rule set every time.
//
// Location: $CONVOGUARD_CACHE_DIR, else $XDG_CACHE_HOME/convoguard, else
// $HOME/.cache/convoguard. CONVOGUARD_CACHE_DIR set to the empty string
// disables it. A file is used only if it and its directory belong to the
// current user and are not writable by group or others, and if its SHA-256
// checksum matches; anything else is ignored and the set is compiled afresh.
// Format (docs/formats/database_cache.md):
//   "CGHSDB1\n" | SHA-256 of payload (32 bytes) | payload (hs_serialize_database)
// The file name is the SHA-256 of the library version, platform, mode and
// every pattern with its flags, so any change to a rule gives a new file.
#pragma once

#include <string>
#include <string_view>

struct hs_database;

namespace convoguard::matching {

class DatabaseCache {
 public:
  // `key_material` describes everything the database depends on.
  explicit DatabaseCache(std::string_view key_material);
  // A database from the cache, or nullptr.
  hs_database* Load() const;
  // Stores a database; failures are ignored (the cache is an optimization).
  void Store(const hs_database* db) const;

 private:
  std::string path_;  // empty: caching disabled
};

}  // namespace convoguard::matching
