#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt: format, labels, empty lines, duplicates (exact and normalised)."""
import os, sys, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"injection", "jailbreak", "harmful"}
ALLOWED_FORMAT = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}  # intentional zero-width obfuscation
errors = []

def norm(t):
    t = unicodedata.normalize("NFKC", t).casefold()
    return "".join(ch for ch in t if ch.isalnum())

def check_text(where, text):
    if not text.strip():
        errors.append(f"{where}: empty prompt")
    if text != text.strip():
        errors.append(f"{where}: leading/trailing whitespace")
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\t\r\n\v\f\x85\u2028\u2029":
            errors.append(f"{where}: tab/newline-like character U+{ord(ch):04X} inside prompt")
        elif cat == "Cc" or (cat == "Cf" and ch not in ALLOWED_FORMAT):
            errors.append(f"{where}: control/format character U+{ord(ch):04X}")
    if not norm(text):
        errors.append(f"{where}: no alphanumeric content")

entries = []  # (file, lineno, label, text)

with open(os.path.join(HERE, "attacks.tsv"), "rb") as fb:
    raw = fb.read()
try:
    content = raw.decode("utf-8")
except UnicodeDecodeError as e:
    errors.append(f"attacks.tsv: not UTF-8 ({e})"); content = raw.decode("utf-8", "replace")
if "\r" in content:
    errors.append("attacks.tsv: contains CR characters")
if content and not content.endswith("\n"):
    errors.append("attacks.tsv: missing final newline")
for i, line in enumerate(content.split("\n")[:-1] if content.endswith("\n") else content.split("\n"), 1):
    w = f"attacks.tsv:{i}"
    if line == "" or not line.strip():
        errors.append(f"{w}: empty line"); continue
    if line.startswith("#"):
        continue
    parts = line.split("\t")
    if len(parts) != 2:
        errors.append(f"{w}: expected exactly one tab, got {len(parts)-1}"); continue
    label, text = parts
    if label not in LABELS:
        errors.append(f"{w}: bad label {label!r}")
    check_text(w, text)
    entries.append(("attacks.tsv", i, label, text))

with open(os.path.join(HERE, "benign.txt"), "rb") as fb:
    raw = fb.read()
try:
    content = raw.decode("utf-8")
except UnicodeDecodeError as e:
    errors.append(f"benign.txt: not UTF-8 ({e})"); content = raw.decode("utf-8", "replace")
if "\r" in content:
    errors.append("benign.txt: contains CR characters")
if content and not content.endswith("\n"):
    errors.append("benign.txt: missing final newline")
for i, line in enumerate(content.split("\n")[:-1] if content.endswith("\n") else content.split("\n"), 1):
    w = f"benign.txt:{i}"
    if not line.strip():
        errors.append(f"{w}: empty line"); continue
    if line.startswith("#"):
        errors.append(f"{w}: line starts with '#' (benign.txt has no comments)")
    if "\t" in line:
        errors.append(f"{w}: tab in benign prompt")
    check_text(w, line)
    entries.append(("benign.txt", i, "benign", line))

exact = collections.defaultdict(list)
normd = collections.defaultdict(list)
for f, i, lab, t in entries:
    exact[t].append(f"{f}:{i}({lab})")
    normd[norm(t)].append(f"{f}:{i}({lab})")
for t, locs in exact.items():
    if len(locs) > 1:
        errors.append(f"exact duplicate: {locs}: {t[:80]!r}")
for t, locs in normd.items():
    if len(locs) > 1:
        errors.append(f"normalised duplicate: {locs}: {t[:80]!r}")

counts = collections.Counter(lab for _, _, lab, _ in entries)
print("counts:", dict(counts), "total:", sum(counts.values()))
if errors:
    # exact dups are also normalised dups; report both
    print(f"FAILED with {len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
