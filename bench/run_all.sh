#!/usr/bin/env bash
# `make bench`: every benchmark of bench/, each figure printed against its budget as "met" or
# "not met", each step timed, and at the end the verdicts gathered and the whole duration.
# Usage: bench/run_all.sh BUILD SCENARIO PYTHON
set -euo pipefail
build=${1:?usage: run_all.sh BUILD SCENARIO PYTHON}
scenario=${2:?usage: run_all.sh BUILD SCENARIO PYTHON}
python=${3:-/usr/bin/python3}
here=$(cd "$(dirname "$0")" && pwd)
jezsim="$build/sim/cli/jezsim"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "make bench: about 12 minutes on a 2-core machine (2 more the first time, to make the"
echo "5,000-sector table of the multipliers bench); each step says how long it took."
start=$(date +%s)
step() {
  local name=$1
  shift
  local t0
  t0=$(date +%s)
  echo
  echo "== $name"
  # Debian's libbenchmark is built without NDEBUG: its warning says nothing of jezsim's build.
  "$@" 2>&1 | grep -v 'Library was built as DEBUG' | tee -a "$log"
  echo "   ($name: $(( $(date +%s) - t0 )) s)"
}
step "default run, whole process" bash "$here/run_default.sh" "$jezsim" "$scenario"
step "Leontief step and factorisation against numpy" "$python" "$here/numpy_leontief.py" \
  "$build/bench/bench_leontief"
step "the world's part of the default run (lean world)" "$build/bench/bench_world" "$scenario"
step "sweep throughput with counterfactuals" bash "$here/sweep_throughput.sh" "$jezsim" "$scenario"
step "sweep throughput without counterfactuals" env SWEEP_FLAGS=--no-counterfactual \
  bash "$here/sweep_throughput.sh" "$jezsim" "$scenario"
step "jezsim multipliers against numpy at n = 2000 and 5000" bash "$here/multipliers_vs_numpy.sh" \
  "$jezsim" "$build/bench/bench_table_read"
if [ -x "$build/bench/bench_interregional" ]; then
  step "the interregional Leontief step" "$build/bench/bench_interregional"
fi
echo
echo "== verdicts"
grep -E 'met$|met |not met' "$log" | sed 's/^ */  /' || true
echo "make bench took $(( $(date +%s) - start )) s; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
