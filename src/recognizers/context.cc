#include "recognizers/context.h"

#include <algorithm>
#include <array>

namespace convoguard::recognizers {
namespace {
bool IsWordByte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 0x80; }
bool IsAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool ContainsWordStart(std::string_view hay, std::string_view word) {
  for (size_t pos = hay.find(word); pos != std::string_view::npos; pos = hay.find(word, pos + 1)) {
    if (pos == 0 || !IsWordByte(static_cast<unsigned char>(hay[pos - 1]))) return true;
  }
  return false;
}

char LowerByte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether s[i] (one of . ! ?) ends a sentence, where s starts at the
// candidate's end: white space and then a letter follow, and for '.', the
// word before it is no short abbreviation ("acct.", "no.", "tel."): it has a
// digit ("1967.") or five letters or more, or it is the candidate itself.
bool EndsSentence(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j >= s.size() || !IsBlank(s[j])) return false;
  while (j < s.size() && IsBlank(s[j])) ++j;
  if (j >= s.size() || !IsLetter(s[j])) return false;
  if (s[i] != '.') return true;
  size_t b = i;
  bool digit = false;
  while (b > 0 && IsAlnum(s[b - 1])) digit |= IsDigit(s[--b]);
  if (b == 0) return true;
  return digit || i - b >= 5;
}

// Whether the line break at s[i] separates clauses: not when the last
// non-blank byte before it is a colon ("Date of birth:\n").
bool LineBreaks(std::string_view s, size_t i) {
  size_t k = i;
  while (k > 0 && IsBlank(s[k - 1])) --k;
  return k == 0 || s[k - 1] != ':';
}

// A clause break at s[i], s starting at the candidate's end.
bool IsBreakAfter(std::string_view s, size_t i) {
  const char c = s[i];
  if (c == '|' || c == ';') return true;
  if (c == '\n') return LineBreaks(s, i);
  if (c == '.' || c == '!' || c == '?') return EndsSentence(s, i);
  return false;
}

std::string LowerWord(std::string_view w) {
  std::string out(w);
  for (char& ch : out) ch = LowerByte(ch);
  return out;
}

}  // namespace

std::string AsciiLower(std::string_view s) { return LowerWord(s); }

// Where a run of three or more digits (another value) starts in s at or
// after i, or npos.
size_t NextValue(std::string_view s, size_t i) {
  for (size_t run = 0; i < s.size(); ++i) {
    run = IsDigit(s[i]) ? run + 1 : 0;
    if (run == 3) return i - 2;
  }
  return std::string_view::npos;
}

// True when only list punctuation separates two values: ", ", " and ",
// " or ", " & ", " / " ("NHS number: 30/04/1969, 835-602-8051").
bool IsListGap(std::string_view gap) {
  size_t i = 0;
  while (i < gap.size()) {
    if (IsBlank(gap[i]) || gap[i] == ',' || gap[i] == '&' || gap[i] == '/') {
      ++i;
    } else if (gap.substr(i, 3) == "and" || gap.substr(i, 2) == "or") {
      i += gap[i] == 'a' ? 3 : 2;
    } else {
      return false;
    }
  }
  return true;
}

std::string_view ClauseBefore(std::string_view before) {
  size_t run = 0;
  for (size_t i = before.size(); i > 0; --i) {
    const char c = before[i - 1];
    run = IsDigit(c) ? run + 1 : 0;
    if (run == 3) {  // past the other value ("1948-06-21"), unless the two are a list
      size_t k = i - 1;
      while (k < before.size() && !IsBlank(before[k]) && before[k] != ',' && before[k] != ';') ++k;
      if (!IsListGap(before.substr(k))) return before.substr(k);
      while (i > 1 && !IsBlank(before[i - 2]) && before[i - 2] != ',') --i;  // to the value's start
      run = 0;
      continue;
    }
    if (c == '|' || c == ';' || (c == '\n' && LineBreaks(before, i - 1))) return before.substr(i);
  }
  return before;
}

std::string_view ClauseAfter(std::string_view after) {
  for (size_t i = 0; i < after.size(); ++i) {
    if (IsBreakAfter(after, i)) {
      after = after.substr(0, i);
      break;
    }
  }
  const size_t value = NextValue(after, 0);
  if (value == std::string_view::npos) return after;
  // Words just before another value are its label ("..., ssn: 152-25"): cut
  // at the punctuation before them, or at the value.
  const size_t cut = after.substr(0, value).find_last_of(",(-");
  return after.substr(0, cut == std::string_view::npos ? value : cut);
}

