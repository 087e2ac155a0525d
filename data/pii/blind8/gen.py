#!/usr/bin/env python3
"""Build all.jsonl (and README counts) from the hand-written src/*.txt files.

Markup (see README.md):
  @@ <lang> <style>            starts a message
  [[TYPE|value]]               PII span
  [[TYPE:subtype|value]]       PII span with subtype (LOCATION / DATE_TIME only)
  {{kind|value}}               look-alike that must NOT be flagged
  value = @gen:<kind>          checksum-valid identifier generated here
  lines starting with '##'     source comments (dropped)
Generation is deterministic: every generated value is seeded from the raw
message text plus its occurrence index, so output never depends on run order.
"""
import glob
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

SCOPE = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "IBAN_CODE",
         "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "UK_NHS", "UK_NINO", "DATE_TIME", "LOCATION",
         "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN", "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"]
SUBTYPES = {"LOCATION": {"address", "city", "region", "country"},
            "DATE_TIME": {"date", "time", "datetime", "dob", "relative", "timestamp"}}

# ---------------------------------------------------------------- Keccak-256
M64 = (1 << 64) - 1


def _rol(v, n):
    n %= 64
    return ((v << n) | (v >> (64 - n))) & M64 if n else v


def _rc_bit(t):
    if t % 255 == 0:
        return 1
    r = 1
    for _ in range(t % 255):
        r <<= 1
        if r & 0x100:
            r ^= 0x171
    return r & 1


_RC = []
for _ir in range(24):
    _v = 0
    for _j in range(7):
        if _rc_bit(_j + 7 * _ir):
            _v |= 1 << ((1 << _j) - 1)
    _RC.append(_v)
_ROT = [[0] * 5 for _ in range(5)]
_x, _y = 1, 0
for _t in range(24):
    _ROT[_x][_y] = ((_t + 1) * (_t + 2) // 2) % 64
    _x, _y = _y, (2 * _x + 3 * _y) % 5


def _keccak_f(a):
    for rnd in range(24):
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y] & M64) for y in range(5)]
             for x in range(5)]
        a[0][0] ^= _RC[rnd]
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        a = _keccak_f(a)
    out = b""
    for i in range(4):
        out += a[i % 5][i // 5].to_bytes(8, "little")
    return out


assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"

# ---------------------------------------------------------------- generators
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def rd(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def card(rng, brand, fmt, bad=False):
    if brand == "visa":
        pre, ln = "4", 16
    elif brand == "mc":
        pre, ln = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2410"]), 16
    elif brand == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    else:
        pre, ln = rng.choice(["6011", "65"]), 16
    body = pre + rd(rng, ln - 1 - len(pre))
    c = luhn_digit(body)
    if bad:
        c = str((int(c) + rng.randint(1, 9)) % 10)
    num = body + c
    sizes = [4, 6, 5] if ln == 15 else [4, 4, 4, 4]
    if fmt == "s":
        return group(num, sizes, " ")
    if fmt == "d":
        return group(num, sizes, "-")
    return num


IBAN_SPEC = {"DE": "n18", "GB": "b4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "b4n10",
             "PL": "n24", "BE": "n12", "CH": "n17", "AT": "n16", "PT": "n21", "SE": "n20",
             "TR": "n22", "IE": "b4n14", "NO": "n11", "DK": "n14", "FI": "n14"}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
         "IE": ["AIBK", "BOFI"]}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - num % 97)


def iban(rng, cc, fmt, bad=False):
    spec = IBAN_SPEC[cc]
    bban = ""
    for kind, n in re.findall(r"([nab])(\d+)", spec):
        n = int(n)
        if kind == "n":
            bban += rd(rng, n)
        elif kind == "b":
            bban += rng.choice(BANKS[cc])
        else:
            bban += "".join(rng.choice(UP) for _ in range(n))
    chk = iban_check(cc, bban)
    if bad:
        chk = "%02d" % ((int(chk) + rng.randint(1, 50)) % 97 + 2)
        if chk == iban_check(cc, bban):
            chk = "%02d" % (int(chk) + 1)
    s = cc + chk + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if fmt == "s" else s


