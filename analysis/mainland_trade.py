"""Trade between the Japanese and the Russian mainland regions (EST; docs/regions.md).

The national tables book what Japan and Russia sell each other as exports and imports. Here a
part of those flows moves inside the model: out of the seller's exports column and the buyer's
imports row into the seller's row under the buyer's columns, so every row and column still
balances and each country's regions still add up to its national table.

- Russia to Japan: a share of Russia's exports of mining, fish and manufactures (RUSSIA_TO_JAPAN)
  goes to the Japanese columns in proportion to their imports of that product, from Sakhalin and
  the rest of Russia in proportion to their exports of it (energy: SAKHALIN_ENERGY_SHARE).
- Japan to Russia: Japan's share of Russia's imports of manufactures (zone_purchases'
  JAPAN_SHARE_OF_FOREIGN, the share the zone also applies) of every Russian column's imports of
  manufactures, from Hokkaido and the rest of Japan in proportion to their output of the good.
"""
import math

from region_sources import FUEL
from zone_purchases import JAPAN_SHARE_OF_FOREIGN

JAPAN = ["hokkaido", "rest_of_japan"]
RUSSIA = ["sakhalin", "rest_of_russia"]
# Japan's share of Russia's exports by product (EST). Japan bought JPY 1.5 tn from Russia in 2021
# (1.8 % of its imports), "mainly energy resources (LNG, coal, oil) and nonferrous metals"
# (Ministry of Finance via nippon.com, M), of which seafood JPY 138.1 bn [mf 2]. Against Russia's
# exports in 2021 (EST, not in the facts: energy about USD 240 bn, fish about 6.6 bn,
# other goods about 200 bn): energy ~ 4 %, fish ~ 19 %, the rest ~ 1.4 %.
RUSSIA_TO_JAPAN = {"mining": 0.04, "fishing": 0.19, "fish_processing": 0.19,
                   "manufacturing": 0.014}
# Sakhalin's part of Russia's energy sales to Japan (EST): Sakhalin-2 alone supplies about 8 % of
# Japan's LNG (nippon.com, M), worth about a quarter of Japan's imports from Russia in 2021; with
# Sakhalin-1's oil, 40 % of the energy Japan buys from Russia. The rest of Russia: coal, ESPO oil.
SAKHALIN_ENERGY_SHARE = 0.40
MANUFACTURES = ["fish_processing", "manufacturing"]


def product_key(code, sector):
    """Imports are tracked by the selling sector, with oil products (D19) apart: Japan sells
    Russia none."""
    return "fuel" if code in FUEL and sector == "manufacturing" else sector


def foreign_imports(t, nat, rate):
    """{column unit: {product key: RUB mn}}: the national IMP_ rows by unit, split like DOM_."""
    out = {v: {} for v in nat["x"]}
    for v, l, _, _ in nat["units"]:
        b = nat["col_share"][v]
        for u, k, a, sector in nat["units"]:
            key = product_key(k, sector)
            out[v][key] = out[v].get(key, 0.0) + a * b * t["IMP_" + k[1:]][l] * rate
    return out


def regional_imports(country, names, imp):
    """The foreign imports of both regions of a country by (region, column sector) and product,
    by the regions' output shares of each unit."""
    s = country["s"]
    out = {}
    for v, _, _, sector in country["nat"]["units"]:
        for p, share in (("r", s[v]), ("R", 1.0 - s[v])):
            cell = out.setdefault((names[p], sector), {})
            for key, m in imp[v].items():
                cell[key] = cell.get(key, 0.0) + share * m
    return out


def book(table, imports):
    """Moves the trade between the two countries' mainland regions into the table; returns the
    flows {(seller region, buyer region): RUB mn} for the report."""
    rows, named, x = table["rows"], table["named"], table["x"]
    moved = {}

    def move(seller, buyer_col, v):
        rows[seller][buyer_col] = rows[seller].get(buyer_col, 0.0) + v
        rows[seller][(seller[0], "exports")] -= v
        named["imports"][buyer_col] -= v
        imports[buyer_col][seller[1]] -= v
        key = (seller[0], buyer_col[0])
        moved[key] = moved.get(key, 0.0) + v

    for sector, share in RUSSIA_TO_JAPAN.items():
        exports = {r: rows[(r, sector)][(r, "exports")] for r in RUSSIA}
        amount = share * math.fsum(exports.values())
        origin = {r: amount * e / math.fsum(exports.values()) for r, e in exports.items()}
        if sector == "mining":  # Sakhalin's LNG and oil (EST)
            origin = {"sakhalin": SAKHALIN_ENERGY_SHARE * amount,
                      "rest_of_russia": (1 - SAKHALIN_ENERGY_SHARE) * amount}
        weights = {c: imp.get(sector, 0.0) for c, imp in imports.items() if c[0] in JAPAN}
        total = math.fsum(weights.values())
        for region, v in origin.items():
            for c, w in weights.items():
                if w > 0:
                    move((region, sector), c, v * w / total)
    for c, imp in [(c, imp) for c, imp in imports.items() if c[0] in RUSSIA]:
        for sector in MANUFACTURES:
            amount = JAPAN_SHARE_OF_FOREIGN * imp.get(sector, 0.0)
            made = {r: x[(r, sector)] for r in JAPAN}
            total = math.fsum(made.values())
            for r, m in made.items():
                move((r, sector), c, amount * m / total)
    for key, row in rows.items():
        if key[0] in JAPAN + RUSSIA and row[(key[0], "exports")] < 0:
            raise ValueError(f"trade between the mainlands leaves {key} with negative exports")
    for c, v in named["imports"].items():
        if v < 0:
            raise ValueError(f"trade between the mainlands leaves {c} with negative imports")
    return moved
