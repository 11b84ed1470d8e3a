"""The zone's purchases from outside the islands by origin: the imports row of the zone table,
product by product, split among the mainland regions and the rest of the world (docs/regions.md).

A zone sector's imports coefficient is, per unit of its output, (a) the Russian domestic products
that FLQ or the product share cut from local supply, (b) the Russian domestic products no island
firm makes (mining, manufacturing) and (c) the foreign products (the national IMP_ rows). (a) and
(b) come from Sakhalin in the proportion in which Sakhalin supplies its own buyers of that
product (the FLQ self-sufficiency of the regional table), the rest from the rest of Russia; fuel
(D05T06, D19) all from the rest of Russia, since it comes from Vladivostok [mf 4]. (c) comes from
the rest of the world, except Japan's share of Russia's imports of manufactures (EST below),
split between Hokkaido and the rest of Japan by Hokkaido's share of Japan's output of the good.
"""
import math

import derive_zone_table as zone
from region_sources import FUEL, MINING

# Japan's share of Russia's imports of manufactures (EST): Japan's exports to Russia were
# JPY 862.4 bn in 2021 (Ministry of Finance via nippon.com, M), about USD 7.9 bn against Russia's
# goods imports of about USD 290 bn (EST, not in the facts): 2.7 %, rounded to 3 %.
JAPAN_SHARE_OF_FOREIGN = 0.03
MANUFACTURES = [k for k in zone.GROUPS["FOOD"] + zone.GROUPS["mainland"]
                if k not in MINING + FUEL]


def coefficients(t, s):
    """Zone sector s's imports per unit of output by national product: ({code: domestic},
    {code: foreign}), as derive_zone_table.technology and regional_coefficients build them."""
    codes = zone.TECHNOLOGY_CODES[zone.PARENT[s]]
    out = math.fsum(t["OUTPUT"][c] for c in codes)
    all_codes = [k for ks in zone.GROUPS.values() for k in ks]
    dropped = zone.NOT_BOUGHT.get(s, [])
    dom = {k: 0.0 if k in dropped else math.fsum(t["DOM_" + k[1:]][c] for c in codes) / out
           for k in all_codes}
    imp = {k: 0.0 if k in dropped else math.fsum(t["IMP_" + k[1:]][c] for c in codes) / out
           for k in all_codes}
    return dom, imp


def by_origin(tables, zt, countries):
    """{(region, sector): {zone sector: RUB mn}} for the four mainland regions, and the rest of
    the world's part {zone sector: RUB mn}; the parts add up to the zone table's imports row."""
    t = tables["RUS"]
    tech, _ = zone.technology(t)
    r, imp_coef, _, _ = zone.regional_coefficients(tech, zt["jobs"])
    sells = {g: i for i, g in zone.SELLS.items()}
    rus, jpn = countries["sakhalin"], countries["hokkaido"]
    own = self_sufficiency(rus)
    hokkaido_share = jpn["s"]
    out, world = {}, {}

    def add(region, sector, j, v):
        cell = out.setdefault((region, sector), {})
        cell[j] = cell.get(j, 0.0) + v

    for j in zone.SECTORS:
        dom, imp = coefficients(t, j)
        x = zt["x"][j]
        parts = 0.0
        for g, ks in zone.GROUPS.items():
            if g in sells:
                i = sells[g]
                kept = r[i][j] / tech[j][g] if tech[j][g] > 0 else 0.0
            else:
                kept = 0.0
            for k in ks:
                v = dom[k] * (1.0 - kept) * x
                parts += v
                for u, code, a, sector in rus["nat"]["units"]:
                    if code != k:
                        continue
                    sak = 0.0 if k in FUEL else own[u]
                    add("sakhalin", sector, j, a * v * sak)
                    add("rest_of_russia", sector, j, a * v * (1.0 - sak))
        foreign = 0.0
        for k, c in imp.items():
            v = c * x
            parts += v
            if k not in MANUFACTURES:
                foreign += v
                continue
            foreign += v * (1 - JAPAN_SHARE_OF_FOREIGN)
            for u, code, a, sector in jpn["nat"]["units"]:
                if code == k:
                    h = hokkaido_share[u]
                    add("hokkaido", sector, j, a * v * JAPAN_SHARE_OF_FOREIGN * h)
                    add("rest_of_japan", sector, j, a * v * JAPAN_SHARE_OF_FOREIGN * (1 - h))
        if abs(parts - imp_coef[j] * x) > 1e-9 * max(1.0, imp_coef[j] * x):
            zone.fail(f"derive_region_tables: the zone's imports of {j} decompose to {parts}, "
                      f"not the zone table's {imp_coef[j] * x}")
        world[j] = foreign
    return out, world


def self_sufficiency(country):
    """Share of the region's own use of each unit's product that the region itself supplies."""
    flows = country["split"]["flows"]
    out = {}
    for u, rows in flows["r", "r"].items():
        own = math.fsum(rows.values())
        total = own + math.fsum(flows["R", "r"][u].values())
        out[u] = own / total if total > 0 else 0.0
    return out
