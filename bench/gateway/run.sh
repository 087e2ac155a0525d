#!/usr/bin/env bash
# Load benchmark of the gateway (issue 3's performance targets). On this
# machine, with the same built-in mock upstream, it compares three paths:
#   direct   wrk -> mock-llm
#   nginx    wrk -> Debian's nginx (plain reverse proxy, keep-alive) -> mock-llm
#   gateway  wrk -> convoguard serve (API key, full default policy) -> mock-llm
# and reports requests per second and latency percentiles (wrk --latency)
# at CONNS connections (saturating) and at 1 and 4 (LOW_CONNS, moderate
# load), time to first token for short and long streamed answers (ttft.py),
# and the gateway's peak RSS under 1,000 concurrent connections. Every
# request's user message is unique (post.lua), so no cache answers for it.
#   usage: bench/gateway/run.sh [build/src/cli/convoguard] [seconds]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cg="$(realpath "${1:-$here/../../build/src/cli/convoguard}")"
secs="${2:-10}"
conns="${CONNS:-32}"
source "$here/lib.sh"

mock_port=19101 nginx_port=19102 gw_port=19103
"$cg" mock-llm --port $mock_port 2>/dev/null & pids+=($!)

mkdir -p nginx
cat > nginx/nginx.conf <<NGINX
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  upstream mock { server 127.0.0.1:$mock_port; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://mock;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
    }
  }
}
NGINX
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -g "daemon off;" 2>/dev/null & pids+=($!)

key="$(write_gateway_config "$cg" $gw_port $mock_port "{max_connections: 4096}")"
"$cg" serve --config cg.yaml 2>/dev/null & gw_pid=$!; pids+=($gw_pid)
sleep 1.5

run_wrk() {  # name port key
  local out
  out="$(API_KEY="$3" wrk -t2 -c"$conns" -d"${secs}s" --latency -s "$here/post.lua" "http://127.0.0.1:$2/v1/chat/completions")"
  local rps p50 p99 non2xx
  rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
  p50="$(echo "$out" | awk '$1=="50%" {print $2}')"
  p99="$(echo "$out" | awk '$1=="99%" {print $2}')"
  non2xx="$(echo "$out" | awk '/Non-2xx/ {print $5}')"
  printf '%-8s rps %-10s p50 %-9s p99 %-9s non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

echo "== wrk -t2 -c$conns -d${secs}s, 1 KB prompt, chat-sized answer"
# Each path gets a warm-up run first (connection pools, caches).
API_KEY="$key" wrk -t1 -c4 -d2s -s "$here/post.lua" "http://127.0.0.1:$gw_port/v1/chat/completions" >/dev/null
run_wrk direct  $mock_port  ""
run_wrk nginx   $nginx_port ""
run_wrk gateway $gw_port    "$key"

# Latency where nothing saturates: at 32 connections p99 is mostly queueing
# in whichever process saturates the CPU first.
for c in ${LOW_CONNS:-1 4}; do
  echo "== moderate load: wrk -t1 -c$c -d${secs}s"
  for path in "direct $mock_port" "nginx $nginx_port" "gateway $gw_port $key"; do
    set -- $path
    out="$(API_KEY="${3:-}" wrk -t1 -c"$c" -d"${secs}s" --latency -s "$here/post.lua" "http://127.0.0.1:$2/v1/chat/completions")"
    printf '%-8s rps %-10s p50 %-9s p99 %-9s\n' "$1" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
      "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')"
  done
done

echo "== time to first token (streamed, sequential requests)"
echo "direct  $(python3 "$here/ttft.py" 127.0.0.1 $mock_port "" 300)"
echo "gateway $(python3 "$here/ttft.py" 127.0.0.1 $gw_port "$key" 300)"
echo "== time to first token, a ~5 KB answer in 10-byte pieces"
echo "direct  $(python3 "$here/ttft.py" 127.0.0.1 $mock_port "" 100 long)"
echo "gateway $(python3 "$here/ttft.py" 127.0.0.1 $gw_port "$key" 100 long)"
echo "== time to first token, the same ~5 KB prompt with a one-line answer (the request side's share)"
echo "direct  $(python3 "$here/ttft.py" 127.0.0.1 $mock_port "" 100 prompt)"
echo "gateway $(python3 "$here/ttft.py" 127.0.0.1 $gw_port "$key" 100 prompt)"

echo "== gateway RSS with 1,000 concurrent connections"
API_KEY="$key" wrk -t2 -c1000 -d"${secs}s" -s "$here/post.lua" "http://127.0.0.1:$gw_port/v1/chat/completions" \
  | awk '/Requests\/sec/ {print "rps at 1000 connections: " $2} /Socket errors/ {print}'
grep -E "VmHWM|VmRSS" /proc/$gw_pid/status
