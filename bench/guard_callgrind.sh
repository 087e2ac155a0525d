#!/usr/bin/env bash
# Instructions per iteration of guard_bench's passes, with callgrind (CPU
# time is unreliable on a shared machine; instruction counts are not): the
# inclusive cost of the pass and of its main parts, divided by the number of
# iterations (calls of the pass's entry point). The JSON parse and dump in
# the benchmark loop are listed separately.
#   usage: bench/guard_callgrind.sh [build/bench/guard_bench] [BM_RequestPass BM_ResponsePass BM_StreamPass BM_StreamFirstText]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(realpath "${1:-$here/../build/bench/guard_bench}")"
shift || true
benches=("$@")
[ ${#benches[@]} -eq 0 ] && benches=(BM_RequestPass BM_ResponsePass BM_StreamPass)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
parts='GuardRequest\(|GuardResponse\(|StreamGuard::Feed|GuardImpl::Score\(|Engine::Scan\(|EngineStream::|LeakScannerImpl::Write|::parse<|::dump\(int|ParseJson|DumpJson|^malloc$|^free$'
for b in "${benches[@]}"; do
  case "$b" in
    BM_RequestPass) entry='gateway::GuardRequest\(' ;;
    BM_ResponsePass) entry='gateway::GuardResponse\(' ;;
    BM_StreamPass) entry='StreamGuard::Feed\(' ;;
    BM_StreamFirstText) entry='FirstTextPass\(' ;;
    *) echo "unknown benchmark $b" >&2; exit 2 ;;
  esac
  valgrind --tool=callgrind --callgrind-out-file="$work/$b.out" "$bin" --benchmark_filter="^$b\$" \
    --benchmark_min_time=2 >/dev/null 2>&1
  echo "== $b (per iteration)"
  python3 "$here/cg_calls.py" "$work/$b.out" "$entry" "${CG_PARTS:-$parts}" | sed 1d | head -14
done
