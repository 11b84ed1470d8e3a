"""SYNTHETIC rows for the variables jezsim does not produce yet, in the documented formats.

Why: the world engineer (issue 4: the five activities, power, visitors) is adding these
variables on a branch while the figures that draw them are written; the economy's (issue 3:
investment, cash flows, NPV, impact) have landed and are real. Until the rest lands, the tests
take a REAL run folder and append rows for exactly the variables it lacks (never touching a
variable it has), with the names fixed by issues 3 and 4, the header
`date,region,sector,variable,unit,value,region_kind` (DESIGN.md section 4) and `metric,unit,value` for
summary.csv. Once jezsim writes a variable, `extend_run` adds nothing for it and the tests draw
the real rows: nothing here needs deleting for the tests to move to real data, though this file
can then go.

The values are made-up shapes (seasonal harvests, summer visitors, a wind/diesel mix), not model
results; the tests check the figures' plumbing with them, not numbers.
"""

import math

import pandas as pd

# Every synthetic variable and what it stands for: (variable, region kind, sector, unit).
TIMESERIES = [
    ("harvest", "island", "aquaculture", "t/month"),
    ("greenhouse_yield", "island", "greenhouse", "t/month"),
    ("visitors", "island", "tourism", "visitors/month"),
    ("visitors_japan", "island", "tourism", "visitors/month"),
    ("visitors_russia", "island", "tourism", "visitors/month"),
    ("power_demand", "island", "power", "MWh/month"),
    ("power_geothermal", "island", "power", "MWh/month"),
    ("power_wind", "island", "wind_power", "MWh/month"),
    ("power_diesel", "island", "power", "MWh/month"),
    ("unserved_energy", "island", "power", "MWh/month"),
    ("waste_treated", "island", "waste", "t/month"),
    ("investment", "zone", None, "RUB mn/month"),
    # As the economy branch writes them: each side's cash flow has the side as region; each
    # project's rows have the project's name as region and its sector.
    ("cash_flow", "side", "projects", "RUB mn/month"),
    ("cash_flow", "project", None, "RUB mn/month"),
    ("impact_value_added", "zone", None, "RUB mn/month"),
    ("impact_jobs", "zone", None, "jobs"),
]
SUMMARY = [
    ("npv_japan", "RUB mn", 412.5), ("npv_russia", "RUB mn", -38.2),
    ("irr_japan", "1/year", 0.094), ("irr_russia", "1/year", 0.061),
    ("payback_japan", "years after the first outlay", 5.2),
    ("payback_russia", "years after the first outlay", 7.9),
    ("npv_project_kunashiri_wind", "RUB mn", 280.0),
    ("npv_project_shikotan_scallops", "RUB mn", 150.3),
    ("npv_project_etorofu_greenhouse", "RUB mn", -56.0),
    ("tax_receipts_japan", "RUB mn", 55.0), ("tax_receipts_russia", "RUB mn", 230.0),
    ("impact_grp_final_year", "RUB mn/year", 310.4),
    ("impact_grp_cumulative", "RUB mn", 6020.0),
    ("impact_jobs_final_year", "jobs", 142.0),
]
ACTIVITY_SECTORS = ["aquaculture", "greenhouse", "tourism", "wind_power", "waste"]
PROJECTS = {"kunashiri_wind": "wind_power", "shikotan_scallops": "aquaculture",
            "etorofu_greenhouse": "greenhouse"}
SIDE_NAMES = ["japan", "russia"]
ISLANDS = ["kunashiri", "etorofu", "shikotan"]


