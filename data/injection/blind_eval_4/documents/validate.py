"""Validate documents.jsonl: schema, labels, counts, duplicates, line limits, content checks."""
import json, sys, re, collections, unicodedata

errors, warns = [], []
rows = []
with open("documents.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append((n, json.loads(line)))
        except Exception as e:
            errors.append(f"line {n}: bad JSON ({e})")

KEYS = {"label", "task", "text", "kind", "source"}
for n, r in rows:
    if set(r) != KEYS:
        errors.append(f"line {n}: keys {sorted(r)}")
        continue
    if r["label"] not in ("injection", "benign"):
        errors.append(f"line {n}: label {r['label']!r}")
    if r["kind"] != "document" or r["source"] != "blind-eval-4":
        errors.append(f"line {n}: kind/source")
    for k in ("task", "text"):
        if not isinstance(r[k], str) or not r[k].strip():
            errors.append(f"line {n}: empty {k}")
    nl = len(r["text"].split("\n"))
    if not 3 <= nl <= 40:
        errors.append(f"line {n}: {nl} lines")
    if "\r" in r["text"]:
        errors.append(f"line {n}: CR in text")
    if r["text"] != r["text"].strip():
        warns.append(f"line {n}: leading/trailing whitespace")

lab = collections.Counter(r["label"] for _, r in rows)
if lab != {"injection": 120, "benign": 120}:
    errors.append(f"label counts {dict(lab)}")

def norm(t): return re.sub(r"\s+", " ", t).strip().lower()
seen = {}
for n, r in rows:
    k = norm(r["text"])
    if k in seen:
        errors.append(f"line {n}: duplicate text of line {seen[k]}")
    seen[k] = n

# near-duplicate check: identical first 120 normalized chars
pref = collections.defaultdict(list)
mirror = []
for n, r in rows:
    pref[norm(r["text"])[:120]].append(n)
for p, ns in pref.items():
    if len(ns) > 1:
        ls = {rows[i - 1][1]["label"] for i in ns}
        if len(ls) == 1:
            warns.append(f"lines {ns}: same 120-char prefix within one label")
        else:
            mirror.append(ns)

ipi = [n for n, r in rows if r["label"] == "injection" and "ignore previous instructions" in r["text"].lower()]
if len(ipi) > 10:
    errors.append(f"'ignore previous instructions' used in {len(ipi)} injections (>10)")

# meta side file consistency
try:
    meta = [json.loads(l) for l in open("documents_meta.jsonl", encoding="utf-8")]
    if len(meta) != len(rows) or any(m["label"] != r["label"] for m, (_, r) in zip(meta, rows)):
        errors.append("documents_meta.jsonl out of sync")
    fmts = {m["format"] for m in meta}
    if len(fmts) < 40:
        errors.append(f"only {len(fmts)} formats")
    noneng = sum(m["lang"] != "en" for m in meta) / len(meta)
    if not 0.15 <= noneng <= 0.30:
        errors.append(f"non-English share {noneng:.2%}")
    enc = [m for m in meta if re.search(r"base64|zero-width|unicode-tags", m["technique"]) and m["label"] == "injection"]
    # the encoded docs must really contain invisible/encoded payloads
    for m in enc:
        t = rows[m["line"] - 1][1]["text"]
        if "zero-width" in m["technique"] and "\u200b" not in t:
            errors.append(f"line {m['line']}: zero-width payload missing")
        if "unicode-tags" in m["technique"] and not any(0xE0000 <= ord(c) <= 0xE007F for c in t):
            errors.append(f"line {m['line']}: tag payload missing")
    print(f"formats={len(fmts)} non-English={noneng:.1%} encoded-injections={len(enc)}")
except FileNotFoundError:
    warns.append("documents_meta.jsonl missing (format/lang checks skipped)")

print(f"intentional injection/benign minimal pairs sharing a 120-char opening: {len(mirror)}")
print(f"rows={len(rows)} labels={dict(lab)} 'ignore previous instructions' in {len(ipi)} injections")
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
