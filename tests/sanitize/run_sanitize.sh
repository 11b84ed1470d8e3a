#!/usr/bin/env bash
# make sanitize: every ctest test (the unit tests of each layer, the CLI tests with both bad-input
# corpora and the kept fuzz inputs, the golden runs of every shipped scenario, the shipped sweeps)
# against a build with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer
# (JEZ_SANITIZE=ON). The options and why: tests/sanitize/README.md.
#
# Every process writes its sanitizer reports to BUILD/sanitizer-reports/ (log_path), not only to
# its stderr: a report from a process whose stderr a test swallows (a sweep's child runs with
# stderr on /dev/null) or whose failing exit code a test expects (a bad input) still fails the
# target. Exit 0 only when every test passed and no report was written.
# Usage: run_sanitize.sh BUILD [JOBS] [CTEST_REGEX]   (CTEST_REGEX: only those tests, -R)
set -uo pipefail
build=$(cd "$1" && pwd)
jobs=${2:-2}
only=${3:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
reports=$build/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"

export ASAN_OPTIONS="detect_stack_use_after_return=0:detect_leaks=1:check_initialization_order=1:strict_init_order=1:handle_abort=1:quarantine_size_mb=32:halt_on_error=1:abort_on_error=1:log_path=$reports/asan"
export LSAN_OPTIONS="suppressions=$root/tests/sanitize/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:abort_on_error=1:log_path=$reports/ubsan"

start=$(date +%s)
filter=()
[ -n "$only" ] && filter=(-R "$only")
# The MPI sweep test apart, without LeakSanitizer: OpenMPI's MPI_Init keeps buffers it never
# frees, allocated in plugins it unloads at MPI_Finalize, so that LSan cannot name the module a
# suppression would match (tests/sanitize/README.md). ASan and UBSan still check those ranks.
mpi='^SweepMpi\.'
(cd "$build" && ctest --output-on-failure -j "$jobs" "${filter[@]}" -E "$mpi")
ctest_status=$?
if [ -z "$only" ]; then
  (cd "$build" && ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" ctest --output-on-failure -R "$mpi")
  [ $? -eq 0 ] || ctest_status=1
fi
echo "sanitize: ctest exit $ctest_status after $(($(date +%s) - start)) s"

shopt -s nullglob
found=("$reports"/*)
if [ ${#found[@]} -gt 0 ]; then
  echo "sanitize: ${#found[@]} sanitizer report(s) in $reports:"
  for f in "${found[@]}"; do
    echo "---- $f"
    head -n 40 "$f"
  done
  exit 1
fi
[ $ctest_status -eq 0 ] || exit 1
echo "sanitize: clean (no sanitizer report, every test passed)"
