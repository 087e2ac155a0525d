#include "recognizers/catalog.h"

namespace convoguard::recognizers {

void AddCountryIdRules(RuleList& /*out*/) {}

}  // namespace convoguard::recognizers
