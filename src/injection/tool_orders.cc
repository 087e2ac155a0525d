// ToolOrderHeuristics (heuristics.h): a user ordering the assistant's tools
// to act on other people's data or on the system itself.
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "injection/heuristics.h"

namespace convoguard::injection {
namespace {

constexpr double kToolOrderScore = 0.8;
constexpr size_t kMaxSentenceTokens = 60;

enum : uint8_t {
  kUse = 1,      // use, call, run, invoke ... (a tool put to work)
  kTool = 2,     // tool, herramienta, Werkzeug, инструмент ...
  kOthers = 4,   // other people or all of them: employees, customers, every, all ...
  kSystem = 8,   // the system's own controls: production, audit, admin, role, bank account, shell ...
  kAct = 16,     // an action with effect: delete, send, export, transfer, change, disable, push ...
};

// Keyed by Token::hash (WordHash of the canonical form): a lookup per word
// token without hashing its string again.
const std::unordered_map<uint64_t, uint8_t>& Lexicon() {
  static const auto* m = [] {
    auto* out = new std::unordered_map<uint64_t, uint8_t>;
    auto add = [&](uint8_t bits, std::initializer_list<std::string_view> ws) {
      for (auto w : ws) (*out)[WordHash(CanonicalWord(w))] |= bits;
    };
    add(kUse, {"use", "using", "call", "run", "invoke", "execute", "trigger", "nutze", "nutz", "benutze", "verwende",
               "usa", "utiliza", "usando", "utilise", "utilisez", "utilisant", "usa", "utilizza", "gebruik", "użyj",
               "używając", "используй", "используя", "kullan", "kullanarak", "pakai", "gunakan", "menggunakan"});
    add(kTool, {"tool", "tools", "herramienta", "outil", "werkzeug", "strumento", "ferramenta", "narzędzie",
                "narzędzia", "инструмент", "инструмента", "инструментом", "aracı", "aracını", "aracıyla", "alat"});
    add(kOthers, {"all", "every", "everyone", "everybody", "entire", "employees", "employee", "customers", "customer",
                  "clients", "users", "staff", "colleague", "coworker", "vendor", "alle", "mitarbeiter", "kunden",
                  "todos", "todas", "clientes", "empleados", "tous", "toutes", "salariés", "tutti", "clienti",
                  "klanten", "medewerkers", "wszystkie", "wszystkich", "klientów", "pracowników", "все", "всех",
                  "клиентов", "сотрудников", "tüm", "bütün", "müşteri", "semua", "pelanggan", "karyawan"});
    add(kSystem, {"production", "prod", "audit", "admin", "owner", "role", "permissions", "bank", "iban", "payout",
                  "shell", "sql", "credentials", "passwords", "salary", "salaries", "salarissen", "gehälter",
                  "salarios", "salaires", "зарплаты", "produktion", "producción", "продакшн"});
    add(kAct, {"delete", "drop", "wipe", "erase", "remove", "disable", "close", "reassign", "transfer", "refund",
               "send", "forward", "export", "dump", "push", "deploy", "change", "grant", "download", "upload",
               "lösche", "schließe", "sende", "exportiere", "borra", "elimina", "envía", "envia", "exporta",
               "cambia", "supprime", "envoie", "exporte", "verwijder", "stuur", "usuń", "wyślij", "удали", "отправь",
               "выгрузи", "sil", "gönder", "iade", "hapus", "kirim", "enviar"});
    return out;
  }();
  return *m;
}

// A filter in front of Lexicon(): one bit per top 12 bits of a lexicon
// word's hash, so most words cost a bit test instead of a map lookup.
constexpr uint64_t kFilterMask = (1u << 12) - 1;
const std::bitset<kFilterMask + 1>& LexiconFilter() {
  static const auto* f = [] {
    auto* out = new std::bitset<kFilterMask + 1>;
    for (const auto& [h, bits] : Lexicon()) out->set(h >> 52);
    return out;
  }();
  return *f;
}

// A symbol token that ends a sentence: ".", "!", "?" before a space or the end, or a line break.
bool SentenceEnd(std::string_view text, const Token& t) {
  const char c = text[t.begin];
  if (c != '.' && c != '!' && c != '?' && c != '\n') return false;
  return t.end >= text.size() || text[t.end] == ' ' || text[t.end] == '\n';
}

}  // namespace

void ToolOrderHeuristics(std::string_view text, const std::vector<Token>& tokens, std::vector<InjectionSpan>& out) {
  const auto& lex = Lexicon();
  const auto& filter = LexiconFilter();
  size_t start = 0;
  uint8_t seen = 0;
  size_t use_at = 0;
  bool use = false, used_tool = false;
  const size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (t.word) {
      if (filter.test(t.hash >> 52)) {
        auto it = lex.find(t.hash);
        if (it != lex.end()) {
          const uint8_t b = it->second;
          seen |= b;
          if (b & kUse) use = true, use_at = i;
          // "use the ticketing tool", "call the refund tool": the tool within four tokens after the verb.
          if ((b & kTool) && use && i - use_at <= 4) used_tool = true;
        }
      }
      if (i + 1 < n && i - start < kMaxSentenceTokens) continue;
    } else if (i + 1 < n && !SentenceEnd(text, t) && i - start < kMaxSentenceTokens) {
      continue;
    }
    // The sentence [start, i] is complete: a tool put to work, an action with
    // effect, and its object other people's data or the system's own controls.
    if (used_tool && (seen & kAct) && (seen & (kOthers | kSystem))) {
      out.push_back({InjectionDetector::kPromptInjection, tokens[start].begin, t.end, "tool_order", kToolOrderScore});
      return;
    }
    start = i + 1;
    seen = 0;
    use = used_tool = false;
  }
}

}  // namespace convoguard::injection
