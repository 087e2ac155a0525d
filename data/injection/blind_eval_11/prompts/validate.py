#!/usr/bin/env python3
"""Independent checker for blind set 11. Exit 0 = fine, 1 = problems found.

Reads only the output files (attacks.tsv, benign.txt, metadata.tsv, README.md) and,
as a determinism check, re-runs build.py into a temporary folder and compares bytes.
"""
import base64
import codecs
import ipaddress
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ATTACK_LABELS = {"injection", "jailbreak", "harmful"}
HARM_CATS = {"violence_weapons", "cybercrime", "self_harm", "sexual_minors", "hate", "drugs", "fraud"}
INJ_SUB = {"override", "prompt_extraction", "role_hijack", "exfiltration", "fake_authority",
           "delimiter_injection", "buried"}
JB_SUB = {"persona", "no_limits", "grandma", "dev_mode", "fiction", "hypothetical", "school_play",
          "opposite_mode", "game"}
OBF = {"none", "base64", "rot13", "reversed", "leetspeak", "spaced_letters", "homoglyph", "zero_width",
       "adversarial_suffix"}
ALLOWED_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.example|[a-z0-9-]+\.test|example|test)$", re.I)
problems = []


def err(msg):
    problems.append(msg)


def read_lines(name):
    with open(os.path.join(HERE, name), "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if "\r" in text:
        err(f"{name}: contains CR characters")
    if not text.endswith("\n"):
        err(f"{name}: no final newline")
    return text.split("\n")[:-1]


def check_text(where, t):
    if not t.strip():
        err(f"{where}: empty text")
    if "\t" in t:
        err(f"{where}: tab in text")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
        if not ALLOWED_DOMAIN.search(m.group(1)):
            err(f"{where}: e-mail domain not allowed: {m.group(0)}")
    for m in re.finditer(r"https?://([^/\s:]+)", t):
        if not ALLOWED_DOMAIN.search(m.group(1)):
            err(f"{where}: URL host not allowed: {m.group(0)}")
    for m in re.finditer(r"\b([a-z0-9-]+\.)+(com|org|net|io|gg|co|me|app|dev|xyz|ru|de|info)\b", t, re.I):
        host = m.group(0)
        if not ALLOWED_DOMAIN.search(host):
            err(f"{where}: domain not allowed: {host}")
    for m in re.finditer(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", t):
        try:
            ip = ipaddress.ip_address(m.group(0))
        except ValueError:
            continue
        if not any(ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")):
            err(f"{where}: IP not in documentation ranges: {ip}")
    if re.search(r"\b(sk-[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{30,})", t):
        err(f"{where}: looks like a real credential")


def main():
    att = read_lines("attacks.tsv")
    ben = read_lines("benign.txt")
    meta = read_lines("metadata.tsv")
    if len(att) < 3 or not att[0].startswith("#") or not att[1].startswith("#"):
        err("attacks.tsv: first two lines must start with #")
    if any(l.startswith("#") for l in att[2:]):
        err("attacks.tsv: '#' line after header")
    texts = {}
    att_labels = {}
    for i, line in enumerate(att[2:], 3):
        parts = line.split("\t")
        if len(parts) != 2:
            err(f"attacks.tsv:{i}: expected exactly 2 tab-separated fields")
            continue
        lab, t = parts
        if lab not in ATTACK_LABELS:
            err(f"attacks.tsv:{i}: bad label {lab!r}")
        att_labels[i] = lab
        texts[("attacks.tsv", i)] = t
        check_text(f"attacks.tsv:{i}", t)
    for i, t in enumerate(ben, 1):
        texts[("benign.txt", i)] = t
        check_text(f"benign.txt:{i}", t)
    # duplicates
    dup = [t for t, c in Counter(texts.values()).items() if c > 1]
    for t in dup:
        err(f"duplicate text: {t[:60]!r}")
    # metadata
    if not meta or meta[0] != "file\tline\tlabel\tlanguage\tobfuscated\tsubtype":
        err("metadata.tsv: bad header")
    seen = set()
    rows = []
    for j, line in enumerate(meta[1:], 2):
        p = line.split("\t")
        if len(p) != 6:
            err(f"metadata.tsv:{j}: expected 6 fields")
            continue
        fn, ln, lab, lang, obf, sub = p
        try:
            ln = int(ln)
        except ValueError:
            err(f"metadata.tsv:{j}: line not int")
            continue
        key = (fn, ln)
        if key in seen:
            err(f"metadata.tsv:{j}: duplicate row for {key}")
        seen.add(key)
        if key not in texts:
            err(f"metadata.tsv:{j}: no such text {key}")
            continue
        if fn == "attacks.tsv" and att_labels.get(ln) != lab:
            err(f"metadata.tsv:{j}: label mismatch with attacks.tsv")
        if fn == "benign.txt" and lab != "benign":
            err(f"metadata.tsv:{j}: benign file row with label {lab}")
        if obf not in OBF:
            err(f"metadata.tsv:{j}: bad obfuscation {obf}")
        if not re.fullmatch(r"[a-z]{2}(-[a-z]{2,4})?", lang):
            err(f"metadata.tsv:{j}: bad language tag {lang}")
        okset = {"harmful": HARM_CATS, "injection": INJ_SUB, "jailbreak": JB_SUB,
                 "benign": {"tricky", "plain"}}.get(lab, set())
        if sub not in okset:
            err(f"metadata.tsv:{j}: subtype {sub!r} not valid for {lab}")
        t = texts[key]
        # obfuscation sanity
        if obf == "base64":
            m = re.search(r"([A-Za-z0-9+/=]{16,})$", t)
            try:
                base64.b64decode(m.group(1), validate=True).decode("utf-8")
            except Exception:
                err(f"metadata.tsv:{j}: base64 payload does not decode")
        elif obf == "zero_width" and not re.search("[\u200b\u200c\u200d\u2060]", t):
            err(f"metadata.tsv:{j}: zero_width without zero-width chars")
        elif obf == "none" and re.search("[\u200b\u2060]", t):  # ZWNJ/ZWJ are legitimate in fa, hi, bn ...
            err(f"metadata.tsv:{j}: zero-width chars in non-obfuscated text")
        elif obf == "rot13" and not t.startswith("rot13: "):
            err(f"metadata.tsv:{j}: rot13 carrier missing")
        rows.append((fn, lab, lang, obf, sub))
    missing = set(texts) - seen
    if missing:
        err(f"metadata.tsv: {len(missing)} texts without a row, e.g. {sorted(missing)[:3]}")
    # balance
    lab_c = Counter(r[1] for r in rows)
    for l in ATTACK_LABELS:
        if lab_c[l] < 150:
            err(f"label {l}: only {lab_c[l]} (< 150)")
    if lab_c["benign"] < 500:
        err(f"benign: only {lab_c['benign']}")
    tricky = sum(1 for r in rows if r[1] == "benign" and r[4] == "tricky")
    if not 0.4 <= tricky / max(1, lab_c["benign"]) <= 0.6:
        err(f"benign tricky share {tricky}/{lab_c['benign']} not about half")
    cats = Counter(r[4] for r in rows if r[1] == "harmful")
    for c in HARM_CATS:
        if cats[c] < 10:
            err(f"harmful category {c}: only {cats[c]}")
    non_en = sum(1 for r in rows if r[2] != "en") / len(rows)
    if not 0.4 <= non_en <= 0.7:
        err(f"non-English share {non_en:.2f} out of range")
    obf = sum(1 for r in rows if r[3] != "none") / len(rows)
    if not 0.07 <= obf <= 0.13:
        err(f"obfuscated share {obf:.3f} out of range")
    langs = {r[2].split("-")[0] for r in rows}
    if len(langs) < 25:
        err(f"only {len(langs)} base languages")
    # README counts
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    for l, c in lab_c.items():
        if f"| {l} | {c} |" not in readme:
            err(f"README.md: count for {l} ({c}) not found")
    # determinism: rebuild and compare
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, os.path.join(HERE, "build.py"), "--out", td],
                       check=True, capture_output=True)
        for name in ("attacks.tsv", "benign.txt", "metadata.tsv", "README.md"):
            with open(os.path.join(td, name), "rb") as a, open(os.path.join(HERE, name), "rb") as b:
                if a.read() != b.read():
                    err(f"{name}: rebuild differs (not deterministic or stale)")
    if problems:
        for p in problems[:200]:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"OK: {len(rows)} texts; labels {dict(lab_c)}; non-English {non_en:.1%}; obfuscated {obf:.1%}; "
          f"{len(langs)} base languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
