"""Figures of a sweep: histograms of the outputs, fan charts of kept series, a tornado chart,
Sobol (or regression) indices with their confidence intervals, a heatmap for two-parameter grids.
Each takes a jezplot.sweepdir.Sweep and a path, and draws only what the sweep has."""

import math

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import draw
from .palette import OKABE_ITO

MAX_PANELS = 12
MAX_DETAIL_OUTPUTS = 4
MAX_FAN_RUNS = 120  # kept series read for the fans: an even sample beyond this (quantiles
# of 120 runs place the 5 % and 95 % bands well enough, and each full series takes ~50 ms to read)
LOW, HIGH = OKABE_ITO["sky_blue"], OKABE_ITO["orange"]
INDEX_COLOURS = {"S1": OKABE_ITO["blue"], "ST": OKABE_ITO["vermillion"],
                 "SRC": OKABE_ITO["bluish_green"]}
INDEX_LABELS = {"S1": "first order S1", "ST": "total order ST", "S2": "second order",
                "SRC": "standardised regression coefficient"}
# Kept series drawn as fans: (variable, how per year, title).
FAN_SERIES = [("value_added", "sum", "Gross regional product (value added)"),
              ("jobs", "mean", "Jobs (annual mean)"),
              ("impact_value_added", "sum", "Impact on value added"),
              ("visitors", "sum", "Visitors"),
              ("power_diesel", "sum", "Diesel power generated"),
              ("unserved_energy", "sum", "Unserved energy"),
              ("cargo_spoiled", "sum", "Cargo spoiled")]


def num(v):
    """A number as a reader wants it: 11,050 / 272.4 / 0.0482."""
    try:
        v = float(v)
    except (TypeError, ValueError):
        return str(v)  # a discrete parameter's text value
    if not np.isfinite(v):
        return "n/a"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    if abs(v) >= 10:
        return f"{v:,.1f}"
    return f"{v:.3g}"


def short(path):
    """'wind.capacity_factor' from 'sectors.wind.capacity_factor': the part a reader needs."""
    parts = str(path).split(".")
    return ".".join(parts[-2:]) if len(parts) > 2 else str(path)


def _grid(n, ncols=3, height=2.4, width=None):
    ncols = min(ncols, n)
    nrows = math.ceil(n / ncols)
    fig, axes = draw.new_figure(nrows, ncols, height_per_row=height, sharex=False,
                                width=width or draw.WIDTH_IN)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    return fig, list(axes.flat[:n])


def _unit(sweep, output):
    return sweep.units().get(output, "")


def histograms(sweep, path):
    outputs = sweep.outputs[:MAX_PANELS]
    fig, axes = _grid(len(outputs), ncols=3 if len(outputs) > 4 else 2)
    for ax, output in zip(axes, outputs):
        v = sweep.ok[output].dropna().to_numpy(dtype=float)
        if len(v) == 0:
            ax.text(0.5, 0.5, "no values", transform=ax.transAxes, ha="center")
            continue
        q5, q50, q95 = np.percentile(v, [5, 50, 95])
        bins = int(min(40, max(5, math.sqrt(len(v)))))
        if np.ptp(v) == 0:
            bins = 1
        ax.axvspan(q5, q95, color=OKABE_ITO["sky_blue"], alpha=0.18, linewidth=0)
        ax.hist(v, bins=bins, color=OKABE_ITO["blue"], alpha=0.85, edgecolor="white",
                linewidth=0.4)
        ax.axvline(q50, color=OKABE_ITO["black"], linewidth=1.2)
        ax.set_title(f"{output.replace('_', ' ')}\nmedian {num(q50)}; 5–95 %: {num(q5)} to "
                     f"{num(q95)}", loc="left", fontsize=9)
        ax.set_xlabel(_unit(sweep, output) or output, fontsize=8.5)
        ax.set_ylabel("runs")
        ax.xaxis.set_major_locator(draw.mticker.MaxNLocator(nbins=5))
        draw.thousands(ax, axis="x")
    more = len(sweep.outputs) - len(outputs)
    fig.suptitle(f"Distribution of each output — {sweep.label()}")
    handles = [Patch(color=OKABE_ITO["blue"], alpha=0.85, label="runs per bin"),
               Line2D([], [], color="black", label="median"),
               Patch(color=OKABE_ITO["sky_blue"], alpha=0.18, label="5 % to 95 % of the runs")]
    if more:
        handles.append(Patch(facecolor="none", edgecolor="none",
                             label=f"{more} more outputs not drawn"))
    draw.legend_below(fig, handles, ncol=len(handles))
    draw.save(fig, path)


def _ends(values):
    """Masks of the runs at a parameter's low and high end: its lowest and highest level when
    it has few levels (a grid), else its bottom and top decile."""
    levels = np.unique(values[~np.isnan(values)])
    if len(levels) <= 5:
        return values == levels[0], values == levels[-1], levels[0], levels[-1], True
    lo, hi = np.nanpercentile(values, [10, 90])
    return values <= lo, values >= hi, lo, hi, False


