"""Figures of the five joint activities: their physical output, the power mix per island and
the visitors by the side they come from.

Like the transport figures, a long run gets a first column of calendar-year totals over the whole
run next to period-by-period panels of its first few years (draw.detail_layout).
"""

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import draw
from .palette import ACTIVITIES, KNOWN_SECTORS, SERIES, SIDE_LABELS, SIDES
from .rundir import ZONE

# Power sources bottom to top: the base load first, the unserved energy (the gap) on top.
POWER_SOURCES = [("power_geothermal", "geothermal", "geothermal"),
                 ("power_wind", "wind", "wind"),
                 ("power_diesel", "diesel", "diesel"),
                 ("unserved_energy", "unserved", "unserved (demand not met)")]
VISITOR_SIDES = [("visitors_japan", "japan"), ("visitors_russia", "russia")]


def _colour(run, sector):
    return run.colours.get(sector, KNOWN_SECTORS.get(sector, SERIES["delivered"]))


def _step(ax, series, end, colour, bottom=None, alpha=0.85, hatch=None):
    """A filled step per period from `bottom` (0 when None), each value spanning its period."""
    lower = np.zeros(len(series)) if bottom is None else np.asarray(bottom, dtype=float)
    x, v = draw.step_edges(pd.DataFrame({"v": series.to_numpy() + lower}, index=series.index),
                           end)
    _, b = draw.step_edges(pd.DataFrame({"b": lower}, index=series.index), end)
    ax.fill_between(x, b[:, 0], v[:, 0], step="post", color=colour, alpha=alpha, linewidth=0,
                    hatch=hatch, edgecolor="white" if hatch else None)


def _annual_bars(ax, run, parts, how="sum"):
    """Stacked bars per full calendar year; parts: list of (series, colour, hatch)."""
    bottom = None
    for series, colour, hatch in parts:
        yearly = draw.full_years(run, series, how)
        if bottom is None:
            bottom = yearly * 0.0
        ax.bar(np.asarray(yearly.index), yearly.to_numpy(), bottom=bottom.to_numpy(), width=0.8,
               color=colour, hatch=hatch, edgecolor="white" if hatch else None, linewidth=0)
        bottom = bottom + yearly
    draw.year_axis(ax)
    return bottom


def _finish(ax, lo, hi):
    draw.time_axis(ax["detail"], lo, hi)
    for a in ax.values():
        a.set_ylim(bottom=0)
        draw.thousands(a)


def activities(run, path):
    """One row per activity: its physical output summed over the islands."""
    present = [(v, s, t) for v, s, t in ACTIVITIES if run.has(v)]
    per = draw.per_word(run)
    fig, rows, (lo, hi), long = draw.detail_layout(
        run, len(present), ["detail"], [5], 1.8,
        from_year=run.active_from([v for v, _, _ in present]))
    for ax, (variable, sector, title) in zip(rows, present):
        series, unit = run.total(variable), run.unit(variable)
        colour = _colour(run, sector)
        _step(ax["detail"], series, run.end, colour)
        places = sorted(set(run.rows(variable)["region"]) - {ZONE})
        where = f" ({', '.join(places)})" if 0 < len(places) <= 3 else ""
        total = series.sum()
        ax["detail"].set_title(f"{title}{where}, per {per}; whole run: {total:,.0f} "
                               f"{unit.split('/')[0]}", loc="left", fontsize=10)
        ax["detail"].set_ylabel(unit or variable)
        if long:
            _annual_bars(ax["annual"], run, [(series, colour, None)])
            ax["annual"].set_title(f"{title}, per calendar year", loc="left", fontsize=10)
            ax["annual"].set_ylabel(draw.per_year_unit(unit))
        _finish(ax, lo, hi)
    window = draw.window_label(run, lo, hi)
    fig.suptitle(f"The joint activities' physical output — {run.label()}{window}")
    missing = [t for v, _, t in ACTIVITIES if not run.has(v)]
    draw.footnote(fig, ("Not in this run's output: " + ", ".join(missing) + ".") if missing else
                  "Each activity in its sector's colour, as in every figure.")
    draw.save(fig, path)


def power_islands(run):
    """Islands with power series, in the scenario's order."""
    found = set()
    for variable, _, _ in POWER_SOURCES:
        found |= set(run.rows(variable)["region"])
    found.discard(ZONE)
    order = [r.get("name") for r in run._scenario_list("regions")]
    return [r for r in order if r in found] + sorted(found.difference(order))


def _island_series(run, variable, island):
    t = run.rows(variable, region=island)
    return t.groupby("date")["value"].sum().reindex(run.dates(), fill_value=0.0)


