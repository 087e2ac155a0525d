#!/usr/bin/env python3
"""Validate all.jsonl: offsets, overlaps, whitespace, PERSON titles, and
re-validate every checksummed identifier from the final text (independent
re-implementation of the checks, not calling gen.py)."""
import collections
import hashlib
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCOPE = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
         "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "UK_NHS", "UK_NINO",
         "LOCATION", "DATE_TIME", "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN",
         "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"]

errors, warnings = [], []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def norm(v):
    return re.sub(r"[\s\-.]", "", v)

# ------------------------------------------------------------ validators

def luhn_ok(v):
    d = norm(v)
    if not d.isdigit() or not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


IBAN_LEN = {"DE": 22, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "PT": 25,
            "SE": 24, "TR": 26, "BE": 16, "CH": 21, "AT": 20, "DK": 18, "NO": 15, "FI": 18, "LU": 20}


def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_ok(v):
    d = norm(v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    if not (1 <= int(d[:2]) <= 12 or 21 <= int(d[:2]) <= 32 or 61 <= int(d[:2]) <= 72 or d[:2] == "80"):
        return False
    return sum(int(c) * w for c, w in zip(d, [3, 7, 1] * 3)) % 10 == 0


def nhs_ok(v):
    d = norm(v)
    if not re.fullmatch(r"\d{10}", d):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def aadhaar_ok(v):
    d = norm(v)
    if not re.fullmatch(r"[2-9]\d{11}", d):
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def pesel_ok(v):
    d = norm(v)
    if not re.fullmatch(r"\d{11}", d):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    if sum(int(a) * b for a, b in zip(d, w)) % 10 != 0:
        return False
    mm, dd = int(d[2:4]) % 20, int(d[4:6])
    return 1 <= mm <= 12 and 1 <= dd <= 31


def nif_ok(v):
    s = norm(v).upper()
    L = "TRWAGMYFPDXBNJZSQVHLCKE"
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    p, n, c = m.groups()
    if p:
        if len(n) != 7:
            return False
        n = str("XYZ".index(p)) + n
    elif len(n) != 8:
        return False
    return L[int(n) % 23] == c


ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                12, 14, 16, 10, 22, 25, 24, 23]))


def cf_ok(v):
    s = v.upper()
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    t = 0
    for i, ch in enumerate(s[:15]):
        t += ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    day = int(s[9:11])
    return chr(65 + t % 26) == s[15] and (1 <= day <= 31 or 41 <= day <= 71)


