#!/usr/bin/env bash
# A Slurm job array that runs one sweep as N shards, one shard per array task, then merges them.
#
#   sbatch --array=1-16 scripts/slurm-sweep.sh scenarios/sweeps/monte-carlo-weather-prices.yaml /shared/out/mc
#   # when every task has finished (or chain it: sbatch --dependency=afterok:JOBID ...):
#   jezsim merge /shared/out/mc/shard-* -o /shared/out/mc/merged
#
# Each task runs `jezsim sweep --shard K/N` with as many children as the cores Slurm gave it; a
# task that is killed (time limit, node failure) is started again with the same command plus
# --resume, which skips the runs it had finished. The output folder must be on a file system
# that every node and the merge can see.
#SBATCH --job-name=jezsim-sweep
#SBATCH --cpus-per-task=8
#SBATCH --time=02:00:00
#SBATCH --output=jezsim-sweep-%A_%a.log
set -euo pipefail
sweep=${1:?usage: sbatch --array=1-N scripts/slurm-sweep.sh SWEEP.yaml OUT_DIR}
out=${2:?usage: sbatch --array=1-N scripts/slurm-sweep.sh SWEEP.yaml OUT_DIR}
# jezsim: $JEZSIM, else the one on PATH (make install), else the checkout's build tree.
jezsim=${JEZSIM:-$(command -v jezsim || echo build/sim/cli/jezsim)}
k=${SLURM_ARRAY_TASK_ID:?run this through sbatch --array=1-N}
n=${SLURM_ARRAY_TASK_COUNT:?run this through sbatch --array=1-N}
jobs=${SLURM_CPUS_PER_TASK:-$(nproc)}
dir="$out/shard-$k-of-$n"
resume=()
if [ -d "$dir/runs" ]; then resume=(--resume); fi
# Exit 3 (some runs failed) is a finished shard: the failures are listed in its results.csv.
"$jezsim" sweep "$sweep" --shard "$k/$n" -j "$jobs" -o "$dir" --progress "${resume[@]}" || {
  code=$?
  [ "$code" -eq 3 ] && exit 0
  exit "$code"
}
