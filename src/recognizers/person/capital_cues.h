// The capital walk PERSON's rules share (person_rules.cc: one pass over the
// capitals at word starts for person_full_name, person_greeting,
// person_lone_given, person_all_caps and person_sentence_given) also reports
// the cues of LOCATION's location_place (place_words.h, PlaceCueEnd) and
// us_street_address's street suffixes, so that a scan reads the capitals
// once.
#pragma once

#include "matching/pattern_set.h"

namespace convoguard::recognizers {

// location_place's member of the walk: PlaceCueEnd at every capital (ASCII
// or Latin-1) at a word start.
matching::CueGroupMember PlaceCapitalCue();
// us_street_address's: exactly its prefilter's ends ("[A-Za-z'\-] " and a
// street suffix of address_words.h, then \b), at the suffix's capital.
matching::CueGroupMember StreetSuffixCapitalCue();

}  // namespace convoguard::recognizers
