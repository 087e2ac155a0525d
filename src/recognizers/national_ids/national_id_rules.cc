// National identifiers with Presidio's entity names. Each rule: a tight,
// bounded regex for the written shape, and a validator that checks the check
// digits (and embedded birth dates) in id_checks.h. Formats whose check
// passes for many random digit runs (1 in 10 or 11) are weak: they need a
// context word to reach the reporting threshold.
#include <string>

#include "recognizers/word_shape_cues.h"
#include "recognizers/catalog.h"
#include "recognizers/context.h"
#include "recognizers/national_ids/id_checks.h"

namespace convoguard::recognizers {
namespace {

namespace ids = national_ids;

// Letters and digits of s, upper-cased; separators dropped.
std::string Compact(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) out.push_back(c);
  }
  return out;
}

// True when every separator (non-alphanumeric byte) in s is the same byte,
// so "123 456 789" and "123-456-789" pass but "123-456 789" does not.
bool ConsistentSeparators(std::string_view s) {
  char seen = 0;
  for (char c : s) {
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (alnum) continue;
    if (seen && c != seen) return false;
    seen = c;
  }
  return true;
}

bool HasSeparator(std::string_view s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return true;
  }
  return false;
}

// A validator that compacts the candidate, requires consistent separators and
// runs `check`; `reason` names the check in the explanation.
Validator Checked(bool (*check)(std::string_view), std::string reason) {
  return [check, reason](const Candidate& c) {
    if (!ConsistentSeparators(c.text)) return Verdict::Reject();
    return check(Compact(c.text)) ? Verdict::Accept(reason) : Verdict::Reject();
  };
}

// Groups of digits "123 456 789" / "123-456-789" / "123456789".
constexpr const char* kNineDigits = R"(\b\d{3}[ \-]?\d{3}[ \-]?\d{3}\b)";

}  // namespace

