#!/usr/bin/python3
"""PNG figures from a jezsim sweep folder.

    jezsim plot SWEEPDIR      (runs analysis/plot_sweep.py through jezsim-plot)

Reads SWEEPDIR/results.csv (and sensitivity.csv, points.csv, manifest.json and the per-run
timeseries.csv kept with --keep timeseries, when present) and writes SWEEPDIR/figures/*.png:
histograms of each output; fan charts of the kept series; a tornado chart; Sobol indices (or
standardised regression coefficients) with confidence intervals; a heatmap when the sweep is a grid
over two parameters. Each is drawn only when the sweep has its data. Exit codes: 0 figures
written; 2 bad input (one sentence on stderr naming the file); 1 anything else.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jezplot.cli import draw_in_workers, figures_main  # noqa: E402

_SWEEP = None  # the loaded sweep, inherited by the forked workers


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
    return draw_in_workers(_draw_one, tasks, jobs)


def main(argv=None, prog="plot_sweep.py"):
    return figures_main(prog, "PNG figures from a jezsim sweep folder.", "sweepdir",
                        "a folder written by 'jezsim sweep SWEEP.yaml -o DIR'", plot_sweep, argv)


if __name__ == "__main__":
    sys.exit(main())
