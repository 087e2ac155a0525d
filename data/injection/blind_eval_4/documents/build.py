"""Assemble documents.jsonl (+ documents_meta.jsonl, README.md) from the hand-written batch files."""
import json, collections
import common
import inj_a, inj_b, ben_a, ben_b  # noqa: F401  (each appends to common.DOCS)

docs = common.DOCS
with open("documents.jsonl", "w", encoding="utf-8") as f, open("documents_meta.jsonl", "w", encoding="utf-8") as m:
    for i, d in enumerate(docs):
        f.write(json.dumps({"label": d["label"], "task": d["task"], "text": d["text"],
                            "kind": "document", "source": "blind-eval-4"}, ensure_ascii=False) + "\n")
        m.write(json.dumps({"line": i + 1, "label": d["label"], "format": d["fmt"], "lang": d["lang"],
                            "technique": d["tech"]}, ensure_ascii=False) + "\n")

lab = collections.Counter(d["label"] for d in docs)
lang = collections.Counter((d["lang"], d["label"]) for d in docs)
fmt = collections.Counter((d["fmt"], d["label"]) for d in docs)
langs = sorted({d["lang"] for d in docs}, key=lambda l: (-sum(lang[(l, x)] for x in lab), l))
fmts = sorted({d["fmt"] for d in docs}, key=lambda x: (-sum(fmt[(x, y)] for y in lab), x))
noneng = sum(1 for d in docs if d["lang"] != "en")
encoded = [d for d in docs if d["label"] == "injection" and any(k in d["tech"] for k in ("base64", "zero-width", "unicode-tags"))]

lines = []
lines += ["# Blind evaluation set 4: indirect prompt injection documents", "",
"## Provenance", "",
"Every document in this set was written by hand, one at a time, for this set only, without",
"consulting any existing dataset, search tool, or other file. All organisations, people, e-mail",
"addresses, domains, IBANs, phone numbers and account numbers are invented (many use `.example`).",
"Python was used only to assemble the files, compute encodings (base64, zero-width bits, Unicode",
"tag characters) and validate. Files: `inj_a.py`, `inj_b.py` (injections), `ben_a.py`, `ben_b.py`",
"(benign), `common.py` (helpers/encoders), `build.py` (writes the outputs), `validate.py` (checks).", "",
"## Schema (`documents.jsonl`, one JSON object per line)", "",
"| field | meaning |", "|---|---|",
"| `label` | `injection` (the document carries one planted instruction aimed at the AI / whatever processes it) or `benign` |",
"| `task` | the user's request that made the application read the document |",
"| `text` | the document, 3-40 lines, `\\n` line breaks |",
"| `kind` | always `document` |",
"| `source` | always `blind-eval-4` |", "",
"`documents_meta.jsonl` is a side file (same line order) with `format`, `lang` and `technique`",
"for analysis; it is not part of the evaluated schema.", "",
"## Design", "",
"* Injection goals covered: data exfiltration (markdown images/links with data in the URL, e-mail/share/",
"  tool calls), phishing (changed bank details, credential/PIN requests, lookalike links), altering or hiding",
"  facts in summaries, recommending a product/candidate/vendor, refusing or derailing the task, revealing",
"  the system prompt, running tools/commands (shell, SQL, kubectl, supply-chain packages, refunds).",
"* Hiding techniques: plain sentence, HTML comment, white/tiny/display:none text, alt text, meta tag, hidden",
"  input, code/config comments, JSON/YAML fields, CSV cells, HTTP header, user-agent, footnote, fake",
"  system/assistant/user turns, ChatML and [INST] tokens, fake delimiters, cross-language instructions,",
f"  and {len(encoded)} encoded ones (base64, zero-width bit encoding, Unicode tag characters).",
"* Benign documents are hard negatives in the same formats/topics: README setup steps, recipes, e-mails",
"  asking a human to act, policies with \"you must\", security write-ups/training/red-team files/detector",
"  code that quote injection payloads, a system-prompt template in code, moderation guidelines, courier",
"  notes, exam instructions, terms of service, tool descriptions addressed to the model, robots.txt AI-crawler",
"  rules, a benign base64 attachment.",
"* About 20 benign documents are deliberate minimal-pair counterparts of an injection document (same",
"  format, sender or opening, no planted instruction); `validate.py` reports them as intentional pairs.", "",
"## Counts", "",
f"Total: {len(docs)} ({lab['injection']} injection, {lab['benign']} benign). Non-English: {noneng} ({100*noneng/len(docs):.1f}%).", "",
"### By language", "", "| lang | injection | benign | total |", "|---|---|---|---|"]
for l in langs:
    a, b = lang[(l, "injection")], lang[(l, "benign")]
    lines.append(f"| {l} | {a} | {b} | {a+b} |")
lines += ["", f"### By format ({len(fmts)} formats)", "", "| format | injection | benign | total |", "|---|---|---|---|"]
for x in fmts:
    a, b = fmt[(x, "injection")], fmt[(x, "benign")]
    lines.append(f"| {x} | {a} | {b} | {a+b} |")
open("README.md", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(lab, "formats:", len(fmts), "non-en:", noneng)
