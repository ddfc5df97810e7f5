#!/bin/sh
# bench/suite-under-load.sh: the full test suite, several times in a row, on a machine kept busy, to
# show the tests do not depend on timing (issue 20: "green three times in a row on a loaded machine").
#   bench/suite-under-load.sh [RUNS] [HOGS]       (default: 3 runs, 2 hogs)
# HOGS processes spin on the CPU for the whole time (on a 2-core machine, 2 hogs double the demand),
# on top of whatever else runs. Each run is `mvn -B -o verify` in this checkout; its log is kept in
# target/suite-under-load/run-K.log. The load average is sampled every 15 s. One line per run, also
# written to target/suite-under-load/summary.txt:
#   run K: PASS|FAIL  <seconds> s  tests <unit>+<integration>  failures <n>  load min/mean/max
# Exits 1 when any run failed.
set -eu
KG_HOME=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
RUNS=${1:-3}
HOGS=${2:-2}
OUT="$KG_HOME/target/suite-under-load"
SUMMARY="$OUT/summary.txt"
mkdir -p "$OUT"

hog_pids=""
sampler_pid=""
stop_all() {
    for p in $hog_pids $sampler_pid; do kill "$p" 2>/dev/null || true; done
}
trap stop_all EXIT INT TERM

i=0
while [ "$i" -lt "$HOGS" ]; do
    sh -c 'while :; do :; done' &
    hog_pids="$hog_pids $!"
    i=$((i + 1))
done

# Total tests and failures from the surefire/failsafe summary lines ("Tests run: N, Failures: F, Errors: E").
counts() {   # counts LOG -> "unit integration failures"
    awk '/Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+ *$/ {
            gsub(",", ""); n = $4; f = $6 + $8
            if (seen == 0) { unit = n; uf = f; seen = 1 } else { it = n; itf = f }
         }
         END { printf "%d %d %d\n", unit, it, uf + itf }' "$1"
}

rc=0
k=1
: > "$SUMMARY"
echo "machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB; $HOGS CPU hogs; commit $(git -C "$KG_HOME" rev-parse --short HEAD)" | tee -a "$SUMMARY"
while [ "$k" -le "$RUNS" ]; do
    loads="$OUT/load-$k.txt"
    : > "$loads"
    ( while :; do cut -d' ' -f1 /proc/loadavg >> "$loads"; sleep 15; done ) &
    sampler_pid=$!
    start=$(date +%s)
    if (cd "$KG_HOME" && mvn -B -o verify > "$OUT/run-$k.log" 2>&1); then result=PASS; else result=FAIL; rc=1; fi
    end=$(date +%s)
    kill "$sampler_pid" 2>/dev/null || true
    sampler_pid=""
    set -- $(counts "$OUT/run-$k.log")
    load=$(awk 'NR == 1 { min = max = $1 } { s += $1; if ($1 < min) min = $1; if ($1 > max) max = $1 }
                END { if (NR) printf "%.1f/%.1f/%.1f", min, s / NR, max; else print "-" }' "$loads")
    echo "run $k: $result  $((end - start)) s  tests $1+$2  failures $3  load $load" | tee -a "$SUMMARY"
    k=$((k + 1))
done
exit "$rc"
