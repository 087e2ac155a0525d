// A read-only index over an embedded TSV table whose first column is a key
// folded to lowercase ASCII: the name gazetteer (names.tsv) and the place
// gazetteer (places.tsv) both look words up through it.
//
//   FoldedTable t(blob);                  // blob: "key\tfields...\n" lines
//   std::string_view rest = t.Find("José");  // "\t2\t0\t0" for "jose", or ""
//
// Thread safety: immutable after construction. Memory: 4 to 8 bytes per line
// (open addressing over line offsets and hash tags) beside the table, which
// it does not copy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace convoguard::recognizers {

// Longest folded key, in bytes.
inline constexpr size_t kMaxFoldedKey = 32;

// Writes the lowercase ASCII spelling of `word` to buf (kMaxFoldedKey bytes):
// ASCII letters lowercased, other ASCII bytes kept, Latin-1 and Latin
// Extended-A letters folded ("José" -> "jose", "Sørensen" -> "sorensen",
// "Łódź" -> "lodz", "ß" -> "ss", "æ" -> "ae"). False when the result would
// not fit or the word holds a character with no spelling here.
bool FoldToAscii(std::string_view word, char* buf, size_t* len);

class FoldedTable {
 public:
  // `table` must outlive the index. Lines whose key is empty or longer than
  // kMaxFoldedKey, or that start 4 MiB or more into the table, are left out.
  explicit FoldedTable(std::string_view table);

  // The rest of the line of `word`'s folded key from its tab on ("\t2\t0"),
  // at most its first kMaxFields bytes, or an empty view when the key is
  // absent or `word` cannot be folded.
  std::string_view Find(std::string_view word) const;
  // The same for a key that is already folded.
  std::string_view FindFolded(std::string_view key) const;

  size_t size() const { return count_; }

  static constexpr size_t kMaxFields = 16;

 private:
  std::string_view FindHashed(std::string_view key, uint32_t hash) const;

  std::string_view table_;
  std::vector<uint32_t> slots_;  // line offset + 1, 0 = empty
  uint32_t mask_ = 0;
  size_t count_ = 0;
};

}  // namespace convoguard::recognizers
