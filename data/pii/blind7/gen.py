#!/usr/bin/env python3
"""Build all.jsonl from hand-written marked-up sources in src/*.txt.

Markup:
  @@ <lang> <style>              starts a message
  [[TYPE|value]]                 PII span
  [[TYPE:subtype|value]]         PII span with subtype
  {{kind|value}}                 look-alike (must NOT be flagged)
  value = @gen:<kind>[:fmt]      generated value (fixed seed 20261203)
"""
import glob
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))

SCOPE = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
         "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "UK_NHS", "UK_NINO",
         "LOCATION", "DATE_TIME", "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN",
         "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"]
SUBTYPES = {"LOCATION": {"address", "city", "region", "country"},
            "DATE_TIME": {"dob", "date", "time", "relative", "datetime", "timestamp"}}

R = random.Random(SEED)


def digits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


SEPS = {"s": " ", "d": "-", "p": ""}

# ---------------- Luhn / cards ----------------


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


CARD = {
    "visa": (lambda: "4" + digits(14), [4, 4, 4, 4]),
    "mc": (lambda: R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), [4, 4, 4, 4]),
    "amex": (lambda: R.choice(["34", "37"]), [4, 6, 5]),
    "discover": (lambda: R.choice(["6011", "65"]), [4, 4, 4, 4]),
    "jcb": (lambda: "35" + R.choice(["28", "41", "66", "89"]), [4, 4, 4, 4]),
    "diners": (lambda: R.choice(["36", "38", "300", "305"]), [4, 6, 4]),
    "maestro": (lambda: R.choice(["6759", "5018", "6304"]), [4, 4, 4, 4]),
}


def card_number(brand):
    pref, sizes = CARD[brand]
    p = pref()
    length = sum(sizes)
    body = p + digits(length - 1 - len(p)) if len(p) < length - 1 else p[:length - 1]
    return body + luhn_check_digit(body), sizes


def gen_card(brand, fmt):
    num, sizes = card_number(brand)
    return group(num, sizes, SEPS.get(fmt or "s", " "))


def gen_invalid_card(fmt):
    brand, _, sep = (fmt or "visa-s").partition("-")
    num, sizes = card_number(brand)
    bad = str((int(num[-1]) + R.randint(1, 9)) % 10)
    return group(num[:-1] + bad, sizes, SEPS.get(sep or "s", " "))

# ---------------- IBAN ----------------


def _alnum(n):
    return "".join(R.choice(string.ascii_uppercase) for _ in range(n))


BBAN = {
    "DE": lambda: digits(18),
    "GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(14),
    "FR": lambda: digits(23),
    "ES": lambda: digits(20),
    "IT": lambda: _alnum(1) + digits(22),
    "NL": lambda: R.choice(["ABNA", "INGB", "RABO", "SNSB"]) + digits(10),
    "PL": lambda: digits(24),
    "BE": lambda: digits(12),
    "CH": lambda: digits(17),
    "AT": lambda: digits(16),
    "PT": lambda: digits(21),
    "SE": lambda: digits(20),
    "IE": lambda: R.choice(["AIBK", "BOFI"]) + digits(14),
}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(country, bban):
    return "%02d" % (98 - iban_num(bban + country + "00") % 97)


def gen_iban(fmt, invalid=False):
    country, _, mode = (fmt or "DE").partition("-")
    bban = BBAN[country]()
    chk = iban_check(country, bban)
    if invalid:
        while True:
            c2 = "%02d" % R.randint(2, 98)
            if c2 != chk and iban_num(bban + country + c2) % 97 != 1:
                chk = c2
                break
    s = country + chk + bban
    if mode == "s":
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

# ---------------- US ----------------


def gen_aba(fmt):
    while True:
        pre = R.choice(["0%d" % R.randint(1, 9), "1%d" % R.randint(0, 2), str(R.randint(21, 32)),
                        str(R.randint(61, 72))])
        body = pre + digits(6)
        for c in range(10):
            d = [int(x) for x in body + str(c)]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                return body + str(c)


def gen_ssn(fmt):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    return "%03d%s%02d%s%04d" % (area, SEPS[fmt or "d"], g, SEPS[fmt or "d"], s)


