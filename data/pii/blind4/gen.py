#!/usr/bin/env python3
"""Fill @gen placeholders in src/*.txt with deterministic, checksum-valid fake
identifiers, strip the markup and write all.jsonl.

Markup:
  @@ <lang> <style>        starts a message (lines until the next @@)
  [[TYPE|value]]           PII span (TYPE = Presidio entity name)
  [[TYPE|@gen:kind:args]]  PII span whose value is generated here
  {{kind|value}}           look-alike (must NOT be flagged)
  {{kind|@gen:kind:args}}  generated look-alike (e.g. checksum-failing numbers)
"""
import glob
import hashlib
import json
import os
import random
import re
import sys

SEED = 20240917
HERE = os.path.dirname(os.path.abspath(__file__))

SCOPE = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
         "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "UK_NHS", "UK_NINO",
         "LOCATION", "DATE_TIME", "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN",
         "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"]

rng = random.Random(SEED)
USED = set()


def digits(n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

# ---------------------------------------------------------------- Luhn cards

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


def gen_card(brand="visa", fmt="sp", bad=False):
    if brand == "visa":
        body, n = "4" + digits(14), 16
    elif brand == "mc":
        if rng.random() < 0.7:
            body = str(rng.randint(51, 55)) + digits(13)
        else:
            body = str(rng.randint(2221, 2720)) + digits(11)
        n = 16
    elif brand == "amex":
        body, n = rng.choice(["34", "37"]) + digits(12), 15
    elif brand == "disc":
        body, n = "6011" + digits(11), 16
    elif brand == "jcb":
        body, n = "35" + str(rng.randint(28, 89)) + digits(11), 16
    else:
        raise ValueError(brand)
    cd = luhn_check_digit(body)
    if bad:
        cd = str((int(cd) + rng.randint(1, 9)) % 10)
    num = body + cd
    if fmt == "plain":
        return num
    sep = "-" if fmt == "dash" else " "
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    return group(num, sizes, sep)

# ---------------------------------------------------------------- IBAN

# country: (total length, bban pattern) n=digit a=upper letter c=alnum
IBAN_FMT = {
    "DE": (22, "n" * 18), "GB": (22, "aaaa" + "n" * 14), "IE": (22, "aaaa" + "n" * 14),
    "FR": (27, "n" * 23), "ES": (24, "n" * 20), "IT": (27, "a" + "n" * 10 + "n" * 12),
    "NL": (18, "aaaa" + "n" * 10), "PL": (28, "n" * 24), "PT": (25, "n" * 21),
    "SE": (24, "n" * 20), "TR": (26, "n" * 5 + "0" + "n" * 16), "BE": (16, "n" * 12),
    "CH": (21, "n" * 17), "AT": (20, "n" * 16), "DK": (18, "n" * 14), "NO": (15, "n" * 11),
    "FI": (18, "n" * 14), "LU": (20, "nnn" + "n" * 13),
}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], "IE": ["AIBK", "BOFI"],
              "NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB"]}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(cc="DE", fmt="sp", bad=False):
    total, pat = IBAN_FMT[cc]
    bban = ""
    if cc in BANK_CODES:
        bban = rng.choice(BANK_CODES[cc])
        pat = pat[4:]
    for p in pat:
        if p == "n":
            bban += str(rng.randrange(10))
        elif p == "a":
            bban += chr(65 + rng.randrange(26))
        elif p == "c":
            bban += rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        else:
            bban += p
    chk = iban_check(cc, bban)
    if bad:
        chk = "%02d" % ((int(chk) + rng.randint(1, 40)) % 97 + 2)
        if chk == iban_check(cc, bban):
            chk = "%02d" % ((int(chk) + 1) % 97)
    iban = cc + chk + bban
    assert len(iban) == total, (cc, len(iban))
    if fmt == "plain":
        return iban
    return group(iban, [4] * 10, " ")

# ---------------------------------------------------------------- ABA routing

def gen_aba(bad=False):
    prefix = "%02d" % rng.choice(list(range(1, 13)) + list(range(21, 33)))
    body = prefix + digits(6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(d) * x for d, x in zip(body, w))
    cd = (10 - s % 10) % 10
    if bad:
        cd = (cd + rng.randint(1, 9)) % 10
    return body + str(cd)

# ---------------------------------------------------------------- UK NHS

