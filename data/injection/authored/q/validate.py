#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt in this folder.
Checks: attacks.tsv first line is a '#' comment; every other line has exactly one TAB,
label 'jailbreak', non-empty text; benign.txt has one non-empty prompt per line, no TABs;
no duplicates within or across files after case/punctuation/whitespace normalisation."""
import os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[\W_]+", "", s)
errors = []
seen = {}
def check_dup(key, where):
    if not key: errors.append(f"{where}: empty after normalisation"); return
    if key in seen: errors.append(f"{where}: duplicate of {seen[key]}")
    else: seen[key] = where

with open(os.path.join(HERE, "attacks.tsv"), encoding="utf-8", newline="") as f:
    raw = f.read()
if "\r" in raw: errors.append("attacks.tsv: contains CR characters")
lines = raw.split("\n")
if lines and lines[-1] == "": lines.pop()
if not lines or not lines[0].startswith("#"): errors.append("attacks.tsv: first line is not a # comment")
n_att = 0
for i, line in enumerate(lines[1:], start=2):
    if line.count("\t") != 1: errors.append(f"attacks.tsv:{i}: expected exactly one TAB, got {line.count(chr(9))}"); continue
    label, text = line.split("\t")
    if label != "jailbreak": errors.append(f"attacks.tsv:{i}: bad label {label!r}")
    if not text.strip() or text != text.strip(): errors.append(f"attacks.tsv:{i}: empty or padded text")
    if "do anything now" in text.lower(): errors.append(f"attacks.tsv:{i}: looks like DAN text")
    check_dup(norm(text), f"attacks.tsv:{i}"); n_att += 1

with open(os.path.join(HERE, "benign.txt"), encoding="utf-8", newline="") as f:
    raw = f.read()
if "\r" in raw: errors.append("benign.txt: contains CR characters")
blines = raw.split("\n")
if blines and blines[-1] == "": blines.pop()
n_ben = 0
for i, line in enumerate(blines, start=1):
    if "\t" in line: errors.append(f"benign.txt:{i}: contains a TAB")
    if not line.strip() or line != line.strip(): errors.append(f"benign.txt:{i}: empty or padded line")
    check_dup(norm(line), f"benign.txt:{i}"); n_ben += 1

print(f"attacks: {n_att} lines, benign: {n_ben} lines")
if errors:
    print(f"{len(errors)} problem(s):"); [print("  " + e) for e in errors[:50]]; sys.exit(1)
print("OK: format valid, no duplicates within or across files")
