// convoguard: command-line entry point. Commands live in their own files and
// only parse flags, call the library and print.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace convoguard::cli;
  CLI::App app{"ConvoGuard: a security gateway for conversations with LLMs"};
  app.require_subcommand(1);
  Command chosen;
  RegisterScan(app, chosen);
  RegisterRedact(app, chosen);
  RegisterEval(app, chosen);
  RegisterServe(app, chosen);
  RegisterMockLlm(app, chosen);
  RegisterKeys(app, chosen);  // API keys; also adds the key-encryption-key subcommands
  RegisterConfig(app, chosen);
  RegisterEvalInjection(app, chosen);
  RegisterAudit(app, chosen);
  RegisterSubject(app, chosen);
  RegisterConversations(app, chosen);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : kExitError;
  }
  if (!chosen.run) return kExitError;
  return chosen.run();
}