def aba(rng):
    pre = rng.choice(["0%d" % rng.randint(1, 9), "1%d" % rng.randint(0, 2), str(rng.randint(21, 32)),
                      str(rng.randint(61, 72))])
    b = pre + rd(rng, 6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(b, w))
    return b + str((10 - s % 10) % 10)


def nhs(rng, fmt, bad=False):
    while True:
        b = str(rng.randint(4, 9)) + rd(rng, 8)
        s = sum(int(c) * w for c, w in zip(b, range(10, 1, -1)))
        r = 11 - s % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        if bad:
            r = (r + rng.randint(1, 9)) % 10
        n = b + str(r)
        break
    if fmt == "p":
        return n
    if fmt == "d":
        return group(n, [3, 3, 4], "-")
    if fmt == "w":
        return words(rng, n, [3, 3, 4])
    return group(n, [3, 3, 4], " ")


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


def aadhaar(rng, fmt, bad=False):
    b = str(rng.randint(2, 9)) + rd(rng, 10)
    c = verhoeff_digit(b)
    if bad:
        c = str((int(c) + rng.randint(1, 9)) % 10)
    n = b + c
    return n if fmt == "p" else group(n, [4, 4, 4], " ")


def pesel(rng):
    y = rng.randint(1948, 2012)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    b = "%02d%02d%02d" % (y % 100, mm, d) + rd(rng, 4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * k for c, k in zip(b, w))
    return b + str((10 - s % 10) % 10)


NIF_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng, fmt):
    n = rd(rng, 8)
    l = NIF_LET[int(n) % 23]
    return n + ("-" if fmt == "d" else "") + l


def nie(rng):
    p = rng.choice("XYZ")
    n = rd(rng, 7)
    l = NIF_LET[int(str("XYZ".index(p)) + n) % 23]
    return p + n + l


CF_ODD = {}
for _ch, _v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    CF_ODD[_ch] = _v
for _ch, _v in zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
                        22, 25, 24, 23]):
    CF_ODD[_ch] = _v


def cf_check(s15):
    tot = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return UP[tot % 26]


def cf(rng):
    cons = "BCDFGLMNPRSTVZ"
    vow = "AEIOU"
    sur = rng.choice(cons) + rng.choice(cons) + rng.choice(cons + vow)
    nam = rng.choice(cons) + rng.choice(cons) + rng.choice(cons + vow)
    yy = "%02d" % rng.randint(50, 99)
    mon = rng.choice("ABCDEHLMPRST")
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    com = rng.choice(["H501", "F205", "L219", "A944", "G273", "D612", "C351", "L736", "F839", "A662",
                      "B157", "E506"])
    s = sur + nam + yy + mon + "%02d" % day + com
    return s + cf_check(s)


def tfn(rng, fmt, bad=False):
    w = [1, 4, 3, 7, 5, 8, 6, 9]
    while True:
        b = rd(rng, 8)
        s = sum(int(c) * k for c, k in zip(b, w))
        d = s % 11
        if d == 10:
            continue
        if bad:
            d = (d + rng.randint(1, 9)) % 10
        n = b + str(d)
        break
    return n if fmt == "p" else group(n, [3, 3, 3], " ")


