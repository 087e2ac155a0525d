// The rules whose every match is one whole word of a fixed shape, found by
// one matching::WordShapeFinder pass over the text for all of them (a pass
// per rule would cost about what each saves): it_fiscal_code
// (national_ids/), bitcoin_base58 (pii/), and the first word of
// mailgun_signing_key and of discord_bot_token (secrets/). Each shape is its rule's regex
// between the \b's, class by class (the rules' folders' tests check them
// against the regexes).
#pragma once

#include "matching/pattern_set.h"

namespace convoguard::recognizers {

enum WordShapeMember : unsigned {
  kFiscalCodeShape,     // \b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST]...[A-Z]\b, caseless
  kBitcoinBase58Shape,  // \b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b: a shape per length
  kMailgunKeyWordShape,  // \b[0-9a-f]{32}\b, case-sensitive: a cue inside mailgun_signing_key
  // Base64 of a 17-, 18- or 19-digit number (23, 24 or 26 characters; each
  // 3 digits are [MNO][DTjz][AEIMQUYcgk][w-z0-5]): the first part of
  // discord_bot_token, whose validator rejects any other first part.
  kDiscordIdWordShape,
};

// The shared finder's member for a rule (Rule::cue_group).
matching::CueGroupMember WordShapeCue(WordShapeMember member);

}  // namespace convoguard::recognizers
