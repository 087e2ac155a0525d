#include "recognizers/national_ids/id_checks.h"

#include <string>

#include "checksums/checksums.h"

namespace convoguard::recognizers::national_ids {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int Digit(char c) { return c - '0'; }

// Two-digit number at s[i], s[i+1]. REQUIRES: both are digits.
int Two(std::string_view s, size_t i) { return Digit(s[i]) * 10 + Digit(s[i + 1]); }

// Sum of digit[i] * weights[i] over the weights given.
template <size_t N>
int Weighted(std::string_view digits, const int (&weights)[N]) {
  int sum = 0;
  for (size_t i = 0; i < N; ++i) sum += Digit(digits[i]) * weights[i];
  return sum;
}

// Spanish control letter of a number (DNI, or NIE with its X/Y/Z mapped).
char EsControlLetter(long number) { return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23]; }

}  // namespace

bool IsValidDate(int year, int month, int day) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

bool EsNif(std::string_view s) {
  if (s.size() < 8 || s.size() > 9) return false;
  std::string_view num = s.substr(0, s.size() - 1);
  if (!AllDigits(num)) return false;
  return EsControlLetter(std::stol(std::string(num))) == s.back();
}

bool EsNie(std::string_view s) {
  if (s.size() != 9) return false;
  const char* prefix = "XYZ";
  std::string_view p(prefix);
  size_t lead = p.find(s[0]);
  if (lead == std::string_view::npos || !AllDigits(s.substr(1, 7))) return false;
  long number = static_cast<long>(lead) * 10000000 + std::stol(std::string(s.substr(1, 7)));
  return EsControlLetter(number) == s[8];
}

bool ItFiscalCode(std::string_view s) {
  if (s.size() != 16) return false;
  // Value of a character in an odd (1st, 3rd, ...) position; digits map like
  // the letter at the same index (0 like A, 1 like B, ...).
  static const int kOdd[26] = {1,  0,  5,  7,  9,  13, 15, 17, 19, 21, 2,  4,  18,
                               20, 11, 3,  6,  8,  12, 14, 16, 10, 22, 25, 24, 23};
  // Digit places may hold omocodia letters instead (0-9 -> L M N P Q R S T U V).
  static const std::string_view kOmocodia = "LMNPQRSTUV";
  static const std::string_view kMonths = "ABCDEHLMPRST";
  auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit_place = [&](char c) {
    return (c >= '0' && c <= '9') || kOmocodia.find(c) != std::string_view::npos;
  };
  for (size_t i = 0; i < 16; ++i) {
    char c = s[i];
    bool ok;
    if (i <= 5 || i == 11 || i == 15) {
      ok = letter(c);
    } else if (i == 8) {
      ok = kMonths.find(c) != std::string_view::npos;
    } else {
      ok = digit_place(c);
    }
    if (!ok) return false;
  }
  int sum = 0;
  for (size_t i = 0; i < 15; ++i) {
    char c = s[i];
    int index = (c >= '0' && c <= '9') ? c - '0' : c - 'A';
    sum += (i % 2 == 0) ? kOdd[index] : index;
  }
  return s[15] == 'A' + sum % 26;
}

bool ItVatCode(std::string_view digits) {
  if (digits.size() != 11 || !AllDigits(digits)) return false;
  if (digits.find_first_not_of('0') == std::string_view::npos) return false;
  return checksums::Luhn(digits);
}

bool InAadhaar(std::string_view digits) {
  if (digits.size() != 12 || !AllDigits(digits) || digits[0] < '2') return false;
  bool palindrome = true;
  for (size_t i = 0; i < 6; ++i) palindrome = palindrome && digits[i] == digits[11 - i];
  if (palindrome) return false;
  return checksums::Verhoeff(digits);
}

bool AuAbn(std::string_view digits) {
  if (digits.size() != 11 || !AllDigits(digits) || digits[0] == '0') return false;
  static const int kWeights[11] = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
  int sum = Weighted(digits, kWeights) - kWeights[0];  // first digit minus one
  return sum % 89 == 0;
}

bool AuAcn(std::string_view digits) {
  if (digits.size() != 9 || !AllDigits(digits)) return false;
  static const int kWeights[8] = {8, 7, 6, 5, 4, 3, 2, 1};
  int check = (10 - Weighted(digits, kWeights) % 10) % 10;
  return check == Digit(digits[8]);
}

bool AuTfn(std::string_view digits) {
  if (digits.size() != 9 || !AllDigits(digits)) return false;
  static const int kWeights[9] = {1, 4, 3, 7, 5, 8, 6, 9, 10};
  int sum = Weighted(digits, kWeights);
  return sum != 0 && sum % 11 == 0;
}

bool AuMedicare(std::string_view digits) {
  if ((digits.size() != 10 && digits.size() != 11) || !AllDigits(digits)) return false;
  if (digits[0] < '2' || digits[0] > '6') return false;
  static const int kWeights[8] = {1, 3, 7, 9, 1, 3, 7, 9};
  return Weighted(digits, kWeights) % 10 == Digit(digits[8]);
}

bool SgNricFin(std::string_view s) {
  if (s.size() != 9 || !AllDigits(s.substr(1, 7))) return false;
  static const int kWeights[7] = {2, 7, 6, 5, 4, 3, 2};
  int sum = Weighted(s.substr(1, 7), kWeights);
  std::string_view letters;
  switch (s[0]) {
    case 'S': letters = "JZIHGFEDCBA"; break;
    case 'T': sum += 4; letters = "JZIHGFEDCBA"; break;
    case 'F': letters = "XWUTRQPNMLK"; break;
    case 'G': sum += 4; letters = "XWUTRQPNMLK"; break;
    case 'M': sum += 3; letters = "XWUTRQPNJLK"; break;
    default: return false;
  }
  return s[8] == letters[sum % 11];
}

