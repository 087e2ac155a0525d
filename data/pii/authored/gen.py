#!/usr/bin/env python3
"""Expand value tokens (§kind:args§) in templates/*.txt into concrete, checksum-valid
values, write source.txt (inline markup), then strip the markup into all.jsonl."""
import glob, hashlib, json, random, re, string, sys, datetime

R = random.Random(20261201)
SCOPE = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
         "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "UK_NHS", "UK_NINO",
         "LOCATION", "DATE_TIME", "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN",
         "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"]

def digits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s

def fmt_groups(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

# ---------------- credit cards ----------------
def luhn_sum(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10

def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in string.digits:
        if luhn_sum(body + c) == 0:
            return body + c

CARD_PREFIX = {
    "visa": (["4539", "4716", "4485", "4024", "4929", "4556", "4532", "4916", "4147", "4388"], 16),
    "mc": (["5105", "5211", "5312", "5425", "5555", "2221", "2223", "2702", "5490", "5178"], 16),
    "amex": (["34", "37"], 15),
    "disc": (["6011", "6445", "6500", "6521"], 16),
    "jcb": (["3528", "3530", "3566", "3589"], 16),
    "diners": (["3056", "3852", "3600"], 14),
}

def gen_cc(brand=None, fmt=None):
    brand = brand or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
    prefs, ln = CARD_PREFIX[brand]
    num = luhn_complete(R.choice(prefs), ln)
    fmt = fmt or R.choice(["s", "s", "s", "c", "d"])
    if fmt == "c":
        return num
    sep = " " if fmt == "s" else "-"
    if ln == 15:
        return fmt_groups(num, [4, 6, 5], sep)
    if ln == 14:
        return fmt_groups(num, [4, 6, 4], sep)
    return fmt_groups(num, [4, 4, 4, 4], sep)

def gen_badluhn(n):
    while True:
        s = digits(int(n), first_nonzero=True)
        if luhn_sum(s) != 0:
            return s

# ---------------- IBAN ----------------
def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_check(cc, bban):
    return "%02d" % (98 - iban_num(bban + cc + "00") % 97)

def up(n):
    return "".join(R.choice(string.ascii_uppercase) for _ in range(n))

def be_bban():
    b = digits(10)
    chk = int(b) % 97
    chk = 97 if chk == 0 else chk
    return b + "%02d" % chk

BBAN = {
    "DE": lambda: digits(8, True) + digits(10),
    "FR": lambda: digits(5) + digits(5) + digits(11) + digits(2),
    "ES": lambda: R.choice(["2100", "0049", "0182", "2080", "0081"]) + digits(16),
    "IT": lambda: up(1) + R.choice(["03069", "02008", "05034", "01030"]) + digits(5) + digits(12),
    "NL": lambda: R.choice(["ABNA", "RABO", "INGB", "TRIO", "KNAB", "SNSB"]) + digits(10),
    "GB": lambda: R.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + digits(6) + digits(8),
    "IE": lambda: R.choice(["AIBK", "BOFI"]) + digits(6) + digits(8),
    "BE": be_bban,
    "PT": lambda: "0033" + digits(17),
    "CH": lambda: "00" + digits(3) + digits(12),
    "AT": lambda: digits(5, True) + digits(11),
    "PL": lambda: digits(24),
    "LU": lambda: digits(3) + digits(13),
}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "IE": 22, "BE": 16,
            "PT": 25, "CH": 21, "AT": 20, "PL": 28, "LU": 20}

def gen_iban(cc=None, fmt=None):
    cc = cc or R.choice(["DE", "FR", "ES", "IT", "NL", "GB"])
    bban = BBAN[cc]()
    iban = cc + iban_check(cc, bban) + bban
    assert len(iban) == IBAN_LEN[cc], (cc, iban)
    fmt = fmt or R.choice(["s", "s", "c"])
    if fmt == "c":
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

# ---------------- US ----------------
def aba_ok(s):
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0

def gen_aba():
    pre = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                    "21", "22", "23", "25", "26", "27", "28", "31", "32"])
    body = pre + digits(6)
    for c in string.digits:
        if aba_ok(body + c):
            return body + c

