#include "recognizers/catalog.h"

namespace convoguard::recognizers {

void AddPhoneRules(RuleList& /*out*/) {}

}  // namespace convoguard::recognizers
