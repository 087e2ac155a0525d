#!/usr/bin/env python3
"""Independent checker for all.jsonl (does not import gen.py). Exit 0 = fine."""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCOPE = {"PERSON", "LOCATION", "DATE_TIME", "NRP", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL",
         "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "CRYPTO", "MEDICAL_LICENSE", "US_SSN",
         "US_ITIN", "US_PASSPORT", "ABA_ROUTING_NUMBER", "UK_NHS", "UK_NINO", "ES_NIF",
         "ES_NIE", "IT_FISCAL_CODE", "PL_PESEL", "SG_NRIC_FIN", "AU_TFN", "IN_AADHAAR", "IN_PAN"}
SUBS = {"LOCATION": {"address", "city", "region", "country"},
        "DATE_TIME": {"date", "time", "datetime", "dob", "relative", "timestamp"}}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "dr.", "mr.", "mrs.", "mme", "frau", "herr", "pani", "pan",
          "pastor", "dona", "doña", "sr.", "sra.", "dott.", "dott.ssa", "pak", "bu", "prof.", "doctor",
          "mister", "dhr.", "bey", "hanım", "grandma"}
DATE_PREP = {"on", "at", "in", "by", "am", "um", "le", "el", "w", "we", "på", "ve", "vom", "zum", "dal", "alle", "às", "since", "from", "until", "till"}
NUMW = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
        "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def spoken_digits(s):
    """Digits of a value; spoken words (zero/oh/one.., double X, triple X) are decoded."""
    if re.search(r"[a-z]{2,}", s.lower()) and not re.search(r"\d", s):
        out, toks, i = "", s.lower().split(), 0
        while i < len(toks):
            t = toks[i]
            if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in NUMW:
                out += NUMW[toks[i + 1]] * (2 if t == "double" else 3)
                i += 2
                continue
            if t not in NUMW:
                return None
            out += NUMW[t]
            i += 1
        return out
    return re.sub(r"[\s-]", "", s)


def luhn(d):
    if not d.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "PL": 28, "BE": 16, "AT": 20,
            "CH": 21, "PT": 25, "IE": 22, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "TR": 26, "SA": 24,
            "LU": 20, "RO": 24, "GR": 27, "HR": 21}


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = list(map(int, s))
    return sum(w * x for w, x in zip([3, 7, 1] * 3, d)) % 10 == 0


def nhs_ok(s):
    d = spoken_digits(s)
    if not d or not re.fullmatch(r"\d{10}", d):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = (11 - tot % 11) % 11
    return chk != 10 and chk == int(d[9])


D5 = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
P8 = [[0,1,2,3,4,5,6,7,8,9]]
for _ in range(7):
    P8.append([[1,5,7,6,2,8,3,0,9,4][x] for x in P8[-1]])


def aadhaar_ok(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"[2-9]\d{11}", d):
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = D5[c][P8[i % 8][int(ch)]]
    return c == 0


def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    if sum(int(c) * x for c, x in zip(s, w)) % 10:
        return False
    mm = int(s[2:4]) % 20
    return 1 <= mm <= 12 and 1 <= int(s[4:6]) <= 31


LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and LET[int(s[:8]) % 23] == s[8]


def nie_ok(s):
    s = s.replace("-", "")
    return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", s)) and LET[int(str("XYZ".index(s[0])) + s[1:8]) % 23] == s[8]


ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))


