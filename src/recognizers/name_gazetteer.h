// Given names and surnames with coarse frequencies, from the table in
// data/gazetteers/names.tsv (see build_names.sh there), compiled into the
// binary so lookups work without any data files at run time.
//
//   const NameGazetteer& g = NameGazetteer::Get();
//   NameInfo info = g.Lookup("Gonzalez");   // info.surname == 4
//
// Thread safety: Get() builds the table once, on first use, under a
// function-local static (thread-safe); the table is immutable afterwards.
// Memory: about 1 MB for the index plus the 1.3 MB embedded text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "recognizers/folded_table.h"

namespace convoguard::recognizers {

// Frequency classes 0-4 (0: not a name of that kind; 4: most common).
struct NameInfo {
  uint8_t given = 0;
  uint8_t surname = 0;
  bool is_word = false;  // also a common English word ("will", "rose", "may")

  bool known() const { return given > 0 || surname > 0; }
};

class NameGazetteer {
 public:
  static const NameGazetteer& Get();

  // Looks a word up case-insensitively (ASCII letters, apostrophe, hyphen),
  // Latin-1 and Latin Extended-A letters folded to ASCII ("José", "Zieliński",
  // "Sørensen" are found as "jose", "zielinski", "sorensen"). Unknown words,
  // other characters and words longer than 32 letters give NameInfo{}.
  NameInfo Lookup(std::string_view word) const;

  size_t size() const { return table_.size(); }

  NameGazetteer(const NameGazetteer&) = delete;
  NameGazetteer& operator=(const NameGazetteer&) = delete;

 private:
  NameGazetteer();
  FoldedTable table_;  // over the embedded names.tsv
};

}  // namespace convoguard::recognizers
