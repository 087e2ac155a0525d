"""Assemble attacks.tsv, benign.txt and metadata.tsv from the hand-written sources in src/.

Deterministic: fixed seed, sorted input files. Run: python3 build.py
"""
import glob
import os
import random

from obfuscate import obfuscate, TRANSFORMS

SEED = 9009
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
ATTACK_LABELS = ("injection", "jailbreak", "harmful")


def read_src(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise SystemExit(f"{path}:{n}: expected 4 tab-separated fields, got {len(parts)}")
            lang, subtype, obf, text = (p.strip() for p in parts)
            if obf != "none" and obf not in TRANSFORMS:
                raise SystemExit(f"{path}:{n}: unknown transform {obf}")
            rows.append({"lang": lang, "subtype": subtype, "obf": obf, "text": text})
    return rows


def main():
    rng = random.Random(SEED)
    attacks, benign = [], []
    for path in sorted(glob.glob(os.path.join(SRC, "*.tsv"))):
        base = os.path.basename(path)
        prefix = base.split("_")[0]
        for r in read_src(path):
            if prefix in ATTACK_LABELS:
                r["label"] = prefix
                attacks.append(r)
            elif prefix == "benign":
                r["label"] = "benign"
                if "tricky" in base and not r["subtype"].startswith("tricky_"):
                    r["subtype"] = "tricky_" + r["subtype"]
                if r["obf"] != "none":
                    raise SystemExit(f"{base}: benign rows are never obfuscated")
                benign.append(r)
            else:
                raise SystemExit(f"unexpected source file {base}")

    for r in attacks:
        r["out"] = obfuscate(r["text"], r["obf"], rng)
    for r in benign:
        r["out"] = r["text"]

    rng.shuffle(attacks)
    rng.shuffle(benign)

    meta = []
    with open(os.path.join(HERE, "attacks.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind prompt set 9 - attack prompts (hand-written, all names/domains invented)\n")
        f.write("# format: label<TAB>text ; label in {injection, jailbreak, harmful} ; literal \\n = line break\n")
        for i, r in enumerate(attacks, start=3):
            f.write(f"{r['label']}\t{r['out']}\n")
            meta.append(("attacks.tsv", i, r))
    with open(os.path.join(HERE, "benign.txt"), "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(benign, start=1):
            f.write(r["out"] + "\n")
            meta.append(("benign.txt", i, r))
    with open(os.path.join(HERE, "metadata.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tline\tlabel\tlanguage\tobfuscated\tsubtype\n")
        for fn, i, r in meta:
            f.write(f"{fn}\t{i}\t{r['label']}\t{r['lang']}\t{r['obf']}\t{r['subtype']}\n")
    print(f"attacks: {len(attacks)}  benign: {len(benign)}  metadata rows: {len(meta)}")


if __name__ == "__main__":
    main()
