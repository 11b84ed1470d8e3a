"""Figures of the zone economy: value added and jobs by sector, fish export revenue."""

import matplotlib.dates as mdates
import matplotlib.ticker as mticker
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from . import draw
from .palette import SERIES
from .run import annual

MONTH_WORD = {1: "month", 3: "quarter", 12: "year"}


def _label(sector):
    return sector.replace("_", " ")


def _partial_note(months):
    partial = months[months < 12]
    if partial.empty:
        return ""
    return "; ".join(f"{y}: {m} months" for y, m in partial.items())


def _stack(ax, x, table, colours, as_bars):
    """Stacked areas (or bars on a short run, where an area between two years misleads)."""
    if as_bars:
        bottom = np.zeros(len(table))
        for sector in table.columns:
            ax.bar(x, table[sector], bottom=bottom, color=colours[sector], width=0.8,
                   label=_label(sector), edgecolor="white", linewidth=0.4)
            bottom += table[sector].to_numpy()
    else:
        ax.stackplot(x, table.T.to_numpy(), colors=[colours[s] for s in table.columns],
                     labels=[_label(s) for s in table.columns], edgecolor="white",
                     linewidth=0.3)


def economy_output_by_sector(run, path):
    """GRP (value added) by sector, annual sums, and jobs by sector, annual means, stacked."""
    panels = []
    if len(run.rows("value_added", region="zone")):
        panels.append(("value_added", "sum", "Gross regional product (value added) by sector",
                       f"{run.money_unit()}/year"))
    if len(run.rows("jobs", region="zone")):
        panels.append(("jobs", "mean", "Jobs by sector (annual mean)", "jobs"))
    tables = {}
    for variable, how, _, _ in panels:
        tables[variable] = annual(run.wide(variable, "sector", region="zone"),
                                  run.months_per_period, how)
    months = next(iter(tables.values()))[1]
    full = months[months >= 12].index
    note = ""
    if len(full):
        x = np.asarray(full)
        for v in tables:
            tables[v] = tables[v][0].loc[full]
        if len(full) < len(months):
            note = (f"Partial years left out ({_partial_note(months)}): a part-year sum is not "
                    f"comparable with a full year's.")
    else:  # shorter than one calendar year: the periods themselves
        per = MONTH_WORD.get(run.months_per_period, "period")
        for v in tables:
            tables[v] = run.wide(v, "sector", region="zone")
        x = np.arange(len(next(iter(tables.values()))))
        panels = [(v, h, t.replace("annual mean", f"each {per}"), u.replace("/year", f"/{per}"))
                  for v, h, t, u in panels]
        note = "The run is shorter than a calendar year: values per period, not per year."
    # One stacking order for both panels: the largest sector (by value added) at the bottom.
    order = tables[panels[0][0]].sum().sort_values(ascending=False).index
    fig, axes = draw.new_figure(len(panels), height_per_row=3.2)
    as_bars = len(x) < 4
    for ax, (variable, _, title, unit) in zip(axes[:, 0], panels):
        table = tables[variable].reindex(columns=order).fillna(0.0)
        _stack(ax, x, table, run.colours, as_bars)
        ax.set_title(title, loc="left")
        ax.set_ylabel(unit)
        draw.thousands(ax)
        ax.set_ylim(bottom=0)
    ax = axes[-1, 0]
    if len(full):
        ax.xaxis.set_major_locator(mticker.MaxNLocator(integer=True, nbins=12))
        ax.set_xlabel("Calendar year")
        if as_bars:
            ax.set_xticks(x)
    else:
        dates = next(iter(tables.values())).index
        ax.set_xticks(x)
        ax.set_xticklabels([f"{d:%Y-%m}" for d in dates], rotation=0)
        ax.set_xlabel("Period (first month)")
    if not as_bars:
        ax.set_xlim(x[0], x[-1])
    fig.suptitle(f"Zone economy by sector — {run.label()}")
    # The legend gives each sector's values in the last year drawn: the small sectors are
    # slivers in the stack, and a reader still wants their size.
    last = tables[panels[0][0]].index[-1]
    last_label = f"{last}" if len(full) else f"{last:%Y-%m}"
    per = "year" if len(full) else MONTH_WORD.get(run.months_per_period, "period")
    units = {"value_added": f"{run.money_unit()}/{per}", "jobs": "jobs"}
    handles = []
    for sector in order[::-1]:
        values = ", ".join(f"{tables[v][sector].iloc[-1]:,.0f} {units[v]}"
                           for v, _, _, _ in panels if sector in tables[v])
        handles.append(Patch(facecolor=run.colours[sector], label=f"{_label(sector)}: {values}"))
    draw.legend_right(fig, handles, title=f"Sector, {last_label}\n(top of the stack first)")
    draw.footnote(fig, note)
    draw.save(fig, path)


