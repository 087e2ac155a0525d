#include "text/normalizer.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace convoguard::text {
namespace {

struct Normalized {
  NormalizedText out;
  Normalizer n;
};

void NormalizeAll(std::string_view in, Normalized& r, size_t chunk = 0) {
  if (chunk == 0) {
    r.n.Feed(in, true, r.out);
    return;
  }
  for (size_t i = 0; i < in.size(); i += chunk) r.n.Feed(in.substr(i, chunk), false, r.out);
  r.n.Feed({}, true, r.out);
}

TEST(Normalizer, AsciiIsIdentity) {
  Normalized r;
  NormalizeAll("hello world", r);
  EXPECT_EQ(r.out.text(), "hello world");
  EXPECT_EQ(r.out.OrigBegin(6).byte, 6u);
  EXPECT_EQ(r.out.OrigEnd(11).byte, 11u);
}

TEST(Normalizer, FullwidthDigitsFoldToAscii) {
  Normalized r;
  NormalizeAll("id \xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93", r);  // "id １２３"
  EXPECT_EQ(r.out.text(), "id 123");
  // "2" is the second fullwidth digit: original bytes [6, 9), code point 4.
  EXPECT_EQ(r.out.OrigBegin(4).byte, 6u);
  EXPECT_EQ(r.out.OrigBegin(4).cp, 4u);
  EXPECT_EQ(r.out.OrigEnd(6).byte, 12u);
  EXPECT_EQ(r.out.OrigEnd(6).cp, 6u);
}

TEST(Normalizer, CombiningSequenceComposesAcrossChunks) {
  Normalized r;
  NormalizeAll("cafe\xCC\x81!", r, 1);  // e + U+0301, fed byte by byte
  EXPECT_EQ(r.out.text(), "caf\xC3\xA9!");
  EXPECT_EQ(r.out.OrigEnd(5).byte, 6u);  // é ends where the accent ends
  EXPECT_EQ(r.out.OrigEnd(5).cp, 5u);
}

TEST(Normalizer, InvisibleCharactersAreRemovedAndReported) {
  Normalized r;
  NormalizeAll("pass\xE2\x80\x8Bword \xF3\xA0\x81\x81\xF3\xA0\x81\x82", r);  // ZWSP, two tags
  EXPECT_EQ(r.out.text(), "password ");
  EXPECT_EQ(r.n.invisible_chars(), 3u);
  ASSERT_EQ(r.n.invisible_runs().size(), 2u);
  EXPECT_EQ(r.n.invisible_runs()[0].orig_begin, 4u);
  EXPECT_FALSE(r.n.invisible_runs()[0].has_tag_chars);
  EXPECT_TRUE(r.n.invisible_runs()[1].has_tag_chars);
  EXPECT_EQ(r.n.invisible_runs()[1].cp_end - r.n.invisible_runs()[1].cp_begin, 2u);
  // "word" starts after the zero-width space: original byte 7, code point 5.
  EXPECT_EQ(r.out.OrigBegin(4).byte, 7u);
  EXPECT_EQ(r.out.OrigBegin(4).cp, 5u);
}

TEST(Normalizer, EmojiJoinersAreNotReported) {
  Normalized r;
  // man ZWJ woman, heart + VS16
  NormalizeAll("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 \xE2\x9D\xA4\xEF\xB8\x8F", r);
  EXPECT_EQ(r.n.invisible_chars(), 0u);
}

TEST(Normalizer, InvalidBytesBecomeReplacementAndKeepOffsets) {
  Normalized r;
  NormalizeAll("a\xFF" "b\xE2\x82", r);  // stray byte, truncated sequence at the end
  EXPECT_EQ(r.out.text(), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(r.n.invalid_bytes(), 3u);
  EXPECT_EQ(r.out.OrigBegin(4).byte, 2u);  // 'b'
  EXPECT_EQ(r.out.OrigBegin(4).cp, 2u);
}

TEST(Normalizer, ChunkingDoesNotChangeTheResult) {
  const std::string in = "Ünïcödé \xEF\xAC\x81le \xE2\x80\x8E\xE2\x80\xAEx \xF0\x9F\x98\x80 ok\xC3";
  Normalized whole;
  NormalizeAll(in, whole);
  for (size_t chunk = 1; chunk < 7; ++chunk) {
    Normalized part;
    NormalizeAll(in, part, chunk);
    EXPECT_EQ(part.out.text(), whole.out.text()) << "chunk " << chunk;
    EXPECT_EQ(part.n.invisible_chars(), whole.n.invisible_chars());
    EXPECT_EQ(part.n.invalid_bytes(), whole.n.invalid_bytes());
    for (uint64_t i = 0; i <= whole.out.text().size(); ++i) {
      EXPECT_EQ(part.out.OrigBegin(i).byte, whole.out.OrigBegin(i).byte);
      EXPECT_EQ(part.out.OrigEnd(i).cp, whole.out.OrigEnd(i).cp);
    }
  }
}

// Random text of every kind the normalizer treats apart (ASCII runs,
// accented letters, combining marks in and out of order, emoji and
// joiners, CJK, fullwidth forms, ligatures, invisible and tag characters,
// invalid and truncated bytes), fed whole and in random chunks: the same
// text, offsets of every byte, invisible runs and counts.
TEST(Normalizer, RandomChunkingDoesNotChangeTheResult) {
  const std::vector<std::string> pieces = {
      "a", "hello ", "x", " ", "\n", "\xC3\xA9", "e\xCC\x81", "\xCC\x81\xCC\xA3", "\xCC\xA3\xCC\x81",
      "\xF0\x9F\x98\x80", "\xE2\x80\x8D", "\xEF\xB8\x8F", "\xE3\x81\x93\xE3\x82\x8C", "\xE5\xA4\xA7",
      "\xEF\xBC\x91", "\xEF\xAC\x81", "\xE2\x80\x8B", "\xF3\xA0\x81\x81", "\xFF", "\xE2\x82", "\xC3",
      "\xE1\x84\x80\xE1\x85\xA1"};  // (last: a Hangul L+V pair, composed by NFKC)
  std::mt19937 rng(5);
  for (int round = 0; round < 300; ++round) {
    std::string in;
    for (size_t k = 0, n = 1 + rng() % 40; k < n; ++k) in += pieces[rng() % pieces.size()];
    Normalized whole;
    NormalizeAll(in, whole);
    Normalized part;
    for (size_t i = 0; i < in.size();) {
      const size_t len = 1 + rng() % 9;
      part.n.Feed(std::string_view(in).substr(i, len), false, part.out);
      i += len;
    }
    part.n.Feed({}, true, part.out);
    ASSERT_EQ(part.out.text(), whole.out.text()) << in;
    EXPECT_EQ(part.n.invisible_chars(), whole.n.invisible_chars());
    EXPECT_EQ(part.n.invalid_bytes(), whole.n.invalid_bytes());
    ASSERT_EQ(part.n.invisible_runs().size(), whole.n.invisible_runs().size());
    for (size_t k = 0; k < whole.n.invisible_runs().size(); ++k) {
      EXPECT_EQ(part.n.invisible_runs()[k].orig_begin, whole.n.invisible_runs()[k].orig_begin);
      EXPECT_EQ(part.n.invisible_runs()[k].cp_end, whole.n.invisible_runs()[k].cp_end);
    }
    for (uint64_t i = 0; i <= whole.out.text().size(); ++i) {
      ASSERT_EQ(part.out.OrigBegin(i).byte, whole.out.OrigBegin(i).byte) << i << " in " << in;
      ASSERT_EQ(part.out.OrigBegin(i).cp, whole.out.OrigBegin(i).cp) << i;
      ASSERT_EQ(part.out.OrigEnd(i).byte, whole.out.OrigEnd(i).byte) << i;
      ASSERT_EQ(part.out.OrigEnd(i).cp, whole.out.OrigEnd(i).cp) << i;
    }
  }
}

TEST(Normalizer, ResetStartsOverLikeANewOne) {
  const std::string first = "caf\xC3\xA9 a\xE2\x80\x8B" "b \xFF\xEF\xBC\x91";  // é, ZWSP, invalid byte, fullwidth 1
  const std::string second = "\xEF\xBC\x92 x\xE2\x80\x8By";
  Normalized used;
  NormalizeAll(first, used, 3);
  used.n.Reset();
  used.out.Reset();
  NormalizeAll(second, used, 2);
  Normalized fresh;
  NormalizeAll(second, fresh, 2);
  EXPECT_EQ(used.out.text(), fresh.out.text());
  EXPECT_EQ(used.out.norm_base(), 0u);
  EXPECT_EQ(used.n.invalid_bytes(), 0u);
  EXPECT_EQ(used.n.invisible_chars(), fresh.n.invisible_chars());
  EXPECT_EQ(used.n.invisible_runs().size(), fresh.n.invisible_runs().size());
  EXPECT_EQ(used.n.orig_decoded(), second.size());
  for (uint64_t i = 0; i <= fresh.out.norm_end(); ++i) {
    EXPECT_EQ(used.out.OrigBegin(i).byte, fresh.out.OrigBegin(i).byte) << i;
    EXPECT_EQ(used.out.OrigEnd(i).cp, fresh.out.OrigEnd(i).cp) << i;
  }
}

// The quick-check fast path must agree with ICU's NFKC: every code point
// (except removed invisibles), alone and followed by two combining marks in
// non-canonical order, between ASCII letters.
TEST(Normalizer, AgreesWithIcuNfkcOnEveryCodePoint) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  ASSERT_TRUE(U_SUCCESS(ec));
  auto utf8 = [](char32_t cp) {
    std::string out;
    icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(out);
    return out;
  };
  const std::string marks = utf8(0x0301) + utf8(0x0323);  // ccc 230 then 220
  int checked = 0;
  for (char32_t cp = 0x80; cp <= 0x3FFFF; ++cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || IsInvisible(cp)) continue;
    for (const std::string& tail : {std::string(), marks}) {
      const std::string in = "a" + utf8(cp) + tail + "b";
      Normalized r;
      NormalizeAll(in, r);
      std::string want;
      ec = U_ZERO_ERROR;
      nfkc->normalize(icu::UnicodeString::fromUTF8(in), ec).toUTF8String(want);
      ASSERT_TRUE(U_SUCCESS(ec));
      ASSERT_EQ(r.out.text(), want) << "U+" << std::hex << static_cast<uint32_t>(cp);
      ++checked;
    }
  }
  EXPECT_GT(checked, 400000);
}