def gen_nhs(fmt="sp", bad=False):
    while True:
        body = str(rng.randint(4, 6)) + digits(8)
        s = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
        cd = 11 - s % 11
        if cd == 11:
            cd = 0
        if cd == 10:
            continue
        if bad:
            cd = (cd + rng.randint(1, 9)) % 10
        num = body + str(cd)
        break
    if fmt == "plain":
        return num
    return group(num, [3, 3, 4], "-" if fmt == "dash" else " ")

# ---------------------------------------------------------------- Verhoeff / Aadhaar

V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return str(V_INV[c])


def gen_aadhaar(fmt="sp", bad=False):
    body = str(rng.randint(2, 9)) + digits(10)
    cd = verhoeff_digit(body)
    if bad:
        cd = str((int(cd) + rng.randint(1, 9)) % 10)
    num = body + cd
    if fmt == "plain":
        return num
    return group(num, [4, 4, 4], "-" if fmt == "dash" else " ")

# ---------------------------------------------------------------- PESEL

def gen_pesel(date=None, sex=None, bad=False):
    if date:
        y, m, d = (int(x) for x in date.split("-"))
    else:
        y, m, d = rng.randint(1950, 2008), rng.randint(1, 12), rng.randint(1, 28)
    mm = m + {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[y // 100]
    body = "%02d%02d%02d" % (y % 100, mm, d) + digits(3)
    sex = sex or rng.choice("MF")
    sd = rng.choice("13579" if sex == "M" else "02468")
    body += sd
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    cd = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    if bad:
        cd = (cd + rng.randint(1, 9)) % 10
    return body + str(cd)

# ---------------------------------------------------------------- ES NIF / NIE

NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def gen_nif(kind="dni", fmt="plain", bad=False):
    if kind == "nie":
        p = rng.choice("XYZ")
        num = digits(7)
        val = int(str("XYZ".index(p)) + num)
        letter = NIF_LETTERS[val % 23]
        if bad:
            letter = NIF_LETTERS[(val + rng.randint(1, 22)) % 23]
        return p + num + ("-" if fmt == "dash" else "") + letter
    num = digits(8, first_nonzero=True)
    letter = NIF_LETTERS[int(num) % 23]
    if bad:
        letter = NIF_LETTERS[(int(num) + rng.randint(1, 22)) % 23]
    return num + ("-" if fmt == "dash" else "") + letter

# ---------------------------------------------------------------- IT codice fiscale

CF_ODD = {'0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
          'A': 1, 'B': 0, 'C': 5, 'D': 7, 'E': 9, 'F': 13, 'G': 15, 'H': 17, 'I': 19, 'J': 21,
          'K': 2, 'L': 4, 'M': 18, 'N': 20, 'O': 11, 'P': 3, 'Q': 6, 'R': 8, 'S': 12, 'T': 14,
          'U': 16, 'V': 10, 'W': 22, 'X': 25, 'Y': 24, 'Z': 23}
CF_MONTH = "ABCDEHLMPRST"
CF_PLACES = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "C351", "A662", "B157"]


def cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def cf_check(s15):
    tot = 0
    for i, ch in enumerate(s15):
        tot += CF_ODD[ch] if i % 2 == 0 else cf_even(ch)
    return chr(65 + tot % 26)


def _letters(name):
    name = re.sub(r"[^A-Z]", "", name.upper().replace("À", "A").replace("È", "E").replace("É", "E")
                  .replace("Ì", "I").replace("Ò", "O").replace("Ù", "U"))
    cons = [c for c in name if c not in "AEIOU"]
    vow = [c for c in name if c in "AEIOU"]
    return cons, vow


def cf_surname(s):
    cons, vow = _letters(s)
    return "".join((cons + vow + ["X"] * 3)[:3])


def cf_name(s):
    cons, vow = _letters(s)
    if len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vow + ["X"] * 3)[:3])


def gen_cf(surname="Rossi", name="Mario", date=None, sex="M", bad=False):
    if date:
        y, m, d = (int(x) for x in date.split("-"))
    else:
        y, m, d = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
    day = d + (40 if sex == "F" else 0)
    s15 = cf_surname(surname) + cf_name(name) + "%02d" % (y % 100) + CF_MONTH[m - 1] + "%02d" % day \
        + rng.choice(CF_PLACES)
    c = cf_check(s15)
    if bad:
        c = chr(65 + (ord(c) - 65 + rng.randint(1, 25)) % 26)
    return s15 + c

