#!/usr/bin/env python3
"""Independent checks for all.jsonl (does not import gen.py)."""
import hashlib, ipaddress, json, re, sys, datetime
from collections import Counter

SCOPE = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
         "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "UK_NHS", "UK_NINO",
         "LOCATION", "DATE_TIME", "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN",
         "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"}
SUBTYPES = {"LOCATION": {"address", "city", "region", "country"},
            "DATE_TIME": {"dob", "date", "time", "relative", "datetime", "timestamp"}}
TITLES_PRE = {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "frau", "herr", "sra", "sr",
              "srta", "señor", "señora", "mme", "mlle", "m", "monsieur", "madame", "dott", "dottssa", "dott.ssa",
              "sig", "sig.ra", "signor", "signora", "pan", "pani", "dhr", "mevr", "bapak", "pak", "ibu", "bu",
              "ông", "bà", "chị", "anh", "em", "shri", "smt", "sri", "kumari", "fru", "herr", "hr", "doc",
              "doctor", "professor", "lord", "lady", "rev", "fr", "hon", "dipl", "ing", "mag", "st"}
TITLES_POST = {"ji", "bey", "hanım", "hanim", "san", "sahib", "saab", "sahab", "jr", "sr", "phd", "md", "esq"}


def digits(s):
    return re.sub(r"\D", "", s)


def luhn(s):
    d = digits(s)
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, ch in enumerate(d[::-1]):
        x = int(ch)
        if i % 2:
            x = x * 2
            x = x - 9 if x > 9 else x
        tot += x
    return tot % 10 == 0


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "GB": 22, "IE": 22, "PT": 25,
            "BE": 16, "SE": 24, "TR": 26, "CH": 21, "AT": 20}


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_valid(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def nhs_valid(s):
    if not re.fullmatch(r"\d{3}[ -]?\d{3}[ -]?\d{4}", s):
        return False
    d = [int(c) for c in digits(s)]
    r = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == d[9]


_M = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,7,8,6,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]


def aadhaar_valid(s):
    if not re.fullmatch(r"[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}", s):
        return False
    c = 0
    for i, ch in enumerate(digits(s)[::-1]):
        c = _M[c][_P[i % 8][int(ch)]]
    return c == 0


