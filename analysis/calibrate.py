#!/usr/bin/python3
"""The history run against the sourced facts, quantity by quantity: docs/calibration.md.

    /usr/bin/python3 analysis/calibrate.py RUN_FOLDER [-o docs/calibration.md]

RUN_FOLDER is a run of scenarios/history-2016-2022.yaml (`make calibration` makes one and writes
the page). Each target below names the model's value in the source's year, the sourced figure,
its source and confidence (../shared/reference/kurils-facts.md, "facts §N"; mainland-facts.md),
a relative tolerance and whether the row must hold. Exit code 1 when a must-hold row fails, 2 on
a bad folder. Uses only the standard library, so every machine writes the same bytes.
"""

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

DISTRICT = ("kunashiri", "shikotan")  # Yuzhno-Kurilsky district: Kunashir and Shikotan
ISLANDS = ("kunashiri", "etorofu", "shikotan")


class Run:
    """Sums of timeseries rows by (variable, region, sector, year) and the run's summary."""

    def __init__(self, folder: Path):
        self.rows = defaultdict(float)  # (variable, region, sector, year) -> sum over periods
        self.first = {}  # (variable, region, year) -> value in the year's first period (stocks)
        self.months = defaultdict(set)  # year -> dates seen
        with open(folder / "timeseries.csv", newline="") as f:
            for r in csv.DictReader(f):
                year = int(r["date"][:4])
                value = float(r["value"])
                self.rows[(r["variable"], r["region"], r["sector"], year)] += value
                self.rows[(r["variable"], r["region"], "*", year)] += value
                self.first.setdefault((r["variable"], r["region"], year), value)
                self.months[year].add(r["date"])
        with open(folder / "summary.csv", newline="") as f:
            self.summary = {r["metric"]: float(r["value"]) for r in csv.DictReader(f)}
        self.resolved = (folder / "scenario.resolved.yaml").read_text()

    def total(self, variable, regions, year, sector="*"):
        return sum(self.rows[(variable, r, sector, year)] for r in regions)

    def mean(self, variable, regions, year, sector="*"):
        """The mean over the year's periods of a stock (jobs)."""
        return self.total(variable, regions, year, sector) / len(self.months[year])

    def population(self, regions, year):
        return sum(self.first.get(("population", r, year), 0.0) for r in regions)

    def grid_kw(self):
        """Installed kW on the island grids, from the resolved scenario (diesel, geothermal, wind)."""
        kw, section = 0.0, False
        for line in self.resolved.splitlines():
            if line.startswith("  power:"):
                section = True
            elif section and not line.startswith("   "):
                section = False
            key = line.strip().lstrip("- ").split(":")[0]
            if section and key in ("geothermal_kw", "diesel_kw", "wind_kw"):
                kw += float(line.split(":")[1])
        return kw


def district_share(run, year):
    return run.population(DISTRICT, year) / run.population(ISLANDS, year)


def district_fish_share(run, year):
    """The district's plants' share of the fish processed: how the catch is split (EST)."""
    return (run.total("cargo_produced", DISTRICT, year, "fish_processing")
            / run.total("cargo_produced", ISLANDS, year, "fish_processing"))


def wage(run, year, sector="*"):
    """RUB per job per month: labour income (RUB mn a period) over the mean of jobs."""
    income = run.total("labour_income", ["zone"], year, sector)
    return income * 1e6 / 12 / run.mean("jobs", ["zone"], year, sector)


