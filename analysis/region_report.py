"""The headline figures of the regional table by region, against the sourced figures
(derive_region_tables.py --report; docs/regions.md quotes them)."""
import math

import derive_region_tables as drt
import region_sources as src


def region_totals(table, region, b=None):
    rows, named, x = table["rows"], table["named"], table["x"]
    cols = [c for c in drt.columns() if c[0] == region]
    sectors = [k for k in x if k[0] == region]
    supply_in = {o: math.fsum(rows[k].get(c, 0.0) for k in x if k[0] == o for c in cols)
                 for o in drt.REGIONS}
    world = math.fsum(named["imports"][c] for c in sectors)
    demand = math.fsum(supply_in.values()) + world
    fd_world = 0.0
    if b is not None and region in b["countries"]:
        c = b["countries"][region]
        fd_world = math.fsum(c["split"]["fd_shares"][k] * v
                             for k, v in c["nat"]["fd_imports"].items())
    return {
        "self_sufficiency_meti": supply_in[region] / (demand + fd_world),
        "output": math.fsum(x[k] for k in sectors),
        "value_added": math.fsum(named["value_added"][k] for k in sectors),
        "compensation": math.fsum(named["compensation"][k] for k in sectors),
        "jobs": math.fsum(named["employment"][k] for k in sectors),
        "world_imports": world,
        "self_sufficiency": supply_in[region] / demand,
        "supply_in": supply_in,
        "exports": math.fsum(rows[k].get((region, "exports"), 0.0) for k in sectors),
    }


def to_jpy_tn(rub_mn):
    """RUB mn at the table's prices back to 2015 JPY tn (2015 USD x 121.04 JPY, EST)."""
    return rub_mn / src.RUB_PER_USD * src.JPY_PER_USD_2015 / 1e6


def report(b, table):
    print(f"RUB per 2015 USD at 2020 prices: {src.RUB_PER_USD:.3f} "
          f"(60.96 x {src.PRICE_2015_TO_2020:.4f})")
    for region, c in b["countries"].items():
        sp = c["split"]
        print(f"{region}: size (jobs share) {sp['size']:.5f}, lambda* {sp['lambda']:.4f}, "
              f"final-demand shares " + ", ".join(f"{k} {v:.4f}" for k, v in
                                                  sp["fd_shares"].items()))
    print("region          output_RUBmn  VA_RUBmn   comp_RUBmn  jobs        world_imp  "
          "exports    self_suff")
    for r in drt.REGIONS:
        t = region_totals(table, r)
        print(f"{r:15s}{t['output']:13.1f}{t['value_added']:12.1f}{t['compensation']:12.1f}"
              f"{t['jobs']:12.0f}{t['world_imports']:11.1f}{t['exports']:11.1f}"
              f"{t['self_sufficiency']:8.3f}")
    h = region_totals(table, "hokkaido", b)
    chk = src.HOKKAIDO_CHECKS
    print(f"hokkaido in 2015 JPY: output {to_jpy_tn(h['output']):.2f} tn (2005 table "
          f"{chk['output_2005_jpy_tn']}), VA {to_jpy_tn(h['value_added']):.2f} tn (GPP FY2017 "
          f"{src.hokkaido_gpp_total() / 1e6:.2f}; 2005 table {chk['value_added_2005_jpy_tn']}), "
          f"jobs {h['jobs'] / 1e6:.2f} mn (employed 2022 {chk['employed_2022'] / 1e6:.2f}), "
          f"self-sufficiency {h['self_sufficiency']:.3f}, on METI's basis "
          f"{h['self_sufficiency_meti']:.3f} (2005 table "
          f"{chk['self_sufficiency_2005']})")
    s = region_totals(table, "sakhalin", b)
    wage = s["compensation"] / s["jobs"] * 1e6 / 12
    print(f"sakhalin: VA {s['value_added'] / 1e3:.1f} RUB bn (GRP 2018 1,179.7 bn at 2018 "
          f"prices), jobs {s['jobs']:.0f}, compensation per job {wage:.0f} RUB/month "
          f"(average wage Jan 2019 {src.SAKHALIN_CHECKS['wage_2019_rub_month']}), self-sufficiency "
          f"{s['self_sufficiency']:.3f} (METI basis {s['self_sufficiency_meti']:.3f})")
    purchases, _ = b["purchases"]
    zone_imports = math.fsum(b["zone"]["named"]["imports"].values())
    print(f"zone's purchases from outside: {zone_imports:.1f} RUB mn, by origin:")
    for r in drt.REGIONS[1:]:
        v = math.fsum(math.fsum(cols.values()) for k, cols in purchases.items() if k[0] == r)
        top = sorted(((math.fsum(cols.values()), k[1]) for k, cols in purchases.items()
                      if k[0] == r), reverse=True)[:3]
        print(f"  {r:15s}{v:10.1f} {100 * v / zone_imports:5.1f} %  top: " +
              ", ".join(f"{s} {v:.0f}" for v, s in top))
    world = math.fsum(table["named"]["imports"][("zone", j)] for j in drt.zone.SECTORS)
    print(f"  {'rest_of_world':15s}{world:10.1f} {100 * world / zone_imports:5.1f} %")
    print("trade between the mainlands (RUB mn/yr): " + ", ".join(
        f"{a}->{b} {v:.0f}" for (a, b), v in sorted(table["mainland_trade"].items())))
