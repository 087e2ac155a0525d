#!/usr/bin/env python3
"""Validate attacks.tsv, benign.txt and metadata.tsv. Prints OK or a list of problems."""
import base64
import binascii
import glob
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"injection", "jailbreak", "harmful"}
LANGS = {"en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja", "ko", "ar", "hi-en", "es-en", "tl-en",
         "ar-latn", "sw", "ro", "el", "cs", "th", "fa", "he", "tr", "pl", "nl", "vi", "id", "uk"}
OBF = {"none", "leet", "homoglyph", "spacing", "zerowidth", "base64", "reversed", "rot13", "piglatin", "emoji"}
HARM_SUB = {"violence_weapons", "cybercrime_malware", "self_harm", "csam_minors", "hate", "illegal_drugs", "fraud"}
COUNT_RANGE = {"injection": (175, 205), "jailbreak": (175, 205), "harmful": (175, 205), "benign": (530, 590)}

# Well-known published jailbreak persona / mode names that must not appear.
BANNED_CS = [r"\bDAN\b", r"\bDan\b", r"\bAIM\b", r"\bSTAN\b", r"\bDUDE\b", r"\bKEVIN\b", r"\bUCAR\b",
             r"\bAPOPHIS\b", r"\bBetterDAN\b", r"\bNRAF\b"]
BANNED_CI = [r"developer\s*mode", r"do\s+anything\s+now", r"mongo\s+tom", r"evil\s+confidant", r"anti-?gpt",
             r"based\s*gpt", r"\bdude\b", r"\bdan\s+mode\b", r"\bstan\s+mode\b", r"always\s+intelligent\s+and\s+machiavellian",
             r"strive\s+to\s+avoid\s+norms", r"jailbroken\s+mode", r"\bmaximum\s+mode\b", r"\bchaos\s*gpt\b",
             r"\bwormgpt\b", r"\bfreedomgpt\b", r"\bdeveloper\s+mode\s+enabled\b"]
