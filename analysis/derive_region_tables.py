#!/usr/bin/env python3
"""Derives the multi-regional input-output table of the zone, Hokkaido, the rest of Japan,
Sakhalin and the rest of Russia from the OECD 2015 tables of Japan and Russia and the zone table.

Usage: derive_region_tables.py [--oecd DIR] [-o OUT.csv] [--report]
Method, sources and every estimate (EST): docs/regions.md. Money: RUB mn a year at the zone
table's 2020 prices. Pure standard library, so the file is the same on every machine. The
aggregation, the zone table and its technology come from derive_zone_table.py (imported).
"""
import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import derive_zone_table as zone  # noqa: E402
import mainland_trade  # noqa: E402
import region_sources as src  # noqa: E402
import region_table_csv  # noqa: E402
import zone_purchases  # noqa: E402

REPO = zone.REPO
DEFAULT_OUT = REPO / "scenarios" / "data" / "regions" / "kurils-mrio.csv"
REGIONS = ["zone", "hokkaido", "rest_of_japan", "sakhalin", "rest_of_russia"]
MAINLAND_SECTORS = zone.SECTORS + ["mining", "manufacturing"]
SECTORS = {r: zone.SECTORS if r == "zone" else MAINLAND_SECTORS for r in REGIONS}
FD = zone.FINAL_DEMAND
# Final-demand columns of the OECD table behind each of the table's four (CONS_ABR, residents'
# spending abroad, is all imported and stays out, as the zone table keeps final demand domestic).
FD_CODES = {"household_consumption": ["HFCE", "NPISH"], "government": ["GGFC"],
            "investment": ["GFCF", "INVNT"], "exports": ["EXPO", "CONS_NONRES"]}
CODES = [k for ks in zone.GROUPS.values() for k in ks]
MINING = src.MINING


def units(country):
    """The national industries as units (name, OECD code, share of the code, sector): three codes
    are split by product shares (EST, region_sources.SPLITS), every other maps whole."""
    sp = src.SPLITS[country]
    split = {
        "D01T03": [("fishing", sp["fishing"]), ("aquaculture", sp["aquaculture"]),
                   ("greenhouse", 1.0 - sp["fishing"] - sp["aquaculture"])],
        "D10T12": [("fish_processing", sp["fish_processing"]),
                   ("manufacturing", 1.0 - sp["fish_processing"])],
        "D35T39": [("wind_power", sp["wind_power"]), ("waste", sp["waste"]),
                   ("power", 1.0 - sp["wind_power"] - sp["waste"])],
    }
    whole = {"D41T43": "construction", "D49T53": "transport", "D55T56": "tourism"}
    whole.update({k: "public_admin" for k in zone.GROUPS["PUB"]})
    whole.update({k: "trade_services" for k in zone.GROUPS["SERV"] if k != "D55T56"})
    whole.update({k: "mining" if k in MINING else "manufacturing"
                  for k in zone.GROUPS["mainland"]})
    out = []
    for k in CODES:
        for sector, share in split.get(k, [(whole.get(k), 1.0)]):
            out.append((f"{k}/{sector}", k, share, sector))
    return out


