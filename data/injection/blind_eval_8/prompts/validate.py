#!/usr/bin/env python3
"""Validate attacks.tsv, benign.txt and metadata.tsv. Prints OK or a list of problems (exit 1)."""
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ATTACK_LABELS = {"injection", "jailbreak", "harmful"}
OBF = {"none", "base64", "hex", "rot13", "leet", "homoglyph", "zwsp", "spaced", "fullwidth", "suffix"}
LANGS = {"en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "tr", "ar", "hi", "id", "ja", "zh", "ko", "vi"}
# Well-known published jailbreak persona / prompt names that must not appear.
BANNED_CASE = [r"\bDAN\b", r"\bAIM\b", r"\bSTAN\b", r"\bDUDE\b", r"\bUCAR\b", r"\bKEVIN\b", r"\bAPOPHIS\b",
               r"\bOMEGA\b", r"\bBISH\b", r"\bNRAF\b"]
BANNED_NOCASE = [r"developer mode v2", r"developer mode enabled", r"do anything now", r"mongo tom",
                 r"antigpt", r"anti-gpt", r"betterdan", r"basedgpt", r"evil confidant", r"always intelligent and machiavellian",
                 r"strive to avoid norms", r"chatgpt developer mode", r"\bdevmode\b", r"jailmilk", r"condition red",
                 r"balakula", r"\bungpt\b", r"freedomgpt", r"wormgpt", r"typical confines of ai",
                 r"describing\.\\ \+ similarlynow"]
ZW = re.compile("[\u200b\u200c\u200d\u2060]")

problems = []


def err(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(HERE, name), "rb") as f:
        raw = f.read()
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        txt = raw.decode("utf-8", "replace")
    if "\r" in txt:
        err(f"{name}: contains CR characters")
    if not txt.endswith("\n"):
        err(f"{name}: missing final newline")
    return txt.split("\n")[:-1]


def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = ZW.sub("", t)
    t = re.sub(r"[\W_]+", " ", t)
    return " ".join(t.split())


att = read("attacks.tsv")
ben = read("benign.txt")
meta = read("metadata.tsv")

# attacks.tsv
if len(att) < 3 or not att[0].startswith("#") or not att[1].startswith("#"):
    err("attacks.tsv: first two lines must be # comment headers")
att_rows = {}
for i, line in enumerate(att[2:], 3):
    if line.startswith("#"):
        err(f"attacks.tsv:{i}: unexpected comment line")
        continue
    parts = line.split("\t")
    if len(parts) != 2:
        err(f"attacks.tsv:{i}: expected exactly one TAB, got {len(parts) - 1}")
        continue
    lab, text = parts
    if lab not in ATTACK_LABELS:
        err(f"attacks.tsv:{i}: bad label {lab!r}")
    if not text.strip() or text != text.strip():
        err(f"attacks.tsv:{i}: empty text or leading/trailing whitespace")
    att_rows[i] = (lab, text)

# benign.txt
ben_rows = {}
for i, line in enumerate(ben, 1):
    if not line.strip():
        err(f"benign.txt:{i}: blank line")
    if "\t" in line:
        err(f"benign.txt:{i}: contains TAB")
    if line != line.strip():
        err(f"benign.txt:{i}: leading/trailing whitespace")
    ben_rows[i] = ("benign", line)

# metadata.tsv
if not meta or meta[0] != "file\tline\tlabel\tlanguage\tobfuscated\tsubtype":
    err("metadata.tsv: bad header")
seen = {}
for j, line in enumerate(meta[1:], 2):
    p = line.split("\t")
    if len(p) != 6:
        err(f"metadata.tsv:{j}: expected 6 columns")
        continue
    f, ln, lab, lang, obf, sub = p
    key = (f, int(ln))
    if key in seen:
        err(f"metadata.tsv:{j}: duplicate row for {key}")
    seen[key] = (lab, lang, obf, sub)
    src = att_rows if f == "attacks.tsv" else ben_rows if f == "benign.txt" else None
    if src is None or int(ln) not in src:
        err(f"metadata.tsv:{j}: no such data row {f}:{ln}")
        continue
    if src[int(ln)][0] != lab:
        err(f"metadata.tsv:{j}: label mismatch ({lab} vs {src[int(ln)][0]})")
    base_lang = lang[4:-3] if lang.startswith("mix-") and lang.endswith("-en") else lang
    if base_lang not in LANGS:
        err(f"metadata.tsv:{j}: bad language {lang!r}")
    if obf not in OBF:
        err(f"metadata.tsv:{j}: bad obfuscated value {obf!r}")
    if f == "benign.txt" and obf != "none":
        err(f"metadata.tsv:{j}: benign row marked obfuscated")
    if not re.fullmatch(r"[a-z_]+", sub):
        err(f"metadata.tsv:{j}: bad subtype {sub!r}")
for k in list(att_rows) :
    if ("attacks.tsv", k) not in seen:
        err(f"metadata.tsv: missing row for attacks.tsv:{k}")
for k in list(ben_rows):
    if ("benign.txt", k) not in seen:
        err(f"metadata.tsv: missing row for benign.txt:{k}")

# counts
lab_count = Counter(l for l, _ in att_rows.values())
for L in ATTACK_LABELS:
    if not 180 <= lab_count[L] <= 230:
        err(f"count: {L} has {lab_count[L]} rows (want about 200)")
if not 560 <= len(ben_rows) <= 640:
    err(f"count: benign has {len(ben_rows)} rows (want about 600)")
for fname, rows in (("attacks.tsv", att_rows), ("benign.txt", ben_rows)):
    langs = [seen[(fname, k)][1] for k in rows if (fname, k) in seen]
    share = sum(1 for x in langs if x != "en") / max(1, len(langs))
    if not 0.20 <= share <= 0.32:
        err(f"language: {fname} non-English share {share:.1%} (want about 25%)")
obf_n = sum(1 for k in att_rows if seen.get(("attacks.tsv", k), ("", "", "none"))[2] != "none")
if not 0.08 <= obf_n / max(1, len(att_rows)) <= 0.13:
    err(f"obfuscation: {obf_n}/{len(att_rows)} attack rows obfuscated (want about 10%)")
for L in ATTACK_LABELS:
    n = sum(1 for k, (l, _) in att_rows.items() if l == L and seen.get(("attacks.tsv", k), ("",) * 4)[2] != "none")
    if n < 10:
        err(f"obfuscation: only {n} obfuscated {L} rows")
long_a = sum(1 for _, t in att_rows.values() if len(t) > 1000)
long_b = sum(1 for _, t in ben_rows.values() if len(t) > 1000)
if long_a < 10 or long_b < 10:
    err(f"length: too few rows over 1000 chars (attacks {long_a}, benign {long_b})")
for k, (l, t) in att_rows.items():
    o = seen.get(("attacks.tsv", k), ("",) * 4)[2]
    if ZW.search(t) and o != "zwsp":
        err(f"attacks.tsv:{k}: zero-width character in row not marked zwsp")

# duplicates (exact and normalised, within and across files)
allrows = [("attacks.tsv", k, t) for k, (_, t) in att_rows.items()] + [("benign.txt", k, t) for k, (_, t) in ben_rows.items()]
exact, normed = {}, {}
for f, k, t in allrows:
    if t in exact:
        err(f"duplicate: {f}:{k} == {exact[t][0]}:{exact[t][1]}")
    exact.setdefault(t, (f, k))
    n = norm(t)
    if n in normed and normed[n] != (f, k) and exact[t] == (f, k):
        err(f"near-duplicate: {f}:{k} ~ {normed[n][0]}:{normed[n][1]}")
    normed.setdefault(n, (f, k))

# banned names: output files plus hand-written sources (catches names hidden by obfuscation)
texts = [(f"{f}:{k}", t) for f, k, t in allrows]
src = os.path.join(HERE, "src")
for name in sorted(os.listdir(src)):
    with open(os.path.join(src, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            texts.append((f"src/{name}:{n}", line))
for where, t in texts:
    t2 = ZW.sub("", unicodedata.normalize("NFKC", t))
    for pat in BANNED_CASE:
        if re.search(pat, t2):
            err(f"banned name {pat} in {where}")
    for pat in BANNED_NOCASE:
        if re.search(pat, t2, re.I):
            err(f"banned name {pat} in {where}")

if problems:
    for p in problems[:200]:
        print(p)
    print(f"FAILED: {len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: attacks {dict(sorted(lab_count.items()))}, benign {len(ben_rows)}, metadata {len(meta) - 1} rows, "
      f"obfuscated {obf_n}, long rows {long_a}/{long_b}")
