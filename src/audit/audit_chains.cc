// The pieces of the format shared by writer and verifier, chain naming,
// listing and the migration of the previous single-file log.
// docs/formats/audit-log.md.
#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "anonymizer/crypto.h"
#include "audit/audit_format.h"
#include "convoguard/audit.h"

namespace convoguard {

using nlohmann::json;

namespace {

std::string Sha256Hex(std::string_view data) {
  unsigned char md[32];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  return anonymizer::HexEncode(std::string_view(reinterpret_cast<char*>(md), len));
}

bool SafeChainByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

constexpr size_t kMaxEncodedTenant = 150;
constexpr size_t kKeptEncodedTenant = 100;

}  // namespace

namespace audit {

std::string RecordHash(std::string_view body) {
  std::string data(kHashDomain);
  data.append(body);
  return Sha256Hex(data);
}

std::string CheckpointMessage(const AuditChain& chain, uint64_t seq, std::string_view prev) {
  if (chain.legacy) return "convoguard.audit.checkpoint/v1:" + std::to_string(seq) + ":" + std::string(prev);
  return "convoguard.audit.checkpoint/v2:" + chain.name + ":" + std::to_string(seq) + ":" + std::string(prev);
}

std::string ChainPath(const std::string& dir, std::string_view chain_name) {
  return dir + "/" + std::string(chain_name) + ".log";
}

Result<ParsedLine> ParseLine(std::string_view line) {
  if (line.size() < 66 || line[64] != ' ') return Status::DataLoss("malformed line (expected '<hash> <json>')");
  ParsedLine p;
  p.hash.assign(line.substr(0, 64));
  p.body.assign(line.substr(65));
  p.json = json::parse(p.body, nullptr, false);
  if (!p.json.is_object() || !p.json.contains("seq") || !p.json["seq"].is_number_unsigned() ||
      !p.json.contains("prev") || !p.json["prev"].is_string() || !p.json.contains("type") ||
      !p.json["type"].is_string() || (p.json.contains("tenant") && !p.json["tenant"].is_string())) {
    return Status::DataLoss("malformed record JSON");
  }
  p.seq = p.json["seq"].get<uint64_t>();
  p.prev = p.json["prev"].get<std::string>();
  return p;
}

Status VerifyCheckpoint(const ParsedLine& p, const AuditChain& chain, Keyring& keyring) {
  if (p.json["type"] != "checkpoint") return Status::DataLoss("not a checkpoint");
  const json& sig_text = p.json.contains("signature") ? p.json["signature"] : json();
  if (!sig_text.is_string()) return Status::DataLoss("checkpoint has no signature");
  auto sig = anonymizer::Base64UrlDecode(sig_text.get<std::string>());
  if (!sig.ok()) return Status::DataLoss("signature is not base64url");
  return keyring.Verify(CheckpointMessage(chain, p.seq, p.prev), *sig);
}

void SyncDir(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace audit

std::string AuditChainName(std::string_view tenant) {
  if (tenant.empty()) return std::string(audit::kSystemChain);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string enc;
  enc.reserve(tenant.size());
  for (unsigned char c : tenant) {
    if (SafeChainByte(c)) {
      enc.push_back(static_cast<char>(c));
    } else {
      enc.push_back('%');
      enc.push_back(kHex[c >> 4]);
      enc.push_back(kHex[c & 15]);
    }
  }
  if (enc.size() > kMaxEncodedTenant) {
    enc.resize(kKeptEncodedTenant);
    enc += '~';  // never produced by the encoding, so long names cannot collide with short ones
    enc += Sha256Hex(tenant).substr(0, 32);
  }
  return std::string(audit::kTenantPrefix) + enc;
}

Result<std::vector<AuditChain>> ListAuditChains(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::NotFound("cannot read the audit directory " + dir + ": " + ec.message());
  std::vector<AuditChain> out;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return Status::Unavailable("cannot read the audit directory " + dir + ": " + ec.message());
    const std::string file = it->path().filename().string();
    if (file.size() <= 4 || file.compare(file.size() - 4, 4, ".log") != 0) continue;
    if (!it->is_regular_file(ec)) continue;
    AuditChain c{.name = file.substr(0, file.size() - 4)};
    if (c.name == audit::kLegacyChain) {
      c.legacy = true;
    } else if (c.name.rfind(audit::kTenantPrefix, 0) == 0) {
      // The tenant is in every record of its chain (checkpoints included).
      std::ifstream in(it->path(), std::ios::binary);
      std::string first;
      if (in && std::getline(in, first)) {
        auto p = audit::ParseLine(first);
        if (p.ok()) c.tenant = p->json.value("tenant", "");
      }
    } else if (c.name != audit::kSystemChain) {
      continue;
    }
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const AuditChain& a, const AuditChain& b) { return a.name < b.name; });
  return out;
}

Status MigrateSingleFileAuditLog(const std::string& old_path, const std::string& dir) {
  struct stat st {};
  if (::stat(old_path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Status::Ok();
    return Status::Unavailable("cannot stat " + old_path + ": " + std::strerror(errno));
  }
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    return Status::Unavailable("cannot create the audit directory " + dir + ": " + std::strerror(errno));
  }
  const std::string legacy = audit::ChainPath(dir, audit::kLegacyChain);
  if (::stat(legacy.c_str(), &st) == 0) {
    return Status::FailedPrecondition("both " + old_path + " and " + legacy +
                                      " exist; move one away (the old log was migrated before)");
  }
  // The head first: a crash between the two renames leaves the log where the
  // next start finds and moves it, with its head already in place.
  const std::string old_head = old_path + ".head";
  if (::rename(old_head.c_str(), (legacy + ".head").c_str()) != 0 && errno != ENOENT) {
    return Status::Unavailable("cannot move " + old_head + ": " + std::strerror(errno));
  }
  if (::rename(old_path.c_str(), legacy.c_str()) != 0) {
    return Status::Unavailable("cannot move " + old_path + " to " + legacy + ": " + std::strerror(errno));
  }
  audit::SyncDir(dir);
  return Status::Ok();
}

}  // namespace convoguard
