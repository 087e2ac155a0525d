#!/usr/bin/env bash
# End-to-end checks of `convoguard config check|entities`: exit codes and messages.
# Usage: config_cli_test.sh PATH/TO/convoguard PATH/TO/examples/convoguard.yaml
set -uo pipefail
cg="$1"
example="$2"
source "$(dirname "$0")/../../tests/cli_test_lib.sh"

OPENAI_API_KEY=sk-fake-for-tests expect_run example 0 "$cg" config check "$example"
grep -q ': ok (' "$tmp/out" || fail "example: $(cat "$tmp/out")"

# The example names its key by environment variable; without it, a positioned error.
env -u OPENAI_API_KEY "$cg" config check "$example" >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "missing key: want exit 2"
grep -qE 'convoguard.yaml:[0-9]+:[0-9]+: upstreams.openai.api_key_env: environment variable OPENAI_API_KEY is not set' "$tmp/err" ||
  fail "missing key message: $(cat "$tmp/err")"

printf 'limits:\n  max_mesages: 3\n' >"$tmp/typo.yaml"
expect_run typo 2 "$cg" config check "$tmp/typo.yaml"
grep -qF "$tmp/typo.yaml:2:3: limits.max_mesages: unknown field (did you mean max_messages?)" "$tmp/err" ||
  fail "typo message: $(cat "$tmp/err")"

expect_run missing 2 "$cg" config check "$tmp/none.yaml"
grep -q 'no such config file' "$tmp/err" || fail "missing file: $(cat "$tmp/err")"

expect_run entities 0 "$cg" config entities
grep -qP '^AWS_ACCESS_KEY_ID\tsecrets$' "$tmp/out" || fail "entities: no AWS_ACCESS_KEY_ID line"
grep -qP '^EMAIL_ADDRESS\tpii$' "$tmp/out" || fail "entities: no EMAIL_ADDRESS line"

[ "$failures" = 0 ] && echo "config_cli_test: all passed"
exit "$((failures > 0))"
