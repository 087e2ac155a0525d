#include "recognizers/catalog.h"

namespace convoguard::recognizers {

void AddLocationRules(RuleList& /*out*/) {}

}  // namespace convoguard::recognizers
