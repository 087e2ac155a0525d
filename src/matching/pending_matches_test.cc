#include "matching/pending_matches.h"

#include <gtest/gtest.h>

#include <string>

namespace convoguard::matching {
namespace {

struct Fixture {
  std::shared_ptr<const PatternSet> set;
  std::shared_ptr<const PendingPlan> plan;
};

Fixture Make(const std::vector<Pattern>& patterns) {
  auto s = PatternSet::Compile(patterns, 200);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  std::vector<unsigned> all;
  for (unsigned i = 0; i < patterns.size(); ++i) all.push_back(i);
  auto set = std::move(s).value();
  return {set, std::make_shared<const PendingPlan>(set, patterns, all)};
}

uint64_t Pending(PendingMatches& p, const std::string& text) {
  auto r = p.Update(text, 0);
  EXPECT_TRUE(r.ok());
  return r.ok() ? *r : 0;
}

TEST(PendingMatches, HoldsAPrefixThatCouldStillMatch) {
  Fixture f = Make({{"secret-[0-9]{4}", 0}});
  PendingMatches p(f.plan);
  EXPECT_EQ(Pending(p, "plain prose, "), 13u);          // nothing can start a match
  EXPECT_EQ(Pending(p, "plain prose, sec"), 13u);       // "sec" may become a match
  EXPECT_EQ(Pending(p, "plain prose, secret-12"), 13u);
  EXPECT_EQ(Pending(p, "plain prose, secret-12x"), 23u);  // it died: nothing pending
  EXPECT_EQ(Pending(p, "plain prose, secret-12x secret-1234"), 35u);  // complete: not pending
}

TEST(PendingMatches, GreedyRepeatsAndWordBoundariesAtTheEndArePending) {
  Fixture f = Make({{"\\b[0-9]{3,9}\\b", 0}, {"\\bfoo\\b", 0}});
  PendingMatches p(f.plan);
  EXPECT_EQ(Pending(p, "id 1234"), 3u);   // 1234 may grow (or end at \b)
  EXPECT_EQ(Pending(p, "id 1234 fo"), 8u);
  // "foo" ends at the end: not counted by Update (it cannot end later), but
  // a word character could still follow it, so it is live.
  EXPECT_EQ(Pending(p, "id 1234 foo"), 11u);
  auto live = p.FirstLive(1, "id 1234 foo", 0, 0);
  ASSERT_TRUE(live.ok());
  EXPECT_EQ(live->start, 8u);
  EXPECT_FALSE(live->complete);
  EXPECT_EQ(Pending(p, "id 1234 foo."), 12u);
}

TEST(PendingMatches, StartsBeforeTheWidthAreNotPending) {
  Fixture f = Make({{"a[a-z]{0,4}", 0}});
  PendingMatches p(f.plan);
  // "abcdefgh": a match ending after the end starts at most 5 bytes back.
  EXPECT_EQ(Pending(p, "xx abcdefgh"), 11u);
  EXPECT_EQ(Pending(p, "xx abcdefgh za"), 13u);
}

TEST(PendingMatches, DeadStartsStayDeadAsTheTextGrows) {
  Fixture f = Make({{"ab{1,5}c", 0}});
  PendingMatches p(f.plan);
  std::string text;
  for (char c : std::string("xxabbxab")) {
    text += c;
    Pending(p, text);
  }
  EXPECT_EQ(Pending(p, text), 6u);  // the first "abb" died at "x"
  text += "bbc";
  EXPECT_EQ(Pending(p, text), text.size());  // the match is complete, ends within the text
}

TEST(PendingMatches, MultibyteTextAndCaselessStarts) {
  Fixture f = Make({{"\u00e9t\u00e9", kCaseless}, {"key", kCaseless}});
  PendingMatches p(f.plan);
  const std::string text = "caf\u00e9 d'\u00c9T";  // "É" then "T": pending
  EXPECT_EQ(Pending(p, text), 8u);
  const std::string more = text + " K";
  EXPECT_EQ(Pending(p, more), more.size() - 1);  // "K" may become "KEY"
}

TEST(PendingMatches, FirstLiveSkipsDeadStartsAndStopsAtMatches) {
  Fixture f = Make({{"[0-9]{3}-[0-9]{4}", 0}});
  PendingMatches p(f.plan);
  const std::string text = "12-1 call 555-1234 or 555-12";
  auto a = p.FirstLive(0, text, 0, 0);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->start, 10u);  // the complete match
  EXPECT_TRUE(a->complete);
  EXPECT_EQ(a->end, 18u);
  auto b = p.FirstLive(0, text, 0, 18);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->start, 22u);  // the partial one at the end
  EXPECT_FALSE(b->complete);
  auto c = p.FirstLive(0, text + "x", 0, 18);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->start, text.size() + 1);  // it died
}

