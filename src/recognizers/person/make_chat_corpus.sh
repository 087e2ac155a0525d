#!/bin/sh
# Writes about MEGABYTES (default 20) MB of synthetic chat-like English to
# stdout, for measuring scan throughput: user/assistant turns of ordinary
# sentences, capitalized sentence starts, product and place names, and now
# and then a person's name, a greeting or an address.
#   src/recognizers/person/make_chat_corpus.sh 20 > /tmp/chat.txt
set -eu
mb=${1:-20}
awk -v target=$((mb * 1000000)) 'BEGIN {
  srand(42)
  nw = split("the a to and of in is it you that for on with this can be have i we my your not are was but so if do what how just about from there will more when they one all would please could like get need help make time know use file code data error because also want should think now some other then than work into after before day week new change test run check update add remove fix thanks okay sure yes no maybe really good great problem question answer issue build server user page", W, " ")
  ns = split("Can you|I think|Please|Could you|Thanks, but|The|My|Our|This|It|We|Yesterday|Then|So|Also|Maybe|Why does|How do I|Will you|May I|Grant|Mark|Rose", S, "|")
  np = split("Python|Linux|GitHub|Docker|Slack|Monday|Friday|London|Berlin|Excel|Chrome|Windows|Kubernetes|Jira|Postgres|AWS|Google Drive|Visual Studio|New York|San Francisco|United States|Machine Learning", P, "|")
  nn = split("Maria Gonzalez|John Smith|Dr. Patel|Mrs Chen|Jennifer|Kevin|David Miller|Sarah Johnson|Ahmed|Priya Sharma", N, "|")
  na = split("1600 Amphitheatre Parkway, Mountain View, CA 94043|221B Baker St|123 N. Main Street Apt 4|PO Box 123|42 Elm Road", A, "|")
  total = 0
  while (total < target) {
    line = (rand() < 0.5 ? "user: " : "assistant: ")
    nsent = 1 + int(rand() * 4)
    for (s = 0; s < nsent; s++) {
      sent = S[1 + int(rand() * ns)]
      len = 6 + int(rand() * 14)
      for (k = 0; k < len; k++) {
        r = rand()
        if (r < 0.04) sent = sent " " P[1 + int(rand() * np)]
        else if (r < 0.047) sent = sent " " N[1 + int(rand() * nn)]
        else if (r < 0.048) sent = sent " at " A[1 + int(rand() * na)]
        else sent = sent " " W[1 + int(rand() * nw)]
      }
      line = line sent (rand() < 0.8 ? ". " : "? ")
    }
    if (rand() < 0.02) line = line "\nThanks,\nMaria"
    if (rand() < 0.03) line = "hi kevin, " line
    print line
    total += length(line) + 1
  }
}'
