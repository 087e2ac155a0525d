// convoguard keys create --tenant T [--models a,b] [--expires 2027-01-01T00:00:00Z | --expires-in 30d]
//                        [--name LABEL] [--rpm N] [--tpm N] [--data-dir DIR]
//   Issues an API key for the gateway and prints it once, with its id.
// convoguard keys list [--json] [--data-dir DIR]
//   Every key's id, tenant, status and limits; never keys or their hashes.
// convoguard keys revoke ID [--data-dir DIR]
//
// The data directory is --data-dir, else $CONVOGUARD_DATA_DIR, else
// ./convoguard-data (src/auth/data_dir.h). Exit codes: 0 ok, 2 bad usage,
// unknown id, or a store that cannot be opened.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string_view>
#include <ctime>
#include <iostream>
#include <memory>

#include "auth/data_dir.h"
#include "auth/key_store.h"
#include "cli/commands.h"

namespace convoguard::cli {
namespace {

using auth::UnixSeconds;

int Fail(const std::string& message) {
  std::cerr << "convoguard: " << message << "\n";
  return kExitError;
}

// RFC 3339 in UTC, "2027-01-01T00:00:00Z" exactly.
Result<UnixSeconds> ParseUtc(const std::string& s) {
  constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:ddZ";
  bool shaped = s.size() == kShape.size();
  for (size_t i = 0; shaped && i < s.size(); ++i) {
    shaped = kShape[i] == 'd' ? (s[i] >= '0' && s[i] <= '9') : s[i] == kShape[i];
  }
  if (!shaped) return Status::InvalidArgument("--expires wants a UTC time like 2027-01-01T00:00:00Z");
  auto num = [&](size_t pos, size_t len) { return std::stoi(s.substr(pos, len)); };
  const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2), sec = num(17, 2);
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  const std::tm asked = tm;
  const time_t t = ::timegm(&tm);
  // timegm normalizes out-of-range fields (Feb 30 -> Mar 2): reject those.
  if (t == static_cast<time_t>(-1) || tm.tm_year != asked.tm_year || tm.tm_mon != asked.tm_mon ||
      tm.tm_mday != asked.tm_mday || tm.tm_hour != asked.tm_hour || tm.tm_min != asked.tm_min ||
      tm.tm_sec != asked.tm_sec) {
    return Status::InvalidArgument("--expires: no such time: " + s);
  }
  return UnixSeconds(std::chrono::seconds(t));
}

std::string FormatUtc(UnixSeconds t) {
  const time_t tt = static_cast<time_t>(t.time_since_epoch().count());
  std::tm tm{};
  ::gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// "30d", "12h", "90m", "3600s": a positive count and one unit.
Result<std::chrono::seconds> ParseDuration(const std::string& s) {
  const auto bad = Status::InvalidArgument("--expires-in wants a count and a unit, like 30d, 12h, 90m or 3600s");
  if (s.size() < 2 || s.size() > 12) return bad;
  int64_t n = 0;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return bad;
    n = n * 10 + (s[i] - '0');
  }
  if (n <= 0) return bad;
  switch (s.back()) {
    case 's': return std::chrono::seconds(n);
    case 'm': return std::chrono::seconds(n * 60);
    case 'h': return std::chrono::seconds(n * 3600);
    case 'd': return std::chrono::seconds(n * 86400);
    default: return bad;
  }
}

const char* StatusOf(const auth::KeyInfo& k, UnixSeconds now) {
  if (k.revoked_at) return "revoked";
  if (k.expires_at && now >= *k.expires_at) return "expired";
  return "active";
}

UnixSeconds Now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

Result<std::unique_ptr<auth::KeyStore>> OpenStore(const std::string& data_dir_flag) {
  return auth::OpenKeyStoreInDataDir(auth::ResolveDataDir(data_dir_flag));
}

struct CreateFlags {
  std::string tenant;
  std::vector<std::string> models;
  std::string expires;
  std::string expires_in;
  std::string name;
  uint64_t rpm = 0;
  uint64_t tpm = 0;
};

int RunCreate(const CreateFlags& f, const std::string& data_dir) {
  auth::NewKey nk{.tenant = f.tenant, .allowed_models = f.models, .label = f.name,
                  .limits = {.requests_per_minute = f.rpm, .tokens_per_minute = f.tpm}};
  if (!f.expires.empty() && !f.expires_in.empty()) return Fail("give --expires or --expires-in, not both");
  if (!f.expires.empty()) {
    auto t = ParseUtc(f.expires);
    if (!t.ok()) return Fail(t.status().message());
    nk.expires_at = *t;
  } else if (!f.expires_in.empty()) {
    auto d = ParseDuration(f.expires_in);
    if (!d.ok()) return Fail(d.status().message());
    nk.expires_at = Now() + *d;
  }
  if (nk.expires_at && *nk.expires_at <= Now()) return Fail("the expiry time is in the past");
  auto store = OpenStore(data_dir);
  if (!store.ok()) return Fail(store.status().message());
  auto created = (*store)->Create(nk);
  if (!created.ok()) return Fail(created.status().message());
  std::cout << "key_id:  " << created->id << "\n"
            << "api_key: " << created->api_key << "\n";
  std::cerr << "convoguard: store this API key now; it cannot be shown again.\n";
  return kExitClean;
}

int RunList(bool json, const std::string& data_dir) {
  auto store = OpenStore(data_dir);
  if (!store.ok()) return Fail(store.status().message());
  auto keys = (*store)->List();
  if (!keys.ok()) return Fail(keys.status().message());
  const UnixSeconds now = Now();
  if (json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auth::KeyInfo& k : *keys) {
      out.push_back({
          {"id", k.id},
          {"tenant", k.tenant},
          {"status", StatusOf(k, now)},
          {"allowed_models", k.allowed_models},
          {"label", k.label},
          {"created_at", FormatUtc(k.created_at)},
          {"expires_at", k.expires_at ? nlohmann::json(FormatUtc(*k.expires_at)) : nlohmann::json()},
          {"revoked_at", k.revoked_at ? nlohmann::json(FormatUtc(*k.revoked_at)) : nlohmann::json()},
          {"requests_per_minute", k.limits.requests_per_minute},
          {"tokens_per_minute", k.limits.tokens_per_minute},
      });
    }
    std::cout << out.dump(2) << "\n";
    return kExitClean;
  }
  std::printf("%-20s  %-16s  %-7s  %-20s  %-20s  %-8s  %-8s  %-20s  %s\n", "ID", "TENANT", "STATUS", "CREATED",
              "EXPIRES", "RPM", "TPM", "MODELS", "NAME");
  for (const auth::KeyInfo& k : *keys) {
    std::string models;
    for (const std::string& m : k.allowed_models) models += (models.empty() ? "" : ",") + m;
    if (models.empty()) models = "*";
    auto limit = [](uint64_t v) { return v == 0 ? std::string("-") : std::to_string(v); };
    std::printf("%-20s  %-16s  %-7s  %-20s  %-20s  %-8s  %-8s  %-20s  %s\n", k.id.c_str(), k.tenant.c_str(),
                StatusOf(k, now), FormatUtc(k.created_at).c_str(),
                k.expires_at ? FormatUtc(*k.expires_at).c_str() : "never", limit(k.limits.requests_per_minute).c_str(),
                limit(k.limits.tokens_per_minute).c_str(), models.c_str(), k.label.c_str());
  }
  return kExitClean;
}

