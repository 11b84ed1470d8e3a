"""Drawing helpers shared by the figures: time axes, closure shading, legends, saving."""

import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.ticker as mticker  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.collections import PolyCollection  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.transforms import blended_transform_factory  # noqa: E402

from .palette import SERIES  # noqa: E402

DPI = 150
WIDTH_IN = 11.0

plt.rcParams.update({
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.alpha": 0.3,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.labelsize": 9.5,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "figure.titlesize": 13,
    "figure.titleweight": "bold",
})


def new_figure(nrows, ncols=1, height_per_row=2.6, sharex=True, width=WIDTH_IN, **kw):
    fig, axes = plt.subplots(nrows, ncols, figsize=(width, 1.2 + height_per_row * nrows),
                             sharex=sharex, squeeze=False, constrained_layout=True, **kw)
    return fig, axes


def date_ticks(start, end):
    """Tick dates and labels for a time axis from start to end: month names with the year at
    January on a span of up to ~6 years, else years. Computed once, with plain arithmetic:
    matplotlib's date locators rebuild calendar rules at every draw, which made the figures
    several times slower."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 80:
        step = 2 if months <= 14 else 4 if months <= 40 else 6
        first = pd.Timestamp(start.year, start.month, 1)
        while (first.month - 1) % step or first < start:
            first += pd.DateOffset(months=1)
        ticks = list(pd.date_range(first, end, freq=f"{step}MS"))
        labels = [f"{t:%Y}" if t.month == 1 else f"{t:%b}" for t in ticks]
        if ticks and ticks[0].month != 1:
            labels[0] = f"{ticks[0]:%b}\n{ticks[0]:%Y}"
        return ticks, labels
    years = end.year - start.year
    step = next(s for s in (1, 2, 5, 10, 20, 50) if years / s <= 12)
    first = start.year + (-start.year) % step
    if pd.Timestamp(first, 1, 1) < start:
        first += step
    ticks = [pd.Timestamp(y, 1, 1) for y in range(first, end.year + 1, step)]
    return ticks, [f"{t:%Y}" for t in ticks]


def time_axis(ax, start, end):
    """Dates on x: months with the year at each January on a short span, else years."""
    ticks, labels = date_ticks(start, end)
    ax.xaxis.set_major_locator(mticker.FixedLocator(mdates.date2num(ticks)))
    ax.xaxis.set_major_formatter(mticker.FixedFormatter(labels))
    ax.set_xlim(start, end)


def year_axis(ax):
    """Calendar years on x, as whole numbers."""
    ax.xaxis.set_major_locator(mticker.MaxNLocator(integer=True, nbins=6))
    ax.xaxis.set_major_formatter(mticker.FormatStrFormatter("%d"))


def window_label(run, lo, hi):
    """'; 2018-2020 in detail' when the panels show a window of a long run, else ''."""
    if (lo, hi) == (run.start, run.end):
        return ""
    last = hi - pd.DateOffset(months=1)
    years = f"{lo:%Y}" if lo.year == last.year else f"{lo:%Y}\u2013{last:%Y}"
    return f"; {years} in detail"


def step_edges(wide, end):
    """x edges and values for a `steps-post` drawing: each period's value spans its whole period,
    so it lines up with closures shaded on exact dates."""
    x = list(wide.index) + [end]
    values = np.vstack([wide.to_numpy(), wide.to_numpy()[-1:]]) if len(wide) else wide.to_numpy()
    return pd.DatetimeIndex(x), values


def shade(ax, spans, label, colour=SERIES["closure"], alpha=0.45):
    """Pale bands over the closed intervals, full height; returns a legend handle (None when no
    span). One collection per axes: storms close routes thousands of times over a long run, and
    one artist per band made the figures slow."""
    if not spans:
        return None
    x = mdates.date2num([t for span in spans for t in span]).reshape(-1, 2)
    bands = PolyCollection([[(a, 0), (a, 1), (b, 1), (b, 0)] for a, b in x],
                           transform=blended_transform_factory(ax.transData, ax.transAxes),
                           facecolors=colour, alpha=alpha, linewidths=0, zorder=0)
    ax.add_collection(bands, autolim=False)
    return Patch(facecolor=colour, alpha=alpha, label=label)


def legend_below(fig, handles, ncol=None, title=None):
    """One legend for the whole figure, under the panels, so it hides no data."""
    handles = [h for h in handles if h is not None]
    if not handles:
        return
    ncol = ncol or min(len(handles), 5)
    # Anchored under the figure's bottom edge; savefig's tight bounding box takes it in.
    fig.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=ncol,
               title=title, bbox_transform=fig.transFigure)


def legend_right(fig, handles, title=None):
    """One legend for the whole figure, in one column right of the panels (stack order)."""
    fig.legend(handles=handles, loc="center left", bbox_to_anchor=(1.0, 0.5), ncol=1,
               title=title, bbox_transform=fig.transFigure)


def footnote(fig, text):
    """A note under the figure's bottom edge (do not combine with legend_below)."""
    if text:
        fig.text(0.01, 0.0, text, ha="left", va="top", fontsize=8, color="0.3", wrap=True)


