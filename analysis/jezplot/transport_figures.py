"""Figures of the world: fish cargo by island and sailings by route, with closures shaded.

A short run is drawn period by period over its whole span. A long one (run.detail_window) gets a
first column of totals per calendar year over the whole run, and its period-by-period panels
show the first few calendar years, where the closures can still be told apart.
"""

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import draw
from .palette import SERIES


def _per(run):
    return draw.per_word(run)


def _by_date(run, variable, region, sector=None):
    """One region's series of a variable over the run's periods (0 where a period is missing)."""
    wide = run.wide(variable, "region", region=region, sector=sector)
    col = wide[region] if region in wide.columns else wide.sum(axis=1)
    return col.reindex(run.ts["date"].drop_duplicates().sort_values(), fill_value=0.0)


def _full_years(run, series):
    return draw.full_years(run, series)


def _layout(run, nrows, detail_cols, ratios, height_per_row):
    return draw.detail_layout(run, nrows, detail_cols, ratios, height_per_row)


def fish_cargo(run, path):
    """Per island: fish produced and delivered per period, and the stock waiting ashore."""
    islands, per = run.islands(), _per(run)
    fig, rows, (lo, hi), long = _layout(run, len(islands), ["flows", "stock"], [3, 2], 2.3)
    window = draw.window_label(run, lo, hi)
    shaded, routes_note = None, []
    why = run.closure_reasons({r for i in islands for r in run.export_routes(i)})
    closed_label = "export route closed" + (f" ({why})" if why else "")
    for ax, island in zip(rows, islands):
        routes = run.export_routes(island)
        spans = run.closed_spans(routes)
        for a in (ax["flows"], ax["stock"]):
            shaded = draw.shade(a, spans, closed_label) or shaded
        if spans:
            routes_note.append(f"{island}: {', '.join(routes)}")
        for variable, key in (("cargo_produced", "produced"), ("cargo_delivered", "delivered")):
            if not run.has(variable):
                continue
            series = _by_date(run, variable, island, "fish_processing")
            x, v = draw.step_edges(series.to_frame(), run.end)
            ax["flows"].plot(x, v[:, 0], drawstyle="steps-post", color=SERIES[key],
                             linewidth=1.2)
            if long:
                yearly = _full_years(run, series)
                # Produced wide underneath, so that it shows where delivered equals it.
                wide = key == "produced"
                ax["annual"].plot(yearly.index, yearly.to_numpy(), color=SERIES[key],
                                  marker=None if wide else "o", markersize=3,
                                  linewidth=3.0 if wide else 1.2)
        if run.has("cargo_stock"):
            # A stock at each period's end: drawn at that instant, not across the period.
            series = _by_date(run, "cargo_stock", island, "fish_processing")
            at = series.index + pd.DateOffset(months=run.months_per_period)
            ax["stock"].fill_between(at, series.to_numpy(), color=SERIES["stock"], alpha=0.55,
                                     linewidth=0)
            ax["stock"].plot(at, series.to_numpy(), color=SERIES["stock"], linewidth=1.0)
        ax["flows"].set_title(f"{island}: produced and delivered", loc="left", fontsize=10)
        ax["stock"].set_title(f"{island}: stock ashore", loc="left", fontsize=10)
        ax["flows"].set_ylabel(f"t/{per}")
        ax["stock"].set_ylabel("t")
        for a in (ax["flows"], ax["stock"]):
            draw.time_axis(a, lo, hi)
        if long:
            ax["annual"].set_title(f"{island}: per calendar year", loc="left", fontsize=10)
            ax["annual"].set_ylabel("t/year")
            draw.year_axis(ax["annual"])
        for a in ax.values():
            a.set_ylim(bottom=0)
            draw.thousands(a)
    fig.suptitle(f"Fish cargo by island — {run.label()}{window}")
    handles = [Line2D([], [], color=SERIES["produced"], label="produced"),
               Line2D([], [], color=SERIES["delivered"], label="delivered to market"),
               Patch(color=SERIES["stock"], alpha=0.55, label=f"stock ashore at the {per}'s end"),
               shaded]
    title = ("Shaded: closures of each island's export route(s), from events.csv\n"
             + "\n".join(routes_note)) if routes_note else None
    draw.legend_below(fig, handles, ncol=4, title=title)
    draw.save(fig, path)


def sailings(run, path):
    """Per route: departures that sailed and those cancelled by closures, per period."""
    routes, per = run.routes(), _per(run)
    fig, rows, (lo, hi), long = _layout(run, len(routes), ["detail"], [5], 1.35)
    window = draw.window_label(run, lo, hi)
    shaded = aborted_any = None
    why = run.closure_reasons(routes)
    closed_label = "route closed" + (f" ({why})" if why else "") + ", from events.csv"
    for ax, route in zip(rows, routes):
        a = ax["detail"]
        shaded = draw.shade(a, run.closed_spans([route]), closed_label) or shaded
        sailed = _by_date(run, "sailings", route, "transport")
        cancelled = (_by_date(run, "sailings_cancelled", route, "transport")
                     if run.has("sailings_cancelled") else sailed * 0)
        x, s = draw.step_edges(sailed.to_frame(), run.end)
        _, c = draw.step_edges(cancelled.to_frame(), run.end)
        # Cancelled as a filled step from 0 (it is 0 outside closures), sailed as a line over
        # it, so that the closure bands behind stay visible.
        a.fill_between(x, c[:, 0], step="post", color=SERIES["cancelled"], linewidth=0,
                       alpha=0.9)
        a.plot(x, s[:, 0], drawstyle="steps-post", color=SERIES["sailed"], linewidth=1.1)
        if run.has("voyages_aborted"):
            aborted = _by_date(run, "voyages_aborted", route, "transport")
            hit = aborted[aborted > 0]
            if len(hit):
                mid = hit.index + pd.Timedelta(days=15 * run.months_per_period)
                a.plot(mid, sailed[hit.index], linestyle="none", marker="v", markersize=4,
                       color=SERIES["aborted"])
                aborted_any = True
        a.set_title(route, loc="left", fontsize=9.5)
        a.set_ylabel(f"sailings/{per}")
        draw.time_axis(a, lo, hi)
        if long:
            y_sailed, y_cancelled = _full_years(run, sailed), _full_years(run, cancelled)
            years = np.asarray(y_sailed.index)
            ax["annual"].bar(years, y_sailed, color=SERIES["sailed"], width=0.8)
            ax["annual"].bar(years, y_cancelled, bottom=y_sailed, color=SERIES["cancelled"],
                             width=0.8)
            ax["annual"].set_title(f"{route}: per calendar year", loc="left", fontsize=9.5)
            ax["annual"].set_ylabel("sailings/year")
            draw.year_axis(ax["annual"])
        for b in ax.values():
            b.set_ylim(bottom=0)
    fig.suptitle(f"Sailings by route (both directions) — {run.label()}{window}")
    sailed_handle = (Patch(color=SERIES["sailed"], label="sailed") if long
                     else Line2D([], [], color=SERIES["sailed"], label="sailed"))
    handles = [sailed_handle,
               Patch(color=SERIES["cancelled"], label="cancelled (route closed)")]
    if aborted_any:
        handles.append(Line2D([], [], linestyle="none", marker="v", color=SERIES["aborted"],
                              label="a voyage aborted at sea this period"))
    handles.append(shaded)
    draw.legend_below(fig, handles, ncol=4)
    draw.save(fig, path)