def nric(rng, fin=False):
    p = rng.choice("FG" if fin else "ST")
    n = rd(rng, 7)
    s = sum(int(c) * k for c, k in zip(n, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    tbl = "XWUTRQPNMLK" if p in "FG" else "JZIHGFEDCBA"
    return p + n + tbl[s % 11]


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def words(rng, digits, sizes):
    out, i = [], 0
    for n in sizes:
        chunk = digits[i:i + n]
        i += n
        ws = []
        for c in chunk:
            if c == "0" and rng.random() < 0.5:
                ws.append("oh")
            else:
                ws.append(WORDS[int(c)])
        out.append(" ".join(ws))
    return ", ".join(out)


def ssn(rng, fmt, bad=False):
    if bad:
        area = rng.choice(["000", "666"])
    else:
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        area = "%03d" % a
    g = "%02d" % rng.randint(1, 99)
    s = "%04d" % rng.randint(1, 9999)
    n = area + g + s
    if fmt == "p":
        return n
    if fmt == "w":
        return words(rng, n, [3, 2, 4])
    if fmt == "s":
        return group(n, [3, 2, 4], " ")
    return group(n, [3, 2, 4], "-")


ITIN_G = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def itin(rng, fmt):
    n = "9" + rd(rng, 2) + "%02d" % rng.choice(ITIN_G) + rd(rng, 4)
    return n if fmt == "p" else group(n, [3, 2, 4], "-")


def nino(rng, fmt):
    first = [c for c in UP if c not in "DFIQUV"]
    second = [c for c in UP if c not in "DFIOQUV"]
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = rd(rng, 6)
    s = rng.choice("ABCD")
    if fmt == "p":
        return p + d + s
    return "%s %s %s %s %s" % (p, d[0:2], d[2:4], d[4:6], s)


def pan(rng):
    return ("".join(rng.choice(UP) for _ in range(3)) + rng.choice("PPPPPCHF") + rng.choice(UP)
            + rd(rng, 4) + rng.choice(UP))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def bech32_addr(rng):
    prog = bytes(rng.randrange(256) for _ in range(20))
    acc, bits, data = 0, 0, []
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    data = [0] + data
    hrp = "bc"
    he = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = bech_polymod(he + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def eth(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    k = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(k[i], 16) >= 8 else c
                          for i, c in enumerate(h))


def generate(kind, rng):
    m = re.fullmatch(r"(visa|mc|amex|disc)(?:_([sd]))?", kind)
    if m:
        return card(rng, m.group(1), m.group(2) or "")
    m = re.fullmatch(r"card_bad(?:_([sd]))?", kind)
    if m:
        return card(rng, rng.choice(["visa", "mc"]), m.group(1) or "", bad=True)
    m = re.fullmatch(r"iban_(bad_)?([a-z]{2})(?:_(s))?", kind)
    if m:
        return iban(rng, m.group(2).upper(), m.group(3) or "", bad=bool(m.group(1)))
    simple = {
        "aba": lambda: aba(rng),
        "nhs": lambda: nhs(rng, "s"), "nhs_p": lambda: nhs(rng, "p"), "nhs_d": lambda: nhs(rng, "d"),
        "nhs_w": lambda: nhs(rng, "w"), "nhs_bad": lambda: nhs(rng, "s", True),
        "aadhaar": lambda: aadhaar(rng, "s"), "aadhaar_p": lambda: aadhaar(rng, "p"),
        "aadhaar_bad": lambda: aadhaar(rng, "s", True),
        "pesel": lambda: pesel(rng),
        "dni": lambda: dni(rng, ""), "dni_d": lambda: dni(rng, "d"), "nie": lambda: nie(rng),
        "cf": lambda: cf(rng),
        "tfn": lambda: tfn(rng, "s"), "tfn_p": lambda: tfn(rng, "p"), "tfn_bad": lambda: tfn(rng, "s", True),
        "nric": lambda: nric(rng), "fin": lambda: nric(rng, True),
        "ssn": lambda: ssn(rng, "d"), "ssn_p": lambda: ssn(rng, "p"), "ssn_s": lambda: ssn(rng, "s"),
        "ssn_w": lambda: ssn(rng, "w"), "ssn_bad": lambda: ssn(rng, "d", True),
        "itin": lambda: itin(rng, "d"), "itin_p": lambda: itin(rng, "p"),
        "nino": lambda: nino(rng, "s"), "nino_p": lambda: nino(rng, "p"),
        "pan": lambda: pan(rng),
        "btc1": lambda: b58check(b"\x00" + bytes(rng.randrange(256) for _ in range(20))),
        "btc3": lambda: b58check(b"\x05" + bytes(rng.randrange(256) for _ in range(20))),
        "bech32": lambda: bech32_addr(rng),
        "eth": lambda: eth(rng),
    }
    if kind not in simple:
        raise ValueError("unknown @gen kind: " + kind)
    return simple[kind]()


# ---------------------------------------------------------------- parsing
TOKEN = re.compile(r"\[\[([A-Z_]+)(?::([a-z]+))?\|([^\]\n]*?)\]\]|\{\{([a-z0-9_]+)\|([^}\n]*?)\}\}")


def parse_sources():
    msgs = []
    for fn in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        cur = None
        with open(fn, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                line = line.rstrip("\n").rstrip()
                if line.startswith("@@ "):
                    parts = line[3:].split()
                    if len(parts) != 2:
                        sys.exit("%s:%d bad header" % (fn, ln))
                    cur = {"lang": parts[0], "style": parts[1], "lines": [],
                           "where": "%s:%d" % (os.path.basename(fn), ln)}
                    msgs.append(cur)
                elif line.startswith("##"):
                    continue
                elif cur is None:
                    if line.strip():
                        sys.exit("%s:%d text before first header" % (fn, ln))
                else:
                    cur["lines"].append(line)
    return msgs


def build(msg):
    raw = "\n".join(msg["lines"]).strip("\n")
    seed = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    out, spans, looks = [], [], []
    pos, last = 0, 0
    for k, m in enumerate(TOKEN.finditer(raw)):
        chunk = raw[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        val = m.group(3) if m.group(1) else m.group(5)
        if val.startswith("@gen:"):
            val = generate(val[5:], random.Random("%s:%d" % (seed, k)))
        start, end = pos, pos + len(val)
        out.append(val)
        pos = end
        if m.group(1):
            typ, sub = m.group(1), m.group(2)
            if typ not in SCOPE:
                sys.exit("%s: unknown type %s" % (msg["where"], typ))
            if typ in SUBTYPES:
                if sub not in SUBTYPES[typ]:
                    sys.exit("%s: %s needs a valid subtype, got %r" % (msg["where"], typ, sub))
                spans.append({"entity_type": typ, "start": start, "end": end, "subtype": sub})
            else:
                if sub:
                    sys.exit("%s: subtype not allowed on %s" % (msg["where"], typ))
                spans.append({"entity_type": typ, "start": start, "end": end})
        else:
            looks.append({"kind": m.group(4), "start": start, "end": end})
    out.append(raw[last:])
    text = "".join(out)
    for bad in (r"\[\[[A-Z_]+[:|]", r"\{\{[a-z0-9_]+\|", r"@gen:", r"\|\w*\]\]"):
        if re.search(bad, text):
            sys.exit("%s: leftover markup %r" % (msg["where"], bad))
    return text, spans, looks


def main():
    msgs = parse_sources()
    records = []
    for i, msg in enumerate(msgs, 1):
        text, spans, looks = build(msg)
        records.append({"id": "b8pii-%04d" % i, "lang": msg["lang"], "style": msg["style"],
                        "text": text, "spans": spans, "lookalikes": looks, "scope": SCOPE})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(records)
    print("wrote %d messages, %d spans, %d look-alikes" % (
        len(records), sum(len(r["spans"]) for r in records), sum(len(r["lookalikes"]) for r in records)))


def table(counter, head):
    lines = ["| %s | count |" % head, "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s | %d |" % (k, v))
    return "\n".join(lines)


def write_readme(records):
    et, sub, lang, style, lk = Counter(), Counter(), Counter(), Counter(), Counter()
    only_look = no_pii = 0
    for r in records:
        lang[r["lang"]] += 1
        style[r["style"]] += 1
        for s in r["spans"]:
            et[s["entity_type"]] += 1
            if "subtype" in s:
                sub["%s:%s" % (s["entity_type"], s["subtype"])] += 1
        for l in r["lookalikes"]:
            lk[l["kind"]] += 1
        if not r["spans"]:
            no_pii += 1
            if r["lookalikes"]:
                only_look += 1
    for t in SCOPE:
        et.setdefault(t, 0)
    tmpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    n = len(records)
    stats = "\n\n".join([
        "- messages: %d\n- PII spans: %d\n- look-alikes: %d\n- messages with look-alikes only (no PII): %d (%.1f%%)\n"
        "- messages with no PII at all: %d\n- non-English messages: %d (%.1f%%)" % (
            n, sum(et.values()), sum(lk.values()), only_look, 100.0 * only_look / n, no_pii,
            n - lang.get("en", 0), 100.0 * (n - lang.get("en", 0)) / n),
        "### Entity types\n\n" + table(et, "entity_type"),
        "### Subtypes\n\n" + table(sub, "type:subtype"),
        "### Languages\n\n" + table(lang, "lang"),
        "### Styles\n\n" + table(style, "style"),
        "### Look-alike kinds\n\n" + table(lk, "kind")])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(tmpl.replace("{{STATS}}", stats))


if __name__ == "__main__":
    main()
