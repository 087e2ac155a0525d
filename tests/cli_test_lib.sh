# Shared by the CLI end-to-end shell tests (source it after setting -uo pipefail):
#   $tmp           a fresh temporary directory, removed on exit
#   fail MSG       records a failure (the test ends with `exit $((failures > 0))`)
#   expect_run NAME WANT_RC CMD...   runs CMD, stdout to $tmp/out, stderr to $tmp/err
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_run() {
  local name="$1" want="$2"; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  [ "$rc" = "$want" ] || fail "$name: exit $rc, want $want; stderr: $(cat "$tmp/err")"
}
