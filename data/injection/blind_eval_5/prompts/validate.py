#!/usr/bin/env python3
"""Validate attacks.tsv, benign.txt and metadata.tsv. Exit code 1 on any error."""
import sys, unicodedata, re
from collections import Counter, defaultdict

LABELS = {'injection', 'jailbreak', 'harmful'}
ZW = {'\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'}
errors = []

def err(msg):
    errors.append(msg)

def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    return ''.join(c for c in s if c.isalnum())

def read_lines(path):
    raw = open(path, 'rb').read()
    try:
        txt = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{path}: not valid UTF-8: {e}'); return []
    if txt.startswith('\ufeff'):
        err(f'{path}: BOM at start')
    if '\r' in txt:
        err(f'{path}: contains carriage returns')
    if not txt.endswith('\n'):
        err(f'{path}: no trailing newline')
    return txt.split('\n')[:-1]

# metadata
meta = {}
mlines = read_lines('metadata.tsv')
mhead = mlines[0].split('\t') if mlines else []
for n, l in enumerate(mlines[1:], start=2):
    parts = l.split('\t')
    if len(parts) != len(mhead):
        err(f'metadata.tsv:{n}: expected {len(mhead)} columns, got {len(parts)}'); continue
    row = dict(zip(mhead, parts))
    key = (row['file'], int(row['line']))
    if key in meta:
        err(f'metadata.tsv:{n}: duplicate entry for {key}')
    meta[key] = row
    if row['obfuscated'] not in ('yes', 'no'):
        err(f'metadata.tsv:{n}: obfuscated must be yes/no')

def check_text(path, n, text, obfuscated):
    if not text.strip():
        err(f'{path}:{n}: empty text'); return
    if text != text.strip():
        err(f'{path}:{n}: leading/trailing whitespace')
    if '\t' in text:
        err(f'{path}:{n}: tab inside text')
    for c in text:
        cat = unicodedata.category(c)
        if c in ZW:
            if not obfuscated:
                err(f'{path}:{n}: zero-width char U+{ord(c):04X} in non-obfuscated row')
        elif cat in ('Cc', 'Cs', 'Co', 'Cn', 'Zl', 'Zp'):
            err(f'{path}:{n}: control/invalid char U+{ord(c):04X} ({cat})')
        elif cat == 'Cf':
            err(f'{path}:{n}: format char U+{ord(c):04X}')

prompts = []  # (file, line, label, text)
for n, l in enumerate(read_lines('attacks.tsv'), start=1):
    if l.startswith('#'):
        continue
    if not l.strip():
        err(f'attacks.tsv:{n}: blank line'); continue
    if l.count('\t') != 1:
        err(f'attacks.tsv:{n}: expected exactly one tab, got {l.count(chr(9))}'); continue
    label, text = l.split('\t')
    if label not in LABELS:
        err(f'attacks.tsv:{n}: bad label {label!r}')
    m = meta.get(('attacks.tsv', n))
    if m is None:
        err(f'attacks.tsv:{n}: no metadata row'); obf = False
    else:
        obf = m['obfuscated'] == 'yes'
        if m['label'] != label:
            err(f'attacks.tsv:{n}: metadata label mismatch {m["label"]} != {label}')
    check_text('attacks.tsv', n, text, obf)
    prompts.append(('attacks.tsv', n, label, text))

for n, l in enumerate(read_lines('benign.txt'), start=1):
    if not l.strip():
        err(f'benign.txt:{n}: blank line'); continue
    if l.startswith('#'):
        err(f'benign.txt:{n}: comment line not allowed')
    m = meta.get(('benign.txt', n))
    if m is None:
        err(f'benign.txt:{n}: no metadata row')
    elif m['label'] != 'benign' or m['obfuscated'] != 'no':
        err(f'benign.txt:{n}: metadata must be benign / not obfuscated')
    check_text('benign.txt', n, l, False)
    prompts.append(('benign.txt', n, 'benign', l))

seen = {(p[0], p[1]) for p in prompts}
for k in meta:
    if k not in seen:
        err(f'metadata.tsv: entry {k} has no prompt')

exact = defaultdict(list); normd = defaultdict(list)
for f, n, lab, t in prompts:
    exact[t].append(f'{f}:{n}')
    k = norm(t)
    if not k:
        err(f'{f}:{n}: normalises to empty string')
    normd[k].append(f'{f}:{n}')
for t, locs in exact.items():
    if len(locs) > 1:
        err(f'exact duplicate: {locs}')
for k, locs in normd.items():
    if len(locs) > 1 and len(set(exact_loc for exact_loc in locs)) > 1:
        err(f'normalised duplicate: {locs} ({k[:60]})')

c = Counter(p[2] for p in prompts)
if sum(v for k, v in c.items() if k != 'benign') < 450:
    err('fewer than 450 attacks')
if c['benign'] < 500:
    err('fewer than 500 benign prompts')

print('counts:', dict(c))
if errors:
    print(f'{len(errors)} error(s):')
    for e in errors[:200]:
        print('  ' + e)
    sys.exit(1)
print('validate.py: OK, no errors')
