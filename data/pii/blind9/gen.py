#!/usr/bin/env python3
"""Parse src/*.txt markup, fill @gen: identifiers (fixed seed), write all.jsonl.

Markup:
  @@ <lang> <style>            starts a message; lines starting with '##' are comments
  [[TYPE|value]]               PII span
  [[TYPE:subtype|value]]       PII span with subtype (LOCATION, DATE_TIME)
  {{kind|value}}               look-alike that must not be flagged
  value '@gen:<kind>'          generated checksummed identifier
Standard library only, deterministic.
"""
import glob
import hashlib
import json
import os
import random
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 9009

SCOPE = [
    "PERSON", "LOCATION", "DATE_TIME", "NRP", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL",
    "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "CRYPTO", "MEDICAL_LICENSE",
    "US_SSN", "US_ITIN", "US_PASSPORT", "ABA_ROUTING_NUMBER", "UK_NHS", "UK_NINO",
    "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "PL_PESEL", "SG_NRIC_FIN", "AU_TFN",
    "IN_AADHAAR", "IN_PAN",
]
SUBTYPES = {
    "LOCATION": {"address", "city", "region", "country"},
    "DATE_TIME": {"date", "time", "datetime", "dob", "relative", "timestamp"},
}

# ---------------------------------------------------------------- generators
R = random.Random(SEED)
_seen = set()


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


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


def card(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if s[i:i + n]:
            out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


IBAN_BBAN = {  # country: (length, bban pattern: d digit, U upper letter)
    "de": (22, "d" * 18), "fr": (27, "d" * 23), "es": (24, "d" * 20),
    "it": (27, "U" + "d" * 22), "nl": (18, "UUUU" + "d" * 10),
    "gb": (22, "UUUU" + "d" * 14), "pl": (28, "d" * 24), "pt": (25, "d" * 21),
    "be": (16, "d" * 12), "ch": (21, "d" * 17), "se": (24, "d" * 20),
    "tr": (26, "d" * 22), "at": (20, "d" * 16), "ie": (22, "UUUU" + "d" * 14),
}
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]
IE_BANKS = ["AIBK", "BOFI"]


def iban_mod97(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban(cc, bad=False):
    length, pat = IBAN_BBAN[cc]
    bban = ""
    for p in pat:
        bban += R.choice(string.digits) if p == "d" else R.choice(string.ascii_uppercase)
    if cc == "nl":
        bban = R.choice(NL_BANKS) + bban[4:]
    if cc == "gb":
        bban = R.choice(GB_BANKS) + bban[4:]
    if cc == "ie":
        bban = R.choice(IE_BANKS) + bban[4:]
    C = cc.upper()
    chk = 98 - iban_mod97(C + "00" + bban)
    if bad:
        chk = (chk + R.randint(1, 50)) % 97 + 2
        if iban_mod97(C + "%02d" % chk + bban) == 1:
            chk = chk + 1 if chk < 98 else 2
    val = C + "%02d" % chk + bban
    assert (iban_mod97(val) == 1) != bad
    return val


def aba(bad=False):
    while True:
        first = R.choice(["0" + str(R.randint(1, 9)), str(R.randint(10, 12)),
                          str(R.randint(21, 32)), str(R.randint(61, 72))])
        body = first + digits(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * x for c, x in zip(body, w))
        chk = (10 - s % 10) % 10
        if bad:
            chk = (chk + R.randint(1, 9)) % 10
        return body + str(chk)


def nhs_digits(bad=False):
    while True:
        body = str(R.randint(4, 9)) + digits(8)
        s = sum(int(c) * (10 - i) for i, c in enumerate(body))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        if bad:
            chk = (chk + R.randint(1, 9)) % 10
            s2 = 11 - s % 11
            if s2 == 11:
                s2 = 0
            if chk == s2:
                continue
        return body + str(chk)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
      [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(bad=False):
    body = str(R.randint(2, 9)) + digits(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    chk = VINV[c]
    if bad:
        chk = (chk + R.randint(1, 9)) % 10
    val = body + str(chk)
    assert verhoeff_ok(val) != bad
    return val


def pesel(bad=False):
    y = R.randint(1950, 2012)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d" % (y % 100, mm, d) + digits(4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    chk = (10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10
    if bad:
        chk = (chk + R.randint(1, 9)) % 10
    return body + str(chk)


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(bad=False):
    n = digits(8)
    L = DNI_L[int(n) % 23]
    if bad:
        L = DNI_L[(int(n) + R.randint(1, 22)) % 23]
    return n + L


def nie():
    p = R.choice("XYZ")
    n = digits(7)
    return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                   14, 16, 10, 22, 25, 24, 23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf():
    cons = "BCDFGHJKLMNPQRSTVZ"
    vow = "AEIOU"
    sur = R.choice(cons) + R.choice(vow) + R.choice(cons)
    nam = R.choice(cons) + R.choice(cons) + R.choice(vow + cons)
    yy = "%02d" % R.randint(40, 99)
    mon = R.choice("ABCDEHLMPRST")
    day = R.randint(1, 28) + R.choice([0, 40])
    muni = R.choice(["H501", "F205", "L219", "G273", "A944", "D612", "F839", "L736", "C351"])
    body = sur + nam + yy + mon + "%02d" % day + muni
    s = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(body))
    return body + chr(65 + s % 26)


def tfn(bad=False):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        n = str(R.randint(1, 9)) + digits(8)
        ok = sum(int(c) * x for c, x in zip(n, w)) % 11 == 0
        if ok != bad:
            return n


def nric(kind, bad=False):
    first = R.choice("ST") if kind == "nric" else R.choice("FG")
    n = digits(7)
    s = sum(int(c) * x for c, x in zip(n, [2, 7, 6, 5, 4, 3, 2]))
    if first in "TG":
        s += 4
    table = "JZIHGFEDCBA" if first in "ST" else "XWUTRQPNMLK"
    L = table[s % 11]
    if bad:
        L = table[(s + R.randint(1, 10)) % 11]
    return first + n + L


def ssn(bad=False):
    if bad:
        a = R.choice(["000", "666", str(R.randint(900, 999))])
        return "%s-%s-%s" % (a, digits(2).replace("00", "41"), digits(4).replace("0000", "1234"))
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v in ("078-05-1120", "123-45-6789", "219-09-9999"):
            continue
        return v


def itin():
    g = R.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%s-%02d-%s" % (digits(2), g, digits(4))


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino():
    a = "ABCEGHJKLMNOPRSTWXYZ"
    b = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(a) + R.choice(b)
        if p not in NINO_BAD_PREFIX:
            break
    d = digits(6)
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], R.choice("ABCD"))


