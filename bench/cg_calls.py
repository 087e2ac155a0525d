#!/usr/bin/env python3
"""Per-call instruction counts from a callgrind output file.

For every function whose name matches one of the patterns: the calls to it
from other functions, and the instructions spent inside those calls (its
inclusive cost, recursion counted once), divided by the number of calls of
an entry function (e.g. a request handler), so the figures read "per request".
usage: cg_calls.py CALLGRIND.OUT ENTRY_REGEX [PATTERN_REGEX ...]"""
import re, sys
from collections import defaultdict

path, entry = sys.argv[1], re.compile(sys.argv[2])
patterns = [re.compile(p) for p in sys.argv[3:]]
names, calls, incl = {}, defaultdict(int), defaultdict(int)
total = 0
fn = cfn = None
pending = 0

def name(ref):
    m = re.match(r"\((\d+)\)(?: (.*))?", ref)
    if not m:
        return ref
    if m.group(2):
        names[m.group(1)] = m.group(2)
    return names.get(m.group(1), ref)

with open(path, errors="replace") as f:
    for line in f:
        line = line.rstrip("\n")
        if line.startswith("fn="):
            fn = name(line[3:])
        elif line.startswith("cfn="):
            cfn = name(line[4:])
        elif line.startswith("calls="):
            pending = int(line[6:].split()[0])
        elif line.startswith("summary:") or line.startswith("totals:"):
            total = int(line.split()[1])
        elif line and (line[0].isdigit() or line[0] in "+-*"):
            cost = int(line.split()[-1]) if len(line.split()) > 1 else 0
            if pending:
                if cfn != fn:
                    calls[cfn] += pending
                    incl[cfn] += cost
                pending = 0
        elif line.startswith(("fl=", "fi=", "fe=", "ob=", "cob=", "cfi=", "cfl=")):
            m = re.match(r"(\w+)=\((\d+)\)(?: (.*))?", line)
            # file and object names share no table with functions; nothing to keep
entries = sum(c for n, c in calls.items() if entry.search(n))
if entries == 0:
    sys.exit("no calls of " + sys.argv[2])
print("%d calls of the entry; program total %.0f per entry" % (entries, total / entries))
rows = []
for n in calls:
    if any(p.search(n) for p in patterns):
        rows.append((incl[n] / entries, calls[n] / entries, n))
for cost, per, n in sorted(rows, reverse=True)[:40]:
    short = re.sub(r"\(anonymous namespace\)", "(anon)", n)
    short = re.sub(r"std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >", "string", short)
    short = re.sub(r"nlohmann::json_abi_v3_11_2::basic_json<std::map, std::vector, string, bool, long, unsigned long, "
                   r"double, std::allocator, nlohmann::json_abi_v3_11_2::adl_serializer, std::vector<unsigned char, "
                   r"std::allocator<unsigned char> > >", "json", short)
    print("%10.0f  %6.2fx  %s" % (cost, per, short[:130]))
