#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt.

Checks: UTF-8, attacks.tsv first line is a '#' comment, every other line is
'label<TAB>text' with label in {injection, jailbreak, harmful}, no tabs/CR/
newlines or control characters inside texts, no empty texts, and no exact or
normalised duplicates (NFKC + casefold + alphanumerics only) within or
across the two files. Exit code 0 on success, 1 on any error.
"""
import os, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {'injection', 'jailbreak', 'harmful'}
errors = []

def norm(t):
    t = unicodedata.normalize('NFKC', t).casefold()
    return ''.join(ch for ch in t if ch.isalnum())

def bad_chars(t):
    return any(ch in '\t\r\n\x0b\x0c\x85\u2028\u2029' or (unicodedata.category(ch) == 'Cc') for ch in t)

def read_lines(name):
    raw = open(os.path.join(HERE, name), 'rb').read()
    try:
        s = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{name}: not UTF-8 ({e})'); return []
    if s.startswith('\ufeff'):
        errors.append(f'{name}: has BOM')
    if not s.endswith('\n'):
        errors.append(f'{name}: missing final newline')
    return s.split('\n')[:-1] if s.endswith('\n') else s.split('\n')

entries = []  # (file, lineno, label, text)
lines = read_lines('attacks.tsv')
if not lines or not lines[0].startswith('#'):
    errors.append('attacks.tsv: first line must be a # comment')
for i, line in enumerate(lines[1:], start=2):
    parts = line.split('\t')
    if len(parts) != 2:
        errors.append(f'attacks.tsv:{i}: expected exactly one tab, got {len(parts)-1}'); continue
    label, text = parts
    if label not in LABELS:
        errors.append(f'attacks.tsv:{i}: bad label {label!r}')
    entries.append(('attacks.tsv', i, label, text))
for i, line in enumerate(read_lines('benign.txt'), start=1):
    entries.append(('benign.txt', i, 'benign', line))

seen_exact, seen_norm = {}, {}
for fname, i, label, text in entries:
    where = f'{fname}:{i}'
    if not text.strip():
        errors.append(f'{where}: empty text'); continue
    if text != text.strip():
        errors.append(f'{where}: leading/trailing whitespace')
    if bad_chars(text):
        errors.append(f'{where}: tab/newline/control character inside text')
    if text in seen_exact:
        errors.append(f'{where}: exact duplicate of {seen_exact[text]}')
    else:
        seen_exact[text] = where
    n = norm(text)
    if not n:
        errors.append(f'{where}: no alphanumeric content')
    elif n in seen_norm and seen_exact.get(text) == where:
        errors.append(f'{where}: normalised duplicate of {seen_norm[n]}')
    else:
        seen_norm.setdefault(n, where)

counts = Counter(label for _, _, label, _ in entries)
print('counts:', dict(counts), 'total:', sum(counts.values()))
if errors:
    print(f'FAIL: {len(errors)} error(s)')
    for e in errors[:200]:
        print('  ' + e)
    sys.exit(1)
print('OK: all checks passed')
