#include "recognizers/catalog.h"

namespace convoguard::recognizers {

RuleList AllRules() {
  RuleList rules;
  AddSecretRules(rules);
  AddPiiRules(rules);
  AddCountryIdRules(rules);
  AddPhoneRules(rules);
  AddPersonRules(rules);
  AddLocationRules(rules);
  AddPlaceRules(rules);
  return rules;
}

}  // namespace convoguard::recognizers
