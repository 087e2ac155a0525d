#!/usr/bin/env python3
import json, re, ipaddress, datetime, sys, collections
import gen
from gen import luhn_sum, iban_num, IBAN_LEN, aba_ok, nhs_check, verhoeff_ok, tfn_ok, nric_letter, \
    pesel_check, cf_check, NIF_LETTERS, b58decode, bech32_ok, NINO_BAD_PAIRS, SCOPE, MARK, parse
import hashlib

def D(s): return re.sub(r"[\s\-.]", "", s)

def v_cc(s):
    d = D(s)
    if not d.isdigit() or luhn_sum(d) != 0: return False
    L = len(d)
    if d[0] == "4": return L == 16
    if d[:2] in ("34", "37"): return L == 15
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720: return L == 16
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649: return L == 16
    if 3528 <= int(d[:4]) <= 3589: return L == 16
    if d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305: return L == 14
    return False

def v_iban(s):
    d = s.replace(" ", "")
    return d[:2] in IBAN_LEN and len(d) == IBAN_LEN[d[:2]] and iban_num(d[4:] + d[:4]) % 97 == 1

def v_ssn(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, r = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and r != "0000"

def v_itin(s):
    m = re.fullmatch(r"9(\d{2})-?(\d{2})-?(\d{4})", s)
    return bool(m) and int(m.group(2)) in gen.ITIN_GROUPS

def v_nhs(s):
    d = D(s)
    return len(d) == 10 and d.isdigit() and nhs_check(d[:9]) == int(d[9])

def v_nino(s):
    d = s.replace(" ", "")
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", d)
    return bool(m) and d[:2] not in NINO_BAD_PAIRS

def v_crypto(s):
    if re.fullmatch(r"0x[0-9a-fA-F]{40}", s): return True
    if s.startswith("bc1"): return bech32_ok(s)
    try:
        raw = b58decode(s)
    except ValueError:
        return False
    return len(raw) == 25 and raw[0] in (0, 5) and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]

def v_nif(s):
    d = s.replace("-", "")
    return bool(re.fullmatch(r"\d{8}[A-Z]", d)) and NIF_LETTERS[int(d[:8]) % 23] == d[8]

def v_itcf(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]

def v_aadhaar(s):
    d = D(s)
    return len(d) == 12 and d.isdigit() and d[0] not in "01" and verhoeff_ok(d)

def v_nric(s):
    return bool(re.fullmatch(r"[STFG]\d{7}[A-Z]", s)) and nric_letter(s[0], s[1:8]) == s[8]

def v_pesel(s):
    if not (len(s) == 11 and s.isdigit() and pesel_check(s[:10]) == s[10]): return False
    y, m, d = int(s[:2]), int(s[2:4]), int(s[4:6])
    if m > 20: y, m = 2000 + y, m - 20
    else: y = 1900 + y
    datetime.date(y, m, d)
    return True

V = {
    "CREDIT_CARD": v_cc, "IBAN_CODE": v_iban, "ABA_ROUTING_NUMBER": lambda s: len(s) == 9 and s.isdigit() and aba_ok(s),
    "US_SSN": v_ssn, "US_ITIN": v_itin, "UK_NHS": v_nhs, "UK_NINO": v_nino, "CRYPTO": v_crypto,
    "ES_NIF": v_nif, "IT_FISCAL_CODE": v_itcf, "IN_AADHAAR": v_aadhaar, "SG_NRIC_FIN": v_nric, "PL_PESEL": v_pesel,
    "AU_TFN": lambda s: tfn_ok(D(s)),
    "IN_PAN": lambda s: bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", s)),
    "US_PASSPORT": lambda s: bool(re.fullmatch(r"\d{9}|[A-Z]\d{8}", s)),
    "US_BANK_NUMBER": lambda s: bool(re.fullmatch(r"\d{8,17}", s)),
    "US_DRIVER_LICENSE": lambda s: bool(re.fullmatch(r"[A-Z0-9\- ]{6,20}", s)),
    "IP_ADDRESS": lambda s: bool(ipaddress.ip_address(s)),
    "MAC_ADDRESS": lambda s: bool(re.fullmatch(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}", s)),
    "EMAIL_ADDRESS": lambda s: bool(re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", s)),
    "URL": lambda s: bool(re.fullmatch(r"(?i)(https?://)?[a-z0-9.\-]+\.[a-z]{2,}(:\d+)?(/\S*)?|https?://[\w.:]+(/\S*)?", s)),
    "PHONE_NUMBER": lambda s: 5 <= len(re.sub(r"\D", "", s)) <= 15 and bool(re.fullmatch(r"[+\d(][\d\s().\-]+\d", s)),
}

errors = []
rows = [json.loads(l) for l in open("all.jsonl", encoding="utf-8")]
src = [l.rstrip("\n") for l in open("source.txt", encoding="utf-8")]
assert len(rows) == len(src)
seen = set()
ent = collections.Counter(); look = collections.Counter(); nopii = 0
for i, (r, s) in enumerate(zip(rows, src)):
    t = r["text"]
    if r["scope"] != SCOPE: errors.append((i, "scope"))
    if t in seen: errors.append((i, "duplicate", t[:60]))
    seen.add(t)
    vals = [(m.group(1) or m.group(3), m.group(2) if m.group(1) else m.group(4)) for m in MARK.finditer(s.replace("\\n", "\n"))]
    recs = sorted([(x["start"], x["end"], x.get("entity_type") or x.get("kind"), "E" if "entity_type" in x else "L") for x in r["spans"] + r["lookalikes"]])
    if len(vals) != len(recs): errors.append((i, "count mismatch"))
    for (typ, val), rec in zip(vals, recs):
        if t[rec[0]:rec[1]] != val or typ != rec[2]:
            errors.append((i, "span text mismatch", typ, val, t[rec[0]:rec[1]]))
        if val != val.strip() or not val:
            errors.append((i, "whitespace at span edge", val))
    for a, b in zip(recs, recs[1:]):
        if b[0] < a[1]: errors.append((i, "overlap", a, b))
    for x in r["spans"]:
        v = t[x["start"]:x["end"]]; ent[x["entity_type"]] += 1
        f = V.get(x["entity_type"])
        try:
            ok = f(v) if f else True
        except Exception as e:
            ok = False
        if not ok: errors.append((i, "invalid", x["entity_type"], v))
    for x in r["lookalikes"]:
        v = t[x["start"]:x["end"]]; look[x["kind"]] += 1
        d = re.sub(r"[\s\-]", "", v)
        if d.isdigit() and 13 <= len(d) <= 19 and x["kind"] != "IMEI" and luhn_sum(d) == 0:
            errors.append((i, "lookalike passes Luhn", x["kind"], v))
        if x["kind"] == "INVALID_IBAN" and v_iban(v): errors.append((i, "invalid-iban is valid", v))
        if d.isdigit() and len(d) == 9 and aba_ok(d): print("note: 9-digit lookalike passes ABA", i, v)
    if not r["spans"]: nopii += 1
for e in errors: print("ERR", e)
print("messages", len(rows), "no-PII", nopii, "errors", len(errors))
print(json.dumps(dict(ent.most_common()), indent=0))
print(json.dumps(dict(look.most_common()), indent=0))
