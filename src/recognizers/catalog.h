// The explicit list of every rule the engine knows. Adding a recognizer
// folder means adding its Add*Rules function here, nowhere else.
#pragma once

#include "recognizers/rule.h"

namespace convoguard::recognizers {

// Every rule, in a fixed order (the order breaks score ties).
RuleList AllRules();

// Per-folder rule lists.
void AddPiiRules(RuleList& out);        // recognizers/pii
void AddCountryIdRules(RuleList& out);  // recognizers/national_ids
void AddPhoneRules(RuleList& out);      // recognizers/phone
void AddPersonRules(RuleList& out);     // recognizers/person
void AddLocationRules(RuleList& out);   // recognizers/location
void AddPlaceRules(RuleList& out);      // recognizers/location: cities, regions, countries
void AddSecretRules(RuleList& out);     // recognizers/secrets

}  // namespace convoguard::recognizers
