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
from jezplot.run import Run, annual

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "analysis" / "plot_run.py"
SCENARIO = REPO / "scenarios" / "southern-kurils-2017.yaml"
FIGURES = ["economy_output_by_sector.png", "fish_cargo.png", "sailings.png", "exports.png"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


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


def test_writes_every_figure_as_a_valid_png(plotted):
    done, figures = plotted
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    for name in FIGURES:
        path = figures / name
        assert path.is_file(), f"{name} was not written"
        assert str(path) in done.stdout, f"{name} is not in the list printed"
        assert path.read_bytes()[:8] == PNG_SIGNATURE
        image = mpimg.imread(path)
        # ~150 dpi on an 11-inch-wide figure: well over 1,000 pixels across, RGB(A).
        assert image.ndim == 3 and image.shape[2] in (3, 4)
        assert image.shape[1] > 1000 and image.shape[0] > 500
        # Not a blank canvas: a drawn figure has many distinct colours.
        assert image[..., :3].std() > 0.05
    assert not list(figures.glob("*.part")), "a temporary file was left behind"


def test_prints_exactly_the_figures_written(plotted):
    done, figures = plotted
    listed = sorted(line.strip().rsplit("/", 1)[-1] for line in done.stdout.splitlines()[1:])
    assert listed == sorted(FIGURES) == sorted(p.name for p in figures.glob("*.png"))


def test_annual_aggregates_match_jezsims_summary(short_run):
    # The run ends in 2019-12, so jezsim's "final year" (the last 12 months) is calendar 2019:
    # the figure's annual GRP sum and annual mean jobs must equal jezsim's own summary figures,
    # and the export revenue summed over every year the run's total.
    run = Run(short_run)
    summary = pd.read_csv(short_run / "summary.csv").set_index("metric")["value"]
    grp, months = annual(run.wide("value_added", "sector", region="zone"), 1, "sum")
    jobs, _ = annual(run.wide("jobs", "sector", region="zone"), 1, "mean")
    exports, _ = annual(run.wide("exports_delivered", "sector", region="zone"), 1, "sum")
    assert months.to_dict() == {2017: 4, 2018: 12, 2019: 12}
    assert grp.loc[2019].sum() == pytest.approx(summary["grp_final_year"], rel=1e-9)
    assert jobs.loc[2019].sum() == pytest.approx(summary["jobs_final_year"], rel=1e-9)
    assert exports.to_numpy().sum() == pytest.approx(summary["fish_export_revenue_total"],
                                                     rel=1e-9)


def test_closures_are_the_scenarios_ice_seasons(short_run):
    # The scenario closes korsakov-etorofu for sea ice from 01-20 to 04-06 inclusive each year
    # (77 days: 12 + 28 + 31 + 6), so it reopens at the start of 04-07; kunashiri-shikotan has no
    # ice season at all.
    run = Run(short_run)
    closures = run.closures()
    etorofu = closures[closures["route"] == "korsakov-etorofu"]
    spans = [(f"{s:%Y-%m-%d}", f"{e:%Y-%m-%d}") for s, e in zip(etorofu["start"], etorofu["end"])]
    assert spans == [("2018-01-20", "2018-04-07"), ("2019-01-20", "2019-04-07")]
    assert ((etorofu["end"] - etorofu["start"]).dt.days == 77).all()
    assert closures[closures["route"] == "kunashiri-shikotan"].empty
    assert run.closure_reasons(["korsakov-etorofu"]) == "sea ice"
    # korsakov-kunashiri (01-20..04-06) contains nemuro-kunashiri's season (02-01..03-15):
    # their union is the longer one.
    merged = run.closed_spans(["nemuro-kunashiri", "korsakov-kunashiri"])
    assert [(f"{s:%m-%d}", f"{e:%m-%d}") for s, e in merged] == [("01-20", "04-07")] * 2


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
    assert sorted(p.name for p in (run / "figures").glob("*.png")) == expected


def _drop_unit_column(run):
    ts = pd.read_csv(run / "timeseries.csv", dtype=str, keep_default_na=False)
    ts.drop(columns="unit").to_csv(run / "timeseries.csv", index=False)


def _header_only(run):
    (run / "timeseries.csv").write_text("date,region,sector,variable,unit,value\n")


def _text_in_value(run):
    lines = (run / "timeseries.csv").read_text().splitlines()
    lines[5] = lines[5].rsplit(",", 1)[0] + ",twelve"
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


def assert_one_sentence_exit_2(done, *words):
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    message = done.stderr.strip()
    assert message.count("\n") == 0, f"more than one line: {message!r}"
    assert message.endswith(".")
    for w in words:
        assert w in message, f"{w!r} not in {message!r}"
    assert not done.stdout


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