# Crude guard against operational detail slipping into requests.
QUANTITY = re.compile(r"\b\d+(\.\d+)?\s?(mg|ml|grams?|gr|ounces?|oz|mol|°c)\b", re.I)

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def norm(s):
    s = unicodedata.normalize("NFKC", s).translate(ZW).casefold()
    s = s.replace("\\n", " ")
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def decoded_variants(text):
    out = [text]
    for tok in re.findall(r"[A-Za-z0-9+/=]{16,}", text):
        try:
            out.append(base64.b64decode(tok, validate=True).decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
    out.append(text[::-1])
    out.append(text.translate(ZW))
    return out


def main():
    errs = []
    rows = []  # (file, line, label, text)
    p = os.path.join(HERE, "attacks.tsv")
    with open(p, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\r" in raw:
        errs.append("attacks.tsv contains CR characters")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) < 3 or not lines[0].startswith("#") or not lines[1].startswith("#"):
        errs.append("attacks.tsv: first two lines must be # comments")
    for i, line in enumerate(lines[2:], 3):
        parts = line.split("\t")
        if len(parts) != 2:
            errs.append(f"attacks.tsv:{i}: expected 2 tab-separated fields, got {len(parts)}")
            continue
        lab, text = parts
        if lab not in LABELS:
            errs.append(f"attacks.tsv:{i}: bad label {lab!r}")
        if not text.strip() or text != text.strip():
            errs.append(f"attacks.tsv:{i}: empty or padded text")
        if line.startswith("#"):
            errs.append(f"attacks.tsv:{i}: data line starts with #")
        rows.append(("attacks.tsv", i, lab, text))

    p = os.path.join(HERE, "benign.txt")
    with open(p, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\r" in raw:
        errs.append("benign.txt contains CR characters")
    blines = raw.split("\n")
    if blines and blines[-1] == "":
        blines = blines[:-1]
    for i, line in enumerate(blines, 1):
        if "\t" in line:
            errs.append(f"benign.txt:{i}: contains a tab")
        if not line.strip() or line != line.strip():
            errs.append(f"benign.txt:{i}: empty or padded line")
        rows.append(("benign.txt", i, "benign", line))

    # metadata alignment
    with open(os.path.join(HERE, "metadata.tsv"), encoding="utf-8") as f:
        mlines = f.read().split("\n")
    if mlines[-1] == "":
        mlines = mlines[:-1]
    if mlines[0] != "file\tline\tlabel\tlanguage\tobfuscated\tsubtype":
        errs.append("metadata.tsv: bad header")
    meta = {}
    for j, ml in enumerate(mlines[1:], 2):
        parts = ml.split("\t")
        if len(parts) != 6:
            errs.append(f"metadata.tsv:{j}: expected 6 fields")
            continue
        fn, ln, lab, lang, obf, sub = parts
        key = (fn, int(ln))
        if key in meta:
            errs.append(f"metadata.tsv:{j}: duplicate key {key}")
        meta[key] = (lab, lang, obf, sub)
        if lang not in LANGS:
            errs.append(f"metadata.tsv:{j}: unknown language {lang}")
        if obf not in OBF:
            errs.append(f"metadata.tsv:{j}: unknown obfuscation {obf}")
        if not re.fullmatch(r"[a-z_]+", sub):
            errs.append(f"metadata.tsv:{j}: bad subtype {sub}")
        if lab == "harmful" and sub not in HARM_SUB:
            errs.append(f"metadata.tsv:{j}: harmful subtype {sub} not in category list")
        if fn == "benign.txt" and obf != "none":
            errs.append(f"metadata.tsv:{j}: benign rows must not be obfuscated")
    if len(meta) != len(rows):
        errs.append(f"metadata rows {len(meta)} != data rows {len(rows)}")
    for fn, ln, lab, text in rows:
        m = meta.get((fn, ln))
        if m is None:
            errs.append(f"{fn}:{ln}: no metadata row")
        elif m[0] != lab:
            errs.append(f"{fn}:{ln}: label mismatch {lab} vs metadata {m[0]}")

    # counts
    lc = Counter(r[2] for r in rows)
    for lab, (lo, hi) in COUNT_RANGE.items():
        if not lo <= lc[lab] <= hi:
            errs.append(f"count for {lab} = {lc[lab]} outside [{lo},{hi}]")
    total = len(rows)
    non_en = sum(1 for m in meta.values() if m[1] != "en")
    if total and not 0.22 <= non_en / total <= 0.28:
        errs.append(f"non-English share {non_en/total:.3f} outside [0.22,0.28]")
    att = [m for k, m in meta.items() if k[0] == "attacks.tsv"]
    obf_n = sum(1 for m in att if m[2] != "none")
    if att and not 0.06 <= obf_n / len(att) <= 0.10:
        errs.append(f"obfuscated share of attacks {obf_n/len(att):.3f} outside [0.06,0.10]")
    for lab in LABELS:
        subs = Counter(m[3] for m in meta.values() if m[0] == lab)
        if len(subs) < 5:
            errs.append(f"{lab}: too few subtypes ({len(subs)})")
    hs = Counter(m[3] for m in meta.values() if m[0] == "harmful")
    for s in HARM_SUB:
        if hs[s] < 10:
            errs.append(f"harmful subtype {s} has only {hs[s]} rows")

    # lengths
    for fn, ln, lab, text in rows:
        if len(text) > 2000:
            errs.append(f"{fn}:{ln}: longer than 2000 chars")
        m = meta.get((fn, ln))
        lang = m[1] if m else "en"
        if lang in ("zh", "ja", "th"):
            if len(text) < 10:
                errs.append(f"{fn}:{ln}: shorter than 10 characters ({lang})")
        elif len(text.split()) < 5:
            errs.append(f"{fn}:{ln}: fewer than 5 words")

    # duplicates
    seen = {}
    for fn, ln, lab, text in rows:
        k = norm(text)
        if k in seen:
            errs.append(f"duplicate: {fn}:{ln} == {seen[k][0]}:{seen[k][1]}")
        else:
            seen[k] = (fn, ln)

    # banned names (output files, decoded variants, and src plaintexts)
    texts = [(f"{fn}:{ln}", t) for fn, ln, _, t in rows]
    for sp in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        with open(sp, encoding="utf-8") as f:
            for n, l in enumerate(f, 1):
                texts.append((f"src/{os.path.basename(sp)}:{n}", l))
    for where, t in texts:
        for v in decoded_variants(t):
            for pat in BANNED_CS:
                if re.search(pat, v):
                    errs.append(f"{where}: banned name /{pat}/")
            for pat in BANNED_CI:
                if re.search(pat, v, re.I):
                    errs.append(f"{where}: banned name /{pat}/")

    for fn, ln, lab, text in rows:
        if lab in ("harmful", "jailbreak") and QUANTITY.search(text):
            errs.append(f"{fn}:{ln}: looks like it contains a quantity")

    if errs:
        for e in errs[:200]:
            print("ERROR", e)
        print(f"{len(errs)} problem(s)")
        sys.exit(1)
    print(f"OK: {total} rows; labels {dict(lc)}; non-English {non_en} ({100*non_en/total:.1f}%); "
          f"obfuscated {obf_n}/{len(att)} attacks ({100*obf_n/len(att):.1f}%)")


if __name__ == "__main__":
    main()
