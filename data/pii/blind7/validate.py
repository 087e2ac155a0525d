#!/usr/bin/env python3
"""Independent validator for all.jsonl (does not import gen.py)."""
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SCOPE = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
         "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "UK_NHS", "UK_NINO",
         "LOCATION", "DATE_TIME", "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN",
         "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"]
SUBTYPES = {"LOCATION": {"address", "city", "region", "country"},
            "DATE_TIME": {"dob", "date", "time", "relative", "datetime", "timestamp"}}
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "herr", "frau",
          "sr", "sra", "srta", "don", "doña", "dona", "ing", "mme", "mlle", "sig", "sig.ra", "dott",
          "dott.ssa", "pan", "pani", "shri", "smt", "bapak", "pak", "bu", "ibu", "gng",
          "meneer", "mevrouw", "dhr", "mevr", "fru", "herr", "bay", "bayan", "rev", "fr", "capt",
          "officer", "nurse", "judge", "mag", "mgr", "eng", "hr", "signor", "signora", "monsieur",
          "madame", "señor", "señora", "senhor", "senhora", "ji", "san", "sama", "kun", "chan", "bey",
          "hanım", "hanim", "mevrouw", "doctor", "professor", "dra", "doutor", "doutora", "mister", "aunty",
          "auntie", "uncle", "tita", "tito", "mbak", "mas", "coach", "ma'am", "bhai", "didi", "abi", "aling",
          "mang", "kuya", "ate", "ingeniero", "ingeniera", "rechtsanwältin", "mme.", "sri"}
KINSHIP = {"mum", "mom", "mummy", "mommy", "dad", "daddy", "nan", "nana", "gran", "granny", "grandma", "grandpa",
           "oma", "opa", "papa", "mama", "papi", "mamie", "nonna", "nonno", "abuela", "abuelo", "didi", "bhai",
           "aunty", "auntie", "uncle", "tita", "tito", "lola", "lolo", "beh", "bro", "sis"}


# ---------------- checksum helpers ----------------

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "BE": 16, "CH": 21,
            "AT": 20, "PT": 25, "SE": 24, "IE": 22}


def iban_ok(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t):
        return False
    if IBAN_LEN.get(t[:2]) != len(t):
        return False
    r = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(x) for x in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def nhs_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{10}", d):
        return False
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def aadhaar_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"[2-9]\d{11}", d):
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    mm = int(s[2:4]) % 20
    dd = int(s[4:6])
    return c == int(s[10]) and 1 <= mm <= 12 and 1 <= dd <= 31


