"""Figures of the money: project cash flows and NPV by side, and the impact against the
counterfactual.

Names (issue 3, as the economy writes them): in timeseries.csv, `investment` by sector in region
`zone`; `cash_flow` with region `japan` or `russia` (each side's net cash flow from its share of
the projects, sector `projects`; a project's own rows have the project's name as region); and
every variable whose name holds `impact` (`impact_value_added`... by sector). In summary.csv,
`npv_<side>`, `irr_<side>`, `payback_<side>`, `tax_receipts_<side>`, `npv_project_<name>` and
`impact_*`. Each panel is drawn only when its data exists.
"""

import re

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import draw
from .palette import SERIES, SIDE_LABELS, SIDES
from .rundir import ZONE

def side_cash_flows(run):
    """[(side, Series by period)] of the sides with `cash_flow` rows."""
    out = []
    for side in SIDES:
        rows = run.rows("cash_flow", region=side)
        if len(rows):
            out.append((side, rows.groupby("date")["value"].sum().reindex(run.dates(),
                                                                          fill_value=0.0)))
    return out


def project_npvs(run):
    """{project: (value, unit)} of the summary's npv_project_<name> rows."""
    rows = run.metrics("npv_project_")
    if rows is None:
        return {}
    return {m[len("npv_project_"):]: (v, u) for m, u, v in
            rows[["metric", "unit", "value"]].itertuples(index=False) if np.isfinite(v)}
# The impact series shown first, when the run has them; the others follow by name.
IMPACT_ORDER = ["value_added", "jobs", "labour_income", "output", "imports", "tax_receipts"]
MAX_IMPACT_PANELS = 4


def side_metrics(run, prefix):
    """{side: (value, unit)} of summary rows `<prefix>_<side>`."""
    out = {}
    for side in SIDES:
        m = run.metric(f"{prefix}_{side}")
        if m is not None and np.isfinite(m[0]):
            out[side] = m
    return out


def has_finance(run):
    return (len(run.rows("investment", region=ZONE)) > 0 or bool(side_cash_flows(run))
            or bool(side_metrics(run, "npv")))


def _year_bars(ax, years, values, colour, offset=0.0, width=0.8, label=None):
    ax.bar(np.asarray(years) + offset, values, width=width, color=colour, label=label,
           linewidth=0)


def _side_bars(ax, values, title, unit, note=None):
    """Horizontal bars, one per side, with the value at the bar's end and the side's note (IRR,
    payback) under its name."""
    sides = list(values)
    y = np.arange(len(sides))
    v = np.array([values[s][0] for s in sides])
    ax.barh(y, v, color=[SIDES[s] for s in sides], height=0.5)
    ax.set_ylim(len(sides) - 0.3, -0.7)
    ax.set_yticks(y, [SIDE_LABELS[s] + (f"\n{note[s]}" if note and note.get(s) else "")
                      for s in sides], fontsize=8.5)
    ax.axvline(0, color="0.3", linewidth=0.8)
    span = max(np.abs(v).max(), 1e-9)
    ax.set_xlim(min(0, v.min()) - 0.35 * span, max(0, v.max()) + 0.35 * span)
    for yi, vi in zip(y, v):
        ax.annotate(f"{vi:,.1f}", (vi, yi), xytext=(4 if vi >= 0 else -4, 0),
                    textcoords="offset points", ha="left" if vi >= 0 else "right",
                    va="center", fontsize=8)
    ax.set_title(title, loc="left", fontsize=10)
    ax.set_xlabel(unit)
    ax.grid(axis="y", visible=False)


def discount_rate(run):
    """The NPVs' discount rate per year as a fraction: summary.csv's discount_rate, else the
    resolved scenario's economy.discount_rate_per_year; None when neither gives it."""
    rate = run.metric("discount_rate")
    if rate is not None and np.isfinite(rate[0]):
        return rate[0] / 100 if rate[0] >= 1 or "%" in str(rate[1]) else rate[0]
    value = ((run.scenario or {}).get("economy") or {}).get("discount_rate_per_year")
    return float(value) if isinstance(value, (int, float)) else None


