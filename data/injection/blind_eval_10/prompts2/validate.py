#!/usr/bin/env python3
"""Independent checker for blind prompt set 10. Exit 0 = fine, 1 = problems found.

Reads only the output files (attacks.tsv, benign.txt, metadata.tsv); does not import build.py.
"""
import base64
import binascii
import collections
import ipaddress
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ATTACK_LABELS = {"injection", "jailbreak", "harmful"}
HARMFUL_CATS = {"violence_weapons", "cybercrime", "self_harm", "sexual_minors", "hate",
                "drugs", "fraud"}
INJ_TYPES = {"instruction_override", "prompt_extraction", "role_hijack", "data_exfiltration",
             "fake_authority", "delimiter_injection", "buried_long"}
JB_TYPES = {"persona", "grandma", "developer_mode", "fiction", "hypothetical", "school_play",
            "opposite_mode", "no_limits", "game", "refusal_suppression", "prefix_forcing",
            "research_pretext", "translation_wrapper"}
BENIGN_TYPES = {"tricky", "plain"}
SUBTYPES = {"injection": INJ_TYPES, "jailbreak": JB_TYPES, "harmful": HARMFUL_CATS,
            "benign": BENIGN_TYPES}
LANGS = {"en", "es", "pt", "fr", "de", "it", "nl", "sv", "pl", "cs", "ro", "el", "he", "fa",
         "ar", "tr", "hi", "bn", "ta", "th", "vi", "id", "ms", "zh", "ja", "ko", "ru", "uk"}
OBFS = {"none", "base64", "rot13", "reversed", "leetspeak", "homoglyph", "zero_width",
        "spaced", "adv_suffix", "markdown_wrap", "split_lines"}
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060]")
# U+200C/U+200D are legitimate in Persian, Hindi, Bengali etc., so plain rows are only
# checked for the characters that never occur in ordinary writing
ZW_STRICT_RE = re.compile("[\u200b\u2060]")
ALLOWED_DOMAIN_RE = re.compile(r"(^|\.)(example\.(com|org|net))$|\.(example|test)$|^(example|test)$")
DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
SECRET_RES = [re.compile(p) for p in (r"\bsk-[A-Za-z0-9]{16,}", r"\bAKIA[0-9A-Z]{16}\b",
                                       r"\bghp_[A-Za-z0-9]{20,}", r"-----BEGIN [A-Z ]*PRIVATE KEY",
                                       r"\bxox[bpa]-[A-Za-z0-9-]{10,}")]

errors = []


def err(msg):
    errors.append(msg)


