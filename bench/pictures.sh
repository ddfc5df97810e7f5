#!/bin/sh
# bench/pictures.sh [SIZES...]: the picture pages' sizes and latencies on generated corpora.
# For each size N (default 10 100 1000): a project of N documents (bench/corpus.sh), `kg serve` on it,
# each route asked once cold (the first request after a load works out what the pictures keep per
# loaded graph), then REQUESTS times at the same address (answered from the answer cache: "hit"), then
# MISSES times each at an address of its own (an extra parameter the page ignores, so the page is worked
# out again: "miss"), one request at a time; prints a Markdown table row per route with the bytes sent
# and p50/p99 latency (curl's time_total). Needs the built jar (./kg build or mvn package).
# Environment: REQUESTS (default 100), MISSES (default 50), WORK (default /tmp/kg-bench-pictures), JAVA (default: ./kg's choice),
# JAR (default target/migration-kg.jar; give a copy to keep building while it runs).
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
REQUESTS=${REQUESTS:-100}
MISSES=${MISSES:-50}
WORK=${WORK:-/tmp/kg-bench-pictures}
JAR=${JAR:-$ROOT/target/migration-kg.jar}
JAVA=${JAVA:-$("$ROOT/kg" --which-java)/bin/java}
[ $# -gt 0 ] || set -- 10 100 1000
mkdir -p "$WORK"

# "p50 p99" in milliseconds of a file of times in seconds, one a line.
percentiles() {
  sort -n "$1" | awk '{ t[NR] = $1 * 1000 }
    END { i99 = int(NR * 0.99 + 0.999); if (i99 > NR) i99 = NR; printf "%.1f %.1f", t[int(NR * 0.5 + 0.5)], t[i99] }'
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

echo "| documents | triples | load (s) | route | bytes | cold (ms) | hit p50 (ms) | hit p99 (ms) | miss p50 (ms) | miss p99 (ms) |"
echo "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"
for N in "$@"; do
  "$ROOT/bench/corpus.sh" "$N" "$WORK/p$N"
  PORT=$(free_port)
  "$JAVA" -jar "$JAR" serve --project-dir "$WORK/p$N" --port "$PORT" > "$WORK/serve$N.log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null' EXIT
  until grep -q '^Listening' "$WORK/serve$N.log"; do
    kill -0 $PID 2>/dev/null || { cat "$WORK/serve$N.log" >&2; exit 1; }
    sleep 2
  done
  # "Loaded N triples ... in S s." (in-memory) or "Release ID: N triples from ... opened in S s." (a release).
  LOADED=$(sed -n -e 's/^Loaded \([0-9]*\) triples .* in \([0-9.]*\) s\./\1 \2/p' \
      -e 's/^Release [0-9a-f]*: \([0-9]*\) triples .* in \([0-9.]*\) s\./\1 \2/p' "$WORK/serve$N.log")
  BASE="http://localhost:$PORT"
  PRIORITY=$(curl -s "$BASE/explore/find?q=borders" | python3 -c 'import json,sys; print(next(h["id"] for h in json.load(sys.stdin) if h["group"] == "Priority"))')
  ENC=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$PRIORITY")
  for ROUTE in explore "explore?focus=$ENC" "explore/expand?node=$ENC" "explore/find?q=border" "explore?page=2" \
               timeline "timeline?priority=$ENC" "timeline?from=2026&to=2026" figures "figures?from=2028&to=2034"; do
    COLD=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/$ROUTE")
    BYTES=$(curl -s -o /dev/null -w '%{size_download}' "$BASE/$ROUTE")
    i=0
    : > "$WORK/times"
    while [ $i -lt "$REQUESTS" ]; do
      curl -s -o /dev/null -w '%{time_total}\n' "$BASE/$ROUTE" >> "$WORK/times"
      i=$((i + 1))
    done
    case "$ROUTE" in *\?*) SEP='&' ;; *) SEP='?' ;; esac
    i=0
    : > "$WORK/misses"
    while [ $i -lt "$MISSES" ]; do
      curl -s -o /dev/null -w '%{time_total}\n' "$BASE/$ROUTE${SEP}bench=$N-$i" >> "$WORK/misses"
      i=$((i + 1))
    done
    SHOWN=$(echo "$ROUTE" | sed "s|$ENC|PRIORITY|")
    HIT=$(percentiles "$WORK/times")
    MISS=$(percentiles "$WORK/misses")
    awk -v n="$N" -v loaded="$LOADED" -v route="$SHOWN" -v bytes="$BYTES" -v cold="$COLD" -v hit="$HIT" -v miss="$MISS" 'BEGIN {
      split(loaded, l, " "); split(hit, h, " "); split(miss, m, " ");
      printf "| %s | %s | %s | `/%s` | %d | %.0f | %s | %s | %s | %s |\n", n, l[1], l[2], route, bytes, cold * 1000, h[1], h[2], m[1], m[2] }'
  done
  kill $PID; wait $PID 2>/dev/null || true
  trap - EXIT
done
