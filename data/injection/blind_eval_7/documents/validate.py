#!/usr/bin/env python3
"""Validate documents.jsonl and documents_meta.jsonl (blind7 evaluation set)."""
import json, re, sys, unicodedata, difflib
from collections import Counter, defaultdict

DOCS, META = "documents.jsonl", "documents_meta.jsonl"
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ja", "zh", "tr", "id"}
errors, warnings = [], []

def err(m): errors.append(m)
def warn(m): warnings.append(m)

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path}:{i}: empty line"); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{path}:{i}: invalid JSON ({e})"); rows.append(None)
    return rows

docs, meta = load(DOCS), load(META)

# ---- document fields
for i, d in enumerate(docs, 1):
    if d is None: continue
    if set(d) != {"label", "task", "text", "kind", "source"}:
        err(f"doc {i}: wrong fields {sorted(d)}")
    if d.get("label") not in ("injection", "benign"): err(f"doc {i}: bad label")
    if d.get("source") != "blind7": err(f"doc {i}: bad source")
    for k in ("task", "text", "kind"):
        if not isinstance(d.get(k), str) or not d.get(k).strip(): err(f"doc {i}: empty {k}")
    t = d.get("text", "")
    if not (300 <= len(t) <= 4000): err(f"doc {i}: length {len(t)} outside 300-4000")
    if "@@" in t: err(f"doc {i}: leftover template marker")
    if t != t.strip(): warn(f"doc {i}: leading/trailing whitespace")
    # things that look like real secrets
    for pat in (r"\bsk-[A-Za-z0-9]{20,}", r"\bAKIA[0-9A-Z]{16}\b", r"\bghp_[A-Za-z0-9]{30,}", r"-----BEGIN [A-Z ]*PRIVATE KEY"):
        if re.search(pat, t): err(f"doc {i}: looks like a real secret ({pat})")

# ---- duplicates
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[\W_]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()
seen, seen_n = {}, {}
for i, d in enumerate(docs, 1):
    if d is None: continue
    if d["text"] in seen: err(f"doc {i}: exact duplicate of doc {seen[d['text']]}")
    seen.setdefault(d["text"], i)
    n = norm(d["text"])
    if n in seen_n: err(f"doc {i}: normalised duplicate of doc {seen_n[n]}")
    seen_n.setdefault(n, i)

# ---- meta
if len(meta) != len(docs): err(f"meta has {len(meta)} lines, documents has {len(docs)}")
pairs = defaultdict(list)
for i, (d, m) in enumerate(zip(docs, meta), 1):
    if d is None or m is None: continue
    need = {"line", "label", "format", "lang", "technique", "subtle", "hard_negative", "has_minimal_pair"}
    if not need <= set(m): err(f"meta {i}: missing fields {sorted(need - set(m))}")
    if m.get("line") != i: err(f"meta {i}: line field is {m.get('line')}")
    if m.get("label") != d["label"]: err(f"meta {i}: label mismatch")
    if m.get("format") != d["kind"]: err(f"meta {i}: format != kind")
    if m.get("lang") not in LANGS: err(f"meta {i}: unknown lang {m.get('lang')}")
    if d["label"] == "injection":
        if not m.get("technique"): err(f"meta {i}: injection without technique")
        if m.get("subtle") not in ("yes", "no"): err(f"meta {i}: subtle must be yes/no")
        if m.get("hard_negative") is not None: err(f"meta {i}: hard_negative set on injection")
    else:
        if m.get("technique") is not None: err(f"meta {i}: technique on benign")
        if m.get("subtle") is not None: err(f"meta {i}: subtle on benign")
        if not m.get("hard_negative"): err(f"meta {i}: benign without hard_negative kind")
    if not isinstance(m.get("has_minimal_pair"), bool): err(f"meta {i}: has_minimal_pair not bool")
    pid = m.get("pair_id")
    if bool(pid) != bool(m.get("has_minimal_pair")): err(f"meta {i}: pair_id / has_minimal_pair inconsistent")
    if pid: pairs[pid].append(i)
    # crude script check
    t = d["text"]
    kana = re.search(r"[\u3040-\u30ff]", t); han = re.search(r"[\u4e00-\u9fff]", t)
    if m.get("lang") == "ja" and not kana: err(f"meta {i}: lang ja but no kana")
    if m.get("lang") == "zh" and (not han or kana): err(f"meta {i}: lang zh but script mismatch")
    if m.get("lang") not in ("ja", "zh") and han: warn(f"doc {i}: CJK characters in lang {m.get('lang')}")

