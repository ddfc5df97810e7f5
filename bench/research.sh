#!/bin/sh
# Times what researchers ask a running server for: full-text search (JSON and the page), text:query
# inside SPARQL, the service description, the dataset description and the dumps. RUNS requests each
# after one warm-up; prints the median and the slowest in milliseconds (curl's time_total, client
# side). The first line also times the very first /dataset request, which builds the dumps and the
# description of the assembly (run it right after the server starts to see that cost).
#   bench/research.sh [SERVER_URL] [RUNS]      (defaults: http://localhost:3030/ 20)
set -eu
url=${1:-http://localhost:3030/}
case "$url" in */) ;; *) url="$url/" ;; esac
runs=${2:-20}

first=$(curl -fsS -o /dev/null -w '%{time_total}' -H 'Accept: text/turtle' "${url}dataset")
awk -v t="$first" 'BEGIN { printf "%-34s %7.1f ms (dumps, counts and VoID built once per assembly)\n", "first GET /dataset", t * 1000 }'

text_query='PREFIX text: <http://jena.apache.org/text#> PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?s ?score WHERE { (?s ?score) text:query (oa:exact "migration") }'

bench() {
    name=$1; shift
    curl -fsS -o /dev/null "$@"
    i=0
    while [ "$i" -lt "$runs" ]; do
        curl -fsS -o /dev/null -w '%{time_total}\n' "$@"
        i=$((i + 1))
    done | sort -n | awk -v name="$name" '{ t[NR] = $1 } END {
        printf "%-34s median %7.1f ms   max %7.1f ms\n", name, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000 }'
}

bench "search migration (JSON)"    -H 'Accept: application/json' "${url}search?q=migration"
bench "search \"border management\"" -H 'Accept: application/json' "${url}search?q=%22border%20management%22"
bench "search migra* (JSON)"       -H 'Accept: application/json' "${url}search?q=migra*"
bench "search migration (page)"    -H 'Accept: text/html' "${url}search?q=migration"
bench "text:query in SPARQL"       -H 'Accept: application/sparql-results+json' --data-urlencode "query=$text_query" "${url}sparql"
bench "service description"        -H 'Accept: text/turtle' "${url}sparql"
bench "editor page"                -H 'Accept: text/html' "${url}sparql"
bench "dataset description (Turtle)" -H 'Accept: text/turtle' "${url}dataset"
bench "dump dataset.nq.gz"         "${url}dumps/dataset.nq.gz"