def pan():
    L = string.ascii_uppercase
    return ("".join(R.choice(L) for _ in range(3)) + "P" + R.choice(L) + digits(4) + R.choice(L))


def dea():
    first = R.choice("ABFGMPRX")
    second = R.choice(string.ascii_uppercase)
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def btc(version, bad=False):
    h = bytes(R.randint(0, 255) for _ in range(20))
    v = b58check(bytes([version]) + h)
    if bad:
        i = R.randint(8, len(v) - 2)
        c = v[i]
        v = v[:i] + B58[(B58.index(c) + 1) % 58] + v[i + 1:]
    return v


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


def bech32():
    prog = bytes(R.randint(0, 255) for _ in range(20))
    acc, bits, five = 0, 0, []
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    data = [0] + five
    hrp = "bc"
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = bech32_polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def keccak256(msg):
    rate = 136
    st = [[0] * 5 for _ in range(5)]
    m = bytearray(msg) + b"\x01"
    while len(m) % rate:
        m += b"\x00"
    m[-1] |= 0x80
    M = (1 << 64) - 1

    def rol(v, n):
        n %= 64
        return ((v << n) | (v >> (64 - n))) & M

    def f():
        R_ = 1
        for _ in range(24):
            C = [st[x][0] ^ st[x][1] ^ st[x][2] ^ st[x][3] ^ st[x][4] for x in range(5)]
            for x in range(5):
                D = C[(x + 4) % 5] ^ rol(C[(x + 1) % 5], 1)
                for y in range(5):
                    st[x][y] ^= D
            x, y = 1, 0
            cur = st[x][y]
            for t in range(24):
                x, y = y, (2 * x + 3 * y) % 5
                cur, st[x][y] = st[x][y], rol(cur, (t + 1) * (t + 2) // 2)
            for y in range(5):
                T = [st[x][y] for x in range(5)]
                for x in range(5):
                    st[x][y] = T[x] ^ ((~T[(x + 1) % 5]) & T[(x + 2) % 5])
            for j in range(7):
                R_ = ((R_ << 1) ^ ((R_ >> 7) * 0x71)) % 256
                if R_ & 2:
                    st[0][0] ^= 1 << ((1 << j) - 1)

    for off in range(0, len(m), rate):
        blk = m[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            st[x][y] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        f()
    out = b""
    for i in range(4):
        out += st[i % 5][i // 5].to_bytes(8, "little")
    return out


assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


def eth():
    addr = "".join(R.choice("0123456789abcdef") for _ in range(40))
    h = keccak256(addr.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c
                          for i, c in enumerate(addr))


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken(s):
    parts = []
    for chunk in re.split(r"[-\s]+", s):
        parts.append(" ".join(WORDS[int(c)] for c in chunk))
    return ", ".join(parts)


def generate(kind):
    k = kind
    if k in ("visa", "visa_s", "visa_d"):
        v = card("4", 16)
        return {"visa": v, "visa_s": group(v, [4, 4, 4, 4]), "visa_d": group(v, [4, 4, 4, 4], "-")}[k]
    if k in ("mc", "mc_s"):
        v = card(str(R.randint(51, 55)), 16)
        return v if k == "mc" else group(v, [4, 4, 4, 4])
    if k in ("amex", "amex_s"):
        v = card(R.choice(["34", "37"]), 15)
        return v if k == "amex" else group(v, [4, 6, 5])
    if k == "card_bad":
        v = card("4", 16)
        v = v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)
        return group(v, [4, 4, 4, 4])
    m = re.fullmatch(r"iban_(bad_)?([a-z]{2})(_s)?", k)
    if m:
        v = iban(m.group(2), bad=bool(m.group(1)))
        return group(v, [4] * 8) if m.group(3) else v
    if k in ("aba", "aba_bad"):
        return aba(k.endswith("bad"))
    if k in ("nhs", "nhs_bad", "nhs_w", "nhs_c"):
        v = nhs_digits(k == "nhs_bad")
        if k == "nhs_c":
            return v
        g = group(v, [3, 3, 4])
        return spoken(g) if k == "nhs_w" else g
    if k in ("aadhaar", "aadhaar_bad", "aadhaar_c"):
        v = aadhaar(k == "aadhaar_bad")
        return v if k == "aadhaar_c" else group(v, [4, 4, 4])
    if k in ("pesel", "pesel_bad"):
        return pesel(k == "pesel_bad")
    if k in ("dni", "dni_bad"):
        return dni(k == "dni_bad")
    if k == "nie":
        v = nie()
        return v
    if k == "nie_d":
        v = nie()
        return v[0] + "-" + v[1:8] + "-" + v[8]
    if k == "cf":
        return cf()
    if k in ("tfn", "tfn_bad", "tfn_c"):
        v = tfn(k == "tfn_bad")
        return v if k == "tfn_c" else group(v, [3, 3, 3])
    if k in ("nric", "fin", "nric_bad"):
        return nric("fin" if k == "fin" else "nric", k == "nric_bad")
    if k in ("ssn", "ssn_bad", "ssn_w", "ssn_s"):
        v = ssn(k == "ssn_bad")
        if k == "ssn_w":
            return spoken(v)
        if k == "ssn_s":
            return v.replace("-", " ")
        return v
    if k == "itin":
        return itin()
    if k in ("nino", "nino_c"):
        v = nino()
        return v.replace(" ", "") if k == "nino_c" else v
    if k == "pan":
        return pan()
    if k == "dea":
        return dea()
    if k == "btc1":
        return btc(0)
    if k == "btc3":
        return btc(5)
    if k == "btc_bad":
        return btc(0, bad=True)
    if k == "bech32":
        return bech32()
    if k == "eth":
        return eth()
    raise ValueError("unknown @gen kind: " + kind)


def gen_unique(kind):
    for _ in range(100):
        v = generate(kind)
        if v not in _seen:
            _seen.add(v)
            return v
    raise RuntimeError("could not make unique " + kind)


# ---------------------------------------------------------------- parser
TOKEN = re.compile(r"\[\[([A-Z_]+)(?::([a-z]+))?\|(.*?)\]\]|\{\{([a-z_0-9]+)\|(.*?)\}\}", re.S)


def parse_message(raw):
    text, spans, looks = "", [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        text += raw[pos:m.start()]
        if m.group(1):
            et, sub, val = m.group(1), m.group(2), m.group(3)
            if val.startswith("@gen:"):
                val = gen_unique(val[5:])
            s = len(text)
            text += val
            sp = {"entity_type": et, "start": s, "end": len(text)}
            if sub:
                sp["subtype"] = sub
            spans.append(sp)
        else:
            kind, val = m.group(4), m.group(5)
            if val.startswith("@gen:"):
                val = gen_unique(val[5:])
            s = len(text)
            text += val
            looks.append({"kind": kind, "start": s, "end": len(text)})
        pos = m.end()
    text += raw[pos:]
    # trim outer whitespace, shifting offsets
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    for x in spans + looks:
        x["start"] -= lead
        x["end"] -= lead
    return text, spans, looks


def read_sources():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        cur = None
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.startswith("##"):
                    continue
                if line.startswith("@@"):
                    parts = line[2:].split()
                    cur = {"lang": parts[0], "style": parts[1], "raw": [],
                           "src": "%s:%d" % (os.path.basename(path), lineno)}
                    msgs.append(cur)
                    continue
                if cur is None:
                    if line.strip():
                        raise SystemExit("%s:%d text before first @@" % (path, lineno))
                    continue
                cur["raw"].append(line)
    return msgs


def build():
    records = []
    for i, m in enumerate(read_sources(), 1):
        text, spans, looks = parse_message("".join(m["raw"]))
        rec = {"id": "b9pii-%04d" % i, "lang": m["lang"], "style": m["style"], "text": text,
               "spans": spans, "lookalikes": looks, "scope": SCOPE}
        records.append((rec, m["src"]))
    return records


def main():
    recs = build()
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as fh:
        for rec, _ in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(recs))
    return recs


if __name__ == "__main__":
    main()