std::string Members(const std::bitset<256>& s) {
  std::string out;
  for (unsigned b = 0; b < 256; ++b) {
    if (s.test(b)) out.push_back(static_cast<char>(b));
  }
  return out;
}

TEST(PendingMatches, MatchBytesReadsTheRegexConservatively) {
  EXPECT_EQ(Members(PendingPlan::MatchBytesForTest("\\bsk-[a-c]{2,4}\\b", false)), "-abcks");
  EXPECT_EQ(Members(PendingPlan::MatchBytesForTest("(?:ab|c\\d)+", false)), "0123456789abc");
  EXPECT_EQ(Members(PendingPlan::MatchBytesForTest("x[\\x41-\\x43\\]]", false)), "ABC]x");
  EXPECT_EQ(Members(PendingPlan::MatchBytesForTest("(?i:ab)", false)), "ABab");
  EXPECT_EQ(Members(PendingPlan::MatchBytesForTest("a{2}[-.]", false)), "-.a");
  EXPECT_EQ(Members(PendingPlan::MatchBytesForTest("a{,2}", false)), ",2a{}");  // text in PCRE2 10.42
  // What it cannot read exactly means every byte.
  for (const char* all : {"a.b", "[^a]", "\\S+", "(a)\\1", "[[:alpha:]]", "(?=a)"}) {
    EXPECT_EQ(PendingPlan::MatchBytesForTest(all, false).count(), 256u) << all;
  }
  // A multi-byte character stands for every byte >= 0x80.
  auto e = PendingPlan::MatchBytesForTest("caf\u00e9", false);
  EXPECT_TRUE(e.test(0xC3) && e.test(0xA9) && e.test(0x80) && !e.test('x'));
  // Caseless k and s also match the Kelvin sign and the long s.
  EXPECT_TRUE(PendingPlan::MatchBytesForTest("k", true).test(0xE2));
}

// The pairs of bytes a match can consume one after the other.
TEST(PendingMatches, FollowReadsTheRegexStructure) {
  auto pairs = [](const char* re, bool caseless = false) {
    auto f = PendingPlan::FollowForTest(re, caseless);
    EXPECT_TRUE(f.has_value()) << re;
    std::string out;
    if (!f) return out;
    for (unsigned a = 0; a < 128; ++a) {
      for (unsigned b = 0; b < 128; ++b) {
        if ((*f)[a].test(b)) out += std::string{static_cast<char>(a), static_cast<char>(b), ' '};
      }
    }
    return out;
  };
  EXPECT_EQ(pairs("abc"), "ab bc ");
  EXPECT_EQ(pairs("\\bab?c\\b"), "ab ac bc ");  // an optional item is skipped over
  EXPECT_EQ(pairs("(?:ab|c)+"), "ab ba bc ca cc ");  // a repeat joins its last bytes to its first
  EXPECT_EQ(pairs("x{2,3}y{0}z"), "xx xz ");
  EXPECT_EQ(pairs("a{2}{"), "aa a{ ");  // a '{' that is no quantifier is a literal
  EXPECT_EQ(pairs("a{,2}"), ",2 2} a{ {, ");  // PCRE2 10.42 reads "{,n}" as text
  EXPECT_EQ(pairs("(?i:ab)"), "AB Ab aB ab ");
  // Capitalized words: a space is never followed by a lowercase letter.
  auto names = PendingPlan::FollowForTest("[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", false);
  ASSERT_TRUE(names.has_value());
  EXPECT_TRUE((*names)[' '].test('J'));
  EXPECT_FALSE((*names)[' '].test('w'));
  EXPECT_TRUE((*names)['n'].test(' '));
  EXPECT_FALSE((*names)['J'].test(' '));
  // A multi-byte character: its bytes follow each other and their neighbours.
  auto e = PendingPlan::FollowForTest("caf\u00e9s", false);
  ASSERT_TRUE(e.has_value());
  EXPECT_TRUE((*e)['f'].test(0xC3) && (*e)[0xC3].test(0xA9) && (*e)[0xA9].test('s'));
  // Caseless s and k fold to multi-byte characters (the long s, Kelvin).
  auto k = PendingPlan::FollowForTest("ok", true);
  ASSERT_TRUE(k.has_value());
  EXPECT_TRUE((*k)['o'].test(0xE2) && (*k)[0xE2].test(0x84));
  // What it cannot read is refused (every pair then).
  for (const char* unread : {"a.b", "[^a]", "\\S+", "(a)\\1", "(?=a)", "a)", "(a"}) {
    EXPECT_FALSE(PendingPlan::FollowForTest(unread, false).has_value()) << unread;
  }
}