def _value(variable, island_no, sector_no, date, months_in):
    """A deterministic, plausible-looking shape for each variable."""
    m = date.month
    summer = max(0.0, math.sin(math.pi * (m - 4) / 6)) if 4 <= m <= 10 else 0.0
    light = 0.55 + 0.45 * math.sin(math.pi * (m - 3) / 6)
    ramp = min(1.0, months_in / 18.0)  # projects come online over the first year and a half
    k = 1.0 + 0.4 * island_no
    wind_cf = 0.36 + 0.12 * math.cos(math.pi * (m - 1) / 6)
    demand = 900.0 * k * (1.15 + 0.25 * math.cos(math.pi * (m - 1) / 6))
    geo = 350.0 * k if island_no != 2 else 0.0
    wind = min(demand - geo, 420.0 * k * wind_cf * ramp)
    shortfall = 40.0 if (m == 3 and island_no == 2) else 0.0
    table = {
        "harvest": 120.0 * k * ramp if m in (9, 10, 11) else 0.0,
        "greenhouse_yield": 18.0 * k * light * ramp,
        "visitors": 380.0 * k * summer * ramp + 30.0,
        "visitors_japan": 180.0 * k * summer * ramp,
        "visitors_russia": 200.0 * k * summer * ramp + 30.0,
        "power_demand": demand,
        "power_geothermal": geo,
        "power_wind": wind,
        "unserved_energy": shortfall,
        "power_diesel": demand - geo - wind - shortfall,
        "waste_treated": 60.0 * k * ramp,
        "investment": (3.0 + sector_no) * 4.0 if months_in < 14 else 0.0,
        # Japan's share (island_no 0) and Russia's (1), or a project's (sector_no).
        "cash_flow": (-14.0 if months_in < 14 else 2.5 + 1.5 * summer) / (1 + island_no)
        / (1 + sector_no),
        # The last sector (fish processing) loses a little: workers move to the new activities.
        "impact_value_added": -1.5 * ramp if sector_no == 5 else (2.0 + sector_no) * ramp,
        "impact_jobs": -9.0 * ramp if sector_no == 5 else (6.0 + 3 * sector_no) * ramp,
    }
    return table[variable]


def extend_run(folder):
    """Appends synthetic rows to folder's timeseries.csv and summary.csv for each variable and
    metric the real run lacks; returns the names added (so a test can say what was synthetic)."""
    ts_path, sm_path = folder / "timeseries.csv", folder / "summary.csv"
    ts = pd.read_csv(ts_path, dtype=str, keep_default_na=False)
    have = set(ts["variable"])
    dates = sorted(ts["date"].unique())
    start = pd.Timestamp(dates[0])
    rows, added = [], []
    for variable, kind, sector, unit in TIMESERIES:
        if variable in have:
            continue
        if variable not in added:
            added.append(variable)
        for d in dates:
            t = pd.Timestamp(d)
            months_in = (t.year - start.year) * 12 + t.month - start.month
            if kind in ("island", "side"):
                for i, place in enumerate(ISLANDS if kind == "island" else SIDE_NAMES):
                    v = _value(variable, i, 0, t, months_in)
                    rows.append((d, place, sector, variable, unit, f"{v:.6g}", kind))
            elif kind == "project":
                for j, (project, project_sector) in enumerate(PROJECTS.items()):
                    v = _value(variable, 0, j, t, months_in)
                    rows.append((d, project, project_sector, variable, unit, f"{v:.6g}", kind))
            else:
                sectors = [sector] if sector else ACTIVITY_SECTORS + (
                    ["fish_processing"] if variable.startswith("impact") else [])
                for j, s in enumerate(sectors):
                    v = _value(variable, 0, j, t, months_in)
                    rows.append((d, "zone", s, variable, unit, f"{v:.6g}", kind))
    if rows:
        extra = pd.DataFrame(rows, columns=["date", "region", "sector", "variable", "unit",
                                            "value", "region_kind"])
        pd.concat([ts, extra], ignore_index=True).to_csv(ts_path, index=False)
    summary = pd.read_csv(sm_path, dtype=str, keep_default_na=False)
    have = set(summary["metric"])
    # Per-project metrics come as a family (npv_project_<name>): real ones replace all of ours.
    real_projects = any(m.startswith("npv_project_") for m in have)
    missing = [r for r in SUMMARY if r[0] not in have
               and not (real_projects and r[0].startswith("npv_project_"))]
    if missing:
        extra = pd.DataFrame([(m, u, f"{v:g}") for m, u, v in missing], columns=summary.columns)
        pd.concat([summary, extra], ignore_index=True).to_csv(sm_path, index=False)
    return added + [m for m, _, _ in missing]
