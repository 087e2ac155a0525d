#include "recognizers/catalog.h"

namespace convoguard::recognizers {

void AddSecretRules(RuleList& /*out*/) {}

}  // namespace convoguard::recognizers
