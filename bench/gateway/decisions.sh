#!/usr/bin/env bash
# Decisions of one gateway build on a fixed corpus (decisions.py), for a
# before/after comparison of changes that must not change any:
#   bench/gateway/decisions.sh build/src/cli/convoguard > after.jsonl
#   bench/gateway/decisions.sh OLD/convoguard > before.jsonl; cmp before.jsonl after.jsonl
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cg="$(realpath "${1:-$root/build/src/cli/convoguard}")"
source "$here/lib.sh"
mock_port=$(free_port) gw_port=$(free_port)
"$cg" mock-llm --port $mock_port 2>/dev/null & pids+=($!)
key="$(CG_LOGGING=info write_gateway_config "$cg" $gw_port $mock_port "{threads: 1}")"
"$cg" serve --config cg.yaml 2>"$work/gw.log" & pids+=($!)
for _ in $(seq 1 120); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $gw_port), 1)" 2>/dev/null && break
  sleep 0.25
done
python3 "$here/decisions.py" 127.0.0.1 $gw_port "$key" "$work/gw.log" "$root"
