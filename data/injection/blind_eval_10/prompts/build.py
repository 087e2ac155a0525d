#!/usr/bin/env python3
"""Assemble attacks.tsv, benign.txt and metadata.tsv from the hand-written sources in src/.

Deterministic: fixed seed, sorted file order, no dependence on the environment.
Source line format: LANG|SUBTYPE|TEXT  (see src/README_src.txt).
"""
import os
import random
import sys

import obfuscate

SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
PREFIX = {"inj_": "injection", "jb_": "jailbreak", "harm_": "harmful", "ben_": "benign"}
OBF_RATE = 0.10
# transforms usable on any script; the Latin-only ones are used only on mostly-ASCII texts
ANY_SCRIPT = ["base64", "spaced_letters", "zero_width", "reversed", "adversarial_suffix"]
ALL_T = list(obfuscate.TRANSFORMS)


def read_sources():
    items = []
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".txt"):
            continue
        label = next((v for k, v in PREFIX.items() if name.startswith(k)), None)
        if label is None:
            continue
        with open(os.path.join(SRC, name), encoding="utf-8") as fh:
            for n, raw in enumerate(fh, 1):
                line = raw.rstrip("\n").rstrip("\r")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("|", 2)
                if len(parts) != 3:
                    sys.exit("bad source line %s:%d" % (name, n))
                lang, subtype, text = (p.strip() for p in parts)
                if "\t" in text:
                    sys.exit("tab in text %s:%d" % (name, n))
                items.append({"label": label, "lang": lang, "subtype": subtype,
                              "text": text, "src": "%s:%d" % (name, n), "obf": "none"})
    return items


def mostly_ascii(text):
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.95


def obfuscate_some(items, rng):
    k = round(len(items) * OBF_RATE)
    chosen = sorted(rng.sample(range(len(items)), k))
    for j, idx in enumerate(chosen):
        it = items[idx]
        name = ALL_T[j % len(ALL_T)]
        if name not in ANY_SCRIPT and not mostly_ascii(it["text"]):
            name = rng.choice(ANY_SCRIPT)
        it["plain"] = it["text"]
        it["text"] = obfuscate.apply(name, it["text"], rng)
        it["obf"] = name


def counts_block(rows):
    """rows: list of (label, language, obfuscated, subtype). Returns markdown text."""
    from collections import Counter

    def table(title, counter):
        out = ["", "**%s**" % title, "", "| value | n |", "|---|---|"]
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append("| %s | %d |" % (k, v))
        return out

    lines = ["Total texts: %d" % len(rows)]
    lines += table("By label", Counter(r[0] for r in rows))
    lines += table("By language", Counter(r[1] for r in rows))
    lines += table("By obfuscation", Counter(r[2] for r in rows))
    lines += table("By label / subtype", Counter("%s / %s" % (r[0], r[3]) for r in rows))
    lines += table("Non-English by label", Counter(r[0] for r in rows if r[1] != "en"))
    return "\n".join(lines)


def write_counts(meta):
    path = os.path.join(HERE, "README.md")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    begin, end = "<!-- COUNTS:BEGIN -->", "<!-- COUNTS:END -->"
    if begin not in text or end not in text:
        sys.exit("README.md lacks count markers")
    rows = [(it["label"], it["lang"], it["obf"], it["subtype"]) for _, _, it in meta]
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(head + begin + "\n" + counts_block(rows) + "\n" + end + tail)


def main():
    rng = random.Random(SEED)
    items = read_sources()
    seen = set()
    for it in items:
        key = it["text"].lower()
        if key in seen:
            sys.exit("duplicate text: %s (%s)" % (it["text"], it["src"]))
        seen.add(key)
    attacks = [it for it in items if it["label"] != "benign"]
    benign = [it for it in items if it["label"] == "benign"]
    rng.shuffle(attacks)
    rng.shuffle(benign)
    obfuscate_some(attacks, rng)
    obfuscate_some(benign, rng)

    meta = []
    with open(os.path.join(HERE, "attacks.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# blind prompt set 10: voice/messaging-assistant attacks, hand-written (see README.md)\n")
        fh.write("# format: label<TAB>text ; labels injection|jailbreak|harmful ; \\n inside text = line break\n")
        for i, it in enumerate(attacks):
            fh.write("%s\t%s\n" % (it["label"], it["text"]))
            meta.append(("attacks.tsv", i + 3, it))
    with open(os.path.join(HERE, "benign.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for i, it in enumerate(benign):
            fh.write(it["text"] + "\n")
            meta.append(("benign.txt", i + 1, it))
    with open(os.path.join(HERE, "metadata.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tline\tlabel\tlanguage\tobfuscated\tsubtype\n")
        for f, ln, it in meta:
            fh.write("%s\t%d\t%s\t%s\t%s\t%s\n" % (f, ln, it["label"], it["lang"], it["obf"], it["subtype"]))
    write_counts(meta)
    print("attacks: %d  benign: %d  obfuscated: %d" % (
        len(attacks), len(benign), sum(it["obf"] != "none" for it in items)))


if __name__ == "__main__":
    main()