def at_rate(run):
    """' (at 8.0 % a year)', or '' when the run does not say its rate."""
    rate = discount_rate(run)
    return f" (at {rate * 100:.1f} % a year)" if rate is not None else ""


def _project_bars(ax, run, npvs):
    """NPV of each project, largest first, in the colour of its sector (from the project's own
    rows in timeseries.csv, whose region is the project's name)."""
    rows = run.rows("cash_flow")
    sector_of = dict(zip(rows["region"], rows["sector"]))
    names = sorted(npvs, key=lambda n: -npvs[n][0])
    v = np.array([npvs[n][0] for n in names])
    y = np.arange(len(names))
    ax.barh(y, v, height=0.6, color=[run.colours.get(sector_of.get(n), SERIES["diesel"])
                                     for n in names])
    ax.set_yticks(y, [n.replace("_", " ") for n in names], fontsize=8)
    ax.set_ylim(len(names) - 0.4, -0.6)
    ax.axvline(0, color="0.3", linewidth=0.8)
    span = max(np.abs(v).max(), 1e-9)
    ax.set_xlim(min(0, v.min()) - 0.4 * span, max(0, v.max()) + 0.4 * span)
    for yi, vi in zip(y, v):
        ax.annotate(f"{vi:,.1f}", (vi, yi), xytext=(3 if vi >= 0 else -3, 0),
                    textcoords="offset points", ha="left" if vi >= 0 else "right",
                    va="center", fontsize=7.5)
    ax.set_title("Net present value by project" + at_rate(run), loc="left", fontsize=10)
    ax.set_xlabel(next(iter(npvs.values()))[1])
    ax.grid(axis="y", visible=False)


