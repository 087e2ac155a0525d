// convoguard scan [FILE|-] [--format text|json] [--jsonl] [--detectors pii,injection] [filters]
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <istream>
#include <memory>

#include "cli/commands.h"
#include "cli/finding_json.h"
#include "convoguard/analyzer.h"
#include "convoguard/injection.h"

namespace convoguard::cli {
namespace {

constexpr size_t kChunk = 1 << 20;

struct ScanFlags {
  std::string input = "-";
  std::string format = "text";
  bool jsonl = false;
  std::vector<std::string> detectors{"pii"};  // pii (analyzer) and/or injection
  bool document = false;                      // injection: texts are documents, not user prompts
  FilterFlags filter;
  bool Has(const char* d) const { return std::find(detectors.begin(), detectors.end(), d) != detectors.end(); }
};

// The injection scores of one text as JSON: always all three scores, and
// the heuristic spans (byte offsets) with the category when harmful.
nlohmann::json InjectionJson(const InjectionScores& s) {
  nlohmann::json spans = nlohmann::json::array();
  for (const auto& sp : s.spans) {
    spans.push_back({{"detector", InjectionDetectorName(sp.detector)}, {"heuristic", sp.heuristic},
                     {"byte_start", sp.begin}, {"byte_end", sp.end}, {"score", sp.score}});
  }
  return {{"scores", {{"prompt_injection", s.prompt_injection}, {"jailbreak", s.jailbreak},
                      {"harmful_request", s.harmful_request}}},
          {"harm_category", HarmCategoryName(s.harm_category)},
          {"encodings", s.encodings},
          {"injection_spans", std::move(spans)}};
}

bool Detected(const InjectionScores& s, double threshold) {
  return std::max({s.prompt_injection, s.jailbreak, s.harmful_request}) >= threshold;
}

Result<std::shared_ptr<const Analyzer>> MakeAnalyzer(const FilterFlags& f) {
  AnalyzerOptions opts;
  opts.entities = f.entities;  // load only what is asked for
  auto a = Analyzer::Create(opts);
  if (!a.ok()) return a.status();
  // Reject unknown names in --exclude too, so typos do not pass silently.
  const auto known = Analyzer::KnownEntityTypes();
  for (const auto& e : f.exclude) {
    if (std::find(known.begin(), known.end(), e) == known.end()) {
      return Status::InvalidArgument("unknown entity type in --exclude: " + e);
    }
  }
  return a;
}

// Opens FILE or stdin. Returns nullptr with a message on failure.
std::istream* OpenInput(const std::string& path, std::ifstream& file) {
  if (path == "-") return &std::cin;
  file.open(path, std::ios::binary);
  if (!file) {
    std::cerr << "convoguard: cannot open " << path << ": " << std::strerror(errno) << "\n";
    return nullptr;
  }
  return &file;
}

// analyzer or guard may be null when that detector family is not selected.
int ScanJsonl(const Analyzer* analyzer, const InjectionGuard* guard, const ScanFlags& flags, std::istream& in) {
  const FindingFilter filter = flags.filter.ToFilter();
  bool found = false, bad = false;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    nlohmann::json obj = nlohmann::json::parse(line, nullptr, false);
    if (obj.is_discarded() || !obj.is_object() || !obj.contains("text") || !obj["text"].is_string()) {
      std::cerr << "convoguard: line " << lineno << ": not a JSON object with a string \"text\"\n";
      bad = true;
      continue;
    }
    const std::string& text = obj["text"].get_ref<const std::string&>();
    if (analyzer != nullptr) {
      auto r = analyzer->Scan(text, filter);
      if (!r.ok()) {
        std::cerr << "convoguard: line " << lineno << ": " << r.status().ToString() << "\n";
        return kExitError;
      }
      nlohmann::json arr = nlohmann::json::array();
      for (const Finding& f : r->findings) arr.push_back(PresidioJson(f));
      found |= !r->findings.empty();
      obj["findings"] = std::move(arr);
    }
    if (guard != nullptr) {
      auto s = guard->Score(text, flags.document ? ContentKind::kDocument : ContentKind::kPrompt);
      if (!s.ok()) {
        std::cerr << "convoguard: line " << lineno << ": " << s.status().ToString() << "\n";
        return kExitError;
      }
      found |= Detected(*s, flags.filter.threshold);
      obj.update(InjectionJson(*s));
    }
    std::cout << obj.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  if (in.bad()) {
    std::cerr << "convoguard: read error\n";
    return kExitError;
  }
  if (bad) return kExitError;
  return found ? kExitFound : kExitClean;
}

// Streams the input through the scanner in fixed chunks: bounded memory for
// any input size.
int ScanStream(const Analyzer& analyzer, const ScanFlags& flags, std::istream& in) {
  auto stream = analyzer.NewStream(flags.filter.ToFilter());
  std::string window;        // original bytes from window_base on, for previews
  uint64_t window_base = 0;
  std::vector<char> buf(kChunk);
  bool json = flags.format == "json";
  nlohmann::json all = nlohmann::json::array();
  size_t count = 0;
  auto emit = [&](const StreamUpdate& u) {
    for (const Finding& f : u.findings) {
      ++count;
      if (json) {
        all.push_back(FullJson(f));
        continue;
      }
      std::string value;
      if (f.byte_start >= window_base && f.byte_end <= window_base + window.size()) {
        value = window.substr(f.byte_start - window_base, f.byte_end - f.byte_start);
      }
      std::printf("%-18s %8llu-%-8llu score %.2f  %-24s %s\n", f.entity_type.c_str(),
                  static_cast<unsigned long long>(f.start), static_cast<unsigned long long>(f.end),
                  f.score, f.recognizer.c_str(), MaskedPreview(value).c_str());
      std::printf("%-18s %s\n", "", f.explanation.c_str());
    }
    if (u.safe_bytes > window_base) {
      size_t drop = static_cast<size_t>(std::min<uint64_t>(u.safe_bytes - window_base, window.size()));
      window.erase(0, drop);
      window_base += drop;
    }
  };
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    std::streamsize n = in.gcount();
    if (n <= 0) break;
    window.append(buf.data(), static_cast<size_t>(n));
    auto u = stream->Write(std::string_view(buf.data(), static_cast<size_t>(n)));
    if (!u.ok()) {
      std::cerr << "convoguard: scan failed: " << u.status().ToString() << "\n";
      return kExitError;
    }
    emit(*u);
  }
  if (in.bad()) {
    std::cerr << "convoguard: read error\n";
    return kExitError;
  }
  auto u = stream->Finish();
  if (!u.ok()) {
    std::cerr << "convoguard: scan failed: " << u.status().ToString() << "\n";
    return kExitError;
  }
  emit(*u);
  if (json) {
    nlohmann::json out = {{"findings", all},
                          {"invalid_utf8_bytes", stream->invalid_utf8_bytes()},
                          {"invisible_chars", stream->invisible_chars()}};
    std::cout << out.dump(2) << "\n";
  } else {
    if (stream->invalid_utf8_bytes() > 0) {
      std::fprintf(stderr, "convoguard: warning: %llu bytes of invalid UTF-8 (scanned as U+FFFD)\n",
                   static_cast<unsigned long long>(stream->invalid_utf8_bytes()));
    }
    std::printf("%zu finding(s)\n", count);
  }
  return count > 0 ? kExitFound : kExitClean;
}

// Scores the whole input as one document (at most the guard's input limit).
int ScanInjection(const InjectionGuard& guard, const ScanFlags& flags, std::istream& in) {
  const size_t limit = guard.options().max_input_bytes;
  std::string text;
  std::vector<char> buf(kChunk);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    text.append(buf.data(), static_cast<size_t>(in.gcount()));
    if (text.size() > limit) {
      std::cerr << "convoguard: input larger than " << limit << " bytes; use --jsonl for many prompts\n";
      return kExitError;
    }
  }
  if (in.bad()) {
    std::cerr << "convoguard: read error\n";
    return kExitError;
  }
  auto s = guard.Score(text, flags.document ? ContentKind::kDocument : ContentKind::kPrompt);
  if (!s.ok()) {
    std::cerr << "convoguard: " << s.status().ToString() << "\n";
    return kExitError;
  }
  if (flags.format == "json") {
    std::cout << InjectionJson(*s).dump(2) << "\n";
  } else {
    std::printf("prompt_injection %.3f  jailbreak %.3f  harmful_request %.3f (%s)\n", s->prompt_injection,
                s->jailbreak, s->harmful_request, HarmCategoryName(s->harm_category));
    for (const auto& sp : s->spans) {
      std::printf("%-18s %8zu-%-8zu score %.2f  %s\n", InjectionDetectorName(sp.detector), sp.begin, sp.end, sp.score,
                  sp.heuristic.c_str());
    }
  }
  return Detected(*s, flags.filter.threshold) ? kExitFound : kExitClean;
}

}  // namespace

