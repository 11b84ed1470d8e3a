#!/usr/bin/env bash
# `jezsim multipliers` against numpy with OpenBLAS on the same dense tables (default n = 2000
# and 5000), whole process, in one session: the two alternate, R rounds each (default 3), and the
# medians and their ratio are printed with the budgets of issue 14 (ratio <= 1; a 2,000-sector
# table read in under 0.5 s). Installs python3-numpy and OpenBLAS first if they are missing
# (scripts/setup.sh). Tables are made once by bench/numpy_multipliers.py and kept in
# $BENCH_TABLES (default /tmp/jezsim-bench-tables).
# Usage: bench/multipliers_vs_numpy.sh JEZSIM BENCH_TABLE_READ [R] [N...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jezsim=$(realpath "${1:?usage: multipliers_vs_numpy.sh JEZSIM BENCH_TABLE_READ [R] [N...]}")
reader=$(realpath "${2:?usage: multipliers_vs_numpy.sh JEZSIM BENCH_TABLE_READ [R] [N...]}")
rounds=${3:-3}
shift $(( $# < 3 ? $# : 3 ))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 5000)
bash "$here/../scripts/setup.sh"   # python3-numpy, python3-pandas, libopenblas-dev
py=/usr/bin/python3
numpy="$here/numpy_multipliers.py"
tables=${BENCH_TABLES:-/tmp/jezsim-bench-tables}
mkdir -p "$tables"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "met" : "not met" }'; }

echo "numpy's BLAS: $($py "$numpy" --blas)"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%6s %9s %7s %7s %-14s %9s %9s %6s %-14s %s\n' n "table MB" "read s" "cpu s" budget \
  "jezsim s" "numpy s" ratio budget "largest relative difference"
for n in "${sizes[@]}"; do
  table="$tables/dense-$n.csv"
  if [ ! -s "$table" ]; then
    echo "  (making $table)" >&2
    $py "$numpy" --make "$n" "$table.part" && mv "$table.part" "$table"
  fi
  mb=$(awk -v b="$(stat -L -c %s "$table")" 'BEGIN { printf "%.0f", b / 1e6 }')
  read -r _ read_s read_cpu < <("$reader" "$table" 3)
  "$jezsim" multipliers "$table" > "$tmp/jez.csv"   # warm the page cache, and the outputs
  $py "$numpy" "$table" > "$tmp/np.csv"
  difference=$($py "$numpy" --compare "$tmp/jez.csv" "$tmp/np.csv")
  : > "$tmp/jez.t"; : > "$tmp/np.t"
  for _ in $(seq "$rounds"); do
    t0=$(now); "$jezsim" multipliers "$table" > /dev/null; t1=$(now)
    $py "$numpy" "$table" > /dev/null; t2=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }' >> "$tmp/jez.t"
    awk -v a="$t1" -v b="$t2" 'BEGIN { print b - a }' >> "$tmp/np.t"
  done
  jez=$(median < "$tmp/jez.t"); np=$(median < "$tmp/np.t")
  ratio=$(awk -v a="$jez" -v b="$np" 'BEGIN { printf "%.2f", a / b }')
  read_budget="-"
  [ "$n" -eq 2000 ] && read_budget="<= 0.5 $(verdict "$read_cpu" 0.5)"
  printf '%6d %9s %7.3f %7.3f %-14s %9.3f %9.3f %6s %-14s %s\n' "$n" "$mb" "$read_s" "$read_cpu" \
    "$read_budget" "$jez" "$np" "$ratio" "<= 1 $(verdict "$ratio" 1)" "$difference"
done
echo "ratio = jezsim / numpy, whole process (wall), medians of $rounds alternating runs. read s and"
echo "cpu s: the reader alone (read_io_table with its checks, median of 3), wall and CPU time; its"
echo "budget is judged on CPU time, which the machine's load does not change (it is one thread)."
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
