#!/usr/bin/env python3
"""Assemble hand-written sources in src/ into documents.jsonl and documents_meta.jsonl.
Base64 placeholders {{B64:plain text}} are encoded here, at build time."""
import base64, importlib, json, pathlib, random, re, sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "src"))
MODULES = ["pairs_en", "pairs_ml", "inj_en_a", "inj_en_b", "inj_ml",
           "ben_en_a", "ben_en_b", "ben_ml"]
SEED = 8080808
B64 = re.compile(r"\{\{B64:(.*?)\}\}", re.S)

def encode(t):
    return B64.sub(lambda m: base64.b64encode(m.group(1).encode("utf-8")).decode("ascii"), t)

def main():
    docs = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for d in mod.DOCS:
            d = dict(d)
            d["module"] = name
            docs.append(d)
    for d in docs:
        d["text"] = encode(d["text"])
    random.Random(SEED).shuffle(docs)
    with open(ROOT / "documents.jsonl", "w", encoding="utf-8") as f, \
         open(ROOT / "documents_meta.jsonl", "w", encoding="utf-8") as g:
        for i, d in enumerate(docs, 1):
            rec = {"label": d["label"], "task": d["task"], "text": d["text"], "kind": "document",
                   "format": d["format"], "lang": d["lang"], "source": "blind8"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta = {"line": i, "label": d["label"], "format": d["format"], "lang": d["lang"],
                    "technique": d["technique"], "subtle": d["subtle"],
                    "hard_negative": d["hard_negative"], "pair_id": d["pair_id"]}
            g.write(json.dumps(meta, ensure_ascii=False) + "\n")
    print(f"built {len(docs)} documents")

if __name__ == "__main__":
    main()
