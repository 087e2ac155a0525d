#!/usr/bin/env bash
# End-to-end checks of `convoguard keys`: create, list, revoke, exit codes,
# file permissions, and that `convoguard scan` finds a created key.
# Usage: keys_cli_test.sh PATH/TO/convoguard
set -uo pipefail
cg="$1"
source "$(dirname "$0")/../../tests/cli_test_lib.sh"
data="$tmp/data"
unset CONVOGUARD_DATA_DIR

expect_run create 0 "$cg" keys create --tenant acme --models gpt-4o,claude-3 --expires-in 30d --name "ci bot" \
  --rpm 60 --tpm 90000 --data-dir "$data"
key="$(sed -n 's/^api_key: //p' "$tmp/out")"
id="$(sed -n 's/^key_id:  //p' "$tmp/out")"
[[ "$key" =~ ^cgk_[0-9A-Za-z]{49}$ ]] || fail "create: no key in output: $(cat "$tmp/out")"
[[ "$id" =~ ^key_[0-9a-f]{16}$ ]] || fail "create: no id in output: $(cat "$tmp/out")"
grep -q 'cannot be shown again' "$tmp/err" || fail "create: no warning that the key is shown once"
[ "$(stat -c %a "$data")" = 700 ] || fail "data dir mode $(stat -c %a "$data"), want 700"
[ "$(stat -c %a "$data/api-keys.key")" = 600 ] || fail "pepper mode $(stat -c %a "$data/api-keys.key"), want 600"
[ "$(stat -c %a "$data/convoguard.db")" = 600 ] || fail "db mode $(stat -c %a "$data/convoguard.db"), want 600"
grep -q "${key:4:43}" "$data"/convoguard.db* && fail "the plaintext key is in the database"

# The environment variable names the data directory too.
expect_run create-env 0 env CONVOGUARD_DATA_DIR="$data" "$cg" keys create --tenant beta --expires 2099-01-01T00:00:00Z
id2="$(sed -n 's/^key_id:  //p' "$tmp/out")"
key2="$(sed -n 's/^api_key: //p' "$tmp/out")"

expect_run list 0 "$cg" keys list --data-dir "$data"
grep -q "^$id  *acme  *active .* 60  *90000  *gpt-4o,claude-3  *ci bot$" "$tmp/out" || fail "list: $(cat "$tmp/out")"
grep -q "^$id2  *beta  *active .*2099-01-01T00:00:00Z.* \* *$" "$tmp/out" || fail "list (second key): $(cat "$tmp/out")"
grep -q "cgk_" "$tmp/out" && fail "list prints a key"

expect_run list-json 0 "$cg" keys list --json --data-dir "$data"
python3 - "$tmp/out" "$id" <<'PY' || fail "list --json: $(cat "$tmp/out")"
import json, sys
keys = json.load(open(sys.argv[1]))
k = next(k for k in keys if k["id"] == sys.argv[2])
assert k["tenant"] == "acme" and k["status"] == "active" and k["allowed_models"] == ["gpt-4o", "claude-3"], k
assert k["label"] == "ci bot" and k["requests_per_minute"] == 60 and k["tokens_per_minute"] == 90000, k
assert k["revoked_at"] is None and k["expires_at"].endswith("Z"), k
assert not any(isinstance(v, str) and v.startswith("cgk_") for kk in keys for v in kk.values()), keys
PY

# A leaked key is found by `convoguard scan`; a mistyped one is not.
printf 'deploy with OPENAI_API_KEY=%s please\n' "$key" >"$tmp/leak.txt"
expect_run scan-finds 1 "$cg" scan "$tmp/leak.txt"
grep -q CONVOGUARD_API_KEY "$tmp/out" || fail "scan: key not found: $(cat "$tmp/out")"
last="${key: -1}"; [ "$last" = a ] && other=b || other=a
printf 'deploy with %s please\n' "${key%?}$other" >"$tmp/typo.txt"
expect_run scan-typo 0 "$cg" scan "$tmp/typo.txt"

expect_run revoke 0 "$cg" keys revoke "$id" --data-dir "$data"
expect_run list-revoked 0 "$cg" keys list --data-dir "$data"
grep -q "^$id  *acme  *revoked " "$tmp/out" || fail "list after revoke: $(cat "$tmp/out")"
expect_run revoke-again 0 "$cg" keys revoke "$id" --data-dir "$data"
expect_run revoke-unknown 2 "$cg" keys revoke key_0123456789abcdef --data-dir "$data"
grep -q 'no key with id' "$tmp/err" || fail "revoke unknown: unclear message: $(cat "$tmp/err")"
expect_run revoke-malformed 2 "$cg" keys revoke "$key2" --data-dir "$data"
grep -q "${key2:4:20}" "$tmp/err" && fail "revoke echoes a key given as an id"

# Bad usage.
expect_run no-tenant 2 "$cg" keys create --data-dir "$data"
expect_run bad-tenant 2 "$cg" keys create --tenant "two words" --data-dir "$data"
expect_run bad-expires 2 "$cg" keys create --tenant t --expires 2027-02-30T00:00:00Z --data-dir "$data"
expect_run past-expires 2 "$cg" keys create --tenant t --expires 2001-01-01T00:00:00Z --data-dir "$data"
expect_run bad-expires-in 2 "$cg" keys create --tenant t --expires-in 30x --data-dir "$data"
expect_run both-expiries 2 "$cg" keys create --tenant t --expires-in 1d --expires 2099-01-01T00:00:00Z --data-dir "$data"
expect_run no-subcommand 2 "$cg" keys
expect_run revoke-no-id 2 "$cg" keys revoke --data-dir "$data"

# A pepper file readable by others is refused; a garbage database is an error.
chmod 644 "$data/api-keys.key"
expect_run loose-pepper 2 "$cg" keys list --data-dir "$data"
grep -q 'chmod 600' "$tmp/err" || fail "loose pepper: no hint: $(cat "$tmp/err")"
chmod 600 "$data/api-keys.key"
mkdir -p "$tmp/bad" && chmod 700 "$tmp/bad"
head -c 8192 /dev/urandom >"$tmp/bad/convoguard.db"
expect_run garbage-db 2 "$cg" keys list --data-dir "$tmp/bad"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "keys CLI: all checks passed"
