#!/usr/bin/env python3
"""Build all.jsonl from the hand-written marked-up sources in src/*.txt.

Markup:
  @@ <lang> <style>            starts a message
  [[TYPE|value]]               PII span
  [[TYPE:subtype|value]]       PII span with subtype (LOCATION / DATE_TIME)
  {{kind|value}}               look-alike (must NOT be flagged)
  @gen:<kind>[:arg...]         as a value: filled in by this script (fixed seed)
"""
import glob, hashlib, json, os, re, random, sys, unicodedata, uuid as _uuid
from collections import Counter, defaultdict

SEED = 20240505
rng = random.Random(SEED)

SCOPE = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
         "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "UK_NHS", "UK_NINO",
         "LOCATION", "DATE_TIME", "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN",
         "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"]

D = "0123456789"
U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(n, first_nonzero=False):
    s = "".join(rng.choice(D) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)

# ---------------------------------------------------------------- cards
def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(brand):
    if brand == "visa":
        p, n = "4", 16
    elif brand == "mc":
        p, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2301"]), 16
    elif brand == "amex":
        p, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        p, n = rng.choice(["6011", "65"]), 16
    body = p + digits(n - len(p) - 1)
    return body + luhn_digit(body)


def fmt_card(num, sep):
    if not sep:
        return num
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    return group(num, sizes, sep)


def bad_card():
    good = card(rng.choice(["visa", "mc"]))
    last = (int(good[-1]) + rng.randint(1, 9)) % 10
    return good[:-1] + str(last)

# ---------------------------------------------------------------- IBAN
def bban(cc):
    L = lambda k: "".join(rng.choice(U) for _ in range(k))
    if cc == "DE": return digits(8, True) + digits(10)
    if cc == "FR": return digits(5, True) + digits(5) + digits(11) + digits(2)
    if cc == "ES": return digits(20, True)
    if cc == "IT": return rng.choice(U) + digits(5) + digits(5) + digits(12)
    if cc == "NL": return rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + digits(10)
    if cc == "PL": return digits(24, True)
    if cc == "GB": return rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(14)
    if cc == "IE": return rng.choice(["AIBK", "BOFI"]) + digits(14)
    if cc == "PT": return "00" + digits(19, True)
    if cc == "BE": return digits(12, True)
    if cc == "SE": return digits(20, True)
    if cc == "TR": return digits(5, True) + "0" + digits(16)
    if cc == "CH": return "00" + digits(3, True) + digits(12)
    if cc == "AT": return digits(16, True)
    raise ValueError(cc)


def iban_cd(cc, b):
    s = b + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(cc):
    b = bban(cc)
    return cc + iban_cd(cc, b) + b


def bad_iban(cc):
    good = iban(cc)
    while True:
        cd = "%02d" % rng.randint(2, 98)
        cand = good[:2] + cd + good[4:]
        if not iban_ok(cand):
            return cand


def space4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

# ---------------------------------------------------------------- ABA
ABA_PREFIX = ["%02d" % x for x in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))]


def aba():
    p = rng.choice(ABA_PREFIX) + digits(6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(p, w))
    return p + str((10 - s % 10) % 10)


def bad_aba():
    g = aba()
    return g[:-1] + str((int(g[-1]) + rng.randint(1, 9)) % 10)

# ---------------------------------------------------------------- NHS
def nhs():
    while True:
        b = rng.choice("456789") + digits(8)
        s = sum(int(c) * (10 - i) for i, c in enumerate(b))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return b + str(c)

# ---------------------------------------------------------------- Aadhaar (Verhoeff)
VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,7,8,6,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def aadhaar():
    b = rng.choice("23456789") + digits(10)
    return b + verhoeff_digit(b)

