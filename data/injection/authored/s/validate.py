#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt: format, labels, duplicates (case/punctuation-insensitive)."""
import sys, re, unicodedata, os
D = os.path.dirname(os.path.abspath(__file__))
def norm(t):
    t = unicodedata.normalize('NFKC', t).casefold()
    t = ''.join(c for c in t if not unicodedata.category(c).startswith(('P', 'S')))
    return re.sub(r'\s+', ' ', t).strip()
errors = []; seen = {}
def add(key, where):
    if key in seen: errors.append(f'duplicate: {where} == {seen[key]}')
    else: seen[key] = where
with open(os.path.join(D, 'attacks.tsv'), encoding='utf-8') as f:
    lines = f.read().split('\n')
if lines and lines[-1] == '': lines.pop()
if not lines or not lines[0].startswith('#'): errors.append('attacks.tsv: first line must be a # comment')
na = 0
for i, l in enumerate(lines[1:], 2):
    if l.count('\t') != 1: errors.append(f'attacks.tsv:{i}: expected exactly one tab'); continue
    lab, txt = l.split('\t')
    if lab != 'harmful': errors.append(f'attacks.tsv:{i}: bad label {lab!r}')
    if not txt.strip() or txt != txt.strip(): errors.append(f'attacks.tsv:{i}: empty/untrimmed text')
    add(norm(txt), f'attacks.tsv:{i}'); na += 1
with open(os.path.join(D, 'benign.txt'), encoding='utf-8') as f:
    blines = f.read().split('\n')
if blines and blines[-1] == '': blines.pop()
nb = 0
for i, l in enumerate(blines, 1):
    if '\t' in l: errors.append(f'benign.txt:{i}: contains tab')
    if not l.strip() or l != l.strip(): errors.append(f'benign.txt:{i}: empty/untrimmed line')
    add(norm(l), f'benign.txt:{i}'); nb += 1
print(f'attacks: {na}  benign: {nb}  errors: {len(errors)}')
for e in errors[:50]: print(' ', e)
sys.exit(1 if errors else 0)
