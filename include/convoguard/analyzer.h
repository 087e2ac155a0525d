// The detection engine: finds personal data, credentials and invisible-text
// tricks in UTF-8 text, in one pass over a multi-pattern database.
//
//   auto analyzer = convoguard::Analyzer::Create({});
//   if (!analyzer.ok()) { /* fail closed */ }
//   auto result = (*analyzer)->Scan("mail me at jane@example.com", {});
//   for (const Finding& f : result->findings) ...
//
// Streaming (server-sent events): open a stream per response and feed it the
// chunks as they arrive. Each update says which findings are now final and how
// many bytes of the original stream can be released: no finding that is still
// pending or could still be reported covers those bytes.
//
//   auto stream = analyzer->NewStream({});
//   for (chunk : chunks) { auto u = stream->Write(chunk); release(u.safe_bytes); }
//   auto last = stream->Finish();
//
// Thread safety: an Analyzer is immutable after Create and may be shared by
// any number of threads. A StreamScanner belongs to one thread at a time.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "convoguard/finding.h"
#include "convoguard/status.h"

namespace convoguard {

struct AnalyzerOptions {
  // Entity types to load recognizers for. Empty loads every recognizer.
  std::vector<std::string> entities;
};

struct ScanResult {
  // Sorted by byte_start. Findings of values never overlap each other;
  // INVISIBLE_TEXT findings (about characters, not values) may lie inside them.
  std::vector<Finding> findings;
  uint64_t invalid_utf8_bytes = 0; // bytes that were not valid UTF-8 (scanned as U+FFFD)
  uint64_t invisible_chars = 0;    // zero-width, bidi, tag and selector characters seen
};

struct StreamUpdate {
  std::vector<Finding> findings;  // newly final findings, absolute offsets
  // Bytes [0, safe_bytes) of the original stream are final: every finding
  // that touches them has been reported in this or an earlier update.
  uint64_t safe_bytes = 0;
};

class StreamScanner {
 public:
  virtual ~StreamScanner() = default;
  // Feeds the next chunk. Chunks may split UTF-8 sequences anywhere.
  virtual Result<StreamUpdate> Write(std::string_view chunk) = 0;
  // Ends the stream: every remaining finding is reported and safe_bytes
  // equals the total length. REQUIRES: called once; no Write after it.
  virtual Result<StreamUpdate> Finish() = 0;
  // Totals so far (invalid bytes, invisible characters).
  virtual uint64_t invalid_utf8_bytes() const = 0;
  virtual uint64_t invisible_chars() const = 0;
};

class Analyzer {
 public:
  // Compiles the rule database. Fails (never half-builds) if a rule does not
  // compile or an unknown entity type is requested. Analyzers are immutable
  // and cached: Create with the same options returns the same one.
  static Result<std::shared_ptr<const Analyzer>> Create(const AnalyzerOptions& options);

  // Every entity type any recognizer can report, sorted, without compiling.
  static std::vector<std::string> KnownEntityTypes();

  // The detector an entity type belongs to, as policies name them:
  // "secrets" (credentials), "invisible_text" (INVISIBLE_TEXT) or "pii"
  // (every other type, unknown ones included).
  static const char* DetectorOf(std::string_view entity_type);

  virtual ~Analyzer() = default;

  // Scans a whole text. Fails only when the matcher cannot run (e.g. out of
  // memory); callers must then fail closed.
  virtual Result<ScanResult> Scan(std::string_view text, const FindingFilter& filter) const = 0;

  virtual std::unique_ptr<StreamScanner> NewStream(const FindingFilter& filter) const = 0;

  // Entity types this analyzer can report, sorted.
  virtual std::vector<std::string> SupportedEntities() const = 0;
  // Number of rules compiled into the database.
  virtual size_t rule_count() const = 0;
};

}  // namespace convoguard
