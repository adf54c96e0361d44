#!/usr/bin/env bash
# Runs each workload under runnel and under node, side by side: wall time
# (best of N runs, in seconds) and peak RSS (KiB), with the runnel/node ratio.
#
#   bench/run.sh [runs]        (builds runnel in release mode first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
cargo build --release -p runnel >/dev/null 2>&1
RUNNEL=target/release/runnel
command -v node >/dev/null || { echo "node is not installed: nothing to compare with" >&2; exit 1; }
bench/gen-modules.sh

# best wall time (s) and peak RSS (KiB) over $runs runs of "$@"
measure() {
  local best_t="" best_m="" tmp
  tmp=$(mktemp)
  for _ in $(seq "$runs"); do
    local start end t m
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$tmp" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    t=$(awk "BEGIN{ printf \"%.3f\", ($end - $start) / 1e9 }")
    m=$(tail -1 "$tmp")
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
    if [ -z "$best_m" ] || [ "$m" -gt "$best_m" ]; then best_m=$m; fi
  done
  rm -f "$tmp"
  echo "$best_t $best_m"
}

printf '%-12s %10s %10s %7s   %10s %10s %7s\n' workload "runnel s" "node s" ratio "runnel KiB" "node KiB" ratio
for w in bench/workloads/*.js bench/workloads/*.mjs; do
  name=$(basename "${w%.*}")
  read -r rt rm < <(measure "$RUNNEL" "$w")
  read -r nt nm < <(measure node "$w")
  rr=$(awk "BEGIN{ if ($nt > 0) printf \"%.2f\", $rt/$nt; else print \"-\" }")
  mr=$(awk "BEGIN{ if ($nm > 0) printf \"%.2f\", $rm/$nm; else print \"-\" }")
  printf '%-12s %10s %10s %7s   %10s %10s %7s\n' "$name" "$rt" "$nt" "$rr" "$rm" "$nm" "$mr"
done
