#!/usr/bin/env python3
"""Validator for the blind eval set in this folder.

Checks: format and labels of attacks.tsv, benign.txt and metadata.tsv; no blank
lines; no tabs inside text; control/format characters only in rows marked
obfuscated; exact and normalised duplicates within and across both files;
near-duplicates (same first 6 normalised words); metadata consistency.
Exit code 0 when clean, 1 otherwise."""
import os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {'injection', 'jailbreak', 'harmful'}
LANGS = {'en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'tr', 'ar', 'hi', 'id',
         'ja', 'zh', 'ko', 'vi', 'sw', 'tl', 'mixed'}
ZERO_WIDTH = dict.fromkeys(map(ord, '\u200b\u200c\u200d\u2060\ufeff\u180e\u200e\u200f'), None)
errors = []


def err(msg):
    errors.append(msg)


def read_lines(name):
    path = os.path.join(HERE, name)
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{name}: not valid UTF-8 ({e})')
        text = raw.decode('utf-8', 'replace')
    if text.startswith('\ufeff'):
        err(f'{name}: has a BOM')
    if '\r' in text:
        err(f'{name}: contains carriage returns')
    if not text.endswith('\n'):
        err(f'{name}: missing final newline')
    return text.split('\n')[:-1] if text.endswith('\n') else text.split('\n')


def bad_chars(s):
    """Control (Cc) or format (Cf) characters, plus other invisible separators."""
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat in ('Cc', 'Cf', 'Co', 'Cs', 'Cn') or cat in ('Zl', 'Zp') or (cat == 'Zs' and ch != ' '):
            out.append(f'U+{ord(ch):04X}')
    return out


def norm(s):
    s = unicodedata.normalize('NFKC', s).translate(ZERO_WIDTH).casefold()
    return ''.join(ch for ch in s if ch.isalnum())


def first_words(s, n=6):
    s = unicodedata.normalize('NFKC', s).translate(ZERO_WIDTH).casefold()
    s = s.replace('\\n', ' ')
    words = [w for w in (''.join(c for c in tok if c.isalnum()) for tok in s.split()) if w]
    return ' '.join(words[:n]) if len(words) >= n else None


