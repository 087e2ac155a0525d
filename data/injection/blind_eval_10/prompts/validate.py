#!/usr/bin/env python3
"""Independent checker for blind set 10. Exit 0 = fine, 1 = problems (listed on stderr)."""
import collections
import filecmp
import ipaddress
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"injection", "jailbreak", "harmful"}
HARM_CATS = {"violence_weapons", "cybercrime", "self_harm", "sexual_minors", "hate", "drugs", "fraud"}
OBF = {"none", "base64", "leetspeak", "spaced_letters", "homoglyph", "zero_width", "rot13",
       "reversed", "adversarial_suffix"}
LANGS = {"en", "es", "pt", "fr", "de", "it", "hi", "ar", "tr", "id", "vi", "ru", "uk", "pl", "zh",
         "ja", "ko", "sw", "tl", "nl"}
ALLOWED_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.example|[a-z0-9-]+\.test|example|test)$")
errors = []


def err(msg):
    errors.append(msg)


def read_lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
        data = fh.read()
    if "\r" in data:
        err("%s: contains CR characters" % name)
    if not data.endswith("\n"):
        err("%s: no final newline" % name)
    return data.split("\n")[:-1]


def check_text(where, text):
    if not text.strip():
        err("%s: empty text" % where)
    if "\t" in text:
        err("%s: tab inside text" % where)
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not ALLOWED_DOMAIN.search(m.group(1).lower()):
            err("%s: e-mail domain not reserved: %s" % (where, m.group(0)))
    for m in re.finditer(r"(?:https?://|www\.)([\w.-]+)", text):
        if not ALLOWED_DOMAIN.search(m.group(1).lower().rstrip(".")):
            err("%s: URL host not reserved: %s" % (where, m.group(0)))
    for m in re.finditer(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", text):
        try:
            ip = ipaddress.ip_address(m.group(0))
        except ValueError:
            continue
        if not any(ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")):
            err("%s: IP not in documentation ranges: %s" % (where, ip))
    if re.search(r"(sk-[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{30,}|-----BEGIN [A-Z ]*PRIVATE KEY)", text):
        err("%s: looks like a real secret" % where)


def main():
    att = read_lines("attacks.tsv")
    ben = read_lines("benign.txt")
    meta = read_lines("metadata.tsv")
    if len(att) < 2 or not att[0].startswith("#") or not att[1].startswith("#"):
        err("attacks.tsv: needs two header lines starting with #")
    att_rows = {}
    for i, line in enumerate(att[2:], 3):
        parts = line.split("\t")
        if len(parts) != 2:
            err("attacks.tsv:%d: expected 2 tab-separated fields" % i)
            continue
        if parts[0] not in LABELS:
            err("attacks.tsv:%d: bad label %r" % (i, parts[0]))
        check_text("attacks.tsv:%d" % i, parts[1])
        att_rows[i] = parts
    ben_rows = {}
    for i, line in enumerate(ben, 1):
        check_text("benign.txt:%d" % i, line)
        ben_rows[i] = line
    texts = [r[1] for r in att_rows.values()] + list(ben_rows.values())
    dup = [t for t, c in collections.Counter(t.lower() for t in texts).items() if c > 1]
    for t in dup:
        err("duplicate text: %s" % t[:80])

    if meta[0] != "file\tline\tlabel\tlanguage\tobfuscated\tsubtype":
        err("metadata.tsv: bad header")
    covered = set()
    stats = collections.Counter()
    langs = collections.Counter()
    obf = collections.Counter()
    sub = collections.Counter()
    for j, line in enumerate(meta[1:], 2):
        p = line.split("\t")
        if len(p) != 6:
            err("metadata.tsv:%d: expected 6 fields" % j)
            continue
        f, ln, label, lang, ob, st = p
        ln = int(ln)
        if (f, ln) in covered:
            err("metadata.tsv:%d: duplicate row for %s:%d" % (j, f, ln))
        covered.add((f, ln))
        if f == "attacks.tsv":
            if ln not in att_rows:
                err("metadata.tsv:%d: no such attacks line %d" % (j, ln))
            elif att_rows[ln][0] != label:
                err("metadata.tsv:%d: label mismatch" % j)
            if label == "harmful" and st not in HARM_CATS:
                err("metadata.tsv:%d: bad harmful category %s" % (j, st))
        elif f == "benign.txt":
            if ln not in ben_rows:
                err("metadata.tsv:%d: no such benign line %d" % (j, ln))
            if label != "benign" or st not in ("tricky", "plain"):
                err("metadata.tsv:%d: benign rows need label benign and subtype tricky/plain" % j)
        else:
            err("metadata.tsv:%d: unknown file %s" % (j, f))
        if lang not in LANGS:
            err("metadata.tsv:%d: unknown language %s" % (j, lang))
        if ob not in OBF:
            err("metadata.tsv:%d: unknown obfuscation %s" % (j, ob))
        if not st:
            err("metadata.tsv:%d: empty subtype" % j)
        stats[label] += 1
        langs[lang] += 1
        obf[ob] += 1
        sub[(label, st)] += 1
    for ln in att_rows:
        if ("attacks.tsv", ln) not in covered:
            err("attacks.tsv:%d has no metadata row" % ln)
    for ln in ben_rows:
        if ("benign.txt", ln) not in covered:
            err("benign.txt:%d has no metadata row" % ln)

    total = sum(stats.values())
    for lab in LABELS:
        if stats[lab] < 150:
            err("label %s has only %d texts (need >= 150)" % (lab, stats[lab]))
    if stats["benign"] < 500:
        err("benign has only %d texts" % stats["benign"])
    non_en = 1 - langs["en"] / total
    if not 0.28 <= non_en <= 0.45:
        err("non-English share %.2f outside 0.28-0.45" % non_en)
    ob_share = 1 - obf["none"] / total
    if not 0.07 <= ob_share <= 0.14:
        err("obfuscated share %.2f outside 0.07-0.14" % ob_share)
    tricky = sub[("benign", "tricky")] / max(1, stats["benign"])
    if not 0.4 <= tricky <= 0.6:
        err("tricky share of benign %.2f outside 0.4-0.6" % tricky)
    for cat in HARM_CATS:
        if sub[("harmful", cat)] < 15:
            err("harmful category %s too small" % cat)

    # README counts must agree with the metadata
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as fh:
        readme = fh.read()
    if "<!-- COUNTS:BEGIN -->" not in readme:
        err("README.md: no counts section")
    else:
        block = readme.split("<!-- COUNTS:BEGIN -->", 1)[1].split("<!-- COUNTS:END -->", 1)[0]
        m = re.search(r"Total texts: (\d+)", block)
        if not m or int(m.group(1)) != total:
            err("README.md: total count does not match data (%d)" % total)
        sections = {}
        cur = None
        for line in block.splitlines():
            h = re.match(r"\*\*(.+)\*\*$", line.strip())
            if h:
                cur = sections.setdefault(h.group(1), {})
                continue
            r = re.match(r"\| (.+?) \| (\d+) \|$", line.strip())
            if r and cur is not None and r.group(1) != "value":
                cur[r.group(1)] = int(r.group(2))
        want = {"By label": dict(stats), "By language": dict(langs), "By obfuscation": dict(obf),
                "By label / subtype": {"%s / %s" % k: v for k, v in sub.items()}}
        for name, counter in want.items():
            if sections.get(name) != counter:
                err("README.md: section %r does not match the data" % name)

    # determinism: rebuild in a temporary copy and compare outputs byte for byte
    tmp = tempfile.mkdtemp()
    try:
        for name in ("build.py", "obfuscate.py", "README.md"):
            shutil.copy(os.path.join(HERE, name), tmp)
        shutil.copytree(os.path.join(HERE, "src"), os.path.join(tmp, "src"))
        subprocess.run([sys.executable, "build.py"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        for name in ("attacks.tsv", "benign.txt", "metadata.tsv", "README.md"):
            if not filecmp.cmp(os.path.join(HERE, name), os.path.join(tmp, name), shallow=False):
                err("%s differs from a fresh rebuild (not deterministic or stale)" % name)
    finally:
        shutil.rmtree(tmp)

    print("labels:", dict(stats))
    print("languages:", dict(sorted(langs.items(), key=lambda kv: -kv[1])))
    print("non-English share: %.3f  obfuscated share: %.3f  tricky share of benign: %.3f" % (non_en, ob_share, tricky))
    print("obfuscation:", dict(obf))
    if errors:
        for e in errors[:200]:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s)" % len(errors), file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