void AddCountryIdRules(RuleList& out) {
  const size_t first = out.size();
  // --- Spain -------------------------------------------------------------
  out.push_back({
      .id = "es_nif",
      .entity_type = "ES_NIF",
      .regex = R"(\b\d{7,8}-?[A-Za-z]\b)",
      .score = 0.8,
      .validate = Checked(ids::EsNif, "nif mod-23 letter"),
      .context = {"nif", "dni", "documento", "identidad", "d.n.i", "n.i.f", "identificación fiscal",
                  "identificacion fiscal", "spanish id"},
  });
  out.push_back({
      .id = "es_nie",
      .entity_type = "ES_NIE",
      .regex = R"(\b[XYZxyz]-?\d{7}-?[A-Za-z]\b)",
      // A leading \b before a letter class makes Vectorscan check every
      // letter in the text (0.48 ms/MB on chat text, 0.10 without it).
      .prefilter = R"([XYZxyz]-?\d{7}-?[A-Za-z]\b)",
      .score = 0.9,
      .validate = Checked(ids::EsNie, "nie mod-23 letter"),
      .context = {"nie", "extranjero", "identidad", "foreigner"},
  });
  // --- Italy -------------------------------------------------------------
  out.push_back({
      .id = "it_fiscal_code",
      .entity_type = "IT_FISCAL_CODE",
      .regex = R"(\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b)",
      .flags = matching::kCaseless,
      // Caseless letter classes keep a Vectorscan automaton active at almost
      // every byte (the whole regex ~25 ms/MB, a prefilter from the
      // birth-date part still ~20% of the pass); every match is one whole
      // 16-byte word, which the word-shape finder looks for instead.
      .cue_group = WordShapeCue(kFiscalCodeShape),
      .score = 0.95,
      .validate = Checked(ids::ItFiscalCode, "codice fiscale check letter"),
      .context = {"codice fiscale", "fiscal", "cf", "tax code"},
  });
  out.push_back({
      .id = "it_vat_code",
      .entity_type = "IT_VAT_CODE",
      .regex = R"(\b\d{11}\b)",
      .score = 0.6,
      .validate = Checked(ids::ItVatCode, "partita iva luhn"),
      .context = {"partita iva", "p.iva", "p. iva", "piva", "iva", "vat"},
      .weak = true,
  });
  // --- India -------------------------------------------------------------
  out.push_back({
      .id = "in_aadhaar",
      .entity_type = "IN_AADHAAR",
      .regex = R"(\b[2-9]\d{3}[ \-:]?\d{4}[ \-:]?\d{4}\b)",
      .score = 0.85,
      .validate = [](const Candidate& c) {
        if (!ConsistentSeparators(c.text) || !ids::InAadhaar(Compact(c.text))) return Verdict::Reject();
        // One random 12-digit run in ten passes Verhoeff: written in the
        // 4-4-4 groups of the card it is an Aadhaar number, run together
        // it is as often an account or order number and wants context.
        return Verdict::Accept("verhoeff", HasSeparator(c.text) ? -1 : 0.6);
      },
      .context = {"aadhaar", "aadhar", "adhaar", "uidai", "uid", "आधार"},
  });
  out.push_back({
      // Holder type (4th letter): Company, Person, Hindu undivided family,
      // Firm, Association, Trust, Body of individuals, Government, Local
      // authority, artificial Juridical person. No check digit.
      .id = "in_pan",
      .entity_type = "IN_PAN",
      .regex = R"(\b[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]\b)",
      .score = 0.55,
      .context = {"pan", "permanent account", "income tax"},
  });
  // --- Australia ---------------------------------------------------------
  out.push_back({
      .id = "au_abn",
      .entity_type = "AU_ABN",
      .regex = R"(\b\d{2} ?\d{3} ?\d{3} ?\d{3}\b)",
      .score = 0.85,
      .validate = Checked(ids::AuAbn, "abn mod-89"),
      .context = {"abn", "australian business", "business number"},
  });
  out.push_back({
      .id = "au_acn",
      .entity_type = "AU_ACN",
      .regex = kNineDigits,
      .score = 0.6,
      .validate = Checked(ids::AuAcn, "acn mod-10"),
      .context = {"acn", "australian company", "company number"},
      .weak = true,
  });
  out.push_back({
      .id = "au_tfn",
      .entity_type = "AU_TFN",
      .regex = kNineDigits,
      .score = 0.6,
      .validate = Checked(ids::AuTfn, "tfn mod-11"),
      .context = {"tfn", "tax file"},
      .weak = true,
  });
  out.push_back({
      .id = "au_medicare",
      .entity_type = "AU_MEDICARE",
      .regex = R"(\b[2-6]\d{3} ?\d{5} ?\d(?:[ \-/]?\d)?\b)",
      .score = 0.6,
      .validate = [](const Candidate& c) {
        std::string d = Compact(c.text);
        return ids::AuMedicare(d) ? Verdict::Accept("medicare mod-10") : Verdict::Reject();
      },
      .context = {"medicare"},
      .weak = true,
  });
  // --- Singapore ---------------------------------------------------------
  out.push_back({
      .id = "sg_nric_fin",
      .entity_type = "SG_NRIC_FIN",
      .regex = R"(\b[STFGM]\d{7}[A-Z]\b)",
      .flags = matching::kCaseless,
      .score = 0.9,
      .validate = Checked(ids::SgNricFin, "nric check letter"),
      .context = {"nric", "fin", "identity card", "ic number"},
  });
  // --- Poland ------------------------------------------------------------
  out.push_back({
      .id = "pl_pesel",
      .entity_type = "PL_PESEL",
      .regex = R"(\b\d{11}\b)",
      .score = 0.6,
      .validate = Checked(ids::PlPesel, "pesel check digit and birth date"),
      .context = {"pesel", "numer ewidencyjny"},
  });
  // --- Finland -----------------------------------------------------------
  out.push_back({
      .id = "fi_personal_identity_code",
      .entity_type = "FI_PERSONAL_IDENTITY_CODE",
      .regex = R"(\b\d{6}[\-+A-FU-Y]\d{3}[0-9A-Y]\b)",
      .flags = matching::kCaseless,
      .score = 0.95,
      .validate = [](const Candidate& c) {
        std::string s(c.text);
        for (char& ch : s) {
          if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        }
        return ids::FiPersonalIdentityCode(s) ? Verdict::Accept("hetu mod-31 and birth date")
                                              : Verdict::Reject();
      },
      .context = {"hetu", "henkilötunnus", "henkilotunnus", "personal identity", "finnish"},
  });
  // --- Sweden ------------------------------------------------------------
  out.push_back({
      .id = "se_personnummer",
      .entity_type = "SE_PERSONNUMMER",
      .regex = R"(\b(?:\d{2})?\d{6}[\-+]?\d{4}\b)",
      .score = 0.8,
      .validate = [](const Candidate& c) {
        std::string d = Compact(c.text);
        if (!ids::SePersonnummer(d)) return Verdict::Reject();
        // A bare 10-digit run is often something else (a phone number).
        bool bare = d.size() == 10 && !HasSeparator(c.text);
        return Verdict::Accept("luhn and birth date", bare ? 0.55 : -1);
      },
      .context = {"personnummer", "personnr", "pnr", "samordningsnummer", "swedish"},
  });
  // --- Korea -------------------------------------------------------------
  out.push_back({
      .id = "kr_rrn",
      .entity_type = "KR_RRN",
      .regex = R"(\b\d{6}-?\d{7}\b)",
      .score = 0.9,
      .validate = [](const Candidate& c) {
        bool check_ok = false;
        if (!ids::KrRrn(Compact(c.text), &check_ok)) return Verdict::Reject();
        // Numbers issued since October 2020 carry no check digit.
        return check_ok ? Verdict::Accept("birth date and mod-11 check digit")
                        : Verdict::Accept("birth date (no check digit)", 0.45);
      },
      .context = {"rrn", "resident registration", "주민등록번호", "주민번호", "korean"},
  });
  // --- Thailand ----------------------------------------------------------
  out.push_back({
      .id = "th_tnin",
      .entity_type = "TH_TNIN",
      .regex = R"(\b[1-8][ \-]?\d{4}[ \-]?\d{5}[ \-]?\d{2}[ \-]?\d\b)",
      .score = 0.8,
      .validate = Checked(ids::ThTnin, "tnin mod-11"),
      .context = {"thai", "tnin", "national id", "เลขประจำตัวประชาชน", "บัตรประชาชน"},
  });
  // --- Turkey ------------------------------------------------------------
  out.push_back({
      .id = "tr_national_id",
      .entity_type = "TR_NATIONAL_ID",
      .regex = R"(\b[1-9]\d{10}\b)",
      .score = 0.8,
      .validate = Checked(ids::TrNationalId, "t.c. kimlik check digits"),
      .context = {"kimlik", "tckn", "tc no", "t.c.", "turkish id", "türk"},
  });
  // --- Canada ------------------------------------------------------------
  out.push_back({
      .id = "ca_sin",
      .entity_type = "CA_SIN",
      .regex = kNineDigits,
      .score = 0.55,
      .validate = [](const Candidate& c) {
        if (!ConsistentSeparators(c.text) || !ids::CaSin(Compact(c.text))) return Verdict::Reject();
        // Written in groups it looks like a SIN; a bare 9-digit run needs context.
        return Verdict::Accept("luhn", HasSeparator(c.text) ? -1 : 0.3);
      },
      .context = {"sin", "social insurance", "nas", "assurance sociale"},
  });
  // --- South Africa ------------------------------------------------------
  out.push_back({
      .id = "za_id_number",
      .entity_type = "ZA_ID_NUMBER",
      .regex = R"(\b\d{13}\b)",
      .score = 0.8,
      .validate = Checked(ids::ZaIdNumber, "birth date and luhn"),
      .context = {"south african", "rsa id", "id number", "identity number", "sa id"},
  });
  // Every one of these is a run of digits (and a letter or two): none is
  // part of a longer token ("1176344d" in a UUID), a piece of a longer
  // grouped number, or named as an order, ticket or tracking number.
  for (size_t i = first; i < out.size(); ++i) {
    out[i].table_context = true;  // lists of staff, patients, customers
    out[i].validate = [check = std::move(out[i].validate)](const Candidate& c) {
      if (NotAnIdentifier(c, "-./")) return Verdict::Reject();
      return check ? check(c) : Verdict::Accept();
    };
  }
}

}  // namespace convoguard::recognizers
