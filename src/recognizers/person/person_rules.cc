#include "recognizers/catalog.h"

namespace convoguard::recognizers {

void AddPersonRules(RuleList& /*out*/) {}

}  // namespace convoguard::recognizers
