// The cue finders of the PERSON rules (Rule::cue_finder, Rule::cue_group)
// must report, for every match of the rule's regex that its validator accepts,
// an end inside the match: otherwise the engine would never look there. Checked
// on generated chat text and on names of every shape the finders single out,
// whole, streamed in chunks as the engine scans them, and cut at many points
// (a window's end may cut a word).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "evaluation/corpus.h"
#include "matching/pattern_set.h"
#include "recognizers/catalog.h"

namespace convoguard::recognizers {
namespace {

struct Checked {
  size_t accepted = 0;
  size_t missed = 0;
};

// The ends the engine keeps from the finder when the text arrives in chunks
// of `chunk` bytes (0: whole): each window re-covers `horizon` bytes before
// the new ones, and only ends in the new bytes count (EngineStream::Step).
std::vector<uint64_t> KeptEnds(const Rule& rule, const std::string& text, size_t chunk, size_t horizon) {
  std::vector<uint64_t> ends;
  if (chunk == 0) chunk = text.size();
  for (size_t old = 0; old < text.size(); old += chunk) {
    const size_t end = std::min(text.size(), old + chunk);
    const size_t from = old > horizon ? old - horizon : 0;
    uint64_t last = 0;
    auto keep = [&](uint64_t e) {
      EXPECT_GE(e, last) << "ends out of order";
      last = e;
      if (from + e > old) ends.push_back(from + e);
    };
    const std::string_view window = std::string_view(text).substr(from, end - from);
    if (rule.cue_finder) {
      rule.cue_finder(window, keep);
    } else {  // a shared finder: this rule's member only
      (*rule.cue_group.group)(window, [&](unsigned member, uint64_t e) {
        if (member == rule.cue_group.member) keep(e);
      });
    }
  }
  return ends;
}

// Every leftmost-first match of the rule in `text` that the validator accepts
// (context as the engine gives it) must contain a kept cue end no further
// than the rule's start reach from its start: s < end <= e, end - s <= reach.
Checked CheckRule(const Rule& rule, const std::string& text, size_t chunk = 0) {
  matching::Pattern pattern{rule.regex, rule.flags};
  pattern.lead = rule.lead;
  auto set = matching::PatternSet::Compile({pattern}, kMaxRuleWidth);
  EXPECT_TRUE(set.ok());
  // The exact search starts StartReach before a cue end (Rule::lead).
  const uint64_t reach = set.ok() ? (*set)->StartReach(0) : 0;
  const std::vector<uint64_t> ends = KeptEnds(rule, text, chunk, kShortRuleWidth);
  Checked out;
  if (!set.ok() || text.empty()) return out;
  EXPECT_TRUE((*set)->FindMatches(0, text, 0, text.size() - 1, [&](size_t s, size_t e) {
                     Candidate c;
                     c.text = std::string_view(text).substr(s, e - s);
                     const size_t cb = s >= kContextBefore ? s - kContextBefore : 0;
                     c.before = std::string_view(text).substr(cb, s - cb);
                     c.after = std::string_view(text).substr(e, std::min(kContextAfter, text.size() - e));
                     if (!rule.validate(c).accept) return;
                     ++out.accepted;
                     bool found = false;
                     for (uint64_t x : ends) found |= x > s && x <= e && x - s <= reach;
                     if (!found) {
                       ++out.missed;
                       ADD_FAILURE() << rule.id << " has no cue in \"" << c.text << "\"";
                     }
                   }).ok());
  return out;
}

std::vector<Rule> RulesWithCueFinders() {
  RuleList all;
  AddPersonRules(all);
  std::vector<Rule> out;
  for (Rule& r : all) {
    if (r.cue_finder || r.cue_group.group) out.push_back(std::move(r));
  }
  return out;
}

// Names of every shape the finders single out, and cue phrases with every
// separator, one cut by the end of the text.
std::string CueTestText() {
  return
      "talked to Maria yesterday. Maria Gonzalez called, then John O'Neil and Mary-Jane Smith. "
      "a speech by John F. Kennedy, ask José Álvarez, met Ana María Pérez. so Kevin, then Ana-Lucía "
      "said hi; Dr. Smith, Michael Jordan's shoes 🙂 Maria😀 Gonzalez, and Sarah Connor\nJames "
      "Bond. McDonald MacArthur and DeShawn Williams, x O'Brien, y D'Angelo Russell, with Zoë "
      "Kravitz, thanks Élodie Martin; with Piotr Zieliński, Ines Kovač and Ewa Dąbrowska, so Helga Sørensen "
      "regards, Emily\nhey kevin, hi, maria! Best regards,\r\n\r\nAnna Lee "
      "thank you john? Cheers,\n  Sarah hello\r\nTom Hanks hey O'Neil, Hi Mary-Jane Hi José thx david\r\n"
      // The widest greeting before a name: the longest cue and gap.
      "Congratulations,    \r\n \t  \r\nMaria Gonzalez and Congratulations,\t\t\t\t\n\t\t\t\t\nÉlodie\n"
      // All-caps names, one cut by the end of the text.
      "I AM LINDA HARPER CALL ME, NAME: JOHN MICHAEL SMITH. DEAR MARIA GONZALEZ-LOPEZ, OK KEVIN O'BRIEN "
      "ANA LEE\nSARAH CONNOR. Kevin said so. \"Priya to send\"\nJennifer, José, Ana-Lucía, Zoë Kevin. José said so. Zoë, look. Kevin"
      // Speaker labels (person_speaker), after bullets and times, one cut by the end.
      "\n[21:14] Ngozi: who\n- Antoine : ok\n* Kike Soto: yo\n\u2022 José Álvarez: si\n14:05 Medewerker Lotte: hoi\n"
      "-Imogen: yes\nPieter van der Berg: ja\n\t\tKenji: ok\nMaria Gonzalez: "
      // Cue phrases (person_title, person_self_intro, person_role, person_action).
      "\nDr. Okonkwo, Mrs Smith and Señor Álvarez, Tía Rosa. I'm Maria, this is Will Smith, It’s Ana; "
      "signed by Ann Lee, Signed Bob Jones. my colleague: Deepak, Patient : Oluwaseun Adeyemi, manager is "
      "Sarah Connor, boss was  Tomasz Kowalski, From: Tomasz Kowalski, agent,   Priya Patel, nom Élise Martin, "
      "fiancé José Álvarez. cc Mehmet Yilmaz, ask Ngozi, talk to Maria, Ask Kevin, according to Maria Gonzalez.";
}

TEST(PersonCues, EveryAcceptedMatchHasACue) {
  const std::vector<Rule> rules = RulesWithCueFinders();
  ASSERT_EQ(rules.size(), 11u);
  std::string text;
  for (uint64_t seed : {1u, 2u, 3u}) {
    text += evaluation::GenerateChatText(seed, evaluation::Density::kDense, 200000);
  }
  text += CueTestText();
  for (const Rule& r : rules) {
    const Checked whole = CheckRule(r, text);
    EXPECT_GE(whole.accepted, 4u) << r.id << ": the test text must exercise the rule";
    EXPECT_EQ(whole.missed, 0u) << r.id;
    for (size_t chunk : {1, 7, 64}) EXPECT_EQ(CheckRule(r, text, chunk).missed, 0u) << r.id << " chunk " << chunk;
    // Windows that end anywhere inside the last names: words cut by the end.
    const size_t tail = text.size() - 600;
    // (The engine cuts windows on code point boundaries: so do the cuts.)
    for (size_t cut = tail; cut < text.size(); cut += 7) {
      while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
      EXPECT_EQ(CheckRule(r, text.substr(tail - 300, cut - (tail - 300))).missed, 0u) << r.id << " cut " << cut;
    }
  }
}

// The ends a rule's member of a cue group reports on `text` (a whole buffer).
std::vector<uint64_t> MemberEnds(const Rule& rule, std::string_view text) {
  std::vector<uint64_t> ends;
  (*rule.cue_group.group)(text, [&](unsigned member, uint64_t e) {
    if (member == rule.cue_group.member) ends.push_back(e);
  });
  return ends;
}

// A finder that stands in for a prefilter the rule still names reports
// exactly that prefilter's ends (Vectorscan's, on the same buffer), so the
// engine's regions, and its findings, are those of the database. On chat
// text, the test text above and random text made of the phrases' pieces,
// whole and cut anywhere (a cut is a window's edge).
TEST(PersonCues, FindersReportTheirPrefiltersEnds) {
  RuleList all;
  AddPersonRules(all);
  std::string chat;
  for (uint64_t seed : {4u, 5u}) {
    chat += evaluation::GenerateChatText(seed, evaluation::Density::kDense, 100000);
    chat += evaluation::GenerateChatText(seed, evaluation::Density::kSparse, 100000);
  }
  // Random text: phrases, separators, runs of spaces and capitals, in any
  // order, and often in the order of a cue.
  const std::vector<std::string> phrases = {
      "colleague", "rep", "son", "nom", "from:", "to:", "To:", "c/o", "name", "full name", "cc", "ask", "Ask",
      "talk to", "I'm", "I’m", "Im", "this is", "It's", "it is", "signed", "Signed by", "Dr", "Mrs", "Tía",
      "Señor", "fiancé", "reply-to:", "xrep", "rep_", "1son", "é", "ab"};
  const std::vector<std::string> seps = {"", "", ":", " :", ",", " is", " was", ".", "-", "\n"};
  const std::vector<std::string> spaces = {" ", " ", "  ", "   ", "    ", ""};
  const std::vector<std::string> capitals = {"A", "Maria", "É", "Élodie", "×", "x", "_", "1"};
  std::mt19937 rng(11);
  auto pick = [&rng](const std::vector<std::string>& v) -> const std::string& { return v[rng() % v.size()]; };
  std::vector<std::string> texts = {chat, CueTestText()};
  for (int k = 0; k < 4000; ++k) {
    std::string t;
    const size_t n = 1 + rng() % 8;
    for (size_t i = 0; i < n; ++i) {
      if (rng() % 2 == 0) {
        t += pick(phrases) + pick(seps) + pick(spaces) + pick(capitals);
      } else {
        const std::vector<std::string>* lists[] = {&phrases, &seps, &spaces, &capitals};
        t += pick(*lists[rng() % 4]);
      }
    }
    texts.push_back(std::move(t));
  }
  size_t checked = 0;
  for (const Rule& r : all) {
    if (!r.cue_group.group || r.prefilter.empty()) continue;
    ++checked;
    auto set = matching::PatternSet::Compile({{r.prefilter, r.flags}}, kMaxRuleWidth, matching::DigitGate::kOff);
    ASSERT_TRUE(set.ok()) << r.id;
    matching::BlockScanner scanner(*set);
    size_t reported = 0;
    for (size_t k = 0; k < texts.size(); ++k) {
      for (int cut = 0; cut < (k < 2 ? 1 : 3); ++cut) {
        std::string_view t = texts[k];
        if (cut > 0 && !t.empty()) {
          size_t at = rng() % t.size();
          while (at > 0 && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80) --at;
          t = cut == 1 ? t.substr(at) : t.substr(0, at);
        }
        std::vector<uint64_t> want;
        ASSERT_TRUE(scanner.Scan(t, [&](unsigned, uint64_t e) { want.push_back(e); }).ok());
        std::sort(want.begin(), want.end());
        want.erase(std::unique(want.begin(), want.end()), want.end());
        const std::vector<uint64_t> got = MemberEnds(r, t);
        reported += got.size();
        ASSERT_EQ(got, want) << r.id << " in \"" << (k == 0 ? std::string_view("(chat text)") : t) << "\"";
      }
    }
    EXPECT_GE(reported, 50u) << r.id << ": the texts must exercise the rule";
  }
  EXPECT_EQ(checked, 4u);
}

}  // namespace
}  // namespace convoguard::recognizers
