// The CLI is a thin layer over the library: each command parses its flags,
// calls the library and prints. Exit codes: 0 nothing found, 1 found,
// 2 bad usage or unreadable input.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "convoguard/finding.h"

namespace CLI { class App; }

namespace convoguard::cli {

inline constexpr int kExitClean = 0;
inline constexpr int kExitFound = 1;
inline constexpr int kExitError = 2;

// Flags shared by every command that detects.
struct FilterFlags {
  std::vector<std::string> entities;
  std::vector<std::string> exclude;
  double threshold = 0.5;
  FindingFilter ToFilter() const { return {entities, exclude, threshold}; }
};
void AddFilterFlags(CLI::App& cmd, FilterFlags& flags);

// Each Register* adds a subcommand and sets `run` to its handler when chosen.
struct Command {
  std::function<int()> run;
};
void RegisterScan(CLI::App& app, Command& chosen);    // scan_command.cc
void RegisterRedact(CLI::App& app, Command& chosen);  // redact_command.cc
void RegisterEval(CLI::App& app, Command& chosen);    // eval_command.cc
void RegisterServe(CLI::App& app, Command& chosen);   // serve_command.cc
void RegisterMockLlm(CLI::App& app, Command& chosen); // serve_command.cc
void RegisterKeys(CLI::App& app, Command& chosen);    // keys_command.cc
void RegisterConfig(CLI::App& app, Command& chosen);  // config_command.cc
void RegisterEvalInjection(CLI::App& app, Command& chosen);  // eval_injection_command.cc
void RegisterKeyringSubcommands(CLI::App& keys, Command& chosen);  // keyring_command.cc
void RegisterAudit(CLI::App& app, Command& chosen);                // audit_command.cc
void RegisterSubject(CLI::App& app, Command& chosen);              // subject_command.cc
void RegisterConversations(CLI::App& app, Command& chosen);        // subject_command.cc

}  // namespace convoguard::cli
