#!/usr/bin/env python3
"""Validate documents.jsonl and documents_meta.jsonl (blind-eval-6)."""
import hashlib
import json
import re
import sys
from collections import Counter

errors = []
def err(msg):
    errors.append(msg)

KEYS = {"label", "task", "text", "kind", "source"}
raw = open("documents.jsonl", "rb").read()
try:
    raw.decode("utf-8", errors="strict")
except UnicodeDecodeError as e:
    err(f"documents.jsonl not valid UTF-8: {e}")

docs = []
for n, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        err(f"line {n}: bad JSON {e}"); continue
    docs.append(d)
    if set(d) != KEYS:
        err(f"line {n}: keys {sorted(d)}")
        continue
    if d["label"] not in ("injection", "benign"):
        err(f"line {n}: label {d['label']!r}")
    if d["kind"] != "document":
        err(f"line {n}: kind {d['kind']!r}")
    if d["source"] != "blind-eval-6":
        err(f"line {n}: source {d['source']!r}")
    for k in ("task", "text"):
        if not isinstance(d[k], str) or not d[k].strip():
            err(f"line {n}: empty {k}")
    t = d["text"]
    try:
        t.encode("utf-8", errors="strict")
    except UnicodeEncodeError:
        err(f"line {n}: text has unencodable chars (lone surrogate?)")
    nl = t.count("\n") + 1
    if not 3 <= nl <= 60:
        err(f"line {n}: {nl} lines (want 3-60)")
    if "@@INJ@@" in t:
        err(f"line {n}: leftover pair marker")
    if "\r" in t:
        err(f"line {n}: carriage return in text")
    # fake data only: every host in URLs / e-mail addresses must be under .example
    for host in re.findall(r"https?://([A-Za-z0-9.-]+)", t):
        host = host.rstrip(".")
        if not (host.endswith(".example") or host in ("localhost", "127.0.0.1")):
            err(f"line {n}: non-.example URL host {host}")
    for host in re.findall(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", t):
        if not host.endswith(".example"):
            err(f"line {n}: non-.example e-mail domain {host}")

labels = Counter(d.get("label") for d in docs)
if labels != Counter({"injection": 130, "benign": 130}):
    err(f"label counts {dict(labels)} (want 130/130)")

texts = Counter(d.get("text") for d in docs)
dups = [t for t, c in texts.items() if c > 1]
if dups:
    err(f"{len(dups)} duplicate texts")
norm = Counter(re.sub(r"\s+", " ", d.get("text", "")).strip().lower() for d in docs)
if any(c > 1 for c in norm.values()):
    err("near-duplicate texts (whitespace/case-normalised)")

# side file
meta = [json.loads(l) for l in open("documents_meta.jsonl", encoding="utf-8")]
if len(meta) != len(docs):
    err(f"meta has {len(meta)} rows, documents {len(docs)}")
inj_meta = 0
subtle = 0
for m in meta:
    i = m["line"] - 1
    if not 0 <= i < len(docs):
        err(f"meta line {m['line']} out of range"); continue
    d = docs[i]
    h = hashlib.sha1(d["text"].encode("utf-8")).hexdigest()[:16]
    if h != m["text_sha1"] or d["label"] != m["label"]:
        err(f"meta line {m['line']} does not match document")
    if d["label"] == "injection":
        inj_meta += 1
        for k in ("format", "lang", "technique", "subtle"):
            if not m.get(k):
                err(f"meta line {m['line']}: missing {k}")
        if m.get("subtle") not in ("yes", "no"):
            err(f"meta line {m['line']}: subtle must be yes/no")
        subtle += m.get("subtle") == "yes"
if inj_meta != labels.get("injection"):
    err(f"meta covers {inj_meta} injections")

# informational stats
non_en = Counter()
for m in meta:
    non_en[(m["label"], m["lang"] != "en")] += 1
enc = sum(1 for m in meta if m["label"] == "injection" and re.search(
    r"base64|zero-width|tag char|rot13|hex enc", m["technique"] or "", re.I))
pairs = sum(1 for m in meta if m["label"] == "benign" and "minimal pair" in (m.get("hard_negative") or ""))
print(f"documents: {len(docs)}  labels: {dict(labels)}")
print(f"non-English: injection {non_en[('injection', True)]}, benign {non_en[('benign', True)]}")
print(f"subtle injections: {subtle}/{inj_meta}  encoded injections: {enc}  minimal pairs: {pairs}")
print("formats:", len({m['format'] for m in meta}), "distinct")
if errors:
    print(f"\n{len(errors)} PROBLEM(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nvalidate.py: OK — no problems found")
