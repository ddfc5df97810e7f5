#!/bin/sh
# Times every saved query through the REST API of a running server: RUNS requests each (after one
# warm-up), in the default format (SPARQL JSON, Turtle for graphs), and prints the median and the
# slowest in milliseconds. Rerunnable; nothing but curl, sed, sort and awk. Start the server first
# (./kg serve), then:
#   bench/saved-queries.sh [SERVER_URL] [RUNS]      (defaults: http://localhost:3030/ 20)
set -eu
url=${1:-http://localhost:3030/}
case "$url" in */) ;; *) url="$url/" ;; esac
runs=${2:-20}

ids=$(curl -fsS "${url}api/queries" | sed -n 's/^    "id" : "\([^"]*\)",$/\1/p')
[ -n "$ids" ] || { echo "no saved queries at ${url}api/queries" >&2; exit 1; }
for id in $ids; do
    curl -fsS -o /dev/null "${url}api/queries/$id"
    i=0
    while [ "$i" -lt "$runs" ]; do
        curl -fsS -o /dev/null -w '%{time_total}\n' "${url}api/queries/$id"
        i=$((i + 1))
    done | sort -n | awk -v id="$id" '{ t[NR] = $1 } END {
        printf "%-28s median %7.1f ms   max %7.1f ms\n", id, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000 }'
done
