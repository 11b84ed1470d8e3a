"""analysis/plot_run.py on the real output of a short jezsim run (see conftest.py)."""

import shutil
import subprocess
import sys
from pathlib import Path

import matplotlib.image as mpimg
import pandas as pd
import pytest

# conftest.py puts analysis/ on sys.path.
from jezplot.palette import KNOWN_SECTORS, sector_colours
from checks import assert_one_sentence_exit_2, assert_png
from jezplot.run import Run, annual

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "analysis" / "plot_run.py"
SCENARIO = REPO / "scenarios" / "southern-kurils-2017.yaml"
from synthetic_rows import extend_run

# The figures today's jezsim output has data for; the others need variables that the economy and
# world branches are adding (issues 3 and 4): NEW_FIGURES says which, and those figures are
# expected from the real run as soon as it has them.
FIGURES = ["economy_output_by_sector.png", "fish_cargo.png", "sailings.png", "exports.png"]
NEW_FIGURES = {
    "activities.png": ["harvest", "greenhouse_yield", "visitors", "power_wind", "waste_treated"],
    "power_mix.png": ["power_geothermal", "power_wind", "power_diesel", "unserved_energy"],
    "visitors.png": ["visitors", "visitors_japan", "visitors_russia"],
    "project_finance.png": ["investment", "cash_flow", "npv_japan", "npv_russia"],
    "impact.png": ["impact"],
    "impact_by_region.png": ["impact_grp_cumulative_mainland_japan"],
}

def expected_figures(folder):
    """FIGURES plus each new figure whose variables (or summary metrics) the folder has."""
    names = set(pd.read_csv(folder / "timeseries.csv", usecols=["variable"])["variable"])
    names |= set(pd.read_csv(folder / "summary.csv", usecols=["metric"])["metric"])
    found = [f for f, needs in NEW_FIGURES.items()
             if any(n in names or (n == "impact" and any("impact" in m for m in names))
                    for n in needs)]
    return sorted(FIGURES + found)


def plot(folder):
    return subprocess.run([sys.executable, str(SCRIPT), str(folder)], capture_output=True,
                          text=True, timeout=300)


def copy_run(short_run, tmp_path):
    """A private copy of the run (without figures) that a test may change."""
    dest = tmp_path / "run"
    shutil.copytree(short_run, dest, ignore=shutil.ignore_patterns("figures"))
    return dest


@pytest.fixture(scope="module")
def plotted(short_run):
    return plot(short_run), short_run / "figures"


def assert_valid_pngs(figures, names, done):
    for name in names:
        path = figures / name
        assert_png(path)  # a valid, non-blank RGB(A) PNG
        assert str(path) in done.stdout, f"{name} is not in the list printed"
        # ~150 dpi on an 11-inch-wide figure: well over 1,000 pixels across.
        image = mpimg.imread(path)
        assert image.shape[1] > 1000 and image.shape[0] > 500
    assert not list(figures.glob("*.part")), "a temporary file was left behind"


def test_writes_every_figure_as_a_valid_png(plotted, short_run):
    done, figures = plotted
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert_valid_pngs(figures, expected_figures(short_run), done)


def test_prints_exactly_the_figures_written(plotted, short_run):
    done, figures = plotted
    listed = sorted(line.strip().rsplit("/", 1)[-1] for line in done.stdout.splitlines()[1:])
    assert listed == expected_figures(short_run) == sorted(p.name for p in figures.glob("*.png"))


@pytest.fixture(scope="module")
def extended(short_run, tmp_path_factory):
    """The real short run plus SYNTHETIC rows for the variables jezsim does not write yet
    (synthetic_rows.py says why and which): every figure has data."""
    folder = tmp_path_factory.mktemp("extended") / "run"
    shutil.copytree(short_run, folder, ignore=shutil.ignore_patterns("figures"))
    synthetic = extend_run(folder)
    return folder, synthetic, plot(folder)


