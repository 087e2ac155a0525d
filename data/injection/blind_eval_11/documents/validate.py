#!/usr/bin/env python3
"""Independent checker for documents.jsonl. Exit 0 = fine, 1 = problems found.

Checks: schema and field types, allowed values, pair consistency (each pair id has exactly one
benign and one injection with the same task/format/language), benign subtle is null, no duplicate
texts, length bounds, e-mail/URL domains restricted to example.com/.org/.net, *.example, *.test
(plus localhost), IPv4 literals restricted to documentation ranges, JSON validity of JSON formats,
ICS/vCard BEGIN-END balance, sequential SRT cues, README counts, and rough balance targets.
"""
import collections, ipaddress, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "documents.jsonl")
KEYS = ["label", "task", "text", "kind", "format", "language", "pair", "subtle"]
LANGS = set("en de fr es pt it nl pl ru tr ja zh ko ar hi id sv vi uk cs".split())
ALLOWED_NETS = [ipaddress.ip_network(n) for n in
                ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL = re.compile(r"\b(?:https?|ftp)://([A-Za-z0-9.\-]+|\[[0-9A-Fa-f:]+\])")
BARE_HOST = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:example|test|com|org|net|io|de|fr|jp|cn|ru|es|it|nl|pl))\b", re.I)
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


def domain_ok(host):
    host = host.lower().rstrip(".")
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
        return any(ip in net for net in ALLOWED_NETS)
    except ValueError:
        pass
    if host in ("localhost",):
        return True
    for base in ("example.com", "example.org", "example.net"):
        if host == base or host.endswith("." + base):
            return True
    return host.endswith(".example") or host.endswith(".test") or host in ("example", "test")