// One Normalizer over many code points in a row: its property cache sees every
// slot reused many times, and the output must still be ICU's NFKC.
TEST(Normalizer, ReusedNormalizerAgreesWithIcuAcrossManyCodePoints) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  ASSERT_TRUE(U_SUCCESS(ec));
  Normalized r;
  for (char32_t first = 0x80; first <= 0x2FFFF; first += 4096) {
    std::string in;
    for (char32_t cp = first; cp < first + 4096; ++cp) {
      if ((cp >= 0xD800 && cp <= 0xDFFF) || IsInvisible(cp)) continue;
      icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(in);
      if (cp % 7 == 0) in += "\xCC\x81\xCC\xA3";  // U+0301 U+0323: not in canonical order
      in += cp % 3 == 0 ? "ab " : "x";
    }
    r.n.Reset();
    r.out.Reset();
    NormalizeAll(in, r, first % 3 == 0 ? 0 : 61);
    std::string want;
    ec = U_ZERO_ERROR;
    nfkc->normalize(icu::UnicodeString::fromUTF8(in), ec).toUTF8String(want);
    ASSERT_TRUE(U_SUCCESS(ec));
    ASSERT_EQ(r.out.text(), want) << "block U+" << std::hex << static_cast<uint32_t>(first);
  }
}