def gen_ssn(fmt=None):
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    fmt = fmt or R.choice(["d", "d", "d", "d", "s", "c"])
    sep = {"d": "-", "s": " ", "c": ""}[fmt]
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))

def gen_itin(fmt=None):
    a = "9" + digits(2)
    g = "%02d" % R.choice(ITIN_GROUPS)
    s = "%04d" % R.randint(1, 9999)
    fmt = fmt or R.choice(["d", "d", "d", "c"])
    return (a + "-" + g + "-" + s) if fmt == "d" else (a + g + s)

def gen_uspass():
    if R.random() < 0.6:
        return digits(9, True)
    return R.choice("ACEFGHKLMN") + digits(8)

def gen_usdl(state=None):
    state = state or R.choice(["CA", "NY", "TX", "FL", "IL", "PA", "WA", "OH"])
    if state == "CA": return up(1) + digits(7)
    if state == "NY": return digits(9, True) if R.random() < .5 else fmt_groups(digits(9, True), [3, 3, 3], " ")
    if state == "TX": return digits(8, True)
    if state == "FL": return up(1) + "%s-%s-%s-%s-%s" % (digits(3), digits(3), digits(2), digits(3), digits(1))
    if state == "IL": return up(1) + "%s-%s-%s" % (digits(3), digits(4), digits(4))
    if state == "PA": return fmt_groups(digits(8, True), [2, 3, 3], " ")
    if state == "WA": return "WDL" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9))
    if state == "OH": return up(2) + digits(6)
    return up(1) + digits(7)

def gen_usbank():
    return digits(R.choice([10, 10, 11, 12, 12, 9, 14]), True)

# ---------------- UK ----------------
def nhs_check(s9):
    tot = sum(int(c) * w for c, w in zip(s9, range(10, 1, -1)))
    c = 11 - tot % 11
    if c == 11: c = 0
    return c

def gen_nhs(fmt=None):
    while True:
        s = digits(9, True)
        c = nhs_check(s)
        if c != 10: break
    n = s + str(c)
    fmt = fmt or R.choice(["s", "s", "c", "d"])
    if fmt == "c": return n
    return fmt_groups(n, [3, 3, 4], " " if fmt == "s" else "-")

NINO_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}

def gen_nino(fmt=None):
    while True:
        a = R.choice([c for c in string.ascii_uppercase if c not in "DFIQUV"])
        b = R.choice([c for c in string.ascii_uppercase if c not in "DFIQUVO"])
        if a + b not in NINO_BAD_PAIRS: break
    d = digits(6)
    suf = R.choice("ABCD")
    fmt = fmt or R.choice(["s", "s", "c"])
    if fmt == "c": return a + b + d + suf
    return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], suf)

# ---------------- crypto ----------------
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big"); out = ""
    while n:
        n, r = divmod(n, 58); out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out

def b58decode(s):
    n = 0
    for c in s: n = n * 58 + B58.index(c)
    full = n.to_bytes((n.bit_length() + 7) // 8, "big")
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + full

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

def bech32_polymod(values):
    GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= GEN[i] if ((b >> i) & 1) else 0
    return chk

def hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]

def convertbits(data, frm, to):
    acc = bits = 0; ret = []; maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v; bits += frm
        while bits >= to:
            bits -= to; ret.append((acc >> bits) & maxv)
    if bits: ret.append((acc << (to - bits)) & maxv)
    return ret

def bech32_encode(hrp, data):
    values = hrp_expand(hrp) + data
    pm = bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)

def bech32_ok(addr):
    hrp, _, data = addr.rpartition("1")
    d = [BECH.index(c) for c in data]
    return bech32_polymod(hrp_expand(hrp) + d) == 1

