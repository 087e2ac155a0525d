#!/usr/bin/env python3
"""Assemble blind set 11 (injection / jailbreak / harmful / benign) from src/.

Deterministic: fixed seed, files processed in sorted order.
Usage: python3 build.py [--out DIR]   (default: this folder)
"""
import os
import random
import sys
from collections import Counter

import obfuscate

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SEED = 1111
OBF_RATE_ATTACK = 0.12
OBF_RATE_BENIGN = 0.08
PREFIX_LABEL = {"inj_": "injection", "jb_": "jailbreak", "harm_": "harmful", "ben_": "benign"}


def parse_sources():
    items = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".txt"):
            continue
        label = next((l for p, l in PREFIX_LABEL.items() if fn.startswith(p)), None)
        if label is None:
            raise SystemExit(f"unknown source file prefix: {fn}")
        with open(os.path.join(SRC, fn), encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split(" | ", 2)
                if len(parts) != 3:
                    raise SystemExit(f"{fn}:{n}: bad line")
                lang, subtype, text = (p.strip() for p in parts)
                if "\t" in text:
                    raise SystemExit(f"{fn}:{n}: tab in text")
                items.append({"src": f"{fn}:{n}", "label": label, "lang": lang,
                              "subtype": subtype, "text": text, "obf": "none"})
    return items


def apply_obfuscation(items):
    """Pick exactly round(rate * n) texts per group (attacks / benign) with a seeded RNG."""
    rng = random.Random(SEED)
    chosen = set()
    for is_benign, rate in ((False, OBF_RATE_ATTACK), (True, OBF_RATE_BENIGN)):
        idx = [i for i, it in enumerate(items) if (it["label"] == "benign") == is_benign]
        chosen.update(rng.sample(idx, round(rate * len(idx))))
    k = 0
    for i, it in enumerate(items):
        if i not in chosen:
            continue
        real = it["text"].replace("\\n", "\n")
        name, out = obfuscate.obfuscate(real, rng, k)
        k += 1
        out = out.replace("\t", " ").replace("\r", "").replace("\n", "\\n")
        it["text"] = out
        it["obf"] = name


def write(out_dir, items):
    os.makedirs(out_dir, exist_ok=True)
    order = random.Random(SEED + 1)
    attacks = [it for it in items if it["label"] != "benign"]
    benign = [it for it in items if it["label"] == "benign"]
    order.shuffle(attacks)
    order.shuffle(benign)
    meta = []
    with open(os.path.join(out_dir, "attacks.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind set 11: hand-written prompts (learning / creative / social voice); labels injection|jailbreak|harmful\n")
        f.write("# format: label<TAB>text; a line break inside a text is written as the two characters \\n\n")
        for i, it in enumerate(attacks, 1):
            f.write(f"{it['label']}\t{it['text']}\n")
            meta.append(("attacks.tsv", i + 2, it))
    with open(os.path.join(out_dir, "benign.txt"), "w", encoding="utf-8", newline="\n") as f:
        for i, it in enumerate(benign, 1):
            f.write(it["text"] + "\n")
            meta.append(("benign.txt", i, it))
    with open(os.path.join(out_dir, "metadata.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tline\tlabel\tlanguage\tobfuscated\tsubtype\n")
        for fn, ln, it in meta:
            f.write(f"{fn}\t{ln}\t{it['label']}\t{it['lang']}\t{it['obf']}\t{it['subtype']}\n")
    return meta


def table(counter, key_name):
    rows = [f"| {key_name} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    return "\n".join(rows)


def write_readme(out_dir, items):
    by_label = Counter(it["label"] for it in items)
    by_lang = Counter(it["lang"] for it in items)
    by_obf = Counter(it["obf"] for it in items)
    by_label_sub = Counter(f"{it['label']}/{it['subtype']}" for it in items)
    non_en = sum(1 for it in items if it["lang"] != "en")
    lang_label = Counter((it["lang"], it["label"]) for it in items)
    langs = sorted(by_lang)
    ll = ["| language | injection | jailbreak | harmful | benign | total |", "|---|---|---|---|---|---|"]
    for lg in langs:
        r = [lang_label[(lg, l)] for l in ("injection", "jailbreak", "harmful", "benign")]
        ll.append(f"| {lg} | " + " | ".join(map(str, r)) + f" | {sum(r)} |")
    with open(os.path.join(HERE, "README_body.md"), encoding="utf-8") as f:
        body = f.read()
    counts = "\n\n".join([
        f"Total texts: {len(items)} (attacks {len(items) - by_label['benign']}, benign {by_label['benign']}). "
        f"Non-English (any language tag other than `en`, including code-switched tags such as `es-en`): "
        f"{non_en} ({100 * non_en / len(items):.1f}%). Obfuscated: {len(items) - by_obf['none']} "
        f"({100 * (len(items) - by_obf['none']) / len(items):.1f}%).",
        "### By label\n\n" + table(by_label, "label"),
        "### By label and subtype\n\n" + table(by_label_sub, "label/subtype"),
        "### By obfuscation\n\n" + table(by_obf, "obfuscated"),
        "### By language and label\n\n" + "\n".join(ll),
    ])
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(body.replace("{{COUNTS}}", counts))


def main():
    out_dir = HERE
    if "--out" in sys.argv:
        out_dir = sys.argv[sys.argv.index("--out") + 1]
    items = parse_sources()
    apply_obfuscation(items)
    write(out_dir, items)
    write_readme(out_dir, items)
    c = Counter(it["label"] for it in items)
    print("built:", dict(c), "obfuscated:", sum(1 for it in items if it["obf"] != "none"))


if __name__ == "__main__":
    main()
