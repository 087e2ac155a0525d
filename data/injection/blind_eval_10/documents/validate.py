#!/usr/bin/env python3
"""Independent checker for documents.jsonl. Exit 0 = fine, 1 = problems found (listed on stderr)."""
import collections, ipaddress, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "documents.jsonl")
KEYS = {"label", "task", "text", "kind", "format", "language", "pair", "subtle"}
LANGS = {"en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "tr", "ja", "zh", "ko", "ar", "hi", "id"}
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
TLDS = ("com|net|org|io|co|de|fr|es|it|nl|pl|ru|uk|jp|cn|kr|in|id|br|tr|info|biz|app|dev|ai|me|eu|us|ch|at|be|se|no|dk|fi|pt|gov|edu|xyz|online|site|shop")
HOST_RE = re.compile(r"(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:" + TLDS + r"|example|test)\b", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)", re.U)
URL_RE = re.compile(r"https?://([^/\s\"'<>)]+)", re.I)
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


def allowed_host(h):
    h = h.lower().rstrip(".").split(":")[0]
    if h in ("localhost",):
        return True
    if h.endswith(".example") or h.endswith(".test") or h in ("example", "test"):
        return True
    for d in ("example.com", "example.org", "example.net"):
        if h == d or h.endswith("." + d):
            return True
    try:
        ip = ipaddress.ip_address(h)
        return any(ip in n for n in NETS)
    except ValueError:
        return False


def main():
    errs = []
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: bad JSON {e}")
                continue
            recs.append((n, r))
    seen = {}
    for n, r in recs:
        if set(r) != KEYS:
            errs.append(f"line {n}: keys {sorted(r)}")
            continue
        if r["label"] not in ("injection", "benign"):
            errs.append(f"line {n}: label {r['label']}")
        if r["kind"] != "document":
            errs.append(f"line {n}: kind")
        if r["language"] not in LANGS:
            errs.append(f"line {n}: language {r['language']}")
        for k in ("task", "text", "format"):
            if not isinstance(r[k], str) or not r[k].strip():
                errs.append(f"line {n}: empty {k}")
        if not re.fullmatch(r"[a-z0-9_]+", r["format"]):
            errs.append(f"line {n}: format name {r['format']!r}")
        if r["label"] == "injection" and not isinstance(r["subtle"], bool):
            errs.append(f"line {n}: injection needs boolean subtle")
        if r["label"] == "benign" and r["subtle"] is not None:
            errs.append(f"line {n}: benign must have subtle null")
        if r["pair"] is not None and not isinstance(r["pair"], str):
            errs.append(f"line {n}: pair type")
        t = r["text"]
        if "{{INJ}}" in t or "+++" in t.split("\n"):
            errs.append(f"line {n}: leftover source marker")
        if not (80 <= len(t) <= 6000):
            errs.append(f"line {n}: text length {len(t)}")
        if t in seen:
            errs.append(f"line {n}: duplicate text of line {seen[t]}")
        seen[t] = n
        blob = r["task"] + "\n" + t
        hosts = set(EMAIL_RE.findall(blob)) | set(URL_RE.findall(blob)) | set(HOST_RE.findall(blob))
        for h in hosts:
            if not allowed_host(h):
                errs.append(f"line {n}: non-reserved host/domain {h!r}")
        for ip in IP4_RE.findall(blob):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in net for net in NETS):
                errs.append(f"line {n}: non-documentation IP {ip}")
        if re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{20,}|sk-[A-Za-z0-9]{20,}", blob):
            errs.append(f"line {n}: looks like a real secret")
    # pairs
    pairs = collections.defaultdict(list)
    for n, r in recs:
        if isinstance(r, dict) and r.get("pair"):
            pairs[r["pair"]].append(r)
    for p, rs in pairs.items():
        labs = sorted(x["label"] for x in rs)
        if labs != ["benign", "injection"]:
            errs.append(f"pair {p}: labels {labs}")
            continue
        b = next(x for x in rs if x["label"] == "benign")
        j = next(x for x in rs if x["label"] == "injection")
        for k in ("task", "format", "language"):
            if b[k] != j[k]:
                errs.append(f"pair {p}: {k} differs")
        if len(j["text"]) <= len(b["text"]):
            errs.append(f"pair {p}: injection copy not longer than benign copy")
        # benign copy = injection copy with one contiguous block removed (allow 2 chars of whitespace slack)
        bt, jt = b["text"], j["text"]
        pre = 0
        while pre < len(bt) and bt[pre] == jt[pre]:
            pre += 1
        suf = 0
        while suf < len(bt) - pre and bt[-1 - suf] == jt[-1 - suf]:
            suf += 1
        if pre + suf < len(bt) - 2:
            errs.append(f"pair {p}: copies are not the same document")
    # global balance
    good = [r for _, r in recs if isinstance(r, dict) and set(r) == KEYS]
    lab = collections.Counter(r["label"] for r in good)
    total = len(good)
    if total < 300:
        errs.append(f"only {total} records")
    if total and not (0.4 <= lab["injection"] / total <= 0.6):
        errs.append(f"label balance off: {dict(lab)}")
    inj = [r for r in good if r["label"] == "injection"]
    if inj and sum(r["subtle"] is True for r in inj) / len(inj) < 0.55:
        errs.append("fewer than 55% of injections are subtle")
    if total and sum(r["language"] != "en" for r in good) / total < 0.33:
        errs.append("fewer than 33% non-English")
    if len(pairs) < 25:
        errs.append(f"only {len(pairs)} minimal pairs")
    # README counts must match the data
    rd = os.path.join(HERE, "README.md")
    if not os.path.exists(rd):
        errs.append("README.md missing")
    else:
        txt = open(rd, encoding="utf-8").read()
        if f"total records: {total}" not in txt:
            errs.append("README total count does not match data")
        if f"injection {lab['injection']}, benign {lab['benign']}" not in txt:
            errs.append("README label counts do not match data")
    for e in errs:
        print(e, file=sys.stderr)
    print(f"checked {total} records, {len(pairs)} pairs: {'OK' if not errs else str(len(errs)) + ' problem(s)'}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
