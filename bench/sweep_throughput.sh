#!/usr/bin/env bash
# Whole-process sweep throughput of the shipped Monte Carlo (scenarios/sweeps/
# monte-carlo-weather-prices.yaml, N runs, default 200) on its base scenario: with -j 1 and -j 2,
# and in the same session the fork floor: the same sweep machinery (fork, load, write the run's
# folder, collect its row) over a pure input-output base of one year, with no world. Rounds
# alternate and the faster of each pair counts (the machine is shared); CPU time per run (user +
# system, children included) does not depend on the load. Prints runs/s against the issue 14
# budget at -j 2 (50 runs/s with counterfactuals, 100 without) as "met" or "not met".
# Usage: [SWEEP_FLAGS=--no-counterfactual] bench/sweep_throughput.sh JEZSIM SCENARIO [N]
set -euo pipefail
jezsim=$(realpath "${1:?usage: sweep_throughput.sh JEZSIM SCENARIO [N]}")
scenario=$(realpath "${2:?usage: sweep_throughput.sh JEZSIM SCENARIO [N]}")
n=${3:-200}
here=$(cd "$(dirname "$0")" && pwd)
mc="$here/../scenarios/sweeps/monte-carlo-weather-prices.yaml"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags=${SWEEP_FLAGS:-}
# The shipped Monte Carlo on SCENARIO with N samples; without counterfactuals its impact_
# outputs do not exist.
sed -e "s|^base: .*|base: $scenario|" -e "s|^samples: .*|samples: $n|" "$mc" > "$tmp/mc.yaml"
case " $flags " in *" --no-counterfactual "*) sed -i '/^  - impact_/d' "$tmp/mc.yaml" ;; esac
# The floor: SCENARIO's table alone over one year (a pure input-output run), one parameter.
table=$(awk '/^  table:/ { print $2; exit }' "$scenario")
cat > "$tmp/io.yaml" <<YAML
jezsim: 1
time: {start: 2020-01, end: 2020-12}
economy:
  table: $(cd "$(dirname "$scenario")" && realpath "$table")
YAML
cat > "$tmp/floor.yaml" <<YAML
base: $tmp/io.yaml
method: random
samples: $n
seed: 1
parameters:
  economy.discount_rate_per_year: {dist: uniform, min: 0.05, max: 0.1}
outputs: [grp_final_year]
YAML
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

"$jezsim" run "$scenario" -q -o "$tmp/warm"   # warm the page cache
t0=$(now); for i in 1 2 3 4 5; do "$jezsim" run "$scenario" -q -o "$tmp/one"; done; t1=$(now)
one=$(awk -v t="$(elapsed "$t0" "$t1")" 'BEGIN { printf "%.3f", t / 5 }')

declare -A secs=([1]=1e9 [2]=1e9 [floor]=1e9) cpu=([1]=1e9 [2]=1e9 [floor]=1e9)
TIMEFORMAT='%R %U %S'
for round in 1 2; do
  for j in floor 1 2; do
    rm -rf "$tmp/j$j"
    if [ "$j" = floor ]; then
      # shellcheck disable=SC2086 # the same flags: a counterfactual is a second fork
      { time "$jezsim" sweep "$tmp/floor.yaml" -q -j 2 -o "$tmp/j$j" $flags; } 2> "$tmp/time"
    else
      # shellcheck disable=SC2086 # SWEEP_FLAGS: extra flags, such as --no-counterfactual
      { time "$jezsim" sweep "$tmp/mc.yaml" -q -j "$j" -o "$tmp/j$j" $flags; } 2> "$tmp/time"
    fi
    read -r real user sys < "$tmp/time"
    secs[$j]=$(awk -v a="${secs[$j]}" -v b="$real" 'BEGIN { print (b < a ? b : a) }')
    cpu[$j]=$(awk -v a="${cpu[$j]}" -v u="$user" -v s="$sys" 'BEGIN { print (u + s < a ? u + s : a) }')
  done
done
echo "load average during the bench: $(cut -d' ' -f1-3 /proc/loadavg)"
# The runs' own wall time inside the sweep (load + run + write, in the forked child).
child=$(awk -F, 'NR > 1 { s += $NF; n++ } END { printf "%.4f", s / n }' "$tmp/j1/results.csv")
rate() { awk -v n="$n" -v t="$1" 'BEGIN { printf "%.1f", n / t }'; }
rate1=$(rate "${secs[1]}")
rate2=$(rate "${secs[2]}")
floor=$(rate "${secs[floor]}")
cores=$(nproc)
echo "jezsim run $(basename "$scenario"): $one s per run (whole process, mean of 5)"
echo "the shipped Monte Carlo, $n summary-only runs on $cores cores ${flags}:"
echo "  -j 1: ${secs[1]} s, $rate1 runs/s (each run ${child} s inside its child)"
echo "  -j 2: ${secs[2]} s, $rate2 runs/s"
awk -v a="${secs[1]}" -v b="${secs[2]}" -v c="${cpu[1]}" -v n="$n" -v k="$cores" \
  -v f="${cpu[floor]}" -v fr="$floor" -v fs="${secs[floor]}" 'BEGIN {
  printf "  scaling -j 2 / -j 1: %.2fx (linear: 2.00x)\n", a / b
  printf "  CPU per run (user + system, children included): %.4f s\n", c / n
  printf "  ceiling on %d idle cores: %.0f runs/s\n", k, k * n / c
  printf "  fork floor (pure IO base, one year, -j 2): %s s, %s runs/s, CPU %.4f s a run\n", fs, fr, f / n }'
# Issue 14: at -j 2, at least 50 runs/s with counterfactuals, 100 without.
budget=50
case " $flags " in *" --no-counterfactual "*) budget=100 ;; esac
awk -v r="$rate2" -v b="$budget" 'BEGIN {
  printf "  budget at -j 2: at least %d runs/s: %s\n", b, (r >= b) ? "met" : "not met" }'