def national(t, country):
    """The national table by unit in RUB mn at 2020 prices: domestic flows z, final demand f,
    imports, taxes, value added (closing each column, as the zone table does) and output (the
    row sums, which absorb the published table's rounding, < 0.004 %).

    A unit sells the share a of its industry's domestic sales and the share e of its exports
    (e = a but where region_sources.EXPORT_SPLITS says otherwise); its column is the share
    b = x_u / x_k of its industry's, so rows and columns both balance."""
    us, rate = units(country), src.RUB_PER_USD
    e = export_shares(country, us)
    f = {u: {c: (e[u] if c == "exports" else a)
             * math.fsum(t["DOM_" + k[1:]][d] for d in FD_CODES[c]) * rate for c in FD}
         for u, k, a, _ in us}
    x = {u: a * math.fsum(t["DOM_" + k[1:]][l] for l in CODES) * rate + math.fsum(f[u].values())
         for u, k, a, _ in us}
    by_code = {}
    for u, k, _, _ in us:
        by_code[k] = by_code.get(k, 0.0) + x[u]
    b = {u: x[u] / by_code[k] if by_code[k] else a for u, k, a, _ in us}
    z = {u: {v: a * b[v] * t["DOM_" + k[1:]][l] * rate for v, l, _, _ in us}
         for u, k, a, _ in us}
    x = {u: math.fsum(z[u].values()) + math.fsum(f[u].values()) for u, _, _, _ in us}
    imports = {v: b[v] * math.fsum(t["IMP_" + k[1:]][l] for k in CODES) * rate
               for v, l, _, _ in us}
    taxes = {v: b[v] * (t["TXS_IMP_FNL"][l] + t["TXS_INT_FNL"][l]) * rate for v, l, _, _ in us}
    va = {v: x[v] - math.fsum(z[u][v] for u in z) - imports[v] - taxes[v] for v in x}
    fd_imports = {c: math.fsum(t["IMP_" + k[1:]][d] for k in CODES for d in FD_CODES[c]) * rate
                  for c in FD if c != "exports"}  # not in the table; for self-sufficiency
    jobs = national_jobs(country, us, x)
    comp = national_compensation(country, va, jobs)
    return {"units": us, "z": z, "f": f, "x": x, "imports": imports, "taxes": taxes, "va": va,
            "jobs": jobs, "comp": comp, "fd_imports": fd_imports, "col_share": b}


def export_shares(country, us):
    """e_u: the unit's share of its industry's exports; the last unit of a code takes the rest."""
    e = {u: src.EXPORT_SPLITS.get(country, {}).get(sector, a) for u, _, a, sector in us}
    for k in dict.fromkeys(k for _, k, _, _ in us):
        members = [u for u, code, _, _ in us if code == k]
        e[members[-1]] = 1.0 - math.fsum(e[u] for u in members[:-1])
    return e


def national_jobs(country, us, out_u):
    """Jobs by unit: each employment group's national jobs spread over its units by output."""
    group = {u: src.employment_group(country, k) for u, k, _, _ in us}
    out_g = {}
    for u, g in group.items():
        out_g[g] = out_g.get(g, 0.0) + out_u[u]
    total = src.EMPLOYMENT_TOTAL[country]
    return {u: total * src.EMPLOYMENT_SHARE[country][g] * out_u[u] / out_g[g]
            for u, g in group.items()}


def national_compensation(country, va, jobs):
    """Labour income by unit: Russia's jobs times its 2015 average wage (as the zone table pays
    its jobs), Japan's value added times its labour share (EST, docs/regions.md)."""
    if country == "RUS":
        wage = zone.NATIONAL_WAGE_2015 * 12 * src.PRICE_2015_TO_2020 / 1e6
        return {u: min(jobs[u] * wage, src.COMPENSATION_CAP * va[u]) for u in va}
    return {u: src.LABOUR_SHARE[country] * va[u] for u in va}


def regional_labour(nat, s, region):
    """The region's jobs and labour income by unit: the nation's in proportion to the region's
    output share; Sakhalin's jobs scaled to its population at Russia's employment rate and paid
    Sakhalin's average wage (EST, docs/regions.md)."""
    jobs = {u: s[u] * nat["jobs"][u] for u in s}
    comp = {u: s[u] * nat["comp"][u] for u in s}
    if region == "sakhalin":
        k = src.SAKHALIN_JOBS / math.fsum(jobs.values())
        jobs = {u: k * v for u, v in jobs.items()}
        comp = {u: min(v * src.SAKHALIN_WAGE_2020 * 12 / 1e6,
                        src.COMPENSATION_CAP * s[u] * nat["va"][u]) for u, v in jobs.items()}
    return jobs, comp