# ---- minimal pairs
def regions(a, b, gap=25):
    ops = [o for o in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]
    regs, cur = [], None
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            if cur and i2 - i1 < gap and (i1, i2) != (ops[-1][1], ops[-1][2]):
                continue
            if cur: regs.append(cur); cur = None
        else:
            cur = [min(cur[0], i1), i2, min(cur[2], j1), j2] if cur else [i1, i2, j1, j2]
    if cur: regs.append(cur)
    return regs

for pid, lines in sorted(pairs.items()):
    if len(lines) != 2: err(f"pair {pid}: has {len(lines)} members"); continue
    a, b = (docs[k - 1] for k in lines)
    if {a["label"], b["label"]} != {"injection", "benign"}: err(f"pair {pid}: labels not inj+benign")
    if a["kind"] != b["kind"] or a["task"] != b["task"]: err(f"pair {pid}: kind/task differ")
    if meta[lines[0]-1]["lang"] != meta[lines[1]-1]["lang"]: err(f"pair {pid}: lang differs")
    ta, tb = a["text"], b["text"]
    regs = regions(ta, tb)
    changed = max(sum(r[1]-r[0] for r in regs), sum(r[3]-r[2] for r in regs))
    frac = changed / max(len(ta), len(tb))
    if not regs: err(f"pair {pid}: texts identical")
    if len(regs) > 2: err(f"pair {pid}: {len(regs)} separate changed regions (max 2)")
    if frac > 0.45: err(f"pair {pid}: {frac:.0%} of text changed (not local)")

# ---- near duplicates outside pairs
def shingles(s, k=8):
    s = norm(s); return {s[j:j+k] for j in range(0, max(1, len(s)-k+1), 3)}
sh = [shingles(d["text"]) if d else set() for d in docs]
paired = {frozenset(v) for v in pairs.values()}
for x in range(len(docs)):
    for y in range(x+1, len(docs)):
        if not sh[x] or not sh[y]: continue
        j = len(sh[x] & sh[y]) / len(sh[x] | sh[y])
        if j > 0.6 and frozenset((x+1, y+1)) not in paired:
            err(f"docs {x+1} and {y+1}: near duplicate (jaccard {j:.2f}) but not a declared pair")

# ---- domains: everything should be clearly fictional
ok_dom = re.compile(r"(\.example(\.[a-z]+)?|\.test|\.invalid|\.internal|example\.(com|org|net))$")
for i, d in enumerate(docs, 1):
    if d is None: continue
    doms = set(re.findall(r"(?:https?://|@)([A-Za-z0-9.-]+\.[A-Za-z]{2,})", d["text"]))
    doms |= set(re.findall(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|app|ai|co|uk))\b", d["text"], re.I))
    for dom in sorted(doms):
        if not ok_dom.search(dom.lower()):
            warn(f"doc {i}: non-reserved domain {dom}")

# ---- summary
c = Counter(d["label"] for d in docs if d)
print(f"documents: {len(docs)}  injection: {c['injection']}  benign: {c['benign']}  pairs: {len(pairs)}")
L = sorted(len(d["text"]) for d in docs if d)
print(f"length min {L[0]}  median {L[len(L)//2]}  max {L[-1]}  600-2000: {sum(600 <= x <= 2000 for x in L)}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
