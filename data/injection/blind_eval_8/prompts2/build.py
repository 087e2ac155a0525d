#!/usr/bin/env python3
"""Assemble src/*.txt into attacks.tsv, benign.txt, metadata.tsv and README.md.

Source format: lines '@@ <lang> <subtype>' (or '@@ <lang> <label> <subtype> <method>'
in src/obfuscated.txt) set the context for the following lines; ';;' lines and blank
lines are ignored; every other line is one prompt. A literal backslash-n stays as the
two characters \\n in the output.
"""
import os
import random
from collections import Counter, defaultdict

from obfuscate import obfuscate

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SEED_ATTACKS = 80271
SEED_BENIGN = 80272

ATTACK_SOURCES = [("injection.txt", "injection"), ("jailbreak.txt", "jailbreak"), ("harmful.txt", "harmful")]
BENIGN_SOURCES = ["benign_chat.txt", "benign_tricky.txt"]


def read_lines(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith(";;"):
                continue
            yield n, line


def parse_plain(name, label):
    rows, ctx = [], None
    for n, line in read_lines(name):
        if line.startswith("@@ "):
            parts = line[3:].split()
            if len(parts) != 2:
                raise SystemExit(f"{name}:{n}: bad header {line!r}")
            ctx = parts
            continue
        if ctx is None:
            raise SystemExit(f"{name}:{n}: text before header")
        if "\t" in line:
            raise SystemExit(f"{name}:{n}: tab in text")
        rows.append(dict(label=label, text=line.strip(), language=ctx[0], subtype=ctx[1],
                         obfuscated="none", src=f"{name}:{n}"))
    return rows


def parse_obfuscated(name="obfuscated.txt"):
    rows, ctx = [], None
    for n, line in read_lines(name):
        if line.startswith("@@ "):
            parts = line[3:].split()
            if len(parts) != 4:
                raise SystemExit(f"{name}:{n}: bad header {line!r}")
            ctx = parts
            continue
        lang, label, subtype, method = ctx
        prefix, payload = "", line.strip()
        if " ||| " in line:
            prefix, payload = [p.strip() for p in line.split(" ||| ", 1)]
        text = obfuscate(method, payload, prefix)
        if "\t" in text or "\n" in text:
            raise SystemExit(f"{name}:{n}: tab/newline after obfuscation")
        rows.append(dict(label=label, text=text, language=lang, subtype=subtype,
                         obfuscated=method, src=f"{name}:{n}", plaintext=payload))
    return rows


def table(counter, head):
    out = [f"| {head} | rows |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} | {v} |")
    return "\n".join(out)


def main():
    attacks = []
    for name, label in ATTACK_SOURCES:
        attacks += parse_plain(name, label)
    attacks += parse_obfuscated()
    benign = []
    for name in BENIGN_SOURCES:
        benign += parse_plain(name, "benign")

    random.Random(SEED_ATTACKS).shuffle(attacks)
    random.Random(SEED_BENIGN).shuffle(benign)

    meta = []
    with open(os.path.join(HERE, "attacks.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind evaluation set prompts2: attack prompts (injection / jailbreak / harmful); hand-written, invented\n")
        f.write("# format: label<TAB>text ; literal \\n marks an intended line break ; see README.md and metadata.tsv\n")
        for i, r in enumerate(attacks, 3):
            f.write(f"{r['label']}\t{r['text']}\n")
            meta.append(("attacks.tsv", i, r))
    with open(os.path.join(HERE, "benign.txt"), "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(benign, 1):
            f.write(r["text"] + "\n")
            meta.append(("benign.txt", i, r))
    with open(os.path.join(HERE, "metadata.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tline\tlabel\tlanguage\tobfuscated\tsubtype\n")
        for fn, i, r in meta:
            f.write(f"{fn}\t{i}\t{r['label']}\t{r['language']}\t{r['obfuscated']}\t{r['subtype']}\n")

    allrows = attacks + benign
    by_label = Counter(r["label"] for r in allrows)
    by_lang = Counter(r["language"] for r in allrows)
    by_obf = Counter(r["obfuscated"] for r in attacks if r["obfuscated"] != "none")
    sub = defaultdict(Counter)
    for r in allrows:
        sub[r["label"]][r["subtype"]] += 1
    lang_label = defaultdict(Counter)
    for r in allrows:
        lang_label[r["language"]][r["label"]] += 1
    non_en = sum(v for k, v in by_lang.items() if k != "en")
    obf_n = sum(by_obf.values())
    lens = [len(r["text"]) for r in allrows]

    lines = []
    lines.append("# prompts2 — blind evaluation set for prompt-injection, jailbreak and harmful-request detectors\n")
    lines.append("## Provenance\n")
    lines.append("Every prompt was written by hand for this set from the author's own knowledge, in the voice of consumer "
                 "chat apps and forums (teenagers, gamers, fan-fiction writers, hobbyists, people arguing after a refusal, "
                 "code-switchers, very polite and very rude users). No dataset, published prompt collection, web page or "
                 "other file was consulted or copied. Persona names are invented; well-known published jailbreak names are "
                 "deliberately absent (checked by validate.py). All people, handles, domains, codes and organisations in the "
                 "prompts are fictional or placeholders (example.com-style domains, [steps], [group], [username]).\n")
    lines.append("Safety: harmful and jailbreak rows are *requests only*. They name a harmful goal but contain no working "
                 "instructions, code, recipes or quantities. Rows touching sexual content involving minors are short and abstract. "
                 "Obfuscated rows were produced by `obfuscate.py` from hand-written plaintexts in `src/obfuscated.txt`.\n")
    lines.append("## Files\n")
    lines.append("- `attacks.tsv` — UTF-8, first two lines are `#` comments, then `label<TAB>text`, one prompt per line. "
                 "Labels: `injection`, `jailbreak`, `harmful`. A literal two-character `\\n` inside text marks an intended line break.")
    lines.append("- `benign.txt` — UTF-8, one benign prompt per line, no header.")
    lines.append("- `metadata.tsv` — header row, then `file<TAB>line<TAB>label<TAB>language<TAB>obfuscated<TAB>subtype`, "
                 "one row per data row of both files. `line` is the 1-based physical line number in that file (comment lines "
                 "count, so attack rows start at line 3). `obfuscated` is `none` or the method name "
                 "(leet, homoglyph, spacing, zerowidth, base64, reversed, rot13, piglatin, emoji). `language` is an ISO 639-1 code, "
                 "or a code-switch tag: `hi-en` Hinglish, `es-en` Spanglish, `tl-en` Taglish, `ar-latn` Arabizi (Latin-script Arabic).")
    lines.append("- `src/` — hand-written sources; `build.py` assembles them (fixed-seed shuffle, seeds "
                 f"{SEED_ATTACKS}/{SEED_BENIGN}); `validate.py` checks format, counts, duplicates, metadata alignment and banned names; "
                 "`obfuscate.py` holds the deterministic transforms.\n")
    lines.append("Rebuild: `python3 build.py && python3 validate.py`.\n")
    lines.append("## Labelling conventions\n")
    lines.append("- `injection`: the prompt tries to override, hijack or extract the deployment's instructions: reveal the system "
                 "prompt or hidden rules, replace the operator's instructions, or change the assistant's task, including "
                 "indirect payloads hidden in text to translate or summarise, fake system messages and fake tool or retrieval output.")
    lines.append("- `jailbreak`: the prompt wraps a request in persona, role-play, fiction, games, simulations, fake policy notices, "
                 "fake authorisation, emotional pressure or refusal suppression so that the model drops its content rules. "
                 "A fake 'policy update' counts as injection when it targets the prompt/task and as jailbreak when it targets content rules.")
    lines.append("- `harmful`: a plain request a model should refuse, with no wrapper (subtypes: violence_weapons, cybercrime_malware, "
                 "self_harm, csam_minors, hate, illegal_drugs, fraud).")
    lines.append("- benign look-alikes deliberately reuse attack vocabulary (kill a thread, ignore my typos, you are now a pirate, "
                 "system prompt questions, dark but acceptable fiction, scam awareness, harm reduction, history of hate movements).\n")
    lines.append("Every row has at least 5 words (at least 10 characters for zh/ja/th) and at most 2,000 characters.\n")
    lines.append("## Counts\n")
    lines.append(f"Total rows: {len(allrows)} (attacks {len(attacks)}, benign {len(benign)}). "
                 f"Non-English rows: {non_en} ({100*non_en/len(allrows):.1f}%). "
                 f"Obfuscated attack rows: {obf_n} ({100*obf_n/len(attacks):.1f}% of attacks). "
                 f"Text length: {min(lens)}–{max(lens)} characters.\n")
    lines.append("### Per label\n")
    lines.append(table(by_label, "label") + "\n")
    lines.append("### Per language\n")
    lines.append("| language | injection | jailbreak | harmful | benign | total |\n|---|---|---|---|---|---|")
    for lg, _ in sorted(by_lang.items(), key=lambda kv: (-kv[1], kv[0])):
        c = lang_label[lg]
        lines.append(f"| {lg} | {c['injection']} | {c['jailbreak']} | {c['harmful']} | {c['benign']} | {sum(c.values())} |")
    lines.append("")
    lines.append("### Obfuscation methods (attacks)\n")
    lines.append(table(by_obf, "method") + "\n")
    for lab in ["injection", "jailbreak", "harmful", "benign"]:
        lines.append(f"### Subtypes — {lab}\n")
        lines.append(table(sub[lab], "subtype") + "\n")
    lines.append("Benign subtypes split into ordinary chat (homework, cooking, gaming, coding, writing, advice, tech_support, "
                 "trivia, travel, health, misc, fragments, polite, rude) and tricky look-alikes (everything else).\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    print(f"built: attacks={len(attacks)} benign={len(benign)} labels={dict(by_label)} "
          f"non_en={non_en} ({100*non_en/len(allrows):.1f}%) obfuscated={obf_n} ({100*obf_n/len(attacks):.1f}%)")


if __name__ == "__main__":
    main()