TEST(PendingMatches, APendingMatchEndsAtAPairItCannotConsume) {
  Fixture f = Make({{"[A-Z][a-z]{1,10}(?: [A-Z][a-z]{1,10}){1,2}", 0}});
  PendingMatches p(f.plan);
  EXPECT_EQ(Pending(p, "we met John Smi"), 7u);
  EXPECT_EQ(Pending(p, "we met John Smith and"), 21u);  // " a": it cannot grow
  EXPECT_EQ(Pending(p, "we met John Smith and Mary"), 22u);
}

TEST(PendingMatches, AStartFollowedByAByteNoMatchConsumesIsNotPending) {
  Fixture f = Make({{"[0-9]{2,8}", 0}});
  PendingMatches p(f.plan);
  EXPECT_EQ(Pending(p, "call 1234"), 5u);
  EXPECT_EQ(Pending(p, "call 1234 x"), 11u);
}

TEST(PendingMatches, ResetForgetsTheText) {
  Fixture f = Make({{"abc", 0}});
  PendingMatches p(f.plan);
  EXPECT_EQ(Pending(p, "xxab"), 2u);
  p.Reset();
  EXPECT_EQ(Pending(p, "a"), 0u);
}

// Reset only marks the state stale (Engine::Scan's one final step uses none
// of it); FirstLive must not answer from what it proved before the Reset.
TEST(PendingMatches, ResetForgetsWhatFirstLiveProved) {
  Fixture f = Make({{"foo", 0}});
  PendingMatches p(f.plan);
  auto before = p.FirstLive(0, "xx foo.", 0, 0);
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->start, 3u);
  p.Reset();
  auto after = p.FirstLive(0, "foo.", 0, 0);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->start, 0u);
  EXPECT_TRUE(after->complete);
}

// A rule whose search starts before what another rule holds back tries only
// the starts before it; its later starts wait for a later call. Once the
// other rule lets go, they are searched: each answer is the one a new
// tracker gives for the same text (which searches every start), so the
// holdback never grows, and a match that grows across the chunks still holds
// back from its first byte until it is complete.
TEST(PendingMatches, StartsAfterWhatAnotherRuleHoldsAreSearchedLater) {
  const std::vector<Pattern> patterns = {{"<[a-z0-9 ]{1,40}>", 0}, {"[0-9]{3,12}", 0}};
  const std::string text = "12x <ab cd 45 6789> 0123 45 tail <q 1> 98765";
  for (PendingPlan::Tail tail : {PendingPlan::Tail::kNone, PendingPlan::Tail::kBytePairs}) {
    auto set = PatternSet::Compile(patterns, 200);
    ASSERT_TRUE(set.ok());
    auto plan = std::make_shared<const PendingPlan>(*set, patterns, std::vector<unsigned>{0, 1}, tail);
    for (size_t chunk : {1u, 2u, 3u, 5u}) {
      PendingMatches p(plan);
      for (size_t end = chunk; end < text.size() + chunk; end += chunk) {
        const std::string prefix = text.substr(0, std::min(end, text.size()));
        PendingMatches fresh(plan);
        auto got = p.Update(prefix, 0);
        auto want = fresh.Update(prefix, 0);
        ASSERT_TRUE(got.ok() && want.ok());
        EXPECT_EQ(*got, *want) << "chunk " << chunk << ", text \"" << prefix << "\"";
      }
    }
    PendingMatches p(plan);
    EXPECT_EQ(Pending(p, "12x <ab cd 45"), 4u);    // the tag holds from '<' (and "45" behind it)
    EXPECT_EQ(Pending(p, "12x <ab cd 45 67"), 4u);
    EXPECT_EQ(Pending(p, "12x <ab cd 45 6789>"), 19u);  // the tag and "6789" are complete
    EXPECT_EQ(Pending(p, "12x <ab cd 45 6789> 01"), 20u);
    EXPECT_EQ(Pending(p, "12x <ab cd 45 6789> 0123 "), 25u);  // complete: nothing pending
  }
}

