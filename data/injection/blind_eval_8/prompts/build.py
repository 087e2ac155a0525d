#!/usr/bin/env python3
"""Assemble attacks.tsv, benign.txt, metadata.tsv and README.md from src/.

Source formats (all UTF-8, one row per line, '#' lines ignored):
  src/blocks.txt             name|paragraph            (reusable filler text, inserted via {{name}})
  src/<label>_*.txt          lang|subtype|text         label in injection/jailbreak/harmful/benign
  src/obf_plain.txt          label|method|lang|subtype|wrapper|plaintext
Text may contain the two-character sequence \\n to stand for a line break
inside a pasted multi-turn conversation; rows are always one physical line.
"""
import glob
import os
import random
import re
from collections import Counter

from obfuscate import obfuscate

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SEED = 8008
ATTACK_LABELS = ("injection", "jailbreak", "harmful")
ORDINARY = {"support", "ecommerce", "coding", "hr_it", "rag_wiki", "tutoring", "writing"}


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield n, line


def load_blocks():
    blocks = {}
    for _, line in read_lines(os.path.join(SRC, "blocks.txt")):
        name, text = line.split("|", 1)
        blocks[name.strip()] = text.strip()
    return blocks


def expand(text, blocks):
    def rep(m):
        name = m.group(1)
        return blocks[name] if name in blocks else m.group(0)
    return re.sub(r"\{\{(\w+)\}\}", rep, text)


def load_rows():
    blocks = load_blocks()
    rows = []  # dicts: label, lang, subtype, obf, text, src
    for path in sorted(glob.glob(os.path.join(SRC, "*.txt"))):
        base = os.path.basename(path)
        if base in ("blocks.txt", "obf_plain.txt"):
            continue
        label = base.split("_", 1)[0]
        assert label in ATTACK_LABELS + ("benign",), base
        for n, line in read_lines(path):
            parts = line.split("|", 2)
            assert len(parts) == 3, (base, n, line[:60])
            lang, subtype, text = (p.strip() for p in parts)
            rows.append(dict(label=label, lang=lang, subtype=subtype, obf="none",
                             text=expand(text, blocks), src=f"{base}:{n}"))
    rng = random.Random(SEED)
    for n, line in read_lines(os.path.join(SRC, "obf_plain.txt")):
        parts = line.split("|", 5)
        assert len(parts) == 6, (n, line[:60])
        label, method, lang, subtype, wrapper, plain = (p.strip() for p in parts)
        row_rng = random.Random(rng.random())
        rows.append(dict(label=label, lang=lang, subtype=subtype, obf=method,
                         text=obfuscate(method, plain, row_rng, wrapper),
                         plain=plain, src=f"obf_plain.txt:{n}"))
    for r in rows:
        assert "\t" not in r["text"] and "\n" not in r["text"] and "\r" not in r["text"], r["src"]
    return rows


def table(counter, head):
    out = [f"| {head} | rows |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} | {v} |")
    return "\n".join(out)