def tornado_rows(sweep, output):
    """parameter, low value, high value, mean output at each end, sorted by swing."""
    y = sweep.ok[output].to_numpy(dtype=float)
    rows = []
    for p in sweep.varying():
        x = pd.to_numeric(sweep.ok[p], errors="coerce").to_numpy(dtype=float)
        if np.isnan(x).all():
            continue
        low, high, xlo, xhi, levels = _ends(x)
        rows.append((p, xlo, xhi, np.nanmean(y[low]), np.nanmean(y[high]), levels))
    table = pd.DataFrame(rows, columns=["parameter", "x_low", "x_high", "y_low", "y_high",
                                        "levels"])
    table["swing"] = (table["y_high"] - table["y_low"]).abs()
    return table.sort_values("swing", ascending=False, ignore_index=True)


def tornado(sweep, path):
    outputs = sweep.outputs[:MAX_DETAIL_OUTPUTS]
    nparams = len(sweep.varying())
    fig, axes = _grid(len(outputs), ncols=2, height=0.42 * nparams + 1.2)
    for ax, output in zip(axes, outputs):
        table = tornado_rows(sweep, output)
        base = float(np.nanmedian(sweep.ok[output]))
        ys = np.arange(len(table))
        ax.barh(ys, table["y_low"] - base, left=base, color=LOW, height=0.6)
        ax.barh(ys, table["y_high"] - base, left=base, color=HIGH, height=0.6)
        ax.axvline(base, color="black", linewidth=0.9)
        ax.set_yticks(ys, [f"{short(p)}\n{num(lo)} → {num(hi)}" if lv else
                           f"{short(p)}\n≤ {num(lo)} | ≥ {num(hi)}" for p, lo, hi, lv in
                           zip(table["parameter"], table["x_low"], table["x_high"],
                               table["levels"])], fontsize=7.5)
        ax.invert_yaxis()
        ax.grid(axis="y", visible=False)
        ax.set_title(output.replace("_", " "), loc="left", fontsize=9.5)
        ax.set_xlabel(_unit(sweep, output) or output, fontsize=8.5)
        ax.xaxis.set_major_locator(draw.mticker.MaxNLocator(nbins=5))
        draw.thousands(ax, axis="x")
    fig.suptitle(f"Tornado: mean output at each parameter's low and high end — {sweep.label()}")
    handles = [Patch(color=LOW, label="parameter low (lowest level, or bottom 10 % of runs)"),
               Patch(color=HIGH, label="parameter high (highest level, or top 10 %)"),
               Line2D([], [], color="black", label="median over all runs")]
    draw.legend_below(fig, handles, ncol=3)
    draw.save(fig, path)


def sensitivity(sweep, path):
    s = sweep.sensitivity
    outputs = [o for o in sweep.outputs if o in set(s["output"])]
    outputs = (outputs or list(dict.fromkeys(s["output"])))[:MAX_DETAIL_OUTPUTS]
    kinds = [k for k in ("S1", "ST", "SRC") if k in set(s["index"])] or \
        list(dict.fromkeys(s["index"]))[:2]
    nparams = s["parameter"].nunique()
    fig, axes = _grid(len(outputs), ncols=2, height=0.45 * nparams + 1.2)
    for ax, output in zip(axes, outputs):
        part = s[s["output"] == output]
        order = (part[part["index"] == kinds[-1]].sort_values("value", ascending=False)
                 ["parameter"].tolist())
        order += [p for p in dict.fromkeys(part["parameter"]) if p not in order]
        width = 0.8 / len(kinds)
        for i, kind in enumerate(kinds):
            k = part[part["index"] == kind].set_index("parameter").reindex(order)
            ys = np.arange(len(order)) + (i - (len(kinds) - 1) / 2) * width
            err = np.vstack([(k["value"] - k["low"]).clip(lower=0).fillna(0),
                             (k["high"] - k["value"]).clip(lower=0).fillna(0)])
            ax.barh(ys, k["value"], height=width, color=INDEX_COLOURS.get(kind, "0.5"),
                    xerr=err, error_kw=dict(ecolor="0.2", capsize=2, linewidth=0.8))
        ax.set_yticks(np.arange(len(order)), [short(p) for p in order], fontsize=8)
        ax.invert_yaxis()
        ax.axvline(0, color="0.3", linewidth=0.7)
        ax.grid(axis="y", visible=False)
        r2 = sweep.r_squared.get(output)
        ax.set_title(output.replace("_", " ") + (f" (regression R² {r2:.2f})"
                                                 if r2 is not None and np.isfinite(r2) else ""),
                     loc="left", fontsize=9.5)
        ax.set_xlabel("index (share of the output's variance)" if "S1" in kinds
                      else "coefficient", fontsize=8.5)
    sobol = "S1" in kinds or "ST" in kinds
    fig.suptitle(("Sobol sensitivity indices" if sobol else "Standardised regression "
                  "coefficients") + f" with confidence intervals — {sweep.label()}")
    handles = [Patch(color=INDEX_COLOURS.get(k, "0.5"), label=INDEX_LABELS.get(k, k))
               for k in kinds]
    handles.append(Line2D([], [], color="0.2", marker="|", linestyle="-",
                          label="confidence interval (sensitivity.csv)"))
    draw.legend_below(fig, handles, ncol=len(handles))
    draw.save(fig, path)


