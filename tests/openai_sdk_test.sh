#!/usr/bin/env bash
# End-to-end test with the official openai npm package as the client:
# generates a test CA and server certificate, starts `convoguard serve` with a
# TLS listener and the built-in mock upstream, creates an API key, and runs
# tests/openai_sdk/e2e.mjs against it.
#   usage: openai_sdk_test.sh path/to/convoguard
set -euo pipefail
cg="$1"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
gw_pid=""
cleanup() { [ -n "$gw_pid" ] && kill "$gw_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# The SDK, installed by the test setup (npm registry), pinned by package-lock.json.
if [ ! -d "$here/openai_sdk/node_modules/openai" ]; then
  (cd "$here/openai_sdk" && npm ci --no-audit --no-fund --silent)
fi

cd "$work"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=e2e-ca -keyout ca.key -out ca.pem \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out server.pem \
  -extfile server.ext 2>/dev/null

cat > cg.yaml <<YAML
data_dir: $work/data
listeners:
  - address: 127.0.0.1
    port: 0
    tls: {cert_file: $work/server.pem, key_file: $work/server.key}
logging: {level: "off"}
YAML
key="$("$cg" keys create --tenant e2e --data-dir "$work/data" | sed -n 's/^api_key: //p')"
[ -n "$key" ] || { echo "could not create an API key"; exit 1; }

"$cg" serve --config cg.yaml 2> gw.log &
gw_pid=$!
for _ in $(seq 1 100); do
  grep -q "serving on" gw.log 2>/dev/null && break
  sleep 0.1
done
port="$(sed -n 's|.*serving on https://127.0.0.1:\([0-9]*\).*|\1|p' gw.log | head -1)"
mock="$(sed -n 's|.*built-in mock LLM on \(http://127.0.0.1:[0-9]*\).*|\1|p' gw.log | head -1)"
[ -n "$port" ] && [ -n "$mock" ] || { echo "gateway did not start:"; cat gw.log; exit 1; }

BASE_URL="https://127.0.0.1:$port/v1" API_KEY="$key" MOCK_URL="$mock" NODE_EXTRA_CA_CERTS="$work/ca.pem" \
  node "$here/openai_sdk/e2e.mjs"