def pesel_valid(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    if (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 != int(s[10]):
        return False
    yy, mm, dd = int(s[:2]), int(s[2:4]), int(s[4:6])
    century = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 8: 1800, 9: 1800}.get(mm // 10)
    if century is None:
        return False
    try:
        datetime.date(century + yy, mm % 20, dd)
    except ValueError:
        return False
    return True


NIF = "TRWAGMYFPDXBNJZSQVHLCKE"


def nif_valid(s):
    s = s.replace("-", "").upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", s)
    if m:
        return NIF[int(m.group(1)) % 23] == m.group(2)
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", s)
    if m:
        return NIF[int("XYZ".index(m.group(1)).__str__() + m.group(2)) % 23] == m.group(3)
    return False


_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_valid(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    tot = 0
    for i, c in enumerate(s[:15]):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _ODD[v] if i % 2 == 0 else v
    dd = int(s[9:11])
    if not (1 <= dd <= 31 or 41 <= dd <= 71):
        return False
    return chr(65 + tot % 26) == s[15]


def tfn_valid(s):
    d = digits(s)
    if len(d) != 9 or not re.fullmatch(r"\d{3}[ -]?\d{3}[ -]?\d{3}", s):
        return False
    w = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def nric_valid(s):
    m = re.fullmatch(r"([STFGM])(\d{7})([A-Z])", s.upper())
    if not m:
        return False
    p, n, c = m.groups()
    t = sum(int(a) * b for a, b in zip(n, (2, 7, 6, 5, 4, 3, 2)))
    if p in "TG":
        t += 4
    if p in "ST":
        return "JZIHGFEDCBA"[t % 11] == c
    if p in "FG":
        return "XWUTRQPNMLK"[t % 11] == c
    return False


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58_valid(s):
    if not re.fullmatch(r"[13][1-9A-HJ-NP-Za-km-z]{25,34}", s):
        return False
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def bech_valid(s):
    s = s.lower()
    if not s.startswith("bc1"):
        return False
    data = [_BECH.find(c) for c in s[3:]]
    if -1 in data or len(data) < 7:
        return False
    hrp = [ord(x) >> 5 for x in "bc"] + [0] + [ord(x) & 31 for x in "bc"]
    chk = 1
    G = (0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3)
    for v in hrp + data:
        top = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= G[i] if (top >> i) & 1 else 0
    return chk == 1


def crypto_valid(s):
    return b58_valid(s) or bech_valid(s) or bool(re.fullmatch(r"0x[0-9a-fA-F]{40}", s))


def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def itin_valid(s):
    m = re.fullmatch(r"9(\d{2})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    g = int(m.group(3))
    return (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99)


def nino_valid(s):
    t = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", t)
    if not m:
        return False
    a, b = m.groups()
    if a in "DFIQUV" or b in "DFIQUVO" or a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return False
    return True


DL_PATTERNS = [r"[A-Z]\d{7}", r"\d{8}", r"\d{9}", r"[A-Z]\d{12}", r"[A-Z]\d{11}", r"[A-Z]\d{14}",
               r"WDL[A-Z0-9]{9}", r"[A-Z]{2}\d{6}", r"S\d{8}", r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d"]

CHECKS = {
    "CREDIT_CARD": lambda s: bool(re.fullmatch(r"\d[\d -]+\d", s)) and luhn(s),
    "IBAN_CODE": iban_valid,
    "ABA_ROUTING_NUMBER": aba_valid,
    "UK_NHS": nhs_valid,
    "IN_AADHAAR": aadhaar_valid,
    "PL_PESEL": pesel_valid,
    "ES_NIF": nif_valid,
    "IT_FISCAL_CODE": cf_valid,
    "AU_TFN": tfn_valid,
    "SG_NRIC_FIN": nric_valid,
    "CRYPTO": crypto_valid,
    "US_SSN": ssn_valid,
    "US_ITIN": itin_valid,
    "UK_NINO": nino_valid,
    "US_PASSPORT": lambda s: bool(re.fullmatch(r"\d{9}|[A-Z]\d{8}", s)),
    "US_DRIVER_LICENSE": lambda s: any(re.fullmatch(p, s) for p in DL_PATTERNS),
    "US_BANK_NUMBER": lambda s: bool(re.fullmatch(r"\d{8,17}", s)),
    "IN_PAN": lambda s: bool(re.fullmatch(r"[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]", s)),
    "EMAIL_ADDRESS": lambda s: bool(re.fullmatch(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", s)),
    "MAC_ADDRESS": lambda s: bool(re.fullmatch(r"([0-9A-Fa-f]{2}([:-]))([0-9A-Fa-f]{2}\2){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}", s)),
    "PHONE_NUMBER": lambda s: 7 <= len(digits(s)) <= 15 and bool(re.fullmatch(r"[+(]?[\d][\d ().\-/]*\d(\s?(ext\.?|x)\s?\d+)?", s)),
    "URL": lambda s: bool(re.fullmatch(r"(https?://|ftp://|www\.)\S+|[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:\d+)?(/\S*)?", s)) and not s.endswith((".", ",", ")")),
    "PERSON": lambda s: not re.search(r"[\d@:]", s),
}


def ip_valid(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


CHECKS["IP_ADDRESS"] = ip_valid

INVALID = {
    "invalid_card": lambda s: re.fullmatch(r"\d[\d -]+\d", s) and 13 <= len(digits(s)) <= 19 and not luhn(s),
    "invalid_iban": lambda s: re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", s) and not iban_valid(s),
    "invalid_ssn": lambda s: re.fullmatch(r"\d{3}-\d{2}-\d{4}", s) and not ssn_valid(s),
    "invalid_aba": lambda s: re.fullmatch(r"\d{9}", s) and not aba_valid(s),
    "invalid_nhs": lambda s: re.fullmatch(r"\d{3} ?\d{3} ?\d{4}", s) and not nhs_valid(s),
}

WARN_PATTERNS = [
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.]*\d)")),
    ("url", re.compile(r"https?://\S+|www\.\S+|\b[a-z0-9-]+\.(com|org|net|io|de|fr|es|it|nl|pl|se|tr|in|id|vn|uk|co|app|dev)/\S*")),
    ("digits", re.compile(r"\d{8,}")),
    ("digit_groups", re.compile(r"\b\d{3,5}([ -]\d{3,5}){2,}\b")),
    ("mac", re.compile(r"\b[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}\b")),
]


def main(path="all.jsonl"):
    errors, warns = [], []
    ids = set()
    n = 0
    empty = 0
    stats = Counter()
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        o = json.loads(line)
        n += 1
        rid = o.get("id")
        E = lambda msg: errors.append("%s: %s" % (rid, msg))
        W = lambda msg: warns.append("%s: %s" % (rid, msg))
        for k in ("id", "lang", "style", "text", "spans", "lookalikes", "scope"):
            if k not in o:
                E("missing key " + k)
        if rid in ids:
            E("duplicate id")
        ids.add(rid)
        if set(o["scope"]) != SCOPE or len(o["scope"]) != 26:
            E("scope wrong")
        t = o["text"]
        if not t.strip():
            E("empty text")
        nlines = t.count("\n") + 1
        if nlines > 12:
            E("too many lines (%d)" % nlines)
        for bad in (r"\[\[[A-Z_]+[:|]", r"\{\{[a-z_]+\|", r"@gen:", r"\|@?[a-z]+\]\]"):
            if re.search(bad, t):
                W("markup residue %r" % bad)
        if not o["spans"]:
            empty += 1
        allr = []
        for s in o["spans"]:
            et, a, b = s["entity_type"], s["start"], s["end"]
            if et not in SCOPE:
                E("bad type " + et)
            if not (0 <= a < b <= len(t)):
                E("offset out of range %s" % s); continue
            v = t[a:b]
            stats[et] += 1
            if v != v.strip():
                E("whitespace at edge %s %r" % (et, v))
            if a > 0 and t[a - 1].isalnum() and v[0].isalnum():
                E("span cuts word at start %s %r" % (et, v))
            if b < len(t) and t[b].isalnum() and v[-1].isalnum():
                E("span cuts word at end %s %r" % (et, v))
            if et in SUBTYPES:
                if s.get("subtype") not in SUBTYPES[et]:
                    E("bad subtype %s %r" % (et, s.get("subtype")))
            elif "subtype" in s:
                E("subtype on %s" % et)
            if et == "PERSON":
                toks = v.split()
                if toks[0].lower().rstrip(".") in TITLES_PRE or toks[0].lower() in TITLES_PRE:
                    E("title inside PERSON %r" % v)
                if len(toks) > 1 and toks[-1].lower().rstrip(".") in TITLES_POST:
                    E("title suffix inside PERSON %r" % v)
                if v.endswith("'s") or v.endswith("’s"):
                    E("possessive inside PERSON %r" % v)
            chk = CHECKS.get(et)
            if chk and not chk(v):
                E("checksum/format fails %s %r" % (et, v))
            if et == "US_BANK_NUMBER":
                ctx = t[max(0, a - 60):a].lower()
                if not re.search(r"account|acct|a/c|konto|cuenta|conta|rekening|compte|checking|savings|deposit", ctx):
                    W("bank number without account keyword %r" % v)
            allr.append((a, b, et, v))
        for l in o["lookalikes"]:
            a, b = l["start"], l["end"]
            if not (0 <= a < b <= len(t)):
                E("lookalike out of range %s" % l); continue
            v = t[a:b]
            if v != v.strip():
                E("lookalike whitespace %r" % v)
            f = INVALID.get(l["kind"])
            if f and not f(v):
                E("%s does not fail as required %r" % (l["kind"], v))
            if l["kind"].startswith("invalid_") and not f:
                E("no checker for %s" % l["kind"])
            if not l["kind"].startswith("invalid_"):
                dd = digits(v)
                if re.fullmatch(r"[\d -]+", v) and 13 <= len(dd) <= 19 and luhn(v):
                    W("look-alike %s %r accidentally passes Luhn" % (l["kind"], v))
                if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", v) and iban_valid(v):
                    W("look-alike %s %r accidentally passes IBAN check" % (l["kind"], v))
                if re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and ssn_valid(v):
                    W("look-alike %s %r is a valid-looking SSN" % (l["kind"], v))
            allr.append((a, b, "LOOK:" + l["kind"], v))
        allr.sort()
        for x, y in zip(allr, allr[1:]):
            if y[0] < x[1]:
                E("overlap %r / %r" % (x[3], y[3]))
        for name, pat in WARN_PATTERNS:
            for m in pat.finditer(t):
                if not any(a < m.end() and m.start() < b for a, b, _, _ in allr):
                    W("unlabelled %s %r" % (name, m.group(0)))
    for e in errors:
        print("ERROR", e)
    for w in warns:
        print("WARN ", w)
    print("messages=%d errors=%d warnings=%d no-span messages=%d (%.1f%%)" % (n, len(errors), len(warns), empty, 100.0 * empty / max(n, 1)))
    return 1 if errors or warns else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
