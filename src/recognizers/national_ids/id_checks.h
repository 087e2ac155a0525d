// Check digits and embedded dates of national identifiers. Every function
// takes the identifier with separators already removed (digits, or upper-case
// letters and digits, as documented) and returns whether it is well formed.
// All are pure functions, safe from any thread.
#pragma once

#include <string_view>

namespace convoguard::recognizers::national_ids {

// Spain. NIF (DNI): 7-8 digits + control letter (mod 23).
// NIE: X/Y/Z + 7 digits + control letter.  Upper case.
bool EsNif(std::string_view s);
bool EsNie(std::string_view s);

// Italy. Codice fiscale: 16 upper-case characters, last one a check letter
// over odd/even position tables (omocodia letters accepted in digit places).
bool ItFiscalCode(std::string_view s);
// Partita IVA: 11 digits, Luhn check digit, not all zeros.
bool ItVatCode(std::string_view digits);

// India. Aadhaar: 12 digits, first 2-9, Verhoeff check digit, not a palindrome.
bool InAadhaar(std::string_view digits);

// Australia. ABN 11 digits (mod 89), ACN 9 digits (mod 10), TFN 9 digits
// (mod 11), Medicare 10 digits (first 2-6, mod 10 over 8 digits; the 10th is
// the issue number) -- an 11th digit (individual reference) may follow.
bool AuAbn(std::string_view digits);
bool AuAcn(std::string_view digits);
bool AuTfn(std::string_view digits);
bool AuMedicare(std::string_view digits);

// Singapore NRIC/FIN: S/T/F/G/M + 7 digits + check letter. Upper case.
bool SgNricFin(std::string_view s);

// Poland PESEL: 11 digits, weighted mod 10 check, valid birth date (the month
// carries the century).
bool PlPesel(std::string_view digits);

// Finland henkilötunnus: DDMMYY, century sign (+ - A-F U-Y), 3 digits, check
// character mod 31; valid date. Upper case, 11 characters.
bool FiPersonalIdentityCode(std::string_view s);

// Sweden personnummer: 10 digits (YYMMDDNNNC) or 12 (YYYYMMDDNNNC), Luhn over
// the last 10, valid date (day + 60 for samordningsnummer).
bool SePersonnummer(std::string_view digits);

// Korea resident registration number: 13 digits YYMMDD G NNNNN C; valid
// date for the gender/century digit G (1-8). `check_digit_ok` receives
// whether the pre-2020 mod-11 check digit holds (numbers issued since
// October 2020 have none). Returns false when the structure is invalid.
bool KrRrn(std::string_view digits, bool* check_digit_ok);

// Thailand national ID: 13 digits, first 1-8, a province code in use
// (digits 2-3), mod 11 check digit.
bool ThTnin(std::string_view digits);

// Turkey T.C. Kimlik No: 11 digits, first non-zero, two check digits.
bool TrNationalId(std::string_view digits);

// Canada SIN: 9 digits, first not 0 or 8, Luhn.
bool CaSin(std::string_view digits);

// South Africa ID: 13 digits YYMMDD SSSS C A Z, valid date, citizenship
// digit 0-2, Luhn.
bool ZaIdNumber(std::string_view digits);

// True when day/month are a real date in a year (Gregorian, leap years).
bool IsValidDate(int year, int month, int day);

}  // namespace convoguard::recognizers::national_ids
