#!/usr/bin/env python3
"""Derives the default input-output table of the southern Kurils zone from the OECD 2015 table of
Russia: aggregation to the zone's 12 sectors, Flegg's FLQ regionalisation, scaling to the islands.

Usage: derive_zone_table.py [--oecd DIR] [-o OUT.csv] [--report]
Method, sources and every estimate (EST): docs/zone-table.md. Money: RUB mn a year at 2020 prices;
coefficients are Russia's of 2015. Pure standard library, so the file is the same on every machine.
"""
import argparse
import csv
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OECD = REPO / ".." / "shared" / "data" / "oecd-iot-2015"
DEFAULT_OUT = REPO / "scenarios" / "data" / "southern-kurils-zone.csv"

SECTORS = ["aquaculture", "greenhouse", "tourism", "wind_power", "waste", "fishing",
           "fish_processing", "construction", "power", "transport", "trade_services",
           "public_admin"]
FINAL_DEMAND = ["household_consumption", "government", "investment", "exports"]

# The 36 national industries in 9 groups; "mainland" industries have no producer on the islands,
# so everything the zone buys from them is imported.
GROUPS = {
    "AGR": ["D01T03"], "FOOD": ["D10T12"], "UTIL": ["D35T39"], "CONS": ["D41T43"],
    "TRANS": ["D49T53"], "PUB": ["D84", "D85", "D86T88"],
    "SERV": ["D45T47", "D55T56", "D58T60", "D61", "D62T63", "D64T66", "D68", "D69T82",
             "D90T96", "D97T98"],
    "mainland": ["D05T06", "D07T08", "D09", "D13T15", "D16", "D17T18", "D19", "D20T21", "D22",
                 "D23", "D24", "D25", "D26", "D27", "D28", "D29", "D30", "D31T33"],
}
# Share of Russia's 2015 employment in each group (docs/zone-table.md: sourced or EST).
NATIONAL_EMPLOYMENT = 72.3e6  # Rosstat, average annual employed in 2015
EMPLOYMENT_SHARE = {"AGR": 0.083, "FOOD": 0.018, "UTIL": 0.030, "CONS": 0.089, "TRANS": 0.075,
                    "SERV": 0.369, "PUB": 0.197, "mainland": 0.139,
                    "ACC": 0.025}  # ACC (D55T56) is part of SERV, for tourism only
# Zone sector -> the national group whose input column it borrows and whose employment its
# location quotient is measured against.
PARENT = {"aquaculture": "AGR", "greenhouse": "AGR", "tourism": "ACC", "wind_power": "UTIL",
          "waste": "UTIL", "fishing": "AGR", "fish_processing": "FOOD", "construction": "CONS",
          "power": "UTIL", "transport": "TRANS", "trade_services": "SERV", "public_admin": "PUB"}
TECHNOLOGY_CODES = dict(GROUPS, ACC=["D55T56"])  # tourism: accommodation and food services
# Zone sector -> the national product row it sells to other sectors. The joint activities sell
# only to final demand (wind_power: to the power utility, below).
SELLS = {"fishing": "AGR", "fish_processing": "FOOD", "construction": "CONS", "power": "UTIL",
         "transport": "TRANS", "trade_services": "SERV", "public_admin": "PUB"}
# Product-mix share: the islands make only fish within their national product groups (EST).
PRODUCT_SHARE = {"fishing": 0.03, "fish_processing": 0.05}
# Inputs of D35T39 that belong to fuelled generation and resale of power: a wind plant needs no
# fuel (coal and gas D05T06, oil products D19) nor bought power (D35T39); waste collection keeps
# its trucks' diesel. What they cost moves to value added (capital and labour).
NOT_BOUGHT = {"wind_power": ["D05T06", "D19", "D35T39"], "waste": ["D05T06", "D35T39"]}
# Services households buy from island firms (the rest of SERV: media, telecom, IT, finance and
# business services come from mainland firms).
HOUSEHOLD_LOCAL_SERVICES = ["D45T47", "D55T56", "D68", "D90T96", "D97T98"]

