// convoguard-corpus: writes labelled evaluation data as JSON lines (see
// docs/evaluation.md), or plain chat text for benchmarks.
//
//   convoguard-corpus --count 2000 --seed 7 > synthetic.jsonl
//   convoguard-corpus --bytes 200000000 --density sparse --text > big.txt
//   convoguard-corpus --from-nannigalaxy pii_syn_nano_en.json > nanni.jsonl
//   convoguard-corpus --from-presidio-tests presidio_recognizer_cases.jsonl > presidio.jsonl
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "evaluation/convert.h"
#include "evaluation/corpus.h"

namespace {

using namespace convoguard::evaluation;

int Convert(const std::string& path, bool nannigalaxy) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "convoguard-corpus: cannot open " << path << "\n";
    return 2;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  auto converted = nannigalaxy ? ConvertNannigalaxy(buf.str()) : ConvertPresidioTests(buf.str());
  if (!converted.ok()) {
    std::cerr << "convoguard-corpus: " << path << ": " << converted.status().message() << "\n";
    return 2;
  }
  for (const GoldExample& ex : converted->examples) std::cout << GoldLineJson(ex) << "\n";
  std::cerr << "convoguard-corpus: " << converted->examples.size() << " examples, "
            << converted->skipped << " labels or rows skipped\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Writes ConvoGuard's synthetic labelled chat corpus, or converts a public data set"};
  uint64_t seed = 20240611, count = 1000, bytes = 0;
  std::string density_name = "mixed", nannigalaxy, presidio;
  bool text = false;
  app.add_option("--seed", seed, "Random seed (default 20240611)");
  app.add_option("--count", count, "Number of messages (default 1000)");
  app.add_option("--bytes", bytes, "Write messages until this many bytes instead of --count");
  app.add_option("--density", density_name, "mixed, sparse or dense")
      ->check(CLI::IsMember({"mixed", "sparse", "dense"}));
  app.add_flag("--text", text, "Plain text, one message per line, no labels");
  app.add_option("--from-nannigalaxy", nannigalaxy, "Convert Nannigalaxy pii_syn_nano_en.json");
  app.add_option("--from-presidio-tests", presidio, "Convert presidio_recognizer_cases.jsonl");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (!nannigalaxy.empty()) return Convert(nannigalaxy, true);
  if (!presidio.empty()) return Convert(presidio, false);

  Density density = density_name == "sparse" ? Density::kSparse
                    : density_name == "dense" ? Density::kDense
                                              : Density::kMixed;
  CorpusGenerator gen(seed, density);
  std::string out;
  uint64_t written = 0;
  for (uint64_t n = 0; bytes > 0 ? written < bytes : n < count; ++n) {
    GoldExample ex = gen.Next();
    out = text ? ex.text : GoldLineJson(ex);
    out += '\n';
    written += out.size();
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) return 2;
  }
  return std::fflush(stdout) == 0 ? 0 : 2;
}
