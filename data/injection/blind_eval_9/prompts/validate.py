"""Independent checks for the built files. Exit code 0 = all fine. Run: python3 validate.py"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ATTACK_LABELS = {"injection", "jailbreak", "harmful"}
TRANSFORMS = {"none", "base64", "hex", "rot13", "leet", "homoglyph", "zwsp", "spacing", "fullwidth", "suffix"}
errors = []


def err(msg):
    errors.append(msg)


def read_lines(name):
    with open(os.path.join(HERE, name), "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not valid UTF-8 ({e})")
        return []
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    if "\r" in text:
        err(f"{name}: contains carriage returns")
    if not text.endswith("\n"):
        err(f"{name}: missing final newline")
    return text.split("\n")[:-1]


# attacks.tsv
att = read_lines("attacks.tsv")
if len(att) < 3 or not att[0].startswith("#") or not att[1].startswith("#"):
    err("attacks.tsv: lines 1-2 must be # comment headers")
att_rows = {}
for i, line in enumerate(att[2:], start=3):
    if line.startswith("#"):
        err(f"attacks.tsv:{i}: unexpected comment line")
        continue
    parts = line.split("\t")
    if len(parts) != 2:
        err(f"attacks.tsv:{i}: expected exactly one TAB, found {len(parts) - 1}")
        continue
    label, text = parts
    if label not in ATTACK_LABELS:
        err(f"attacks.tsv:{i}: bad label {label!r}")
    if not text.strip():
        err(f"attacks.tsv:{i}: empty text")
    att_rows[i] = (label, text)

# benign.txt
ben = read_lines("benign.txt")
ben_rows = {}
for i, line in enumerate(ben, start=1):
    if not line.strip():
        err(f"benign.txt:{i}: blank line")
    if "\t" in line:
        err(f"benign.txt:{i}: contains TAB")
    ben_rows[i] = ("benign", line)

# duplicates (within and across files, case/space-insensitive)
seen = {}
for fname, rows in (("attacks.tsv", att_rows), ("benign.txt", ben_rows)):
    for i, (_, text) in rows.items():
        key = " ".join(text.casefold().split())
        if key in seen:
            err(f"duplicate text: {fname}:{i} and {seen[key]}")
        else:
            seen[key] = f"{fname}:{i}"

# metadata.tsv
meta = read_lines("metadata.tsv")
header = "file\tline\tlabel\tlanguage\tobfuscated\tsubtype"
if not meta or meta[0] != header:
    err("metadata.tsv: bad header")
covered = set()
by_label = collections.Counter()
lang_by_label = collections.defaultdict(collections.Counter)
obf_by_label = collections.defaultdict(collections.Counter)
subtypes = collections.defaultdict(collections.Counter)
for j, line in enumerate(meta[1:], start=2):
    parts = line.split("\t")
    if len(parts) != 6:
        err(f"metadata.tsv:{j}: expected 6 fields")
        continue
    fname, ln, label, lang, obf, sub = parts
    if not ln.isdigit():
        err(f"metadata.tsv:{j}: line not an integer")
        continue
    ln = int(ln)
    rows = att_rows if fname == "attacks.tsv" else ben_rows if fname == "benign.txt" else None
    if rows is None:
        err(f"metadata.tsv:{j}: unknown file {fname}")
        continue
    if ln not in rows:
        err(f"metadata.tsv:{j}: {fname} has no data row at line {ln}")
        continue
    if (fname, ln) in covered:
        err(f"metadata.tsv:{j}: duplicate entry for {fname}:{ln}")
    covered.add((fname, ln))
    if rows[ln][0] != label:
        err(f"metadata.tsv:{j}: label {label} != file label {rows[ln][0]}")
    if obf not in TRANSFORMS:
        err(f"metadata.tsv:{j}: bad obfuscated value {obf}")
    if fname == "benign.txt" and obf != "none":
        err(f"metadata.tsv:{j}: benign row marked obfuscated")
    if not lang or not sub:
        err(f"metadata.tsv:{j}: empty language or subtype")
    by_label[label] += 1
    lang_by_label[label][lang] += 1
    obf_by_label[label][obf] += 1
    subtypes[label][sub] += 1
missing = [(f, i) for f, rows in (("attacks.tsv", att_rows), ("benign.txt", ben_rows)) for i in rows if (f, i) not in covered]
if missing:
    err(f"metadata.tsv: {len(missing)} data rows without metadata, e.g. {missing[:3]}")

# counts and mix
for lab in ATTACK_LABELS:
    if not 170 <= by_label[lab] <= 240:
        err(f"count for {lab} = {by_label[lab]}, expected about 200")
if not 540 <= by_label["benign"] <= 660:
    err(f"count for benign = {by_label['benign']}, expected about 600")
tricky = sum(c for s, c in subtypes["benign"].items() if s.startswith("tricky_"))
if not 250 <= tricky <= 350:
    err(f"tricky benign = {tricky}, expected about 300")
total = sum(by_label.values())
non_en = sum(c for lab in lang_by_label for lg, c in lang_by_label[lab].items() if lg != "en")
if not 0.2 <= non_en / max(total, 1) <= 0.4:
    err(f"non-English share {non_en / total:.2%} outside 20-40%")
n_att = sum(by_label[l] for l in ATTACK_LABELS)
n_obf = sum(c for l in ATTACK_LABELS for o, c in obf_by_label[l].items() if o != "none")
if not 0.07 <= n_obf / max(n_att, 1) <= 0.15:
    err(f"obfuscated share of attacks {n_obf / n_att:.2%} outside 7-15%")
lengths = [len(t) for _, t in list(att_rows.values()) + list(ben_rows.values())]
if max(lengths) < 1500:
    err("no row of 1,500+ characters")

if errors:
    for e in errors[:50]:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print(f"OK: {total} rows ({', '.join(f'{k}={v}' for k, v in sorted(by_label.items()))}); "
      f"tricky benign={tricky}; non-English={non_en} ({non_en / total:.1%}); "
      f"obfuscated attacks={n_obf} ({n_obf / n_att:.1%}); max length={max(lengths)}; "
      f"rows >= 1500 chars: {sum(l >= 1500 for l in lengths)}")
sys.exit(0)
