#!/usr/bin/env python3
"""Independent checker for all.jsonl (does not import gen.py).

Errors (exit 1): schema, offsets, overlaps, whitespace / word-cutting boundaries,
subtype rules, titles inside PERSON, and every checksum re-verified from the final text
(invalid_* look-alikes must FAIL their checksum).
Warnings: unlabelled e-mails / IPs / URLs / long digit runs / date-like strings /
weekday and month words, and labelled person names recurring unlabelled.
"""
import hashlib
import ipaddress
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SCOPE = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "IBAN_CODE",
         "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "UK_NHS", "UK_NINO", "DATE_TIME", "LOCATION",
         "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN", "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"]
SUB = {"LOCATION": {"address", "city", "region", "country"},
       "DATE_TIME": {"date", "time", "datetime", "dob", "relative", "timestamp"}}


# ------------------------------------------------------------ keccak (own copy, table-driven)
RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
      0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
      0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
      0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
      0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
      0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
ROTC = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44]
PILN = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1]
MASK = (1 << 64) - 1


def rotl(x, n):
    return ((x << n) | (x >> (64 - n))) & MASK


def keccakf(st):
    for r in range(24):
        bc = [st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20] for i in range(5)]
        for i in range(5):
            t = bc[(i + 4) % 5] ^ rotl(bc[(i + 1) % 5], 1)
            for j in range(0, 25, 5):
                st[j + i] ^= t
        t = st[1]
        for i in range(24):
            j = PILN[i]
            bc0 = st[j]
            st[j] = rotl(t, ROTC[i])
            t = bc0
        for j in range(0, 25, 5):
            bc = st[j:j + 5]
            for i in range(5):
                st[j + i] ^= (~bc[(i + 1) % 5]) & bc[(i + 2) % 5] & MASK
        st[0] ^= RC[r]


def keccak256(data):
    st = [0] * 25
    rate = 136
    m = bytearray(data) + b"\x01" + b"\x00" * ((-len(data) - 1) % rate)
    m[-1] |= 0x80
    for o in range(0, len(m), rate):
        for i in range(rate // 8):
            st[i] ^= int.from_bytes(m[o + 8 * i:o + 8 * i + 8], "little")
        keccakf(st)
    return b"".join(st[i].to_bytes(8, "little") for i in range(4))


# ------------------------------------------------------------ checksum validators
WORDNUM = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
           "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def digits(v):
    toks = re.findall(r"[a-z]+|\d", v.lower())
    if any(t in WORDNUM or t in ("double", "triple") for t in toks) and not re.search(r"\d", v):
        out, mult = "", 1
        for t in toks:
            if t == "double":
                mult = 2
            elif t == "triple":
                mult = 3
            elif t in WORDNUM:
                out += WORDNUM[t] * mult
                mult = 1
        return out
    return re.sub(r"\D", "", v)


def luhn(v):
    d = digits(v)
    if not 13 <= len(d) <= 19 or not re.fullmatch(r"[\d \-]+|[a-z ,]+", v.lower()):
        return False
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "BE": 16, "CH": 21,
            "AT": 20, "PT": 25, "SE": 24, "TR": 26, "IE": 22, "NO": 15, "DK": 18, "FI": 18}


def iban_ok(v):
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_ok(v):
    if not re.fullmatch(r"\d{9}", v):
        return False
    d = [int(c) for c in v]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def nhs_ok(v):
    d = digits(v)
    if len(d) != 10:
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    r = (11 - s % 11) % 11
    return r != 10 and r == int(d[9])


def _dihedral(j, k):
    # D5 group multiplication: elements 0-4 rotations, 5-9 reflections
    if j < 5 and k < 5:
        return (j + k) % 5
    if j < 5:
        return 5 + (j + k - 5) % 5
    if k < 5:
        return 5 + (j - 5 - k) % 5
    return (j - k) % 5


_PERM = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
_P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]
for _ in range(7):
    _PERM.append([_P1[x] for x in _PERM[-1]])


def verhoeff_raw(d):
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _dihedral(c, _PERM[i % 8][int(ch)])
    return c == 0


def verhoeff_ok(v):
    d = digits(v)
    if len(d) != 12 or d[0] in "01":
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _dihedral(c, _PERM[i % 8][int(ch)])
    return c == 0


def pesel_ok(v):
    if not re.fullmatch(r"\d{11}", v):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(a) * b for a, b in zip(v, w))
    mm = int(v[2:4]) % 20
    return (10 - s % 10) % 10 == int(v[10]) and 1 <= mm <= 12 and 1 <= int(v[4:6]) <= 31


def nif_ok(v):
    s = v.replace("-", "").replace(" ", "").replace(".", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    num = m.group(2)
    if m.group(1):
        if len(num) != 7:
            return False
        num = str("XYZ".index(m.group(1))) + num
    elif len(num) != 8:
        return False
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == m.group(3)


ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_ok(v):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v):
        return False
    day = int(v[9:11])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    t = 0
    for i, c in enumerate(v[:15]):
        t += ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return chr(65 + t % 26) == v[15]