std::string_view FindContextWord(std::string_view before, std::string_view after,
                                 const std::vector<std::string>& words) {
  if (words.empty()) return {};
  before = ClauseBefore(before);
  after = ClauseAfter(after);
  // before + "\n" + after, lowercased, on the stack for the usual context
  // sizes: the newline starts a word and no context word spans it.
  constexpr size_t kStack = 256;
  char stack[kStack];
  std::string heap;
  const size_t n = before.size() + 1 + after.size();
  char* buf = stack;
  if (n > kStack) {
    heap.resize(n);
    buf = heap.data();
  }
  size_t i = 0;
  for (char c : before) buf[i++] = LowerByte(c);
  buf[i++] = '\n';
  for (char c : after) buf[i++] = LowerByte(c);
  const std::string_view hay(buf, n);
  for (const std::string& w : words) {
    if (w.find('\n') == std::string::npos && ContainsWordStart(hay, w)) return w;
  }
  return {};
}

namespace {

// The line of `text` that ends at `end` (exclusive; `end` is a line end or
// text.size()), without a trailing '\r'.
std::string_view LineEndingAt(std::string_view text, size_t end) {
  const size_t nl = end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
  const size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
  std::string_view line = text.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool IsRuleLine(std::string_view line) {
  bool dash = false;
  for (char ch : line) {
    if (ch == '-') {
      dash = true;
    } else if (ch != '|' && ch != ':' && ch != ' ' && ch != '+' && ch != '\t') {
      return false;
    }
  }
  return dash;
}

// The cell `col` of `line` split at `delim`, or npos-sized empty when the
// line has fewer cells.
bool CellAt(std::string_view line, char delim, size_t col, std::string_view* cell) {
  size_t begin = 0;
  for (size_t k = 0; k < col; ++k) {
    const size_t d = line.find(delim, begin);
    if (d == std::string_view::npos) return false;
    begin = d + 1;
  }
  const size_t d = line.find(delim, begin);
  *cell = line.substr(begin, d == std::string_view::npos ? std::string_view::npos : d - begin);
  return true;
}

// Whether every cell of `line` is short, as a column name is: at most 40
// bytes and four words ("Date of birth", "passport_no"); prose split at its
// commas is not a header.
bool HeaderLike(std::string_view line, char delim) {
  size_t begin = 0;
  while (begin <= line.size()) {
    size_t d = line.find(delim, begin);
    if (d == std::string_view::npos) d = line.size();
    std::string_view cell = line.substr(begin, d - begin);
    while (!cell.empty() && IsBlank(cell.front())) cell.remove_prefix(1);
    while (!cell.empty() && IsBlank(cell.back())) cell.remove_suffix(1);
    if (cell.size() > 40 || std::count(cell.begin(), cell.end(), ' ') > 3) return false;
    begin = d + 1;
  }
  return true;
}

}  // namespace

std::string_view FindContextWord(const Candidate& c, const std::vector<std::string>& words) {
  const std::string_view w = FindContextWord(c.before, c.after, words);
  return w.empty() ? FindHeaderContextWord(c, words) : w;
}

std::string_view FindHeaderContextWord(const Candidate& c, const std::vector<std::string>& words) {
  constexpr size_t kMaxRow = 160;  // bytes of a table row before the candidate
  if (words.empty()) return {};
  const std::string_view text = c.table_before.empty() ? c.before : c.table_before;
  const size_t last_nl = text.rfind('\n');
  const size_t row_begin = last_nl == std::string_view::npos ? 0 : last_nl + 1;
  if (row_begin == 0) return {};  // no line above within reach
  const std::string_view row = text.substr(row_begin);
  if (row.size() > kMaxRow) return {};  // a paragraph, no table row
  const std::string_view rest = c.after.substr(0, c.after.find('\n'));
  // The delimiter: the most frequent in the row around the candidate.
  constexpr std::string_view kDelims = "\t|;,";
  auto count = [](std::string_view s, size_t* n) {
    for (char ch : s) {
      switch (ch) {
        case '\t': ++n[0]; break;
        case '|': ++n[1]; break;
        case ';': ++n[2]; break;
        case ',': ++n[3]; break;
        default: break;
      }
    }
  };
  size_t in_row[4] = {0, 0, 0, 0}, in_rest[4] = {0, 0, 0, 0};
  count(row, in_row);
  count(rest, in_rest);
  char delim = 0;
  size_t most = 0, col = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (in_row[k] + in_rest[k] > most) {
      most = in_row[k] + in_rest[k];
      delim = kDelims[k];
      col = in_row[k];
    }
  }
  if (delim == 0) return {};
  // Up the block of lines holding the delimiter, to its first line.
  std::string_view header;
  size_t end = row_begin - 1;  // the '\n' ending the line above
  bool at_start = false;       // the block starts the text
  for (int lines = 0; lines < 64; ++lines) {
    const std::string_view line = LineEndingAt(text, end);
    const size_t begin = static_cast<size_t>(line.data() - text.data());
    const bool in_block = line.find(delim) != std::string_view::npos;
    if (!in_block) break;  // `header` is the block's first line; `end` ends the line above
    if (!IsRuleLine(line)) header = line;
    if (begin == 0) {
      // The block reaches the start of what is visible: the text's start
      // only when less than the whole reach was given.
      if (text.size() >= kTableBefore) return {};
      at_start = true;
      break;
    }
    end = begin - 1;
  }
  auto find_in = [&](std::string_view hay) -> std::string_view {
    const std::string lower = LowerWord(hay);
    for (const std::string& word : words) {
      if (ContainsWordStart(lower, word)) return word;
    }
    return {};
  };
  if (!header.empty() && NextValue(header, 0) == std::string_view::npos) {
    std::string_view cell;
    if (!HeaderLike(header, delim) || !CellAt(header, delim, col, &cell)) return {};
    return find_in(cell);
  }
  // A block of data rows without a header: the title line above it names
  // them, when a blank line or a colon ends it ("TFN list from onboarding,
  // any typos?\n\nMitchell Clarke,381 078 143") and the candidate's row
  // is table-like.
  if (at_start || !HeaderLike(row, delim)) return {};
  std::string_view title = LineEndingAt(text, end);
  bool blank = false;
  while (title.find_first_not_of(" \t") == std::string_view::npos) {
    const size_t begin = static_cast<size_t>(title.data() - text.data());
    if (blank || begin == 0) return {};  // two blank lines, or nothing above
    blank = true;
    title = LineEndingAt(text, begin - 1);
  }
  while (!title.empty() && IsBlank(title.back())) title.remove_suffix(1);
  if (title.size() > 120 || title.empty() || (!blank && title.back() != ':')) return {};
  if (static_cast<size_t>(title.data() - text.data()) == 0 && text.size() >= kTableBefore) return {};
  return find_in(title);
}

