#!/usr/bin/env python3
"""Parse src/*.txt, fill @gen: values with a fixed seed, strip markup, write all.jsonl."""
import glob, hashlib, json, os, random, re, sys

SEED = 101010
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

SCOPE = ["PERSON", "LOCATION", "DATE_TIME", "NRP", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL",
         "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "CRYPTO", "MEDICAL_LICENSE", "US_SSN",
         "US_ITIN", "US_PASSPORT", "ABA_ROUTING_NUMBER", "UK_NHS", "UK_NINO", "ES_NIF",
         "ES_NIE", "IT_FISCAL_CODE", "PL_PESEL", "SG_NRIC_FIN", "AU_TFN", "IN_AADHAAR", "IN_PAN"]
LOC_SUB = {"address", "city", "region", "country"}
DT_SUB = {"date", "time", "datetime", "dob", "relative", "timestamp"}

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def rd(n, first=DIG):
    return R.choice(first) + "".join(R.choice(DIG) for _ in range(n - 1))


def luhn_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card(prefixes, length):
    p = R.choice(prefixes)
    body = p + rd(length - len(p) - 1)
    return body + luhn_check(body)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return sep.join(out)


IBAN_FMT = {"de": "n18", "fr": "n10c11n2", "es": "n20", "it": "a1n10c12", "nl": "a4n10",
            "gb": "a4n14", "pl": "n24", "be": "n12", "at": "n16", "ch": "n5c12", "pt": "n21",
            "ie": "a4n14", "se": "n20", "no": "n11", "dk": "n14", "fi": "n14", "tr": "n6c16",
            "sa": "n2c18", "lu": "n3c13", "ro": "a4c16", "gr": "n7c16", "hr": "n17"}


def iban_checkdigits(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban(cc):
    fmt = IBAN_FMT[cc]
    bban = ""
    for t, n in re.findall(r"([nac])(\d+)", fmt):
        alpha = {"n": DIG, "a": UP, "c": DIG + DIG + UP}[t]
        bban += "".join(R.choice(alpha) for _ in range(int(n)))
    CC = cc.upper()
    return CC + iban_checkdigits(CC, bban) + bban


def iban_bad(cc):
    v = iban(cc)
    good = v[2:4]
    bad = good
    while bad == good or bad in ("00", "01", "99"):
        bad = "%02d" % R.randint(2, 98)
    return v[:2] + bad + v[4:]


def aba_ok(s):
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def aba():
    while True:
        pre = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                        "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"])
        body = pre + rd(6)
        for c in DIG:
            if aba_ok(body + c):
                return body + c


def aba_bad():
    v = aba()
    return v[:8] + str((int(v[8]) + R.randint(1, 9)) % 10)


def nhs_check(body):
    s = sum(int(c) * (10 - i) for i, c in enumerate(body))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def nhs():
    while True:
        body = rd(9, "3456789")
        c = nhs_check(body)
        if c is not None:
            return body + c


def nhs_bad():
    v = nhs()
    while True:
        x = v[:9] + R.choice(DIG)
        if x != v:
            return x


def spoken(digits):
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and R.random() < 0.5 and not (i + 2 < len(digits) and digits[i + 2] == d):
            out.append("double " + ("oh" if d == "0" and R.random() < 0.6 else WORDS[int(d)]))
            i += 2
            continue
        out.append("oh" if d == "0" and R.random() < 0.6 else WORDS[int(d)])
        i += 1
    return " ".join(out)


VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
      [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
      [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
      [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def aadhaar():
    body = rd(11, "23456789")
    return body + verhoeff_digit(body)


def aadhaar_bad():
    v = aadhaar()
    return v[:11] + str((int(v[11]) + R.randint(1, 9)) % 10)


PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel_check(b):
    return str((10 - sum(int(c) * w for c, w in zip(b, PESEL_W)) % 10) % 10)


def pesel():
    y = R.randint(1940, 2015)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d" % (y % 100, mm, d) + rd(4)
    return body + pesel_check(body)


def pesel_bad():
    v = pesel()
    return v[:10] + str((int(v[10]) + R.randint(1, 9)) % 10)


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni():
    n = rd(8)
    return n + DNI_L[int(n) % 23]


def dni_bad():
    v = dni()
    good = v[-1]
    return v[:-1] + R.choice([c for c in DNI_L if c != good])


def nie(dashed=False):
    p = R.choice("XYZ")
    n = rd(7)
    letter = DNI_L[int(str("XYZ".index(p)) + n) % 23]
    return "%s-%s-%s" % (p, n, letter) if dashed else p + n + letter


CF_ODD = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    CF_ODD[str(_i)] = _v
    CF_ODD[UP[_i]] = _v
for _ch, _v in zip("KLMNOPQRSTUVWXYZ", [2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    CF_ODD[_ch] = _v


def cf_check(s15):
    t = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            t += CF_ODD[ch]
        else:
            t += int(ch) if ch.isdigit() else UP.index(ch)
    return UP[t % 26]


def cf():
    cons = "BCDFGHLMNPRSTVZ"
    vow = "AEIOU"
    sur = R.choice(cons) + R.choice(vow) + R.choice(cons) + R.choice(cons)
    nam = R.choice(cons) + R.choice(cons) + R.choice(cons)
    letters = (sur[0] + sur[2] + sur[3] + nam)[:6]
    yy = "%02d" % R.randint(40, 99)
    mon = R.choice("ABCDEHLMPRST")
    day = R.randint(1, 28) + (40 if R.random() < 0.5 else 0)
    place = R.choice("ABCDEFGHLM") + rd(3)
    s = letters + yy + mon + "%02d" % day + place
    return s + cf_check(s)


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def tfn():
    while True:
        b = rd(8, "123456789")
        for c in DIG:
            s = b + c
            if sum(int(x) * w for x, w in zip(s, TFN_W)) % 11 == 0:
                return s


def tfn_bad():
    v = tfn()
    while True:
        x = v[:8] + R.choice(DIG)
        if sum(int(a) * w for a, w in zip(x, TFN_W)) % 11 != 0:
            return x


NR_W = [2, 7, 6, 5, 4, 3, 2]


def nric_letter(p, digits):
    s = sum(int(c) * w for c, w in zip(digits, NR_W)) + (4 if p in "TG" else 0)
    return ("JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK")[s % 11]


def nric(prefixes="ST"):
    p = R.choice(prefixes)
    d = rd(7)
    return p + d + nric_letter(p, d)


def nric_bad():
    v = nric()
    return v[:8] + R.choice([c for c in "JZIHGFEDCBA" if c != v[8]])


def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


def ssn_bad():
    a = R.choice(["000", "666", "9%02d" % R.randint(0, 99)])
    g = "%02d" % R.randint(1, 99)
    s = "%04d" % R.randint(1, 9999)
    if R.random() < 0.3:
        a, g = "%03d" % R.randint(1, 665), "00"
    return "%s-%s-%s" % (a, g, s)


def itin():
    g = R.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%02d-%02d-%04d" % (R.randint(0, 99), g, R.randint(0, 9999))


def nino(spaced=False):
    bad_first = set("DFIQUV")
    while True:
        a = R.choice([c for c in UP if c not in bad_first])
        b = R.choice([c for c in UP if c not in bad_first and c != "O"])
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = rd(6)
    s = R.choice("ABCD")
    if spaced:
        return "%s%s %s %s %s %s" % (a, b, d[0:2], d[2:4], d[4:6], s)
    return a + b + d + s


def pan():
    return "".join(R.choice(UP) for _ in range(3)) + R.choice("PPPPCHFT") + R.choice(UP) + rd(4) + R.choice(UP)


def dea():
    a = R.choice("ABFGMPR")
    b = R.choice(UP)
    d = rd(6)
    c = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return a + b + d + str(c)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(version):
    payload = bytes([version]) + bytes(R.randrange(256) for _ in range(20))
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def b58_ok(s):
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def btc_bad():
    v = b58check(0)
    while True:
        i = R.randint(5, len(v) - 1)
        x = v[:i] + R.choice([c for c in B58 if c != v[i]]) + v[i + 1:]
        if not b58_ok(x):
            return x


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32():
    hrp = "bc"
    prog = bytes(R.randrange(256) for _ in range(20))
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = bech_polymod(hx + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def eth():
    return "0x" + "".join(R.choice("0123456789abcdef") for _ in range(40))


def card_bad():
    v = card(["4"], 16)
    return v[:15] + str((int(v[15]) + R.randint(1, 9)) % 10)


def gen_value(kind):
    k = kind
    if k == "visa": return card(["4"], 16)
    if k == "visa_s": return group(card(["4"], 16), [4, 4, 4, 4], " ")
    if k == "visa_d": return group(card(["4"], 16), [4, 4, 4, 4], "-")
    if k == "mc": return card(["51", "52", "53", "54", "55", "2221", "2720"], 16)
    if k == "mc_s": return group(card(["51", "52", "53", "54", "55"], 16), [4, 4, 4, 4], " ")
    if k == "amex": return card(["34", "37"], 15)
    if k == "amex_s": return group(card(["34", "37"], 15), [4, 6, 5], " ")
    if k.startswith("iban_bad_"): return iban_bad(k[9:])
    if k.startswith("iban_"):
        cc = k[5:]
        if cc.endswith("_s"):
            v = iban(cc[:-2])
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return iban(cc)
    if k == "aba": return aba()
    if k == "aba_bad": return aba_bad()
    if k == "nhs": return nhs()
    if k == "nhs_c": return group(nhs(), [3, 3, 4], " ")
    if k == "nhs_w": return spoken(nhs())
    if k == "nhs_bad": return group(nhs_bad(), [3, 3, 4], " ")
    if k == "aadhaar": return aadhaar()
    if k == "aadhaar_c": return group(aadhaar(), [4, 4, 4], " ")
    if k == "aadhaar_bad": return group(aadhaar_bad(), [4, 4, 4], " ")
    if k == "pesel": return pesel()
    if k == "pesel_bad": return pesel_bad()
    if k == "dni": return dni()
    if k == "dni_bad": return dni_bad()
    if k == "nie": return nie()
    if k == "nie_d": return nie(True)
    if k == "cf": return cf()
    if k == "tfn": return tfn()
    if k == "tfn_c": return group(tfn(), [3, 3, 3], " ")
    if k == "tfn_bad": return group(tfn_bad(), [3, 3, 3], " ")
    if k == "nric": return nric("ST")
    if k == "fin": return nric("FG")
    if k == "nric_bad": return nric_bad()
    if k == "ssn": return "-".join(ssn_parts())
    if k == "ssn_s": return " ".join(ssn_parts())
    if k == "ssn_w": return spoken("".join(ssn_parts()))
    if k == "ssn_bad": return ssn_bad()
    if k == "itin": return itin()
    if k == "nino": return nino()
    if k == "nino_c": return nino(True)
    if k == "pan": return pan()
    if k == "dea": return dea()
    if k == "btc1": return b58check(0)
    if k == "btc3": return b58check(5)
    if k == "bech32": return bech32()
    if k == "eth": return eth()
    if k == "btc_bad": return btc_bad()
    if k == "card_bad": return card_bad()
    raise ValueError("unknown @gen kind: " + kind)


TOKEN = re.compile(r"\[\[([A-Z_]+)(?::([a-z]+))?\|(.*?)\]\]|\{\{([a-z0-9_]+)\|(.*?)\}\}", re.S)


def parse_message(raw, where):
    text, spans, looks, pos = "", [], [], 0
    for m in TOKEN.finditer(raw):
        text += raw[pos:m.start()]
        if m.group(1):
            et, sub, val = m.group(1), m.group(2), m.group(3)
            if et not in SCOPE:
                raise ValueError("%s: type %s not in scope" % (where, et))
            if et == "LOCATION" and sub not in LOC_SUB or et == "DATE_TIME" and sub not in DT_SUB:
                raise ValueError("%s: bad/missing subtype %s for %s" % (where, sub, et))
            if et not in ("LOCATION", "DATE_TIME") and sub:
                raise ValueError("%s: subtype on %s" % (where, et))
            if val.startswith("@gen:"):
                val = gen_value(val[5:])
            sp = {"entity_type": et, "start": len(text), "end": len(text) + len(val)}
            if sub:
                sp["subtype"] = sub
            spans.append(sp)
        else:
            kind, val = m.group(4), m.group(5)
            if val.startswith("@gen:"):
                val = gen_value(val[5:])
            looks.append({"kind": kind, "start": len(text), "end": len(text) + len(val)})
        text += val
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("%s: leftover markup" % where)
    return text, spans, looks


def read_sources():
    msgs = []
    for fn in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        cur = None
        for ln, line in enumerate(open(fn, encoding="utf-8").read().split("\n"), 1):
            if line.startswith("##"):
                continue
            if line.startswith("@@"):
                parts = line[2:].split()
                if len(parts) != 2:
                    raise ValueError("%s:%d bad header" % (fn, ln))
                cur = {"lang": parts[0], "style": parts[1], "lines": [], "where": "%s:%d" % (os.path.basename(fn), ln)}
                msgs.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    return msgs


def main():
    out = []
    for i, m in enumerate(read_sources(), 1):
        raw = "\n".join(m["lines"]).strip()
        if not raw:
            raise ValueError("%s: empty message" % m["where"])
        text, spans, looks = parse_message(raw, m["where"])
        out.append({"id": "b10pii-%04d" % i, "lang": m["lang"], "style": m["style"], "text": text,
                    "spans": spans, "lookalikes": looks, "scope": list(SCOPE)})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("gen.py: wrote %d records" % len(out))


if __name__ == "__main__":
    main()
