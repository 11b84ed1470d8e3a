"""Figures of compare.py: headline results of several runs side by side, and their key series
by calendar year."""

import math

import numpy as np

from . import draw
from .palette import RUNS

# Series drawn by calendar year when any run has them: (variable, how, title).
SERIES = [("value_added", "sum", "Gross regional product (value added)"),
          ("jobs", "mean", "Jobs (annual mean)"),
          ("impact_value_added", "sum", "Impact on value added"),
          ("visitors", "sum", "Visitors"),
          ("power_diesel", "sum", "Diesel power generated"),
          ("power_wind", "sum", "Wind power generated"),
          ("exports_delivered", "sum", "Fish export revenue delivered"),
          ("sailings_cancelled", "sum", "Sailings cancelled")]


def _colour(i):
    return RUNS[i % len(RUNS)]


def headline_figure(table, names, preferred, limit, path):
    """One small panel per metric: a bar per run, labelled with its value and its difference
    from the reference (the first run): in percent when both have the same sign, else as a
    difference."""
    present = table[table[names].notna().any(axis=1)]
    rank = {m: i for i, m in enumerate(preferred)}
    present = present.assign(_rank=present["metric"].map(lambda m: rank.get(m, len(rank))))
    present = present.sort_values("_rank", kind="stable").head(limit)
    ncols = 4 if len(present) > 6 else min(len(present), 3)
    nrows = math.ceil(len(present) / ncols)
    height = 0.45 * len(names) + 1.0
    fig, axes = draw.new_figure(nrows, ncols, height_per_row=height, sharex=False,
                                width=draw.WIDTH_IN + 2)
    y = np.arange(len(names))
    for ax, (_, row) in zip(axes.flat, present.iterrows()):
        values = row[names].to_numpy(dtype=float)
        ax.barh(y, np.nan_to_num(values), color=[_colour(i) for i in range(len(names))],
                height=0.6)
        span = np.nanmax(np.abs(values)) if np.isfinite(values).any() else 1.0
        span = span or 1.0
        lo = min(0.0, np.nanmin(values)) if np.isfinite(values).any() else 0.0
        hi = max(0.0, np.nanmax(values)) if np.isfinite(values).any() else 1.0
        ax.set_xlim(lo - (0.6 * span if lo < 0 else 0), hi + 0.6 * span)
        for i, v in enumerate(values):
            if not np.isfinite(v):
                text = "n/a"
            else:
                text = f"{v:,.3g}" if abs(v) < 10 else f"{v:,.0f}"
                pct = row.get(f"pct_{names[i]}") if i else None
                diff = row.get(f"diff_{names[i]}") if i else None
                if pct is not None and np.isfinite(pct):
                    text += f" ({pct:+.1f} %)"
                elif diff is not None and np.isfinite(diff):  # from, to or across zero
                    text += f" ({diff:+,.3g})" if abs(diff) < 10 else f" ({diff:+,.0f})"
            ax.annotate(text, (0 if not np.isfinite(v) else v, i),
                        xytext=(3 if not np.isfinite(v) or v >= 0 else -3, 0),
                        textcoords="offset points", ha="left" if not (v < 0) else "right",
                        va="center", fontsize=7.5)
        ax.axvline(0, color="0.3", linewidth=0.7)
        ax.set_yticks(y, [])
        ax.invert_yaxis()
        ax.grid(axis="y", visible=False)
        ax.set_title(row["metric"].replace("_", " "), loc="left", fontsize=9.5)
        ax.set_xlabel(row["unit"] or "(no unit)", fontsize=8.5)
        ax.tick_params(axis="x", labelsize=7.5)
        ax.xaxis.set_major_locator(draw.mticker.MaxNLocator(nbins=4))
        draw.thousands(ax, axis="x")
    for ax in axes.flat[len(present):]:
        ax.set_visible(False)
    fig.suptitle("Headline results side by side; in brackets: difference from "
                 f"{names[0]} (in % where both have the same sign)")
    from matplotlib.patches import Patch
    handles = [Patch(color=_colour(i), label=n + (" (reference)" if i == 0 else ""))
               for i, n in enumerate(names)]
    draw.legend_below(fig, handles, ncol=min(len(names), 4))
    draw.save(fig, path)
    return path


def timeseries_figure(runs, names, path):
    """Key series by calendar year, one line per run; None when no run has any of them."""
    chosen = [(v, how, t) for v, how, t in SERIES if any(r.has(v) for r in runs)]
    if not chosen:
        return None
    ncols = 2 if len(chosen) > 1 else 1
    nrows = math.ceil(len(chosen) / ncols)
    fig, axes = draw.new_figure(nrows, ncols, height_per_row=2.6, sharex=False)
    for ax, (variable, how, title) in zip(axes.flat, chosen):
        unit = ""
        for i, (run, name) in enumerate(zip(runs, names)):
            if not run.has(variable):
                continue
            yearly = draw.full_years(run, run.total(variable), how)
            unit = run.unit(variable)
            ax.plot(yearly.index, yearly.to_numpy(), color=_colour(i), linewidth=1.6,
                    marker="o" if len(yearly) < 15 else None, markersize=3,
                    linestyle="-" if i == 0 else (0, (4, 1.5)))
        ax.set_title(title, loc="left", fontsize=10)
        ax.set_ylabel(draw.per_year_unit(unit) if how == "sum" else unit)
        draw.year_axis(ax)
        draw.thousands(ax)
    for ax in axes.flat[len(chosen):]:
        ax.set_visible(False)
    fig.suptitle("Key series by calendar year (full years only)")
    from matplotlib.lines import Line2D
    handles = [Line2D([], [], color=_colour(i), linewidth=1.6,
                      linestyle="-" if i == 0 else (0, (4, 1.5)),
                      label=n + (" (reference)" if i == 0 else "")) for i, n in enumerate(names)]
    draw.legend_below(fig, handles, ncol=min(len(names), 4))
    draw.save(fig, path)
    return path