def main():
    global PATH
    if len(sys.argv) > 1:
        PATH = sys.argv[1]
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: invalid JSON: {e}")
    seen_text = {}
    pairs = collections.defaultdict(list)
    for n, r in rows:
        if list(r.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(r.keys())} != {KEYS}")
            continue
        if r["label"] not in ("injection", "benign"):
            errors.append(f"line {n}: bad label")
        if r["kind"] != "document":
            errors.append(f"line {n}: kind must be 'document'")
        for k in ("task", "text", "format", "language"):
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append(f"line {n}: empty {k}")
        if r["language"] not in LANGS:
            errors.append(f"line {n}: unexpected language {r['language']!r}")
        if not re.fullmatch(r"[a-z0-9_]+", r["format"]):
            errors.append(f"line {n}: format name should be snake_case: {r['format']!r}")
        if r["label"] == "benign" and r["subtle"] is not None:
            errors.append(f"line {n}: benign must have subtle=null")
        if r["label"] == "injection" and not isinstance(r["subtle"], bool):
            errors.append(f"line {n}: injection needs boolean subtle")
        if r["pair"] is not None:
            if not isinstance(r["pair"], str):
                errors.append(f"line {n}: pair must be string or null")
            else:
                pairs[r["pair"]].append(r)
        t = r["text"]
        if not (150 <= len(t) <= 6000):
            errors.append(f"line {n}: text length {len(t)} outside 150..6000")
        if "[[+" in t or "+]]" in t or "[[-" in t or "-]]" in t:
            errors.append(f"line {n}: leftover pair marker")
        if re.search(r"(?m)^(%%%|%#|TASK:)", t):
            errors.append(f"line {n}: source-format marker leaked into text")
        if t != t.strip():
            errors.append(f"line {n}: text has leading/trailing whitespace")
        if t in seen_text:
            errors.append(f"line {n}: duplicate text (also line {seen_text[t]})")
        seen_text[t] = n
        if r["format"] in ("json_tool_result", "json_api_response", "jupyter_notebook",
                           "package_manifest"):
            try:
                json.loads(t)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: {r['format']} text is not valid JSON: {e}")
        if r["format"] == "ics_calendar":
            for obj in ("VCALENDAR", "VEVENT"):
                if t.count("BEGIN:" + obj) != t.count("END:" + obj):
                    errors.append(f"line {n}: unbalanced BEGIN/END:{obj}")
        if r["format"] == "vcard" and t.count("BEGIN:VCARD") != t.count("END:VCARD"):
            errors.append(f"line {n}: unbalanced vCard")
        if r["format"] == "srt_subtitles":
            cues = [int(x) for x in re.findall(r"(?m)^(\d+)\n\d\d:\d\d:\d\d,\d{3} --> ", t)]
            if cues != list(range(1, len(cues) + 1)):
                errors.append(f"line {n}: SRT cue numbers not sequential: {cues}")
        blob = r["task"] + "\n" + t
        for m in EMAIL.finditer(blob):
            if not domain_ok(m.group(1)):
                errors.append(f"line {n}: e-mail domain not allowed: {m.group(0)}")
        for m in URL.finditer(blob):
            if not domain_ok(m.group(1)):
                errors.append(f"line {n}: URL host not allowed: {m.group(1)}")
        for m in BARE_HOST.finditer(blob):
            h = m.group(1)
            # skip file names such as app.js / config.py handled by TLD list; check only domain-like
            if not domain_ok(h) and not re.search(r"\.(py|js|ts|md|txt|csv|php|conf)$", h, re.I):
                errors.append(f"line {n}: host-like string not allowed: {h}")
        for m in IPV4.finditer(blob):
            s = m.group(1)
            try:
                ip = ipaddress.ip_address(s)
            except ValueError:
                continue  # version numbers such as 2.1.4.0 that are not IPs
            if not any(ip in net for net in ALLOWED_NETS):
                errors.append(f"line {n}: IP not in documentation range: {s}")
    for pid, members in pairs.items():
        labels = sorted(m["label"] for m in members)
        if labels != ["benign", "injection"]:
            errors.append(f"pair {pid}: expected one benign + one injection, got {labels}")
            continue
        a, b = members
        for k in ("task", "format", "language"):
            if a[k] != b[k]:
                errors.append(f"pair {pid}: {k} differs between members")
        if a["text"] == b["text"]:
            errors.append(f"pair {pid}: identical texts")
    # balance targets (loose)
    lab = collections.Counter(r["label"] for _, r in rows)
    inj = [r for _, r in rows if r["label"] == "injection"]
    total = len(rows)
    if total < 300:
        errors.append(f"only {total} documents (target ~340)")
    if inj and abs(lab["injection"] - lab["benign"]) > 0.1 * total:
        errors.append(f"label imbalance {dict(lab)}")
    if inj:
        frac_subtle = sum(r["subtle"] is True for r in inj) / len(inj)
        if not 0.5 <= frac_subtle <= 0.7:
            errors.append(f"subtle fraction {frac_subtle:.2f} outside 0.5..0.7")
    frac_non_en = sum(r["language"] != "en" for _, r in rows) / max(total, 1)
    if not 0.33 <= frac_non_en <= 0.6:
        errors.append(f"non-English fraction {frac_non_en:.2f} outside 0.33..0.6")
    if len(pairs) < 25:
        errors.append(f"only {len(pairs)} minimal pairs")
    # README counts must match the data
    try:
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
            readme = f.read()
    except OSError:
        readme = ""
        errors.append("README.md missing")
    if readme:
        n_sub = sum(1 for r in inj if r["subtle"])
        n_non = sum(r["language"] != "en" for _, r in rows)
        expect = (f"Total documents: {total}; minimal pairs: {len(pairs)}; non-English: {n_non}; "
                  f"injections subtle: {n_sub} / {len(inj)}.")
        if expect not in readme:
            errors.append("README counts line is stale (run build.py)")
        for name, cnt in list(lab.items()) + list(collections.Counter(
                r["format"] for _, r in rows).items()) + list(collections.Counter(
                r["language"] for _, r in rows).items()):
            if f"| {name} | {cnt} |" not in readme:
                errors.append(f"README table row missing or stale: {name} = {cnt}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {total} documents, {dict(lab)}, {len(pairs)} pairs, "
          f"subtle {sum(r['subtle'] is True for r in inj)}/{len(inj)}, non-English {frac_non_en:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
