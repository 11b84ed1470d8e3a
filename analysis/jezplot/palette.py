"""Colour-blind-safe colours, fixed per name so a sector looks the same in every figure.

Base: the Okabe-Ito palette (Okabe and Ito 2008, "Color Universal Design"), which stays
distinguishable under the common colour-vision deficiencies; then Paul Tol's "muted" colours
(Tol 2021, "Colour schemes", SRON/EPS/TN/09-002) for tables with more sectors than Okabe-Ito has.
"""

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}

TOL_MUTED = {
    "indigo": "#332288",
    "teal": "#44AA99",
    "olive": "#999933",
    "wine": "#882255",
    "sand": "#DDCC77",
    "rose": "#CC6677",
    "cyan": "#88CCEE",
    "grey": "#999999",
}

# Two of Tol's "light" colours for tables with even more sectors.
TOL_LIGHT = {"pink": "#FFAABB", "pear": "#BBCC33"}

# Every colour a sector may get, in the order unknown sectors take them.
PALETTE = [
    OKABE_ITO[k] for k in
    ("blue", "orange", "bluish_green", "vermillion", "sky_blue", "reddish_purple", "yellow")
] + list(TOL_MUTED.values()) + list(TOL_LIGHT.values())

# Sectors the zone tables use or are likely to use; each keeps its colour in every figure and run.
# Aliases of one activity (power / power_utility) share a colour: a table has only one of them.
KNOWN_SECTORS = {
    "fish_processing": OKABE_ITO["blue"],
    "fishing": OKABE_ITO["sky_blue"],
    "aquaculture": TOL_MUTED["teal"],
    "agriculture": OKABE_ITO["bluish_green"],
    "greenhouse": OKABE_ITO["bluish_green"],
    "greenhouse_farming": OKABE_ITO["bluish_green"],
    "tourism": OKABE_ITO["reddish_purple"],
    "accommodation": OKABE_ITO["reddish_purple"],
    "power": OKABE_ITO["yellow"],
    "power_utility": OKABE_ITO["yellow"],
    "utilities": OKABE_ITO["yellow"],
    "wind_power": TOL_MUTED["olive"],
    "waste": TOL_MUTED["sand"],
    "waste_reduction": TOL_MUTED["sand"],
    "construction": OKABE_ITO["vermillion"],
    "transport": OKABE_ITO["orange"],
    "trade": TOL_MUTED["rose"],
    "trade_services": TOL_MUTED["rose"],
    "services": TOL_MUTED["cyan"],
    "public_administration": TOL_MUTED["indigo"],
    "public_admin": TOL_MUTED["indigo"],
    "public": TOL_MUTED["indigo"],
    "other": TOL_MUTED["grey"],
}

# Series that are not sectors; fixed too, so "delivered" is the same colour in every figure.
SERIES = {
    "produced": OKABE_ITO["orange"],
    "delivered": OKABE_ITO["blue"],
    "stock": OKABE_ITO["reddish_purple"],
    "sailed": OKABE_ITO["blue"],
    "cancelled": OKABE_ITO["vermillion"],
    "aborted": OKABE_ITO["black"],
    "closure": "#9CC9E6",  # pale ice blue, behind the data
    # Power sources: wind keeps the wind_power sector's colour; unserved energy is the alarm red.
    "geothermal": TOL_MUTED["wine"],
    "wind": KNOWN_SECTORS["wind_power"],
    "diesel": "#555555",
    "unserved": OKABE_ITO["vermillion"],
    "demand": OKABE_ITO["black"],
    "net": OKABE_ITO["black"],
}

# The two sides of the joint activities: Paul Tol's "vibrant" red and "high-contrast" dark blue,
# safe for colour-blind readers, apart in greyscale, and unlike every sector colour above.
SIDES = {"japan": "#CC3311", "russia": "#004488"}
SIDE_LABELS = {"japan": "Japan", "russia": "Russia"}

# The five activities' physical output: the variable and the sector whose colour it takes.
ACTIVITIES = [
    ("harvest", "aquaculture", "Aquaculture harvest"),
    ("greenhouse_yield", "greenhouse", "Greenhouse vegetables"),
    ("visitors", "tourism", "Visitors"),
    ("power_wind", "wind_power", "Wind power generated"),
    ("waste_treated", "waste", "Waste treated"),
]


def sector_colours(sectors):
    """A colour for each sector name: known names keep theirs; the others, sorted by name, take
    the palette's colours that no known sector has, then those of known sectors absent here, in
    order (then cycle). The mapping depends only on the set of names, so every figure of a run
    agrees."""
    names = sorted(set(sectors))
    colours = {s: KNOWN_SECTORS[s] for s in names if s in KNOWN_SECTORS}
    used, reserved = set(colours.values()), set(KNOWN_SECTORS.values())
    free = ([c for c in PALETTE if c not in reserved]
            + [c for c in PALETTE if c in reserved and c not in used]) or PALETTE
    unknown = [s for s in names if s not in colours]
    for i, s in enumerate(unknown):
        colours[s] = free[i % len(free)]
    return colours


# Runs compared side by side (compare.py): Okabe-Ito in an order that keeps the first two (the
# reference and the usual one alternative) apart in every colour-vision deficiency and in grey.
RUNS = [OKABE_ITO[k] for k in ("black", "orange", "sky_blue", "bluish_green", "vermillion",
                                "reddish_purple", "blue", "yellow")]