def nif_ok(s):
    t = s.replace("-", "").upper()
    L = "TRWAGMYFPDXBNJZSQVHLCKE"
    m = re.fullmatch(r"(\d{8})([A-Z])", t)
    if m:
        return L[int(m.group(1)) % 23] == m.group(2)
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", t)
    if m:
        return L[int(str("XYZ".index(m.group(1))) + m.group(2)) % 23] == m.group(3)
    return False


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_ok(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    tot = 0
    for i, ch in enumerate(s[:15]):
        tot += CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    dd = int(s[9:11])
    return chr(65 + tot % 26) == s[15] and (1 <= dd <= 31 or 41 <= dd <= 71)


def tfn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def nric_ok(s):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s)
    if not m:
        return False
    p, n, c = m.groups()
    tot = sum(int(a) * b for a, b in zip(n, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    table = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    return table[tot % 11] == c


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def itin_ok(s):
    m = re.fullmatch(r"9(\d{2})([- ]?)(\d{2})\2(\d{4})", s)
    return bool(m) and 70 <= int(m.group(3)) <= 88


def nino_ok(s):
    t = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", t)
    if not m:
        return False
    a, b = m.groups()
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def pan_ok(s):
    return bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", s))


def passport_ok(s):
    return bool(re.fullmatch(r"\d{9}|[A-Z]\d{8}", s))


def dl_ok(s):
    pats = [r"[A-Z]\d{7}", r"\d{3} \d{3} \d{3}", r"\d{9}", r"\d{8}", r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d",
            r"[A-Z]\d{3}-\d{4}-\d{4}", r"WDL[A-Z0-9]{9}", r"\d{2} \d{3} \d{3}", r"[A-Z]\d{14}", r"[A-Z]\d{12}"]
    return any(re.fullmatch(p, s) for p in pats)


def bank_ok(s):
    return bool(re.fullmatch(r"\d{8,17}", s))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58_ok(s):
    if not s or any(c not in B58 for c in s):
        return False
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(s) - len(s.lstrip("1"))) + raw
    if len(raw) != 25 or raw[0] not in (0, 5):
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_ok(s):
    s = s.lower()
    if not s.startswith("bc1"):
        return False
    data = [BECH.find(c) for c in s[3:]]
    if -1 in data or len(data) < 7:
        return False
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in [ord(x) >> 5 for x in "bc"] + [0] + [ord(x) & 31 for x in "bc"] + data:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk == 1


def _rol(a, n):
    n %= 64
    return ((a >> (64 - n)) | (a << n)) & 0xFFFFFFFFFFFFFFFF if n else a


def keccak256(msg):
    rate = 136
    m = bytearray(msg) + b"\x01"
    while len(m) % rate:
        m.append(0)
    m[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(m), rate):
        for i in range(rate // 8):
            A[i % 5][i // 5] ^= int.from_bytes(m[off + 8 * i:off + 8 * i + 8], "little")
        rr = 1
        for _ in range(24):
            C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
            D = [C[(x + 4) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
            A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
            x, y = 1, 0
            cur = A[x][y]
            for t in range(24):
                x, y = y, (2 * x + 3 * y) % 5
                cur, A[x][y] = A[x][y], _rol(cur, (t + 1) * (t + 2) // 2)
            for y in range(5):
                T = [A[x][y] for x in range(5)]
                for x in range(5):
                    A[x][y] = T[x] ^ ((~T[(x + 1) % 5]) & T[(x + 2) % 5])
            for j in range(7):
                rr = ((rr << 1) ^ ((rr >> 7) * 0x71)) % 256
                if rr & 2:
                    A[0][0] ^= 1 << ((1 << j) - 1)
    return b"".join(A[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eth_ok(s):
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", s):
        return False
    a = s[2:]
    if a == a.lower() or a == a.upper():
        return True
    h = keccak256(a.lower().encode()).hex()
    return all((c.upper() if int(h[i], 16) >= 8 else c.lower()) == c for i, c in enumerate(a) if c.isalpha())


def crypto_ok(s):
    if s.startswith("0x"):
        return eth_ok(s)
    if s.lower().startswith("bc1"):
        return bech32_ok(s)
    return b58_ok(s)


CHECKS = {"CREDIT_CARD": card_ok, "IBAN_CODE": iban_ok, "ABA_ROUTING_NUMBER": aba_ok, "UK_NHS": nhs_ok,
          "IN_AADHAAR": aadhaar_ok, "PL_PESEL": pesel_ok, "ES_NIF": nif_ok, "IT_FISCAL_CODE": cf_ok,
          "AU_TFN": tfn_ok, "SG_NRIC_FIN": nric_ok, "US_SSN": ssn_ok, "US_ITIN": itin_ok,
          "UK_NINO": nino_ok, "IN_PAN": pan_ok, "US_PASSPORT": passport_ok, "US_DRIVER_LICENSE": dl_ok,
          "US_BANK_NUMBER": bank_ok, "CRYPTO": crypto_ok}
INVALID = {"invalid_card": card_ok, "invalid_iban": iban_ok, "invalid_ssn": ssn_ok}

RE_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}")
RE_IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RE_URL = re.compile(r"https?://\S+|www\.\S+|\b[a-z0-9-]+\.(com|org|net|io|de|fr|es|it|nl|pl|in|co|uk|sg|au|jp|id|ph|tr|se|pt|br)/\S*")
RE_DIGITS = re.compile(r"(?<![\w])\d[\d -]{7,}\d(?![\w])")
RE_DATEWORD = re.compile(r"(?i)(?<!\w)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|january|february|march|april|june|july|august|september|october|november|december|yesterday|today|tomorrow|tonight|tmrw|last night|next week|next month|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|gestern|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|ayer|hoy|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani|ieri|oggi|amanhã|ontem|hoje|morgen|gisteren|vandaag|jutro|wczoraj|dzisiaj|besok|kemarin|bukas|kahapon|yarın|dün|bugün|imorgon|idag|igår|明日|昨日|今日)(?!\w)")
RE_ISO = re.compile(r"\b(19|20)\d\d-[01]\d-[0-3]\d\b")


def is_cjk(ch):
    if not ch:
        return False
    n = unicodedata.name(ch, "")
    return any(k in n for k in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "DEVANAGARI", "FULLWIDTH"))


def main():
    errors, warnings = [], []
    counts, subcounts, lcounts, langs, styles = Counter(), Counter(), Counter(), Counter(), Counter()
    ids = set()
    empty = 0
    recs = [json.loads(l) for l in open(os.path.join(HERE, "all.jsonl"), encoding="utf-8")]
    for r in recs:
        rid = r["id"]
        E = lambda m: errors.append("%s: %s" % (rid, m))
        W = lambda m: warnings.append("%s: %s" % (rid, m))
        if set(r) != {"id", "lang", "style", "text", "spans", "lookalikes", "scope"}:
            E("bad keys %s" % sorted(r))
        if rid in ids:
            E("duplicate id")
        ids.add(rid)
        if r["scope"] != SCOPE:
            E("scope mismatch")
        t = r["text"]
        langs[r["lang"]] += 1
        styles[r["style"]] += 1
        if not r["spans"]:
            empty += 1
            if not r["lookalikes"]:
                E("message with neither spans nor look-alikes")
        intervals = []
        for s in r["spans"]:
            et, a, b = s["entity_type"], s["start"], s["end"]
            if et not in SCOPE:
                E("unknown type %s" % et)
                continue
            if not (0 <= a < b <= len(t)):
                E("bad offsets %s" % s)
                continue
            v = t[a:b]
            sub = s.get("subtype")
            if et in SUBTYPES:
                if sub not in SUBTYPES[et]:
                    E("bad subtype %s for %s" % (sub, et))
            elif sub is not None:
                E("unexpected subtype on %s" % et)
            counts[et] += 1
            if sub:
                subcounts[(et, sub)] += 1
            if v != v.strip():
                E("span on whitespace %r" % v)
            if a > 0 and t[a - 1].isalnum() and v[0].isalnum() and not (is_cjk(t[a - 1]) or is_cjk(v[0])):
                E("span cuts word at start %r" % t[max(0, a - 5):b])
            if b < len(t) and t[b].isalnum() and v[-1].isalnum() and not (is_cjk(t[b]) or is_cjk(v[-1])):
                E("span cuts word at end %r" % t[a:b + 5])
            if et == "PERSON":
                first = re.split(r"[\s]", v)[0].lower().rstrip(".")
                if first in TITLES and len(v.split()) > 1:
                    E("title inside PERSON %r" % v)
                if v.lower() in KINSHIP:
                    E("kinship word labelled PERSON %r" % v)
                if any(c.isdigit() for c in v) or "@" in v:
                    E("odd PERSON %r" % v)
            if et in CHECKS and not CHECKS[et](v):
                E("checksum/format fails for %s %r" % (et, v))
            if et == "EMAIL_ADDRESS" and not RE_EMAIL.fullmatch(v):
                E("bad email %r" % v)
            if et == "IP_ADDRESS":
                m = RE_IPV4.fullmatch(v)
                if m and any(int(x) > 255 for x in m.groups()):
                    E("bad ipv4 %r" % v)
                if not m and ":" not in v:
                    E("bad ip %r" % v)
            if et == "MAC_ADDRESS" and not re.fullmatch(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}", v):
                E("bad mac %r" % v)
            intervals.append((a, b, "span", et))
        for l in r["lookalikes"]:
            a, b = l["start"], l["end"]
            if not (0 <= a < b <= len(t)):
                E("bad lookalike offsets %s" % l)
                continue
            v = t[a:b]
            lcounts[l["kind"]] += 1
            if v != v.strip():
                E("lookalike on whitespace %r" % v)
            if l["kind"] in INVALID and INVALID[l["kind"]](v):
                E("%s is actually valid %r" % (l["kind"], v))
            if l["kind"] == "invalid_ssn" and itin_ok(v):
                E("invalid_ssn is a valid ITIN %r" % v)
            intervals.append((a, b, "look", l["kind"]))
        intervals.sort()
        for i in range(1, len(intervals)):
            if intervals[i][0] < intervals[i - 1][1]:
                E("overlap %s / %s" % (intervals[i - 1], intervals[i]))

        def covered(a, b, kinds=("span", "look")):
            return any(x <= a and b <= y and k in kinds for x, y, k, _ in intervals)

        def touched(a, b):
            return any(a < y and x < b for x, y, k, _ in intervals)

        for m in RE_EMAIL.finditer(t):
            if not touched(m.start(), m.end()):
                W("unlabelled email %r" % m.group())
        for m in RE_IPV4.finditer(t):
            if not touched(m.start(), m.end()):
                W("unlabelled IPv4-like %r" % m.group())
        for m in RE_URL.finditer(t):
            if not touched(m.start(), m.end()):
                W("unlabelled URL %r" % m.group())
        for m in RE_DIGITS.finditer(t):
            if sum(c.isdigit() for c in m.group()) >= 8 and not touched(m.start(), m.end()):
                W("unlabelled long digit string %r" % m.group())
        for m in RE_ISO.finditer(t):
            if not touched(m.start(), m.end()):
                W("unlabelled ISO-like date %r" % m.group())
        for m in RE_DATEWORD.finditer(t):
            if not touched(m.start(), m.end()):
                W("unlabelled date/time word %r" % m.group())
        # names reoccurring unlabelled
        person_iv = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == "PERSON"]
        toks = set()
        for a, b in person_iv:
            for tok in re.findall(r"\w+", t[a:b]):
                if len(tok) >= 3 and tok[0].isupper() and tok.lower() not in {"van", "von", "der", "den", "del", "bin", "binti", "de", "da", "dos", "la"}:
                    toks.add(tok)
            toks.add(t[a:b])
        for tok in toks:
            for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(tok), t):
                if not touched(m.start(), m.end()):
                    W("name %r reoccurs unlabelled at %d" % (tok, m.start()))
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("WARN ", w)
    if "-q" not in sys.argv:
        n = len(recs)
        print("messages %d  spans %d  lookalikes %d  no-PII messages %d (%.1f%%)" % (
            n, sum(counts.values()), sum(lcounts.values()), empty, 100.0 * empty / max(n, 1)))
        print("non-English messages: %d (%.1f%%)" % (n - langs["en"], 100.0 * (n - langs["en"]) / max(n, 1)))
        tot = sum(counts.values())
        for et in SCOPE:
            print("  %-20s %5d  %5.1f%%" % (et, counts[et], 100.0 * counts[et] / max(tot, 1)))
        for (et, sub), c in sorted(subcounts.items()):
            print("    %s:%s %d" % (et, sub, c))
        print("langs", dict(langs.most_common()))
        print("styles", dict(styles.most_common()))
        print("lookalikes", dict(lcounts.most_common()))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
