// KeyringState <-> JSON, shared by the providers that persist it
// (the local key file and the PKCS#11 data object).
#pragma once

#include <nlohmann/json.hpp>

#include "convoguard/keyring.h"

namespace convoguard::keyring {

nlohmann::json StateToJson(const KeyringState& state);
// Malformed -> DataLoss (never throws).
Result<KeyringState> StateFromJson(const nlohmann::json& j);

}  // namespace convoguard::keyring
