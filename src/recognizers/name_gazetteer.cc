#include "recognizers/name_gazetteer.h"

// Bounds of the embedded names.tsv (names_blob.S).
extern "C" const char cg_names_tsv_begin[];
extern "C" const char cg_names_tsv_end[];

namespace convoguard::recognizers {

const NameGazetteer& NameGazetteer::Get() {
  static const NameGazetteer instance;
  return instance;
}

NameGazetteer::NameGazetteer()
    : table_(std::string_view(cg_names_tsv_begin, static_cast<size_t>(cg_names_tsv_end - cg_names_tsv_begin))) {}

NameInfo NameGazetteer::Lookup(std::string_view word) const {
  // "\tG\tS\tW": single digits after the name.
  const std::string_view rest = table_.Find(word);
  NameInfo info;
  if (rest.size() >= 6) {
    info.given = static_cast<uint8_t>(rest[1] - '0');
    info.surname = static_cast<uint8_t>(rest[3] - '0');
    info.is_word = rest[5] == '1';
  }
  return info;
}

}  // namespace convoguard::recognizers