# ---------------------------------------------------------------- AU TFN

def gen_tfn(fmt="sp", bad=False):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        body = digits(8, first_nonzero=True)
        s = sum(int(a) * b for a, b in zip(body, w))
        d = s % 11
        if d == 10:
            continue
        if bad:
            d = (d + rng.randint(1, 9)) % 10
        num = body + str(d)
        break
    if fmt == "plain":
        return num
    return group(num, [3, 3, 3], " " if fmt == "sp" else "-")

# ---------------------------------------------------------------- SG NRIC / FIN

def gen_nric(prefix="S", bad=False):
    body = digits(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(body, w))
    if prefix in "TG":
        s += 4
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    idx = s % 11
    if bad:
        idx = (idx + rng.randint(1, 10)) % 11
    return prefix + body + table[idx]

# ---------------------------------------------------------------- US SSN / ITIN / UK NINO

def gen_ssn(fmt="dash", bad=False):
    if bad:
        area = rng.choice(["000", "666", "%03d" % rng.randint(1, 899)])
        grp = "00" if area not in ("000", "666") else "%02d" % rng.randint(1, 99)
    else:
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        area, grp = "%03d" % a, "%02d" % rng.randint(1, 99)
    serial = "%04d" % rng.randint(1, 9999)
    sep = {"dash": "-", "sp": " ", "plain": ""}[fmt]
    return sep.join([area, grp, serial])


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100))


def gen_itin(fmt="dash"):
    sep = {"dash": "-", "sp": " ", "plain": ""}[fmt]
    return sep.join(["9" + digits(2), "%02d" % rng.choice(ITIN_GROUPS), "%04d" % rng.randint(1, 9999)])


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def gen_nino(fmt="sp"):
    while True:
        a, b = chr(65 + rng.randrange(26)), chr(65 + rng.randrange(26))
        if a in NINO_BAD_FIRST or b in NINO_BAD_SECOND or a + b in NINO_BAD_PAIRS:
            continue
        break
    d = digits(6)
    suf = rng.choice("ABCD")
    if fmt == "plain":
        return a + b + d + suf
    return "%s%s %s %s %s %s" % (a, b, d[0:2], d[2:4], d[4:6], suf)

# ---------------------------------------------------------------- crypto

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc, bits, ret, maxv = 0, 0, [], (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data):
    values = bech32_hrp_expand(hrp) + data
    polymod = bech32_polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARS[d] for d in data + chk)


def gen_btc(kind="p2pkh"):
    h = bytes(rng.randrange(256) for _ in range(20))
    if kind == "p2pkh":
        return b58check(b"\x00" + h)
    if kind == "p2sh":
        return b58check(b"\x05" + h)
    if kind == "bech32":
        return bech32_encode("bc", [0] + convertbits(h, 8, 5))
    raise ValueError(kind)


KECCAK_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
             0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
             0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
             0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
             0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
             0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
KECCAK_R = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
            [27, 20, 39, 8, 14]]
M64 = (1 << 64) - 1


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & M64 if n else v


