#!/usr/bin/env python3
"""Validate all.jsonl: offsets, overlaps, whitespace, scope, and checksums of checksum-bearing values."""
import collections, json, os, re, sys
import idlib
from gen import SCOPE

HERE = os.path.dirname(os.path.abspath(__file__))
TITLES = re.compile(r'^(Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Sig|Dott|Avv|Smt|Shri)\.?\s')


def main(path=os.path.join(HERE, 'all.jsonl')):
    errors = []
    ent = collections.Counter()
    look = collections.Counter()
    checked = collections.Counter()
    n = nopii = 0
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            r = json.loads(line)
            n += 1
            t = r['text']
            if set(r) != {'text', 'spans', 'lookalikes', 'scope'}:
                errors.append(f'{ln}: unexpected keys {sorted(r)}')
            if r['scope'] != SCOPE:
                errors.append(f'{ln}: scope mismatch')
            if not r['spans']:
                nopii += 1
            items = [('span', s['entity_type'], s['start'], s['end']) for s in r['spans']] + \
                    [('look', l['kind'], l['start'], l['end']) for l in r['lookalikes']]
            for kind, lab, a, b in items:
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                    errors.append(f'{ln}: bad offsets {lab} {a}-{b}')
                    continue
                v = t[a:b]
                if not v.strip() or v != v.strip():
                    errors.append(f'{ln}: whitespace issue {lab} {v!r}')
                if kind == 'span':
                    if lab not in SCOPE:
                        errors.append(f'{ln}: label not in scope {lab}')
                    ent[lab] += 1
                    if lab == 'PERSON' and TITLES.match(v):
                        errors.append(f'{ln}: PERSON includes title {v!r}')
                    ok = idlib.check_value(lab, v)
                    if ok is not None:
                        checked[lab] += 1
                        if not ok:
                            errors.append(f'{ln}: checksum/format invalid {lab} {v!r}')
                else:
                    if not re.fullmatch(r'[a-z_]+', lab):
                        errors.append(f'{ln}: bad lookalike kind {lab}')
                    look[lab] += 1
            srt = sorted(items, key=lambda x: (x[2], x[3]))
            for x, y in zip(srt, srt[1:]):
                if y[2] < x[3]:
                    errors.append(f'{ln}: overlap {x} / {y}')
    print(f'records: {n}  (no PII: {nopii}, {100 * nopii / n:.1f}%)')
    print('entity spans:', sum(ent.values()))
    for k in SCOPE:
        print(f'  {k:20s} {ent[k]:4d}' + (f'   checksum/format-checked: {checked[k]}' if checked[k] else ''))
    print('lookalikes:', sum(look.values()))
    for k, v in look.most_common():
        print(f'  {k:20s} {v:4d}')
    if errors:
        print(f'\n{len(errors)} ERRORS')
        for e in errors[:200]:
            print(' ', e)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main(*sys.argv[1:])
