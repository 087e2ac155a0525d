// A fast reader for the common streamed chunk (one server-sent event of a
// chat or completions stream), so the stream guard need not build and
// re-serialize a JSON document per event (about 40 allocations and 7 K
// instructions each, 180+ events per answer).
//
// ChunkReader::Read parses the event with simdjson's On-Demand API and
// visits every key and value (strings unescaped, numbers parsed, literals
// checked, nothing after the document), so an event it accepts is one that
// nlohmann's parser accepts too. It reports where the texts are in the
// event's bytes, in exactly DeltaTexts' order and with DeltaTexts' keys, and
// whether the chunk carries anything besides text (the guard's "meta": role,
// refusal, a tool call's id or function name, usage).
//
// It accepts only the ordinary shape and returns false, leaving the event to
// the full path (ParseJson + DeltaTexts, wire.h), for anything else: not
// JSON, not an object, no "choices" array, an "error" member, any non-null
// finish_reason (the guard flushes what it holds into that chunk), a
// repeated key in any object, a number simdjson does not take (big integers,
// -0), nesting deeper than 64, a byte-order mark.
//
// An event that repeats the previous accepted one byte for byte except for
// its one text's string literal (how upstreams stream: the id, model and
// shape repeat) is answered from that one without parsing, when the new
// literal is plain (no \u escape, no control byte, valid UTF-8): the same
// answer, since the document differs only in that string.
//
// Splice writes the event with each text's string literal replaced by a new
// text, JSON-escaped as DumpJson escapes (json_io.h); every other byte is
// the upstream's. The result is the same document as the full path's
// DumpJson output (the same bytes when the upstream writes compact JSON with
// sorted keys, as nlohmann does).
//
// Thread safety: a ChunkReader belongs to one stream (one thread at a time).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "openai/wire.h"

namespace convoguard::openai {

struct RawDeltaSlot {
  size_t begin = 0;       // the string literal in the event, quotes included
  size_t end = 0;
  std::string_view text;  // unescaped; valid until the next Read
  std::string key;        // as DeltaSlot::key: "c<choice>" or "c<choice>.t<tool index>"
  size_t choice = 0;
  bool is_json_arguments = false;
  int tool_index = -1;
  bool completion_text = false;
};

struct RawChunk {
  std::vector<RawDeltaSlot> slots;  // DeltaTexts' order
  bool meta = false;
  Usage usage;  // ReadCompletion only: UsageOf's counts (wire.h)
};

class ChunkReader {
 public:
  ChunkReader();
  ~ChunkReader();
  ChunkReader(const ChunkReader&) = delete;
  ChunkReader& operator=(const ChunkReader&) = delete;

  // True: `out` describes `event` (its previous contents are replaced).
  // False: unusual or invalid, take the full path; `out` is unspecified.
  bool Read(std::string_view event, RawChunk& out);

  // The same for a whole (non-streamed) answer: its texts are
  // ResponseTexts' (wire.h), in its order: choices[].text,
  // choices[].message.content, choices[].message.tool_calls[].function.arguments;
  // a finish_reason is read as any other member; out.usage gets the counts
  // UsageOf (wire.h) would read from the document. False for what Read
  // refuses besides that (an "error" member, a repeated key, no "choices",
  // ...) and for a count that is an integer beyond 64 bits.
  // Splice writes the answer with new texts.
  bool ReadCompletion(std::string_view body, RawChunk& out);

  // Appends `event` to `out` with chunk.slots[i]'s literal replaced by
  // texts[i] (a text equal to the slot's keeps its literal as it is).
  // REQUIRES: chunk came from the last Read or ReadCompletion, of `event`;
  // texts.size() equals chunk.slots.size().
  static void Splice(std::string_view event, const RawChunk& chunk, const std::vector<std::string>& texts,
                     std::string& out);

 private:
  bool ReadParsed(std::string_view event, RawChunk& out, bool completion = false);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace convoguard::openai
