# Sourced by the gateway benchmarks (run.sh, callgrind.sh): a scratch
# directory and the processes started in it, both removed on exit;
# free_port prints a port nobody listens on (the kernel's pick: fixed ports
# collide when several people run the benchmarks on one machine, and a
# gateway that cannot bind leaves the other one's to be measured);
# wait_for_port waits for a listener; write_gateway_config writes cg.yaml (an API key, the full default policy,
# one upstream; logging off unless CG_LOGGING names a level) and prints the key.
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cd "$work"

write_gateway_config() {  # convoguard gateway_port mock_port limits_yaml
  cat > cg.yaml <<YAML
data_dir: $work/data
listeners: [{address: 127.0.0.1, port: $2}]
limits: $4
upstreams:
  bench: {base_url: "http://127.0.0.1:$3/v1"}
rate_limits: {requests_per_minute: 0}
logging: {level: "${CG_LOGGING:-off}"}
YAML
  "$1" keys create --tenant bench --data-dir "$work/data" | sed -n 's/^api_key: //p'
}

free_port() {
  python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"
}

wait_for_port() {  # port: returns once something accepts on 127.0.0.1:port (gives up after a minute)
  for _ in $(seq 1 240); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $1), 1)" 2>/dev/null && return 0
    sleep 0.25
  done
}
