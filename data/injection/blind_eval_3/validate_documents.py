#!/usr/bin/env python3
"""Validate documents.jsonl: parse, fields, labels, 3-40 lines per text, no duplicates."""
import json, sys, os
from collections import Counter

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'documents.jsonl')
REQ = {'label', 'task', 'text', 'kind', 'source'}
errors, seen_text, seen_pair, labels = [], {}, set(), Counter()
n = 0
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f'line {i}: empty line'); continue
        n += 1
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f'line {i}: JSON error {e}'); continue
        if not isinstance(o, dict):
            errors.append(f'line {i}: not an object'); continue
        missing = REQ - o.keys()
        extra = o.keys() - REQ
        if missing: errors.append(f'line {i}: missing fields {sorted(missing)}')
        if extra: errors.append(f'line {i}: unexpected fields {sorted(extra)}')
        for k in REQ & o.keys():
            if not isinstance(o[k], str) or not o[k].strip():
                errors.append(f'line {i}: field {k} must be a non-empty string')
        if o.get('label') not in ('injection', 'benign'):
            errors.append(f'line {i}: bad label {o.get("label")!r}')
        if o.get('kind') != 'document':
            errors.append(f'line {i}: kind must be "document"')
        if o.get('source') != 'blind-eval-3':
            errors.append(f'line {i}: source must be "blind-eval-3"')
        t = o.get('text', '')
        if isinstance(t, str):
            nl = len(t.split('\n'))
            if not 3 <= nl <= 40:
                errors.append(f'line {i}: text has {nl} lines (need 3-40)')
            key = ' '.join(t.split())
            if key in seen_text:
                errors.append(f'line {i}: duplicate text of line {seen_text[key]}')
            seen_text.setdefault(key, i)
        labels[o.get('label')] += 1

print(f'{n} records, labels: {dict(labels)}')
if errors:
    print(f'{len(errors)} error(s):')
    for e in errors: print('  ' + e)
    sys.exit(1)
print('OK')