# Numbers in brackets: sections of the project's reference/kurils-facts.md.
DELTA = 0.3                   # Flegg's delta (Flegg and Tohmo 2013)
USD_RUB_2015 = 60.96          # Bank of Russia, 2015 average
NATIONAL_WAGE_2015 = 34030.0  # RUB/month, Rosstat, Russia 2015
ISLAND_WAGE_2020 = 82700.0    # RUB/month, Yuzhno-Kurilsky 2020 [2]
WAGE_SCALE = ISLAND_WAGE_2020 / NATIONAL_WAGE_2015
WAGE_PER_JOB = ISLAND_WAGE_2020 * 12 / 1e6  # RUB mn a year
POPULATION_2016 = 16668.0     # Iturup + Kunashir + Shikotan [1]
FISH_PRICE = 33.6             # RUB/kg: Yuzhno-Kurilsky 2020, 3.7 bn RUB / 110.2 kt [2]
FISH_EXPORTS = 230000.0 * FISH_PRICE / 1000.0  # the three plants' 230 kt a year, RUB mn
FISH_EATEN_KG = 20.0          # fish products per resident and year (EST)
CONSUMPTION_SHARE = 0.75      # household spending / labour income (EST)
LOCAL_TRANSPORT_SHARE = 0.5   # residents' transport bought from island carriers (EST)

# Jobs (EST from kurils-facts, docs/zone-table.md): base sectors' output is jobs x output per job.
JOBS = {"fishing": 1700, "fish_processing": 1300, "construction": 600, "power": 220,
        "transport": 400, "trade_services": 450, "public_admin": 1500,
        "aquaculture": 20, "greenhouse": 1, "tourism": 10, "wind_power": 2, "waste": 30}
# Base-year (2017) output of the five joint activities from physical estimates, RUB mn.
JOINT_OUTPUT = {
    "wind_power": 0.885 * 8760 * 0.22 * 14.5 / 1000,  # MW x h x capacity factor x RUB/kWh
    "waste": 5400 / 8531 * POPULATION_2016 * 12000 / 1e6,  # t/resident x residents x RUB/t
    "tourism": 2000 * (8500 + 2 * 5400) / 1e6,  # visitors x (package + 2 hotel nights)
    "aquaculture": 60e6 * 1.0 / 1e6,  # salmon fry released x RUB per fry
    "greenhouse": 2000 * 10 * 200 / 1e6,  # m2 x kg/m2 x RUB/kg
}
# The final-demand column that takes what a sector's row has left after intermediate sales and
# household consumption (wind_power sells all to power; fish_processing is fixed by exports).
RESIDUAL_COLUMN = {"fishing": "exports", "construction": "investment", "power": "government",
                   "transport": "exports", "trade_services": "exports",
                   "public_admin": "government", "aquaculture": "government",
                   "greenhouse": "household_consumption", "tourism": "exports",
                   "waste": "household_consumption"}


def fail(message):
    """Bad input: one sentence on stderr, exit status 2 (as jezsim does)."""
    print(message, file=sys.stderr)
    sys.exit(2)


def read_oecd(folder, name="RUS2015dom.csv", program="derive_zone_table"):
    """The national table as {row: {column: value}} (USD mn); exits with one sentence naming the
    file, line and field when it is not the OECD layout."""
    path = Path(folder) / name
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, table = rows[0][1:], {}
    for line, r in enumerate(rows[1:], start=2):
        for c, v in zip(header, r[1:]):
            try:
                table.setdefault(r[0], {})[c] = float(v)
            except ValueError:
                fail(f"{program}: {path}:{line}: row {r[0]}, column {c}: expected "
                         f"a number, found {v!r}.")
    codes = [k for ks in GROUPS.values() for k in ks]
    need_rows = [p + k[1:] for k in codes for p in ("DOM_", "IMP_")] + [
        "TXS_IMP_FNL", "TXS_INT_FNL", "TTL_INT_FNL", "OUTPUT"]
    for row in need_rows:
        for col in codes + ["HFCE"]:
            if col not in table.get(row, {}):
                fail(f"{program}: {path}: expected the OECD layout with row {row} "
                         f"and column {col}, found none.")
    return table