# ---------------------------------------------------------------- PESEL
def pesel(date, sex):
    y, m, d = [int(x) for x in date.split("-")]
    if 1800 <= y < 1900: m += 80
    elif 2000 <= y < 2100: m += 20
    elif 2100 <= y < 2200: m += 40
    s = "%02d%02d%02d" % (y % 100, m, d) + digits(3)
    sx = rng.choice("02468" if sex.upper() == "F" else "13579")
    s += sx
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    t = sum(int(c) * k for c, k in zip(s, w))
    return s + str((10 - t % 10) % 10)

# ---------------------------------------------------------------- ES NIF / NIE
DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni():
    n = rng.randint(10000000, 99999999)
    return "%08d%s" % (n, DNI_L[n % 23])


def nie():
    p = rng.choice("XYZ")
    n = digits(7)
    return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]

# ---------------------------------------------------------------- IT codice fiscale
def _plain(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if c.isalpha() and not unicodedata.combining(c)).upper()


def cf_part(s, is_name):
    s = _plain(s)
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1,0,5,7,9,13,15,17,19,21,1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))


def cf_check(s15):
    t = 0
    for i, c in enumerate(s15):
        if i % 2 == 0:
            t += CF_ODD[c]
        else:
            t += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + t % 26)


def itcf(sur, name, date, sex, comune):
    y, m, d = [int(x) for x in date.split("-")]
    dd = d + (40 if sex.upper() == "F" else 0)
    s = cf_part(sur, False) + cf_part(name, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1] + "%02d" % dd + comune.upper()
    return s + cf_check(s)

# ---------------------------------------------------------------- AU TFN
def tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        b = digits(8, True)
        s = sum(int(c) * k for c, k in zip(b, w))
        for last in range(10):
            if (s + 10 * last) % 11 == 0:
                return b + str(last)

# ---------------------------------------------------------------- SG NRIC/FIN
def nric(prefix):
    b = digits(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(b, w)) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + b + table[s % 11]

# ---------------------------------------------------------------- crypto
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    b = payload + chk
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + s


def btc(version=0):
    return b58check(bytes([version]) + bytes(rng.randrange(256) for _ in range(20)))


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def _hrp(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convert(data, f, t):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << f) | v
        bits += f
        while bits >= t:
            bits -= t
            out.append((acc >> bits) & ((1 << t) - 1))
    if bits:
        out.append((acc << (t - bits)) & ((1 << t) - 1))
    return out


def bech32_addr(prog, hrp="bc"):
    data = [0] + _convert(prog, 8, 5)
    pm = _polymod(_hrp(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32():
    return bech32_addr(bytes(rng.randrange(256) for _ in range(20)))


def eth():
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))

# ---------------------------------------------------------------- US ids
def ssn_parts():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        r = "%03d%02d%04d" % (a, g, s)
        if r in ("078051120", "123456789", "219099999") or len(set(r)) == 1:
            continue
        return "%03d" % a, "%02d" % g, "%04d" % s


def bad_ssn():
    a = rng.choice(["000", "666"])
    return "%s-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def itin():
    return "9%s-%02d-%04d" % (digits(2), rng.choice(ITIN_GROUPS), rng.randint(1, 9999))


NINO1 = "ABCEGHJKLMNOPRSTWXYZ"
NINO2 = "ABCEGHJKLMNPRSTWXYZ"


def nino(spaced):
    while True:
        p = rng.choice(NINO1) + rng.choice(NINO2)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    n = digits(6)
    suf = rng.choice("ABCD")
    if spaced:
        return "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], suf)
    return p + n + suf


def passport(letter):
    if letter:
        return rng.choice("ACEFHJKLMNPRSTUWXZ") + digits(8)
    return digits(9, True)


def dl(state):
    L = rng.choice(U)
    return {
        "CA": lambda: L + digits(7),
        "NY": lambda: digits(9, True),
        "TX": lambda: digits(8, True),
        "PA": lambda: digits(8, True),
        "FL": lambda: L + digits(12),
        "IL": lambda: L + digits(11),
        "NJ": lambda: L + digits(14),
        "WA": lambda: "WDL" + "".join(rng.choice(U + D) for _ in range(9)),
        "OH": lambda: rng.choice(U) + rng.choice(U) + digits(6),
        "MA": lambda: "S" + digits(8),
    }[state]()