bool PlPesel(std::string_view digits) {
  if (digits.size() != 11 || !AllDigits(digits)) return false;
  static const int kWeights[10] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
  if ((10 - Weighted(digits, kWeights) % 10) % 10 != Digit(digits[10])) return false;
  int yy = Two(digits, 0), mm = Two(digits, 2), dd = Two(digits, 4);
  int century = 1900;
  if (mm > 80) { century = 1800; mm -= 80; }
  else if (mm > 60) { century = 2200; mm -= 60; }
  else if (mm > 40) { century = 2100; mm -= 40; }
  else if (mm > 20) { century = 2000; mm -= 20; }
  return IsValidDate(century + yy, mm, dd);
}

bool FiPersonalIdentityCode(std::string_view s) {
  if (s.size() != 11 || !AllDigits(s.substr(0, 6)) || !AllDigits(s.substr(7, 3))) return false;
  int century;
  char sign = s[6];
  if (sign == '+') century = 1800;
  else if (sign == '-' || (sign >= 'U' && sign <= 'Y')) century = 1900;
  else if (sign >= 'A' && sign <= 'F') century = 2000;
  else return false;
  if (!IsValidDate(century + Two(s, 4), Two(s, 2), Two(s, 0))) return false;
  int individual = std::stoi(std::string(s.substr(7, 3)));
  if (individual < 2) return false;
  long value = std::stol(std::string(s.substr(0, 6)) + std::string(s.substr(7, 3)));
  return s[10] == "0123456789ABCDEFHJKLMNPRSTUVWXY"[value % 31];
}

bool SePersonnummer(std::string_view digits) {
  if ((digits.size() != 10 && digits.size() != 12) || !AllDigits(digits)) return false;
  std::string_view ten = digits.substr(digits.size() - 10);
  int mm = Two(ten, 2), dd = Two(ten, 4);
  if (dd > 60) dd -= 60;  // samordningsnummer
  bool date_ok;
  if (digits.size() == 12) {
    int year = Two(digits, 0) * 100 + Two(digits, 2);
    date_ok = year >= 1800 && IsValidDate(year, mm, dd);
  } else {
    int yy = Two(ten, 0);
    date_ok = IsValidDate(1900 + yy, mm, dd) || IsValidDate(2000 + yy, mm, dd);
  }
  return date_ok && checksums::Luhn(ten);
}

bool KrRrn(std::string_view digits, bool* check_digit_ok) {
  if (digits.size() != 13 || !AllDigits(digits)) return false;
  int g = Digit(digits[6]);
  if (g < 1 || g > 4) return false;  // 5-8 are foreigners (KR_FRN), 9/0 pre-1900
  int century = g <= 2 ? 1900 : 2000;
  if (!IsValidDate(century + Two(digits, 0), Two(digits, 2), Two(digits, 4))) return false;
  static const int kWeights[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
  int check = (11 - Weighted(digits, kWeights) % 11) % 10;
  if (check_digit_ok) *check_digit_ok = check == Digit(digits[12]);
  return true;
}

bool ThTnin(std::string_view digits) {
  if (digits.size() != 13 || !AllDigits(digits)) return false;
  if (digits[0] < '1' || digits[0] > '8') return false;
  // Digits 2-3 are the province code of registration; these ranges are in use.
  int province = Two(digits, 1);
  bool used = (province >= 10 && province <= 27) || (province >= 30 && province <= 58) ||
              (province >= 60 && province <= 67) || (province >= 70 && province <= 77) ||
              (province >= 80 && province <= 86) || (province >= 90 && province <= 96);
  if (!used) return false;
  int sum = 0;
  for (size_t i = 0; i < 12; ++i) sum += Digit(digits[i]) * static_cast<int>(13 - i);
  return (11 - sum % 11) % 10 == Digit(digits[12]);
}

bool TrNationalId(std::string_view digits) {
  if (digits.size() != 11 || !AllDigits(digits) || digits[0] == '0') return false;
  int odd = 0, even = 0;
  for (size_t i = 0; i < 9; ++i) (i % 2 == 0 ? odd : even) += Digit(digits[i]);
  int d10 = ((odd * 7 - even) % 10 + 10) % 10;
  if (d10 != Digit(digits[9])) return false;
  return (odd + even + d10) % 10 == Digit(digits[10]);
}

bool CaSin(std::string_view digits) {
  if (digits.size() != 9 || !AllDigits(digits)) return false;
  if (digits[0] == '0' || digits[0] == '8') return false;
  if (digits.find_first_not_of(digits[0]) == std::string_view::npos) return false;
  return checksums::Luhn(digits);
}

bool ZaIdNumber(std::string_view digits) {
  if (digits.size() != 13 || !AllDigits(digits)) return false;
  int yy = Two(digits, 0), mm = Two(digits, 2), dd = Two(digits, 4);
  if (!IsValidDate(1900 + yy, mm, dd) && !IsValidDate(2000 + yy, mm, dd)) return false;
  if (digits[10] > '2') return false;
  return checksums::Luhn(digits);
}

}  // namespace convoguard::recognizers::national_ids
