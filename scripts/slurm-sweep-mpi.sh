#!/usr/bin/env bash
# One Slurm job that runs a whole sweep over MPI ranks (jezsim built against OpenMPI):
#
#   sbatch --ntasks=64 scripts/slurm-sweep-mpi.sh scenarios/sweeps/sobol-key-parameters.yaml /shared/out/sobol
#
# Rank r runs the r-th block of points, one run at a time in a forked child (SimGrid holds one
# engine per process), and rank 0 gathers the results into one results.csv: the same file as a
# single-machine `jezsim sweep -j N`. Resubmitting with --resume skips the finished runs.
#SBATCH --job-name=jezsim-sweep-mpi
#SBATCH --ntasks=64
#SBATCH --time=02:00:00
#SBATCH --output=jezsim-sweep-mpi-%j.log
set -euo pipefail
sweep=${1:?usage: sbatch --ntasks=R scripts/slurm-sweep-mpi.sh SWEEP.yaml OUT_DIR}
out=${2:?usage: sbatch --ntasks=R scripts/slurm-sweep-mpi.sh SWEEP.yaml OUT_DIR}
# jezsim: $JEZSIM, else the one on PATH (make install), else the checkout's build tree.
jezsim=${JEZSIM:-$(command -v jezsim || echo build/sim/cli/jezsim)}
resume=()
if [ -d "$out/runs" ]; then resume=(--resume); fi
mpirun "$jezsim" sweep "$sweep" --mpi -j 1 -o "$out" --progress "${resume[@]}"
