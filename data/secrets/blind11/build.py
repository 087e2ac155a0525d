#!/usr/bin/env python3
"""Same as `python3 gen.py` (rebuilds all.jsonl deterministically from src/), then refreshes the
counts section of README.md from the generated data."""
import collections, json, os, re
import gen

HERE = os.path.dirname(os.path.abspath(__file__))


def table(title, counter, head):
    rows = [f"**{title}**", "", f"| {head} | count |", "| --- | --- |"]
    for k, n in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        rows.append(f"| {k} | {n} |")
    return "\n".join(rows) + "\n"


def main():
    gen.main()
    recs = [json.loads(l) for l in open(os.path.join(HERE, "all.jsonl"), encoding="utf-8")]
    sec = collections.Counter(f"`{s['kind']}`" for r in recs for s in r["secrets"])
    look = collections.Counter(f"`{s['kind']}`" for r in recs for s in r["lookalikes"])
    langs = collections.Counter(r["lang"] for r in recs)
    styles = collections.Counter(r["style"] for r in recs)
    ns, nl = sum(sec.values()), sum(look.values())
    nonen = sum(v for k, v in langs.items() if k != "en")
    empty = sum(1 for r in recs if not r["secrets"] and not r["lookalikes"])
    body = (f"Records: {len(recs)} ({nonen} not in English, {100 * nonen / len(recs):.0f}%; "
            f"{empty} with no spans)\n\n"
            f"Spans: {ns} secret, {nl} look-alike ({100 * nl / (ns + nl):.0f}% look-alikes)\n\n"
            + table("Languages", langs, "lang") + "\n" + table("Styles", styles, "style") + "\n"
            + table("Secret kinds", sec, "kind") + "\n" + table("Look-alike kinds", look, "kind"))
    p = os.path.join(HERE, "README.md")
    txt = open(p, encoding="utf-8").read()
    txt = re.sub(r"<!-- counts -->.*<!-- /counts -->", lambda m: "<!-- counts -->\n" + body + "<!-- /counts -->",
                 txt, flags=re.S)
    open(p, "w", encoding="utf-8").write(txt)
    print("README.md counts refreshed")


if __name__ == "__main__":
    main()
