#!/usr/bin/env python3
"""Independent checker for documents.jsonl. Exit 0 = fine."""
import collections, ipaddress, json, re, sys

KEYS = ["label", "task", "text", "kind", "format", "language", "pair", "subtle"]
LANGS = set("en de fr es pt it nl pl ru tr ja zh ko ar hi id".split())
errs = []
recs = []
with open("documents.jsonl", encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {i}: bad json {e}")
            continue
        recs.append((i, r))
        if list(r.keys()) != KEYS:
            errs.append(f"line {i}: keys {list(r.keys())}")
            continue
        if r["label"] not in ("injection", "benign"):
            errs.append(f"line {i}: label")
        if r["kind"] != "document":
            errs.append(f"line {i}: kind")
        if r["language"] not in LANGS:
            errs.append(f"line {i}: language {r['language']}")
        if not r["task"].strip() or not r["format"].strip():
            errs.append(f"line {i}: empty task/format")
        if not (60 <= len(r["text"]) <= 6000):
            errs.append(f"line {i}: text length {len(r['text'])}")
        if r["label"] == "benign" and r["subtle"] is not None:
            errs.append(f"line {i}: benign with subtle")
        if r["label"] == "injection" and not isinstance(r["subtle"], bool):
            errs.append(f"line {i}: injection subtle not bool")
        if "{{+" in r["text"] or "+}}" in r["text"] or "{{-" in r["text"]:
            errs.append(f"line {i}: leftover pair marker")
        blob = r["task"] + "\n" + r["text"]
        for dom in re.findall(r"(?:https?://|@)([A-Za-z0-9.-]+\.[A-Za-z]{2,})", blob):
            d = dom.lower().rstrip(".")
            if not (re.search(r"(^|\.)example\.(com|org|net)$", d) or d.endswith(".example") or d.endswith(".test")):
                errs.append(f"line {i}: non-reserved domain {d}")
        for ip in re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", blob):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")):
                errs.append(f"line {i}: non-documentation IP {ip}")

texts = collections.Counter(r["text"] for _, r in recs)
for t, c in texts.items():
    if c > 1:
        errs.append(f"duplicate text x{c}: {t[:60]!r}")
pairs = collections.defaultdict(list)
for i, r in recs:
    if r["pair"] is not None:
        pairs[r["pair"]].append(r)
for p, rs in pairs.items():
    labs = sorted(x["label"] for x in rs)
    if labs != ["benign", "injection"]:
        errs.append(f"pair {p}: labels {labs}")
    elif len({(x["format"], x["language"], x["task"]) for x in rs}) != 1:
        errs.append(f"pair {p}: members differ in task/format/language")

c = collections.Counter(r["label"] for _, r in recs)
print(f"{len(recs)} records; labels {dict(c)}; pairs {len(pairs)}")
if errs:
    print("\n".join(errs[:50]))
    print(f"{len(errs)} problem(s)")
    sys.exit(1)
print("OK")