PER = {1: "month", 3: "quarter", 12: "year"}


def per_word(run):
    """'month' for a monthly run: the period each value of the series covers."""
    return PER.get(run.months_per_period, "period")


def detail_layout(run, nrows, detail_cols, ratios, height_per_row, from_year=None):
    """Axes as a list of dicts, one per row: 'annual' (long runs only) and the detail columns.

    A long run (run.detail_window) gets a first column of calendar-year totals over the whole
    run; its period-by-period columns show a few years (the first, or those from `from_year`:
    where the series have started), where seasons can be told apart.
    """
    lo, hi = run.detail_window(from_year=from_year)
    long = (lo, hi) != (run.start, run.end)
    cols = (["annual"] if long else []) + detail_cols
    ratios = ([2] if long else []) + ratios
    fig, axes = new_figure(nrows, len(cols), height_per_row=height_per_row, sharex="col",
                           width=13.0 if long else WIDTH_IN,
                           gridspec_kw={"width_ratios": ratios})
    return fig, [dict(zip(cols, row)) for row in axes], (lo, hi), long


def full_years(run, series, how="sum"):
    """Sums (or means) by calendar year of a date-indexed series, for the years the run covers
    whole: a part-year sum is not comparable with a full year's."""
    years = series.index.year
    table = series.groupby(years).sum() if how == "sum" else series.groupby(years).mean()
    months = pd.Series(run.months_per_period, index=series.index).groupby(years).sum()
    return table[months >= 12]


def calendar_years(run, series):
    """Sums by calendar year of every year the run touches, and the months each covers: for
    money paid or earned, where a part year still counts (capital paid in the first months)."""
    years = series.index.year
    months = pd.Series(run.months_per_period, index=series.index).groupby(years).sum()
    return series.groupby(years).sum(), months


def partial_years_note(months):
    partial = months[months < 12]
    if partial.empty:
        return ""
    return ("Part years: " + ", ".join(f"{y} ({m} months)" for y, m in partial.items()) + ".")


def per_year_unit(unit):
    """'t/year' from 't/month' (a flow summed by calendar year)."""
    head = unit.split("/")[0].strip()
    return f"{head}/year" if head else "per year"


def thousands(ax, axis="y"):
    fmt = mticker.FuncFormatter(lambda v, _: f"{v:,.0f}" if abs(v) >= 10 or v == 0 else f"{v:.3g}")
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(fmt)


def save_text(path, text):
    """Writes a text file under a temporary name and renames it: whole or not at all."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def save(fig, path):
    """Writes the PNG under a temporary name and renames it, so no half-written figure is left."""
    tmp = path.with_name(path.name + ".part")
    try:
        fig.savefig(tmp, dpi=DPI, format="png", bbox_inches="tight", pad_inches=0.15)
        os.replace(tmp, path)
    finally:
        plt.close(fig)
        if tmp.exists():
            tmp.unlink()