def national_columns(t, codes):
    """Coefficients of the merged national industries `codes`: domestic inputs by group,
    imported and mainland inputs, taxes and value added, each per unit of output."""
    out = math.fsum(t["OUTPUT"][c] for c in codes)

    def flow(row):
        return math.fsum(t[row][c] for c in codes) / out

    coef = {g: math.fsum(flow("DOM_" + k[1:]) for k in ks) for g, ks in GROUPS.items()}
    coef["imports"] = coef.pop("mainland") + math.fsum(
        flow("IMP_" + k[1:]) for ks in GROUPS.values() for k in ks)
    coef["taxes"] = flow("TXS_IMP_FNL") + flow("TXS_INT_FNL")
    # Value added closes the column: it absorbs the published table's rounding (< 0.002 %).
    coef["value_added"] = 1.0 - math.fsum(coef.values())
    return coef, out


def technology(t):
    """Each zone sector's input column (national 2015 coefficients of its parent group)."""
    tech, output = {}, {}
    for s in SECTORS:
        tech[s], output[s] = national_columns(t, TECHNOLOGY_CODES[PARENT[s]])
    codes = GROUPS["UTIL"]
    out = math.fsum(t["OUTPUT"][c] for c in codes)
    for s, dropped in NOT_BOUGHT.items():
        col = tech[s]
        inputs = 1.0 - col["value_added"] - col["taxes"]
        removed = 0.0
        for k in dropped:
            dom = math.fsum(t["DOM_" + k[1:]][c] for c in codes) / out
            imp = math.fsum(t["IMP_" + k[1:]][c] for c in codes) / out
            col["UTIL" if k == "D35T39" else "imports"] -= dom
            col["imports"] -= imp
            removed += dom + imp
        tax_removed = col["taxes"] * removed / inputs  # taxes on products follow the inputs
        col["taxes"] -= tax_removed
        col["value_added"] += removed + tax_removed
    return tech, output


def lambda_star(zone_jobs):
    return math.log2(1 + zone_jobs / NATIONAL_EMPLOYMENT) ** DELTA


def location_quotients(jobs):
    total = math.fsum(jobs.values())
    return {s: (jobs[s] / total) / EMPLOYMENT_SHARE[PARENT[s]] for s in SECTORS}


def regional_coefficients(tech, jobs):
    """r[i][j]: zone sector i's sales per unit of j's output; the rest of j's inputs of i's
    national group, cut by FLQ or by the product-mix share, moves to j's imports."""
    lam = lambda_star(math.fsum(jobs.values()))
    slq = location_quotients(jobs)
    r = {i: {j: 0.0 for j in SECTORS} for i in SECTORS}
    imports = {j: tech[j]["imports"] for j in SECTORS}
    for j in SECTORS:
        for i, g in SELLS.items():
            flq = lam * (slq[i] if i == j else slq[i] / slq[j])
            if i == "power" or (i == "fishing" and j == "fish_processing"):
                share = 1.0  # isolated grids; the plants process local catch (superior data)
            else:
                share = PRODUCT_SHARE.get(i, 1.0) * min(flq, 1.0)
            r[i][j] = tech[j][g] * share
            imports[j] += tech[j][g] - r[i][j]
    return r, imports, lam, slq


def output_per_job(tech_output, jobs_share):
    """National 2015 output per worker of a group, in island RUB mn at 2020 prices."""
    return tech_output * USD_RUB_2015 / (jobs_share * NATIONAL_EMPLOYMENT) * WAGE_SCALE


def household_shares(t):
    """Share of each group's domestic products in Russia's household spending (HFCE)."""
    hfce = t["TTL_INT_FNL"]["HFCE"]
    local = dict(GROUPS, SERV=HOUSEHOLD_LOCAL_SERVICES)
    return {g: math.fsum(t["DOM_" + k[1:]]["HFCE"] for k in ks) / hfce
            for g, ks in local.items()}