def main():
    rows = []  # (file, line, label, text)
    # attacks.tsv
    lines = read_lines('attacks.tsv')
    header_done = False
    ncomment = 0
    for i, ln in enumerate(lines, 1):
        if ln.startswith('#'):
            ncomment += 1
            if header_done:
                err(f'attacks.tsv:{i}: comment line after data')
            continue
        header_done = True
        if not ln.strip():
            err(f'attacks.tsv:{i}: blank line')
            continue
        parts = ln.split('\t')
        if len(parts) != 2:
            err(f'attacks.tsv:{i}: expected exactly one tab, got {len(parts) - 1}')
            continue
        label, text = parts
        if label not in LABELS:
            err(f'attacks.tsv:{i}: bad label {label!r}')
        if not text.strip() or text != text.strip():
            err(f'attacks.tsv:{i}: empty text or leading/trailing whitespace')
        rows.append(('attacks.tsv', i, label, text))
    if ncomment > 2:
        err(f'attacks.tsv: {ncomment} comment lines (max 2)')
    # benign.txt
    for i, ln in enumerate(read_lines('benign.txt'), 1):
        if not ln.strip():
            err(f'benign.txt:{i}: blank line')
            continue
        if ln.startswith('#'):
            err(f'benign.txt:{i}: comment line not allowed')
        if '\t' in ln:
            err(f'benign.txt:{i}: tab inside text')
        if ln != ln.strip():
            err(f'benign.txt:{i}: leading/trailing whitespace')
        rows.append(('benign.txt', i, 'benign', ln))

    # metadata.tsv
    meta = {}
    mlines = read_lines('metadata.tsv')
    if not mlines or mlines[0] != 'file\tline\tlabel\tlanguage\tobfuscated\tsubtype':
        err('metadata.tsv: missing or wrong header')
    for i, ln in enumerate(mlines[1:], 2):
        if not ln.strip():
            err(f'metadata.tsv:{i}: blank line')
            continue
        p = ln.split('\t')
        if len(p) != 6:
            err(f'metadata.tsv:{i}: expected 6 fields')
            continue
        f, line, label, lang, obf, sub = p
        key = (f, int(line)) if line.isdigit() else None
        if key is None:
            err(f'metadata.tsv:{i}: bad line number')
            continue
        if key in meta:
            err(f'metadata.tsv:{i}: duplicate entry for {key}')
        meta[key] = (label, lang, obf, sub)
        if lang not in LANGS:
            err(f'metadata.tsv:{i}: bad language {lang!r}')
        if obf not in ('yes', 'no'):
            err(f'metadata.tsv:{i}: obfuscated must be yes/no')
        if not sub:
            err(f'metadata.tsv:{i}: empty subtype')
    seen_keys = set()
    for f, i, label, text in rows:
        m = meta.get((f, i))
        if m is None:
            err(f'{f}:{i}: no metadata row')
            continue
        seen_keys.add((f, i))
        mlabel, lang, obf, sub = m
        if mlabel != label:
            err(f'{f}:{i}: metadata label {mlabel} != {label}')
        if f == 'benign.txt':
            if not re.match(r'^benign_(ordinary|tricky):[a-z0-9_]+$', sub):
                err(f'{f}:{i}: bad benign subtype {sub!r}')
            if obf != 'no':
                err(f'{f}:{i}: benign rows are never obfuscated')
        else:
            if (obf == 'yes') != sub.startswith('obf_'):
                err(f'{f}:{i}: obfuscated flag and obf_ subtype disagree')
        bc = bad_chars(text)
        if bc and obf != 'yes':
            err(f'{f}:{i}: control/format chars {bc[:5]} in non-obfuscated row')
    for k in meta:
        if k not in seen_keys:
            err(f'metadata.tsv: entry {k} has no data row')

    # duplicates
    exact, normd, near = defaultdict(list), defaultdict(list), defaultdict(list)
    for f, i, label, text in rows:
        exact[text].append((f, i))
        n = norm(text)
        if len(n) < 8:
            err(f'{f}:{i}: normalised text too short')
        normd[n].append((f, i))
        fw = first_words(text)
        if fw:
            near[fw].append((f, i))
    for d, name in ((exact, 'exact duplicate'), (normd, 'normalised duplicate'),
                    (near, 'near-duplicate (same first 6 words)')):
        for k, locs in d.items():
            if len(locs) > 1:
                err(f'{name}: ' + ', '.join(f'{a}:{b}' for a, b in locs) + f'  [{k[:60]}]')

    # summary
    att = [r for r in rows if r[0] == 'attacks.tsv']
    ben = [r for r in rows if r[0] == 'benign.txt']
    lab = Counter(r[2] for r in att)
    non_en_a = sum(1 for r in att if meta.get((r[0], r[1]), ('', 'en'))[1] != 'en')
    non_en_b = sum(1 for r in ben if meta.get((r[0], r[1]), ('', 'en'))[1] != 'en')
    obf_a = sum(1 for r in att if meta.get((r[0], r[1]), ('', '', 'no'))[2] == 'yes')
    tricky = sum(1 for r in ben if meta.get((r[0], r[1]), ('', '', '', ''))[3].startswith('benign_tricky'))
    print(f'attacks: {len(att)} {dict(lab)}; non-English {non_en_a} ({non_en_a / max(1, len(att)):.1%}); '
          f'obfuscated {obf_a} ({obf_a / max(1, len(att)):.1%})')
    print(f'benign: {len(ben)}; tricky {tricky}; non-English {non_en_b} ({non_en_b / max(1, len(ben)):.1%})')
    if errors:
        for e in errors:
            print('ERROR', e)
        print(f'{len(errors)} error(s)')
        return 1
    print('OK: no errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
