#!/usr/bin/env bash
# Gateway CPU time per request, two builds side by side on one mock, in
# alternating rounds (a loaded machine moves wall-clock figures far more
# than it moves the CPU time a process spends on a fixed piece of work):
# each round sends N requests (drive.py: one keep-alive connection, unique
# ~1 KB prompts; `stream` for streamed answers) to each gateway and divides
# the utime + stime it used meanwhile (/proc/PID/stat) by N.
#   usage: bench/gateway/cpu_per_request.sh OLD/convoguard NEW/convoguard [N] [ROUNDS] [stream]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
old="$(realpath "$1")" new="$(realpath "$2")"
n="${3:-300}" rounds="${4:-3}" mode="${5:-}"
source "$here/lib.sh"
mock_port=$(free_port) old_port=$(free_port) new_port=$(free_port)
"$old" mock-llm --port $mock_port 2>/dev/null & pids+=($!)
declare -A gw_pid gw_key
for which in old new; do
  bin="${!which}"; port_var="${which}_port"; port="${!port_var}"
  mkdir -p "$work/$which" && cd "$work/$which"
  work_saved="$work"; work="$work/$which"
  gw_key[$which]="$(write_gateway_config "$bin" "$port" $mock_port "{threads: 1}")"
  work="$work_saved"
  "$bin" serve --config cg.yaml 2>/dev/null & gw_pid[$which]=$!; pids+=($!)
  cd "$work"
done
for port in $old_port $new_port; do
  for _ in $(seq 1 120); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
    sleep 0.25
  done
done
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz="$(getconf CLK_TCK)"
for which in old new; do  # warm-up
  port_var="${which}_port"
  python3 "$here/drive.py" 127.0.0.1 "${!port_var}" "${gw_key[$which]}" 30 $mode >/dev/null
done
for r in $(seq 1 "$rounds"); do
  for which in old new; do
    port_var="${which}_port"
    before="$(ticks "${gw_pid[$which]}")"
    python3 "$here/drive.py" 127.0.0.1 "${!port_var}" "${gw_key[$which]}" "$n" $mode >/dev/null
    after="$(ticks "${gw_pid[$which]}")"
    awk -v w="$which" -v r="$r" -v d="$((after - before))" -v hz="$hz" -v n="$n" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
      'BEGIN { printf "round %d %-3s %8.1f us CPU per request (load %s)\n", r, w, d * 1e6 / hz / n, l }'
  done
done