def build(t):
    """The zone table: flows z, final demand f, output x and the named rows (RUB mn, jobs)."""
    tech, national_out = technology(t)
    jobs = dict(JOBS)
    r, imp_coef, lam, slq = regional_coefficients(tech, jobs)
    x = {}
    for s in SECTORS:
        if s in JOINT_OUTPUT:
            x[s] = JOINT_OUTPUT[s]
        elif s != "fish_processing":
            g = PARENT[s]
            x[s] = jobs[s] * output_per_job(national_out[s], EMPLOYMENT_SHARE[g])
    income = WAGE_PER_JOB * math.fsum(jobs.values())
    hshare = household_shares(t)
    hh = {s: 0.0 for s in SECTORS}
    for s, g in SELLS.items():
        hh[s] = CONSUMPTION_SHARE * income * hshare[g] * PRODUCT_SHARE.get(s, 1.0)
    hh["transport"] *= LOCAL_TRANSPORT_SHARE
    hh["fish_processing"] = POPULATION_2016 * FISH_EATEN_KG * FISH_PRICE / 1e6
    # Fish processing: output = exports + local sales, solved for its own output.
    fp = "fish_processing"
    others = math.fsum(r[fp][j] * x[j] for j in SECTORS if j != fp)
    x[fp] = (FISH_EXPORTS + hh[fp] + others) / (1.0 - r[fp][fp])
    z = {i: {j: r[i][j] * x[j] for j in SECTORS} for i in SECTORS}
    # The utility buys the wind plant's electricity instead of its own (same product).
    z["wind_power"]["power"] = x["wind_power"]
    z["power"]["power"] -= x["wind_power"]
    # Final demand: households' share by the rule above, the rest to the sector's residual
    # column; fish processing's exports are fixed and its output solved above.
    f = {i: {c: 0.0 for c in FINAL_DEMAND} for i in SECTORS}
    f[fp].update(exports=FISH_EXPORTS, household_consumption=hh[fp])
    for i, col in RESIDUAL_COLUMN.items():
        f[i]["household_consumption"] = hh[i]
        f[i][col] += x[i] - math.fsum(z[i].values()) - hh[i]
    named = {
        "compensation": {j: WAGE_PER_JOB * jobs[j] for j in SECTORS},
        "value_added": {j: tech[j]["value_added"] * x[j] for j in SECTORS},
        "employment": {j: float(jobs[j]) for j in SECTORS},
        "imports": {j: imp_coef[j] * x[j] for j in SECTORS},
        "taxes": {j: tech[j]["taxes"] * x[j] for j in SECTORS},
    }
    return {"x": x, "z": z, "f": f, "named": named, "lambda": lam, "slq": slq, "jobs": jobs}


def check(table):
    x, z, f, named = table["x"], table["z"], table["f"], table["named"]
    for i in SECTORS:
        if min(f[i].values()) < 0 or min(z[i].values()) < 0:
            fail(f"derive_zone_table: negative entry in row {i}: {f[i]}")
        if named["compensation"][i] > named["value_added"][i]:
            fail(f"derive_zone_table: compensation of {i} exceeds its value added")
    for j in SECTORS:
        col = math.fsum(z[i][j] for i in SECTORS) + math.fsum(
            named[k][j] for k in ("imports", "taxes", "value_added"))
        if abs(col - x[j]) > 1e-9 * x[j]:
            fail(f"derive_zone_table: column {j} does not balance")


HEADER = """\
# Input-output table of the southern Kurils zone (Etorofu/Iturup, Kunashiri/Kunashir, Shikotan),
# base year 2017. Generated by analysis/derive_zone_table.py from the OECD 2015 input-output
# table of Russia (IOTSI4_2018, domestic flows); do not edit by hand. Method and sources:
# docs/zone-table.md. Money: RUB mn a year at 2020 prices (coefficients are Russia's of 2015,
# USD/RUB 60.96); employment: jobs. Rows sell to columns; value_added includes compensation.
"""