def regional_shares(nat, region):
    """s_u: the region's share of the nation's output of unit u (its value-added share, since the
    region is given the nation's technology)."""
    va_code = {k: 0.0 for k in CODES}  # the table's value added (closing the columns) by code
    for u, k, _, _ in nat["units"]:
        va_code[k] += nat["va"][u]
    total_va = math.fsum(va_code.values())
    if region == "hokkaido":
        cat_va = {c: math.fsum(va_code[k] for k in ks) for c, ks in src.HOKKAIDO_CATEGORIES.items()}
        gpp = src.hokkaido_gpp_shares()
        share = {c: src.HOKKAIDO_GDP_SHARE * gpp[c] * total_va / cat_va[c] for c in cat_va}
        by_code = {k: share[c] for c, ks in src.HOKKAIDO_CATEGORIES.items() for k in ks}
        return {u: by_code[k] for u, k, _, _ in nat["units"]}
    # Sakhalin: mining and fishing from the facts, the rest of its GRP spread like Russia's.
    region_va = src.SAKHALIN_GRP_2018 / src.RUSSIA_GDP_2018 * total_va
    mining_va = math.fsum(va_code[k] for k in MINING)
    fish_va = math.fsum(nat["va"][u] for u, _, _, s in nat["units"] if s == "fishing")
    mining_share = src.SAKHALIN_MINING_SHARE * region_va / mining_va
    rest_share = ((1 - src.SAKHALIN_MINING_SHARE) * region_va - src.SAKHALIN_FISH_SHARE * fish_va
                  ) / (total_va - mining_va - fish_va)
    out = {}
    for u, k, _, s in nat["units"]:
        out[u] = (mining_share if k in MINING else
                  src.SAKHALIN_FISH_SHARE if s == "fishing" else rest_share)
    return out


def final_demand_shares(nat, s, region):
    """The region's share of the nation's final demand by category: households by labour income,
    government by population, investment by value added (EST, docs/regions.md)."""
    _, region_comp = regional_labour(nat, s, region)
    comp = math.fsum(region_comp.values()) / math.fsum(nat["comp"].values())
    va = math.fsum(s[u] * nat["va"][u] for u in s) / math.fsum(nat["va"].values())
    return {"household_consumption": comp, "government": src.POPULATION_SHARE[region],
            "investment": va}