def gen_invalid_ssn(fmt):
    sep = SEPS[fmt or "d"]
    kind = R.choice(["000", "666", "9xx", "g00", "s0000"])
    area, g, s = R.randint(1, 665), R.randint(1, 99), R.randint(1, 9999)
    if kind == "000":
        area = 0
    elif kind == "666":
        area = 666
    elif kind == "9xx":
        area, g = R.randint(900, 999), R.randint(10, 65)
    elif kind == "g00":
        g = 0
    else:
        s = 0
    return "%03d%s%02d%s%04d" % (area, sep, g, sep, s)


def gen_itin(fmt):
    sep = SEPS[fmt or "d"]
    return "9%02d%s%02d%s%04d" % (R.randint(0, 99), sep, R.randint(70, 88), sep, R.randint(0, 9999))


def gen_us_passport(fmt):
    if fmt == "l":
        return R.choice("ACEFHKLMNRSUVWXYZ") + digits(8)
    return digits(9, True)


def gen_us_dl(fmt):
    st = fmt or "CA"
    if st == "CA":
        return R.choice(string.ascii_uppercase) + digits(7)
    if st == "NY":
        return group(digits(9, True), [3, 3, 3], " ")
    if st == "TX":
        return digits(8, True)
    if st == "FL":
        return group(R.choice(string.ascii_uppercase) + digits(12), [4, 3, 2, 3, 1], "-")
    if st == "IL":
        return group(R.choice(string.ascii_uppercase) + digits(11), [4, 4, 4], "-")
    if st == "WA":
        return "WDL" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9))
    if st == "PA":
        return group(digits(8, True), [2, 3, 3], " ")
    if st == "NJ":
        return R.choice(string.ascii_uppercase) + digits(14)
    if st == "MI":
        return R.choice(string.ascii_uppercase) + digits(12)
    raise ValueError(st)


def gen_us_bank(fmt):
    return digits(int(fmt or 10), True)

# ---------------- UK ----------------


def gen_nino(fmt):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a, b = R.choice(string.ascii_uppercase), R.choice(string.ascii_uppercase)
        if a in bad1 or b in bad2 or a + b in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            continue
        break
    d = digits(6)
    suf = R.choice("ABCD")
    if fmt == "s":
        return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], suf)
    return a + b + d + suf


def gen_nhs(fmt):
    while True:
        body = digits(9, True)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = body + str(c)
        return group(n, [3, 3, 4], SEPS.get(fmt or "s"))

# ---------------- India ----------------

VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def gen_aadhaar(fmt):
    body = R.choice("23456789") + digits(10)
    return group(body + verhoeff_digit(body), [4, 4, 4], SEPS.get(fmt or "s"))


def gen_pan(fmt):
    letter = (fmt or R.choice("SKRPMA")).upper()[0]
    return _alnum(3) + "P" + letter + digits(4) + _alnum(1)

# ---------------- EU ----------------


def gen_pesel(fmt):
    if fmt:
        y, m, d, sex = fmt.split("/")
        y, m, d = int(y), int(m), int(d)
    else:
        y, m, d, sex = R.randint(1940, 2012), R.randint(1, 12), R.randint(1, 28), R.choice("MF")
    mm = m + (20 if y >= 2000 else 0)
    serial = digits(3)
    sexd = R.choice("13579") if sex == "M" else R.choice("02468")
    body = "%02d%02d%02d%s%s" % (y % 100, mm, d, serial, sexd)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def gen_dni(fmt):
    n = digits(8)
    s = n + DNI_LETTERS[int(n) % 23]
    return s[:8] + "-" + s[8] if fmt == "d" else s


def gen_nie(fmt):
    p = R.choice("XYZ")
    n = digits(7)
    letter = DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
    return p + n + letter if fmt != "d" else "%s-%s-%s" % (p, n, letter)


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_char(s15):
    tot = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)


def _cf_part(word, is_name):
    w = "".join(c for c in word.upper() if c.isalpha())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def gen_cf(fmt):
    if fmt:
        parts = fmt.split("/")
        sur, name, sex = parts[0], parts[1], parts[2]
    else:
        parts, sur, name, sex = [], _alnum(6), _alnum(5), R.choice("MF")
    y = R.randint(40, 99)
    m = R.choice("ABCDEHLMPRST")
    d = R.randint(1, 28)
    if len(parts) == 6:  # Surname/Name/Sex/YYYY/MM/DD
        y, m, d = int(parts[3]) % 100, "ABCDEHLMPRST"[int(parts[4]) - 1], int(parts[5])
    d += 40 if sex == "F" else 0
    place = R.choice("ABCDEFGHILM") + digits(3)
    s15 = _cf_part(sur, False) + _cf_part(name, True) + "%02d%s%02d%s" % (y, m, d, place)
    return s15 + cf_char(s15)

