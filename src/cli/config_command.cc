// convoguard config check FILE   validate a gateway config (exit 0 ok, 2 not)
// convoguard config entities     list entity types and their detector group
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "config/gateway_config.h"
#include "convoguard/analyzer.h"
#include "policy/policy.h"

namespace convoguard::cli {
namespace {

int Check(const std::string& path) {
  Result<config::GatewayConfig> c = config::LoadConfigFile(path);
  if (!c.ok()) {
    std::cerr << c.status().message() << "\n";
    return kExitError;
  }
  // Compiling the policies is what `serve` does next; do it here too.
  auto set = policy::PolicySet::Create(*c);
  if (!set.ok()) {
    std::cerr << path << ": " << set.status().message() << "\n";
    return kExitError;
  }
  std::cout << path << ": ok (" << c->listeners.size() << " listener(s), " << c->upstreams.size()
            << " upstream(s), " << c->policies.size() << " polic" << (c->policies.size() == 1 ? "y" : "ies") << ", "
            << c->tenants.size() << " tenant(s), " << c->routes.size() << " route(s))\n";
  return kExitClean;
}

}  // namespace

void RegisterConfig(CLI::App& app, Command& chosen) {
  CLI::App* cmd = app.add_subcommand("config", "Check a gateway config file, list what a policy can name");
  cmd->require_subcommand(1);
  auto path = std::make_shared<std::string>();
  CLI::App* check = cmd->add_subcommand("check", "Validate a gateway config (docs/config.md)");
  check->add_option("file", *path, "Config file (YAML)")->required();
  check->callback([&chosen, path] { chosen.run = [path] { return Check(*path); }; });
  CLI::App* entities = cmd->add_subcommand("entities", "List entity types and the detector each belongs to");
  entities->callback([&chosen] {
    chosen.run = [] {
      for (const std::string& t : Analyzer::KnownEntityTypes()) std::cout << t << "\t" << Analyzer::DetectorOf(t) << "\n";
      return kExitClean;
    };
  });
}

}  // namespace convoguard::cli
