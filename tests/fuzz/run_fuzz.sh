#!/usr/bin/env bash
# make fuzz: runs each libFuzzer target (tests/fuzz/*_fuzz.cpp) for SECONDS, one after another
# in one process each, seeded from tests/data/bad, the shipped scenarios, sweeps and tables, and
# the findings kept in tests/fuzz/<target>/. New corpus entries go to BUILD/fuzz-corpus/<target>
# (kept between runs, not in git); a crash, timeout or leak goes to BUILD/fuzz-artifacts/<target>/:
# fix it, then copy the input to tests/fuzz/<target>/ so that `make test` replays it.
# Usage: run_fuzz.sh BUILD SECONDS [TARGET...]
set -uo pipefail
build=$1
seconds=$2
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(scenario table sweep set)
root=$(cd "$(dirname "$0")/../.." && pwd)
# Leaks are reported at exit only; the readers' caches are not leaks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

seed() {  # seed TARGET DIR: the seed inputs of a target
  local t=$1 dir=$2
  case $t in
    scenario) cp "$root"/tests/data/bad/*.yaml "$root"/scenarios/*.yaml \
                 "$root"/tests/data/scenarios/*.yaml "$dir"/ ;;
    table) cp "$root"/tests/data/bad/*.csv "$root"/scenarios/data/*.csv \
              "$root"/tests/data/tables/*.csv "$root"/tests/data/scenarios/*.csv "$dir"/ ;;
    sweep) for f in "$root"/tests/data/sweeps/*.yaml "$root"/tests/data/sweeps/bad/*.yaml \
                    "$root"/scenarios/sweeps/*.yaml; do cp "$f" "$dir/$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
    set) printf 'routes[0].voyage_h=4\n' >"$dir/1"
         printf 'routes.nemuro-kunashiri.voyage_h=0.5\nseed=7\n' >"$dir/2"
         printf 'sectors.fish_processing.price_rub_per_kg=33\n' >"$dir/3"
         printf 'time.end=2018-06\neconomy.table=../scenarios/zone-2x2.csv\n' >"$dir/4"
         printf 'regions[0].name=x\n' >"$dir/5" ;;
  esac
  if [ -d "$root/tests/fuzz/$t" ]; then cp "$root/tests/fuzz/$t"/* "$dir"/ 2>/dev/null || true; fi
  if [ -d "$root/tests/data/bad/generated" ] && [ "$t" = scenario ]; then
    cp "$root"/tests/data/bad/generated/*.yaml "$dir"/ 2>/dev/null || true
  fi
}

# Keys and words of the formats, for the YAML targets' mutations.
dictionary() {
  { grep -ohE '^[[:space:]-]*[a-z_0-9]+:' "$root"/scenarios/*.yaml "$root"/tests/data/sweeps/*.yaml |
      sed -E 's/^[[:space:]-]*//'
    printf '%s\n' '- ' '[' ']' '{' '}' ', ' '---' '&a' '*a' '!foo' '"' "'" '#' '\n  ' '0' '-1' '1e308' \
      'nan' '.inf' '2017-09' '01-31' 'grid' 'sobol' 'lhs' 'random' 'uniform' 'normal' 'discrete'
  } | sort -u | while IFS= read -r w; do printf '"%s"\n' "$(printf '%s' "$w" | sed 's/\\/\\\\/g; s/"/\\"/g')"; done
}

status=0
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/fuzz_$t"
  corpus="$build/fuzz-corpus/$t"
  seeds="$build/fuzz-seeds/$t"
  artifacts="$build/fuzz-artifacts/$t"
  rm -rf "$seeds"
  mkdir -p "$corpus" "$seeds" "$artifacts"
  seed "$t" "$seeds"
  dict=()
  if [ "$t" != table ]; then
    dictionary >"$build/fuzz-$t.dict"
    dict=(-dict="$build/fuzz-$t.dict")
  fi
  echo "fuzz: $t for ${seconds}s (log: $build/fuzz-$t.log)"
  "$bin" "$corpus" "$seeds" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=1024 -artifact_prefix="$artifacts/" -print_final_stats=1 \
    >"$build/fuzz-$t.log" 2>&1
  code=$?
  grep -E '^#[0-9]+' "$build/fuzz-$t.log" | tail -n 1
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$build/fuzz-$t.log"
  if [ $code -ne 0 ]; then
    echo "fuzz: $t found a problem (exit $code): $(ls "$artifacts" | head -n 3)"
    grep -E 'ERROR|SUMMARY|runtime error' "$build/fuzz-$t.log" | head -n 5
    status=1
  fi
done
exit $status
