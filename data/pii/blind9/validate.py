#!/usr/bin/env python3
"""Independent validator for all.jsonl (does not import gen.py). Exit 0 = fine."""
import collections
import hashlib
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCOPE = {
    "PERSON", "LOCATION", "DATE_TIME", "NRP", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL",
    "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "CRYPTO", "MEDICAL_LICENSE",
    "US_SSN", "US_ITIN", "US_PASSPORT", "ABA_ROUTING_NUMBER", "UK_NHS", "UK_NINO",
    "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "PL_PESEL", "SG_NRIC_FIN", "AU_TFN",
    "IN_AADHAAR", "IN_PAN",
}
SUB = {"LOCATION": {"address", "city", "region", "country"},
       "DATE_TIME": {"date", "time", "datetime", "dob", "relative", "timestamp"}}
MIN_RECORDS, MIN_SPANS, MIN_LOOKS = 530, 1800, 450
errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


# ---------------------------------------------------------- checksum code
NUMW = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
        "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def digits_of(v):
    toks = re.findall(r"[a-z]+", v.lower())
    if toks and all(t in NUMW or t == "double" for t in toks):
        out, dbl = "", False
        for t in toks:
            if t == "double":
                dbl = True
                continue
            out += NUMW[t] * (2 if dbl else 1)
            dbl = False
        return out
    return re.sub(r"\D", "", v)


def luhn(num):
    s = 0
    for i, c in enumerate(num[::-1]):
        d = int(c) * (1 + i % 2)
        s += d // 10 + d % 10
    return s % 10 == 0


def card_ok(v):
    d = re.sub(r"[ -]", "", v)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn(d)


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "PL": 28, "PT": 25,
            "BE": 16, "CH": 21, "SE": 24, "TR": 26, "AT": 20, "IE": 22}


def iban_ok(v):
    s = v.replace(" ", "").upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]] or not s.isalnum():
        return False
    r = s[4:] + s[:4]
    n = 0
    for c in r:
        n = (n * (10 if c.isdigit() else 100) + (int(c) if c.isdigit() else ord(c) - 55)) % 97
    return n == 1


def aba_ok(v):
    d = digits_of(v)
    if len(d) != 9:
        return False
    w = (3, 7, 1) * 3
    return sum(int(a) * b for a, b in zip(d, w)) % 10 == 0


def nhs_ok(v):
    d = digits_of(v)
    if len(d) != 10:
        return False
    r = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


# Verhoeff built from the dihedral group D5 and the permutation (1 5 8 9 4 2 7 0)(3 6)
def _d5(a, b):
    if a < 5 and b < 5:
        return (a + b) % 5
    if a < 5:
        return 5 + (a + b - 5) % 5
    if b < 5:
        return 5 + (a - 5 - b) % 5
    return (a - b) % 5


_PERM = {0: 1, 1: 5, 2: 7, 3: 6, 4: 2, 5: 8, 6: 3, 7: 0, 8: 9, 9: 4}


def _perm(i, x):
    for _ in range(i % 8):
        x = _PERM[x]
    return x


def aadhaar_ok(v):
    d = digits_of(v)
    if len(d) != 12 or d[0] in "01":
        return False
    c = 0
    for i, ch in enumerate(d[::-1]):
        c = _d5(c, _perm(i, int(ch)))
    return c == 0


def pesel_ok(v):
    d = v.strip()
    if not re.fullmatch(r"\d{11}", d):
        return False
    mm = int(d[2:4]) % 20
    if not 1 <= mm <= 12 or not 1 <= int(d[4:6]) <= 31:
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return sum(int(a) * b for a, b in zip(d, w)) % 10 == 0


LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def nif_ok(v):
    m = re.fullmatch(r"(\d{8})-?([A-Z])", v)
    return bool(m) and LET[int(m.group(1)) % 23] == m.group(2)


def nie_ok(v):
    m = re.fullmatch(r"([XYZ])-?(\d{7})-?([A-Z])", v)
    return bool(m) and LET[int("XYZ".index(m.group(1)).__str__() + m.group(2)) % 23] == m.group(3)


_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_ok(v):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v):
        return False
    tot = 0
    for i, c in enumerate(v[:15]):
        n = int(c) if c.isdigit() else ord(c) - 65
        tot += _ODD[n] if i % 2 == 0 else n
    return chr(65 + tot % 26) == v[15]


def tfn_ok(v):
    d = digits_of(v)
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def nric_ok(v):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", v)
    if not m:
        return False
    s = sum(int(a) * b for a, b in zip(m.group(2), [2, 7, 6, 5, 4, 3, 2]))
    s += 4 if m.group(1) in "TG" else 0
    tab = "ABCDEFGHIZJ" if m.group(1) in "ST" else "KLMNPQRTUWX"
    return tab[10 - s % 11] == m.group(3)


def ssn_ok(v):
    d = digits_of(v)
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def itin_ok(v):
    d = digits_of(v)
    if len(d) != 9 or d[0] != "9":
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def nino_ok(v):
    s = v.replace(" ", "").upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    return bool(m) and (m.group(1) + m.group(2)) not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def pan_ok(v):
    return bool(re.fullmatch(r"[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]", v))