def exports(run, path):
    """Fish export revenue delivered to market: per period, and summed by calendar year."""
    series = run.wide("exports_delivered", "sector", region="zone").sum(axis=1)
    sector = run.rows("exports_delivered")["sector"].iloc[0]
    colour = run.colours.get(sector, SERIES["delivered"])
    money = run.money_unit("exports_delivered")
    per = MONTH_WORD.get(run.months_per_period, "period")
    fig, axes = draw.new_figure(2, height_per_row=3.0)
    top, bottom = axes[0, 0], axes[1, 0]

    routes = sorted({r for i in run.islands() for r in run.export_routes(i)})
    why = run.closure_reasons(routes)
    closed = draw.shade(top, run.closed_spans(routes),
                        "a fish export route closed" + (f" ({why})" if why else ""))
    x, v = draw.step_edges(series.to_frame(), run.end)
    top.fill_between(x, v[:, 0], step="post", color=colour, alpha=0.85, linewidth=0,
                     label=f"export revenue delivered ({money}/{per})")
    draw.time_axis(top, run.start, run.end)
    top.set_title(f"Fish export revenue delivered to market, per {per}", loc="left")
    top.set_ylabel(f"{money}/{per}")
    top.set_ylim(bottom=0)
    draw.thousands(top)

    # Each year's bar spans the months of that year the run covers, under the monthly panel.
    yearly, months = annual(series.to_frame("v"), run.months_per_period, "sum")
    yearly = yearly["v"]
    left = [max(pd.Timestamp(y, 1, 1), run.start) for y in yearly.index]
    right = [min(pd.Timestamp(y + 1, 1, 1), run.end) for y in yearly.index]
    left_n, right_n = mdates.date2num(left), mdates.date2num(right)
    gap = np.minimum(20.0, (right_n - left_n) * 0.1)
    full = (months >= 12).to_numpy()
    bottom.bar(left_n[full] + gap[full] / 2, yearly[full], width=(right_n - left_n - gap)[full],
               align="edge", color=colour, label="full year")
    if (~full).any():
        bottom.bar(left_n[~full] + gap[~full] / 2, yearly[~full],
                   width=(right_n - left_n - gap)[~full], align="edge", color=colour,
                   alpha=0.35, hatch="//", edgecolor=colour, label="part of a year (months above)")
        for x0, x1, total, m in zip(left_n[~full], right_n[~full], yearly[~full], months[~full]):
            bottom.annotate(f"{m} mo", ((x0 + x1) / 2, total), xytext=(0, 2),
                            textcoords="offset points", ha="center", va="bottom", fontsize=8)
    if len(yearly) <= 12:
        for x0, x1, total in zip(left_n[full], right_n[full], yearly[full]):
            bottom.annotate(f"{total:,.0f}", ((x0 + x1) / 2, total), xytext=(0, 2),
                            textcoords="offset points", ha="center", va="bottom", fontsize=8)
    draw.time_axis(bottom, run.start, run.end)
    bottom.set_title("Fish export revenue delivered, by calendar year", loc="left")
    bottom.set_ylabel(f"{money}/year")
    bottom.set_ylim(0, max(yearly.max(), 1e-9) * 1.12)
    draw.thousands(bottom)
    fig.suptitle(f"Fish exports — {run.label()}")
    handles = [top.get_legend_handles_labels()[0][0], closed]
    handles += bottom.get_legend_handles_labels()[0][1:]
    draw.legend_below(fig, handles, ncol=3)
    draw.save(fig, path)