TEST(PendingMatches, DigitFreeReadsHowFarAMatchGoesBeforeADigit) {
  EXPECT_EQ(PendingPlan::DigitFreeForTest("[0-9]{2,8}", false), 0u);
  EXPECT_EQ(PendingPlan::DigitFreeForTest("(?:Mon|Tues)day,? [0-9]{1,2}", false), 9u);
  EXPECT_EQ(PendingPlan::DigitFreeForTest("\\b(?:ab ){0,3}[0-9]", false), 9u);
  EXPECT_EQ(PendingPlan::DigitFreeForTest("[a-z]{1,5}(?:[0-9]{2})?", false), 5u);  // no digit needed
  EXPECT_EQ(PendingPlan::DigitFreeForTest("(?:x[0-9a-z]){3}", false), 6u);      // \w-like: may hold none
  EXPECT_EQ(PendingPlan::DigitFreeForTest("\u00e9[0-9]", false), 4u);         // a code point: 4 bytes
  EXPECT_FALSE(PendingPlan::DigitFreeForTest("a.b", false).has_value());
}

// A date rule whose pairs cover prose (weekday names, a space, words) is
// searched only from a few bytes before the next digit: prose without one
// holds back nothing, and a date that grows across chunks is still pending
// from its first byte, and then found whole.
// Two plans give the same answers for `text` streamed in 1, 3 and 7 bytes.
void ExpectSameAtEveryCut(const std::shared_ptr<const PendingPlan>& one,
                          const std::shared_ptr<const PendingPlan>& other, const std::string& text) {
  for (size_t chunk : {1u, 3u, 7u}) {
    PendingMatches a(one), b(other);
    for (size_t end = chunk; end < text.size() + chunk; end += chunk) {
      const std::string prefix = text.substr(0, std::min(end, text.size()));
      auto x = a.Update(prefix, 0), y = b.Update(prefix, 0);
      ASSERT_TRUE(x.ok() && y.ok());
      EXPECT_EQ(*x, *y) << "chunk " << chunk << ": \"" << prefix << "\"";
    }
  }
}

TEST(PendingMatches, APendingMatchStartsNearTheNextDigit) {
  const std::vector<Pattern> date = {{"\\b(?:Monday|Tuesday|Friday),? (?:the )?[0-9]{1,2}(?: [A-Z][a-z]{2,8})?", 0}};
  Fixture f = Make(date);
  ASSERT_EQ(f.plan->entries()[0].digit_free, 13u);
  PendingMatches p(f.plan);
  EXPECT_EQ(Pending(p, "see you on Friday"), 11u);
  EXPECT_EQ(Pending(p, "see you on Friday, the "), 11u);
  EXPECT_EQ(Pending(p, "see you on Friday, the 1"), 11u);
  EXPECT_EQ(Pending(p, "see you on Friday, the 12 Mar"), 11u);
  EXPECT_EQ(Pending(p, "see you on Friday, the 12 March."), 32u);  // complete
  EXPECT_EQ(Pending(p, "see you on Friday, the 12 March. Monday a"), 41u);  // it died at "a"
  auto m = p.FirstLive(0, "see you on Friday, the 12 March. Monday a", 0, 0);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->start, 11u);
  EXPECT_EQ(m->end, 31u);
  EXPECT_TRUE(m->complete);
  // The same answers as a tracker without the bound (kBytes), at every cut.
  auto plain = std::make_shared<const PendingPlan>(f.set, date, std::vector<unsigned>{0}, PendingPlan::Tail::kBytes);
  const std::string text = "Tuesday is fine, or Friday the 3 May or Monday, 14 June and then some more prose";
  ExpectSameAtEveryCut(f.plan, plain, text);
}