def power_mix(run, path):
    """Per island: energy supplied by source per period, stacked, with unserved energy on top
    and the demand as a line."""
    islands, per = power_islands(run), draw.per_word(run)
    fig, rows, (lo, hi), long = draw.detail_layout(
        run, len(islands), ["detail"], [5], 2.1,
        from_year=run.active_from([v for v, _, _ in POWER_SOURCES[:3]]))
    unit = next((run.unit(v) for v, _, _ in POWER_SOURCES if run.has(v)), "")
    shown = []
    for ax, island in zip(rows, islands):
        parts, bottom = [], np.zeros(len(run.dates()))
        for variable, key, label in POWER_SOURCES:
            if not run.has(variable):
                continue
            series = _island_series(run, variable, island)
            hatch = "////" if key == "unserved" else None
            _step(ax["detail"], series, run.end, SERIES[key], bottom=bottom, hatch=hatch,
                  alpha=0.9)
            bottom = bottom + series.to_numpy()
            parts.append((series, SERIES[key], hatch))
            if key not in shown and series.abs().sum() > 0:
                shown.append(key)
        if run.has("power_demand"):
            demand = _island_series(run, "power_demand", island)
            x, d = draw.step_edges(demand.to_frame(), run.end)
            ax["detail"].plot(x, d[:, 0], drawstyle="steps-post", color=SERIES["demand"],
                              linewidth=0.9)
        ax["detail"].set_title(f"{island}: energy supplied by source, per {per}", loc="left",
                               fontsize=10)
        ax["detail"].set_ylabel(unit)
        if long:
            _annual_bars(ax["annual"], run, parts)
            ax["annual"].set_title(f"{island}: per calendar year", loc="left", fontsize=10)
            ax["annual"].set_ylabel(draw.per_year_unit(unit))
            unserved = (_island_series(run, "unserved_energy", island).sum()
                        if run.has("unserved_energy") else 0.0)
            if unserved > 0:  # too thin to see in yearly bars: said in the title
                ax["annual"].set_title(f"{island}: per calendar year\nunserved over the run: "
                                       f"{unserved:,.0f} {unit.split('/')[0]}", loc="left",
                                       fontsize=10)
            if run.has("power_demand"):
                yearly = draw.full_years(run, _island_series(run, "power_demand", island))
                ax["annual"].plot(yearly.index, yearly.to_numpy(), color=SERIES["demand"],
                                  marker="_", markersize=9, linestyle="none")
        _finish(ax, lo, hi)
    fig.suptitle(f"Power mix by island — {run.label()}{draw.window_label(run, lo, hi)}")
    labels = {k: label for _, k, label in POWER_SOURCES}
    handles = [Patch(facecolor=SERIES[k], hatch="////" if k == "unserved" else None,
                     edgecolor="white", label=labels[k]) for k in labels
               if k in shown or (k != "unserved" and run.has(f"power_{k}"))]
    if run.has("power_demand"):
        handles.append(Line2D([], [], color=SERIES["demand"], label="demand"))
    if run.has("unserved_energy") and "unserved" not in shown:
        handles.append(Patch(facecolor="none", edgecolor="none",
                             label="no unserved energy in this run"))
    draw.legend_below(fig, handles, ncol=len(handles))
    draw.save(fig, path)


def visitors(run, path):
    """Visitors per period by the side they come from (or all visitors when there is no split),
    for the zone and, when several islands receive them, per island."""
    split = [(v, side) for v, side in VISITOR_SIDES if run.has(v)]
    variables = [v for v, _ in split] or ["visitors"]
    places = set()
    for v in variables:
        places |= set(run.rows(v)["region"]) - {ZONE}
    order = [r.get("name") for r in run._scenario_list("regions")]
    islands = [r for r in order if r in places] + sorted(places.difference(order))
    targets = [("all islands", None)] + ([(i, i) for i in islands] if len(islands) > 1 else [])
    per = draw.per_word(run)
    unit = run.unit(variables[0]) or f"visitors/{per}"
    fig, rows, (lo, hi), long = draw.detail_layout(run, len(targets), ["detail"], [5], 1.9,
                                                   from_year=run.active_from(variables))
    for ax, (name, island) in zip(rows, targets):
        parts, bottom = [], np.zeros(len(run.dates()))
        for variable in variables:
            side = dict(split).get(variable)
            colour = SIDES[side] if side else _colour(run, "tourism")
            series = (run.total(variable) if island is None
                      else _island_series(run, variable, island))
            _step(ax["detail"], series, run.end, colour, bottom=bottom)
            bottom = bottom + series.to_numpy()
            parts.append((series, colour, None))
        ax["detail"].set_title(f"{name}: visitors arriving, per {per}", loc="left", fontsize=10)
        ax["detail"].set_ylabel(unit)
        if long:
            _annual_bars(ax["annual"], run, parts)
            ax["annual"].set_title(f"{name}: per calendar year", loc="left", fontsize=10)
            ax["annual"].set_ylabel(draw.per_year_unit(unit))
        _finish(ax, lo, hi)
    fig.suptitle(f"Visitors — {run.label()}{draw.window_label(run, lo, hi)}")
    if split:
        handles = [Patch(facecolor=SIDES[s], label=f"from {SIDE_LABELS[s]}") for _, s in split]
    else:
        handles = [Patch(facecolor=_colour(run, "tourism"), label="all visitors")]
    draw.legend_below(fig, handles, ncol=len(handles))
    draw.save(fig, path)
