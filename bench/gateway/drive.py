#!/usr/bin/env python3
"""Sends N chat completions over one keep-alive connection, each with a
unique ~1 KB user message (a counter in it, so no cache can answer it) and a
system prompt, like post.lua. For instruction counts under callgrind, where
a fixed number of requests matters more than speed. Standard library only.
usage: drive.py HOST PORT API_KEY N [stream]"""
import http.client, json, os, sys

host, port, key, n = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
stream = len(sys.argv) > 5 and sys.argv[5] == "stream"
prompt = ("Hi team, I am preparing the quarterly report and need help rewording a few paragraphs. "
          "Our customer contact is jane.doe@example.com and she asked for a summary of the changes we made "
          "to the onboarding flow, the new pricing page, and the support process. ")
while len(prompt) < 1000:
    prompt += "Please keep the tone friendly and short, and list the three main improvements first. "
headers = {"Content-Type": "application/json"}
if key:
    headers["Authorization"] = "Bearer " + key
conn = http.client.HTTPConnection(host, port)
bad = 0
for i in range(n):
    body = json.dumps({"model": "mock-gpt", "stream": stream, "messages": [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Request %d-%d. %s" % (os.getpid(), i, prompt)}]})
    conn.request("POST", "/v1/chat/completions", body, headers)
    r = conn.getresponse()
    data = r.read()
    if r.status != 200:
        if bad == 0:
            print("drive.py: request %d: HTTP %d: %r" % (i, r.status, data[:300]), file=sys.stderr)
        bad += 1
print(json.dumps({"requests": n, "non_200": bad}))