def test_draws_the_new_figures_from_real_and_synthetic_rows(extended):
    folder, synthetic, done = extended
    assert done.returncode == 0, done.stderr
    every = sorted(FIGURES + list(NEW_FIGURES))
    assert expected_figures(folder) == every
    assert sorted(p.name for p in (folder / "figures").glob("*.png")) == every
    assert_valid_pngs(folder / "figures", every, done)
    print("synthetic rows for:", ", ".join(synthetic) or "nothing (all real)")


def test_totals_sum_the_islands_without_the_zone(extended):
    # run.total feeds the activities figure: the sum over islands, by period; a zone row of the
    # same variable (if jezsim writes one) must not be added on top.
    folder = extended[0]
    run = Run(folder)
    rows = run.rows("visitors")
    islands = rows[rows["region"] != "zone"]
    by_hand = islands.groupby("date")["value"].sum()
    assert run.total("visitors").to_numpy() == pytest.approx(by_hand.to_numpy())
    first = islands["date"].min()
    assert run.total("visitors").loc[first] == pytest.approx(
        islands.loc[islands["date"] == first, "value"].sum())


@pytest.mark.parametrize("dropped, absent", [
    (["power_geothermal", "power_wind", "power_diesel", "unserved_energy", "power_demand"],
     ["power_mix.png"]),
    (["visitors", "visitors_japan", "visitors_russia"], ["visitors.png"]),
    (["investment", "cash_flow", "npv_japan", "npv_russia"], ["project_finance.png"]),
    ("impact", ["impact.png", "impact_by_region.png"]),  # every name that holds "impact"
], ids=["no power", "no visitors", "no finance", "no impact"])
def test_new_figures_only_with_their_data(extended, tmp_path, dropped, absent):
    folder = tmp_path / "run"
    shutil.copytree(extended[0], folder, ignore=shutil.ignore_patterns("figures"))
    for name, column in (("timeseries.csv", "variable"), ("summary.csv", "metric")):
        table = pd.read_csv(folder / name, dtype=str, keep_default_na=False)
        gone = (table[column].str.contains(dropped) if isinstance(dropped, str)
                else table[column].isin(dropped))
        table[~gone].to_csv(folder / name, index=False)
    done = plot(folder)
    assert done.returncode == 0, done.stderr
    drawn = sorted(p.name for p in (folder / "figures").glob("*.png"))
    assert drawn == sorted(set(FIGURES + list(NEW_FIGURES)) - set(absent))


def test_annual_aggregates_match_jezsims_summary(short_run):
    # The run ends in 2022-12, so jezsim's "final year" (the last 12 months) is calendar 2022:
    # the figure's annual GRP sum and annual mean jobs must equal jezsim's own summary figures,
    # and the export revenue summed over every year the run's total.
    run = Run(short_run)
    summary = pd.read_csv(short_run / "summary.csv").set_index("metric")["value"]
    grp, months = annual(run.wide("value_added", "sector", region="zone"), 1, "sum")
    jobs, _ = annual(run.wide("jobs", "sector", region="zone"), 1, "mean")
    exports, _ = annual(run.wide("exports_delivered", "sector", region="zone"), 1, "sum")
    assert months.to_dict() == {2017: 4, 2018: 12, 2019: 12, 2020: 12, 2021: 12, 2022: 12}
    assert grp.loc[2022].sum() == pytest.approx(summary["grp_final_year"], rel=1e-9)
    assert jobs.loc[2022].sum() == pytest.approx(summary["jobs_final_year"], rel=1e-9)
    assert exports.to_numpy().sum() == pytest.approx(summary["fish_export_revenue_total"],
                                                     rel=1e-9)


