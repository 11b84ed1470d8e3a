#!/usr/bin/env bash
# Whole-process sweep throughput on the default scenario: a summary-only Monte Carlo of N runs
# (default 200) with -j 1 and -j 2 in the same session (alternating, best of 2), runs per second
# and the scaling ratio, set against the cost of one run (`jezsim run`, and the runs' own wall
# time inside the sweep).
# Usage: [SWEEP_FLAGS=--no-counterfactual] bench/sweep_throughput.sh JEZSIM SCENARIO [N]
set -euo pipefail
jezsim=$(realpath "${1:?usage: sweep_throughput.sh JEZSIM SCENARIO [N]}")
scenario=$(realpath "${2:?usage: sweep_throughput.sh JEZSIM SCENARIO [N]}")
n=${3:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/bench.yaml" <<YAML
base: $scenario
method: random
samples: $n
seed: 1
parameters:
  sectors.fish_processing.price_rub_per_kg: {dist: uniform, min: 25, max: 42}
outputs: [grp_final_year, fish_delivered_total]
YAML
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

"$jezsim" run "$scenario" -q -o "$tmp/warm"   # warm the page cache
t0=$(now); for i in 1 2 3 4 5; do "$jezsim" run "$scenario" -q -o "$tmp/one"; done; t1=$(now)
one=$(awk -v t="$(elapsed "$t0" "$t1")" 'BEGIN { printf "%.3f", t / 5 }')

# -j 1 and -j 2 alternate, twice, and the faster of each pair counts: the machine is shared.
# CPU time (user + system, children included) per run does not depend on the load.
declare -A secs=([1]=1e9 [2]=1e9) cpu=([1]=1e9 [2]=1e9)
TIMEFORMAT='%R %U %S'
for round in 1 2; do
  for j in 1 2; do
    rm -rf "$tmp/j$j"
    # shellcheck disable=SC2086 # SWEEP_FLAGS: extra flags, such as --no-counterfactual
    { time "$jezsim" sweep "$tmp/bench.yaml" -q -j "$j" -o "$tmp/j$j" ${SWEEP_FLAGS:-}; } 2> "$tmp/time"
    read -r real user sys < "$tmp/time"
    secs[$j]=$(awk -v a="${secs[$j]}" -v b="$real" 'BEGIN { print (b < a ? b : a) }')
    cpu[$j]=$(awk -v a="${cpu[$j]}" -v u="$user" -v s="$sys" 'BEGIN { print (u + s < a ? u + s : a) }')
  done
done
echo "load average during the bench: $(cut -d' ' -f1-3 /proc/loadavg)"
# The runs' own wall time inside the sweep (load + run + write, in the forked child).
child=$(awk -F, 'NR > 1 { s += $NF; n++ } END { printf "%.4f", s / n }' "$tmp/j1/results.csv")
rate1=$(awk -v n="$n" -v t="${secs[1]}" 'BEGIN { printf "%.1f", n / t }')
rate2=$(awk -v n="$n" -v t="${secs[2]}" 'BEGIN { printf "%.1f", n / t }')
cores=$(nproc)
echo "jezsim run $(basename "$scenario"): $one s per run (whole process, mean of 5)"
echo "sweep of $n summary-only runs on $cores cores ${SWEEP_FLAGS:-}:"
echo "  -j 1: ${secs[1]} s, $rate1 runs/s (each run ${child} s inside its child)"
echo "  -j 2: ${secs[2]} s, $rate2 runs/s"
awk -v a="${secs[1]}" -v b="${secs[2]}" -v c="${cpu[1]}" -v n="$n" -v k="$cores" 'BEGIN {
  printf "  scaling -j 2 / -j 1: %.2fx (linear: 2.00x)\n", a / b
  printf "  CPU per run (user + system, children included): %.4f s\n", c / n
  printf "  ceiling on %d idle cores: %.0f runs/s\n", k, k * n / c }'
# Issue 14: at -j 2, at least 50 runs/s with counterfactuals, 100 without.
budget=50
case " ${SWEEP_FLAGS:-} " in *" --no-counterfactual "*) budget=100 ;; esac
awk -v r="$rate2" -v b="$budget" 'BEGIN {
  printf "  budget at -j 2: at least %d runs/s: %s\n", b, (r >= b) ? "met" : "not met" }'
