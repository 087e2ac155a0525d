#!/usr/bin/env python3
"""100 prompts of 1,024 bytes for counting the injection guard's instructions per 1 KB prompt.

The benign prompts of the dev split (build/injection/test.jsonl, written by
scripts/train-injection; `--no-train` writes it without training), in file
order, joined by a space until a prompt reaches 1,024 bytes, then cut there at
a UTF-8 boundary.

  python3 bench/injection_p1k.py build/injection/test.jsonl /tmp/p1k.jsonl
  valgrind --tool=callgrind --callgrind-out-file=OUT --toggle-collect='*GuardImpl::Score(*' \\
      build/src/cli/convoguard eval-injection --test /tmp/p1k.jsonl
  python3 bench/cg_calls.py OUT 'GuardImpl::Score\\(' 'GuardImpl::Score\\('   # instructions per call
"""
import json
import sys


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    benign = [r["text"] for r in rows
              if r["label"] == "benign" and r.get("kind") != "document" and not r["source"].startswith("bipia")]
    out, cur = [], b""
    for t in benign:
        cur = cur + b" " + t.encode() if cur else t.encode()
        if len(cur) >= 1024:
            c = cur[:1024]
            while c and (c[-1] & 0xC0) == 0x80:  # continuation bytes of a cut character
                c = c[:-1]
            if c and c[-1] >= 0xC0:  # its lead byte
                c = c[:-1]
            out.append(c.decode())
            cur = b""
        if len(out) == 100:
            break
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        for t in out:
            f.write(json.dumps({"text": t, "label": "benign", "source": "p1k"}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