def project_finance(run, path):
    """Left: capital paid by sector and each side's net cash flow per calendar year, and its
    running total; right: NPV (with IRR and payback) and tax receipts by side."""
    money = run.money_unit("investment" if run.has("investment") else "value_added")
    left = []
    if len(run.rows("investment", region=ZONE)):
        left.append("investment")
    flows = side_cash_flows(run)
    if flows:
        left += ["cash_flow", "cumulative"]
    right = [k for k in ("npv", "tax_receipts") if side_metrics(run, k)]
    if project_npvs(run):
        right.append("npv_project")
    fig = draw.plt.figure(figsize=(draw.WIDTH_IN + 1.5, 1.4 + 2.6 * max(len(left), len(right),
                                                                        1)),
                          constrained_layout=True)
    subs = fig.subfigures(1, 2, width_ratios=[3, 1.4]) if left and right else [fig]
    lax = subs[0].subplots(len(left), 1, sharex=True, squeeze=False)[:, 0] if left else []
    rax = subs[-1].subplots(len(right), 1, squeeze=False)[:, 0] if right else []
    handles, months = [], None
    for ax, kind in zip(lax, left):
        if kind == "investment":
            wide = run.wide("investment", "sector", region=ZONE)
            bottom = None
            for sector in wide.sum().sort_values(ascending=False).index:
                yearly, months = draw.calendar_years(
                    run, wide[sector].reindex(run.dates(), fill_value=0.0))
                base = np.zeros(len(yearly)) if bottom is None else bottom
                ax.bar(np.asarray(yearly.index), yearly.to_numpy(), bottom=base, width=0.8,
                       color=run.colours.get(sector, SERIES["net"]), linewidth=0)
                bottom = base + yearly.to_numpy()
                if yearly.abs().sum() > 0:
                    handles.append(Patch(color=run.colours.get(sector, SERIES["net"]),
                                         label=f"capital paid: {sector.replace('_', ' ')}"))
            if bottom is not None and bottom.max() > 0:  # room above the tallest stack
                ax.set_ylim(0, bottom.max() * 1.08)
            ax.set_title("Capital paid into the projects, by the project's sector, per calendar "
                         "year", loc="left", fontsize=10)
            ax.set_ylabel(f"{money}/year")
        elif kind == "cash_flow":
            width = 0.8 / len(flows)
            for i, (side, series) in enumerate(flows):
                yearly, months = draw.calendar_years(run, series)
                _year_bars(ax, yearly.index, yearly.to_numpy(), SIDES[side],
                           offset=(i - (len(flows) - 1) / 2) * width, width=width)
            ax.axhline(0, color="0.3", linewidth=0.8)
            ax.set_title("Net cash flow of each side's share of the projects, per calendar "
                         "year", loc="left", fontsize=10)
            ax.set_ylabel(f"{run.money_unit('cash_flow')}/year")
        else:
            for i, (side, series) in enumerate(flows):
                yearly = draw.calendar_years(run, series)[0].cumsum()
                # The sides often hold equal shares, so their lines coincide: the first wide
                # underneath, the second dashed on top, so that neither hides the other.
                ax.plot(yearly.index, yearly.to_numpy(), color=SIDES[side],
                        marker="o" if i == 0 else None, markersize=4,
                        linewidth=3.2 if i == 0 else 1.4, linestyle="-" if i == 0 else "--")
            ax.axhline(0, color="0.3", linewidth=0.8)
            ax.set_title("Cumulative net cash flow (undiscounted) at each year's end; above 0: "
                         "paid back", loc="left", fontsize=10)
            ax.set_ylabel(run.money_unit("cash_flow"))
        draw.thousands(ax)
        draw.year_axis(ax)
    if len(lax):
        lax[-1].set_xlabel("Calendar year")
    handles += [Line2D([], [], color=SIDES[s], linewidth=3.2 if i == 0 else 1.4,
                       linestyle="-" if i == 0 else "--", label=SIDE_LABELS[s])
                for i, (s, _) in enumerate(flows)]
    for ax, kind in zip(rax, right):
        if kind == "npv_project":
            _project_bars(ax, run, project_npvs(run))
            continue
        values = side_metrics(run, kind)
        unit = next(iter(values.values()))[1]
        if kind == "npv":
            notes = {}
            for s in values:
                irr, pay = run.metric(f"irr_{s}"), run.metric(f"payback_{s}")
                bits = []
                if irr is not None and np.isfinite(irr[0]):
                    pct = irr[0] * 100 if abs(irr[0]) < 5 and "%" not in irr[1] else irr[0]
                    bits.append(f"IRR {pct:.1f} %")
                if pay is not None and np.isfinite(pay[0]):
                    bits.append(f"payback {pay[0]:.1f} y")
                notes[s] = "\n".join(bits)
            title = "Net present value by side" + at_rate(run)
            if any(run.metric(f"payback_{s}") for s in values):
                title += "\n(payback: years after the first outlay)"
            _side_bars(ax, values, title, unit, notes)
        else:
            _side_bars(ax, values, "Public budget receipts by side, whole run", unit)
    fig.suptitle(f"Project finance by side — {run.label()}")
    note = draw.partial_years_note(months) if months is not None else ""
    if note:
        handles.append(Patch(facecolor="none", edgecolor="none", label=note))
    draw.legend_below(fig, handles, ncol=min(len(handles), 4))
    draw.save(fig, path)


def impact_variables(run):
    found = [v for v in run.variables() if "impact" in v]
    base = {v: re.sub(r"^impact_|_impact$", "", v) for v in found}
    rank = {name: i for i, name in enumerate(IMPACT_ORDER)}
    return sorted(found, key=lambda v: (rank.get(base[v], len(rank)), v))[:MAX_IMPACT_PANELS]


def has_impact(run):
    rows = run.metrics("impact_")
    return bool(impact_variables(run)) or (rows is not None and len(rows) > 0)


def _is_stock(unit):
    """jobs, capital: a level (averaged over a year), not a flow per period (summed)."""
    return "/" not in unit


