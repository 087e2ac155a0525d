#!/usr/bin/env python3
"""Writes groups.tsv for set q: which attacks share a wrapper.

  python3 wrapper_groups.py PATH/TO/gen_attacks.py > groups.tsv

Set q's author built many attacks by filling 10-20 hand-written wrappers per
technique with ~45 aims and invented persona names (their build/gen_attacks.py,
not copied here). The split must keep one wrapper's rows on one side, and the
MinHash clustering of scripts/train-injection does not join rows whose shared
wrapper is short next to the aim. This reads the AIMS and NAMES lists out of
the generator (without running it), masks every aim, topic and name in each
attack, and prints `text<TAB>wrapper id` for each attack whose masked text is
shared with another attack (the wrapper id is a hash of the masked text).
Encoded and split aims are not masked; those rows are left to the MinHash
clustering. Standard library only."""
import ast
import hashlib
import os
import re
import sys


def literal_lists(path):
    tree = ast.parse(open(path, encoding="utf-8").read())
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, v = node.targets[0].id, node.value
            if name == "AIMS":
                out[name] = ast.literal_eval(v)
            elif name == "NAMES" and isinstance(v, ast.Call):  # NAMES = L("""...""")
                out[name] = [x.strip() for x in ast.literal_eval(v.args[0]).split("\n") if x.strip()]
    return out["AIMS"], out["NAMES"]


def main():
    aims, names = literal_lists(sys.argv[1])
    cap = lambda s: s[0].upper() + s[1:]
    slug = lambda t: re.sub(r"[^a-z0-9]+", "_", t.lower()).strip("_")
    pieces = set()
    for a, topic in aims:
        pieces |= {a, cap(a)}
        if topic:
            pieces |= {topic, slug(topic)}
    pieces |= set(names)
    pat = re.compile("|".join(re.escape(p) for p in sorted(pieces, key=len, reverse=True)))
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    with open(os.path.join(here, "attacks.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            text = line.rstrip("\n").split("\t", 1)[1]
            masked, n = pat.subn("\x00", text)
            if n:
                rows.append((text, masked))
    count = {}
    for _, m in rows:
        count[m] = count.get(m, 0) + 1
    print("# text<TAB>wrapper id (written by wrapper_groups.py; see README.md)")
    for text, m in rows:
        if count[m] > 1:
            print("%s\t%s" % (text, hashlib.sha1(m.encode()).hexdigest()[:12]))


if __name__ == "__main__":
    main()
