#!/usr/bin/python3
"""Compare jezsim runs: their headline results side by side, and the differences.

    python3 analysis/compare.py RUNDIR_A RUNDIR_B [RUNDIR ...] [-o FILE.csv] [--figures DIR]

The first run is the reference. Writes a CSV (to stdout, or to -o FILE) with one row per
summary.csv metric: `metric,unit,<run>...,diff_<run>,pct_<run>...` where diff is the run minus the
reference and pct that difference in percent of the reference (empty when the reference is 0
or a run lacks the metric). Draws compare_headline.png and compare_timeseries.png into --figures
(default: a folder `compare` next to the first run). Exit codes: 0 done; 2 bad input (one
sentence on stderr naming the file); 1 anything else.
"""

import argparse
import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jezplot.cli import guarded  # noqa: E402
from jezplot.rundir import RunFolderError  # noqa: E402

# Headline metrics drawn first when the runs have them (issues 3 and 4); then the others.
HEADLINE = ["grp_final_year", "jobs_final_year", "labour_income_final_year", "imports_final_year",
            "investment_total", "npv_japan", "npv_russia", "irr_japan", "irr_russia",
            "tax_receipts_russia", "tax_receipts_japan", "impact_grp_final_year",
            "impact_jobs_final_year", "impact_grp_cumulative", "visitors_total",
            "aquaculture_harvest_total", "greenhouse_output_total", "wind_energy_total",
            "diesel_saved_total", "co2_avoided_total", "unserved_energy_total",
            "waste_treated_total", "cargo_spoiled_total", "sailings_cancelled_total",
            "fish_export_revenue_total"]
MAX_HEADLINE_PANELS = 16


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        sys.stderr.write(f"compare.py: {message} (usage: compare.py RUNDIR_A RUNDIR_B [RUNDIR "
                         f"...] [-o FILE.csv] [--figures DIR]).\n")
        sys.exit(2)


def run_names(folders):
    """Short names for the runs: the folder names, or the paths when two share a name."""
    names = [Path(f).resolve().name for f in folders]
    if len(set(names)) < len(names):
        names = [str(f).rstrip("/") for f in folders]
    if len(set(names)) < len(names):
        raise RunFolderError(f"{folders[0]} is given twice: compare different runs.")
    return names


def headline_table(runs, names):
    """metric, unit, one column per run, then diff_ and pct_ columns against the first run."""
    import numpy as np
    import pandas as pd

    order, units = [], {}
    for run, name in zip(runs, names):
        if run.summary is None:
            raise RunFolderError(f"{run.folder / 'summary.csv'} is missing: every run compared "
                                 f"needs its headline results.")
        for metric, unit in zip(run.summary["metric"], run.summary["unit"]):
            if metric not in units:
                units[metric] = (unit, name)
                order.append(metric)
            elif units[metric][0] != unit:
                raise RunFolderError(
                    f"{run.folder / 'summary.csv'} gives {metric} in '{unit}' but run "
                    f"{units[metric][1]} gives it in '{units[metric][0]}': the runs cannot be "
                    f"compared on it.")
    table = pd.DataFrame({"metric": order, "unit": [units[m][0] for m in order]})
    for run, name in zip(runs, names):
        values = run.summary.drop_duplicates("metric").set_index("metric")["value"]
        table[name] = table["metric"].map(values)
    ref = table[names[0]]
    for name in names[1:]:
        table[f"diff_{name}"] = table[name] - ref
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = 100.0 * (table[name] - ref) / ref.abs()
        table[f"pct_{name}"] = pct.where(ref.abs() > 0)
    return table


def write_csv(table, out):
    from jezplot.draw import save_text

    text = io.StringIO()
    table.to_csv(text, index=False, float_format="%.10g")
    if out is None:
        sys.stdout.write(text.getvalue())
    else:
        save_text(Path(out), text.getvalue())


def compare(args):
    """Writes the comparison CSV and figures; returns the figures written."""
    from jezplot.compare_figures import headline_figure, timeseries_figure
    from jezplot.run import Run

    folders = [Path(f) for f in args.rundirs]
    names = run_names(folders)
    runs = [Run(f) for f in folders]
    table = headline_table(runs, names)
    figures = Path(args.figures) if args.figures else folders[0].resolve().parent / "compare"
    figures.mkdir(parents=True, exist_ok=True)
    written = [headline_figure(table, names, HEADLINE, MAX_HEADLINE_PANELS,
                               figures / "compare_headline.png")]
    path = timeseries_figure(runs, names, figures / "compare_timeseries.png")
    if path:
        written.append(path)
    write_csv(table, args.output)
    return written


def main(argv=None):
    parser = _Parser(description="Compare jezsim runs: headline results side by side.")
    parser.add_argument("rundirs", nargs="+", help="run folders; the first is the reference")
    parser.add_argument("-o", "--output", help="write the CSV here instead of stdout")
    parser.add_argument("--figures", help="folder for the PNG figures (default: 'compare' "
                        "next to the first run)")
    args = parser.parse_args(argv)
    if len(args.rundirs) < 2:
        parser.error("give at least two run folders")
    ok, written = guarded("compare.py", f"compare {', '.join(args.rundirs)}",
                          lambda: compare(args))
    if not ok:
        return written
    where = sys.stderr if args.output is None else sys.stdout
    if args.output:
        print(f"Comparison written to {args.output}", file=where)
    print("Figures: " + ", ".join(str(p) for p in written), file=where)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("MPLBACKEND", "Agg")
    sys.exit(main())
