// convoguard redact [FILE|-] [--operator TYPE=OP[:ARGS]]... [--default-operator OP]
//                   [--key-file F] [--scope ID] [--vault-out F] [--jsonl] [filters]
// Prints the input with every finding replaced by its operator's output.
//
// convoguard restore [FILE|-] --vault F --key-file K [--scope ID]
// The inverse: puts the originals from a --vault-out file back into a text
// (e.g. a model's answer), streaming it through a StreamRestorer.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "convoguard/analyzer.h"
#include "convoguard/anonymizer.h"

namespace convoguard::cli {
namespace {

constexpr size_t kMaxLineBytes = size_t{64} << 20;  // one --jsonl record
constexpr size_t kMaxVaultBytes = size_t{256} << 20;
constexpr size_t kChunk = size_t{1} << 20;

struct RedactFlags {
  std::string input = "-";
  std::vector<std::string> operators;  // TYPE=OP[:ARGS]
  std::string default_operator = "replace";
  std::string key_file;
  std::string scope = "cli";
  std::string vault_out;
  bool jsonl = false;
  FilterFlags filter;
};

int Fail(const std::string& message) {
  std::cerr << "convoguard: " << message << "\n";
  return kExitError;
}

// Builds the anonymizer config from the flags; errors are usage errors.
Result<AnonymizerConfig> MakeConfig(const RedactFlags& flags, const std::vector<std::string>& known) {
  AnonymizerConfig config;
  auto def = ParseOperatorSpec(flags.default_operator);
  if (!def.ok()) return Status::InvalidArgument("--default-operator: " + def.status().message());
  config.default_operator = *def;
  for (const std::string& item : flags.operators) {
    size_t eq = item.find('=');
    if (eq == std::string::npos || eq == 0) {
      return Status::InvalidArgument("--operator expects TYPE=OP[:ARGS], got '" + item + "'");
    }
    std::string type = item.substr(0, eq);
    if (std::find(known.begin(), known.end(), type) == known.end()) {
      return Status::InvalidArgument("unknown entity type in --operator: " + type);
    }
    auto op = ParseOperatorSpec(item.substr(eq + 1));
    if (!op.ok()) return Status::InvalidArgument("--operator " + type + ": " + op.status().message());
    config.operators[type] = *op;
  }
  bool needs_key = config.default_operator.kind == OperatorKind::kHash ||
                   config.default_operator.kind == OperatorKind::kEncrypt;
  for (const auto& [type, op] : config.operators) {
    needs_key |= op.kind == OperatorKind::kHash || op.kind == OperatorKind::kEncrypt;
  }
  if (!flags.vault_out.empty() && flags.key_file.empty()) {
    return Status::InvalidArgument("--vault-out needs --key-file (create one with: openssl rand -hex 32 > KEY)");
  }
  if (needs_key && flags.key_file.empty()) {
    return Status::InvalidArgument(
        "the hash and encrypt operators need --key-file (create one with: openssl rand -hex 32 > KEY)");
  }
  if (!flags.key_file.empty()) {
    struct stat st {};
    if (::stat(flags.key_file.c_str(), &st) == 0 && (st.st_mode & 077) != 0) {
      std::cerr << "convoguard: warning: key file " << flags.key_file
                << " is readable by other users (chmod 600 it)\n";
    }
    auto key = SecretKey::FromKeyFile(flags.key_file);
    if (!key.ok()) return Status::InvalidArgument(key.status().message());
    config.key = std::make_shared<const SecretKey>(std::move(*key));
  }
  config.associated_data = flags.scope;
  return config;
}

// Reads all of `in`, refusing more than `limit` bytes.
Result<std::string> ReadAll(std::istream& in, size_t limit) {
  std::string data;
  std::vector<char> buf(1 << 20);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    data.append(buf.data(), static_cast<size_t>(in.gcount()));
    if (data.size() > limit) {
      return Status::ResourceExhausted("larger than " + std::to_string(limit >> 20) + " MiB");
    }
  }
  if (in.bad()) return Status::Unavailable("read error");
  return data;
}

nlohmann::json ItemJson(const ReplacedItem& it) {
  return {{"entity_type", it.entity_type}, {"operator", OperatorName(it.op)},
          {"start", it.start},             {"end", it.end},
          {"original_start", it.original_start}, {"original_end", it.original_end},
          {"text", it.text}};
}

int RedactJsonl(const Analyzer& analyzer, const Anonymizer& anonymizer, const FindingFilter& filter,
                PseudonymVault& vault, std::istream& in, bool& replaced) {
  bool bad = false;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    if (line.size() > kMaxLineBytes) {
      std::cerr << "convoguard: line " << lineno << ": larger than 64 MiB\n";
      bad = true;
      continue;
    }
    nlohmann::json obj = nlohmann::json::parse(line, nullptr, false);
    if (obj.is_discarded() || !obj.is_object() || !obj.contains("text") || !obj["text"].is_string()) {
      std::cerr << "convoguard: line " << lineno << ": not a JSON object with a string \"text\"\n";
      bad = true;
      continue;
    }
    const std::string& text = obj["text"].get_ref<const std::string&>();
    auto scan = analyzer.Scan(text, filter);
    if (!scan.ok()) return Fail("line " + std::to_string(lineno) + ": " + scan.status().ToString());
    auto out = anonymizer.Anonymize(text, scan->findings, &vault);
    if (!out.ok()) return Fail("line " + std::to_string(lineno) + ": " + out.status().ToString());
    nlohmann::json items = nlohmann::json::array();
    for (const ReplacedItem& it : out->items) items.push_back(ItemJson(it));
    replaced |= !out->items.empty();
    obj["anonymized_text"] = out->text;
    obj["items"] = std::move(items);
    std::cout << obj.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  if (in.bad()) return Fail("read error");
  return bad ? kExitError : kExitClean;
}

int RunRedact(const RedactFlags& flags) {
  AnalyzerOptions opts;
  opts.entities = flags.filter.entities;
  auto analyzer = Analyzer::Create(opts);
  if (!analyzer.ok()) return Fail(analyzer.status().message());
  auto all = Analyzer::Create({});
  if (!all.ok()) return Fail(all.status().message());
  const std::vector<std::string> known = (*all)->SupportedEntities();
  for (const auto& e : flags.filter.exclude) {
    if (std::find(known.begin(), known.end(), e) == known.end()) {
      return Fail("unknown entity type in --exclude: " + e);
    }
  }
  auto config = MakeConfig(flags, known);
  if (!config.ok()) return Fail(config.status().message());
  const std::shared_ptr<const SecretKey> key = config->key;
  auto anonymizer = Anonymizer::Create(std::move(*config));
  if (!anonymizer.ok()) return Fail(anonymizer.status().message());

  std::ifstream file;
  std::istream* in = &std::cin;
  if (flags.input != "-") {
    file.open(flags.input, std::ios::binary);
    if (!file) return Fail("cannot open " + flags.input + ": " + std::strerror(errno));
    in = &file;
  }
  PseudonymVault vault(flags.scope);
  const FindingFilter filter = flags.filter.ToFilter();
  bool replaced = false;
  if (flags.jsonl) {
    int rc = RedactJsonl(**analyzer, **anonymizer, filter, vault, *in, replaced);
    if (rc != kExitClean) return rc;
  } else {
    // Streams: bounded memory for any input size, output as soon as it is final.
    StreamAnonymizer stream(**analyzer, filter, **anonymizer, &vault);
    std::vector<char> buf(kChunk);
    auto emit = [](const std::string& t) { std::fwrite(t.data(), 1, t.size(), stdout); };
    while (*in) {
      in->read(buf.data(), static_cast<std::streamsize>(buf.size()));
      if (in->gcount() <= 0) break;
      auto part = stream.Write(std::string_view(buf.data(), static_cast<size_t>(in->gcount())));
      if (!part.ok()) return Fail("redact failed: " + part.status().ToString());
      emit(*part);
    }
    if (in->bad()) return Fail("read error");
    auto rest = stream.Finish();
    if (!rest.ok()) return Fail("redact failed: " + rest.status().ToString());
    emit(*rest);
    std::fflush(stdout);
    if (stream.invalid_utf8_bytes() > 0) {
      std::fprintf(stderr, "convoguard: warning: %llu bytes of invalid UTF-8 (kept as they are)\n",
                   static_cast<unsigned long long>(stream.invalid_utf8_bytes()));
    }
    replaced = stream.replaced() > 0;
  }
  if (!flags.vault_out.empty()) {
    auto blob = vault.Serialize(*key);
    if (!blob.ok()) return Fail("cannot serialize the vault: " + blob.status().ToString());
    std::ofstream out(flags.vault_out, std::ios::binary | std::ios::trunc);
    out.write(blob->data(), static_cast<std::streamsize>(blob->size()));
    out.close();
    if (!out) return Fail("cannot write " + flags.vault_out + ": " + std::strerror(errno));
  }
  return replaced ? kExitFound : kExitClean;
}

struct RestoreFlags {
  std::string input = "-";
  std::string vault;
  std::string key_file;
  std::string scope = "cli";
};

int RunRestore(const RestoreFlags& flags) {
  auto key = SecretKey::FromKeyFile(flags.key_file);
  if (!key.ok()) return Fail(key.status().message());
  std::ifstream vault_file(flags.vault, std::ios::binary);
  if (!vault_file) return Fail("cannot open " + flags.vault + ": " + std::strerror(errno));
  auto blob = ReadAll(vault_file, kMaxVaultBytes);
  if (!blob.ok()) return Fail(flags.vault + ": " + blob.status().message());
  auto vault = PseudonymVault::Deserialize(*key, flags.scope, *blob);
  if (!vault.ok()) return Fail(flags.vault + ": " + vault.status().message());

  std::ifstream file;
  std::istream* in = &std::cin;
  if (flags.input != "-") {
    file.open(flags.input, std::ios::binary);
    if (!file) return Fail("cannot open " + flags.input + ": " + std::strerror(errno));
    in = &file;
  }
  StreamRestorer restorer(**vault);
  std::vector<char> buf(1 << 16);
  auto emit = [](const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  while (*in) {
    in->read(buf.data(), static_cast<std::streamsize>(buf.size()));
    if (in->gcount() <= 0) break;
    emit(restorer.Write(std::string_view(buf.data(), static_cast<size_t>(in->gcount()))));
  }
  if (in->bad()) return Fail("read error");
  emit(restorer.Finish());
  std::fflush(stdout);
  return kExitClean;
}

}  // namespace

void RegisterRedact(CLI::App& app, Command& chosen) {
  auto flags = std::make_shared<RedactFlags>();
  CLI::App* cmd = app.add_subcommand("redact", "Print the input with personal data and secrets anonymized");
  cmd->add_option("input", flags->input, "File to redact, or - for standard input (default)");
  cmd->add_option("--operator", flags->operators,
                  "Operator for one entity type: TYPE=OP[:ARGS], OP one of redact[:MARKER], replace, "
                  "mask[:N[,C]], hash[:LEN[,hex|base64url]], encrypt, keep (repeatable)");
  cmd->add_option("--default-operator", flags->default_operator,
                  "Operator for types without --operator (default replace)");
  cmd->add_option("--key-file", flags->key_file,
                  "Secret key for hash, encrypt and --vault-out: 64 hex digits (openssl rand -hex 32)");
  cmd->add_option("--scope", flags->scope,
                  "Conversation id: placeholders are numbered per scope; bound into encrypt tokens and "
                  "the vault (default cli)");
  cmd->add_option("--vault-out", flags->vault_out,
                  "Write the placeholder mapping, encrypted with --key-file, to this file");
  cmd->add_flag("--jsonl", flags->jsonl,
                "Input is JSON lines with a \"text\" field; adds \"anonymized_text\" and \"items\"");
  AddFilterFlags(*cmd, flags->filter);
  cmd->callback([flags, &chosen] {
    chosen.run = [flags] { return RunRedact(*flags); };
  });

  // The inverse lives here too: it only makes sense with redact's vault file.
  auto rflags = std::make_shared<RestoreFlags>();
  CLI::App* restore = app.add_subcommand(
      "restore", "Put the originals from a redact --vault-out file back into a text");
  restore->add_option("input", rflags->input, "File with placeholders, or - for standard input (default)");
  restore->add_option("--vault", rflags->vault, "Vault file written by redact --vault-out")->required();
  restore->add_option("--key-file", rflags->key_file, "The key file given to redact")->required();
  restore->add_option("--scope", rflags->scope, "The scope given to redact (default cli)");
  restore->callback([rflags, &chosen] {
    chosen.run = [rflags] { return RunRestore(*rflags); };
  });
}

}  // namespace convoguard::cli
