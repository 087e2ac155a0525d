#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt in this folder.

Checks:
  * attacks.tsv: every non-comment, non-empty line has exactly one TAB,
    a valid label (injection / jailbreak / harmful) and non-empty text
  * no embedded line breaks of any kind (\\r, \\v, \\f, \\x1c-\\x1e, \\x85, U+2028, U+2029)
  * benign.txt: no TABs, no empty lines
  * no duplicate texts within a file or across the two files
    (exact match and whitespace/case-normalised match)
Exit code 0 if all checks pass, 1 otherwise.
"""
import collections, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"injection", "jailbreak", "harmful"}
BAD_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
errors = []

def norm(t):
    t = unicodedata.normalize("NFKC", t)
    return " ".join(t.casefold().split())

def read_lines(name):
    with open(os.path.join(HERE, name), "rb") as f:
        data = f.read()
    text = data.decode("utf-8")  # raises if not valid UTF-8
    if not text.endswith("\n"):
        errors.append(f"{name}: file does not end with a newline")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")

seen = {}   # normalised text -> (file, line)
exact = {}
counts = collections.Counter()

def check_dup(t, where):
    for key, table in ((t, exact), (norm(t), seen)):
        if key in table:
            errors.append(f"{where}: duplicate of {table[key]}: {t[:70]!r}")
            return
    exact[t] = where
    seen[norm(t)] = where

for i, line in enumerate(read_lines("attacks.tsv"), 1):
    where = f"attacks.tsv:{i}"
    if line.startswith("#") or line == "":
        continue
    if BAD_BREAKS.search(line):
        errors.append(f"{where}: embedded line-break character")
    if line.count("\t") != 1:
        errors.append(f"{where}: expected exactly one TAB, found {line.count(chr(9))}")
        continue
    label, text = line.split("\t")
    if label not in LABELS:
        errors.append(f"{where}: invalid label {label!r}")
    if not text.strip():
        errors.append(f"{where}: empty text")
    if text != text.strip():
        errors.append(f"{where}: leading/trailing whitespace")
    counts[label] += 1
    check_dup(text, where)

for i, line in enumerate(read_lines("benign.txt"), 1):
    where = f"benign.txt:{i}"
    if not line.strip():
        errors.append(f"{where}: empty line")
        continue
    if "\t" in line:
        errors.append(f"{where}: contains a TAB")
    if BAD_BREAKS.search(line):
        errors.append(f"{where}: embedded line-break character")
    if line != line.strip():
        errors.append(f"{where}: leading/trailing whitespace")
    counts["benign"] += 1
    check_dup(line, where)

for k in ("injection", "jailbreak", "harmful", "benign"):
    print(f"{k:10s} {counts[k]}")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