def _metric_table(ax, rows):
    """The summary's impact_* rows as a table: one headline per line, with its unit."""
    ax.axis("off")
    cells = [[m.replace("impact_", "").replace("_", " "), f"{v:,.1f}", u]
             for m, u, v in rows[["metric", "unit", "value"]].itertuples(index=False)]
    table = ax.table(cellText=cells, colLabels=["impact on", "value", "unit"], loc="upper left",
                     cellLoc="left", colLoc="left", colWidths=[0.5, 0.22, 0.28])
    table.auto_set_font_size(False)
    table.set_fontsize(9)
    table.scale(1.0, 1.4)
    for (r, c), cell in table.get_celld().items():
        cell.set_edgecolor("0.85")
        if r == 0:
            cell.set_text_props(weight="bold")
        if c == 1 and r > 0:
            cell._loc = "right"
    ax.set_title("Headline impact (summary.csv)", loc="left", fontsize=10)


def impact(run, path):
    """Left: each impact series by sector per calendar year, gains up and losses down, with the
    net as a line; right: the headline impact_* rows of summary.csv, one panel per unit."""
    variables = impact_variables(run)
    rows = run.metrics("impact_")
    rows = rows if rows is not None else pd.DataFrame(columns=["metric", "unit", "value"])
    height = 1.4 + max(2.6 * len(variables), 0.3 * len(rows) + 1.0)
    fig = draw.plt.figure(figsize=(draw.WIDTH_IN + 2, height), constrained_layout=True)
    subs = (fig.subfigures(1, 2, width_ratios=[3, 1.5]) if variables and len(rows) else [fig])
    lax = subs[0].subplots(len(variables), 1, sharex=True, squeeze=False)[:, 0] \
        if variables else []
    table_ax = subs[-1].subplots(1, 1) if len(rows) else None
    sectors_drawn = []
    for ax, variable in zip(lax, variables):
        unit = run.unit(variable)
        how = "mean" if _is_stock(unit) else "sum"
        wide = run.wide(variable, "sector").reindex(run.dates(), fill_value=0.0).fillna(0.0)
        up = down = None
        for sector in wide.abs().sum().sort_values(ascending=False).index:
            yearly = draw.full_years(run, wide[sector], how)
            x = np.asarray(yearly.index)
            pos, neg = yearly.clip(lower=0).to_numpy(), yearly.clip(upper=0).to_numpy()
            up = np.zeros(len(x)) if up is None else up
            down = np.zeros(len(x)) if down is None else down
            colour = run.colours.get(sector, SERIES["net"])
            for values, base in ((pos, up), (neg, down)):
                hit = values != 0  # only the bars that show: thousands of empty ones are slow
                if hit.any():
                    ax.bar(x[hit], values[hit], bottom=base[hit], width=0.8, color=colour,
                           linewidth=0)
            up, down = up + pos, down + neg
            if np.abs(yearly.to_numpy()).sum() > 0 and sector not in sectors_drawn:
                sectors_drawn.append(sector)
        net = draw.full_years(run, wide.sum(axis=1), how)
        ax.plot(net.index, net.to_numpy(), color=SERIES["net"], marker="o", markersize=2.5,
                linewidth=1.0)
        ax.axhline(0, color="0.3", linewidth=0.8)
        name = re.sub(r"^impact_|_impact$", "", variable).replace("_", " ")
        per = "annual mean" if how == "mean" else "per calendar year"
        ax.set_title(f"Impact on {name}, {per}", loc="left", fontsize=10)
        ax.set_ylabel(draw.per_year_unit(unit) if how == "sum" else unit)
        draw.thousands(ax)
        draw.year_axis(ax)
    if len(lax):
        lax[-1].set_xlabel("Calendar year")
    if table_ax is not None:
        _metric_table(table_ax, rows)
    fig.suptitle(f"Impact against the counterfactual (run minus counterfactual) — {run.label()}")
    handles = [Patch(color=run.colours.get(s, SERIES["net"]), label=s.replace("_", " "))
               for s in sectors_drawn]
    if len(lax):
        handles.append(Line2D([], [], color=SERIES["net"], marker="o", markersize=3,
                              label="net (all sectors)"))
    draw.legend_below(fig, handles, ncol=min(len(handles), 6))
    draw.save(fig, path)
