#!/usr/bin/env bash
# System calls per request in the gateway (counts, not times: they do not
# depend on the machine's load). Starts the mock and `convoguard serve` (one
# I/O thread, the full default policy, an API key), sends 20 warm-up
# requests, then attaches `strace -c -f` and sends N more over one keep-alive
# connection (drive.py), and prints each call's count per request.
#   usage: bench/gateway/syscalls.sh [build/src/cli/convoguard] [N] [stream]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cg="$(realpath "${1:-$here/../../build/src/cli/convoguard}")"
n="${2:-500}"
mode="${3:-}"
source "$here/lib.sh"
mock_port=$(free_port) gw_port=$(free_port)
"$cg" mock-llm --port $mock_port 2>/dev/null & pids+=($!)
key="$(write_gateway_config "$cg" $gw_port $mock_port "{threads: 1}")"
"$cg" serve --config cg.yaml 2>"$work/gw.log" &
gw_pid=$!; pids+=($gw_pid)
wait_for_port $gw_port
kill -0 $gw_pid 2>/dev/null || { echo "the gateway did not start" >&2; exit 1; }
python3 "$here/drive.py" 127.0.0.1 $gw_port "$key" 20 $mode >/dev/null   # warm-up
strace -c -f -p $gw_pid -o "$work/strace.txt" 2>/dev/null & st_pid=$!
sleep 1   # strace attached
python3 "$here/drive.py" 127.0.0.1 $gw_port "$key" "$n" $mode >/dev/null
sleep 0.5
kill -INT $st_pid; wait $st_pid 2>/dev/null || true
echo "== system calls per request ($n requests after 20 warm-up ones, all threads)"
awk -v n="$n" '$1 ~ /^[0-9.]+$/ && NF >= 5 { calls = $4; name = $NF; printf "%8.2f  %s\n", calls / n, name }' "$work/strace.txt" | sort -rn
