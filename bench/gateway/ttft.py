#!/usr/bin/env python3
"""Time to first token of a streamed chat completion: from sending the
request to the first SSE event that carries content. Standard library only.
With "long", the answer is ~5 KB streamed in 10-byte pieces (the mock's
"!mock chunk 10" directive echoing a long message), so what the gateway holds
back for pending matches shows; with "prompt", the same ~5 KB prompt and a
one-line answer (what scanning the prompt costs); otherwise a one-line
answer a word at a time. Besides the times it prints, for the last request,
which data event first carried content and how many bytes of text it held.
usage: ttft.py HOST PORT [API_KEY] [N] [long|prompt]"""
import http.client, json, statistics, sys, time

host, port = sys.argv[1], int(sys.argv[2])
key = sys.argv[3] if len(sys.argv) > 3 else ""
n = int(sys.argv[4]) if len(sys.argv) > 4 else 200
mode = sys.argv[5] if len(sys.argv) > 5 else ""
content = "Please summarise the onboarding changes for our customers in a few lines."
if mode == "long":
    content = "!mock chunk 10\n" + " ".join([content] * 68)  # ~5 KB
elif mode == "prompt":  # the same ~5 KB prompt, a one-line answer: the request side's share
    content = "!mock say Here is the summary.\n" + " ".join([content] * 68)
body = json.dumps({"model": "mock-gpt", "stream": True, "messages": [{"role": "user", "content": content}]})
headers = {"Content-Type": "application/json"}
if key:
    headers["Authorization"] = "Bearer " + key
conn = http.client.HTTPConnection(host, port)
samples = []
for i in range(n + 10):
    t0 = time.perf_counter()
    conn.request("POST", "/v1/chat/completions", body, headers)
    r = conn.getresponse()
    if r.status != 200:
        sys.exit(f"ttft.py: request {i}: HTTP {r.status}: {r.read()[:300]!r}")
    first = None
    events = 0
    while True:
        line = r.readline()
        if not line:
            break
        if line.startswith(b"data: {") and first is None:
            ev = json.loads(line[6:])
            events += 1
            texts = [c.get("delta", {}).get("content") for c in ev.get("choices", [])]
            if any(texts):
                first = time.perf_counter() - t0
                # Deterministic: what the first content event carried, and
                # how many events came before it (role, held-back text).
                first_text = "".join(t for t in texts if t)
                first_event = events
        if line.startswith(b"data: [DONE]"):
            r.read()
            break
    if i >= 10 and first is not None:  # the first ten warm up
        samples.append(first * 1000)
samples.sort()
print(json.dumps({"n": len(samples), "median_ms": round(statistics.median(samples), 3),
                  "p99_ms": round(samples[int(len(samples) * 0.99) - 1], 3),
                  "first_content_event": first_event, "first_content_bytes": len(first_text.encode())}))
