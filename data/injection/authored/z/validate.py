#!/usr/bin/env python3
"""Validate documents.jsonl: schema, labels, counts, duplicates, UTF-8, line limits."""
import json, sys, collections

EXPECT = {"injection": 200, "benign": 200}
KEYS = {"label", "task", "text", "kind"}

def main(path="documents.jsonl"):
    errors = []
    raw = open(path, "rb").read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("FAIL: invalid UTF-8:", e); return 1
    counts = collections.Counter()
    seen_text, seen_norm = {}, {}
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line"); continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON {e}"); continue
        if set(obj) != KEYS:
            errors.append(f"line {n}: keys {sorted(obj)}")
            continue
        if obj["label"] not in EXPECT:
            errors.append(f"line {n}: bad label {obj['label']!r}")
        if obj["kind"] != "document":
            errors.append(f"line {n}: kind {obj['kind']!r}")
        for k in ("task", "text"):
            if not isinstance(obj[k], str) or not obj[k].strip():
                errors.append(f"line {n}: empty {k}")
        text = obj["text"]
        nlines = text.count("\n") + 1
        if not 3 <= nlines <= 50:
            errors.append(f"line {n}: text has {nlines} lines")
        if "\r" in text:
            errors.append(f"line {n}: CR in text")
        if any(0xD800 <= ord(c) <= 0xDFFF for c in text + obj["task"]):
            errors.append(f"line {n}: lone surrogate")
        if "<<X>>" in text:
            errors.append(f"line {n}: unfilled pair placeholder")
        if text in seen_text:
            errors.append(f"line {n}: duplicate text of line {seen_text[text]}")
        seen_text.setdefault(text, n)
        norm = " ".join(text.lower().split())
        if norm in seen_norm and seen_norm[norm] != n and text not in seen_text:
            errors.append(f"line {n}: near-duplicate of line {seen_norm[norm]}")
        seen_norm.setdefault(norm, n)
        counts[obj["label"]] += 1
    for lab, c in EXPECT.items():
        if counts[lab] != c:
            errors.append(f"count {lab}={counts[lab]} expected {c}")
    if errors:
        print("FAIL"); [print(" ", e) for e in errors[:50]]
        return 1
    print(f"OK: {sum(counts.values())} documents, {dict(counts)}; schema, labels, counts, "
          f"uniqueness, UTF-8 and 3-50 line limits all pass")
    return 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