def heatmap(sweep, path):
    px, py = sweep.varying()
    outputs = sweep.outputs[:MAX_DETAIL_OUTPUTS]
    fig, axes = _grid(len(outputs), ncols=2, height=3.4)
    for ax, output in zip(axes, outputs):
        table = sweep.ok.groupby([py, px])[output].mean().unstack(px).sort_index(ascending=False)
        image = ax.imshow(table.to_numpy(dtype=float), aspect="auto", cmap="viridis")
        ax.set_xticks(range(table.shape[1]), [num(v) for v in table.columns], fontsize=8)
        ax.set_yticks(range(table.shape[0]), [num(v) for v in table.index], fontsize=8)
        ax.set_xlabel(short(px))
        ax.set_ylabel(short(py))
        ax.grid(False)
        if table.size <= 100:
            lo, hi = np.nanmin(table.to_numpy()), np.nanmax(table.to_numpy())
            for (r, c), v in np.ndenumerate(table.to_numpy(dtype=float)):
                light = hi > lo and (v - lo) / (hi - lo) > 0.6
                ax.text(c, r, num(v), ha="center", va="center", fontsize=7,
                        color="black" if light else "white")
        bar = fig.colorbar(image, ax=ax, shrink=0.9)
        bar.set_label(_unit(sweep, output) or output, fontsize=8)
        ax.set_title(output.replace("_", " ") + " (mean over replications)", loc="left",
                     fontsize=9.5)
    fig.suptitle(f"Grid of {short(px)} × {short(py)} — {sweep.label()}")
    draw.save(fig, path)


def _annual_series(path, variables):
    """{variable: Series by calendar year} of one kept run (full years only)."""
    t = pd.read_csv(path, usecols=["date", "region", "variable", "unit", "value"],
                    dtype={"date": str, "region": str, "variable": str, "unit": str})
    t = t[t["variable"].isin([v for v, _, _ in variables])]
    out = {}
    for variable, how, _ in variables:
        part = t[t["variable"] == variable]
        places = part[part["region"] != "zone"]
        part = places if len(places) else part
        if part.empty:
            continue
        by_date = part.groupby("date")["value"].sum()
        years = by_date.index.str[:4].astype(int)
        months = by_date.groupby(years).size()
        yearly = by_date.groupby(years).sum() if how == "sum" else by_date.groupby(years).mean()
        out[variable] = (yearly[months >= 12], part["unit"].iloc[0])
    return out


def kept_fans(sweep, files):
    """{variable: DataFrame year x run} of the kept series, read from at most MAX_FAN_RUNS."""
    if len(files) > MAX_FAN_RUNS:
        files = [files[i] for i in np.linspace(0, len(files) - 1, MAX_FAN_RUNS).astype(int)]
    collected, units = {}, {}
    for f in files:
        for variable, (yearly, unit) in _annual_series(f, FAN_SERIES).items():
            collected.setdefault(variable, []).append(yearly)
            units[variable] = unit
    tables = {v: pd.concat(series, axis=1) for v, series in collected.items()}
    return tables, units, len(files)


def fans(sweep, path, fans_data=None):
    data, units, nread = fans_data or kept_fans(sweep, sweep.kept_series())
    # A variable with no full year in any kept run (cargo_spoiled in most runs) has no fan.
    chosen = [(v, how, t) for v, how, t in FAN_SERIES if v in data and not data[v].empty]
    fig, axes = _grid(len(chosen), ncols=2, height=2.6)
    colour = OKABE_ITO["blue"]
    for ax, (variable, how, title) in zip(axes, chosen):
        table = data[variable]
        q = table.quantile([0.05, 0.25, 0.5, 0.75, 0.95], axis=1).T
        x = q.index.to_numpy()
        ax.fill_between(x, q[0.05], q[0.95], color=colour, alpha=0.18, linewidth=0)
        ax.fill_between(x, q[0.25], q[0.75], color=colour, alpha=0.38, linewidth=0)
        ax.plot(x, q[0.5], color=colour, linewidth=1.6)
        ax.set_title(title + (" per calendar year" if how == "sum" else ""), loc="left",
                     fontsize=9.5)
        unit = units.get(variable, "")
        ax.set_ylabel(draw.per_year_unit(unit) if how == "sum" else unit)
        draw.year_axis(ax)
        draw.thousands(ax)
    fig.suptitle(f"Fan charts of the kept series ({nread} runs read) — {sweep.label()}")
    handles = [Line2D([], [], color=colour, linewidth=1.6, label="median"),
               Patch(color=colour, alpha=0.38, label="50 % of the runs (25–75 %)"),
               Patch(color=colour, alpha=0.18, label="90 % of the runs (5–95 %)")]
    draw.legend_below(fig, handles, ncol=3)
    draw.save(fig, path)
