#!/usr/bin/env python3
"""Validate attacks.tsv and benign.txt: format, labels, duplicates (case/punctuation-insensitive)."""
import sys, unicodedata, re
ok=True
def err(m):
    global ok; ok=False; print('ERROR:',m)
def norm(t):
    t=unicodedata.normalize('NFKC',t).casefold()
    t=''.join(ch for ch in t if not unicodedata.category(ch).startswith(('P','S')))
    return re.sub(r'\s+',' ',t).strip()
seen={}
lines=open('attacks.tsv',encoding='utf-8').read().split('\n')
if lines and lines[-1]=='': lines=lines[:-1]
if not lines or not lines[0].startswith('#'): err('attacks.tsv: first line must be a # comment')
nh=0
for i,l in enumerate(lines[1:],2):
    if l.count('\t')!=1: err(f'attacks.tsv:{i}: expected exactly one tab'); continue
    lab,txt=l.split('\t')
    if lab!='harmful': err(f'attacks.tsv:{i}: bad label {lab!r}')
    if not txt.strip() or txt!=txt.strip(): err(f'attacks.tsv:{i}: empty or padded text')
    if '\r' in txt: err(f'attacks.tsv:{i}: CR in text')
    k=norm(txt)
    if k in seen: err(f'attacks.tsv:{i}: duplicate of {seen[k]}: {txt!r}')
    seen[k]=f'attacks.tsv:{i}'; nh+=1
nb=0
blines=open('benign.txt',encoding='utf-8').read().split('\n')
if blines and blines[-1]=='': blines=blines[:-1]
for i,l in enumerate(blines,1):
    if '\t' in l: err(f'benign.txt:{i}: tab in text')
    if not l.strip() or l!=l.strip(): err(f'benign.txt:{i}: empty or padded line')
    if '\r' in l: err(f'benign.txt:{i}: CR in text')
    k=norm(l)
    if k in seen: err(f'benign.txt:{i}: duplicate of {seen[k]}: {l!r}')
    seen[k]=f'benign.txt:{i}'; nb+=1
print(f'harmful={nh} benign={nb} total_unique={len(seen)}')
print('OK' if ok else 'FAILED'); sys.exit(0 if ok else 1)