// The fixed leading positions of a regex: literals, classes, escapes and
// groups without alternation, up to the first repeat or unknown atom.
TEST(PendingMatches, LeadingBytesReadsTheFixedStartOfAMatch) {
  auto lead = PendingPlan::LeadingBytesForTest("[ \\t]-p(?:[ \\t]{1,3})?x", false);
  ASSERT_EQ(lead.size(), 3u);
  EXPECT_TRUE(lead[0].test(' ') && lead[0].test('\t') && lead[0].count() == 2);
  EXPECT_TRUE(lead[1].test('-') && lead[1].count() == 1);
  EXPECT_TRUE(lead[2].test('p') && lead[2].count() == 1);
  EXPECT_EQ(PendingPlan::LeadingBytesForTest("\\becho[ \\t]{1,3}", false).size(), 4u);
  auto caseless = PendingPlan::LeadingBytesForTest("(?i:ab)c", false);
  ASSERT_EQ(caseless.size(), 3u);
  EXPECT_TRUE(caseless[0].test('A') && caseless[0].test('a'));
  EXPECT_EQ(caseless[2].count(), 1u);
  EXPECT_TRUE(PendingPlan::LeadingBytesForTest("ab|cd", false).empty());
  // Alternatives of letters: their bytes up to the shortest one.
  auto alt = PendingPlan::LeadingBytesForTest("\\b(?:PDO|mysqli)\\(", false);
  ASSERT_EQ(alt.size(), 3u);
  EXPECT_TRUE(alt[0].test('P') && alt[0].test('m') && alt[0].count() == 2);
  EXPECT_TRUE(alt[2].test('O') && alt[2].test('s') && alt[2].count() == 2);
  EXPECT_EQ(PendingPlan::LeadingBytesForTest("(?:ab|cd)e", false).size(), 3u);
  EXPECT_TRUE(PendingPlan::LeadingBytesForTest("(?:a[b]|cd)e", false).empty());
  EXPECT_EQ(PendingPlan::LeadingBytesForTest("ab?c", false).size(), 1u);
  EXPECT_EQ(PendingPlan::LeadingBytesForTest("(?:ab)?c", false).size(), 0u);
  // s and k also match U+017F and U+212A caselessly: nothing after them.
  auto wide = PendingPlan::LeadingBytesForTest("ask", true);
  ASSERT_EQ(wide.size(), 2u);
  EXPECT_TRUE(wide[1].test(0xC5));
}

// Pattern 0 of `patterns` reads `leading` fixed positions, is pending from
// `expected` in `probe`, and answers as a tracker without any filter
// (kNone) when `text` is streamed.
void ExpectLeadingFilter(const std::vector<Pattern>& patterns, size_t leading, const std::string& probe,
                         uint64_t expected, const std::string& text) {
  Fixture f = Make(patterns);
  ASSERT_EQ(f.plan->entries()[0].leading.size(), leading);
  PendingMatches p(f.plan);
  EXPECT_EQ(Pending(p, probe), expected);
  auto plain = std::make_shared<const PendingPlan>(f.set, patterns, std::vector<unsigned>{0}, PendingPlan::Tail::kNone);
  ASSERT_TRUE(plain->entries()[0].leading.empty());
  ExpectSameAtEveryCut(f.plan, plain, text);
}

// A rule starting with a blank and "-p" is not searched at every blank of
// prose; a call whose name is cut by the end stays pending.
TEST(PendingMatches, AStartWithoutTheLeadingBytesIsNotPending) {
  ExpectLeadingFilter({{"[ \\t]-p(?:'[ -&(-~]{3,40}'|[!#-&(-,.-~][!#-&(-~]{2,40})", 0}}, 3,
                      "run it with 'some quoted words' and more", 40,
                      "mysql -u root -p'my secret pw' db and a -pS3cr3t -p 'x' in a - pinch -");
  ExpectLeadingFilter({{"\\b(?:PDO|mysqli)\\([ \\t]{0,3}'[ -&(-~]{0,40}'", 0}}, 3, "my sql and PD", 11,
                      "my mysql PDO('a b') or mysqli( 'x y' and my Pa PDO");
}

}  // namespace
}  // namespace convoguard::matching
