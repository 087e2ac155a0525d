#include "keyring/state_json.h"

namespace convoguard::keyring {

nlohmann::json StateToJson(const KeyringState& s) {
  nlohmann::json versions = nlohmann::json::array();
  for (const KekVersion& v : s.versions) versions.push_back({{"version", v.version}, {"created", v.created_unix}});
  nlohmann::json roles = nlohmann::json::object();
  for (const auto& [role, verifier] : s.role_verifiers) roles[role] = verifier;
  return {{"versions", versions},
          {"primary", s.primary},
          {"min_decryption_version", s.min_decryption_version},
          {"rotation_period_seconds", s.rotation_period_seconds},
          {"roles", roles}};
}

Result<KeyringState> StateFromJson(const nlohmann::json& j) {
  KeyringState s;
  try {
    for (const auto& v : j.at("versions")) {
      s.versions.push_back({v.at("version").get<uint32_t>(), v.at("created").get<int64_t>()});
    }
    s.primary = j.at("primary").get<uint32_t>();
    s.min_decryption_version = j.at("min_decryption_version").get<uint32_t>();
    s.rotation_period_seconds = j.at("rotation_period_seconds").get<int64_t>();
    for (const auto& [role, verifier] : j.at("roles").items()) {
      s.role_verifiers.emplace_back(role, verifier.get<std::string>());
    }
  } catch (const std::exception& e) {
    return Status::DataLoss(std::string("keyring state is malformed: ") + e.what());
  }
  for (size_t i = 1; i < s.versions.size(); ++i) {
    if (s.versions[i].version <= s.versions[i - 1].version) return Status::DataLoss("keyring versions out of order");
  }
  if (s.primary != 0 && (s.versions.empty() || s.versions.back().version != s.primary)) {
    return Status::DataLoss("keyring primary is not its newest version");
  }
  return s;
}

}  // namespace convoguard::keyring
