#!/usr/bin/env bash
# Every injection score, category, encoding and span (scores at %.17g) over the development and
# evaluation sets (blind sets 1-9), for comparing two builds byte for byte (BENCHMARKS.md, issue 4, round 16).
#   usage: bench/injection_dump.sh CONVOGUARD OUT_DIR SPLIT_DIR HOSTILE_DIR
#   SPLIT_DIR: where scripts/train-injection --no-train --build DIR wrote injection/{train,test}.jsonl
#   HOSTILE_DIR: where bench/injection_hostile.py wrote its files
#   then: diff -r OUT_A OUT_B (or cmp each file)
set -euo pipefail
bin="$(realpath "$1")"; out="$(realpath -m "$2")"; split="$(realpath "$3")"; hostile="$(realpath "$4")"
mkdir -p "$out"
cd "$(dirname "$0")/.."
D=data/injection
E() { "$bin" eval-injection "$@" >/dev/null; }
E --test "$split/injection/test.jsonl" --test $D/documents_eval.jsonl --test $D/fresh_eval.jsonl \
  --benign $D/benign_eval.txt --benign $D/benign_foreign_eval.txt --benign $D/benign_foreign_heldout.txt \
  --attacks $D/attack_eval.tsv --dump "$out/dev.txt"
E --no-task --test "$split/injection/test.jsonl" --test $D/documents_eval.jsonl --test $D/fresh_eval.jsonl \
  --dump "$out/dev_notask.txt"
E --test $D/blind_eval/documents.jsonl --benign $D/blind_eval/benign.txt --attacks $D/blind_eval/attacks.tsv --dump "$out/b1.txt"
E --test $D/blind_eval_2/documents.jsonl --benign $D/blind_eval_2/benign.txt --attacks $D/blind_eval_2/attacks.tsv --dump "$out/b2.txt"
E --test $D/blind_eval_3/documents.jsonl --benign $D/blind_eval_3/benign.txt --attacks $D/blind_eval_3/attacks.tsv --dump "$out/b3.txt"
for n in 4 5 6; do
  E --test $D/blind_eval_$n/documents/documents.jsonl --benign $D/blind_eval_$n/prompts/benign.txt \
    --attacks $D/blind_eval_$n/prompts/attacks.tsv --dump "$out/b$n.txt"
done
for n in 7 8 9; do
  E --test $D/blind_eval_$n/documents/documents.jsonl --benign $D/blind_eval_$n/prompts/benign.txt \
    --attacks $D/blind_eval_$n/prompts/attacks.tsv --dump "$out/b$n.txt"
  if [ -d $D/blind_eval_$n/prompts2 ]; then
    E --test /dev/null --benign $D/blind_eval_$n/prompts2/benign.txt --attacks $D/blind_eval_$n/prompts2/attacks.tsv \
      --dump "$out/b${n}_2.txt"
  fi
done
E --test "$split/injection/train.jsonl" --dump "$out/train.txt"
E --test "$hostile/hostile.jsonl" --benign "$hostile/hostile_raw.txt" --dump "$out/hostile.txt"
E --threshold 0.3 --test "$hostile/hostile.jsonl" --dump "$out/hostile_t03.txt"
"$bin" scan --detectors injection --jsonl < "$split/injection/test.jsonl" > "$out/scan_test.txt" || true
"$bin" scan --detectors injection --jsonl < "$hostile/hostile.jsonl" > "$out/scan_hostile.txt" || true