def split_country(nat, s, region):
    """The two regions of one country (region r, rest R = nation - r) at unit level: each
    region's flows by origin. FLQ gives r's intra-regional coefficients; the rest of r's domestic
    purchases come from R; r's surplus over its own use and its exports is sold to R in
    proportion to R's uses. Returns {(origin, destination): {u: {column: value}}}, exports,
    outputs, named rows, lambda* and SLQ."""
    us = [u for u, _, _, _ in nat["units"]]
    rest = {u: 1.0 - s[u] for u in us}
    jobs_r, comp_r = regional_labour(nat, s, region)
    size = math.fsum(jobs_r.values()) / math.fsum(nat["jobs"].values())
    # SLQ_u = (E_u^r / E^r) / (E_u^n / E^n); a unit without national jobs (Japan's D97T98 has
    # no output) gets the region's output share over its size.
    slq = {u: jobs_r[u] / nat["jobs"][u] / size if nat["jobs"][u] > 0 else s[u] / size
           for u in us}
    lam = math.log2(1 + size) ** src.DELTA[region]
    fds = final_demand_shares(nat, s, region)
    cols = us + [c for c in FD if c != "exports"]
    # Use of each unit's product by column, in r and in R (domestic origin, both regions).
    use = {"r": {}, "R": {}}
    intra = {}
    for u in us:
        use["r"][u], use["R"][u], intra[u] = {}, {}, {}
        for v in us:
            a = nat["z"][u][v] / nat["x"][v] if nat["x"][v] else 0.0
            flq = lam * (slq[u] if u == v else slq[u] / slq[v])
            use["r"][u][v] = nat["z"][u][v] * s[v]
            use["R"][u][v] = nat["z"][u][v] * rest[v]
            intra[u][v] = min(flq, 1.0) * use["r"][u][v] if a else 0.0
        for c in cols[len(us):]:
            use["r"][u][c] = nat["f"][u][c] * fds[c]
            use["R"][u][c] = nat["f"][u][c] * (1.0 - fds[c])
            intra[u][c] = min(lam * slq[u], 1.0) * use["r"][u][c]
    flows = {(o, d): {u: {c: 0.0 for c in cols} for u in us}
             for o in ("r", "R") for d in ("r", "R")}
    exports = {"r": {}, "R": {}}
    for u in us:
        exp_r = s[u] * nat["f"][u]["exports"]
        own = math.fsum(intra[u].values())
        surplus = nat["x"][u] * s[u] - exp_r - own
        if surplus < 0:  # r cannot supply its own use: it buys the gap from R
            scale = (own + surplus) / own
            intra[u] = {c: v * scale for c, v in intra[u].items()}
            surplus = 0.0
        total_R = math.fsum(use["R"][u].values())
        if surplus > total_R:  # more than R uses: the excess leaves r as exports
            exp_r += surplus - total_R
            surplus = total_R
        exports["r"][u] = exp_r
        exports["R"][u] = nat["f"][u]["exports"] - exp_r
        for c in cols:
            flows["r", "r"][u][c] = intra[u][c]
            flows["R", "r"][u][c] = use["r"][u][c] - intra[u][c]
            to_R = surplus * use["R"][u][c] / total_R if total_R else 0.0
            flows["r", "R"][u][c] = to_R
            flows["R", "R"][u][c] = use["R"][u][c] - to_R
    share = {"r": s, "R": rest}
    named = {p: {k: {v: share[p][v] * nat[k][v] for v in us}
                 for k in ("imports", "taxes", "va", "x")} for p in share}
    named["r"].update(jobs=jobs_r, comp=comp_r)
    named["R"].update(jobs={u: nat["jobs"][u] - jobs_r[u] for u in us},
                      comp={u: nat["comp"][u] - comp_r[u] for u in us})
    return {"flows": flows, "exports": exports, "named": named, "lambda": lam, "slq": slq,
            "size": size, "fd_shares": fds}


def aggregate(nat, split, names):
    """Unit-level regions to sectors: {region: table} with z[(origin region, sector)][(column
    region, column)] for the country's two regions."""
    sector_of = {u: sec for u, _, _, sec in nat["units"]}
    us = list(sector_of)
    out = {"z": {}, "named": {}, "exports": {}}
    for (o, d), rows in split["flows"].items():
        for u in us:
            row = out["z"].setdefault((names[o], sector_of[u]), {})
            for c, v in rows[u].items():
                key = (names[d], sector_of[c] if c in sector_of else c)
                row[key] = row.get(key, 0.0) + v
    for p in ("r", "R"):
        for u in us:
            key = (names[p], sector_of[u])
            out["exports"][key] = out["exports"].get(key, 0.0) + split["exports"][p][u]
            for k, vals in split["named"][p].items():
                cell = out["named"].setdefault(k, {})
                cell[key] = cell.get(key, 0.0) + vals[u]
    return out


def build(oecd):
    """Everything the table holds: the zone table, both countries split in two, the zone's
    purchases by origin."""
    tables = {c: zone.read_oecd(oecd, f"{c}2015dom.csv", "derive_region_tables")
              for c in ("JPN", "RUS")}
    zt = zone.build(tables["RUS"])
    zone.check(zt)
    countries = {}
    for region, country, rest in (("hokkaido", "JPN", "rest_of_japan"),
                                  ("sakhalin", "RUS", "rest_of_russia")):
        nat = national(tables[country], country)
        s = regional_shares(nat, region)
        split = split_country(nat, s, region)
        names = {"r": region, "R": rest}
        countries[region] = {"nat": nat, "s": s, "split": split,
                             "agg": aggregate(nat, split, names)}
        countries[region]["imports"] = mainland_trade.regional_imports(
            countries[region], names,
            mainland_trade.foreign_imports(tables[country], nat, src.RUB_PER_USD))
    purchases = zone_purchases.by_origin(tables, zt, countries)
    return {"zone": zt, "countries": countries, "purchases": purchases}


