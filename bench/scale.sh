#!/bin/sh
# bench/scale.sh: how build, start and queries grow with the corpus (issue 15).
#   bench/scale.sh 10 100 1000        (default: 10 100)
# For each N: a copy of the repository's inputs in /tmp/kg-scale-N whose data/sources/ holds N
# documents, the seed documents and copies of them, each with its own id, title and identifier
# (bench/corpus.sh);
# then ./kg build (wall time, peak RSS), ./kg serve with its default settings (it opens the release
# the build wrote: both use the default namespace) to the first answer of
# ASK (wall time, RSS once up), and the latency of a resource page, a saved query and a /sparql
# COUNT, each the median of 5 requests. Needs GNU time (/usr/bin/time) and curl.
set -eu
KG_HOME=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
PORT=${PORT:-3917}
SIZES=${*:-10 100}
TIME=/usr/bin/time
command -v curl >/dev/null || { echo "bench/scale.sh: curl is needed" >&2; exit 3; }
[ -x "$TIME" ] || { echo "bench/scale.sh: GNU time (/usr/bin/time, package 'time') is needed" >&2; exit 3; }

corpus() {   # corpus N DIR: the generator the picture bench and the tests use, each copy with its own id
    "$KG_HOME/bench/corpus.sh" "$1" "$2"
}

ms() { date +%s%3N; }

median5() {  # median5 URL ACCEPT: median time_total of 5 requests, in ms
    for _ in 1 2 3 4 5; do
        curl -s -o /dev/null -H "Accept: $2" -w '%{time_total}\n' "$1"
    done | sort -n | sed -n 3p | awk '{ printf "%.1f", $1 * 1000 }'
}

printf '%-6s %-10s %-10s %-10s %-12s %-10s %-10s %-10s %-10s\n' docs triples build_s build_MB first_ans_s serve_MB page_ms query_ms count_ms
for n in $SIZES; do
    dir=/tmp/kg-scale-$n
    corpus "$n" "$dir"
    t0=$(ms)
    $TIME -f '%M' -o "$dir/build.rss" "$KG_HOME/kg" build --project-dir "$dir" > "$dir/build.log" 2>&1 \
        || { echo "$n: build failed, see $dir/build.log" >&2; tail -3 "$dir/build.log" >&2; continue; }
    build_s=$(( $(ms) - t0 ))
    t0=$(ms)
    KG_AOT=0 "$KG_HOME/kg" serve --project-dir "$dir" --port "$PORT" > "$dir/serve.log" 2>&1 &
    pid=$!
    until curl -s -o /dev/null -f "http://127.0.0.1:$PORT/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"; do
        kill -0 "$pid" 2>/dev/null || { echo "$n: serve exited, see $dir/serve.log" >&2; tail -3 "$dir/serve.log" >&2; break; }
        sleep 0.1
    done
    first_s=$(( $(ms) - t0 ))
    jpid=$(pgrep -P "$pid" java || echo "$pid")
    rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$jpid/status" 2>/dev/null || echo "?")
    triples=$(curl -s -H 'Accept: text/csv' "http://127.0.0.1:$PORT/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%3Fs%20%3Fp%20%3Fo%7D" | sed -n 2p | tr -d '\r')
    page=$(median5 "http://127.0.0.1:$PORT/id/source/ip-26-233-copy-1" text/html)
    query=$(median5 "http://127.0.0.1:$PORT/api/queries/documents" text/csv)
    count=$(median5 "http://127.0.0.1:$PORT/sparql?query=SELECT%20%3Fp%20(COUNT(*)%20AS%20%3Fn)%20%7B%3Fs%20%3Fp%20%3Fo%7D%20GROUP%20BY%20%3Fp&r=$n" text/csv)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    printf '%-6s %-10s %-10s %-10s %-12s %-10s %-10s %-10s %-10s\n' "$n" "$triples" \
        "$(awk "BEGIN { printf \"%.1f\", $build_s / 1000 }")" "$(( $(cat "$dir/build.rss") / 1024 ))" \
        "$(awk "BEGIN { printf \"%.1f\", $first_s / 1000 }")" "$rss" "$page" "$query" "$count"
done