def dea_ok(v):
    m = re.fullmatch(r"[ABFGMPRX][A-Z9](\d{7})", v)
    if not m:
        return False
    d = [int(c) for c in m.group(1)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58_ok(v):
    n = 0
    for c in v:
        if c not in _B58:
            return False
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else None
    if raw is None:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:] and raw[0] in (0, 5)


_BC = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_ok(v):
    if not v.startswith("bc1") or v.lower() != v:
        return False
    data = [_BC.find(c) for c in v[3:]]
    if -1 in data:
        return False
    vals = [3, 3, 0, 2, 3] + data  # expanded hrp "bc"
    chk = 1
    G = (0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3)
    for x in vals:
        top = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ x
        for i in range(5):
            if (top >> i) & 1:
                chk ^= G[i]
    return chk in (1, 0x2bc830a3)


# Keccak-256 (original padding), written with flat lane array
_RC = []
_r = 1
for _ in range(24):
    c = 0
    for j in range(7):
        _r = ((_r << 1) ^ ((_r >> 7) * 0x71)) & 0xFF
        if _r & 2:
            c |= 1 << ((1 << j) - 1)
    _RC.append(c)
_ROT = [0] * 25
_x, _y = 1, 0
for _t in range(24):
    _ROT[_x + 5 * _y] = ((_t + 1) * (_t + 2) // 2) % 64
    _x, _y = _y, (2 * _x + 3 * _y) % 5
_MASK = (1 << 64) - 1


def _rot(a, n):
    return ((a << n) | (a >> (64 - n))) & _MASK if n else a


def keccak(data):
    A = [0] * 25
    p = bytearray(data) + b"\x01" + b"\x00" * ((-len(data) - 1) % 136)
    p[-1] |= 0x80
    for o in range(0, len(p), 136):
        for i in range(17):
            A[i] ^= int.from_bytes(p[o + 8 * i:o + 8 * i + 8], "little")
        for rnd in range(24):
            C = [A[x] ^ A[x + 5] ^ A[x + 10] ^ A[x + 15] ^ A[x + 20] for x in range(5)]
            D = [C[(x - 1) % 5] ^ _rot(C[(x + 1) % 5], 1) for x in range(5)]
            A = [A[i] ^ D[i % 5] for i in range(25)]
            B = [0] * 25
            for x in range(5):
                for y in range(5):
                    B[y + 5 * ((2 * x + 3 * y) % 5)] = _rot(A[x + 5 * y], _ROT[x + 5 * y])
            A = [B[i] ^ ((~B[(i % 5 + 1) % 5 + 5 * (i // 5)]) & B[(i % 5 + 2) % 5 + 5 * (i // 5)])
                 for i in range(25)]
            A[0] ^= _RC[rnd]
    return b"".join(A[i].to_bytes(8, "little") for i in range(4))


assert keccak(b"").hex().startswith("c5d2460186f7233c927e7db2dcc703c0")


def eth_ok(v):
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", v):
        return False
    a = v[2:]
    h = keccak(a.lower().encode()).hex()
    return all((c.upper() if int(h[i], 16) >= 8 else c.lower()) == c for i, c in enumerate(a))


def crypto_ok(v):
    if v.startswith("0x"):
        return eth_ok(v)
    if v.startswith("bc1"):
        return bech32_ok(v)
    return b58_ok(v)


CHECK = {"CREDIT_CARD": card_ok, "IBAN_CODE": iban_ok, "ABA_ROUTING_NUMBER": aba_ok,
         "UK_NHS": nhs_ok, "IN_AADHAAR": aadhaar_ok, "PL_PESEL": pesel_ok, "ES_NIF": nif_ok,
         "ES_NIE": nie_ok, "IT_FISCAL_CODE": cf_ok, "AU_TFN": tfn_ok, "SG_NRIC_FIN": nric_ok,
         "US_SSN": ssn_ok, "US_ITIN": itin_ok, "UK_NINO": nino_ok, "IN_PAN": pan_ok,
         "MEDICAL_LICENSE": dea_ok, "CRYPTO": crypto_ok}
BAD_CHECK = {"invalid_card": card_ok, "invalid_iban": iban_ok, "invalid_nhs": nhs_ok,
             "invalid_aadhaar": aadhaar_ok, "invalid_tfn": tfn_ok, "invalid_ssn": ssn_ok,
             "invalid_pesel": pesel_ok, "invalid_dni": nif_ok, "invalid_aba": aba_ok,
             "invalid_nric": nric_ok, "invalid_crypto": crypto_ok}

SAFE_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.example|[a-z0-9-]+\.test|example|test)$")
DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
TITLES = re.compile(r"^(Mr|Mrs|Ms|Dr|Prof|Frau|Herr|Mme|M\.|Sr|Sra|Srta|Pak|Bu|Sig|Dott|Dra|Mx|Sir)\.?\s", re.I)
LEAD_PREP = re.compile(r"^(on|at|in|am|um|le|el|op|w|em|no|na|à|by)\s", re.I)


def main():
    path = os.path.join(HERE, "all.jsonl")
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa
                err("line%d" % n, "bad json %s" % e)
    ids, texts = set(), set()
    span_ct, look_ct = collections.Counter(), collections.Counter()
    langs = collections.Counter()
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "?")
        for k in ("id", "lang", "style", "text", "spans", "lookalikes", "scope"):
            if k not in r:
                err(rid, "missing key " + k)
        if rid != "b9pii-%04d" % i:
            err(rid, "id not sequential")
        if rid in ids:
            err(rid, "duplicate id")
        ids.add(rid)
        t = r["text"]
        if not t.strip():
            err(rid, "empty text")
        if t in texts:
            err(rid, "duplicate text")
        texts.add(t)
        if set(r["scope"]) != SCOPE or len(r["scope"]) != 26:
            err(rid, "bad scope")
        if not re.fullmatch(r"[a-z]{2}", r["lang"]):
            err(rid, "bad lang")
        langs[r["lang"]] += 1
        if re.search(r"\[\[|\]\]|\{\{[a-z_]+\||@gen:|\|\]\]", t):
            err(rid, "left-over markup")
        iv = []
        for s in r["spans"]:
            et = s["entity_type"]
            a, b = s["start"], s["end"]
            if et not in SCOPE:
                err(rid, "label out of scope " + et)
            if not (0 <= a < b <= len(t)):
                err(rid, "bad offsets %r" % s)
                continue
            v = t[a:b]
            if v != v.strip():
                err(rid, "whitespace at span edge %r" % v)
            if et in SUB:
                if s.get("subtype") not in SUB[et]:
                    err(rid, "bad/missing subtype %r" % s)
            elif "subtype" in s:
                err(rid, "subtype on %s" % et)
            if et in CHECK and not CHECK[et](v):
                err(rid, "checksum/format fails %s %r" % (et, v))
            if et == "PERSON" and TITLES.match(v):
                err(rid, "title inside PERSON %r" % v)
            if et in ("DATE_TIME", "LOCATION") and LEAD_PREP.match(v) and s.get("subtype") != "relative":
                err(rid, "leading preposition %r" % v)
            if et == "EMAIL_ADDRESS":
                m = re.fullmatch(r"[^@\s]+@([A-Za-z0-9.-]+)", v)
                if not m or not SAFE_DOMAIN.search(m.group(1).lower()):
                    err(rid, "email not on reserved domain %r" % v)
            if et == "URL":
                m = re.match(r"(?:[a-z0-9+.-]+://)?([^/:?#\s]+)", v)
                host = m.group(1).lower() if m else ""
                try:
                    ok = any(ipaddress.ip_address(host) in n for n in DOC_NETS)
                except ValueError:
                    ok = bool(SAFE_DOMAIN.search(host))
                if not ok or "@" in v:
                    err(rid, "url host not reserved %r" % v)
            if et == "IP_ADDRESS":
                try:
                    ip = ipaddress.ip_address(v.split("%")[0])
                    if not any(ip in n for n in DOC_NETS):
                        err(rid, "ip not documentation range %r" % v)
                except ValueError:
                    err(rid, "bad ip %r" % v)
            span_ct[(et, s.get("subtype"))] += 1
            iv.append((a, b, "span"))
        for l in r["lookalikes"]:
            a, b = l["start"], l["end"]
            if not (0 <= a < b <= len(t)) or not re.fullmatch(r"[a-z_0-9]+", l["kind"]):
                err(rid, "bad lookalike %r" % l)
                continue
            v = t[a:b]
            if v != v.strip():
                err(rid, "whitespace at lookalike edge %r" % v)
            if l["kind"] in BAD_CHECK and BAD_CHECK[l["kind"]](v):
                err(rid, "invalid-checksum look-alike actually valid %r" % v)
            look_ct[l["kind"]] += 1
            iv.append((a, b, "look"))
        iv.sort()
        for x, y in zip(iv, iv[1:]):
            if y[0] < x[1]:
                err(rid, "overlap %r %r" % (x, y))
    ns = sum(span_ct.values())
    nl = sum(look_ct.values())
    nonen = sum(v for k, v in langs.items() if k != "en")
    if len(recs) < MIN_RECORDS:
        err("set", "only %d records" % len(recs))
    if ns < MIN_SPANS:
        err("set", "only %d spans" % ns)
    if nl < MIN_LOOKS:
        err("set", "only %d lookalikes" % nl)
    if recs and not 0.30 <= nonen / len(recs) <= 0.45:
        err("set", "non-English share %.2f" % (nonen / len(recs)))
    if "-v" in sys.argv or errors:
        pass
    print("records %d  spans %d  lookalikes %d  non-en %d (%.1f%%)  no-PII rows %d" % (
        len(recs), ns, nl, nonen, 100.0 * nonen / max(1, len(recs)),
        sum(1 for r in recs if not r["spans"])))
    for e in errors[:200]:
        print("ERROR", e)
    if errors:
        print("%d errors" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
