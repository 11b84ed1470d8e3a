#!/usr/bin/python3
"""PNG figures from a jezsim run folder.

    jezsim plot RUNDIR        (runs analysis/plot_run.py through jezsim-plot)

Reads RUNDIR/timeseries.csv (and events.csv, manifest.json, scenario.resolved.yaml when present)
and writes RUNDIR/figures/*.png: each figure of jezplot/registry.py whose variables the run has.
Exit codes: 0 figures written; 2 bad input (one sentence on stderr naming the file); 1 anything
else (one sentence too).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jezplot.cli import draw_in_workers, figures_main  # noqa: E402
from jezplot.rundir import RunFolderError  # noqa: E402

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
    tasks = [(FIGURES.index(spec), out / spec.filename) for spec in todo]
    return draw_in_workers(_draw_one, tasks, jobs)


def main(argv=None, prog="plot_run.py"):
    return figures_main(prog, "PNG figures from a jezsim run folder.", "rundir",
                        "a folder written by 'jezsim run SCENARIO -o RUNDIR'", plot_run, argv)


if __name__ == "__main__":
    sys.exit(main())