def tfn_ok(v):
    d = norm(v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nric_ok(v):
    s = v.upper()
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s)
    if not m:
        return False
    p, d, c = m.groups()
    t = sum(int(a) * b for a, b in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    tab = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    return tab[t % 11] == c


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and s != "0000"


def itin_ok(v):
    m = re.fullmatch(r"(9\d{2})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    g = int(m.group(2))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def nino_ok(v):
    s = re.sub(r"\s", "", v).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", s)
    if not m:
        return False
    a, b = m.groups()
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58_ok(s):
    if not re.fullmatch("[%s]{25,35}" % B58, s) or s[0] not in "13":
        return False
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else None
    if raw is None:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def bech32_ok(s):
    CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    if s.lower() != s or not s.startswith("bc1"):
        return False
    data = [CH.find(c) for c in s[3:]]
    if -1 in data or len(data) < 7:
        return False
    hrp = [ord(x) >> 5 for x in "bc"] + [0] + [ord(x) & 31 for x in "bc"]
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in hrp + data:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= g[i] if ((b >> i) & 1) else 0
    return chk == 1


def keccak256(data):
    RC = [0x1, 0x8082, 0x800000000000808A, 0x8000000080008000, 0x808B, 0x80000001, 0x8000000080008081,
          0x8000000000008009, 0x8A, 0x88, 0x80008009, 0x8000000A, 0x8000808B, 0x800000000000008B,
          0x8000000000008089, 0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x800A,
          0x800000008000000A, 0x8000000080008081, 0x8000000000008080, 0x80000001, 0x8000000080008008]
    ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14]
    M = (1 << 64) - 1
    rol = lambda x, n: ((x << n) | (x >> (64 - n))) & M if n else x  # noqa: E731
    msg = bytearray(data) + b"\x01"
    while len(msg) % 136:
        msg += b"\0"
    msg[-1] |= 0x80
    st = [0] * 25  # index x + 5y
    for o in range(0, len(msg), 136):
        for i in range(17):
            st[i] ^= int.from_bytes(msg[o + 8 * i:o + 8 * i + 8], "little")
        for rc in RC:
            C = [st[x] ^ st[x + 5] ^ st[x + 10] ^ st[x + 15] ^ st[x + 20] for x in range(5)]
            for x in range(5):
                dd = C[(x - 1) % 5] ^ rol(C[(x + 1) % 5], 1)
                for y in range(5):
                    st[x + 5 * y] ^= dd
            B = [0] * 25
            for x in range(5):
                for y in range(5):
                    B[y + 5 * ((2 * x + 3 * y) % 5)] = rol(st[x + 5 * y], ROT[x + 5 * y])
            st2 = [0] * 25
            for x in range(5):
                for y in range(5):
                    st2[x + 5 * y] = B[x + 5 * y] ^ ((~B[(x + 1) % 5 + 5 * y]) & B[(x + 2) % 5 + 5 * y])
            st = st2
            st[0] ^= rc
    return b"".join(st[i].to_bytes(8, "little") for i in range(4))


def eth_ok(s):
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", s):
        return False
    a = s[2:]
    if a == a.lower() or a == a.upper():
        return True
    h = keccak256(a.lower().encode()).hex()
    return all((c.upper() if int(h[i], 16) >= 8 else c.lower()) == c for i, c in enumerate(a) if c.isalpha())


def crypto_ok(v):
    return b58_ok(v) or bech32_ok(v) or eth_ok(v)


CHECKS = {"CREDIT_CARD": luhn_ok, "IBAN_CODE": iban_ok, "ABA_ROUTING_NUMBER": aba_ok, "UK_NHS": nhs_ok,
          "IN_AADHAAR": aadhaar_ok, "PL_PESEL": pesel_ok, "ES_NIF": nif_ok, "IT_FISCAL_CODE": cf_ok,
          "AU_TFN": tfn_ok, "SG_NRIC_FIN": nric_ok, "US_SSN": ssn_ok, "US_ITIN": itin_ok, "UK_NINO": nino_ok,
          "CRYPTO": crypto_ok}
# look-alike kinds that must FAIL the corresponding checksum
INVALID_KINDS = {"invalid_credit_card": luhn_ok, "invalid_iban": iban_ok, "invalid_aba": aba_ok,
                 "invalid_nhs": nhs_ok, "invalid_aadhaar": aadhaar_ok, "invalid_pesel": pesel_ok,
                 "invalid_nif": nif_ok, "invalid_fiscal_code": cf_ok, "invalid_tfn": tfn_ok,
                 "invalid_nric": nric_ok, "invalid_ssn": ssn_ok}
FORMAT = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "MAC_ADDRESS": re.compile(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|([0-9a-fA-F]{4}\.){2}[0-9a-fA-F]{4}"),
    "IN_PAN": re.compile(r"[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]"),
    "US_PASSPORT": re.compile(r"[A-Z]?\d{8,9}"),
    "US_BANK_NUMBER": re.compile(r"\d{8,17}"),
    "URL": re.compile(r"(https?://|www\.)\S+|[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?", re.I),
    "PHONE_NUMBER": re.compile(r"[+(]?[\d][\d ()./-]{5,}\d(\s?(ext\.?|x)\s?\d+)?", re.I),
}
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "herr", "frau", "sr", "sra",
          "srta", "señor", "señora", "don", "doña", "m", "mme", "mlle", "dott", "dott.ssa", "dottssa", "sig",
          "sig.ra", "signor", "signora", "pan", "pani", "dhr", "mevr", "mw", "hr", "fru", "bay", "bayan",
          "shri", "smt", "sri", "rev", "fr", "capt", "eng", "ing", "avv", "mag", "st", "saint"}
SUFFIX_TITLES = {"bey", "hanım", "hanim", "ji", "sahab", "saab", "madam", "sir"}


def check_person(rid, v):
    toks = v.split()
    first = toks[0].lower().rstrip(".")
    if first in TITLES and len(toks) > 1:
        err(rid, "PERSON span starts with title: %r" % v)
    if toks[-1].lower() in SUFFIX_TITLES and len(toks) > 1:
        err(rid, "PERSON span ends with honorific: %r" % v)
    if re.search(r"[\d@_]", v):
        err(rid, "PERSON span has digits/@/_: %r" % v)


