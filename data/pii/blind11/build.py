#!/usr/bin/env python3
"""Deterministic builder for blind PII set 11.

Reads src/*.txt. Each message starts with a header line
    @@ <lang> <style>
and runs until the next header. Inline markup:
    [[TYPE|surface text]]
    [[TYPE|@gen:arg1:arg2...]]   -> value computed here (check digits)
Everything outside [[...]] is plain text (not labelled).
Writes all.jsonl, stats.json and README.md.
"""
import json, os, re, random, glob, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 11

# ---------------- check-digit generators ----------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

def gen_cc(base, fmt=""):
    num = base + luhn_digit(base)
    sep = {"s": " ", "d": "-", "": ""}[fmt]
    if not sep:
        return num
    if len(num) == 15:
        return group(num, [4, 6, 5], sep)
    return group(num, [4] * 8, sep)

def iban_check(cc, bban):
    s = bban + cc + "00"
    digits = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(digits) % 97)

def gen_iban(cc, bban, fmt=""):
    iban = cc + iban_check(cc, bban) + bban
    if fmt == "s":
        return group(iban, [4] * 10, " ")
    return iban

def nhs_check(nine):
    r = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1))) % 11
    c = 11 - r
    if c == 11:
        c = 0
    return None if c == 10 else str(c)

def gen_nhs(base, fmt=""):
    n = int(base)
    while nhs_check("%09d" % n) is None:
        n += 1
    num = "%09d" % n + nhs_check("%09d" % n)
    if fmt == "s":
        return group(num, [3, 3, 4], " ")
    if fmt == "d":
        return group(num, [3, 3, 4], "-")
    return num

NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
def gen_nif(base):
    return base + NIF_LETTERS[int(base) % 23]

def gen_nie(base):
    n = int("XYZ".index(base[0]).__str__() + base[1:])
    return base + NIF_LETTERS[n % 23]

def gen_pesel(base):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(d) * x for d, x in zip(base, w))
    return base + str((10 - s % 10) % 10)

def gen_nric(base):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(base[1:], w))
    if base[0] in "TG":
        s += 4
    table = "JZIHGFEDCBA" if base[0] in "ST" else "XWUTRQPNMLK"
    return base + table[s % 11]

def gen_tfn(base, fmt=""):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    n = int(base)
    while True:
        b = "%08d" % n
        for last in range(10):
            d = b + str(last)
            if sum(int(c) * x for c, x in zip(d, w)) % 11 == 0:
                return group(d, [3, 3, 3], " ") if fmt == "s" else d
        n += 1

V_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
       [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
       [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
       [9,8,7,6,5,4,3,2,1,0]]
V_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
       [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
       [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
V_INV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return str(V_INV[c])

def gen_aadhaar(base, fmt=""):
    num = base + verhoeff_digit(base)
    sep = {"s": " ", "d": "-", "": ""}[fmt]
    return group(num, [4, 4, 4], sep) if sep else num

CF_ODD = dict(zip("0123456789", [1,0,5,7,9,13,15,17,19,21]))
CF_ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23])))
def gen_cf(base):
    s = 0
    for i, ch in enumerate(base):
        if i % 2 == 0:
            s += CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return base + chr(65 + s % 26)

def gen_dea(letters, d):
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return letters + d + str(s % 10)

HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"
def gen_hetu(base):
    # base like 120385-123  -> append check char
    date, ind = base[:6], base[7:]
    return base + HETU[int(date + ind) % 31]

GENS = {"cc": gen_cc, "iban": gen_iban, "nhs": gen_nhs, "nif": gen_nif, "nie": gen_nie,
        "pesel": gen_pesel, "nric": gen_nric, "tfn": gen_tfn, "aadhaar": gen_aadhaar,
        "cf": gen_cf, "dea": gen_dea, "hetu": gen_hetu}

# ---------------- parser ----------------
ALIAS = {"P": "PERSON", "L": "LOCATION", "D": "DATE_TIME", "PH": "PHONE_NUMBER",
         "E": "EMAIL_ADDRESS", "U": "URL", "IP": "IP_ADDRESS", "N": "NRP", "CC": "CREDIT_CARD",
         "IBAN": "IBAN_CODE", "SSN": "US_SSN", "NHS": "UK_NHS", "NINO": "UK_NINO",
         "DL": "US_DRIVER_LICENSE", "PP": "US_PASSPORT", "ML": "MEDICAL_LICENSE"}