def test_closures_are_the_scenarios_ice_seasons(short_run):
    # The scenario closes korsakov-etorofu for sea ice from 01-20 to 04-06 inclusive each year
    # (77 days: 12 + 28 + 31 + 6, 78 in a leap year), so it reopens at the start of 04-07;
    # kunashiri-shikotan has no ice season at all.
    # Storms (issue 4) close routes too, for other reasons: only the ice closures are checked.
    run = Run(short_run)
    closures = run.closures()
    closures = closures[closures["reason"] == "sea ice"]
    etorofu = closures[closures["route"] == "korsakov-etorofu"]
    spans = [(f"{s:%Y-%m-%d}", f"{e:%Y-%m-%d}") for s, e in zip(etorofu["start"], etorofu["end"])]
    assert spans == [(f"{y}-01-20", f"{y}-04-07") for y in range(2018, 2023)]
    leap = etorofu["start"].dt.is_leap_year.astype(int)
    assert ((etorofu["end"] - etorofu["start"]).dt.days == 77 + leap).all()
    assert closures[closures["route"] == "kunashiri-shikotan"].empty
    assert "sea ice" in run.closure_reasons(["korsakov-etorofu"]).split(", ")
    # korsakov-kunashiri (01-20..04-06) contains nemuro-kunashiri's season (02-01..03-15):
    # their union is the longer one. A storm that runs into the ice season joins its closure,
    # which then starts with the storm (2022-01-19 on korsakov-kunashiri with this seed).
    merged = run.closed_spans(["nemuro-kunashiri", "korsakov-kunashiri"], reason="sea ice")
    assert [e.strftime("%m-%d") for _, e in merged] == ["04-07"] * 5
    assert all(pd.Timestamp(s.year, 1, 17) <= s <= pd.Timestamp(s.year, 1, 20) for s, _ in merged)


def test_fish_is_shaded_by_the_route_to_its_market(short_run):
    # Kunashiri's plant sells to Nemuro (scenario), so only nemuro-kunashiri's closures matter
    # to its fish; without python3-yaml the figure falls back to all of the island's routes.
    run = Run(short_run)
    if run.scenario is None:
        assert run.export_routes("kunashiri") == run.island_routes("kunashiri")
    else:
        assert run.export_routes("kunashiri") == ["nemuro-kunashiri"]
    assert sorted(run.island_routes("shikotan")) == ["korsakov-shikotan", "kunashiri-shikotan",
                                                     "nemuro-shikotan"]
    assert run.islands() == ["kunashiri", "etorofu", "shikotan"]


def test_sector_colours_are_fixed_and_distinct(short_run):
    sectors = list(Run(short_run).colours)
    colours = sector_colours(sectors)
    assert colours == sector_colours(sectors[::-1]), "the mapping must not depend on order"
    assert len(set(colours.values())) == len(colours), "two sectors share a colour"
    assert colours["fish_processing"] == KNOWN_SECTORS["fish_processing"]
    # An unknown sector added to the table does not move the known ones.
    with_new = sector_colours(sectors + ["zz_new_activity"])
    assert all(with_new[s] == colours[s] for s in sectors if s in KNOWN_SECTORS)


@pytest.mark.parametrize("dropped, expected", [
    # No route series: no sailings figure (and no closure routes for the fish figure's shading).
    (lambda ts: ts["variable"].isin(["sailings", "exports_delivered"]),
     ["economy_output_by_sector.png", "fish_cargo.png"]),
    # No fish plants: the routes still carry cargo_* series, but no island has fish to draw.
    (lambda ts: (ts["sector"] == "fish_processing") & (ts["region"] != "zone")
     | (ts["variable"] == "exports_delivered"),
     ["economy_output_by_sector.png", "sailings.png"]),
], ids=["without routes", "without fish plants"])
def test_draws_only_the_figures_whose_variables_exist(short_run, tmp_path, dropped, expected):
    run = copy_run(short_run, tmp_path)
    ts = pd.read_csv(run / "timeseries.csv", dtype=str, keep_default_na=False)
    ts[~dropped(ts)].to_csv(run / "timeseries.csv", index=False)
    done = plot(run)
    assert done.returncode == 0, done.stderr
    # Only today's figures are in question here (the new ones follow their own variables).
    assert sorted(p.name for p in (run / "figures").glob("*.png") if p.name in FIGURES) == expected


