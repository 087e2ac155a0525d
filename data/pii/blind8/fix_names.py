#!/usr/bin/env python3
"""Authoring helper: wrap unlabelled recurrences of labelled person-name words in src (prints changes)."""
import glob, re, sys
TOK = re.compile(r"\[\[[A-Z_]+(?::[a-z]+)?\|[^\]\n]*?\]\]|\{\{[a-z0-9_]+\|[^}\n]*?\}\}")
apply = "--apply" in sys.argv
for fn in sorted(glob.glob("src/*.txt")):
    text = open(fn, encoding="utf-8").read()
    parts = re.split(r"(?m)^(?=@@ )", text)
    out = []
    for p in parts:
        names = set()
        for m in re.finditer(r"\[\[PERSON\|([^\]\n]*?)\]\]", p):
            for w in re.findall(r"[^\W\d_]{3,}", m.group(1)):
                if w[0].isupper():
                    names.add(w)
        if names:
            cov = [(m.start(), m.end()) for m in TOK.finditer(p)]
            cov += [(0, p.find("\n") if "\n" in p else len(p))]
            hits = []
            for w in names:
                for m in re.finditer(r"(?<![\w@.])%s(?![\w@])" % re.escape(w), p):
                    if all(m.end() <= a or m.start() >= b for a, b in cov):
                        hits.append((m.start(), m.end(), w))
            for a, b, w in sorted(hits, reverse=True):
                print("%s: %r ...%s..." % (fn, w, p[max(0, a - 25):b + 25].replace("\n", " ")))
                p = p[:a] + "[[PERSON|%s]]" % w + p[b:]
        out.append(p)
    if apply:
        open(fn, "w", encoding="utf-8").write("".join(out))