// ASCII text is one identity run of the offset map however long, and offsets
// inside it map byte for byte, including when split across chunks.
TEST(Normalizer, AsciiStretchIsOneRun) {
  std::string in(100000, 'a');
  for (size_t i = 0; i < in.size(); i += 13) in[i] = static_cast<char>('!' + i % 90);
  Normalized r;
  NormalizeAll(in, r, 4093);
  EXPECT_EQ(r.out.text(), in);
  EXPECT_EQ(r.out.run_count(), 1u);
  for (uint64_t n : {0ull, 1ull, 7ull, 8ull, 4093ull, 99999ull, 100000ull}) {
    EXPECT_EQ(r.out.OrigBegin(n).byte, n);
    EXPECT_EQ(r.out.OrigEnd(n).cp, n);
  }
  Normalized mixed;  // one emoji in the middle: runs before, of, after it
  NormalizeAll(in.substr(0, 500) + "\xF0\x9F\x98\x80" + in.substr(500), mixed);
  EXPECT_LE(mixed.out.run_count(), 3u);
  EXPECT_EQ(mixed.out.OrigBegin(504).byte, 504u);
  EXPECT_EQ(mixed.out.OrigBegin(504).cp, 501u);
}

TEST(Utf8, CountsCodePointsAndInvalidBytes) {
  EXPECT_EQ(CountCodePoints("abc"), 3u);
  EXPECT_EQ(CountCodePoints("\xC3\xA9t\xC3\xA9"), 3u);
  EXPECT_EQ(CountCodePoints("\xC0\x80"), 2u);          // overlong: two invalid bytes
  EXPECT_EQ(CountCodePoints("\xED\xA0\x80"), 3u);      // surrogate: invalid
  EXPECT_EQ(CountCodePoints("\xF0\x9F\x98\x80"), 1u);  // emoji
  // The eight-byte ASCII path, with non-ASCII at every offset around it.
  for (size_t at = 0; at <= 20; ++at) {
    std::string t(20, 'a');
    t.insert(at, "\xC3\xA9");
    EXPECT_EQ(CountCodePoints(t), 21u) << at;
    t.insert(at, "\xE2\x82");  // a broken sequence: its two bytes count one each
    EXPECT_EQ(CountCodePoints(t), 23u) << at;
  }
}

}  // namespace
}  // namespace convoguard::text
