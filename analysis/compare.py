#!/usr/bin/python3
"""Compare jezsim runs: their headline results side by side, and the differences.

    jezsim compare RUNDIR_A RUNDIR_B [RUNDIR ...] [-o FILE.csv] [--figures DIR]

The first run is the reference. Writes a CSV (to stdout, or to -o FILE) with one row per
quantity: `metric,unit,<run>...,diff_<run>,pct_<run>...` where diff is the run minus the
reference and pct that difference in percent of the reference. pct is empty when a change
cannot be read as a percentage: the reference is 0, or the run's value has the other sign (a
quantity that starts at zero or crosses it, such as an NPV going from -272 to 0, is shown as a
difference only).

Runs are compared over their common horizon only. When the runs cover the same months, the rows
are summary.csv's metrics. When they do not, summary.csv's totals, final-year values and NPVs
cover different spans and are not compared: the rows are then every time-series variable the
runs share, by region kind (`value_added` for the zone, `cargo_delivered (island)` summed over
the islands...), from timeseries.csv over the common months (flows summed, stocks and jobs
averaged; the unit says which and over what), and a note on stderr names both horizons. Draws
compare_headline.png and compare_timeseries.png into --figures (default: a folder `compare` next
to the first run). Exit codes: 0 done; 2 bad input (one sentence on stderr naming the file); 1
anything else.
"""

import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jezplot.cli import guarded, one_sentence_parser  # noqa: E402
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
# Over unequal horizons the rows are series: these first.
SERIES_FIRST = ["value_added", "jobs", "labour_income", "output", "imports", "impact_value_added",
                "visitors", "power_wind", "power_diesel", "sailings_cancelled", "cash_flow"]


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
    return with_differences(table, names)


def with_differences(table, names):
    """Adds diff_ and pct_ columns against the first run. pct only where the reference and the
    run have the same strict sign: from or to zero, or across it, a percentage misleads."""
    import numpy as np

    ref = table[names[0]]
    for name in names[1:]:
        table[f"diff_{name}"] = table[name] - ref
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = 100.0 * (table[name] - ref) / ref.abs()
        table[f"pct_{name}"] = pct.where(np.sign(ref) * np.sign(table[name]) > 0)
    return table


def horizon(run):
    """(first month, last month) of a run's periods, as Timestamps."""
    import pandas as pd

    return run.start, run.end - pd.DateOffset(months=1)


def month_text(t):
    return f"{t:%Y-%m}"


def common_horizon(runs, names):
    """(first, last) month that every run covers, and whether the runs' horizons differ;
    RunFolderError when they share no month."""
    spans = [horizon(r) for r in runs]
    first, last = max(s[0] for s in spans), min(s[1] for s in spans)
    if first > last:
        listed = ", ".join(f"{n} {month_text(a)} to {month_text(b)}"
                           for n, (a, b) in zip(names, spans))
        raise RunFolderError(f"the runs share no month ({listed}): nothing to compare.")
    return first, last, len(set(spans)) > 1


def clip(run, first, last):
    """Keeps only the run's rows from `first` to `last` (the common horizon)."""
    import pandas as pd

    run.ts = run.ts[(run.ts["date"] >= first) & (run.ts["date"] <= last)]
    run._by_variable = {v: g for v, g in run.ts.groupby("variable", sort=False)}
    run.start, run.end = first, last + pd.DateOffset(months=run.months_per_period)


def is_flow(unit):
    """A per-period unit (RUB mn/month, t/month, count/month): summed over the horizon."""
    return "/" in unit and unit.rsplit("/", 1)[1].strip() in ("month", "quarter", "year")


def by_kind(run, variable):
    """{region kind: series by date, summed over the regions of that kind} of one variable;
    the kind is timeseries.csv's region_kind ('' for a folder written before it existed)."""
    t = run.rows(variable)
    kinds = t["region_kind"] if "region_kind" in t.columns else ""
    return {k: g.groupby("date")["value"].sum()
            for k, g in t.assign(region_kind=kinds).groupby("region_kind")}


