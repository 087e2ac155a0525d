#!/usr/bin/env python3
"""Validate documents.jsonl / documents_meta.jsonl. Prints OK or a list of problems."""
import base64, collections, difflib, json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent
FIELDS = {"label", "task", "text", "kind", "format", "lang", "source"}
META = {"line", "label", "format", "lang", "technique", "subtle", "hard_negative", "pair_id"}
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ja", "zh", "ko", "id", "ru",
         "ar", "sv", "cs", "vi", "hi", "da", "fi", "uk", "el", "he", "ro", "hu", "no", "th"}
SECRET_PATTERNS = [
    r"AKIA[0-9A-Z]{16}", r"\bsk-[A-Za-z0-9]{20,}", r"\bghp_[A-Za-z0-9]{20,}", r"\bxox[abps]-[A-Za-z0-9-]{10,}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----", r"\bAIza[0-9A-Za-z_-]{30,}", r"\beyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{10,}",
    r"\b[0-9a-f]{40,}\b", r"(?i)password\s*[:=]\s*\S{8,}",
]
ALLOWED_TLD = (".example", ".test", ".invalid", ".localhost", ".local", ".internal", ".lan")
ALLOWED_HOSTS = {"example.com", "example.org", "example.net", "localhost"}
TLDS = "com|net|org|io|ai|co|de|fr|es|it|pt|nl|pl|tr|jp|cn|kr|ru|id|br|uk|us|info|biz|app|dev|xyz|me|tv|ly|gg|sh"
BARE_TLDS = "|".join(x for x in TLDS.split("|") if x not in {"id", "me", "sh", "it", "co"})
URL_RE = re.compile(r"(?i)\b(?:https?|ftp|wss?)://([^/\s\"'<>)\]}:?#]+)")
MAIL_RE = re.compile(r"(?i)[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"(?<![@/\w.-])((?:[a-z0-9-]+\.)+(?:%s|example|test|invalid))\b(?![.\w-])" % BARE_TLDS)

def host_ok(h):
    h = h.lower().rstrip(".")
    if h in ALLOWED_HOSTS or re.fullmatch(r"[\d.]+", h):
        return True
    if any(h.endswith(t) for t in ALLOWED_TLD):
        return True
    return any(h.endswith("." + a) for a in ALLOWED_HOSTS)

def shingles(t, n=5):
    t = re.sub(r"\s+", " ", t.lower())
    return {t[i:i + n] for i in range(max(1, len(t) - n + 1))}

def main():
    errs = []
    docs = [json.loads(l) for l in open(ROOT / "documents.jsonl", encoding="utf-8")]
    metas = [json.loads(l) for l in open(ROOT / "documents_meta.jsonl", encoding="utf-8")]
    if len(docs) != len(metas):
        errs.append("docs/meta length mismatch")
    for i, (d, m) in enumerate(zip(docs, metas), 1):
        if set(d) != FIELDS: errs.append(f"{i}: fields {sorted(d)}")
        if set(m) != META: errs.append(f"{i}: meta fields {sorted(m)}")
        if d["label"] not in ("injection", "benign"): errs.append(f"{i}: label")
        if d["kind"] != "document" or d["source"] != "blind8": errs.append(f"{i}: kind/source")
        if d["lang"] not in LANGS: errs.append(f"{i}: lang {d['lang']}")
        if not d["task"].strip() or not d["format"].strip(): errs.append(f"{i}: empty task/format")
        if not (300 <= len(d["text"]) <= 4000): errs.append(f"{i}: length {len(d['text'])}")
        if m["line"] != i or m["label"] != d["label"] or m["format"] != d["format"] or m["lang"] != d["lang"]:
            errs.append(f"{i}: meta mismatch")
        if d["label"] == "injection":
            if not m["technique"] or m["subtle"] not in ("yes", "no") or m["hard_negative"] is not None:
                errs.append(f"{i}: injection meta")
        else:
            if m["technique"] is not None or m["subtle"] is not None or not m["hard_negative"]:
                errs.append(f"{i}: benign meta")
        for p in SECRET_PATTERNS:
            if re.search(p, d["text"]): errs.append(f"{i}: secret-like string /{p}/")
        texts = [d["text"], d["task"]]
        for blob in re.findall(r"[A-Za-z0-9+/]{24,}={0,2}", d["text"]):
            try:
                texts.append(base64.b64decode(blob, validate=True).decode("utf-8"))
            except Exception:
                pass
        for t in texts:
            for h in URL_RE.findall(t) + MAIL_RE.findall(t) + BARE_RE.findall(t):
                if not host_ok(h): errs.append(f"{i}: non-reserved host {h}")
        if m["technique"] and "base64" in m["technique"]:
            if len(texts) <= 2: errs.append(f"{i}: base64 technique but no decodable base64")
    # duplicates and near-duplicates
    seen = {}
    for i, d in enumerate(docs, 1):
        if d["text"] in seen: errs.append(f"{i}: exact duplicate of {seen[d['text']]}")
        seen.setdefault(d["text"], i)
    sh = [shingles(d["text"]) for d in docs]
    for a in range(len(docs)):
        for b in range(a + 1, len(docs)):
            pa, pb = metas[a]["pair_id"], metas[b]["pair_id"]
            if pa and pa == pb: continue
            inter = len(sh[a] & sh[b])
            if not inter: continue
            j = inter / len(sh[a] | sh[b])
            if j > 0.45: errs.append(f"near-duplicate lines {a+1},{b+1} jaccard={j:.2f}")
    # pairs
    pairs = collections.defaultdict(list)
    for i, m in enumerate(metas):
        if m["pair_id"]: pairs[m["pair_id"]].append(i)
    for pid, idx in pairs.items():
        if len(idx) != 2: errs.append(f"pair {pid}: {len(idx)} members"); continue
        a, b = (docs[k] for k in idx)
        if {a["label"], b["label"]} != {"benign", "injection"}: errs.append(f"pair {pid}: labels")
        if a["format"] != b["format"] or a["lang"] != b["lang"] or a["task"] != b["task"]:
            errs.append(f"pair {pid}: format/lang/task differ")
        ops = [o for o in difflib.SequenceMatcher(None, a["text"], b["text"], autojunk=False).get_opcodes() if o[0] != "equal"]
        # merge regions separated by < 3 equal chars
        regions, last = 0, None
        for o in ops:
            if last is None or o[1] - last > 3: regions += 1
            last = o[2]
        if regions == 0 or regions > 2: errs.append(f"pair {pid}: {regions} changed regions")
    # summary
    c = collections.Counter(d["label"] for d in docs)
    non_en = sum(d["lang"] != "en" for d in docs) / len(docs)
    inj = [m for m in metas if m["label"] == "injection"]
    subtle = sum(m["subtle"] == "yes" for m in inj) / max(1, len(inj))
    mid = sum(600 <= len(d["text"]) <= 2000 for d in docs) / len(docs)
    print(f"docs={len(docs)} {dict(c)} pairs={len(pairs)} non_en={non_en:.2%} subtle={subtle:.2%} len600-2000={mid:.2%}")
    print("langs:", dict(collections.Counter(d["lang"] for d in docs).most_common()))
    print("formats:", len(set(d["format"] for d in docs)))
    if not (150 <= c["injection"] <= 190 and 150 <= c["benign"] <= 190): errs.append("label counts off")
    if not (0.30 <= non_en <= 0.42): errs.append(f"non-English share {non_en:.2%}")
    if not (0.5 <= subtle <= 0.7): errs.append(f"subtle share {subtle:.2%}")
    if mid < 0.5: errs.append("fewer than half of documents are 600-2000 chars")
    if len(pairs) < 28: errs.append("too few minimal pairs")
    if errs:
        print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