def main():
    rows = load_rows()
    attacks = [r for r in rows if r["label"] in ATTACK_LABELS]
    benign = [r for r in rows if r["label"] == "benign"]
    rnd = random.Random(SEED)
    rnd.shuffle(attacks)
    rnd.shuffle(benign)

    meta = ["file\tline\tlabel\tlanguage\tobfuscated\tsubtype"]
    with open(os.path.join(HERE, "attacks.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind8 attack prompts: label<TAB>text; labels = injection | jailbreak | harmful\n")
        f.write("# hand-written, synthetic; \\n inside text marks a pasted line break; see README.md and metadata.tsv\n")
        for i, r in enumerate(attacks):
            f.write(f"{r['label']}\t{r['text']}\n")
            meta.append(f"attacks.tsv\t{i + 3}\t{r['label']}\t{r['lang']}\t{r['obf']}\t{r['subtype']}")
    with open(os.path.join(HERE, "benign.txt"), "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(benign):
            f.write(r["text"] + "\n")
            meta.append(f"benign.txt\t{i + 1}\tbenign\t{r['lang']}\tnone\t{r['subtype']}")
    with open(os.path.join(HERE, "metadata.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta) + "\n")

    write_readme(attacks, benign)
    print(f"built: {len(attacks)} attacks, {len(benign)} benign, {len(meta) - 1} metadata rows")


def write_readme(attacks, benign):
    def en_share(rs):
        ne = sum(1 for r in rs if r["lang"] != "en")
        return ne, len(rs), 100.0 * ne / len(rs)

    lab = Counter(r["label"] for r in attacks)
    lab["benign"] = len(benign)
    ne_a, n_a, p_a = en_share(attacks)
    ne_b, n_b, p_b = en_share(benign)
    obf = Counter(r["obf"] for r in attacks if r["obf"] != "none")
    n_ord = sum(1 for r in benign if r["subtype"] in ORDINARY)
    long_a = sum(1 for r in attacks if len(r["text"]) > 1000)
    long_b = sum(1 for r in benign if len(r["text"]) > 1000)
    sections = []
    for L in ATTACK_LABELS:
        sections.append(f"### {L}\n\n" + table(Counter(r["subtype"] for r in attacks if r["label"] == L), "subtype"))
    sections.append("### benign\n\n" + table(Counter(r["subtype"] for r in benign), "subtype"))
    lang_a = Counter(r["lang"] for r in attacks)
    lang_b = Counter(r["lang"] for r in benign)
    lang_lab = {L: Counter(r["lang"] for r in attacks if r["label"] == L) for L in ATTACK_LABELS}
    langs = sorted(set(lang_a) | set(lang_b), key=lambda k: (-(lang_a[k] + lang_b[k]), k))
    lang_rows = ["| language | injection | jailbreak | harmful | benign | total |", "|---|---|---|---|---|---|"]
    for k in langs:
        vals = [lang_lab[L][k] for L in ATTACK_LABELS] + [lang_b[k]]
        lang_rows.append(f"| {k} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} |")

    readme = f"""# blind8 prompt set

Blind evaluation set for prompt-injection, jailbreak and harmful-request detectors that sit in front
of chat assistants deployed inside companies and products (support bots, coding assistants, HR/IT
helpdesks, RAG search over internal wikis, e-commerce chat, tutoring apps, writing tools).

## Provenance

* Every row was written by hand for this set, from the author's own knowledge. No existing dataset,
  published jailbreak prompt, web page or other corpus was opened, searched or copied.
* All people, companies, e-mail addresses, domains (`*.example`, reserved test IP ranges), IBANs,
  order numbers and persona names are invented. Persona names (VOIDLINE, Rook, HALCYON-X, GRIMWARD,
  NEBELKRÄHE, ...) were made up for this set; `validate.py` checks that well-known published jailbreak
  names do not occur.
* Harmful and jailbreak rows are requests only. They contain no working instructions, code, recipes,
  quantities or operational detail; where a specific item would be needed a placeholder such as
  `[poison]`, `[chemical]` or `[url]` is used. Rows touching on sexual content involving minors are
  few, short and abstract.
* Long prompts (a realistic document, e-mail, CSV, ticket or code excerpt with an attack buried in it,
  and benign equivalents) are built by inserting hand-written filler paragraphs from `src/blocks.txt`.
* Obfuscated attack rows ({sum(obf.values())} rows) come from hand-written plaintexts in
  `src/obf_plain.txt`, transformed deterministically by `obfuscate.py`.
* `build.py` assembles everything with a fixed-seed shuffle (seed {SEED}); rebuilding gives identical files.

## Files

* `attacks.tsv` - UTF-8. Lines 1-2 are `#` comment headers. Every other line is `label<TAB>text`,
  label in `injection`, `jailbreak`, `harmful`.
* `benign.txt` - UTF-8, one benign prompt per line, no blank lines, no header.
* `metadata.tsv` - header row, then `file<TAB>line<TAB>label<TAB>language<TAB>obfuscated<TAB>subtype`,
  one row per data row of both files. `line` is the 1-based physical line number in that file
  (comment lines included, so the first attack row is line 3). `obfuscated` is `none` or the
  transform name (`base64`, `hex`, `rot13`, `leet`, `homoglyph`, `zwsp`, `spaced`, `fullwidth`,
  `suffix`). `language` is an ISO 639-1 code, or `mix-xx-en` for code-switched text; for obfuscated
  rows it is the language of the plaintext.
* Inside a row, the two characters `\\n` stand for a line break in pasted multi-turn text, markdown,
  code or CSV; each prompt is always one physical line.
* `src/` - hand-written sources; `obfuscate.py`, `build.py`, `validate.py` - tooling.
  Run `python3 build.py && python3 validate.py`.

## Label definitions

* **injection** - overriding/hijacking the deployer's instructions, extracting the system prompt or
  hidden rules, changing the assistant's task, exfiltrating the conversation or other users' data,
  fake system/operator messages, instructions hidden in documents (indirect), tool-abuse orders.
* **jailbreak** - persona and role-play wrappers, fictional framing, "unlocked/debug mode" claims,
  hypothetical framing, refusal suppression, multi-persona games, token smuggling, emotional or
  authority pressure, aimed at making the model drop its rules.
* **harmful** - plain requests a model should refuse: violence and weapons, cybercrime and malware,
  self-harm, sexual content involving minors, hate, illegal drugs, fraud.
* **benign** - about half ordinary requests to deployed assistants, half look-alikes that share
  surface features with attacks (override/kill/ignore/inject in technical senses, phone jailbreaks,
  legitimate role-play, dark fiction, security education, pentest reporting, medical professionals,
  weapons history, prompt-engineering and moderation questions, ordinary instruction changes).

## Counts

| label | rows |
|---|---|
| injection | {lab['injection']} |
| jailbreak | {lab['jailbreak']} |
| harmful | {lab['harmful']} |
| benign | {lab['benign']} |
| total | {sum(lab.values())} |

* Non-English rows: attacks {ne_a}/{n_a} ({p_a:.1f}%), benign {ne_b}/{n_b} ({p_b:.1f}%).
* Obfuscated attack rows: {sum(obf.values())}/{n_a} ({100.0 * sum(obf.values()) / n_a:.1f}%):
  {", ".join(f"{k} {v}" for k, v in sorted(obf.items()))}.
* Rows longer than 1,000 characters: attacks {long_a}, benign {long_b}.
* Benign split: ordinary requests {n_ord}, look-alikes {len(benign) - n_ord}
  (ordinary = subtypes {", ".join(sorted(ORDINARY))}).

### Languages

{chr(10).join(lang_rows)}

## Subtypes

{(chr(10) * 2).join(sections)}
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)


if __name__ == "__main__":
    main()