def gen_btc(kind=None):
    kind = kind or R.choice(["p2pkh", "p2pkh", "p2sh", "bech32", "bech32"])
    h = bytes(R.getrandbits(8) for _ in range(20))
    if kind == "p2pkh": return b58check(b"\x00" + h)
    if kind == "p2sh": return b58check(b"\x05" + h)
    return bech32_encode("bc", [0] + convertbits(h, 8, 5))

def gen_eth():
    return "0x" + "".join(R.choice("0123456789abcdef") for _ in range(40))

# ---------------- ES / IT ----------------
NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

def gen_nif(fmt=None):
    n = digits(8)
    l = NIF_LETTERS[int(n) % 23]
    fmt = fmt or R.choice(["c", "c", "c", "d"])
    return n + ("-" if fmt == "d" else "") + l

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11,
                   3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate(string.ascii_uppercase)}}
CF_MONTH = "ABCDEHLMPRST"
BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "A662", "C351", "E506", "B354"]

def cf_check(s15):
    tot = 0
    for i, c in enumerate(s15):
        tot += CF_ODD[c] if i % 2 == 0 else CF_EVEN[c]
    return string.ascii_uppercase[tot % 26]

def _cons_vow(s):
    s = "".join(c for c in s.upper() if c.isalpha())
    return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]

def cf_surname(s):
    c, v = _cons_vow(s)
    return ("".join(c + v) + "XXX")[:3]

def cf_name(s):
    c, v = _cons_vow(s)
    if len(c) >= 4:
        return c[0] + c[2] + c[3]
    return ("".join(c + v) + "XXX")[:3]

def gen_itcf(surname=None, name=None, dob=None, sex=None):
    surname = surname or R.choice(["Rossi", "Bianchi", "Esposito", "Ferrari", "Romano", "Colombo", "Ricci",
                                   "Marino", "Greco", "Bruno", "Gallo", "Conti", "Mancini", "Costa"])
    name = name or R.choice(["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo",
                             "Sara", "Davide", "Elena", "Paolo", "Federica"])
    sex = sex or R.choice("MF")
    if dob:
        y, m, d = map(int, dob.split("-"))
    else:
        y, m, d = R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)
    day = d + (40 if sex == "F" else 0)
    s15 = cf_surname(surname) + cf_name(name) + "%02d" % (y % 100) + CF_MONTH[m - 1] + "%02d" % day + R.choice(BELFIORE)
    return s15 + cf_check(s15)

# ---------------- IN ----------------
V_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
V_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
V_INV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return str(V_INV[c])

def gen_aadhaar(fmt=None):
    while True:
        b = R.choice("23456789") + digits(10)
        n = b + verhoeff_digit(b)
        if len(set(n)) > 3: break
    fmt = fmt or R.choice(["s", "s", "s", "c", "d"])
    if fmt == "c": return n
    return fmt_groups(n, [4, 4, 4], " " if fmt == "s" else "-")

def gen_pan(initial=None):
    return up(3) + "P" + (initial or up(1)) + digits(4) + up(1)

# ---------------- AU / SG / PL ----------------
TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]

def tfn_ok(s):
    return len(s) == 9 and sum(int(c) * w for c, w in zip(s, TFN_W)) % 11 == 0

def gen_tfn(fmt=None):
    while True:
        s = digits(8, True)
        for c in string.digits:
            if tfn_ok(s + c):
                n = s + c; break
        else:
            continue
        break
    fmt = fmt or R.choice(["s", "s", "c"])
    return n if fmt == "c" else fmt_groups(n, [3, 3, 3], " ")

NRIC_W = [2, 7, 6, 5, 4, 3, 2]

def nric_letter(pfx, d7):
    tot = sum(int(c) * w for c, w in zip(d7, NRIC_W)) + (4 if pfx in "TG" else 0)
    return ("JZIHGFEDCBA" if pfx in "ST" else "XWUTRQPNMLK")[tot % 11]

def gen_nric(pfx=None):
    pfx = pfx or R.choice("SSSTTFG")
    d = digits(7)
    return pfx + d + nric_letter(pfx, d)

PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]

def pesel_check(s10):
    return str((10 - sum(int(c) * w for c, w in zip(s10, PESEL_W)) % 10) % 10)

