#!/usr/bin/env bash
# Peak memory of `convoguard scan` on a large generated chat file, every
# recognizer loaded.
#   bench/peak_memory.sh [SIZE_MB] [DENSITY]      defaults: 200 mixed
#   bench/peak_memory.sh 1024                     the ~1 GB bounded-memory check
# Needs a release build in build/ (scripts/build); BUILD_DIR overrides it.
# Prints peak RSS, wall and CPU time and throughput; exits 1 when the peak exceeds
# LIMIT_MB (default 64).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-200}"
density="${2:-mixed}"
build="${BUILD_DIR:-build}"
limit_mb="${LIMIT_MB:-64}"
for t in src/cli/convoguard src/evaluation/convoguard-corpus bench/peak_rss; do
  [ -x "$build/$t" ] || { echo "peak_memory: $build/$t missing; run scripts/build" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="$work/chat-${size_mb}MB.txt"
"$build/src/evaluation/convoguard-corpus" --text --density "$density" --bytes $((size_mb * 1024 * 1024)) > "$input"
bytes=$(stat -c %s "$input")

set +e
# Findings go to a pipe (only the closing count is kept), not to memory or disk.
"$build/bench/peak_rss" "$build/src/cli/convoguard" scan "$input" 2> "$work/err.txt" | tail -n 1 > "$work/out.txt"
rc=${PIPESTATUS[0]}
set -e
if [ $rc -gt 1 ]; then
  echo "peak_memory: convoguard scan failed (exit $rc):" >&2
  cat "$work/err.txt" >&2
  exit 2
fi
line=$(grep '^peak_rss_kb=' "$work/err.txt")
kb=${line#peak_rss_kb=}; kb=${kb%% *}
wall=${line##*wall_s=}; wall=${wall%% *}
cpu=${line##*cpu_s=}
findings=$(tail -1 "$work/out.txt")
awk -v kb="$kb" -v wall="$wall" -v cpu="$cpu" -v bytes="$bytes" -v limit="$limit_mb" -v f="$findings" -v d="$density" 'BEGIN {
  printf "input: %.1f MB (%s chat)  %s\n", bytes / 1048576, d, f
  printf "peak RSS: %.1f MB (limit %d MB)\n", kb / 1024, limit
  printf "wall: %.2f s (%.1f MB/s)  cpu: %.2f s (%.1f MB/s per core)\n", wall, bytes / 1048576 / wall, cpu, bytes / 1048576 / cpu
}'
[ "$kb" -le $((limit_mb * 1024)) ] || { echo "peak_memory: over the limit" >&2; exit 1; }