ContextWords::ContextWords(const std::vector<std::string>& words) : words_(&words), always_(words.size()) {
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    if (w.empty()) {
      always_ = std::min(always_, k);
    } else if (w.find('\n') == std::string::npos) {
      order_.push_back(static_cast<uint32_t>(k));
    }
  }
  auto first = [&words](uint32_t k) { return static_cast<unsigned char>(words[k][0]); };
  // Insertion sort, stable (lists are short; std::stable_sort allocates).
  for (size_t i = 1; i < order_.size(); ++i) {
    const uint32_t k = order_[i];
    size_t j = i;
    for (; j > 0 && first(order_[j - 1]) > first(k); --j) order_[j] = order_[j - 1];
    order_[j] = k;
  }
  for (size_t i = 0; i < order_.size(); ++i) {
    const unsigned char b = first(order_[i]);
    if (i == 0 || first(order_[i - 1]) != b) {
      group_.push_back(static_cast<uint32_t>(i));
      group_of_[b] = static_cast<uint16_t>(group_.size());
    }
  }
  group_.push_back(static_cast<uint32_t>(order_.size()));
}

std::string_view ContextWords::Find(std::string_view before, std::string_view after) const {
  const std::vector<std::string>& words = *words_;
  size_t best = always_;
  if (best == 0 || order_.empty()) return best < words.size() ? std::string_view(words[best]) : std::string_view();
  // The first word of the list that starts a word of the clauses about the
  // candidate, case-insensitively: the lowest index found at any word start.
  // The two clauses are walked one after the other, each starting a word:
  // as a search of before + "\n" + after, since no indexed word holds a
  // line break. Bytes are compared lowercased in place.
  for (std::string_view part : {ClauseBefore(before), ClauseAfter(after)}) {
    bool in_word = false;
    for (size_t pos = 0; pos < part.size() && best > 0; ++pos) {
      const auto c = static_cast<unsigned char>(LowerByte(part[pos]));
      const bool starts = !in_word;
      in_word = IsWordByte(c);
      if (!starts || group_of_[c] == 0) continue;
      const uint32_t g = group_of_[c] - 1u;  // the words that begin with c
      for (uint32_t i = group_[g]; i < group_[g + 1]; ++i) {
        const size_t k = order_[i];
        if (k >= best) break;  // in list order: the rest come later too
        const std::string& w = words[k];
        if (w.size() > part.size() - pos) continue;
        size_t j = 1;
        while (j < w.size() && LowerByte(part[pos + j]) == w[j]) ++j;
        if (j == w.size()) {
          best = k;
          break;
        }
      }
    }
  }
  return best < words.size() ? std::string_view(words[best]) : std::string_view();
}

