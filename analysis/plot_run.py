#!/usr/bin/python3
"""PNG figures from a jezsim run folder.

    python3 analysis/plot_run.py RUNDIR

Reads RUNDIR/timeseries.csv (and events.csv, manifest.json, scenario.resolved.yaml when present)
and writes RUNDIR/figures/*.png: each figure of jezplot/registry.py whose variables the run has.
Exit codes: 0 figures written; 2 bad input (one sentence on stderr naming the file); 1 anything
else (one sentence too).
"""

import argparse
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jezplot.rundir import RunFolderError  # noqa: E402


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one sentence and exit 2, like jezsim's bad command lines
        sys.stderr.write(f"plot_run.py: {message} (usage: plot_run.py RUNDIR).\n")
        sys.exit(2)


_RUN = None  # the loaded run, inherited by the forked workers


def _draw_one(index, path):
    from jezplot.registry import FIGURES

    FIGURES[index].draw(_RUN, path)
    return path


def plot_run(folder, jobs=None):
    """Draws every figure the run has the variables for; returns the paths written. The figures
    are independent, so they are drawn by `jobs` forked processes (default: the cores)."""
    global _RUN
    from jezplot.registry import FIGURES
    from jezplot.run import Run

    run = _RUN = Run(folder)
    todo = [f for f in FIGURES if f.drawable(run)]
    if not todo:
        raise RunFolderError(
            f"{run.folder / 'timeseries.csv'} has none of the variables the figures need "
            f"({', '.join(sorted({v for f in FIGURES for v in f.needs_all + f.needs_any}))}).")
    out = run.folder / "figures"
    out.mkdir(exist_ok=True)
    # A figure of an earlier plot that this run has no data for would mislead: remove it.
    for spec in FIGURES:
        if spec not in todo:
            (out / spec.filename).unlink(missing_ok=True)
    jobs = min(jobs or os.cpu_count() or 1, len(todo))
    tasks = [(FIGURES.index(spec), out / spec.filename) for spec in todo]
    if jobs <= 1:
        return [_draw_one(i, p) for i, p in tasks]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        return list(pool.map(_draw_one, *zip(*tasks)))


def main(argv=None):
    parser = _Parser(description="PNG figures from a jezsim run folder.")
    parser.add_argument("rundir", help="a folder written by 'jezsim run SCENARIO -o RUNDIR'")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        written = plot_run(Path(args.rundir))
    except RunFolderError as e:
        sys.stderr.write(f"plot_run.py: {e}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("plot_run.py: interrupted.\n")
        return 1
    except Exception as e:  # never a traceback: one sentence, and the type for a bug report
        detail = " ".join(str(e).split()) or "no detail"
        sys.stderr.write(f"plot_run.py: could not draw the figures of {args.rundir} "
                         f"({type(e).__name__}: {detail}).\n")
        return 1
    print(f"Figures written to {written[0].parent} in {time.perf_counter() - t0:.1f} s:")
    for p in written:
        print(f"  {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