def keccak_f(A):
    for rc in KECCAK_RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], KECCAK_R[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        A[0][0] ^= rc
    return A


def keccak256(data):
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            A[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        A = keccak_f(A)
    out = b""
    for i in range(4):
        out += A[i % 5][i // 5].to_bytes(8, "little")
    return out


def eip55(addr_hex):
    a = addr_hex.lower()
    h = keccak256(a.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(a))


def gen_eth(case="mixed"):
    a = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    return eip55(a) if case == "mixed" else "0x" + a

# ---------------------------------------------------------------- look-alike helpers

def gen_isbn13(fmt="dash"):
    body = rng.choice(["978", "979"]) + digits(9)
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    num = body + str((10 - s % 10) % 10)
    if fmt == "plain":
        return num
    return "-".join([num[:3], num[3], num[4:8], num[8:12], num[12]])


def gen_uuid():
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def gen_hex(n="40"):
    return "".join(rng.choice("0123456789abcdef") for _ in range(int(n)))


def gen_value(spec):
    parts = spec.split(":")
    k, a = parts[0], parts[1:]
    if k == "card":
        return gen_card(*a)
    if k == "bad_card":
        return gen_card(a[0] if a else "visa", a[1] if len(a) > 1 else "sp", bad=True)
    if k == "iban":
        return gen_iban(*a)
    if k == "bad_iban":
        return gen_iban(a[0] if a else "DE", a[1] if len(a) > 1 else "sp", bad=True)
    if k == "aba":
        return gen_aba()
    if k == "bad_aba":
        return gen_aba(bad=True)
    if k == "nhs":
        return gen_nhs(*a)
    if k == "bad_nhs":
        return gen_nhs(a[0] if a else "sp", bad=True)
    if k == "aadhaar":
        return gen_aadhaar(*a)
    if k == "bad_aadhaar":
        return gen_aadhaar(a[0] if a else "sp", bad=True)
    if k == "pesel":
        return gen_pesel(a[0] if a else None, a[1] if len(a) > 1 else None)
    if k == "bad_pesel":
        return gen_pesel(bad=True)
    if k == "nif":
        return gen_nif("dni", a[0] if a else "plain")
    if k == "nie":
        return gen_nif("nie", a[0] if a else "plain")
    if k == "bad_nif":
        return gen_nif("dni", bad=True)
    if k == "cf":
        return gen_cf(a[0], a[1], a[2] if len(a) > 2 and a[2] else None, a[3] if len(a) > 3 else "M")
    if k == "bad_cf":
        return gen_cf(a[0], a[1], None, a[2] if len(a) > 2 else "M", bad=True)
    if k == "tfn":
        return gen_tfn(*a)
    if k == "bad_tfn":
        return gen_tfn(a[0] if a else "sp", bad=True)
    if k == "nric":
        return gen_nric(*a)
    if k == "bad_nric":
        return gen_nric(a[0] if a else "S", bad=True)
    if k == "ssn":
        return gen_ssn(*a)
    if k == "bad_ssn":
        return gen_ssn(a[0] if a else "dash", bad=True)
    if k == "itin":
        return gen_itin(*a)
    if k == "nino":
        return gen_nino(*a)
    if k == "btc":
        return gen_btc(*a)
    if k == "eth":
        return gen_eth(*a)
    if k == "isbn":
        return gen_isbn13(*a)
    if k == "uuid":
        return gen_uuid()
    if k == "hex":
        return gen_hex(*a)
    raise ValueError("unknown generator: " + spec)


def gen_unique(spec):
    for _ in range(50):
        v = gen_value(spec)
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError(spec)

# ---------------------------------------------------------------- parsing

MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]|\{\{([a-z0-9_]+)\|(.*?)\}\}")


def parse_message(raw):
    text, spans, looks, pos = "", [], [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        if m.group(1):
            typ, val, dest = m.group(1), m.group(2), spans
            if typ not in SCOPE:
                raise ValueError("bad type %s in %r" % (typ, raw[:80]))
        else:
            typ, val, dest = m.group(3), m.group(4), looks
        if val.startswith("@gen:"):
            val = gen_unique(val[5:])
        start = len(text)
        text += val
        key = "entity_type" if dest is spans else "kind"
        dest.append({key: typ, "start": start, "end": len(text)})
        pos = m.end()
    text += raw[pos:]
    return text, spans, looks


def load_blocks():
    blocks = []
    for fn in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        cur = None
        with open(fn, encoding="utf-8") as f:
            for line in f.read().split("\n"):
                if line.startswith("@@ "):
                    if cur:
                        blocks.append(cur)
                    p = line[3:].split()
                    cur = {"file": os.path.basename(fn), "lang": p[0], "style": p[1] if len(p) > 1 else "chat",
                           "lines": []}
                elif cur is not None:
                    cur["lines"].append(line)
        if cur:
            blocks.append(cur)
    return blocks


def self_test():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    assert verhoeff_digit("236") == "3"
    assert cf_check("RSSMRA85T10A562") == "S"
    assert b58check(b"\x00" + bytes(20)) == "1111111111111111111114oLvT2"
    assert iban_check("GB", "WEST12345698765432") == "82"
    assert luhn_check_digit("411111111111111") == "1"


def main():
    self_test()
    out = []
    for i, b in enumerate(load_blocks()):
        raw = "\n".join(b["lines"]).strip("\n")
        text, spans, looks = parse_message(raw)
        out.append({"id": "pii-%04d" % (i + 1), "lang": b["lang"], "style": b["style"], "text": text,
                    "spans": spans, "lookalikes": looks, "scope": SCOPE})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d messages" % len(out))


if __name__ == "__main__":
    main()
