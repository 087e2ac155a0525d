// PendingMatches bounds a pending match from the end of the text by the
// byte pairs its pattern can consume (PendingPlan::Tail::kBytePairs), which
// saves most of its PCRE2 searches on prose. The bound must never change an
// answer: over the engine's whole catalog, streamed text gets the same
// pending frontier at every step as with the byte bound alone (kBytes) and
// as with no bound at all (kNone: PCRE2 alone decides).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyzer/engine.h"
#include "evaluation/corpus.h"
#include "matching/pending_matches.h"

namespace convoguard::analyzer {
namespace {

TEST(PendingTail, BytePairsAnswerAsTheByteBoundOverTheCatalog) {
  auto built = Engine::Build({});
  ASSERT_TRUE(built.ok()) << built.status().ToString();
  const Engine& e = **built;
  // The patterns and the tracked set as Engine::Build makes them.
  std::vector<matching::Pattern> pats;
  for (const auto& r : e.rules()) pats.push_back({r.regex, r.flags});
  std::vector<unsigned> tracked;
  for (size_t i = 0; i < e.rules().size(); ++i) {
    if (e.opener_of(i) >= 0) {
      pats.resize(std::max<size_t>(pats.size(), static_cast<size_t>(e.opener_of(i)) + 1));
      pats[static_cast<size_t>(e.opener_of(i))] = {e.rules()[i].opener, e.rules()[i].flags};
      tracked.push_back(static_cast<unsigned>(e.opener_of(i)));
    } else {
      tracked.push_back(static_cast<unsigned>(i));
    }
  }
  using Tail = matching::PendingPlan::Tail;
  auto none = std::make_shared<const matching::PendingPlan>(e.pattern_set(), pats, tracked, Tail::kNone);
  auto bytes = std::make_shared<const matching::PendingPlan>(e.pattern_set(), pats, tracked, Tail::kBytes);
  auto pairs = std::make_shared<const matching::PendingPlan>(e.pattern_set(), pats, tracked, Tail::kBytePairs);
  size_t read = 0;
  for (const auto& entry : pairs->entries()) read += entry.follow.empty() ? 0 : 1;
  EXPECT_GT(read, pairs->entries().size() / 2) << "most patterns' pairs are read";

  std::string text = evaluation::GenerateChatText(11, evaluation::Density::kDense, 12000) +
                     evaluation::GenerateChatText(12, evaluation::Density::kSparse, 12000);
  text +=
      "Dear Dr. Maria Gonzalez, we met John O'Neil at Kerkstraat 12, 1017 GH Amsterdam. Call 555-123-4567 or "
      "mail jane.doe@example.com; password = hunter2 and api_key: \"sk-abcdefghijklmnopqrstu\". Rue de la Paix 14, "
      "75002 Paris. Ana María Pérez lives at 1600 Pennsylvania Avenue NW, Washington, DC 20500. Born 3 March "
      "1990. IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111. caf\u00e9 d'\u00c9T\u00c9 K\u212a";
  for (size_t chunk : {1, 5, 64}) {
    matching::PendingMatches r(none), a(bytes), b(pairs);
    size_t steps = 0, differ = 0;
    for (size_t end = 0; end < text.size();) {
      end = std::min(text.size(), end + chunk);
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      const std::string_view seen(text.data(), end);
      auto z = r.Update(seen, 0);
      auto x = a.Update(seen, 0);
      auto y = b.Update(seen, 0);
      ASSERT_TRUE(z.ok() && x.ok() && y.ok());
      ++steps;
      if (*x != *z || *y != *z) {
        if (++differ <= 5) {
          ADD_FAILURE() << "chunk " << chunk << " at " << end << ": none " << *z << ", bytes " << *x << ", pairs " << *y;
        }
      }
    }
    EXPECT_EQ(differ, 0u) << "of " << steps << " steps, chunk " << chunk;
  }
}

}  // namespace
}  // namespace convoguard::analyzer
