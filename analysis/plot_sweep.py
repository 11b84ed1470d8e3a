#!/usr/bin/python3
"""PNG figures from a jezsim sweep folder.

    python3 analysis/plot_sweep.py SWEEPDIR

Reads SWEEPDIR/results.csv (and sensitivity.csv, points.csv, manifest.json and the per-run
timeseries.csv kept with --keep timeseries, when present) and writes SWEEPDIR/figures/*.png:
histograms of each output; fan charts of the kept series; a tornado chart; Sobol indices (or
standardised regression coefficients) with confidence intervals; a heatmap when the sweep is a grid
over two parameters. Each is drawn only when the sweep has its data. Exit codes: 0 figures
written; 2 bad input (one sentence on stderr naming the file); 1 anything else.
"""

import argparse
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jezplot.rundir import RunFolderError  # noqa: E402

_SWEEP = None  # the loaded sweep, inherited by the forked workers


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        sys.stderr.write(f"plot_sweep.py: {message} (usage: plot_sweep.py SWEEPDIR).\n")
        sys.exit(2)


def figure_list(sweep):
    """(file name, function) of each figure the sweep has data for."""
    from jezplot import sweep_figures as f

    todo = [("sweep_histograms.png", f.histograms)]
    if sweep.kept_series():
        todo.append(("sweep_fans.png", f.fans))
    if sweep.varying():
        todo.append(("sweep_tornado.png", f.tornado))
    if sweep.sensitivity is not None and len(sweep.sensitivity):
        todo.append(("sweep_sensitivity.png", f.sensitivity))
    if sweep.is_grid():
        todo.append(("sweep_heatmap.png", f.heatmap))
    return todo


ALL_FIGURES = ["sweep_histograms.png", "sweep_fans.png", "sweep_tornado.png",
               "sweep_sensitivity.png", "sweep_heatmap.png"]


def _draw_one(index, path):
    figure_list(_SWEEP)[index][1](_SWEEP, path)
    return path


def plot_sweep(folder, jobs=None):
    """Draws every figure the sweep has data for; returns the paths written."""
    global _SWEEP
    from jezplot.sweepdir import Sweep

    sweep = _SWEEP = Sweep(folder)
    todo = figure_list(sweep)
    out = sweep.folder / "figures"
    out.mkdir(exist_ok=True)
    for name in ALL_FIGURES:  # a figure of an earlier plot that has no data now would mislead
        if name not in dict(todo):
            (out / name).unlink(missing_ok=True)
    tasks = [(i, out / name) for i, (name, _) in enumerate(todo)]
    jobs = min(jobs or os.cpu_count() or 1, len(tasks))
    if jobs <= 1:
        return [_draw_one(i, p) for i, p in tasks]
    with ProcessPoolExecutor(max_workers=jobs,
                             mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_draw_one, *zip(*tasks)))


def main(argv=None):
    parser = _Parser(description="PNG figures from a jezsim sweep folder.")
    parser.add_argument("sweepdir", help="a folder written by 'jezsim sweep SWEEP.yaml -o DIR'")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        written = plot_sweep(Path(args.sweepdir))
    except RunFolderError as e:
        sys.stderr.write(f"plot_sweep.py: {e}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("plot_sweep.py: interrupted.\n")
        return 1
    except Exception as e:  # never a traceback: one sentence, and the type for a bug report
        detail = " ".join(str(e).split()) or "no detail"
        sys.stderr.write(f"plot_sweep.py: could not draw the figures of {args.sweepdir} "
                         f"({type(e).__name__}: {detail}).\n")
        return 1
    print(f"Figures written to {written[0].parent} in {time.perf_counter() - t0:.1f} s:")
    for p in written:
        print(f"  {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
