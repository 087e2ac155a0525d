#!/usr/bin/env bash
# End-to-end checks of `convoguard redact`: output, exit codes, key handling.
# Usage: redact_cli_test.sh PATH/TO/convoguard
set -uo pipefail
cg="$1"
source "$(dirname "$0")/../../tests/cli_test_lib.sh"

printf 'Mail jane.roe@example.com or jane.roe@example.com, card 4111 1111 1111 1111.\n' >"$tmp/in.txt"

expect_run replace 1 "$cg" redact "$tmp/in.txt"
grep -q '^Mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_1>, card <CREDIT_CARD_1>\.$' "$tmp/out" ||
  fail "replace output: $(cat "$tmp/out")"

expect_run mask 1 "$cg" redact "$tmp/in.txt" --operator CREDIT_CARD=mask:4,# --operator EMAIL_ADDRESS=redact
grep -q '^Mail \[REDACTED\] or \[REDACTED\], card ###############1111\.$' "$tmp/out" ||
  fail "mask output: $(cat "$tmp/out")"

printf 'nothing to see here\n' >"$tmp/clean.txt"
expect_run clean 0 "$cg" redact - <"$tmp/clean.txt"
cmp -s "$tmp/out" "$tmp/clean.txt" || fail "clean input was changed"

expect_run hash-needs-key 2 "$cg" redact "$tmp/in.txt" --default-operator hash
grep -q -- '--key-file' "$tmp/err" || fail "hash without key: no hint about --key-file"

printf 'not a key\n' >"$tmp/bad.key"
expect_run bad-key 2 "$cg" redact "$tmp/in.txt" --default-operator hash --key-file "$tmp/bad.key"
expect_run missing-key 2 "$cg" redact "$tmp/in.txt" --default-operator hash --key-file "$tmp/none.key"

(umask 077 && openssl rand -hex 32 >"$tmp/good.key")
expect_run hash 1 "$cg" redact "$tmp/in.txt" --default-operator hash:12 --key-file "$tmp/good.key"
grep -Eq '^Mail [0-9a-f]{12} or [0-9a-f]{12}, card [0-9a-f]{12}\.$' "$tmp/out" || fail "hash output: $(cat "$tmp/out")"
grep -q 'jane' "$tmp/out" && fail "hash output leaks the value"

expect_run vault-out 1 "$cg" redact "$tmp/in.txt" --key-file "$tmp/good.key" --vault-out "$tmp/vault.bin"
[ "$(stat -c %s "$tmp/vault.bin" 2>/dev/null || echo 0)" -gt 29 ] || fail "vault file missing or empty"
grep -q 'jane' "$tmp/vault.bin" && fail "vault file is not encrypted"

# Round trip: restore puts the originals back, only with the right key and scope.
"$cg" redact "$tmp/in.txt" --key-file "$tmp/good.key" --scope conv-1 --vault-out "$tmp/vault1.bin" >"$tmp/redacted.txt"
printf 'Answer: write to <EMAIL_ADDRESS_1>; <EMAIL_ADDRESS_9> is unknown.\n' >"$tmp/answer.txt"
expect_run restore 0 "$cg" restore "$tmp/answer.txt" --vault "$tmp/vault1.bin" --key-file "$tmp/good.key" --scope conv-1
grep -q '^Answer: write to jane.roe@example.com; <EMAIL_ADDRESS_9> is unknown\.$' "$tmp/out" ||
  fail "restore output: $(cat "$tmp/out")"
expect_run restore-roundtrip 0 "$cg" restore "$tmp/redacted.txt" --vault "$tmp/vault1.bin" --key-file "$tmp/good.key" --scope conv-1
cmp -s "$tmp/out" "$tmp/in.txt" || fail "redact then restore is not the identity"
expect_run restore-wrong-scope 2 "$cg" restore "$tmp/answer.txt" --vault "$tmp/vault1.bin" --key-file "$tmp/good.key" --scope conv-2
grep -q 'data_loss\|cannot be opened' "$tmp/err" || fail "wrong scope: unclear message: $(cat "$tmp/err")"
(umask 077 && openssl rand -hex 32 >"$tmp/other.key")
expect_run restore-wrong-key 2 "$cg" restore "$tmp/answer.txt" --vault "$tmp/vault1.bin" --key-file "$tmp/other.key" --scope conv-1

expect_run bad-operator 2 "$cg" redact "$tmp/in.txt" --operator CREDIT_CARD=shred
expect_run unknown-type 2 "$cg" redact "$tmp/in.txt" --operator NOT_A_TYPE=mask
expect_run unreadable 2 "$cg" redact "$tmp/does-not-exist.txt"

printf '{"text":"mail a.b@example.com now","id":7}\n{"text":"no data"}\n' >"$tmp/in.jsonl"
expect_run jsonl 1 "$cg" redact --jsonl "$tmp/in.jsonl"
grep -q '"anonymized_text":"mail <EMAIL_ADDRESS_1> now"' "$tmp/out" || fail "jsonl output: $(cat "$tmp/out")"
grep -q '"id":7' "$tmp/out" || fail "jsonl dropped a field"
[ "$(wc -l <"$tmp/out")" = 2 ] || fail "jsonl: want 2 lines"

# Large input streams through in 1 MiB chunks; values cut by chunk edges are still caught.
for i in $(seq 1 40000); do printf 'line %d mail user%d@example.com ok\n' "$i" "$((i % 97))"; done >"$tmp/big.txt"
expect_run large 1 "$cg" redact "$tmp/big.txt"
[ "$(grep -c '@example.com' "$tmp/out")" = 0 ] || fail "large input: an address survived"
[ "$(grep -c '^line [0-9]* mail <EMAIL_ADDRESS_[0-9]*> ok$' "$tmp/out")" = 40000 ] || fail "large input: wrong output"
[ "$(grep -o '<EMAIL_ADDRESS_[0-9]*>' "$tmp/out" | sort -u | wc -l)" = 97 ] || fail "large input: want 97 placeholders"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "redact CLI: all checks passed"