def cf_ok(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    tot = 0
    for i, ch in enumerate(s[:15]):
        tot += ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return chr(65 + tot % 26) == s[15]


def tfn_ok(s):
    d = s.replace(" ", "")
    return bool(re.fullmatch(r"\d{9}", d)) and sum(int(c) * w for c, w in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nric_ok(s):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", s)
    if not m:
        return False
    tot = sum(int(c) * w for c, w in zip(m.group(2), [2, 7, 6, 5, 4, 3, 2])) + (4 if m.group(1) in "TG" else 0)
    table = "JZIHGFEDCBA" if m.group(1) in "ST" else "XWUTRQPNMLK"
    return table[tot % 11] == m.group(3)


def ssn_ok(s):
    d = spoken_digits(s)
    if not d or not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    if re.search(r"[a-z]", s.lower()) is None and not re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", s):
        return False
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def itin_ok(s):
    m = re.fullmatch(r"9\d{2}-(\d{2})-\d{4}", s)
    return bool(m) and (70 <= int(m.group(1)) <= 88 or int(m.group(1)) in (90, 91, 92) or 94 <= int(m.group(1)) <= 99)


def nino_ok(s):
    return bool(re.fullmatch(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]", s))


def pan_ok(s):
    return bool(re.fullmatch(r"[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]", s))


def dea_ok(s):
    m = re.fullmatch(r"[A-Z]{2}(\d{7})", s)
    if not m:
        return False
    d = list(map(int, m.group(1)))
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58_ok(s):
    if not re.fullmatch(r"[13][1-9A-HJ-NP-Za-km-z]{25,34}", s):
        return False
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else None
    if raw is None:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def bech_ok(s):
    if not s.startswith("bc1"):
        return False
    data = s[3:]
    if any(c not in BECH for c in data) or len(data) < 8:
        return False
    vals = [BECH.index(c) for c in data]
    hrp = "bc"
    chk = 1
    G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + vals:
        top = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= G[i]
    return chk == 1


def crypto_ok(s):
    return b58_ok(s) or bech_ok(s) or bool(re.fullmatch(r"0x[0-9a-fA-F]{40}", s))


CHECKS = {"CREDIT_CARD": lambda s: luhn(re.sub(r"[ -]", "", s)) and 13 <= len(re.sub(r"[ -]", "", s)) <= 19,
          "IBAN_CODE": iban_ok, "ABA_ROUTING_NUMBER": aba_ok, "UK_NHS": nhs_ok, "IN_AADHAAR": aadhaar_ok,
          "PL_PESEL": pesel_ok, "ES_NIF": dni_ok, "ES_NIE": nie_ok, "IT_FISCAL_CODE": cf_ok, "AU_TFN": tfn_ok,
          "SG_NRIC_FIN": nric_ok, "US_SSN": ssn_ok, "US_ITIN": itin_ok, "UK_NINO": nino_ok, "IN_PAN": pan_ok,
          "MEDICAL_LICENSE": dea_ok, "CRYPTO": crypto_ok,
          "EMAIL_ADDRESS": lambda s: "@" in s or " at " in s,
          "IP_ADDRESS": lambda s: bool(re.fullmatch(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}", s)) or s.lower().startswith("2001:db8:"),
          "URL": lambda s: bool(re.match(r"https?://[^/]*\.(example\.(com|org|net)|example|test)(/|$|\?)", s))}
INVALID = {"invalid_card": CHECKS["CREDIT_CARD"], "invalid_iban": iban_ok, "invalid_nhs": nhs_ok,
           "invalid_aadhaar": aadhaar_ok, "invalid_tfn": tfn_ok, "invalid_ssn": ssn_ok,
           "invalid_pesel": pesel_ok, "invalid_dni": dni_ok, "invalid_aba": aba_ok, "invalid_nric": nric_ok,
           "invalid_crypto": crypto_ok}
EMAIL_DOM = re.compile(r"@([A-Za-z0-9.-]+)$")


def email_domain_ok(s):
    if " at " in s:
        return True
    m = EMAIL_DOM.search(s)
    if not m:
        return False
    d = m.group(1).lower()
    return d in ("example.com", "example.org", "example.net") or d.endswith((".example.com", ".example.org", ".example.net", ".example", ".test")) or re.search(r"(^|\.)example\.[a-z.]+\.test$", d) is not None or d.endswith(".example")


def main():
    path = os.path.join(HERE, "all.jsonl")
    ids, n = set(), 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        r = json.loads(line)
        n += 1
        rid = r.get("id", "line%d" % ln)
        if rid != "b10pii-%04d" % ln:
            err(rid, "id out of sequence")
        if rid in ids:
            err(rid, "duplicate id")
        ids.add(rid)
        for k in ("lang", "style", "text", "spans", "lookalikes", "scope"):
            if k not in r:
                err(rid, "missing key " + k)
        if set(r["scope"]) != SCOPE or len(r["scope"]) != 26:
            err(rid, "scope is not the 26 Presidio types")
        text = r["text"]
        if re.search(r"\[\[|\]\]\]|\{\{|\}\}|@gen:", text):
            err(rid, "markup left in text")
        iv = []
        for s in r["spans"]:
            et, a, b = s["entity_type"], s["start"], s["end"]
            if et not in SCOPE:
                err(rid, "type out of scope " + et)
            if not (0 <= a < b <= len(text)):
                err(rid, "bad offsets %r" % s); continue
            v = text[a:b]
            if v != v.strip():
                err(rid, "span has outer whitespace %r" % v)
            if et in SUBS:
                if s.get("subtype") not in SUBS[et]:
                    err(rid, "missing/bad subtype %r" % s)
            elif "subtype" in s:
                err(rid, "subtype on %s" % et)
            if et in CHECKS and not CHECKS[et](v):
                err(rid, "%s fails check: %r" % (et, v))
            if et == "EMAIL_ADDRESS" and not email_domain_ok(v):
                err(rid, "email domain not reserved: %r" % v)
            if et == "PERSON" and v.split()[0].lower() in TITLES:
                err(rid, "title inside PERSON span: %r" % v)
            if et == "DATE_TIME" and v.split()[0].lower() in DATE_PREP and len(v.split()) > 1:
                err(rid, "leading preposition inside DATE_TIME span: %r" % v)
            iv.append((a, b, et))
        for l in r["lookalikes"]:
            a, b = l["start"], l["end"]
            if not (0 <= a < b <= len(text)) or not re.fullmatch(r"[a-z0-9_]+", l["kind"]):
                err(rid, "bad lookalike %r" % l); continue
            v = text[a:b]
            if l["kind"] in INVALID and INVALID[l["kind"]](v):
                err(rid, "%s passes its checksum: %r" % (l["kind"], v))
            iv.append((a, b, "look:" + l["kind"]))
        iv.sort()
        for x, y in zip(iv, iv[1:]):
            if y[0] < x[1]:
                err(rid, "overlap %r %r" % (x, y))
        # any reserved-range check on IPs/URLs written in text but unlabelled
        for m in re.finditer(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", text):
            if not re.match(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.", m.group()):
                err(rid, "IP outside documentation ranges: %s" % m.group())
        for m in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}", text):
            if not email_domain_ok(m.group()):
                err(rid, "e-mail with non-reserved domain: %s" % m.group())
    if n == 0:
        err("-", "no records")
    sp = os.path.join(HERE, "stats.json")
    if os.path.exists(sp):
        st = json.load(open(sp, encoding="utf-8"))
        recs = [json.loads(x) for x in open(path, encoding="utf-8")]
        if st.get("records") != len(recs) or st.get("spans") != sum(len(x["spans"]) for x in recs) \
                or st.get("lookalikes") != sum(len(x["lookalikes"]) for x in recs):
            err("-", "stats.json does not match all.jsonl (run build.py)")
    for e in errors[:200]:
        print(e)
    print("validate.py: %d records, %d problems" % (n, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
