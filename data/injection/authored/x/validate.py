#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt: format, labels, empty lines, duplicates."""
import sys, unicodedata, os
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"jailbreak", "injection"}
errors = []

def norm(t):
    t = unicodedata.normalize("NFKC", t).casefold()
    return "".join(ch for ch in t if ch.isalnum())

def read_lines(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8 ({e})"); return []
    if "\r" in text: errors.append(f"{name}: contains CR characters")
    if not text.endswith("\n"): errors.append(f"{name}: missing final newline")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")

seen_exact, seen_norm = {}, {}
def check_dup(text, where):
    if text in seen_exact:
        errors.append(f"{where}: exact duplicate of {seen_exact[text]}")
    else: seen_exact[text] = where
    n = norm(text)
    if not n:
        errors.append(f"{where}: no alphanumeric content"); return
    if n in seen_norm and seen_exact.get(text) == where:
        errors.append(f"{where}: normalised duplicate of {seen_norm[n]}")
    seen_norm.setdefault(n, where)

counts = {"jailbreak": 0, "injection": 0, "benign": 0}
lines = read_lines("attacks.tsv")
if not lines or not lines[0].startswith("#"):
    errors.append("attacks.tsv: first line must be a # comment")
for i, ln in enumerate(lines[1:], start=2):
    where = f"attacks.tsv:{i}"
    if not ln.strip(): errors.append(f"{where}: empty line"); continue
    if ln.startswith("#"): errors.append(f"{where}: unexpected comment line"); continue
    parts = ln.split("\t")
    if len(parts) != 2: errors.append(f"{where}: expected exactly one TAB, got {len(parts)-1}"); continue
    label, text = parts
    if label not in LABELS: errors.append(f"{where}: bad label {label!r}")
    else: counts[label] += 1
    if not text.strip(): errors.append(f"{where}: empty text"); continue
    if text != text.strip(): errors.append(f"{where}: leading/trailing whitespace")
    check_dup(text, where)

for i, ln in enumerate(read_lines("benign.txt"), start=1):
    where = f"benign.txt:{i}"
    if not ln.strip(): errors.append(f"{where}: empty line"); continue
    if "\t" in ln: errors.append(f"{where}: contains TAB")
    if ln != ln.strip(): errors.append(f"{where}: leading/trailing whitespace")
    counts["benign"] += 1
    check_dup(ln, where)

print("counts:", counts)
if errors:
    print(f"{len(errors)} error(s):")
    for e in errors[:200]: print("  " + e)
    sys.exit(1)
print("OK: no format errors, no exact or normalised duplicates")
