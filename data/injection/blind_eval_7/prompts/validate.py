#!/usr/bin/env python3
"""Validate attacks.tsv, benign.txt and metadata.tsv. Exit status 1 on any error.

Checks: UTF-8 without BOM, LF line endings, final newline; attacks.tsv header comments (at most 2, at top)
and `label<TAB>text` rows with known labels; benign.txt has no blank/comment lines; no tabs inside text;
control/format characters only in rows marked obfuscated; exact and normalised duplicates
(NFKC + casefold + zero-width stripped + alphanumerics only) within and across both files;
metadata.tsv has exactly one matching row per data row. Also prints near-duplicate warnings and summary counts.
"""
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATTACK_LABELS = {"injection", "jailbreak", "harmful"}
LANGS = {"en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "tr", "ar", "hi", "id", "ja", "zh", "ko", "vi", "mixed"}
ZW = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e", "\u00ad"}
BANNED_NAMES = [r"\bDAN\b", r"\bAIM\b", r"\bSTAN\b", r"\bDUDE\b", r"developer mode", r"\bAntiGPT\b", r"\bBetterDAN\b"]
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def read_lines(name):
    raw = (HERE / name).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has BOM")
    if b"\r" in raw:
        err(f"{name}: contains CR characters")
    if not raw.endswith(b"\n"):
        err(f"{name}: no final newline")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def norm(s):
    s = "".join(ch for ch in s if ch not in ZW)
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(ch for ch in s if ch.isalnum())


def bad_chars(s):
    return [f"U+{ord(ch):04X}" for ch in s if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp")]


def main():
    rows = {}  # (file, line) -> (label, text)
    # attacks.tsv
    lines = read_lines("attacks.tsv")
    n_comments, seen_data = 0, False
    for i, line in enumerate(lines, 1):
        if line.startswith("#"):
            n_comments += 1
            if seen_data:
                err(f"attacks.tsv:{i}: comment line after data")
            continue
        seen_data = True
        if not line.strip():
            err(f"attacks.tsv:{i}: blank line")
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            err(f"attacks.tsv:{i}: expected exactly one tab, got {len(parts) - 1}")
            continue
        label, text = parts
        if label not in ATTACK_LABELS:
            err(f"attacks.tsv:{i}: unknown label {label!r}")
        if not text.strip() or text != text.strip():
            err(f"attacks.tsv:{i}: empty text or surrounding whitespace")
        rows[("attacks.tsv", i)] = (label, text)
    if n_comments > 2:
        err(f"attacks.tsv: {n_comments} comment lines (max 2)")
    # benign.txt
    for i, line in enumerate(read_lines("benign.txt"), 1):
        if not line.strip():
            err(f"benign.txt:{i}: blank line")
            continue
        if line.startswith("#"):
            err(f"benign.txt:{i}: comment line not allowed")
        if "\t" in line:
            err(f"benign.txt:{i}: tab inside text")
        if line != line.strip():
            err(f"benign.txt:{i}: surrounding whitespace")
        rows[("benign.txt", i)] = ("benign", line)

    # metadata.tsv
    meta = {}
    mlines = read_lines("metadata.tsv")
    if not mlines or mlines[0] != "file\tline\tlabel\tlanguage\tobfuscated\tsubtype":
        err("metadata.tsv: missing or wrong header")
    for j, line in enumerate(mlines[1:], 2):
        parts = line.split("\t")
        if len(parts) != 6:
            err(f"metadata.tsv:{j}: expected 6 columns")
            continue
        f, ln, label, lang, obf, subtype = parts
        key = (f, int(ln)) if ln.isdigit() else (f, -1)
        if key in meta:
            err(f"metadata.tsv:{j}: duplicate entry for {f}:{ln}")
        meta[key] = (label, lang, obf, subtype)
        if key not in rows:
            err(f"metadata.tsv:{j}: points to no data row ({f}:{ln})")
            continue
        if rows[key][0] != label:
            err(f"metadata.tsv:{j}: label {label} != data label {rows[key][0]}")
        if lang not in LANGS:
            err(f"metadata.tsv:{j}: unknown language {lang!r}")
        if obf not in ("yes", "no"):
            err(f"metadata.tsv:{j}: obfuscated must be yes/no")
        if label == "benign":
            if obf != "no":
                err(f"metadata.tsv:{j}: benign row marked obfuscated")
            if not re.fullmatch(r"benign_(ordinary|tricky):[a-z0-9_]+", subtype):
                err(f"metadata.tsv:{j}: bad benign subtype {subtype!r}")
        else:
            if obf == "yes" and not re.fullmatch(r"obf_[a-z0-9]+(_[a-z0-9]+)*(:[a-z0-9_]+)?", subtype):
                err(f"metadata.tsv:{j}: obfuscated row needs obf_<technique> subtype, got {subtype!r}")
            if obf == "no" and (subtype.startswith("obf_") or not re.fullmatch(r"[a-z0-9_]+", subtype)):
                err(f"metadata.tsv:{j}: bad attack subtype {subtype!r}")
    for key in rows:
        if key not in meta:
            err(f"{key[0]}:{key[1]}: no metadata row")

    # characters
    for key, (label, text) in rows.items():
        bc = bad_chars(text)
        obf = meta.get(key, (None, None, "no", None))[2]
        if bc and obf != "yes":
            err(f"{key[0]}:{key[1]}: control/format characters {sorted(set(bc))} in non-obfuscated row")
        if label in ATTACK_LABELS:
            for pat in BANNED_NAMES:
                if re.search(pat, text, flags=0 if pat.startswith(r"\b") and pat[2:-2].isupper() else re.I):
                    err(f"{key[0]}:{key[1]}: uses a well-known published jailbreak name ({pat})")

    # duplicates
    exact, normd = defaultdict(list), defaultdict(list)
    for key, (label, text) in rows.items():
        exact[text].append(key)
        n = norm(text)
        if not n:
            err(f"{key[0]}:{key[1]}: normalises to empty string")
        normd[n].append(key)
    for t, ks in exact.items():
        if len(ks) > 1:
            err(f"exact duplicate: {ks}")
    for n, ks in normd.items():
        if len(ks) > 1 and len(exact[rows[ks[0]][1]]) < len(ks):
            err(f"normalised duplicate: {ks}")
    # near-duplicate warnings (word-set Jaccard)
    items = [(k, set(re.findall(r"\w+", unicodedata.normalize("NFKC", t).casefold()))) for k, (l, t) in rows.items()]
    for a in range(len(items)):
        ka, sa = items[a]
        if len(sa) < 5:
            continue
        for b in range(a + 1, len(items)):
            kb, sb = items[b]
            if len(sb) < 5:
                continue
            jac = len(sa & sb) / len(sa | sb)
            if jac >= 0.8:
                warnings.append(f"near-duplicate ({jac:.2f}): {ka} ~ {kb}")

    # summary
    by_label = Counter(v[0] for v in meta.values())
    print("rows per label:", dict(sorted(by_label.items())))
    for grp, pred in (("attacks", lambda l: l != "benign"), ("benign", lambda l: l == "benign")):
        vals = [v for v in meta.values() if pred(v[0])]
        if not vals:
            continue
        non_en = sum(v[1] != "en" for v in vals)
        obf = sum(v[2] == "yes" for v in vals)
        print(f"{grp}: n={len(vals)} non-English={non_en} ({non_en / len(vals):.1%}) obfuscated={obf} ({obf / len(vals):.1%})")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
