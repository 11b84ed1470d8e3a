"""The zone's gains on the mainland (economy.regions): the impact against the counterfactual of
what the zone's purchases, the projects' equipment and the package tours' visitors cause in
each mainland region (timeseries.csv rows of region_kind `mainland`) and by side (`country`:
mainland_japan, mainland_russia), per calendar year, next to the zone's own.
"""

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import draw
from .palette import PALETTE, SERIES, SIDES, SIDE_LABELS
from .rundir import ZONE

PANELS = [("impact_value_added", "gross regional product"), ("impact_jobs", "jobs")]


def has_regions(run):
    return len(run.mainland_wide("impact_value_added", "mainland").columns) > 0


def _zone_line(run, variable, how):
    rows = run.rows(variable, region=ZONE)
    if not len(rows):
        return None
    series = rows.groupby("date")["value"].sum().reindex(run.dates(), fill_value=0.0)
    return draw.full_years(run, series, how)


def impact_by_region(run, path):
    """Top: impact on GRP and jobs by mainland region, gains up and losses down, per calendar year;
    bottom: the same by side (each country's mainland regions), with the zone's own for scale."""
    fig, axes = draw.new_figure(2 * len(PANELS), 1, height_per_row=2.4, sharex=True)
    axes = axes[:, 0]
    handles = {}
    for k, (variable, name) in enumerate(PANELS):
        unit = "jobs" if variable == "impact_jobs" else (
            run.mainland_ts.loc[run.mainland_ts["variable"] == variable, "unit"].iloc[0])
        how = "mean" if "/" not in unit else "sum"
        ax = axes[k]
        wide = run.mainland_wide(variable, "mainland").reindex(run.dates(), fill_value=0.0)
        up = down = None
        for i, region in enumerate(wide.columns):
            yearly = draw.full_years(run, wide[region].fillna(0.0), how)
            x = np.asarray(yearly.index)
            up = np.zeros(len(x)) if up is None else up
            down = np.zeros(len(x)) if down is None else down
            pos, neg = yearly.clip(lower=0).to_numpy(), yearly.clip(upper=0).to_numpy()
            colour = PALETTE[i % len(PALETTE)]
            ax.bar(x, pos, bottom=up, width=0.8, color=colour, linewidth=0)
            ax.bar(x, neg, bottom=down, width=0.8, color=colour, linewidth=0)
            up, down = up + pos, down + neg
            handles[region] = Patch(color=colour, label=region.replace("_", " "))
        ax.axhline(0, color="0.3", linewidth=0.8)
        per = "annual mean" if how == "mean" else "per calendar year"
        ax.set_title(f"Mainland impact on {name} by region, {per}", loc="left", fontsize=10)
        ax.set_ylabel(draw.per_year_unit(unit) if how == "sum" else unit)
        draw.thousands(ax)

        ax = axes[len(PANELS) + k]
        sides = run.mainland_wide(variable, "country").reindex(run.dates(), fill_value=0.0)
        for side in sides.columns:
            country = side.replace("mainland_", "")
            yearly = draw.full_years(run, sides[side].fillna(0.0), how)
            ax.plot(yearly.index, yearly.to_numpy(), color=SIDES.get(country, SERIES["net"]),
                    linewidth=1.6, marker="o", markersize=2.5)
            handles[side] = Line2D([], [], color=SIDES.get(country, SERIES["net"]),
                                        label=f"{SIDE_LABELS.get(country, country)}'s mainland")
        zone = _zone_line(run, variable, how)
        if zone is not None:
            ax.plot(zone.index, zone.to_numpy(), color="0.45", linewidth=1.0, linestyle="--")
            handles[ZONE] = Line2D([], [], color="0.45", linestyle="--",
                                        label="the zone (islands)")
        ax.axhline(0, color="0.3", linewidth=0.8)
        ax.set_title(f"Impact on {name} by side, {per}", loc="left", fontsize=10)
        ax.set_ylabel(draw.per_year_unit(unit) if how == "sum" else unit)
        draw.thousands(ax)
    draw.year_axis(axes[-1])
    draw.legend_below(fig, list(handles.values()))
    draw.save(fig, path)
