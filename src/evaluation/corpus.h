// A deterministic generator of labelled chat messages for evaluation and
// benchmarks. The same seed yields the same messages on every platform (its
// own PRNG, no std:: distributions).
//
// Messages read like chat: lowercase or shouting, typos in the words around
// the values, emoji and non-ASCII words, several values per message. Every
// value it plants has exact gold offsets (code points). It plants
//   - entities, with Presidio's type names: EMAIL_ADDRESS, PHONE_NUMBER (US,
//     UK, DE, FR, IN), CREDIT_CARD (Luhn-valid Visa, Mastercard, Amex),
//     IBAN_CODE (valid mod-97), US_SSN, IP_ADDRESS (v4 and v6), URL, PERSON,
//     LOCATION (street addresses), DATE_TIME (dates of birth with context),
//     and fake secrets (see kSecretTypes in corpus.cc);
//   - look-alikes labelled as no entity: order numbers, version strings,
//     timestamps, hex hashes, UUIDs, tracking numbers, ISBNs, prices.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "evaluation/gold.h"

namespace convoguard::evaluation {

enum class Density {
  kMixed,   // 0-4 entities and 0-2 look-alikes per message; some messages clean
  kSparse,  // mostly plain chat: about one message in 25 carries an entity
  kDense,   // 3-6 entities per message, little filler
};

class CorpusGenerator {
 public:
  CorpusGenerator(uint64_t seed, Density density);
  // The next message. Deterministic for a given (seed, density).
  GoldExample Next();
  // Every entity type the generator plants, sorted.
  static std::vector<std::string> EntityTypes();

 private:
  uint64_t state_;
  Density density_;
};

// Concatenates messages, one per line, until at least `bytes` bytes, for
// benchmarks. Spans are dropped.
std::string GenerateChatText(uint64_t seed, Density density, size_t bytes);

}  // namespace convoguard::evaluation
