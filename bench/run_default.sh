#!/usr/bin/env bash
# Whole-process timing of `jezsim run` on a scenario: the median of N runs (default 11), since
# the machines are shared and noisy. Usage: bench/run_default.sh JEZSIM SCENARIO [N]
set -euo pipefail
jezsim=${1:?usage: run_default.sh JEZSIM SCENARIO [N]}
scenario=${2:?usage: run_default.sh JEZSIM SCENARIO [N]}
n=${3:-11}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$jezsim" run "$scenario" -o "$out/warm" -q   # warm the page cache
times=()
for i in $(seq "$n"); do
  t0=$(date +%s.%N)
  "$jezsim" run "$scenario" -o "$out/run" -q
  t1=$(date +%s.%N)
  times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -g)
median=$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")
min=$(echo "$sorted" | head -1)
max=$(echo "$sorted" | tail -1)
verdict=$(awk -v m="$median" 'BEGIN { print (m <= 0.1) ? "met" : "not met" }')
printf 'jezsim run %s: median %.3f s over %d runs (min %.3f, max %.3f); budget at most 0.1 s with its counterfactual (issue 14): %s\n' \
  "$(basename "$scenario")" "$median" "$n" "$min" "$max" "$verdict"
# One more run for its cpu time (both processes) and peak memory, when GNU time is there; the
# load average says how busy the shared machine was.
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%U %S %M' -o "$out/time" "$jezsim" run "$scenario" -o "$out/run" -q
  read -r user sys kb < "$out/time"
  awk -v u="$user" -v s="$sys" -v k="$kb" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "  one run: cpu %.3f s (user %.3f, sys %.3f, with the counterfactual child), peak %.0f MB, load average %s\n", u + s, u, s, k / 1024, l }'
fi
