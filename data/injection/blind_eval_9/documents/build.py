#!/usr/bin/env python3
"""Assemble documents.jsonl and documents_meta.jsonl from hand-written sources in src/.
Deterministic: fixed seed shuffle."""
import json, random, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))
import pairs, inj1, inj2, inj3, ben1, ben2, ben3  # noqa: E402

SEED = 9009


def collapse(t):
    return re.sub(r"\n{3,}", "\n\n", t).strip("\n")


rows = []
for p in pairs.PAIRS:
    inj_text = p["text"].replace("{{INJ}}", p["inj"])
    ben_text = p["text"].replace("{{INJ}}", "")
    rows.append(dict(label="injection", task=p["task"], text=collapse(inj_text), format=p["format"],
                     lang=p["lang"], technique=p["technique"], subtle=p["subtle"],
                     hard_negative=None, pair_id=p["pair_id"]))
    rows.append(dict(label="benign", task=p["task"], text=collapse(ben_text), format=p["format"],
                     lang=p["lang"], technique=None, subtle=None,
                     hard_negative=p["hard_negative"], pair_id=p["pair_id"]))
for mod in (inj1, inj2, inj3):
    for fmt, lang, tech, subtle, task, text in mod.ROWS:
        rows.append(dict(label="injection", task=task, text=collapse(text), format=fmt, lang=lang,
                         technique=tech, subtle=subtle, hard_negative=None, pair_id=None))
for mod in (ben1, ben2, ben3):
    for fmt, lang, hn, task, text in mod.ROWS:
        rows.append(dict(label="benign", task=task, text=collapse(text), format=fmt, lang=lang,
                         technique=None, subtle=None, hard_negative=hn, pair_id=None))

random.Random(SEED).shuffle(rows)

with open(HERE / "documents.jsonl", "w", encoding="utf-8") as f, \
     open(HERE / "documents_meta.jsonl", "w", encoding="utf-8") as g:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"label": r["label"], "task": r["task"], "text": r["text"], "kind": "document",
                            "format": r["format"], "lang": r["lang"], "source": "blind9"},
                           ensure_ascii=False) + "\n")
        g.write(json.dumps({"line": i, "label": r["label"], "format": r["format"], "lang": r["lang"],
                            "technique": r["technique"], "subtle": r["subtle"],
                            "hard_negative": r["hard_negative"], "pair_id": r["pair_id"]},
                           ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows")