int RunRevoke(const std::string& id, const std::string& data_dir) {
  auto store = OpenStore(data_dir);
  if (!store.ok()) return Fail(store.status().message());
  Status s = (*store)->Revoke(id);
  if (!s.ok()) return Fail(s.message());
  std::cout << "revoked " << id << "\n";
  return kExitClean;
}

}  // namespace

void RegisterKeys(CLI::App& app, Command& chosen) {
  CLI::App* keys = app.add_subcommand("keys", "Manage the gateway's API keys");
  keys->require_subcommand(1);
  auto data_dir = std::make_shared<std::string>();
  auto add_data_dir = [&](CLI::App* cmd) {
    cmd->add_option("--data-dir", *data_dir, "Data directory (default $CONVOGUARD_DATA_DIR or ./convoguard-data)");
  };

  auto create = std::make_shared<CreateFlags>();
  CLI::App* c = keys->add_subcommand("create", "Issue a new API key (printed once)");
  c->add_option("--tenant", create->tenant, "Tenant the key belongs to")->required();
  c->add_option("--models", create->models, "Models the key may use, comma-separated (default: all)")
      ->delimiter(',')
      ->allow_extra_args(false);
  c->add_option("--expires", create->expires, "Expiry time, UTC, e.g. 2027-01-01T00:00:00Z");
  c->add_option("--expires-in", create->expires_in, "Expiry from now, e.g. 30d, 12h, 90m");
  c->add_option("--name", create->name, "A label for the key");
  c->add_option("--rpm", create->rpm, "Requests per minute for this key (0: gateway default)");
  c->add_option("--tpm", create->tpm, "Tokens per minute for this key (0: gateway default)");
  add_data_dir(c);
  c->callback([create, data_dir, &chosen] { chosen.run = [create, data_dir] { return RunCreate(*create, *data_dir); }; });

  auto json = std::make_shared<bool>(false);
  CLI::App* l = keys->add_subcommand("list", "List keys (never prints keys or their hashes)");
  l->add_flag("--json", *json, "Print JSON");
  add_data_dir(l);
  l->callback([json, data_dir, &chosen] { chosen.run = [json, data_dir] { return RunList(*json, *data_dir); }; });

  auto id = std::make_shared<std::string>();
  CLI::App* r = keys->add_subcommand("revoke", "Revoke a key by its id");
  r->add_option("id", *id, "Key id (key_...)")->required();
  add_data_dir(r);
  r->callback([id, data_dir, &chosen] { chosen.run = [id, data_dir] { return RunRevoke(*id, *data_dir); }; });

  // Key-encryption-key subcommands (init/status/rotate/rewrap/retire):
  // keyring_command.cc.
  RegisterKeyringSubcommands(*keys, chosen);
}

}  // namespace convoguard::cli