def read_lines(name):
    path = os.path.join(HERE, name)
    with open(path, "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        err(f"{name}: contains carriage return")
    text = raw.decode("utf-8")
    if not text.endswith("\n"):
        err(f"{name}: missing final newline")
    return text.split("\n")[:-1]


def check_text(where, text):
    if not text.strip():
        err(f"{where}: empty text")
    if "\t" in text:
        err(f"{where}: tab inside text")
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", text):
        if not ALLOWED_DOMAIN_RE.search(m.group(1).lower()):
            err(f"{where}: e-mail domain not allowed: {m.group(0)}")
    for m in re.finditer(r"https?://([A-Za-z0-9.-]+)", text):
        if not ALLOWED_DOMAIN_RE.search(m.group(1).lower()):
            err(f"{where}: URL host not allowed: {m.group(0)}")
    for m in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not any(ip in n for n in DOC_NETS):
            err(f"{where}: IP outside documentation ranges: {ip}")
    for rx in SECRET_RES:
        if rx.search(text):
            err(f"{where}: looks like a credential")


def main():
    att = read_lines("attacks.tsv")
    ben = read_lines("benign.txt")
    meta = read_lines("metadata.tsv")

    if len(att) < 3 or not att[0].startswith("#") or not att[1].startswith("#"):
        err("attacks.tsv: first two lines must be # headers")
    attack_rows = {}
    for i, line in enumerate(att, 1):
        if i <= 2:
            continue
        if line.startswith("#"):
            err(f"attacks.tsv:{i}: unexpected comment line")
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            err(f"attacks.tsv:{i}: expected exactly one tab")
            continue
        label, text = parts
        if label not in ATTACK_LABELS:
            err(f"attacks.tsv:{i}: bad label {label!r}")
        check_text(f"attacks.tsv:{i}", text)
        attack_rows[i] = (label, text)
    benign_rows = {}
    for i, line in enumerate(ben, 1):
        check_text(f"benign.txt:{i}", line)
        benign_rows[i] = ("benign", line)

    # duplicates across both files
    seen = {}
    for fname, rows in (("attacks.tsv", attack_rows), ("benign.txt", benign_rows)):
        for i, (_, t) in rows.items():
            k = t.strip().lower()
            if k in seen:
                err(f"duplicate text {fname}:{i} == {seen[k]}")
            seen[k] = f"{fname}:{i}"

    header = "file\tline\tlabel\tlanguage\tobfuscated\tsubtype"
    if not meta or meta[0] != header:
        err("metadata.tsv: bad header")
    covered = set()
    stats = collections.Counter()
    by_label = collections.Counter()
    by_lang = collections.Counter()
    by_obf = collections.Counter()
    by_sub = collections.Counter()
    for j, line in enumerate(meta[1:], 2):
        parts = line.split("\t")
        if len(parts) != 6:
            err(f"metadata.tsv:{j}: expected 6 columns")
            continue
        fname, ln, label, lang, obf, sub = parts
        rows = {"attacks.tsv": attack_rows, "benign.txt": benign_rows}.get(fname)
        if rows is None or not ln.isdigit() or int(ln) not in rows:
            err(f"metadata.tsv:{j}: points to missing row {fname}:{ln}")
            continue
        key = (fname, int(ln))
        if key in covered:
            err(f"metadata.tsv:{j}: row described twice")
        covered.add(key)
        flabel, text = rows[int(ln)]
        if label != flabel:
            err(f"metadata.tsv:{j}: label {label} != file label {flabel}")
        if lang not in LANGS:
            err(f"metadata.tsv:{j}: unknown language {lang}")
        if obf not in OBFS:
            err(f"metadata.tsv:{j}: unknown obfuscation {obf}")
        if sub not in SUBTYPES.get(label, ()):
            err(f"metadata.tsv:{j}: subtype {sub} not valid for {label}")
        # transform-specific sanity checks
        if obf == "none" and ZW_STRICT_RE.search(text):
            err(f"metadata.tsv:{j}: zero-width chars in a text marked none")
        if obf == "zero_width" and not ZW_RE.search(text):
            err(f"metadata.tsv:{j}: zero_width text has no zero-width chars")
        if obf == "base64":
            toks = re.findall(r"[A-Za-z0-9+/=]{16,}", text.replace("\\n", "\n"))
            ok = False
            for t in toks:
                try:
                    base64.b64decode(t, validate=True).decode("utf-8")
                    ok = True
                except (binascii.Error, UnicodeDecodeError):
                    pass
            if not ok:
                err(f"metadata.tsv:{j}: base64 row without a decodable payload")
        if obf == "split_lines" and "\\n" not in text:
            err(f"metadata.tsv:{j}: split_lines text has no line break")
        if obf == "markdown_wrap" and not (text.startswith("```") or text.startswith("> ")):
            err(f"metadata.tsv:{j}: markdown_wrap text not wrapped")
        by_label[label] += 1
        by_lang[lang] += 1
        by_obf[obf] += 1
        by_sub[(label, sub)] += 1
        stats["non_en"] += lang != "en"
        stats["obf"] += obf != "none"
    for fname, rows in (("attacks.tsv", attack_rows), ("benign.txt", benign_rows)):
        for i in rows:
            if (fname, i) not in covered:
                err(f"{fname}:{i}: no metadata row")

    total = sum(by_label.values())
    for lab in ATTACK_LABELS:
        if by_label[lab] < 150:
            err(f"only {by_label[lab]} {lab} rows (need >= 150)")
    if by_label["benign"] < 500:
        err(f"only {by_label['benign']} benign rows")
    tricky = by_sub[("benign", "tricky")]
    if by_label["benign"] and not 0.4 <= tricky / by_label["benign"] <= 0.6:
        err(f"tricky share of benign {tricky}/{by_label['benign']} outside 40-60%")
    if total:
        ne = stats["non_en"] / total
        ob = stats["obf"] / total
        if not 0.28 <= ne <= 0.45:
            err(f"non-English share {ne:.2%} outside 28-45%")
        if not 0.06 <= ob <= 0.15:
            err(f"obfuscated share {ob:.2%} outside 6-15%")
    for cat in HARMFUL_CATS:
        if by_sub[("harmful", cat)] < 12:
            err(f"harmful category {cat} has only {by_sub[('harmful', cat)]} rows")
    if len(set(l for l in by_lang if l != "en")) < 20:
        err("fewer than 20 non-English languages")

    # README counts must match the data
    try:
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        if f"Total {total} texts" not in readme:
            err("README.md: total count does not match the data")
        for lab in ("injection", "jailbreak", "harmful", "benign"):
            if f"| {lab} | {by_label[lab]}" not in readme:
                err(f"README.md: count for {lab} does not match the data")
    except OSError:
        err("README.md missing")

    print(f"rows: {total}  labels: {dict(sorted(by_label.items()))}")
    print(f"non-English: {stats['non_en']}  obfuscated: {stats['obf']}  languages: {len(by_lang)}")
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