def pan(sur):
    return "".join(rng.choice(U) for _ in range(3)) + "P" + _plain(sur)[0] + digits(4) + rng.choice(U)


def uuid4():
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def githash(n=40):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def generate(spec):
    parts = spec.split(":")
    k, a = parts[0], parts[1:]
    if k in ("visa", "mc", "amex", "disc"):
        return fmt_card(card(k), {"": "", "s": " ", "d": "-"}[a[0] if a else ""])
    if k == "badcard":
        return fmt_card(bad_card(), {"": "", "s": " ", "d": "-"}[a[0] if a else ""])
    if k == "iban":
        v = iban(a[0]); return space4(v) if len(a) > 1 and a[1] == "s" else v
    if k == "badiban":
        v = bad_iban(a[0]); return space4(v) if len(a) > 1 and a[1] == "s" else v
    if k == "aba": return aba()
    if k == "badaba": return bad_aba()
    if k == "nhs":
        v = nhs()
        if a and a[0] == "s": return group(v, [3, 3, 4], " ")
        if a and a[0] == "d": return group(v, [3, 3, 4], "-")
        return v
    if k == "aadhaar":
        v = aadhaar(); return group(v, [4, 4, 4], " ") if a and a[0] == "s" else v
    if k == "pesel": return pesel(a[0], a[1])
    if k == "dni": return dni()
    if k == "nie": return nie()
    if k == "itcf": return itcf(*a)
    if k == "tfn":
        v = tfn(); return group(v, [3, 3, 3], " ") if a and a[0] == "s" else v
    if k == "nric": return nric(a[0] if a else "S")
    if k == "btc": return btc(5 if a and a[0] == "p2sh" else 0)
    if k == "bech32": return bech32()
    if k == "eth": return eth()
    if k == "ssn":
        x = ssn_parts(); sep = {"": "-", "d": "-", "s": " ", "n": ""}[a[0] if a else ""]
        return sep.join(x)
    if k == "badssn": return bad_ssn()
    if k == "itin": return itin()
    if k == "nino": return nino(bool(a and a[0] == "s"))
    if k == "passport": return passport(bool(a and a[0] == "l"))
    if k == "dl": return dl(a[0])
    if k == "bank": return digits(int(a[0]) if a else rng.randint(8, 17), True)
    if k == "pan": return pan(a[0])
    if k == "uuid": return uuid4()
    if k == "githash": return githash(int(a[0]) if a else 40)
    raise ValueError("unknown gen kind " + spec)

# ---------------------------------------------------------------- markup
TOK = re.compile(r"\[\[([A-Z_]+)(?::([a-z_]+))?\|(.+?)\]\]|\{\{([a-z_]+)\|(.+?)\}\}")


