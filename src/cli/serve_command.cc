// convoguard serve [--config FILE] [--demo]
//   Runs the gateway until SIGINT or SIGTERM. Without --config it runs on the
//   embedded defaults: 127.0.0.1:8080, the built-in mock LLM, the default
//   policy, state in the data directory. --demo also creates an API key for
//   tenant "demo", makes one pseudonymized round trip through the gateway
//   and prints it with a curl command to try.
//
// convoguard mock-llm [--address A] [--port P] [--require-key K]
//   Runs only the built-in OpenAI-compatible mock upstream (docs/gateway.md).
#include <utility>

#include <CLI/CLI.hpp>
#include <signal.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <nlohmann/json.hpp>

#include <future>
#include <iostream>

#include "auth/data_dir.h"
#include "auth/key_store.h"
#include "cli/commands.h"
#include "config/gateway_config.h"
#include "gateway/gateway.h"
#include "gateway/mock_llm.h"
#include "gateway/upstream_client.h"

namespace convoguard::cli {
namespace {

using nlohmann::json;

// Blocks SIGINT and SIGTERM in this thread and every thread it starts, so
// WaitForSignal can take them synchronously.
// Blocks SIGINT and SIGTERM for WaitForSignal, and ignores SIGPIPE: a
// long-running server must outlive a closed log pipe or peer (writes then
// fail with EPIPE, which the callers handle) instead of being killed.
sigset_t BlockStopSignals() {
  ::signal(SIGPIPE, SIG_IGN);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

void WaitForSignal(const sigset_t& set) {
  int sig = 0;
  sigwait(&set, &sig);
}

// One request through the gateway with its own upstream client, for --demo.
Result<std::string> Post(uint16_t port, const std::string& key, const std::string& body, const std::string& path) {
  gateway::IoPool pool(1);
  gateway::UpstreamSpec spec;
  spec.name = "demo";
  spec.base_url = "http://127.0.0.1:" + std::to_string(port);
  spec.api_key = key;
  auto client = gateway::UpstreamClient::Create(spec);
  if (!client.ok()) return client.status();
  std::promise<Result<std::string>> done;
  boost::asio::co_spawn(
      pool.at(0),
      [&]() -> boost::asio::awaitable<void> {
        const std::string method = body.empty() ? "GET" : "POST";
        auto r = co_await (*client)->Send(method, path, body);
        if (!r.response) {
          done.set_value(Status::Unavailable(r.message));
          co_return;
        }
        auto all = co_await r.response->ReadAll(1 << 20);
        done.set_value(std::move(all));
      },
      boost::asio::detached);
  pool.Run();
  auto result = done.get_future().get();
  pool.Stop();
  (*client)->Shutdown();
  pool.DestroyContexts();
  return result;
}

// The demo's API key, created before the gateway starts so its key store
// sees it from the first request.
Result<std::string> CreateDemoKey(const config::GatewayConfig& cfg) {
  auto store = auth::OpenKeyStoreInDataDir(cfg.data_dir);
  if (!store.ok()) return store.status();
  auth::NewKey nk;
  nk.tenant = "demo";
  nk.label = "created by convoguard serve --demo";
  auto created = (*store)->Create(nk);
  if (!created.ok()) return created.status();
  return std::string(created->api_key);
}

void RunDemo(gateway::Gateway& gw, const std::string& api_key) {
  const std::string url = "http://127.0.0.1:" + std::to_string(gw.port(0));
  const std::string prompt = "Hi, I am Jane Doe, mail me at jane.doe@example.com or call +1 415 555 0132.";
  json req = {{"model", "mock-gpt"}, {"messages", json::array({{{"role", "user"}, {"content", prompt}}})}};
  auto answer = Post(gw.port(0), api_key, req.dump(), "/v1/chat/completions");
  // A made-up AWS access key id, built here so no key-shaped string sits in
  // the repository.
  std::string fake_key = "AKIA";
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  for (int i = 0; i < 16; ++i) fake_key += alphabet[(api_key[4 + i] * 7 + i) % 32];
  json breq = {{"model", "mock-gpt"},
               {"messages", json::array({{{"role", "user"}, {"content", "my key is " + fake_key}}})}};
  auto blocked = Post(gw.port(0), api_key, breq.dump(), "/v1/chat/completions");
  std::cout << "ConvoGuard gateway (demo mode) on " << url << ", upstream: built-in mock LLM\n\n";
  std::cout << "Demo API key (tenant \"demo\"; shown once): " << api_key << "\n\n";
  std::cout << "The user sent:\n  " << prompt << "\n";
  if (gw.mock_port() != 0) {
    auto seen = Post(gw.mock_port(), "", "", "/mock/last-request");
    if (seen.ok()) {
      json s = json::parse(*seen, nullptr, false);
      if (!s.is_discarded() && s.contains("messages")) {
        std::cout << "The model saw:\n  " << s["messages"][0]["content"].get<std::string>() << "\n";
      }
    }
  }
  if (answer.ok()) {
    json a = json::parse(*answer, nullptr, false);
    if (!a.is_discarded() && a.contains("choices")) {
      std::cout << "The user got back:\n  " << a["choices"][0]["message"]["content"].get<std::string>() << "\n\n";
    } else {
      std::cout << "The gateway answered: " << *answer << "\n\n";
    }
  } else {
    std::cout << "The round trip failed: " << answer.status().message() << "\n\n";
  }
  std::cout << "Try it (add \"stream\": true for server-sent events):\n"
            << "  curl -s " << url << "/v1/chat/completions \\\n"
            << "    -H 'Authorization: Bearer " << api_key << "' \\\n"
            << "    -H 'Content-Type: application/json' \\\n"
            << "    -d '{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"My email is "
               "jane.doe@example.com\"}]}'\n"
            << "A secret in a prompt is blocked (403), e.g. a made-up AWS key id:\n"
            << "  curl -s " << url << "/v1/chat/completions -H 'Authorization: Bearer " << api_key
            << "' \\\n    -d '{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"my key is "
            << fake_key << "\"}]}'\n"
            << "  -> " << (blocked.ok() ? *blocked : blocked.status().message()) << "\n"
            << "Metrics: curl -s " << url << "/metrics\n"
            << "Press Ctrl-C to stop.\n"
            << std::flush;
}

}  // namespace

void RegisterServe(CLI::App& app, Command& chosen) {
  auto* cmd = app.add_subcommand("serve", "Run the OpenAI-compatible gateway");
  auto config_path = std::make_shared<std::string>();
  auto demo = std::make_shared<bool>(false);
  cmd->add_option("--config", *config_path, "YAML config (default: embedded defaults, mock upstream)");
  cmd->add_flag("--demo", *demo, "Create a demo API key, make one round trip and print a curl example");
  cmd->callback([&chosen, config_path, demo] {
    chosen.run = [config_path, demo]() -> int {
      auto cfg = config_path->empty() ? Result<config::GatewayConfig>(config::DefaultConfig())
                                      : config::LoadConfigFile(*config_path);
      if (!cfg.ok()) {
        std::cerr << "convoguard: " << cfg.status().message() << "\n";
        return kExitError;
      }
      const sigset_t signals = BlockStopSignals();
      std::string demo_key;
      if (*demo) {
        auto key = CreateDemoKey(*cfg);
        if (!key.ok()) {
          std::cerr << "convoguard: " << key.status().message() << "\n";
          return kExitError;
        }
        demo_key = *key;
      }
      auto gw = gateway::Gateway::Start(*cfg, {});
      if (!gw.ok()) {
        std::cerr << "convoguard: " << gw.status().message() << "\n";
        return kExitError;
      }
      std::cerr << "convoguard: serving on";
      for (size_t i = 0; i < cfg->listeners.size(); ++i) {
        std::cerr << " " << (cfg->listeners[i].tls ? "https://" : "http://") << cfg->listeners[i].address << ":"
                  << (*gw)->port(i);
      }
      std::cerr << std::endl;
      if ((*gw)->mock_port() != 0) {
        std::cerr << "convoguard: built-in mock LLM on http://127.0.0.1:" << (*gw)->mock_port() << std::endl;
      }
      if (*demo) RunDemo(**gw, demo_key);
      WaitForSignal(signals);
      (*gw)->Stop();
      return 0;
    };
  });
}

void RegisterMockLlm(CLI::App& app, Command& chosen) {
  auto* cmd = app.add_subcommand("mock-llm", "Run the built-in OpenAI-compatible mock upstream");
  auto opts = std::make_shared<gateway::MockLlmOptions>();
  opts->listener.port = 9000;
  cmd->add_option("--address", opts->listener.address, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", opts->listener.port, "Port (default 9000; 0 = any)");
  cmd->add_option("--require-key", opts->require_key, "Answer 401 unless this Bearer key is sent");
  cmd->callback([&chosen, opts] {
    chosen.run = [opts]() -> int {
      const sigset_t signals = BlockStopSignals();
      gateway::IoPool pool(1);
      auto mock = gateway::MockLlm::Start(pool, *opts);
      if (!mock.ok()) {
        std::cerr << "convoguard: " << mock.status().message() << "\n";
        return kExitError;
      }
      pool.Run();
      std::cerr << "convoguard mock-llm: listening on http://" << opts->listener.address << ":" << (*mock)->port()
                << std::endl;
      WaitForSignal(signals);
      (*mock)->Stop();
      pool.Stop();
      (*mock)->Release();
      pool.DestroyContexts();
      return 0;
    };
  });
}

}  // namespace convoguard::cli
