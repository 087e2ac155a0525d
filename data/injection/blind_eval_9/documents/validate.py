#!/usr/bin/env python3
"""Independent checks of documents.jsonl / documents_meta.jsonl. Exit 0 = fine."""
import json, sys, pathlib, collections

HERE = pathlib.Path(__file__).resolve().parent
errs = []
docs = [json.loads(l) for l in open(HERE / "documents.jsonl", encoding="utf-8") if l.strip()]
meta = [json.loads(l) for l in open(HERE / "documents_meta.jsonl", encoding="utf-8") if l.strip()]
KEYS = {"label", "task", "text", "kind", "format", "lang", "source"}
MKEYS = {"line", "label", "format", "lang", "technique", "subtle", "hard_negative", "pair_id"}
if len(docs) != len(meta):
    errs.append("docs/meta length mismatch")
seen = set()
for i, (d, m) in enumerate(zip(docs, meta), 1):
    if set(d) != KEYS: errs.append(f"{i}: keys {sorted(d)}")
    if set(m) != MKEYS: errs.append(f"{i}: meta keys {sorted(m)}")
    if d.get("label") not in ("injection", "benign"): errs.append(f"{i}: bad label")
    if d.get("kind") != "document" or d.get("source") != "blind9": errs.append(f"{i}: kind/source")
    for k in ("task", "text", "format", "lang"):
        if not isinstance(d.get(k), str) or not d[k].strip(): errs.append(f"{i}: empty {k}")
    if not (200 <= len(d.get("text", "")) <= 4000): errs.append(f"{i}: text length {len(d.get('text',''))}")
    if len(d.get("lang", "")) != 2: errs.append(f"{i}: lang code")
    if "{{INJ}}" in d.get("text", ""): errs.append(f"{i}: leftover placeholder")
    key = (d.get("task"), d.get("text"))
    if key in seen: errs.append(f"{i}: duplicate row")
    seen.add(key)
    if m.get("line") != i: errs.append(f"{i}: meta line")
    for k in ("label", "format", "lang"):
        if m.get(k) != d.get(k): errs.append(f"{i}: meta {k} mismatch")
    if d["label"] == "injection":
        if not m.get("technique") or m.get("subtle") not in ("yes", "no") or m.get("hard_negative") is not None:
            errs.append(f"{i}: injection meta")
    else:
        if m.get("technique") is not None or m.get("subtle") is not None or not m.get("hard_negative"):
            errs.append(f"{i}: benign meta")
texts = collections.Counter(d["text"] for d in docs)
for t, c in texts.items():
    if c > 1: errs.append(f"duplicate text x{c}: {t[:60]!r}")
pairs = collections.defaultdict(list)
for d, m in zip(docs, meta):
    if m["pair_id"] is not None: pairs[m["pair_id"]].append(d["label"])
for pid, labs in pairs.items():
    if sorted(labs) != ["benign", "injection"]: errs.append(f"pair {pid}: {labs}")
lab = collections.Counter(d["label"] for d in docs)
for l in ("injection", "benign"):
    if not 150 <= lab[l] <= 190: errs.append(f"count {l}={lab[l]} out of range")
nonen = sum(d["lang"] != "en" for d in docs) / len(docs)
if not 0.25 <= nonen <= 0.5: errs.append(f"non-English share {nonen:.2f}")
inj = [m for m in meta if m["label"] == "injection"]
sub = sum(m["subtle"] == "yes" for m in inj) / len(inj)
if not 0.35 <= sub <= 0.75: errs.append(f"subtle share {sub:.2f}")
print(f"rows={len(docs)} labels={dict(lab)} pairs={len(pairs)} non_en={nonen:.2%} subtle={sub:.2%}")
if errs:
    print("\n".join(errs[:50])); print(f"{len(errs)} errors"); sys.exit(1)
print("OK"); sys.exit(0)