HONOR = re.compile(r"(?i)^(mr|mrs|ms|miss|dr|prof|sr|sra|srta|herr|frau|mme|mlle|sig|sig\.ra|pan|pani|dhr|mevr|dott|dott\.ssa|dona|don|doctor|mister|missus|sister|professor|rev)\.?\s")
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)
HEADER = re.compile(r"^@@ (\S+) (\S+)\s*$")

def render(raw, where):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(raw):
        plain = raw[pos:m.start()]
        text.append(plain); out_len += len(plain)
        etype, val = ALIAS.get(m.group(1), m.group(1)), m.group(2)
        if val.startswith("@"):
            parts = val[1:].split(":")
            val = GENS[parts[0]](*parts[1:])
        if val != val.strip() or not val:
            raise SystemExit("bad span %r in %s" % (val, where))
        if etype == "PERSON" and HONOR.match(val):
            raise SystemExit("honorific inside PERSON %r in %s" % (val, where))
        spans.append({"entity_type": etype, "start": out_len, "end": out_len + len(val)})
        text.append(val); out_len += len(val)
        pos = m.end()
    text.append(raw[pos:])
    t = "".join(text)
    if "[[" in t or "]]" in t:
        raise SystemExit("unbalanced markup in %s: %r" % (where, t[:80]))
    return t, spans

def parse_file(path):
    msgs, cur, hdr = [], [], None
    def flush():
        if hdr is not None:
            raw = "\n".join(cur).strip("\n")
            if raw.strip():
                msgs.append((hdr, raw))
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            m = HEADER.match(line)
            if m:
                flush()
                hdr, cur = (m.group(1), m.group(2)), []
            else:
                cur.append(line)
    flush()
    return msgs

def main():
    records = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        name = os.path.basename(path)
        for i, ((lang, style), raw) in enumerate(parse_file(path)):
            text, spans = render(raw, "%s#%d" % (name, i))
            records.append({"text": text, "spans": spans, "lang": lang, "style": style})
    rnd = random.Random(SEED)
    rnd.shuffle(records)
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by_type = collections.Counter(s["entity_type"] for r in records for s in r["spans"])
    by_lang = collections.Counter(r["lang"] for r in records)
    spans_by_lang = collections.Counter()
    for r in records:
        spans_by_lang[r["lang"]] += len(r["spans"])
    by_style = collections.Counter(r["style"] for r in records)
    empty = sum(1 for r in records if not r["spans"])
    stats = {"messages": len(records), "spans": sum(by_type.values()),
             "messages_without_pii": empty,
             "non_english_messages": sum(v for k, v in by_lang.items() if k != "en"),
             "spans_by_entity_type": dict(sorted(by_type.items(), key=lambda x: -x[1])),
             "messages_by_lang": dict(sorted(by_lang.items(), key=lambda x: -x[1])),
             "spans_by_lang": dict(sorted(spans_by_lang.items(), key=lambda x: -x[1])),
             "messages_by_style": dict(sorted(by_style.items(), key=lambda x: -x[1]))}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False); f.write("\n")
    tmpl = open(os.path.join(HERE, "src", "README.template.md"), encoding="utf-8").read()
    def table(d, h):
        rows = ["| %s | count |" % h, "|---|---:|"] + ["| %s | %d |" % kv for kv in d.items()]
        return "\n".join(rows)
    counts = ("- messages: %(messages)d\n- spans: %(spans)d\n- messages without any PII: "
              "%(messages_without_pii)d\n- non-English messages: %(non_english_messages)d\n" % stats)
    counts += "\n### Spans by entity type\n\n" + table(stats["spans_by_entity_type"], "entity_type")
    counts += "\n\n### Messages and spans by language\n\n| lang | messages | spans |\n|---|---:|---:|\n"
    counts += "\n".join("| %s | %d | %d |" % (k, v, spans_by_lang[k]) for k, v in stats["messages_by_lang"].items())
    counts += "\n\n### Messages by style\n\n" + table(stats["messages_by_style"], "style")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(tmpl.replace("{{COUNTS}}", counts))
    print(json.dumps({k: stats[k] for k in ("messages", "spans", "messages_without_pii", "non_english_messages")}))

if __name__ == "__main__":
    main()