def fmt(v):
    s = f"{v:.3f}"
    return "0.000" if s == "-0.000" else s


def write_csv(table, out):
    x, z, f, named = table["x"], table["z"], table["f"], table["named"]
    lines = [HEADER.rstrip("\n"), ",".join(["sector"] + SECTORS + FINAL_DEMAND + ["total_output"])]
    for i in SECTORS:
        vals = [z[i][j] for j in SECTORS] + [f[i][c] for c in FINAL_DEMAND] + [x[i]]
        lines.append(",".join([i] + [fmt(v) for v in vals]))
    for name in ("compensation", "value_added", "employment", "imports", "taxes"):
        vals = [named[name][j] for j in SECTORS] + [0.0] * len(FINAL_DEMAND)
        lines.append(",".join([name] + [fmt(v) for v in vals + [math.fsum(vals)]]))
    # Column totals; in the total_output column, the zone's gross output (no double count).
    totals = [x[j] for j in SECTORS] + [
        math.fsum(f[i][c] for i in SECTORS) for c in FINAL_DEMAND] + [math.fsum(x.values())]
    lines.append(",".join(["total_output"] + [fmt(v) for v in totals]))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text("\n".join(lines) + "\n")
    tmp.replace(out)


def report(table):
    """Prints the table's outputs, jobs, location quotients and multipliers (Type I and II)."""
    import numpy as np
    x = np.array([table["x"][s] for s in SECTORS])
    z = np.array([[table["z"][i][j] for j in SECTORS] for i in SECTORS])
    named = {k: np.array([v[s] for s in SECTORS]) for k, v in table["named"].items()}
    n, a = len(SECTORS), z / x
    leontief = np.linalg.inv(np.eye(n) - a)
    w, e = named["compensation"] / x, named["employment"] / x
    hh = np.array([table["f"][s]["household_consumption"] for s in SECTORS])
    closed = np.zeros((n + 1, n + 1))
    closed[:n, :n], closed[:n, n], closed[n, :n] = a, hh / named["compensation"].sum(), w
    closed_inv = np.linalg.inv(np.eye(n + 1) - closed)
    exports = np.array([table["f"][s]["exports"] for s in SECTORS])
    print(f"lambda* = {table['lambda']:.4f}; jobs = {named['employment'].sum():.0f}; output = "
          f"{x.sum():.1f}; value added = {named['value_added'].sum():.1f}; compensation = "
          f"{named['compensation'].sum():.1f}; imports = {named['imports'].sum():.1f} RUB mn")
    print("sector           output  jobs   SLQ  mn/job comp/VA local imp/x exp/x "
          "out_I out_II jobs_I inc_I")
    for k, s in enumerate(SECTORS):
        print(f"{s:15s}{x[k]:8.1f}{named['employment'][k]:6.0f}{table['slq'][s]:6.2f}"
              f"{x[k] / named['employment'][k]:8.2f}"
              f"{named['compensation'][k] / named['value_added'][k]:8.2f}{a[:, k].sum():6.3f}"
              f"{named['imports'][k] / x[k]:6.3f}{exports[k] / x[k]:6.3f}"
              f"{leontief[:, k].sum():6.3f}{closed_inv[:n, k].sum():7.3f}"
              f"{e.dot(leontief[:, k]):7.3f}{w.dot(leontief[:, k]) / w[k]:6.3f}")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--oecd", default=str(DEFAULT_OECD), help="folder holding RUS2015dom.csv")
    p.add_argument("-o", "--out", default=str(DEFAULT_OUT), help="CSV to write")
    p.add_argument("--report", action="store_true", help="print outputs and multipliers")
    args = p.parse_args(argv)
    if not (Path(args.oecd) / "RUS2015dom.csv").is_file():
        fail(f"derive_zone_table: {args.oecd}/RUS2015dom.csv not found; pass --oecd DIR")
    table = build(read_oecd(args.oecd))
    check(table)
    write_csv(table, args.out)
    if args.report:
        report(table)


if __name__ == "__main__":
    main()
