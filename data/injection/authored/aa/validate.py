#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt: format, labels, no tabs/newlines in texts,
no exact or normalised duplicates (NFKC + casefold + alphanumerics only) within or across files."""
import sys, os, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"injection", "jailbreak", "harmful"}
errors = []

def norm(t):
    t = unicodedata.normalize("NFKC", t).casefold()
    return "".join(ch for ch in t if ch.isalnum())

def read_lines(path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{path}: not valid UTF-8 ({e})"); return []
    if raw.startswith(b"\xef\xbb\xbf"): errors.append(f"{path}: has BOM")
    if "\r" in text: errors.append(f"{path}: contains CR characters")
    lines = text.split("\n")
    if lines and lines[-1] == "": lines = lines[:-1]
    return lines

items = []  # (file, lineno, label, text)
a = os.path.join(HERE, "attacks.tsv")
lines = read_lines(a)
if not lines or not lines[0].startswith("#"):
    errors.append("attacks.tsv: first line must be a # comment")
for i, line in enumerate(lines[1:], start=2):
    parts = line.split("\t")
    if len(parts) != 2:
        errors.append(f"attacks.tsv:{i}: expected exactly one tab, got {len(parts)-1}"); continue
    lab, text = parts
    if lab not in LABELS: errors.append(f"attacks.tsv:{i}: bad label {lab!r}")
    items.append(("attacks.tsv", i, lab, text))
b = os.path.join(HERE, "benign.txt")
for i, line in enumerate(read_lines(b), start=1):
    if "\t" in line: errors.append(f"benign.txt:{i}: contains a tab")
    items.append(("benign.txt", i, "benign", line))

seen_exact, seen_norm = {}, {}
for f, i, lab, text in items:
    if not text.strip(): errors.append(f"{f}:{i}: empty text"); continue
    if text != text.strip(): errors.append(f"{f}:{i}: leading/trailing whitespace")
    if any(c in text for c in "\t\n\r\u2028\u2029\x0b\x0c\x85"):
        errors.append(f"{f}:{i}: tab/newline/line-separator inside text")
    if text in seen_exact: errors.append(f"{f}:{i}: exact duplicate of {seen_exact[text]}")
    else: seen_exact[text] = f"{f}:{i}"
    n = norm(text)
    if not n: errors.append(f"{f}:{i}: no alphanumeric content")
    elif n in seen_norm:
        errors.append(f"{f}:{i}: normalised duplicate of {seen_norm[n]}")
    else: seen_norm[n] = f"{f}:{i}"

c = Counter(lab for _, _, lab, _ in items)
print("counts:", dict(c), "total:", sum(c.values()))
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors[:100]: print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
