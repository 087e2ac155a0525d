#!/usr/bin/env python3
"""Deterministic build: runs gen.py (fixed seed) -> all.jsonl, then stats.json and README.md."""
import collections
import json
import os

import gen

HERE = os.path.dirname(os.path.abspath(__file__))


def table(counter, head):
    rows = ["| %s | count |" % head, "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        rows.append("| %s | %d |" % (k, v))
    return "\n".join(rows)


def main():
    recs = [r for r, _ in gen.main()]
    ent, sub, look, lang, style = (collections.Counter() for _ in range(5))
    for r in recs:
        lang[r["lang"]] += 1
        style[r["style"]] += 1
        for s in r["spans"]:
            ent[s["entity_type"]] += 1
            if "subtype" in s:
                sub["%s:%s" % (s["entity_type"], s["subtype"])] += 1
        for l in r["lookalikes"]:
            look[l["kind"]] += 1
    nospan = sum(1 for r in recs if not r["spans"])
    stats = {"records": len(recs), "spans": sum(ent.values()), "lookalikes": sum(look.values()),
             "records_without_pii": nospan, "by_entity": dict(ent), "by_subtype": dict(sub),
             "by_lookalike_kind": dict(look), "by_lang": dict(lang), "by_style": dict(style)}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, ensure_ascii=False, indent=1, sort_keys=True)
    nonen = len(recs) - lang.get("en", 0)
    tmpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    counts = "\n\n".join([
        "- records: %d\n- PII spans: %d\n- look-alikes: %d\n- records with no PII span: %d\n"
        "- non-English records: %d (%.1f%%)" % (len(recs), sum(ent.values()), sum(look.values()),
                                                 nospan, nonen, 100.0 * nonen / len(recs)),
        "### By entity type\n\n" + table(ent, "entity_type"),
        "### By subtype\n\n" + table(sub, "entity_type:subtype"),
        "### By language\n\n" + table(lang, "lang"),
        "### By style\n\n" + table(style, "style"),
        "### Look-alikes by kind\n\n" + table(look, "kind"),
    ])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(tmpl.replace("{{COUNTS}}", counts))
    print("stats.json and README.md written")


if __name__ == "__main__":
    main()
