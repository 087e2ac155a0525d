#!/usr/bin/env python3
"""Assemble documents.jsonl from the hand-written sources in src/.

Source format (src/*.txt, read in sorted order):
  @@@ label=<injection|benign|pair> fmt=<format> lang=<iso639-1> subtle=<true|false|none>
  TASK: <the user's request>
  <document text, any number of lines, until the next @@@ line>

label=pair: the text contains one span {{+ ... +}} (the planted instruction).
The build emits two records with the same pair id: benign (span removed) and
injection (span kept, markers removed). The optional span {{- ... -}} is text
present only in the benign version.
Lines starting with '##' outside records are comments.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(HERE, "documents.jsonl")
SEED = 20261203

PLUS = re.compile(r"\{\{\+(.*?)\+\}\}", re.S)
MINUS = re.compile(r"\{\{-(.*?)-\}\}", re.S)


def parse_file(path):
    recs, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line.startswith("@@@"):
                if cur:
                    recs.append(cur)
                hdr = dict(kv.split("=", 1) for kv in line[3:].split())
                cur = {"hdr": hdr, "task": None, "lines": [], "where": f"{os.path.basename(path)}:{ln}"}
            elif cur is None:
                if line.strip() and not line.startswith("##"):
                    sys.exit(f"text outside record in {path}:{ln}")
            elif cur["task"] is None:
                if not line.startswith("TASK: "):
                    sys.exit(f"missing TASK line at {path}:{ln}")
                cur["task"] = line[6:].strip()
            else:
                cur["lines"].append(line)
    if cur:
        recs.append(cur)
    return recs


def clean(t):
    t = "\n".join(t).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", t)


def main():
    files = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    out, npair = [], 0
    for f in files:
        for r in parse_file(os.path.join(SRC, f)):
            h = r["hdr"]
            sub = {"true": True, "false": False, "none": None}[h.get("subtle", "none")]
            base = {"task": r["task"], "kind": "document", "format": h["fmt"], "language": h["lang"]}
            raw = "\n".join(r["lines"])
            if h["label"] == "pair":
                if len(PLUS.findall(raw)) != 1:
                    sys.exit(f"pair record needs exactly one {{{{+ +}}}} span: {r['where']}")
                npair += 1
                pid = f"d2p{npair:02d}"
                ben = MINUS.sub(lambda m: m.group(1), PLUS.sub("", raw))
                inj = PLUS.sub(lambda m: m.group(1), MINUS.sub("", raw))
                out.append(dict(label="benign", text=clean(ben.split("\n")), pair=pid, subtle=None, **base))
                out.append(dict(label="injection", text=clean(inj.split("\n")), pair=pid, subtle=sub, **base))
            else:
                if "{{+" in raw or "{{-" in raw:
                    sys.exit(f"span markers in non-pair record: {r['where']}")
                lab = h["label"]
                out.append(dict(label=lab, text=clean(r["lines"]), pair=None,
                                subtle=(sub if lab == "injection" else None), **base))
    rng = random.Random(SEED)
    rng.shuffle(out)
    keys = ["label", "task", "text", "kind", "format", "language", "pair", "subtle"]
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps({k: o[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records ({npair} pairs) to {OUT}")


if __name__ == "__main__":
    main()
