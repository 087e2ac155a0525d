"""Validate attacks.tsv and benign.txt.
- attacks.tsv: first line is a '#' comment; every other line has exactly one tab,
  label 'jailbreak', non-empty text.
- benign.txt: one prompt per line, no tabs, no empty lines.
- no duplicates within or across files, comparing texts case- and punctuation-insensitively
  (lowercased, keeping only letters/digits from any script)."""
import sys, unicodedata

def norm(t):
    t = unicodedata.normalize("NFKC", t).casefold()
    return "".join(ch for ch in t if ch.isalnum())

errors, seen = [], {}
def check_dup(text, where):
    k = norm(text)
    if not k:
        errors.append(f"{where}: text has no letters/digits")
    elif k in seen:
        errors.append(f"{where}: duplicate of {seen[k]}")
    else:
        seen[k] = where

with open("attacks.tsv", encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
if not lines or not lines[0].startswith("#"):
    errors.append("attacks.tsv:1: first line must be a '#' comment")
n_att = 0
for i, line in enumerate(lines[1:], start=2):
    if line.count("\t") != 1:
        errors.append(f"attacks.tsv:{i}: expected exactly one tab, found {line.count(chr(9))}")
        continue
    label, text = line.split("\t")
    if label != "jailbreak":
        errors.append(f"attacks.tsv:{i}: bad label {label!r}")
    if not text.strip() or text != text.strip():
        errors.append(f"attacks.tsv:{i}: empty text or stray whitespace")
    if "\r" in text:
        errors.append(f"attacks.tsv:{i}: carriage return")
    check_dup(text, f"attacks.tsv:{i}")
    n_att += 1

with open("benign.txt", encoding="utf-8") as f:
    blines = f.read().split("\n")
if blines and blines[-1] == "":
    blines.pop()
n_ben = 0
for i, line in enumerate(blines, start=1):
    if "\t" in line or "\r" in line:
        errors.append(f"benign.txt:{i}: contains tab or CR")
    if not line.strip() or line != line.strip():
        errors.append(f"benign.txt:{i}: empty line or stray whitespace")
        continue
    check_dup(line, f"benign.txt:{i}")
    n_ben += 1

print(f"attacks: {n_att} lines, benign: {n_ben} lines")
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: format valid, no duplicates within or across files")