# quantity, year, model value, sourced figure, source, confidence, tolerance, must hold, note.
# The note says why a row does not hold, or why it holds by construction.
TARGETS = [
    ("Residents, three islands", 2016, lambda r: r.population(ISLANDS, 2016), 16668,
     "facts §1 (Rosstat via hoppou.go.jp)", "H", 0.005, True, "the scenario's dated path"),
    ("Residents, three islands", 2018, lambda r: r.population(ISLANDS, 2018), 6049 + 8531 + 3070,
     "facts §1", "M", 0.005, True,
     "the scenario's dated path; the source's total of 18,010 is not the sum of its islands"),
    ("Residents, three islands (1 Jan)", 2022, lambda r: r.population(ISLANDS, 2022), 18757,
     "facts §1 (Hokkaido Shimbun)", "M", 0.005, True, "the scenario's dated path"),
    ("Residents, Kunashir (1 Jan)", 2022, lambda r: r.population(["kunashiri"], 2022), 8725,
     "facts §1", "M", 0.005, True, "the scenario's dated path"),
    ("Employed, Yuzhno-Kurilsky (labour force; unemployment 0.3 %)", 2020,
     lambda r: r.mean("jobs", ["zone"], 2020) * district_share(r, 2020), 4400,
     "facts §1 (kurilnews)", "M", 0.10, True,
     "zone jobs x the district's share of residents"),
    ("Jobs per person in the labour force, three islands (unemployment 0.3 %)", 2020,
     lambda r: r.mean("jobs", ["zone"], 2020) / sum(r.first.get(("labour_force", i, 2020), 0.0)
                                                    for i in ISLANDS), 0.997,
     "facts §1 (Yuzhno-Kurilsky 2020)", "M", 0.10, True,
     "the labour force is the scenario's EST path, 37.3 % of the residents"),
    ("Employed, Yuzhno-Kurilsky", 2022,
     lambda r: r.mean("jobs", ["zone"], 2022) * district_share(r, 2022), 5600,
     "facts §1 (hatenablog)", "M", 0.10, False,
     "5,600 counts every job at the district's 248 firms and 189 sole traders, "
     "rotating crews of the fish plants and builders included; the table's jobs (6,233 in 2017, "
     "EST) are the residents' jobs and grow only with demand"),
    ("Fish processed, Yuzhno-Kurilsky (kt)", 2020,
     lambda r: r.total("cargo_produced", DISTRICT, 2020, "fish_processing") / 1e3, 110.2,
     "facts §2", "H", 0.05, True, "the scenario's plants on Kunashir and Shikotan (70 + 40 kt)"),
    ("Fish processed, Yuzhno-Kurilsky (kt)", 2022,
     lambda r: r.total("cargo_produced", DISTRICT, 2022, "fish_processing") / 1e3, 128.4,
     "facts §2", "H", 0.05, False,
     "the plants' output is constant at its 2020 level; 2022's growth is not in "
     "the scenario"),
    ("Fish catch, Yuzhno-Kurilsky (kt)", 2020,
     lambda r: r.total("output", ["zone"], 2020, "fishing") * district_fish_share(r, 2020) / 20,
     104.3, "facts §2", "H", 0.20, False,
     "fishing output x the district's share of the fish processed, at 20 RUB/kg of raw fish "
     "(EST, docs/zone-table.md): the model counts the catch in roubles only"),
    ("Output of fish processing, Yuzhno-Kurilsky (RUB mn)", 2020,
     lambda r: r.total("cargo_produced", DISTRICT, 2020, "fish_processing") * 33.6 / 1e3, 3700,
     "facts §2", "H", 0.05, True,
     "by construction: the price of 33.6 RUB/kg is 3.7 bn RUB / 110.2 kt"),
    ("Output of goods, Yuzhno-Kurilsky (RUB mn)", 2020,
     lambda r: r.total("cargo_produced", DISTRICT, 2020, "fish_processing") * 33.6 / 1e3
     + r.total("output", ["zone"], 2020, "fishing") * district_fish_share(r, 2020), 5130,
     "facts §2", "H", 0.20, False,
     "fish processing plus the district's share of fishing (as above); the source's 5.13 bn is "
     "probably the shipments of large and medium firms only"),
    ("Installed power, three islands (kW)", 2023, lambda r: r.grid_kw(), 30000 - 2500,
     "facts §3 (Interfax: about 30 MW on all the Kurils, H) less about 2.5 MW on the northern "
     "islands (EST)", "H", 0.10, True, "diesel 24 MW, geothermal 2.6 MW, wind 0.885 MW"),
    ("Geothermal share of Kunashir's power", 2017,
     lambda r: r.total("power_geothermal", ["kunashiri"], 2017)
     / r.total("power_demand", ["kunashiri"], 2017), 0.40,
     "facts §3 (thinkgeoenergy 2010: 40 % of Yuzhno-Kurilsk's demand)", "M", 0.25, True,
     "the island's demand, not only the town's: 2.6 MW at 85 %"),
    ("Fuel saved by Kunashir's 885 kW wind unit (share of diesel fuel)", 2017,
     lambda r: r.total("diesel_saved", ["kunashiri"], 2017)
     / (r.total("fuel_burned", ["kunashiri"], 2017) + r.total("diesel_saved", ["kunashiri"], 2017)),
     0.125, "facts §3 (TASS 2017: 10-15 %)", "H", 0.20, False,
     "the capacity factor of 0.22 is EST, and the source's share is probably of the "
     "Yuzhno-Kurilsk plant the unit is coupled to, not of the whole island's diesel"),
    ("Japanese visitors (exchanges 1,102 + pilot tour 44)", 2019,
     lambda r: r.total("visitors_japan", ISLANDS, 2019), 1102 + 44,
     "facts §6 (hoppou.blog, M) and §4 (pilot tour, H)", "M", 0.10, True,
     "the exchange flow's 1,100 a year within its sailings' seats, plus the pilot tour"),
    ("Average wage, islands (RUB/month)", 2020, lambda r: wage(r, 2020), 82700,
     "facts §2 (Yuzhno-Kurilsky average)", "M", 0.02, True,
     "by construction: the table's compensation is jobs x 82,700 x 12"),
    ("Wage in fishing (RUB/month, 2020 prices)", 2020, lambda r: wage(r, 2020, "fishing"),
     round(153200 / 1.4272), "facts §2 (Sakhalin fishing workers, 153,200 in 2024, M), deflated "
     "by Russia's CPI 2021-2024 (mainland-facts §5, M)", "M", 0.02, True,
     "economy.wages_rub_per_month"),
]