def series_table(runs, names, first, last):
    """Every variable and region kind all runs have, over the common months: flows summed, the
    rest (stocks, jobs) averaged. Zone rows are named by the variable alone, the others
    `variable (kind)`, so that an island's cargo and the zone's output are never added up."""
    import pandas as pd

    span = f"{month_text(first)} to {month_text(last)}"
    shared = [v for v in runs[0].variables() if all(r.has(v) for r in runs[1:])]
    rows = []
    for variable in shared:
        unit = runs[0].unit(variable)
        if any(r.unit(variable) != unit for r in runs[1:]):
            continue  # not comparable
        flow = is_flow(unit)
        series = [by_kind(r, variable) for r in runs]
        for kind in series[0]:
            if not all(kind in s for s in series[1:]):
                continue
            values = [float(s[kind].sum() if flow else s[kind].mean()) for s in series]
            shown = f"{unit.rsplit('/', 1)[0].strip()}, sum {span}" if flow else \
                f"{unit}, mean {span}"
            name = variable if kind in ("zone", "") else f"{variable} ({kind})"
            rows.append([name, shown] + values)
    table = pd.DataFrame(rows, columns=["metric", "unit"] + names)
    return with_differences(table, names)


def write_csv(table, out):
    from jezplot.draw import save_text

    text = io.StringIO()
    table.to_csv(text, index=False, float_format="%.10g")
    if out is None:
        sys.stdout.write(text.getvalue())
    else:
        save_text(Path(out), text.getvalue())


def compare(args, prog="compare.py"):
    """Writes the comparison CSV and figures; returns the figures written."""
    from jezplot.compare_figures import headline_figure, timeseries_figure
    from jezplot.run import Run

    folders = [Path(f) for f in args.rundirs]
    names = run_names(folders)
    runs = [Run(f) for f in folders]
    first, last, differ = common_horizon(runs, names)
    if differ:
        spans = ", ".join(f"{n} {month_text(horizon(r)[0])} to {month_text(horizon(r)[1])}"
                          for n, r in zip(names, runs))
        sys.stderr.write(
            f"{prog}: the runs cover different horizons ({spans}): compared over their common "
            f"horizon {month_text(first)} to {month_text(last)} only, from timeseries.csv; "
            f"summary.csv's totals, final-year values and NPVs are not compared.\n")
        for run in runs:
            clip(run, first, last)
        table = series_table(runs, names, first, last)
    else:
        table = headline_table(runs, names)
    figures = Path(args.figures) if args.figures else folders[0].resolve().parent / "compare"
    figures.mkdir(parents=True, exist_ok=True)
    written = [headline_figure(table, names, HEADLINE if not differ else SERIES_FIRST,
                               MAX_HEADLINE_PANELS, figures / "compare_headline.png")]
    path = timeseries_figure(runs, names, figures / "compare_timeseries.png")
    if path:
        written.append(path)
    write_csv(table, args.output)
    return written


def main(argv=None, prog="compare.py"):
    parser = one_sentence_parser(prog, "RUNDIR_A RUNDIR_B [RUNDIR ...] [-o FILE.csv] "
                                 "[--figures DIR]", "Compare jezsim runs: headline results "
                                 "side by side, over their common horizon.")
    parser.add_argument("rundirs", nargs="+", help="run folders; the first is the reference")
    parser.add_argument("-o", "--output", help="write the CSV here instead of stdout")
    parser.add_argument("--figures", help="folder for the PNG figures (default: 'compare' "
                        "next to the first run)")
    args = parser.parse_args(argv)
    if len(args.rundirs) < 2:
        parser.error("give at least two run folders")
    ok, written = guarded(prog, f"compare {', '.join(args.rundirs)}",
                          lambda: compare(args, prog))
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
