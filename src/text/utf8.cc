#include "text/utf8.h"

#include <cstring>

namespace convoguard::text {

uint64_t CountCodePoints(std::string_view s) {
  uint64_t count = 0;
  size_t i = 0;
  while (i < s.size()) {
    // Eight ASCII bytes at a time (chat text is mostly ASCII).
    uint64_t w;
    if (i + 8 <= s.size() && (std::memcpy(&w, s.data() + i, 8), (w & 0x8080808080808080ULL) == 0)) {
      i += 8;
      count += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; ++count; continue; }
    Utf8Step st = DecodeUtf8(s, i);
    if (st.status == Utf8Status::kOk) { i += st.length; ++count; }
    else if (st.status == Utf8Status::kInvalid) { ++i; ++count; }
    else { count += st.length; i += st.length; }
  }
  return count;
}

}  // namespace convoguard::text