def fmt(v):
    if abs(v) < 10:
        return f"{v:.3f}"
    return f"{v:,.0f}"


def page(run):
    lines = [
        "# Calibration: the history run against the sourced facts",
        "",
        "Generated by `make calibration` (`/usr/bin/python3 analysis/calibrate.py RUN`) from a run",
        "of `scenarios/history-2016-2022.yaml`; `make test` regenerates it and fails when it differs",
        "or when a row that must hold does not. Sources: `../shared/reference/kurils-facts.md`",
        "(facts §N) and `mainland-facts.md`, with their confidence marks (H/M/L); EST marks an",
        "estimate. Tolerance is relative to the sourced figure.",
        "",
        "| quantity | year | model | source figure | source | conf. | tolerance | must hold | holds | why |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    failed = []
    for name, year, model, figure, source, conf, tol, must, note in TARGETS:
        value = model(run)
        holds = abs(value - figure) <= tol * abs(figure)
        if must and not holds:
            failed.append(f"{name} ({year}): model {fmt(value)}, source {fmt(figure)}")
        lines.append(f"| {name} | {year} | {fmt(value)} | {fmt(figure)} | {source} | {conf} | "
                     f"{tol:.1%} | {'yes' if must else 'no'} | {'yes' if holds else 'no'} | "
                     f"{note} |")
    return "\n".join(lines) + "\n", failed


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path, help="a run folder of scenarios/history-2016-2022.yaml")
    ap.add_argument("-o", "--output", type=Path, help="the page to write (default: stdout)")
    args = ap.parse_args(argv)
    for name in ("timeseries.csv", "summary.csv", "scenario.resolved.yaml"):
        if not (args.run / name).is_file():
            print(f"calibrate.py: {args.run} has no {name}: expected a jezsim run folder",
                  file=sys.stderr)
            return 2
    text, failed = page(Run(args.run))
    if args.output:
        tmp = args.output.with_name(args.output.name + ".tmp")
        tmp.write_text(text)
        tmp.replace(args.output)
    else:
        sys.stdout.write(text)
    for f in failed:
        print(f"calibrate.py: a row that must hold does not: {f}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