def parse_message(raw):
    text, spans, looks = [], [], []
    pos = 0
    cur = 0
    for m in TOK.finditer(raw):
        lit = raw[pos:m.start()]
        text.append(lit); cur += len(lit)
        if m.group(1):
            et, sub, val = m.group(1), m.group(2), m.group(3)
        else:
            et, sub, val = None, None, m.group(5)
        if val.startswith("@gen:"):
            val = generate(val[5:])
        text.append(val)
        if et:
            if et not in SCOPE:
                raise ValueError("bad type %s in %r" % (et, raw[:60]))
            sp = {"entity_type": et, "start": cur, "end": cur + len(val)}
            if et in ("LOCATION", "DATE_TIME"):
                if not sub:
                    raise ValueError("missing subtype %s in %r" % (val, raw[:80]))
                sp["subtype"] = sub
            elif sub:
                raise ValueError("unexpected subtype on %s" % et)
            spans.append(sp)
        else:
            looks.append({"kind": m.group(4), "start": cur, "end": cur + len(val)})
        cur += len(val)
        pos = m.end()
    text.append(raw[pos:])
    return "".join(text), spans, looks


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for fn in sorted(glob.glob(os.path.join(here, "src", "*.txt"))):
        cur = None
        with open(fn, encoding="utf-8") as f:
            lines = f.read().split("\n")
        msgs = []
        for ln in lines:
            if ln.startswith("@@ "):
                hdr = ln[3:].split()
                cur = {"lang": hdr[0], "style": hdr[1], "lines": [], "file": os.path.basename(fn)}
                msgs.append(cur)
            elif cur is not None:
                cur["lines"].append(ln)
        for mm in msgs:
            raw = "\n".join(mm["lines"]).strip("\n").rstrip()
            text, spans, looks = parse_message(raw)
            rows.append({"lang": mm["lang"], "style": mm["style"], "text": text,
                         "spans": spans, "lookalikes": looks, "_file": mm["file"]})
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "b5pii-%04d" % i, "lang": r["lang"], "style": r["style"], "text": r["text"],
                    "spans": r["spans"], "lookalikes": r["lookalikes"], "scope": SCOPE})
    with open(os.path.join(here, "all.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    write_readme(here, out)
    print("wrote %d messages" % len(out))


def write_readme(here, out):
    et = Counter(); sub = defaultdict(Counter); lang = Counter(); style = Counter(); lk = Counter()
    empty = 0
    for o in out:
        lang[o["lang"]] += 1; style[o["style"]] += 1
        if not o["spans"]:
            empty += 1
        for s in o["spans"]:
            et[s["entity_type"]] += 1
            if "subtype" in s:
                sub[s["entity_type"]][s["subtype"]] += 1
        for l in o["lookalikes"]:
            lk[l["kind"]] += 1
    tmpl = open(os.path.join(here, "README.template.md"), encoding="utf-8").read()
    t = lambda c: "\n".join("| %s | %d |" % (k, v) for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])))
    table = "| entity_type | spans |\n|---|---|\n" + "\n".join("| %s | %d |" % (k, et.get(k, 0)) for k in SCOPE)
    subt = ""
    for k in ("LOCATION", "DATE_TIME"):
        subt += "\n**%s**\n\n| subtype | spans |\n|---|---|\n%s\n" % (k, t(sub[k]))
    rep = {
        "{{N}}": str(len(out)), "{{EMPTY}}": str(empty),
        "{{NSPANS}}": str(sum(et.values())), "{{NLOOK}}": str(sum(lk.values())),
        "{{ENTITY_TABLE}}": table, "{{SUBTYPE_TABLES}}": subt,
        "{{LANG_TABLE}}": "| lang | messages |\n|---|---|\n" + t(lang),
        "{{STYLE_TABLE}}": "| style | messages |\n|---|---|\n" + t(style),
        "{{LOOK_TABLE}}": "| kind | count |\n|---|---|\n" + t(lk),
    }
    for k, v in rep.items():
        tmpl = tmpl.replace(k, v)
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(tmpl)


def selftest():
    assert cf_check("RSSMRA85T10A562") == "S", cf_check("RSSMRA85T10A562")
    assert itcf("Rossi", "Mario", "1985-12-10", "M", "A562") == "RSSMRA85T10A562S"
    assert verhoeff_digit("236") == "3"
    assert bech32_addr(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert b58check(bytes.fromhex("00" + "62e907b15cbf27d5425399ebf6f0fb50ebb88f18")) == "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert iban_cd("DE", "370400440532013000") == "89"
    assert luhn_digit("411111111111111") == "1"
    assert nric("S") and DNI_L[12345678 % 23] == "Z"


if __name__ == "__main__":
    selftest()
    main()
