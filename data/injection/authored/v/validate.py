#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt in this folder.

Checks: UTF-8, first line of attacks.tsv is a '#' comment, every other line is
`label<TAB>text` with label in {harmful, jailbreak}, no empty/blank lines, no
stray tabs/CR, no leading/trailing whitespace, and no exact or normalised
duplicates (NFKC + casefold + keep only alphanumerics) within or across files.
Exit code 0 when clean, 1 otherwise.
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"harmful", "jailbreak"}
errors = []

def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(ch for ch in s if ch.isalnum())

def read_lines(name):
    path = os.path.join(HERE, name)
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8 ({e})")
        return []
    if "\r" in text:
        errors.append(f"{name}: contains carriage returns")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")

records = []  # (file, lineno, label, text)

lines = read_lines("attacks.tsv")
if not lines or not lines[0].startswith("#"):
    errors.append("attacks.tsv: first line must be a '#' comment")
for i, ln in enumerate(lines, 1):
    if i == 1 and ln.startswith("#"):
        continue
    if not ln.strip():
        errors.append(f"attacks.tsv:{i}: empty line"); continue
    if ln.startswith("#"):
        errors.append(f"attacks.tsv:{i}: comment line outside header"); continue
    parts = ln.split("\t")
    if len(parts) != 2:
        errors.append(f"attacks.tsv:{i}: expected exactly one TAB, got {len(parts)-1}"); continue
    label, text = parts
    if label not in LABELS:
        errors.append(f"attacks.tsv:{i}: bad label {label!r}")
    if not text.strip():
        errors.append(f"attacks.tsv:{i}: empty text")
    elif text != text.strip():
        errors.append(f"attacks.tsv:{i}: leading/trailing whitespace")
    records.append(("attacks.tsv", i, label, text))

for i, ln in enumerate(read_lines("benign.txt"), 1):
    if not ln.strip():
        errors.append(f"benign.txt:{i}: empty line"); continue
    if "\t" in ln:
        errors.append(f"benign.txt:{i}: contains TAB")
    if ln != ln.strip():
        errors.append(f"benign.txt:{i}: leading/trailing whitespace")
    records.append(("benign.txt", i, "benign", ln))

seen_exact, seen_norm = {}, {}
for f, i, label, text in records:
    where = f"{f}:{i}"
    if text in seen_exact:
        errors.append(f"{where}: exact duplicate of {seen_exact[text]}")
        continue
    seen_exact[text] = where
    n = norm(text)
    if not n:
        errors.append(f"{where}: no alphanumeric content")
    elif n in seen_norm:
        errors.append(f"{where}: normalised duplicate of {seen_norm[n]}")
    else:
        seen_norm[n] = where

counts = {}
for _, _, label, _ in records:
    counts[label] = counts.get(label, 0) + 1
print("counts:", counts)
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: no problems found")