void AddFilterFlags(CLI::App& cmd, FilterFlags& flags) {
  // allow_extra_args(false): one comma-separated list per flag, so a file
  // name after the flag stays a positional argument; the flag may repeat.
  cmd.add_option("--entities", flags.entities, "Only these entity types (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd.add_option("--exclude", flags.exclude, "Drop these entity types (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd.add_option("--threshold", flags.threshold, "Minimum score, 0..1 (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
}

void RegisterScan(CLI::App& app, Command& chosen) {
  auto flags = std::make_shared<ScanFlags>();
  CLI::App* cmd = app.add_subcommand("scan", "Find personal data, secrets and invisible text");
  cmd->add_option("input", flags->input, "File to scan, or - for standard input (default)");
  cmd->add_option("--format", flags->format, "Output: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_flag("--jsonl", flags->jsonl,
                "Input is JSON lines with a \"text\" field; print each with Presidio-style findings");
  cmd->add_option("--detectors", flags->detectors,
                  "Detector families, comma-separated: pii (personal data, secrets, invisible text; the default) "
                  "and injection (prompt injection, jailbreak, harmful request scores)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"pii", "injection"}));
  cmd->add_flag("--document", flags->document,
                "Injection: the texts are documents or tool results (adds the indirect-injection rules)");
  AddFilterFlags(*cmd, flags->filter);
  cmd->callback([flags, &chosen] {
    chosen.run = [flags] {
      std::shared_ptr<const Analyzer> analyzer;
      std::shared_ptr<const InjectionGuard> guard;
      if (flags->Has("pii")) {
        auto a = MakeAnalyzer(flags->filter);
        if (!a.ok()) {
          std::cerr << "convoguard: " << a.status().message() << "\n";
          return kExitError;
        }
        analyzer = *a;
      }
      if (flags->Has("injection")) {
        auto g = InjectionGuard::Create();
        if (!g.ok()) {
          std::cerr << "convoguard: " << g.status().ToString() << "\n";
          return kExitError;
        }
        guard = *g;
      }
      std::ifstream file;
      std::istream* in = OpenInput(flags->input, file);
      if (in == nullptr) return kExitError;
      if (flags->jsonl) return ScanJsonl(analyzer.get(), guard.get(), *flags, *in);
      if (analyzer && guard) {
        std::cerr << "convoguard: --detectors pii,injection needs --jsonl\n";
        return kExitError;
      }
      return analyzer ? ScanStream(*analyzer, *flags, *in) : ScanInjection(*guard, *flags, *in);
    };
  });
}

}  // namespace convoguard::cli