def assemble(b):
    """The flat table: {row: {column: value}} with rows and columns named region:sector (and
    region:final-demand column), the named rows, and gross output by sector."""
    zt, (purchases, world) = b["zone"], b["purchases"]
    rows, x = {}, {}
    for i in zone.SECTORS:
        key = ("zone", i)
        rows[key] = {("zone", j): zt["z"][i][j] for j in zone.SECTORS}
        rows[key].update({("zone", c): zt["f"][i][c] for c in FD})
        x[key] = zt["x"][i]
    named = {k: {("zone", j): v for j, v in zt["named"][k].items()} for k in zt["named"]}
    named["imports"] = {("zone", j): world[j] for j in zone.SECTORS}
    for region, c in b["countries"].items():
        agg = c["agg"]
        for key, row in agg["z"].items():
            cell = rows.setdefault(key, {})
            for col, v in row.items():
                cell[col] = cell.get(col, 0.0) + v
        for key, v in agg["exports"].items():
            rows[key][(key[0], "exports")] = rows[key].get((key[0], "exports"), 0.0) + v
        for k, ours in (("imports", "imports"), ("taxes", "taxes"), ("value_added", "va"),
                        ("compensation", "comp"), ("employment", "jobs")):
            named[k].update(agg["named"][ours])
        x.update(agg["named"]["x"])
    for key, cols in purchases.items():
        displace(rows[key], key, cols)
    table = {"rows": rows, "named": named, "x": x}
    imports = {}
    for c in b["countries"].values():
        imports.update({k: dict(v) for k, v in c["imports"].items()})
    try:
        table["mainland_trade"] = mainland_trade.book(table, imports)
    except ValueError as e:
        zone.fail(f"derive_region_tables: {e}")
    return table


def displace(row, key, cols):
    """Books the zone's purchases in a mainland row and takes them out of that row's positive
    final sales in proportion (EST: the zone's demand displaces final buyers, not the region's
    output or its intermediate sales, so each country still adds up to its national table)."""
    bought = math.fsum(cols.values())
    finals = {c: v for c, v in row.items() if c[1] in FD and v > 0}
    room = math.fsum(finals.values())
    if bought > room:
        zone.fail(f"derive_region_tables: the zone buys {bought:.3f} of {key} but its final "
                  f"sales are only {room:.3f}")
    for c, v in finals.items():
        row[c] = v - bought * v / room
    for j, v in cols.items():
        row[("zone", j)] = row.get(("zone", j), 0.0) + v


def columns():
    return ([(r, s) for r in REGIONS for s in SECTORS[r]] + [(r, c) for r in REGIONS for c in FD])


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--oecd", default=str(zone.DEFAULT_OECD),
                   help="folder holding JPN2015dom.csv and RUS2015dom.csv")
    p.add_argument("-o", "--out", default=str(DEFAULT_OUT), help="CSV to write")
    p.add_argument("--report", action="store_true", help="print the headline figures by region")
    args = p.parse_args(argv)
    for name in ("JPN2015dom.csv", "RUS2015dom.csv"):
        if not (Path(args.oecd) / name).is_file():
            zone.fail(f"derive_region_tables: {args.oecd}/{name} not found; pass --oecd DIR")
    b = build(args.oecd)
    table = assemble(b)
    table["zone_imports"] = b["zone"]["named"]["imports"]
    region_table_csv.write_csv(table, args.out, columns(), len(REGIONS) * len(FD))
    if args.report:
        import region_report
        region_report.report(b, table)


if __name__ == "__main__":
    main()