def tfn_ok(v):
    d = digits(v)
    if len(d) != 9:
        return False
    return sum(int(c) * w for c, w in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nric_ok(v):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", v.upper())
    if not m:
        return False
    p, n, c = m.groups()
    s = sum(int(a) * b for a, b in zip(n, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    return ("XWUTRQPNMLK" if p in "FG" else "JZIHGFEDCBA")[s % 11] == c


def ssn_ok(v):
    d = digits(v)
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def itin_ok(v):
    d = digits(v)
    if len(d) != 9 or d[0] != "9":
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def nino_ok(v):
    s = v.replace(" ", "").upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    return bool(m) and (m.group(1) + m.group(2)) not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def pan_ok(v):
    return bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", v))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58_ok(v):
    if not re.fullmatch(r"[13][%s]{25,34}" % B58, v):
        return False
    n = 0
    for c in v:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else None
    if raw is None:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:] and raw[0] in (0, 5)


def bech_ok(v):
    if v.lower() != v or not v.startswith("bc1"):
        return False
    data = [BECH.find(c) for c in v[3:]]
    if -1 in data or len(data) < 7:
        return False
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for x in [3, 3, 0, 2, 3] + data:  # hrp_expand("bc")
        top = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ x
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk == 1


def eth_ok(v):
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", v):
        return False
    h = v[2:]
    k = keccak256(h.lower().encode()).hex()
    for i, c in enumerate(h):
        if c.isalpha() and (c.isupper() != (int(k[i], 16) >= 8)):
            return False
    return True


def crypto_ok(v):
    return b58_ok(v) or bech_ok(v) or eth_ok(v)


CHECKS = {"CREDIT_CARD": luhn, "IBAN_CODE": iban_ok, "ABA_ROUTING_NUMBER": aba_ok, "UK_NHS": nhs_ok,
          "IN_AADHAAR": verhoeff_ok, "PL_PESEL": pesel_ok, "ES_NIF": nif_ok, "IT_FISCAL_CODE": cf_ok,
          "AU_TFN": tfn_ok, "SG_NRIC_FIN": nric_ok, "US_SSN": ssn_ok, "US_ITIN": itin_ok,
          "UK_NINO": nino_ok, "IN_PAN": pan_ok, "CRYPTO": crypto_ok}
INVALID_KIND = {"invalid_card": luhn, "invalid_iban": iban_ok, "invalid_nhs": nhs_ok,
                "invalid_aadhaar": verhoeff_ok, "invalid_tfn": tfn_ok, "invalid_ssn": ssn_ok}


def fmt_ok(t, v):
    if t == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[\w.+%-]+@[\w-]+(\.[\w-]+)+", v))
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v.split("%")[0])
            return True
        except ValueError:
            return False
    if t == "MAC_ADDRESS":
        return bool(re.fullmatch(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|([0-9a-fA-F]{4}\.){2}[0-9a-fA-F]{4}", v))
    if t == "URL":
        return bool(re.match(r"(https?://|www\.|ftp://)|[\w-]+(\.[\w-]+)+/", v)) and " " not in v
    if t == "PHONE_NUMBER":
        return len(digits(v)) >= 6
    if t == "US_BANK_NUMBER":
        return bool(re.fullmatch(r"\d{8,17}", v.replace("-", "").replace(" ", "")))
    if t == "US_PASSPORT":
        return bool(re.fullmatch(r"[A-Z]?\d{8,9}", v))
    return True


# ------------------------------------------------------------ self tests
assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
for _a in ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
           "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"]:
    assert eth_ok(_a), _a
assert not eth_ok("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
assert bech_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
assert nric_ok("S1234567D") and luhn("4111 1111 1111 1111") and iban_ok("GB82 WEST 1234 5698 7654 32")
assert verhoeff_raw("2363") and not verhoeff_raw("2364")
assert nif_ok("12345678Z") and aba_ok("011000015")

# ------------------------------------------------------------ warning patterns
CJK = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
IP_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
URL_RE = re.compile(r"https?://\S+|www\.\S+")
DIGITS_RE = re.compile(r"(?<![\w])\d[\d \-]{5,}\d(?![\w])")
DATE_RE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")
MONTHS = ("January February March April June July August September October November December "
          "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
          "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
          "lunes martes miércoles jueves viernes sábado domingo "
          "Januar Februar März Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag "
          "Freitag Samstag Sonntag janvier février mars avril mai juin juillet août septembre octobre "
          "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche "
          "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì "
          "mercoledì giovedì venerdì sabato domenica janeiro fevereiro março maio junho julho "
          "setembro outubro dezembro segunda-feira terça-feira sexta-feira maandag dinsdag woensdag "
          "donderdag vrijdag zaterdag zondag poniedziałek wtorek środa czwartek piątek sobota niedziela "
          "måndag tisdag onsdag torsdag fredag lördag söndag Pazartesi Salı Çarşamba Perşembe Cuma "
          "Cumartesi Pazar Senin Selasa Rabu Kamis Jumat Sabtu Minggu").split()
MONTH_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(m) for m in MONTHS) + r")(?!\w)", re.I)
TITLES = re.compile(r"^(mr|mrs|ms|miss|dr|prof|sir|frau|herr|mme|mlle|m\.|sr|sra|srta|dott|sig|"
                    r"pan|pani|fru|herr|bapak|pak|ibu|bu|san|sama|shri|smt)\b\.?\s", re.I)
PREP = re.compile(r"^(on|at|in|from|until|till|by|am|um|le|el|il|op|om|w|na|kl|pada|ng|sa)\s", re.I)


def s_sub(r, a):
    for s in r["spans"]:
        if s["start"] == a:
            return s.get("subtype")
    return None


def is_word(c):
    return c.isalnum() and not CJK.match(c)


def main():
    path = os.path.join(HERE, "all.jsonl")
    errors, warns = [], []
    seen_ids, seen_text = set(), set()
    stats = Counter()
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            errors.append("line %d: bad json %s" % (n, e))
            continue
        rid = r.get("id")

        def err(msg):
            errors.append("%s: %s" % (rid, msg))

        def warn(msg):
            warns.append("%s: %s" % (rid, msg))

        if set(r) != {"id", "lang", "style", "text", "spans", "lookalikes", "scope"}:
            err("bad keys %s" % sorted(r))
        if rid != "b8pii-%04d" % n or rid in seen_ids:
            err("id out of sequence / duplicate")
        seen_ids.add(rid)
        if r["scope"] != SCOPE:
            err("scope mismatch")
        if not re.fullmatch(r"[a-z]{2}", r["lang"]):
            err("bad lang")
        text = r["text"]
        if text in seen_text:
            err("duplicate text")
        seen_text.add(text)
        if text != text.strip() or not text:
            err("text has outer whitespace / empty")
        if unicodedata.normalize("NFC", text) != text:
            warn("text not NFC")
        items = []
        for s in r["spans"]:
            t = s.get("entity_type")
            if t not in SCOPE:
                err("unknown type %s" % t)
                continue
            if t in SUB:
                if s.get("subtype") not in SUB[t]:
                    err("bad subtype on %s" % t)
            elif "subtype" in s:
                err("subtype on %s" % t)
            items.append(("span", t, s["start"], s["end"]))
        for l in r["lookalikes"]:
            items.append(("look", l["kind"], l["start"], l["end"]))
        items.sort(key=lambda x: (x[2], x[3]))
        prev_end = -1
        for kind, t, a, b in items:
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                err("bad offsets %s %s-%s" % (t, a, b))
                continue
            v = text[a:b]
            if a < prev_end:
                err("overlap at %d (%s %r)" % (a, t, v))
            prev_end = max(prev_end, b)
            if v != v.strip():
                err("%s %r starts/ends with whitespace" % (t, v))
            if v and v[-1] in ",;:!?":
                warn("%s %r ends with punctuation" % (t, v))
            if (a > 0 and is_word(text[a - 1]) and is_word(v[0])) or \
               (b < len(text) and is_word(text[b]) and is_word(v[-1])):
                err("%s %r cuts a word (context %r)" % (t, v, text[max(0, a - 8):b + 8]))
            if kind == "span":
                stats[t] += 1
                chk = CHECKS.get(t)
                if chk and not chk(v):
                    err("%s %r fails checksum/format rule" % (t, v))
                if not fmt_ok(t, v):
                    err("%s %r fails format" % (t, v))
                if t == "PERSON" and TITLES.match(v):
                    err("title inside PERSON %r" % v)
                if t in ("DATE_TIME", "LOCATION") and PREP.match(v) and s_sub(r, a) != "relative":
                    warn("%s %r starts with a preposition/article" % (t, v))
            else:
                stats["look:" + t] += 1
                chk = INVALID_KIND.get(t)
                if chk and chk(v):
                    err("look-alike %s %r passes its checksum" % (t, v))
                if not re.fullmatch(r"[a-z0-9_]+", t):
                    err("bad look-alike kind %r" % t)
        covered = [(a, b) for _, _, a, b in items]

        def outside(m):
            return all(m.end() <= a or m.start() >= b for a, b in covered)

        for rx, label in ((EMAIL_RE, "email"), (IP_RE, "IP"), (URL_RE, "URL"),
                          (DIGITS_RE, "digit run"), (DATE_RE, "date-like"), (MONTH_RE, "weekday/month")):
            for m in rx.finditer(text):
                if outside(m):
                    if label == "digit run" and len(re.sub(r"\D", "", m.group())) < 7:
                        continue
                    warn("unlabelled %s %r" % (label, m.group()))
        names = set()
        for kind, t, a, b in items:
            if kind == "span" and t == "PERSON":
                for w in re.findall(r"[^\W\d_]{3,}", text[a:b]):
                    if w[0].isupper():
                        names.add(w)
        for w in names:
            for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(w), text):
                if outside(m):
                    warn("name %r recurs unlabelled at %d" % (w, m.start()))
    for w in warns:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("checked %d messages: %d spans, %d look-alikes; %d errors, %d warnings" % (
        len(lines), sum(v for k, v in stats.items() if not k.startswith("look:")),
        sum(v for k, v in stats.items() if k.startswith("look:")), len(errors), len(warns)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
