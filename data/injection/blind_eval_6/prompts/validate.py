#!/usr/bin/env python3
"""Validates attacks.tsv, benign.txt and metadata.tsv. Exit code 0 = clean."""
import sys, unicodedata, re
from collections import Counter

LABELS = {"injection", "jailbreak", "harmful"}
ZW = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
errors = []

def err(msg):
    errors.append(msg)

def norm(t):
    t = unicodedata.normalize("NFKC", t).casefold()
    t = "".join(ch for ch in t if ch not in ZW)
    return "".join(ch for ch in t if ch.isalnum())

def bad_chars(t, allow_zw):
    out = []
    for ch in t:
        cat = unicodedata.category(ch)
        if ch in ZW:
            if not allow_zw:
                out.append(repr(ch))
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\u2028\u2029":
            out.append(repr(ch))
    return out

raw_a = open("attacks.tsv", encoding="utf-8").read()
raw_b = open("benign.txt", encoding="utf-8").read()
for name, raw in (("attacks.tsv", raw_a), ("benign.txt", raw_b)):
    if "\r" in raw: err(f"{name}: contains CR characters")
    if not raw.endswith("\n"): err(f"{name}: no trailing newline")
    if raw.startswith("\ufeff"): err(f"{name}: BOM")

# metadata
meta = {}
mlines = open("metadata.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
if mlines[0].split("\t") != ["file", "line", "label", "language", "obfuscated", "subtype"]:
    err("metadata.tsv: bad header")
for i, l in enumerate(mlines[1:], 2):
    p = l.split("\t")
    if len(p) != 6: err(f"metadata.tsv:{i}: {len(p)} fields"); continue
    if p[4] not in ("yes", "no"): err(f"metadata.tsv:{i}: obfuscated must be yes/no")
    if (p[0], int(p[1])) in meta: err(f"metadata.tsv:{i}: duplicate key")
    meta[(p[0], int(p[1]))] = p

seen = {}      # exact text -> location
seen_n = {}    # normalised text -> location
counts = Counter()

def check_dup(text, loc):
    if text in seen:
        err(f"{loc}: exact duplicate of {seen[text]}")
        return
    seen[text] = loc
    n = norm(text)
    if not n:
        err(f"{loc}: empty after normalisation")
    elif n in seen_n:
        err(f"{loc}: normalised duplicate of {seen_n[n]}")
    else:
        seen_n[n] = loc

for i, line in enumerate(raw_a.split("\n")[:-1], 1):
    loc = f"attacks.tsv:{i}"
    if line.startswith("#"): continue
    if not line.strip(): err(f"{loc}: blank line"); continue
    if line.count("\t") != 1: err(f"{loc}: expected exactly one tab, found {line.count(chr(9))}"); continue
    label, text = line.split("\t")
    if label not in LABELS: err(f"{loc}: bad label {label!r}")
    if text != text.strip() or not text: err(f"{loc}: leading/trailing whitespace or empty")
    m = meta.get(("attacks.tsv", i))
    if not m: err(f"{loc}: no metadata row"); obf = False
    else:
        obf = m[4] == "yes"
        if m[2] != label: err(f"{loc}: metadata label mismatch")
    bc = bad_chars(text, allow_zw=obf)
    if bc: err(f"{loc}: control/format chars {bc[:5]}")
    counts[label] += 1
    check_dup(text, loc)

for i, line in enumerate(raw_b.split("\n")[:-1], 1):
    loc = f"benign.txt:{i}"
    if not line.strip(): err(f"{loc}: blank line"); continue
    if line.startswith("#"): err(f"{loc}: comment line not allowed in benign.txt")
    if "\t" in line: err(f"{loc}: tab")
    if line != line.strip(): err(f"{loc}: leading/trailing whitespace")
    bc = bad_chars(line, allow_zw=False)
    if bc: err(f"{loc}: control/format chars {bc[:5]}")
    m = meta.get(("benign.txt", i))
    if not m: err(f"{loc}: no metadata row")
    elif m[2] != "benign" or m[4] != "no": err(f"{loc}: metadata mismatch")
    counts["benign"] += 1
    check_dup(line, loc)

n_meta_a = sum(1 for k in meta if k[0] == "attacks.tsv")
n_meta_b = sum(1 for k in meta if k[0] == "benign.txt")
if n_meta_a != sum(counts[l] for l in LABELS): err("metadata attack row count mismatch")
if n_meta_b != counts["benign"]: err("metadata benign row count mismatch")

print("counts:", dict(counts))
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors[:200]: print("  ", e)
    sys.exit(1)
print("validate.py: CLEAN")
