"""The sourced figures and estimates (EST) behind the regional tables of derive_region_tables.py,
each with its source; docs/regions.md sets them out. Section numbers like [mf 1] point to
../shared/reference/mainland-facts.md, [kf 2] to kurils-facts.md."""
import math

import derive_zone_table as zone

MINING = ["D05T06", "D07T08", "D09"]  # coal, oil and gas; metal ores; mining services
FUEL = ["D05T06", "D19"]  # the fuels: coal, crude oil and gas; oil products

# Money: 2015 USD -> RUB at the zone table's rate, then Russia's consumer prices to 2020 (Dec/Dec:
# 2017-2020 [mf 5]; 2016 5.38 %, Rosstat, EST as not in the facts). Japan's USD converts at the
# same rates, so both countries are in the zone table's RUB of 2020.
CPI_2016_2020 = [0.0538, 0.0252, 0.0427, 0.0305, 0.0491]
PRICE_2015_TO_2020 = math.prod(1 + r for r in CPI_2016_2020)
RUB_PER_USD = zone.USD_RUB_2015 * PRICE_2015_TO_2020
JPY_PER_USD_2015 = 121.04  # 2015 average (EST, for the JPY comparisons in the report only)

# Flegg's delta. With the literature's 0.3 (Flegg and Tohmo 2013, the zone table's) Hokkaido would
# supply only 39 % of its own demand; the METI Hokkaido table of 2005 measures 71.1 % [mf 1, H].
# 0.023 reproduces it (on METI's basis: regional demand including final demand's imports from
# abroad); Sakhalin, another island region with no survey table, takes the same (EST).
DELTA = {"hokkaido": 0.023, "sakhalin": 0.023}

# Product shares splitting three national industries into the classification's sectors (EST):
# D01T03 -> fishing (capture), aquaculture, greenhouse (the rest: crops, livestock, forestry);
# D10T12 -> fish_processing and manufacturing; D35T39 -> wind_power, waste, power (the rest:
# electricity from fuel, gas, heat, water). Russia's fish shares are the zone table's.
SPLITS = {
    "JPN": {"fishing": 0.10, "aquaculture": 0.045, "fish_processing": 0.09,
            "wind_power": 0.003, "waste": 0.08},
    "RUS": {"fishing": zone.PRODUCT_SHARE["fishing"], "aquaculture": 0.001,
            "fish_processing": zone.PRODUCT_SHARE["fish_processing"],
            "wind_power": 0.0001, "waste": 0.08},
}

# Fish is a far larger part of Russia's exports of D01T03 and D10T12 than of their output (EST):
# Russia exported about USD 3.0 bn of fish and seafood in 2015 (EST, not in the facts), taken as
# 2.0 bn unprocessed (of D01T03's 7.64 bn of exports in the OECD table) and 1.0 bn processed (of
# D10T12's 5.91 bn). Japan's units keep their output shares.
EXPORT_SPLITS = {"RUS": {"fishing": 2.0 / 7.64, "aquaculture": 0.0, "fish_processing": 1.0 / 5.91}}

# Compensation of employees as a share of value added, Japan 2015, every sector (EST:
# about JPY 260 tn of 526 tn).
LABOUR_SHARE = {"JPN": 0.49}
# Russia's labour income is jobs times the average wage, except where that would pass this share
# of value added (accommodation and food: low-paid jobs the average wage overstates; EST).
COMPENSATION_CAP = 0.9

# National employment by group and its total. Russia: the zone table's Rosstat shares, with
# accommodation (ACC) taken out of the services and mining (1.6 %, Rosstat 2018 via profile.ru,
# as docs/zone-table.md) out of the mainland industries. Japan: Labour Force Survey, October
# 2019, 10,000 persons (Statistics Bureau via nippon-num.com; M) as shares; agriculture, forestry
# and fisheries, mining and utilities EST (not in that excerpt); total 2015 63.76 mn (LFS, EST).
EMPLOYMENT_TOTAL = {"RUS": zone.NATIONAL_EMPLOYMENT, "JPN": 63.76e6}
_JPN_LFS = {"AGR": 237, "MINING": 2, "mainland": 1032, "UTIL": 28, "CONS": 494, "TRANS": 344,
            "ACC": 453,
            "SERV": 1072 + 225 + 167 + 131 + 259 + 253 + 56 + 454, "PUB": 245 + 329 + 853}
EMPLOYMENT_SHARE = {
    "RUS": {"AGR": zone.EMPLOYMENT_SHARE["AGR"], "FOOD": zone.EMPLOYMENT_SHARE["FOOD"],
            "UTIL": zone.EMPLOYMENT_SHARE["UTIL"], "CONS": zone.EMPLOYMENT_SHARE["CONS"],
            "TRANS": zone.EMPLOYMENT_SHARE["TRANS"], "ACC": zone.EMPLOYMENT_SHARE["ACC"],
            "SERV": zone.EMPLOYMENT_SHARE["SERV"] - zone.EMPLOYMENT_SHARE["ACC"],
            "PUB": zone.EMPLOYMENT_SHARE["PUB"],
            "MINING": 0.016, "mainland": zone.EMPLOYMENT_SHARE["mainland"] - 0.016},
    "JPN": {g: v / math.fsum(_JPN_LFS.values()) for g, v in _JPN_LFS.items()},
}