def main():
    path = os.path.join(HERE, "all.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    cnt, lcnt, langs, styles = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    no_pii, seen = 0, {}
    checked = collections.Counter()
    for r in rows:
        rid, t = r["id"], r["text"]
        langs[r["lang"]] += 1
        styles[r["style"]] += 1
        if set(r.keys()) < {"text", "spans", "lookalikes", "scope"}:
            err(rid, "missing keys")
        if r["scope"] != SCOPE:
            err(rid, "scope mismatch")
        if t in seen:
            err(rid, "duplicate text of " + seen[t])
        seen[t] = rid
        for bad in ("[[", "{{", "|]]", "@gen", "@@"):
            if bad in t:
                warnings.append("%s: leftover markup-like %r" % (rid, bad))
        if not r["spans"]:
            no_pii += 1
        allsp = [(s["start"], s["end"], "S:" + s["entity_type"]) for s in r["spans"]] + \
                [(s["start"], s["end"], "L:" + s["kind"]) for s in r["lookalikes"]]
        allsp.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(allsp, allsp[1:]):
            if s2 < e1:
                err(rid, "overlap %s[%d,%d) %s[%d,%d)" % (k1, s1, e1, k2, s2, e2))
        for s, e, k in allsp:
            if not (0 <= s < e <= len(t)):
                err(rid, "bad offsets %s %d %d" % (k, s, e))
                continue
            v = t[s:e]
            if v != v.strip():
                err(rid, "whitespace at span edge %s %r" % (k, v))
            # span must not cut a word in half
            if s > 0 and t[s - 1].isalnum() and v[0].isalnum():
                err(rid, "span starts mid-token %s %r" % (k, v))
            if e < len(t) and t[e].isalnum() and v[-1].isalnum():
                err(rid, "span ends mid-token %s %r" % (k, v))
        for sp in r["spans"]:
            typ, v = sp["entity_type"], t[sp["start"]:sp["end"]]
            cnt[typ] += 1
            if typ not in SCOPE:
                err(rid, "type out of scope " + typ)
            if typ == "PERSON":
                check_person(rid, v)
            if typ in CHECKS:
                checked[typ] += 1
                if not CHECKS[typ](v):
                    err(rid, "%s fails checksum/format: %r" % (typ, v))
            if typ in FORMAT and not FORMAT[typ].fullmatch(v):
                err(rid, "%s bad format: %r" % (typ, v))
            if typ == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(v.split("%")[0])
                except ValueError:
                    try:
                        ipaddress.ip_network(v, strict=False)
                    except ValueError:
                        err(rid, "bad IP %r" % v)
            if typ == "CREDIT_CARD" and re.fullmatch(r"\d{3}-\d{2}-\d{4}", v):
                err(rid, "card looks like SSN")
        for lk in r["lookalikes"]:
            k, v = lk["kind"], t[lk["start"]:lk["end"]]
            lcnt[k] += 1
            if k in INVALID_KINDS and INVALID_KINDS[k](v):
                err(rid, "look-alike %s unexpectedly passes checksum: %r" % (k, v))
        # heuristic: unlabeled email / IPv4 / long digit runs
        covered = [(s, e) for s, e, _ in allsp]

        def inside(a, b):
            return any(s <= a and b <= e for s, e in covered)
        for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z]{2,})+", t):
            if not inside(m.start(), m.end()):
                warnings.append("%s: unlabeled email-like %r" % (rid, m.group()))
        for m in re.finditer(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])", t):
            if not inside(m.start(), m.end()):
                warnings.append("%s: unlabeled IPv4-like %r" % (rid, m.group()))
        for m in re.finditer(r"(?<!\w)\d[\d -]{7,}\d(?!\w)", t):
            if not inside(m.start(), m.end()) and len(re.sub(r"\D", "", m.group())) >= 9:
                warnings.append("%s: unlabeled long number %r" % (rid, m.group()))
        for m in re.finditer(r"https?://[^\s;)]+", t):
            e2 = m.end() - (1 if m.group()[-1] in ".," else 0)
            if not inside(m.start(), e2) and not any(m.start() <= s < e2 for s, e in covered):
                warnings.append("%s: unlabeled URL %r" % (rid, m.group()))

    # keccak self test
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eth_ok("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert not eth_ok("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")

    out = []
    out.append("messages: %d" % len(rows))
    out.append("messages without PII: %d (%.1f%%)" % (no_pii, 100.0 * no_pii / max(1, len(rows))))
    non_en = sum(v for k, v in langs.items() if k != "en")
    out.append("non-English messages: %d (%.1f%%)" % (non_en, 100.0 * non_en / max(1, len(rows))))
    out.append("languages: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
    out.append("styles: " + ", ".join("%s=%d" % kv for kv in sorted(styles.items())))
    out.append("PII spans: %d" % sum(cnt.values()))
    for k in SCOPE:
        out.append("  %-20s %5d%s" % (k, cnt[k], "  (checksum re-validated: %d)" % checked[k] if k in CHECKS else ""))
    out.append("look-alikes: %d" % sum(lcnt.values()))
    for k, v in sorted(lcnt.items(), key=lambda kv: -kv[1]):
        out.append("  %-22s %5d" % (k, v))
    out.append("warnings: %d" % len(warnings))
    out.extend("  WARN " + w for w in warnings)
    out.append("errors: %d" % len(errors))
    out.extend("  ERROR " + e for e in errors)
    out.append("RESULT: " + ("CLEAN" if not errors else "FAILED"))
    txt = "\n".join(out)
    print(txt)
    with open(os.path.join(HERE, "validate_output.txt"), "w", encoding="utf-8") as f:
        f.write(txt + "\n")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