def gen_pesel(dob=None, sex=None):
    if dob:
        y, m, d = map(int, dob.split("-"))
    else:
        y, m, d = R.randint(1950, 2006), R.randint(1, 12), R.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    sex = sex or R.choice("MF")
    sx = R.choice("13579" if sex == "M" else "02468")
    s10 = "%02d%02d%02d%s%s" % (y % 100, mm, d, digits(3), sx)
    return s10 + pesel_check(s10)

# ---------------- misc look-alike helpers ----------------
def gen_uuid():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

def gen_hash(n):
    return "%0*x" % (int(n), R.getrandbits(4 * int(n)))

def gen_imei():
    return luhn_complete(R.choice(["35", "86", "01", "35"]) + digits(6), 15)

def gen_isbn13():
    b = R.choice(["978", "979"]) + digits(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    n = b + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (n[:3], n[3], n[4:8], n[8:12], n[12])

GEN = {
    "cc": gen_cc, "badluhn": gen_badluhn, "iban": gen_iban, "aba": gen_aba, "ssn": gen_ssn,
    "itin": gen_itin, "uspass": gen_uspass, "usdl": gen_usdl, "usbank": gen_usbank,
    "nhs": gen_nhs, "nino": gen_nino, "btc": gen_btc, "eth": gen_eth, "nif": gen_nif,
    "itcf": gen_itcf, "aadhaar": gen_aadhaar, "pan": gen_pan, "tfn": gen_tfn, "nric": gen_nric,
    "pesel": gen_pesel, "uuid": gen_uuid, "hash": gen_hash, "imei": gen_imei, "isbn": gen_isbn13,
    "digits": lambda n: digits(int(n), True),
}

TOKEN = re.compile(r"§([a-z]+)((?::[^§]*)?)§")

def expand(line):
    def rep(m):
        kind = m.group(1)
        args = [a if a != "" else None for a in m.group(2)[1:].split(":")] if m.group(2) else []
        if kind == "itcf" and args:
            args = (args[0].split(",") + [None] * 4)[:4]
        return GEN[kind](*args)
    return TOKEN.sub(rep, line)

MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]|\{\{([A-Z_]+)\|(.*?)\}\}")

def parse(src):
    """src: one marked-up message (with literal \\n for newlines)."""
    src = src.replace("\\n", "\n")
    text, spans, looks, pos = [], [], [], 0
    cur = 0
    for m in MARK.finditer(src):
        text.append(src[pos:m.start()]); cur += m.start() - pos
        if m.group(1):
            typ, val, dest = m.group(1), m.group(2), spans
            if typ not in SCOPE:
                raise ValueError("unknown entity type %s in %r" % (typ, src))
            rec = {"entity_type": typ, "start": cur, "end": cur + len(val)}
        else:
            typ, val, dest = m.group(3), m.group(4), looks
            rec = {"kind": typ, "start": cur, "end": cur + len(val)}
        dest.append(rec)
        text.append(val); cur += len(val); pos = m.end()
    text.append(src[pos:])
    t = "".join(text)
    if "[[" in t or "]]" in t or "{{" in t or "}}" in t or "§" in t:
        raise ValueError("leftover markup: %r" % src)
    return t, spans, looks

def main():
    lines = []
    for f in sorted(glob.glob("templates/*.txt")):
        for ln in open(f, encoding="utf-8"):
            ln = ln.rstrip("\n")
            if not ln.strip() or ln.startswith("#"):
                continue
            lines.append(expand(ln))
    with open("source.txt", "w", encoding="utf-8") as fo:
        for ln in lines:
            fo.write(ln + "\n")
    with open("all.jsonl", "w", encoding="utf-8") as fo:
        for ln in lines:
            t, s, l = parse(ln)
            fo.write(json.dumps({"text": t, "spans": s, "lookalikes": l, "scope": SCOPE}, ensure_ascii=False) + "\n")
    print(len(lines), "messages")

if __name__ == "__main__":
    main()