bool NamedAsReferenceNumber(std::string_view before) {
  // Words between the noun and the number ("order number is #...").
  static constexpr std::array<std::string_view, 11> kFiller = {
      "no", "nr", "num", "number", "numbers", "id", "code", "is", "was", "are", "ids"};
  // Nouns that name a number as something other than a person's identifier.
  static constexpr std::array<std::string_view, 72> kReference = {
      "order",   "orders",    "invoice",     "inv",         "ticket",   "tkt",      "tracking", "track",
      "parcel",  "package",   "pkg",         "shipment",    "consignment", "waybill", "awb",    "delivery",
      "isbn",    "issn",      "sku",         "asin",        "upc",      "ean",      "gtin",     "ref",
      "reference", "confirmation", "conf",   "booking",     "reservation", "case",  "incident", "po",
      "serial",  "sn",        "model",       "part",        "item",     "product",  "transaction", "txn",
      "request", "req",       "build",       "version",     "ver",      "release",  "job",      "batch",
      "lot",     "receipt",   "claim",       "quote",       "cart",     "voucher",  "coupon",   "promo",
      "flight",  "pr",        "issue",       "bug",         "commit",   "row",      "page",     "port",
      "pid",     "container", "trace",       "span",        "hash",     "checksum", "epoch",    "timestamp"};
  static_assert(std::all_of(kReference.begin(), kReference.end(), [](std::string_view r) {
    return !r.empty() && r.size() < 32 && r[0] >= 'a' && r[0] <= 'z';
  }));
  // Bit n of lengths[l]: a noun of kReference starts with letter 'a' + l
  // and has n letters (most words are ruled out before any compare).
  static const std::array<uint32_t, 26> lengths = [] {
    std::array<uint32_t, 26> out{};
    for (std::string_view r : kReference) out[static_cast<size_t>(r[0] - 'a')] |= uint32_t{1} << r.size();
    return out;
  }();
  size_t i = before.size();
  for (int steps = 0; steps < 6; ++steps) {
    bool dot = false;  // "no. 123", "ref. 123" abbreviate; "an order. 123" ends a sentence
    while (i > 0 && (before[i - 1] == ' ' || before[i - 1] == '\t' || before[i - 1] == ':' ||
                     before[i - 1] == '#' || before[i - 1] == '(' || before[i - 1] == '=' ||
                     before[i - 1] == '.')) {
      dot |= before[i - 1] == '.';
      --i;
    }
    size_t b = i;
    while (b > 0 && IsAlnum(before[b - 1])) --b;
    if (b == i || i - b > 16) return false;
    char buf[16];  // the word lowercased (no string per word)
    for (size_t k = b; k < i; ++k) buf[k - b] = LowerByte(before[k]);
    const std::string_view w(buf, i - b);
    bool filler = false;
    for (std::string_view f : kFiller) filler |= w == f;
    if (dot && !filler && w.size() > 4) return false;
    if (w[0] >= 'a' && w[0] <= 'z' && (lengths[static_cast<size_t>(w[0] - 'a')] >> w.size() & 1u)) {
      for (std::string_view r : kReference) {
        if (w == r) return true;
      }
    }
    if (!filler) return false;
    i = b;
  }
  return false;
}

bool GluedToNeighbours(const Candidate& c, std::string_view joiners) {
  const std::string_view b = c.before, a = c.after;
  auto joiner = [&](char ch) { return joiners.find(ch) != std::string_view::npos; };
  if (!b.empty()) {
    if (IsAlnum(b.back())) return true;
    if (b.size() >= 2 && joiner(b.back()) && IsAlnum(b[b.size() - 2])) return true;
  }
  if (!a.empty()) {
    if (IsAlnum(a.front())) return true;
    if (a.size() >= 2 && joiner(a.front()) && IsAlnum(a[1])) return true;
  }
  return false;
}

bool InsideDigitGroups(const Candidate& c) {
  const std::string_view b = c.before, a = c.after;
  if (a.size() >= 2 && a[0] == ' ' && IsDigit(a[1])) return true;
  return b.size() >= 2 && b.back() == ' ' && IsDigit(b[b.size() - 2]);
}

bool NotAnIdentifier(const Candidate& c, std::string_view joiners) {
  if (GluedToNeighbours(c, joiners) || NamedAsReferenceNumber(c.before)) return true;
  return c.text.find(' ') != std::string_view::npos && InsideDigitGroups(c);
}

bool PrecededByWord(const Candidate& c, std::initializer_list<std::string_view> words) {
  std::string_view b = c.before;
  while (!b.empty() && (b.back() == ' ' || b.back() == ':' || b.back() == '#')) b.remove_suffix(1);
  size_t start = b.size();
  while (start > 0 && IsAlnum(b[start - 1])) --start;
  const std::string word = LowerWord(b.substr(start));
  for (std::string_view w : words) {
    if (word == w) return true;
  }
  return false;
}

}  // namespace convoguard::recognizers