def _drop_unit_column(run):
    ts = pd.read_csv(run / "timeseries.csv", dtype=str, keep_default_na=False)
    ts.drop(columns="unit").to_csv(run / "timeseries.csv", index=False)


def _header_only(run):
    (run / "timeseries.csv").write_text("date,region,sector,variable,unit,value\n")


def _text_in_value(run):
    lines = (run / "timeseries.csv").read_text().splitlines()
    cells = lines[5].split(",")
    cells[lines[0].split(",").index("value")] = "twelve"
    lines[5] = ",".join(cells)
    (run / "timeseries.csv").write_text("\n".join(lines) + "\n")


def _events_without_kind(run):
    ev = pd.read_csv(run / "events.csv", dtype=str, keep_default_na=False)
    ev.drop(columns="kind").to_csv(run / "events.csv", index=False)


BAD_RUNS = {
    # case: (how to spoil a copy of the real run, file named in the message, words in it)
    "no timeseries": (lambda r: (r / "timeseries.csv").unlink(), "timeseries.csv", "missing"),
    "empty timeseries": (lambda r: (r / "timeseries.csv").write_text(""), "timeseries.csv",
                         "is empty"),
    "missing column": (_drop_unit_column, "timeseries.csv", "lacks the column unit"),
    "header only": (_header_only, "timeseries.csv", "no data rows"),
    "text for a number": (_text_in_value, "timeseries.csv", "line 6: column value"),
    "events without kind": (_events_without_kind, "events.csv", "lacks the column kind"),
}


@pytest.mark.parametrize("case", sorted(BAD_RUNS))
def test_bad_run_folder_exits_2_with_one_sentence(short_run, tmp_path, case):
    spoil, filename, words = BAD_RUNS[case]
    run = copy_run(short_run, tmp_path)
    spoil(run)
    assert_one_sentence_exit_2(plot(run), str(run / filename), words)
    assert not (run / "figures").exists() or not list((run / "figures").iterdir())


def test_folder_that_is_not_a_run(tmp_path):
    assert_one_sentence_exit_2(plot(tmp_path), str(tmp_path), "not a jezsim run folder")


def test_path_that_does_not_exist(tmp_path):
    assert_one_sentence_exit_2(plot(tmp_path / "nowhere"), "nowhere", "does not exist")


def test_file_instead_of_a_folder():
    assert_one_sentence_exit_2(plot(SCENARIO), str(SCENARIO), "is not a folder")


def test_no_argument():
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True)
    assert_one_sentence_exit_2(done, "usage")


def test_capital_paid_by_year_adds_up_to_the_investment_total(short_run):
    # The finance figure's top panel sums the zone's `investment` rows by calendar year, part
    # years included (capital paid in the first months counts): over all years that is jezsim's
    # own investment_total, and each side's share of the cash flows is drawn from its rows.
    from jezplot import draw
    from jezplot.finance_figures import side_cash_flows

    run = Run(short_run)
    if run.metric("investment_total") is None:
        pytest.fail("summary.csv has no investment_total (issue 3)")
    wide = run.wide("investment", "sector", region="zone")
    by_year, months = draw.calendar_years(run, wide.sum(axis=1).reindex(run.dates(),
                                                                        fill_value=0.0))
    assert months.to_dict() == {2017: 4, 2018: 12, 2019: 12, 2020: 12, 2021: 12, 2022: 12}
    assert by_year.sum() > 0
    assert by_year.sum() == pytest.approx(run.metric("investment_total")[0], rel=1e-9)
    flows = dict(side_cash_flows(run))
    assert sorted(flows) == ["japan", "russia"]
    japan = run.rows("cash_flow", region="japan")["value"].sum()
    assert flows["japan"].sum() == pytest.approx(japan, rel=1e-12)
