#!/usr/bin/env python3
"""Assemble attacks.tsv, benign.txt and metadata.tsv from the hand-written sources in src/.

Source format (src/<label>_*.txt): one text per line, `lang | subtype | text`; lines starting
with '#' are comments. Inside a text the two characters \\n stand for a line break.
The label comes from the file name prefix (injection_, jailbreak_, harmful_, benign_).
Deterministic: fixed seed, sorted file order.
"""
import os
import random
import sys

import obfuscate

SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
ATTACK_LABELS = ("injection", "jailbreak", "harmful")
ATTACK_OBF_RATE = 0.12
BENIGN_OBF_RATE = 0.06


def load_sources():
    records = []
    for name in sorted(os.listdir(SRC)):
        label = name.split("_", 1)[0]
        if label not in ATTACK_LABELS + ("benign",) or not name.endswith(".txt"):
            continue
        with open(os.path.join(SRC, name), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split(" | ", 2)
                if len(parts) != 3:
                    sys.exit(f"bad source line {name}:{i}: {line[:60]}")
                lang, subtype, text = (p.strip() for p in parts)
                if "\t" in text:
                    sys.exit(f"tab in text {name}:{i}")
                records.append({"label": label, "lang": lang, "subtype": subtype,
                                "text": text.replace("\\n", "\n"),
                                "src": f"{name}:{i}"})
    return records


def check_unique(records):
    seen = {}
    for r in records:
        key = r["text"].strip().lower()
        if key in seen:
            sys.exit(f"duplicate text: {r['src']} and {seen[key]}")
        seen[key] = r["src"]


def choose_obfuscation(records, rng):
    """Pick ~ATTACK_OBF_RATE of each attack label and ~BENIGN_OBF_RATE of benign."""
    for r in records:
        r["obf"] = "none"
    groups = {}
    for r in records:
        groups.setdefault(r["label"], []).append(r)
    for label in sorted(groups):
        items = groups[label]
        rate = BENIGN_OBF_RATE if label == "benign" else ATTACK_OBF_RATE
        k = round(len(items) * rate)
        picked = rng.sample(items, k)
        pool = obfuscate.BENIGN_TRANSFORMS if label == "benign" else obfuscate.ATTACK_TRANSFORMS
        # cycle through transforms so every one is represented, starting at a seeded offset
        order = list(pool)
        rng.shuffle(order)
        for j, r in enumerate(picked):
            for step in range(len(order)):
                name = order[(j + step) % len(order)]
                if name in obfuscate.LATIN_ONLY and r["lang"] not in obfuscate.LATIN_LANGS:
                    continue
                break
            else:
                name = "markdown_wrap"
            target = "benign" if label == "benign" else "attack"
            r["obf"] = name
            r["text"] = obfuscate.apply(name, r["text"], rng, target)


def esc(text):
    t = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in t:
        raise ValueError("tab in text")
    return t.replace("\n", "\\n")


def _fmt(counter):
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def write_readme_counts(meta):
    """Replace the block between the COUNTS markers in README.md with counts from the data."""
    from collections import Counter
    labels = ("injection", "jailbreak", "harmful", "benign")
    n_att = sum(1 for m in meta if m[0] == "attacks.tsv")
    n_ben = len(meta) - n_att
    lines = [f"Total {len(meta)} texts: {n_att} in `attacks.tsv`, {n_ben} in `benign.txt`.", "",
             "| label | rows | non-English | obfuscated |", "|---|---|---|---|"]
    for lab in labels:
        rows = [m for m in meta if m[2] == lab]
        name = str(len(rows))
        if lab == "benign":
            sub = Counter(m[5] for m in rows)
            name += f" ({sub['tricky']} tricky, {sub['plain']} plain)"
        lines.append(f"| {lab} | {name} | {sum(m[3] != 'en' for m in rows)} | "
                     f"{sum(m[4] != 'none' for m in rows)} |")
    ne = sum(m[3] != "en" for m in meta)
    ob = sum(m[4] != "none" for m in meta)
    lines.append(f"| **all** | **{len(meta)}** | **{ne} ({ne / len(meta):.0%})** | "
                 f"**{ob} ({ob / len(meta):.0%})** |")
    lines += ["", "Subtypes:"]
    for lab in labels:
        lines.append(f"- {lab}: " + _fmt(Counter(m[5] for m in meta if m[2] == lab)))
    langs = Counter(m[3] for m in meta)
    lines += ["", f"Languages ({len(langs)}): " + _fmt(langs) + ".", "",
              "Obfuscation: " + _fmt(Counter(m[4] for m in meta)) + ".", "",
              "Obfuscation by label: " + _fmt(Counter(m[2] for m in meta if m[4] != "none")) + "."]
    path = os.path.join(HERE, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    begin = text.index("<!-- COUNTS:BEGIN")
    begin = text.index("\n", begin) + 1
    end = text.index("<!-- COUNTS:END -->")
    text = text[:begin] + "\n".join(lines) + "\n" + text[end:]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    rng = random.Random(SEED)
    records = load_sources()
    check_unique(records)
    choose_obfuscation(records, rng)

    attacks = [r for r in records if r["label"] in ATTACK_LABELS]
    benign = [r for r in records if r["label"] == "benign"]
    rng.shuffle(attacks)
    rng.shuffle(benign)

    meta = []
    with open(os.path.join(HERE, "attacks.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind prompt set 10 (injection_prompts2): hand-written attack prompts, "
                "enterprise/consumer assistant voice\n")
        f.write("# format: label<TAB>text ; labels injection|jailbreak|harmful ; "
                "line breaks inside a text are written as \\n\n")
        line = 2
        for r in attacks:
            line += 1
            f.write(f"{r['label']}\t{esc(r['text'])}\n")
            meta.append(("attacks.tsv", line, r["label"], r["lang"], r["obf"], r["subtype"]))
    with open(os.path.join(HERE, "benign.txt"), "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(benign, 1):
            f.write(esc(r["text"]) + "\n")
            meta.append(("benign.txt", i, "benign", r["lang"], r["obf"], r["subtype"]))
    with open(os.path.join(HERE, "metadata.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tline\tlabel\tlanguage\tobfuscated\tsubtype\n")
        for row in meta:
            f.write("\t".join(str(x) for x in row) + "\n")
    write_readme_counts(meta)
    print(f"attacks: {len(attacks)}  benign: {len(benign)}  metadata rows: {len(meta)}")


if __name__ == "__main__":
    main()
