"""One run folder, loaded: its series by variable, its regions and routes, its closures."""

import re
from pathlib import Path

import pandas as pd

from . import rundir
from .palette import sector_colours


# timeseries.csv's region kinds of the mainland regions and of their sums by country.
MAINLAND_KINDS = ("mainland", "country")

# Longer runs than this show a detail window of a few years next to their annual totals: 30 years
# of monthly steps in one panel are a barcode no reader can follow.
LONG_RUN_MONTHS = 72


class Run:
    def __init__(self, folder):
        self.folder = rundir.check_folder(folder)
        ts = rundir.read_timeseries(self.folder / "timeseries.csv")
        # The mainland regions (economy.regions) and their sums by country apart: every other
        # figure is of the zone, its islands, routes, sides and projects.
        mainland = (ts["region_kind"].isin(MAINLAND_KINDS) if "region_kind" in ts.columns
                    else pd.Series(False, index=ts.index))
        self.mainland_ts = ts[mainland]
        self.ts = ts[~mainland]
        self.events = rundir.read_events(self.folder / "events.csv")
        self.summary = rundir.read_summary(self.folder / "summary.csv")
        self.manifest = rundir.read_manifest(self.folder / "manifest.json")
        self.scenario = rundir.read_scenario(self.folder / "scenario.resolved.yaml")
        self._by_variable = {v: g for v, g in self.ts.groupby("variable", sort=False)}
        zone_sectors = self.ts.loc[self.ts["region"] == rundir.ZONE, "sector"].unique()
        self.colours = sector_colours(zone_sectors)
        self.months_per_period = self._months_per_period()
        self.start = self.ts["date"].min()
        self.end = self.ts["date"].max() + pd.DateOffset(months=self.months_per_period)

    # --- series -----------------------------------------------------------------------------

    def has(self, *variables):
        return all(v in self._by_variable for v in variables)

    def rows(self, variable, region=None, sector=None):
        """The rows of one variable, optionally of one region and/or sector (empty if none)."""
        t = self._by_variable.get(variable)
        if t is None:
            return self.ts.iloc[0:0]
        if region is not None:
            t = t[t["region"] == region]
        if sector is not None:
            t = t[t["sector"] == sector]
        return t

    def wide(self, variable, by, region=None, sector=None):
        """date x `by` table of one variable's values (summed if several rows share a cell)."""
        t = self.rows(variable, region, sector)
        return t.pivot_table(index="date", columns=by, values="value", aggfunc="sum").sort_index()

    def mainland_wide(self, variable, kind):
        """date x region table of a mainland variable for the regions of one kind (mainland or
        country); empty when the run has no mainland regions."""
        t = self.mainland_ts
        t = t[(t["variable"] == variable) & (t["region_kind"] == kind)]
        return t.pivot_table(index="date", columns="region", values="value", aggfunc="sum",
                             sort=False).sort_index()

    def variables(self):
        return list(self._by_variable)

    def total(self, variable, how="sum"):
        """One series over the run's periods: the variable summed over its places and sectors.
        The zone's rows are left out when the variable also has rows by island, so that
        nothing is counted twice; 0 where a period has no row."""
        t = self.rows(variable)
        places = t[t["region"] != rundir.ZONE]
        t = places if len(places) else t
        series = t.groupby("date")["value"].agg(how)
        return series.reindex(self.dates(), fill_value=0.0)

    def dates(self):
        return pd.DatetimeIndex(self.ts["date"].drop_duplicates().sort_values())

    def metric(self, name):
        """(value, unit) of a summary.csv row, or None."""
        if self.summary is None:
            return None
        hit = self.summary[self.summary["metric"] == name]
        return None if hit.empty else (float(hit["value"].iloc[0]), hit["unit"].iloc[0])

    def metrics(self, prefix=""):
        if self.summary is None:
            return self.summary
        return self.summary[self.summary["metric"].str.startswith(prefix)]

    def unit(self, variable):
        units = self.rows(variable)["unit"].unique()
        return units[0] if len(units) else ""

    def money_unit(self, variable="value_added"):
        """'RUB mn' from 'RUB mn/month'."""
        return self.unit(variable).split("/")[0].strip() or "money"

    def _months_per_period(self):
        for u in self.ts["unit"].unique():
            m = re.search(r"/\s*(month|quarter|year)\s*$", u)
            if m:
                return rundir.MONTHS_PER_PERIOD[m.group(1)]
        dates = pd.Series(self.ts["date"].unique()).sort_values()
        if len(dates) < 2:
            return 1
        gaps = dates.dt.year.diff() * 12 + dates.dt.month.diff()
        return int(gaps.min())

    # --- places -----------------------------------------------------------------------------

    def islands(self):
        """Regions with fish cargo series, in the scenario's order if known (routes and the
        freight books, whose spoiled lots start in 2022, carry cargo_* too)."""
        found = set(self.ts.loc[self.ts["variable"].str.startswith("cargo_")
                                & (self.ts["sector"] == "fish_processing"), "region"])
        found.discard(rundir.ZONE)
        order = [r.get("name") for r in self._scenario_list("regions")]
        return [r for r in order if r in found] + sorted(found.difference(order))

    def routes(self):
        found = set(self.rows("sailings")["region"])
        order = [r.get("name") for r in self._scenario_list("routes")]
        return [r for r in order if r in found] + sorted(found.difference(order))

    def route_ends(self, route):
        """The two regions a route joins: from the scenario if readable, else from its name."""
        for r in self._scenario_list("routes"):
            if r.get("name") == route:
                return {str(r.get("from")), str(r.get("to"))}
        return set(route.split("-"))

    def island_routes(self, island):
        return [r for r in self.routes() if island in self.route_ends(r)]

    def export_routes(self, island):
        """The routes that carry an island's fish to its plants' markets (scenario needed); all
        of the island's routes when the scenario cannot be read."""
        fish = (self.scenario or {}).get("sectors", {})
        fish = fish.get("fish_processing", {}) if isinstance(fish, dict) else {}
        plants = fish.get("plants", []) if isinstance(fish, dict) else []
        markets = {p.get("market") for p in plants
                   if isinstance(p, dict) and p.get("island") == island}
        chosen = [r for r in self.island_routes(island) if self.route_ends(r) & markets]
        return chosen or self.island_routes(island)

    def _scenario_list(self, key):
        items = (self.scenario or {}).get(key, [])
        return [x for x in items if isinstance(x, dict)] if isinstance(items, list) else []

    # --- closures ---------------------------------------------------------------------------

    def closures(self):
        """route, start, end of each closure from events.csv: a route_closed with the next
        route_opened of the same route; one open at either end of the horizon runs to it."""
        if self.events is None:
            return pd.DataFrame(columns=["route", "start", "end", "reason"])
        e = self.events[self.events["kind"].isin(["route_closed", "route_opened"])]
        e = e.assign(t=pd.to_numeric(e["time_s"], errors="coerce")).sort_values(
            ["subject", "detail", "t", "when"], kind="stable")
        # Paired by route and reason: a storm that closes a route during its ice season opens
        # it again for the storm's part only.
        g = e.groupby(["subject", "detail"], sort=False)
        nxt_kind, nxt_when = g["kind"].shift(-1), g["when"].shift(-1)
        prev_kind = g["kind"].shift(1)
        closed = e["kind"] == "route_closed"
        paired = closed & (nxt_kind == "route_opened")
        runs_out = closed & nxt_kind.isna()
        opened_first = (e["kind"] == "route_opened") & prev_kind.isna()
        parts = [
            pd.DataFrame({"route": e.loc[paired, "subject"], "start": e.loc[paired, "when"],
                          "end": nxt_when[paired], "reason": e.loc[paired, "detail"]}),
            pd.DataFrame({"route": e.loc[runs_out, "subject"], "start": e.loc[runs_out, "when"],
                          "end": self.end, "reason": e.loc[runs_out, "detail"]}),
            pd.DataFrame({"route": e.loc[opened_first, "subject"], "start": self.start,
                          "end": e.loc[opened_first, "when"],
                          "reason": e.loc[opened_first, "detail"]}),
        ]
        out = pd.concat(parts, ignore_index=True)
        return out.sort_values(["route", "start"], ignore_index=True)

    def closure_reasons(self, routes=None):
        """'sea ice' or 'sea ice, storm': why the routes were closed, from events.csv's detail."""
        c = self.closures()
        if routes is not None:
            c = c[c["route"].isin(routes)]
        reasons = sorted({r.strip() for r in c["reason"] if isinstance(r, str) and r.strip()})
        return ", ".join(reasons)

    def closed_spans(self, routes, reason=None):
        """The union of the closures of `routes` (of one reason if given) as merged (start, end)
        pairs."""
        c = self.closures()
        c = c[c["route"].isin(routes)]
        if reason is not None:
            c = c[c["reason"] == reason]
        c = c.sort_values("start")
        if c.empty:
            return []
        # Merge overlaps: a new span starts where a start lies beyond every earlier end.
        run_end = c["end"].cummax().shift(1)
        new = (c["start"] > run_end) | run_end.isna()
        span = new.cumsum()
        merged = c.groupby(span).agg(start=("start", "min"), end=("end", "max"))
        return list(merged.itertuples(index=False, name=None))

    def span_months(self):
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month

    def detail_window(self, years=3, from_year=None):
        """The whole run when it is short; else `years` calendar years it covers whole: the first
        ones, or those from `from_year` on (moved back to fit the run's end)."""
        if self.span_months() <= LONG_RUN_MONTHS:
            return self.start, self.end
        first = self.start if self.start.month == 1 else pd.Timestamp(self.start.year + 1, 1, 1)
        if from_year is not None and from_year > first.year:
            last_start = pd.Timestamp(self.end.year - years, 1, 1)
            first = max(first, min(pd.Timestamp(from_year, 1, 1), last_start))
        return first, min(first + pd.DateOffset(years=years), self.end)

    def active_from(self, variables):
        """The calendar year by which every one of `variables` (that the run has) has shown a
        non-zero value: where their detail panels have something to show. None if none has."""
        years = []
        for v in variables:
            if self.has(v):
                series = self.total(v)
                hit = series[series.abs() > 0]
                if len(hit):
                    years.append(hit.index[0].year)
        return max(years) if years else None

    # --- labels -----------------------------------------------------------------------------

    def label(self):
        scenario = self.manifest.get("scenario")
        name = scenario.get("name") if isinstance(scenario, dict) else None
        name = name or self.manifest.get("scenario_name") or (self.scenario or {}).get("name")
        name = name or Path(self.folder).resolve().name
        last = self.end - pd.DateOffset(months=1)
        return f"{name}, {self.start:%Y-%m} to {last:%Y-%m}"


def annual(wide, months_per_period, how):
    """Calendar-year sums or means of a date-indexed table, and the months each year covers."""
    years = wide.index.year
    table = wide.groupby(years).sum() if how == "sum" else wide.groupby(years).mean()
    months = pd.Series(months_per_period, index=wide.index).groupby(years).sum()
    return table, months
