// The capital walk PERSON's rules share (person_rules.cc: one pass over the
// capitals at word starts for person_full_name, person_greeting,
// person_lone_given, person_all_caps and person_sentence_given) also reports
// the cues of LOCATION's location_place (place_words.h, PlaceCueEnd), so
// that a scan reads the capitals once.
#pragma once

#include "matching/pattern_set.h"

namespace convoguard::recognizers {

// location_place's member of the walk: PlaceCueEnd at every capital (ASCII
// or Latin-1) at a word start.
matching::CueGroupMember PlaceCapitalCue();

}  // namespace convoguard::recognizers
