#!/usr/bin/env python3
"""Independent checker for all.jsonl (exit 0 = fine). Standard library only."""
import json, os, re, sys, ipaddress, collections

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN = {"PERSON", "LOCATION", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "US_SSN", "UK_NHS", "UK_NINO", "IP_ADDRESS", "URL", "US_DRIVER_LICENSE",
         "US_PASSPORT", "MEDICAL_LICENSE", "NRP", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE",
         "IN_AADHAAR", "IN_PAN", "PL_PESEL", "SG_NRIC_FIN", "AU_TFN", "FI_PERSONAL_IDENTITY_CODE"}
errors = []
def err(i, msg):
    errors.append("line %d: %s" % (i, msg))

def digits(s):
    return re.sub(r"\D", "", s)

def luhn_ok(n):
    tot = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        tot += d
    return tot % 10 == 0

IBAN_LEN = {"DE": 22, "ES": 24, "FR": 27, "IT": 27, "NL": 18, "PL": 28, "PT": 25, "GB": 22,
            "IE": 22, "TR": 26, "AT": 20, "AE": 23, "BE": 16, "CH": 21}
def iban_ok(s):
    s = s.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    c = 11 - sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])

LET = "TRWAGMYFPDXBNJZSQVHLCKE"
def nif_ok(s):
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and LET[int(s[:8]) % 23] == s[8]
def nie_ok(s):
    return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", s)) and LET[int(str("XYZ".index(s[0])) + s[1:8]) % 23] == s[8]

def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == 0

def nric_ok(s):
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", s):
        return False
    tot = sum(int(a) * b for a, b in zip(s[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if s[0] in "TG" else 0)
    return ("JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK")[tot % 11] == s[8]

def tfn_ok(s):
    d = digits(s)
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0

# Verhoeff, written out independently of build.py
_d = [list(range(10))]
for i in range(1, 5):
    _d.append([(i + j) % 5 + (0 if j < 5 else 5) if j < 5 else None for j in range(10)])
def _mul(j, k):
    # dihedral group D5 multiplication
    if j < 5 and k < 5:
        return (j + k) % 5
    if j < 5 and k >= 5:
        return (j + k) % 5 + 5
    if j >= 5 and k < 5:
        return (j - k) % 5 + 5
    return (j - k) % 5
_p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for i in range(2, 8):
    _p.append([_p[1][_p[i - 1][j]] for j in range(10)])
def aadhaar_ok(s):
    d = digits(s)
    if len(d) != 12 or d[0] in "01":
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _mul(c, _p[i % 8][int(ch)])
    return c == 0

ODD = {}
for ch, v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    ODD[ch] = v
for ch, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                                                 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    ODD[ch] = v
def cf_ok(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    tot = 0
    for i, ch in enumerate(s[:15]):
        tot += ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return chr(65 + tot % 26) == s[15]

def dea_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{7}", s):
        return False
    d = [int(x) for x in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]

def hetu_ok(s):
    m = re.fullmatch(r"(\d{6})[-+A](\d{3})([0-9A-Y])", s)
    return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(2)) % 31] == m.group(3)

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

def nino_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")

def pan_ok(s):
    return bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", s))

CHECKS = {"CREDIT_CARD": lambda s: 13 <= len(digits(s)) <= 19 and luhn_ok(digits(s)),
          "IBAN_CODE": iban_ok, "UK_NHS": nhs_ok, "ES_NIF": nif_ok, "ES_NIE": nie_ok,
          "PL_PESEL": pesel_ok, "SG_NRIC_FIN": nric_ok, "AU_TFN": tfn_ok, "IN_AADHAAR": aadhaar_ok,
          "IT_FISCAL_CODE": cf_ok, "MEDICAL_LICENSE": dea_ok, "FI_PERSONAL_IDENTITY_CODE": hetu_ok,
          "US_SSN": ssn_ok, "UK_NINO": nino_ok, "IN_PAN": pan_ok}

def domain_ok(host):
    """Only example.com/.org/.net (and subdomains), *.example, *.test."""
    host = host.lower().rstrip(".")
    if host.endswith(".example") or host.endswith(".test"):
        return True
    return bool(re.search(r"(^|\.)example\.(com|org|net)$", host))

NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]