def employment_group(country, code):
    """The employment group of an OECD industry (Japan's survey counts food with manufacturing)."""
    if code == "D55T56":
        return "ACC"
    if code in MINING:
        return "MINING"
    for g, ks in zone.GROUPS.items():
        if code in ks:
            return "mainland" if (country == "JPN" and g == "FOOD") else g
    raise KeyError(code)


# Hokkaido: gross prefectural product FY2017 by industry, JPY mn [mf 1]; the OECD codes of each
# category. What the listed industries leave of the total (18.7 %: education, health and welfare,
# other services) goes to "other_services".
HOKKAIDO_GPP_FY2017 = {
    "agriculture_forestry_fisheries": (910131, 4.72), "mining": (22472, 0.12),
    "manufacturing": (1901043, 9.87), "utilities": (635618, 3.30),
    "construction": (1498454, 7.78), "wholesale_retail": (2398445, 12.45),
    "transport_post": (1443889, 7.49), "accommodation_food": (548889, 2.85),
    "information_communication": (691420, 3.59), "finance": (649591, 3.37),
    "real_estate": (2099656, 10.90), "professional_support": (1466211, 7.61),
    "public_administration": (1390977, 7.22),
}
HOKKAIDO_CATEGORIES = {
    "agriculture_forestry_fisheries": ["D01T03"], "mining": MINING,
    "manufacturing": zone.GROUPS["FOOD"] + [k for k in zone.GROUPS["mainland"]
                                            if k not in MINING],
    "utilities": ["D35T39"], "construction": ["D41T43"], "wholesale_retail": ["D45T47"],
    "transport_post": ["D49T53"], "accommodation_food": ["D55T56"],
    "information_communication": ["D58T60", "D61", "D62T63"], "finance": ["D64T66"],
    "real_estate": ["D68"], "professional_support": ["D69T82"], "public_administration": ["D84"],
    "other_services": ["D85", "D86T88", "D90T96", "D97T98"],
}
HOKKAIDO_GDP_SHARE = 0.0365  # about 3.6-3.7 % of Japan's GDP for a decade [mf 1]


def hokkaido_gpp_shares():
    """Each category's share of Hokkaido's GPP; the total (about JPY 19.3 tn) is the listed
    figures over their listed shares."""
    listed = math.fsum(v for v, _ in HOKKAIDO_GPP_FY2017.values())
    total = listed / (math.fsum(p for _, p in HOKKAIDO_GPP_FY2017.values()) / 100)
    out = {c: v / total for c, (v, _) in HOKKAIDO_GPP_FY2017.items()}
    out["other_services"] = 1.0 - math.fsum(out.values())
    return out


def hokkaido_gpp_total():
    listed = math.fsum(v for v, _ in HOKKAIDO_GPP_FY2017.values())
    return listed / (math.fsum(p for _, p in HOKKAIDO_GPP_FY2017.values()) / 100)


# Sakhalin oblast [mf 3]: GRP 2018 RUB 1,179.7 bn with mining over 60 % (the bound taken);
# Russia's GDP 2018 RUB 103,626.6 bn (Rosstat's first estimate, via Oreanda 2019-02-04; M).
SAKHALIN_GRP_2018 = 1179.7e3
RUSSIA_GDP_2018 = 103626.6e3
SAKHALIN_MINING_SHARE = 0.60
# Sakhalin's share of Russia's fishing (EST): the Kuril firms' 352 kt are half the oblast's catch
# in 2020 [kf 2], so about 704 kt, against Russia's catch of about 4.97 Mt (EST, not in the facts).
SAKHALIN_FISH_SHARE = 2 * 352.0 / 4970.0

# Population shares (government final demand follows population, EST): Hokkaido 5,381,733 (2015
# census [mf 1]) of Japan's 127,094,745 (2015 census; not in the facts); Sakhalin 466,609 (2021
# [mf 3]) of Russia's 146.2 mn (Rosstat, 1 Jan 2021; not in the facts).
POPULATION_SHARE = {"hokkaido": 5381733 / 127094745, "sakhalin": 466609 / 146.2e6}

# Checks for the report (sourced, not used by the derivation) [mf 1, 3].
HOKKAIDO_CHECKS = {"output_2005_jpy_tn": 33.92, "value_added_2005_jpy_tn": 19.06,
                   "self_sufficiency_2005": 0.711, "employed_2022": 2.58e6}
SAKHALIN_CHECKS = {"wage_2019_rub_month": 84593, "population_2021": 466609}

# Sakhalin's jobs (EST): its population [mf 3] at Russia's 2015 ratio of employed to population
# (72.3 mn of 146.3 mn, Rosstat; the population EST, not in the facts). Its wage: RUB 84,593 a
# month in January 2019 [mf 3], times 2019's consumer prices [mf 5] for 2020 (EST).
SAKHALIN_JOBS = 466609 * zone.NATIONAL_EMPLOYMENT / 146.3e6
SAKHALIN_WAGE_2020 = 84593 * 1.0305
