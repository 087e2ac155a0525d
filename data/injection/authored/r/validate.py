#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt: format, labels, and duplicates
(case-, punctuation-, whitespace- and invisible-character-insensitive,
within and across files)."""
import sys, os, unicodedata, re
D = os.path.dirname(os.path.abspath(__file__))
BAD_BREAKS = ['\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = ''.join(c if (c.isalnum() or c.isspace()) else ' ' for c in s)
    return re.sub(r'\s+', ' ', s).strip()
errors = []; seen = {}
def check_text(t, where):
    if not t.strip(): errors.append(f'{where}: empty text')
    if '\t' in t: errors.append(f'{where}: tab inside text')
    for b in BAD_BREAKS:
        if b in t: errors.append(f'{where}: line-break character {b!r}')
    n = norm(t)
    if not n: errors.append(f'{where}: text normalises to empty'); return
    if n in seen: errors.append(f'{where}: duplicate of {seen[n]}')
    else: seen[n] = where
n_att = 0
with open(os.path.join(D, 'attacks.tsv'), encoding='utf-8', newline='\n') as f:
    lines = f.read().split('\n')
if lines and lines[-1] == '': lines.pop()
if not lines or not lines[0].startswith('#'): errors.append('attacks.tsv: first line must be a # comment')
for i, line in enumerate(lines[1:], start=2):
    w = f'attacks.tsv:{i}'
    if line.count('\t') != 1: errors.append(f'{w}: expected exactly one tab, got {line.count(chr(9))}'); continue
    label, text = line.split('\t')
    if label != 'injection': errors.append(f'{w}: bad label {label!r}')
    check_text(text, w); n_att += 1
n_ben = 0
with open(os.path.join(D, 'benign.txt'), encoding='utf-8', newline='\n') as f:
    blines = f.read().split('\n')
if blines and blines[-1] == '': blines.pop()
for i, line in enumerate(blines, start=1):
    check_text(line, f'benign.txt:{i}'); n_ben += 1
print(f'attacks: {n_att}  benign: {n_ben}')
if errors:
    print(f'{len(errors)} error(s):'); [print('  ' + e) for e in errors]; sys.exit(1)
print('OK: format valid, no duplicates within or across files')