def main():
    path = os.path.join(HERE, "all.jsonl")
    n = 0
    by_type, by_lang = collections.Counter(), collections.Counter()
    empty = 0
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            n += 1
            try:
                r = json.loads(line)
            except ValueError as e:
                err(i, "bad json %s" % e); continue
            for k in ("text", "spans", "lang", "style"):
                if k not in r:
                    err(i, "missing key %s" % k)
            t = r.get("text", "")
            if not isinstance(t, str) or not t.strip():
                err(i, "empty text")
            by_lang[r.get("lang")] += 1
            spans = sorted(r.get("spans", []), key=lambda s: (s["start"], s["end"]))
            if not spans:
                empty += 1
            prev_end = -1
            for s in spans:
                st, en, ty = s.get("start"), s.get("end"), s.get("entity_type")
                if ty not in KNOWN:
                    err(i, "unknown type %r" % ty)
                if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(t)):
                    err(i, "bad offsets %r" % s); continue
                if st < prev_end:
                    err(i, "overlap at %d" % st)
                prev_end = max(prev_end, en)
                v = t[st:en]
                if not v.strip() or v != v.strip():
                    err(i, "blank or padded span %r" % v)
                by_type[ty] += 1
                if ty in CHECKS and not CHECKS[ty](v):
                    err(i, "%s fails check: %r" % (ty, v))
                if ty == "EMAIL_ADDRESS":
                    m = re.fullmatch(r"[^@\s]+@([A-Za-z0-9.-]+)", v)
                    if not m or not domain_ok(m.group(1)):
                        err(i, "email not on a reserved domain: %r" % v)
                if ty == "URL":
                    m = re.match(r"https?://([^/:\s]+)", v)
                    if not m or not domain_ok(m.group(1)):
                        err(i, "url not on a reserved domain: %r" % v)
                if ty == "IP_ADDRESS":
                    try:
                        ip = ipaddress.ip_address(v)
                        if not any(ip in net for net in NETS):
                            err(i, "ip outside documentation ranges: %r" % v)
                    except ValueError:
                        err(i, "bad ip %r" % v)
            # every e-mail-looking or URL-looking string anywhere must be on a reserved domain
            for m in re.finditer(r"[\w.+-]+@([\w-]+(\.[\w-]+)+)", t):
                if not domain_ok(m.group(1)):
                    err(i, "unreserved e-mail domain in text: %r" % m.group(0))
            for m in re.finditer(r"(?:https?://|www\.)([\w.-]+)", t):
                h = m.group(1) if m.group(0).startswith("http") else "www." + m.group(1)
                if not domain_ok(h.rstrip(".")):
                    err(i, "unreserved host in text: %r" % m.group(0))
            for m in re.finditer(r"\b(\d{1,3}(\.\d{1,3}){3})\b", t):
                try:
                    ip = ipaddress.ip_address(m.group(1))
                    if not any(ip in net for net in NETS):
                        err(i, "unreserved IPv4 in text: %r" % m.group(1))
                except ValueError:
                    pass
    stats = json.load(open(os.path.join(HERE, "stats.json"), encoding="utf-8"))
    if stats.get("messages") != n or stats.get("spans") != sum(by_type.values()):
        errors.append("stats.json totals do not match data")
    if stats.get("spans_by_entity_type") != dict(by_type):
        errors.append("stats.json per-type counts do not match data")
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for ty, c in by_type.items():
        if "| %s | %d |" % (ty, c) not in readme:
            errors.append("README count missing for %s" % ty)
    if empty < 0.2 * n:
        errors.append("fewer than 20%% messages without PII (%d of %d)" % (empty, n))
    for e in errors[:50]:
        print("ERROR", e)
    print("messages=%d spans=%d empty=%d non_en=%d errors=%d" % (
        n, sum(by_type.values()), empty, n - by_lang.get("en", 0), len(errors)))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
