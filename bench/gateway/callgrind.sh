#!/usr/bin/env bash
# Instructions per request in the gateway, network included, with callgrind
# (wall-clock is unreliable on a shared machine; instruction counts are not).
# Starts the mock upstream, then `convoguard serve` (one I/O thread, the full
# default policy, an API key) under callgrind, sends N requests with unique
# ~1 KB prompts over one keep-alive connection (drive.py), stops the gateway
# and prints the per-request inclusive cost of the main functions.
#   usage: bench/gateway/callgrind.sh [build/src/cli/convoguard] [N] [stream]
#   CG_OUT=path keeps the callgrind output file.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cg="$(realpath "${1:-$here/../../build/src/cli/convoguard}")"
n="${2:-300}"
mode="${3:-}"
source "$here/lib.sh"
mock_port=$(free_port) gw_port=$(free_port)
"$cg" mock-llm --port $mock_port 2>/dev/null & pids+=($!)
key="$(write_gateway_config "$cg" $gw_port $mock_port "{threads: 1}")"
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$cg" serve --config cg.yaml 2>"$work/vg.log" &
gw_pid=$!; pids+=($gw_pid)
wait_for_port $gw_port
kill -0 $gw_pid 2>/dev/null || { echo "the gateway did not start" >&2; exit 1; }
python3 "$here/drive.py" 127.0.0.1 $gw_port "$key" 20 $mode >/dev/null   # warm-up
callgrind_control -z $gw_pid >/dev/null   # start-up and warm-up are not counted
python3 "$here/drive.py" 127.0.0.1 $gw_port "$key" "$n" $mode
kill -TERM $gw_pid; wait $gw_pid || true
total=$n
[ -n "${CG_OUT:-}" ] && cp "$work/cg.out" "$CG_OUT"
echo "== inclusive instructions per request ($total requests after 20 warm-up ones; shutdown included)"
callgrind_annotate --inclusive=yes --threshold=100 "$work/cg.out" 2>/dev/null \
  | awk -v n=$total -v pat="${CG_FUNCS:-GatewayImpl::Route|GatewayImpl::Handle|GuardRequest|GuardResponse|StreamGuard::Feed|InjectionGuard|Analyzer.*Scan\\(|LeakScanner|nlohmann.*(parse|dump)|^ *[0-9,]+ .*(malloc|free|operator new|operator delete)[ (]|PROGRAM TOTALS}" '
    { line=$0; c=$1; gsub(",", "", c) }
    c ~ /^[0-9]+$/ && line ~ pat { sub(/^ *[0-9,]+ +(\([^)]*\) +)?/, "", line); printf "%10.0f  %s\n", c / n, substr(line, 1, 150) }' \
  | head -${CG_LINES:-40}
