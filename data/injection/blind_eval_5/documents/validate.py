"""Validate documents.jsonl + documents_meta.jsonl.  Exit code 0 = clean."""
import base64
import collections
import hashlib
import json
import re
import sys

from common import zw_decode, tag_decode

ERR = []
WARN = []


def err(msg):
    ERR.append(msg)


KEYS = {"label", "task", "text", "kind", "source"}
META_KEYS = {"id", "line", "label", "format", "lang", "technique", "subtle", "goal", "pair", "file", "text_sha256"}
ALLOWED_HOSTS = {"pypi.org", "pytest.mark.mqtt", "schema.org", "www.w3.org", "example.com", "localhost", "api.example.com", "staging.api.example.com"}
HOST_RE = re.compile(r"(?:https?://|@)([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def read_jsonl(path):
    raw = open(path, "rb").read()
    try:
        txt = raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        err(f"{path}: invalid UTF-8: {e}")
        return []
    out = []
    for n, line in enumerate(txt.split("\n"), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{path}:{n}: bad JSON: {e}")
    return out


def main():
    docs = read_jsonl("documents.jsonl")
    metas = read_jsonl("documents_meta.jsonl")
    if len(docs) != len(metas):
        err(f"doc/meta count mismatch {len(docs)} vs {len(metas)}")

    labels = collections.Counter()
    seen_text, seen_norm = {}, {}
    for i, d in enumerate(docs, 1):
        if set(d) != KEYS:
            err(f"doc {i}: keys {sorted(d)}")
            continue
        if d["label"] not in ("injection", "benign"):
            err(f"doc {i}: bad label {d['label']!r}")
        labels[d["label"]] += 1
        if d["kind"] != "document":
            err(f"doc {i}: kind {d['kind']!r}")
        if d["source"] != "blind-eval-5":
            err(f"doc {i}: source {d['source']!r}")
        for k in ("task", "text"):
            if not isinstance(d[k], str) or not d[k].strip():
                err(f"doc {i}: empty {k}")
        t = d["text"]
        if "\r" in t:
            err(f"doc {i}: carriage return in text")
        nl = len(t.split("\n"))
        if not 3 <= nl <= 60:
            err(f"doc {i}: {nl} lines (need 3-60)")
        if "{{X}}" in t:
            err(f"doc {i}: unfilled template slot")
        if any(0xD800 <= ord(c) <= 0xDFFF for c in t + d["task"]):
            err(f"doc {i}: lone surrogate")
        try:
            t.encode("utf-8")
        except UnicodeEncodeError:
            err(f"doc {i}: text not encodable as UTF-8")
        if t in seen_text:
            err(f"doc {i}: duplicate text of doc {seen_text[t]}")
        seen_text.setdefault(t, i)
        norm = re.sub(r"\s+", " ", t).strip().lower()
        if norm in seen_norm:
            err(f"doc {i}: near-duplicate (whitespace/case) of doc {seen_norm[norm]}")
        seen_norm.setdefault(norm, i)
        for h in HOST_RE.findall(t):
            h = h.lower().rstrip(".")
            if not (h.endswith(".example") or h in ALLOWED_HOSTS):
                err(f"doc {i}: non-fake host {h!r}")

    if labels["injection"] != 130 or labels["benign"] != 130:
        err(f"label counts {dict(labels)} (need 130/130)")

    # meta checks
    fmt, lang, subtle, enc, pairs = collections.Counter(), collections.Counter(), collections.Counter(), 0, collections.defaultdict(set)
    for i, (d, m) in enumerate(zip(docs, metas), 1):
        if set(m) != META_KEYS:
            err(f"meta {i}: keys {sorted(m)}")
            continue
        if m["line"] != i or m["label"] != d.get("label"):
            err(f"meta {i}: line/label mismatch")
        if m["text_sha256"] != hashlib.sha256(d["text"].encode("utf-8")).hexdigest():
            err(f"meta {i}: sha mismatch")
        for k in ("format", "lang", "technique"):
            if not isinstance(m[k], str) or not m[k]:
                err(f"meta {i}: empty {k}")
        if m["subtle"] not in ("yes", "no"):
            err(f"meta {i}: subtle {m['subtle']!r}")
        if m["label"] == "benign" and m["subtle"] != "no":
            err(f"meta {i}: benign marked subtle")
        fmt[m["format"]] += 1
        lang[m["lang"] != "en"] += 1
        if m["label"] == "injection":
            subtle[m["subtle"]] += 1
            if m["goal"] in ("none", None):
                err(f"meta {i}: injection without goal")
        if m["pair"]:
            pairs[m["pair"]].add(m["label"])
        t = d["text"]
        tech = m["technique"]
        # encoded payloads must really decode to something addressed to an AI
        if m["label"] == "injection" and ("base64" in tech or "zero-width" in tech or "unicode-tags" in tech):
            enc += 1
            if "base64" in tech:
                dec = ""
                for tok in re.findall(r"[A-Za-z0-9+/]{40,}={0,2}", t):
                    try:
                        dec += base64.b64decode(tok).decode("utf-8")
                    except Exception:
                        pass
            elif "zero-width" in tech:
                dec = zw_decode(t)
            else:
                dec = tag_decode(t)
            if not re.search(r"assistant|agent|AI|KI|summari|review|print|rate", dec, re.I):
                err(f"doc {i}: encoded payload does not decode to an instruction: {dec[:60]!r}")
        if m["label"] == "benign" and ("zero-width" in tech or "unicode-tags" in tech):
            err(f"doc {i}: benign labelled with an encoding technique")

    bad_pairs = [p for p, s in pairs.items() if s != {"injection", "benign"}]
    if bad_pairs:
        err(f"incomplete pairs: {bad_pairs}")
    # counts that are targets, not hard rules
    n = len(docs) or 1
    nonen = lang[True] / n
    sub = subtle["yes"] / max(1, sum(subtle.values()))
    if not 0.27 <= nonen <= 0.40:
        WARN.append(f"non-English share {nonen:.0%}")
    if not 0.30 <= sub <= 0.75:
        WARN.append(f"subtle share {sub:.0%}")
    if not 8 <= enc <= 14:
        WARN.append(f"encoded injections {enc}")
    if len(pairs) < 25:
        WARN.append(f"only {len(pairs)} minimal pairs")

    print(f"documents: {len(docs)}  labels: {dict(labels)}")
    print(f"non-English (incl. mixed): {lang[True]} ({nonen:.0%})")
    print(f"injections subtle=yes: {subtle['yes']} ({sub:.0%}); encoded: {enc}; minimal pairs: {len(pairs)}")
    print(f"distinct formats: {len(fmt)}")
    for w in WARN:
        print("WARN:", w)
    for e in ERR:
        print("ERROR:", e)
    print("CLEAN" if not ERR else f"{len(ERR)} ERRORS")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
