// PERSON quality on WNUT-17 (emerging.dev.conll: noisy Twitter/Reddit/YouTube
// text, CoNLL "token<TAB>BIO-tag"). Each post's tokens are joined with single
// spaces and scanned for PERSON only. Two measures are printed:
//   token level: a token is predicted PERSON when a finding overlaps it;
//   span level: a gold person span counts as found only when a finding
//   covers exactly its tokens.
// The floors below are the measured values minus a margin; the test is
// skipped when ../shared/data is absent.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "convoguard/analyzer.h"

namespace convoguard {
namespace {

struct Post {
  std::string text;
  std::vector<std::pair<size_t, size_t>> tokens;  // byte ranges in text
  std::vector<bool> gold;                         // token tagged person
  std::set<std::pair<size_t, size_t>> gold_spans; // token index ranges [b, e)
};

std::vector<Post> ReadConll(std::istream& in) {
  std::vector<Post> posts(1);
  std::string line;
  int open = -1;  // first token of the person span being read
  auto close = [&](Post& p) {
    if (open >= 0) p.gold_spans.insert({static_cast<size_t>(open), p.tokens.size()});
    open = -1;
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      close(posts.back());
      if (!posts.back().tokens.empty()) posts.emplace_back();
      continue;
    }
    size_t tab = line.rfind('\t');
    if (tab == std::string::npos) continue;
    std::string token = line.substr(0, tab), tag = line.substr(tab + 1);
    Post& p = posts.back();
    bool b = tag == "B-person", i = tag == "I-person";
    if (!i) close(p);
    if (b) open = static_cast<int>(p.tokens.size());
    if (!p.text.empty()) p.text += ' ';
    p.tokens.push_back({p.text.size(), p.text.size() + token.size()});
    p.text += token;
    p.gold.push_back(b || i);
  }
  close(posts.back());
  if (posts.back().tokens.empty()) posts.pop_back();
  return posts;
}

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double R() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double F1() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

TEST(WnutPerson, PrecisionRecallOnEmergingDev) {
  const char* root = std::getenv("CONVOGUARD_SHARED_DATA");
  std::ifstream in(std::string(root ? root : "") + "/pii/wnut17/emerging.dev.conll");
  if (!root || !in) GTEST_SKIP() << "WNUT-17 data not available";
  std::vector<Post> posts = ReadConll(in);
  ASSERT_GT(posts.size(), 900u);
  auto analyzer = Analyzer::Create({{"PERSON"}});
  ASSERT_TRUE(analyzer.ok());
  Counts tok, span;
  for (const Post& p : posts) {
    auto r = (*analyzer)->Scan(p.text, {});
    ASSERT_TRUE(r.ok());
    std::vector<bool> pred(p.tokens.size(), false);
    std::set<std::pair<size_t, size_t>> pred_spans;
    for (const Finding& f : r->findings) {
      size_t first = p.tokens.size(), last = 0;
      for (size_t t = 0; t < p.tokens.size(); ++t) {
        if (p.tokens[t].first < f.byte_end && f.byte_start < p.tokens[t].second) {
          pred[t] = true;
          first = std::min(first, t);
          last = t + 1;
        }
      }
      if (first < last) pred_spans.insert({first, last});
    }
    for (size_t t = 0; t < pred.size(); ++t) {
      if (pred[t] && p.gold[t]) ++tok.tp;
      else if (pred[t]) ++tok.fp;
      else if (p.gold[t]) ++tok.fn;
    }
    for (const auto& s : pred_spans) (p.gold_spans.count(s) ? span.tp : span.fp)++;
    for (const auto& s : p.gold_spans) span.fn += pred_spans.count(s) ? 0 : 1;
  }
  std::printf("WNUT17 dev PERSON token-level: P=%.3f R=%.3f F1=%.3f (tp=%zu fp=%zu fn=%zu)\n", tok.P(),
              tok.R(), tok.F1(), tok.tp, tok.fp, tok.fn);
  std::printf("WNUT17 dev PERSON span-level:  P=%.3f R=%.3f F1=%.3f (tp=%zu fp=%zu fn=%zu)\n", span.P(),
              span.R(), span.F1(), span.tp, span.fp, span.fn);
  // Measured: token P=0.870 R=0.204; span P=0.800 R=0.187.
  EXPECT_GE(tok.P(), 0.80);
  EXPECT_GE(tok.R(), 0.17);
  EXPECT_GE(span.P(), 0.70);
  EXPECT_GE(span.R(), 0.15);
}

}  // namespace
}  // namespace convoguard
