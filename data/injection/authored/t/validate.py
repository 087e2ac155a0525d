import json, sys, re
FIELDS = {"label", "task", "text", "kind", "source"}
errors, seen, n = [], {}, 0
counts = {"injection": 0, "benign": 0}
with open("documents.jsonl", encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        n += 1
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad JSON: {e}"); continue
        if set(r) != FIELDS:
            errors.append(f"line {ln}: fields {sorted(r)}"); continue
        if r["label"] not in counts: errors.append(f"line {ln}: label {r['label']!r}")
        else: counts[r["label"]] += 1
        if r["kind"] != "document": errors.append(f"line {ln}: kind {r['kind']!r}")
        if r["source"] != "authored-t": errors.append(f"line {ln}: source {r['source']!r}")
        for k in ("task", "text"):
            if not isinstance(r[k], str) or not r[k].strip(): errors.append(f"line {ln}: empty {k}")
        if "{INJ}" in r["text"]: errors.append(f"line {ln}: leftover placeholder")
        nl = len(r["text"].split("\n"))
        if not 3 <= nl <= 40: errors.append(f"line {ln}: {nl} lines")
        key = r["text"]
        if key in seen: errors.append(f"line {ln}: duplicate text of line {seen[key]}")
        seen[key] = ln
print(f"{n} rows, {counts}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