# ---------------- AU / SG ----------------


def gen_tfn(fmt):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        n = digits(9, True)
        if sum(int(a) * b for a, b in zip(n, w)) % 11 == 0:
            return group(n, [3, 3, 3], SEPS.get(fmt or "s"))


def gen_nric(fmt):
    p = (fmt or "S").upper()
    n = digits(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    tot = sum(int(a) * b for a, b in zip(n, w)) + (4 if p in "TG" else 0)
    table = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    return p + n + table[tot % 11]

# ---------------- crypto ----------------

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def gen_btc(fmt):
    ver = b"\x05" if fmt == "p2sh" else b"\x00"
    return b58check(ver + bytes(R.randrange(256) for _ in range(20)))


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def convertbits(data, frm, to):
    acc, bits, ret, maxv = 0, 0, [], (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def gen_bech32(fmt):
    prog = bytes(R.randrange(256) for _ in range(20))
    data = [0] + convertbits(prog, 8, 5)
    pm = bech32_polymod(hrp_expand("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH[d] for d in data + chk)


def _rol(a, n):
    n %= 64
    return ((a >> (64 - n)) | (a << n)) & 0xFFFFFFFFFFFFFFFF if n else a


def keccak_f(lanes):
    rr = 1
    for _ in range(24):
        c = [lanes[x][0] ^ lanes[x][1] ^ lanes[x][2] ^ lanes[x][3] ^ lanes[x][4] for x in range(5)]
        d = [c[(x + 4) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        lanes = [[lanes[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        x, y = 1, 0
        cur = lanes[x][y]
        for t in range(24):
            x, y = y, (2 * x + 3 * y) % 5
            cur, lanes[x][y] = lanes[x][y], _rol(cur, (t + 1) * (t + 2) // 2)
        for y in range(5):
            t_ = [lanes[x][y] for x in range(5)]
            for x in range(5):
                lanes[x][y] = t_[x] ^ ((~t_[(x + 1) % 5]) & t_[(x + 2) % 5])
        for j in range(7):
            rr = ((rr << 1) ^ ((rr >> 7) * 0x71)) % 256
            if rr & 2:
                lanes[0][0] ^= 1 << ((1 << j) - 1)
    return lanes


def keccak(msg, suffix=0x01, rate=136, outlen=32):
    m = bytearray(msg) + bytes([suffix])
    while len(m) % rate:
        m.append(0)
    m[-1] |= 0x80
    lanes = [[0] * 5 for _ in range(5)]
    for off in range(0, len(m), rate):
        blk = m[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            lanes[x][y] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        lanes = keccak_f(lanes)
    out = b"".join(lanes[i % 5][i // 5].to_bytes(8, "little") for i in range(25))
    return out[:outlen]


def eip55(addr_hex):
    a = addr_hex.lower()
    h = keccak(a.encode()).hex()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(h[i], 16) >= 8 else ch for i, ch in enumerate(a))


def gen_eth(fmt):
    a = "".join(R.choice("0123456789abcdef") for _ in range(40))
    return "0x" + a if fmt == "lower" else eip55(a)

# ---------------- misc look-alike helpers ----------------


def gen_uuid(fmt):
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def gen_hex(fmt):
    return "".join(R.choice("0123456789abcdef") for _ in range(int(fmt or 40)))


GEN = {
    "invalid_card": gen_invalid_card, "iban": gen_iban,
    "invalid_iban": lambda f: gen_iban(f, invalid=True), "aba": gen_aba, "us_bank": gen_us_bank,
    "ssn": gen_ssn, "invalid_ssn": gen_invalid_ssn, "itin": gen_itin, "us_passport": gen_us_passport,
    "us_dl": gen_us_dl, "nino": gen_nino, "nhs": gen_nhs, "aadhaar": gen_aadhaar, "pan": gen_pan,
    "pesel": gen_pesel, "dni": gen_dni, "nie": gen_nie, "cf": gen_cf, "tfn": gen_tfn,
    "nric": gen_nric, "btc": gen_btc, "bech32": gen_bech32, "eth": gen_eth, "uuid": gen_uuid,
    "hex": gen_hex,
}
for _b in CARD:
    GEN[_b] = (lambda b: (lambda f: gen_card(b, f)))(_b)


def generate(spec):
    kind, _, fmt = spec.partition(":")
    if kind not in GEN:
        raise ValueError("unknown generator %r" % spec)
    return GEN[kind](fmt or None)

# ---------------- parsing ----------------


MARK = re.compile(r"\[\[([A-Z_]+)(?::([a-z_]+))?\|(.*?)\]\]|\{\{([a-z_0-9]+)\|(.*?)\}\}", re.S)


def build_message(raw, where):
    text, spans, looks = [], [], []
    pos, cur = 0, 0
    for m in MARK.finditer(raw):
        text.append(raw[pos:m.start()])
        cur += m.start() - pos
        if m.group(1):
            etype, sub, val = m.group(1), m.group(2), m.group(3)
        else:
            etype, sub, val = None, None, m.group(5)
        if val.startswith("@gen:"):
            val = generate(val[5:])
        if etype:
            if etype not in SCOPE:
                raise ValueError("%s: bad type %s" % (where, etype))
            if etype in SUBTYPES and sub not in SUBTYPES[etype]:
                raise ValueError("%s: bad/missing subtype %s for %s" % (where, sub, etype))
            if etype not in SUBTYPES and sub:
                raise ValueError("%s: unexpected subtype %s" % (where, sub))
            sp = {"entity_type": etype, "start": cur, "end": cur + len(val)}
            if sub:
                sp["subtype"] = sub
            spans.append(sp)
        else:
            looks.append({"kind": m.group(4), "start": cur, "end": cur + len(val)})
        text.append(val)
        cur += len(val)
        pos = m.end()
    text.append(raw[pos:])
    t = "".join(text)
    for leftover in (r"\[\[[A-Z_]+[:|]", r"\{\{[a-z_0-9]+\|", r"@gen:", r"\|[^|\n]{0,80}\]\]"):
        if re.search(leftover, t):
            raise ValueError("%s: leftover markup %r" % (where, leftover))
    # strip: leading/trailing whitespace of message (shift offsets)
    lead = len(t) - len(t.lstrip())
    t2 = t.strip()
    for s in spans + looks:
        s["start"] -= lead
        s["end"] -= lead
    return t2, spans, looks


def parse_file(path):
    msgs = []
    head, buf, line_no = None, [], 0
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for i, line in enumerate(lines + ["@@ END END"]):
        if line.startswith("@@ "):
            if head:
                msgs.append((head, "\n".join(buf), "%s:%d" % (os.path.basename(path), line_no)))
            parts = line[3:].split()
            head, buf, line_no = (parts[0], parts[1]), [], i + 1
        elif line.startswith("#!"):
            continue  # author comment
        else:
            buf.append(line)
    return msgs


def main():
    files = sorted(glob.glob(os.path.join(HERE, "src", "*.txt")))
    out, srcmap = [], []
    n = 0
    for f in files:
        for (lang, style), raw, where in parse_file(f):
            if not raw.strip():
                continue
            n += 1
            text, spans, looks = build_message(raw, where)
            out.append({"id": "b7pii-%04d" % n, "lang": lang, "style": style, "text": text,
                        "spans": spans, "lookalikes": looks, "scope": SCOPE})
            srcmap.append("%s\t%s" % (out[-1]["id"], where))
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "srcmap.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(srcmap) + "\n")
    print("wrote %d messages, %d spans, %d lookalikes" % (
        len(out), sum(len(r["spans"]) for r in out), sum(len(r["lookalikes"]) for r in out)))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "selftest":
        assert keccak(b"", 0x06) == hashlib.sha3_256(b"").digest()
        assert keccak(b"abc", 0x06) == hashlib.sha3_256(b"abc").digest()
        assert keccak(b"").hex().startswith("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b")
        d = [BECH.index(c) for c in "qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"]
        assert bech32_polymod(hrp_expand("bc") + d) == 1
        assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
        print("selftest ok")
    else:
        main()
