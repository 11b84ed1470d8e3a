"""analysis/compare.py on real short runs: two that differ in one ferry's timetable, and two
of different horizons."""

import io
import shutil
import subprocess

import pandas as pd
import pytest

from checks import assert_one_sentence_exit_2, assert_png, script
from conftest import SCENARIO


@pytest.fixture(scope="module")
def compared(short_run, fewer_sailings_run, tmp_path_factory):
    figures = tmp_path_factory.mktemp("compare")
    done = script("compare.py", short_run, fewer_sailings_run, "--figures", figures)
    return done, figures


def test_csv_holds_both_runs_and_their_difference(compared, short_run, fewer_sailings_run):
    done, _ = compared
    assert done.returncode == 0, done.stderr
    table = pd.read_csv(io.StringIO(done.stdout)).set_index("metric")
    a = pd.read_csv(short_run / "summary.csv").set_index("metric")
    b = pd.read_csv(fewer_sailings_run / "summary.csv").set_index("metric")
    assert list(table.columns) == ["unit", "run", "fewer-sailings", "diff_fewer-sailings",
                                   "pct_fewer-sailings"]
    assert list(table.index) == list(a.index)
    assert (table["unit"] == a["unit"]).all()
    # The differences, recomputed from the two summaries.
    for metric in a.index:
        va, vb = a.loc[metric, "value"], b.loc[metric, "value"]
        if pd.isna(va) or pd.isna(vb):  # e.g. a payback never reached: no difference either
            assert pd.isna(table.loc[metric, "diff_fewer-sailings"])
            continue
        assert table.loc[metric, "run"] == pytest.approx(va, rel=1e-9)
        assert table.loc[metric, "diff_fewer-sailings"] == pytest.approx(vb - va, rel=1e-9,
                                                                         abs=1e-9)
        if va * vb > 0:  # a percentage only where both have the same sign
            assert table.loc[metric, "pct_fewer-sailings"] == pytest.approx(
                100 * (vb - va) / abs(va), rel=1e-7)
        else:
            assert pd.isna(table.loc[metric, "pct_fewer-sailings"])
    # One sailing a week instead of the scenario's: fewer sailings on the whole.
    assert table.loc["sailings_total", "diff_fewer-sailings"] < 0


def test_draws_the_headline_and_series_figures(compared):
    done, figures = compared
    assert done.returncode == 0, done.stderr
    for name in ("compare_headline.png", "compare_timeseries.png"):
        assert_png(figures / name)
        assert str(figures / name) in done.stderr  # stdout holds only the CSV


def test_output_file_instead_of_stdout(short_run, fewer_sailings_run, tmp_path):
    out = tmp_path / "cmp.csv"
    done = script("compare.py", short_run, fewer_sailings_run, "-o", out, "--figures",
                  tmp_path / "f")
    assert done.returncode == 0, done.stderr
    assert "metric,unit," in out.read_text().splitlines()[0]
    assert "metric,unit" not in done.stdout
    assert not list(tmp_path.glob("*.part"))


def test_one_folder_is_not_a_comparison(short_run):
    assert_one_sentence_exit_2(script("compare.py", short_run), "at least two")


def test_same_folder_twice(short_run, tmp_path):
    assert_one_sentence_exit_2(script("compare.py", short_run, short_run, "--figures", tmp_path),
                               "given twice")


def test_run_without_summary(short_run, fewer_sailings_run, tmp_path):
    copy = tmp_path / "nosummary"
    shutil.copytree(fewer_sailings_run, copy, ignore=shutil.ignore_patterns("figures"))
    (copy / "summary.csv").unlink()
    done = script("compare.py", short_run, copy, "--figures", tmp_path / "f")
    assert_one_sentence_exit_2(done, str(copy / "summary.csv"), "missing")


def test_units_that_disagree(short_run, fewer_sailings_run, tmp_path):
    copy = tmp_path / "otherunit"
    shutil.copytree(fewer_sailings_run, copy, ignore=shutil.ignore_patterns("figures"))
    summary = pd.read_csv(copy / "summary.csv", dtype=str, keep_default_na=False)
    summary.loc[summary["metric"] == "grp_final_year", "unit"] = "JPY bn/year"
    summary.to_csv(copy / "summary.csv", index=False)
    done = script("compare.py", short_run, copy, "--figures", tmp_path / "f")
    assert_one_sentence_exit_2(done, "grp_final_year", "JPY bn/year", "RUB mn/year")


def test_folder_that_is_not_a_run(short_run, tmp_path):
    assert_one_sentence_exit_2(script("compare.py", short_run, tmp_path, "--figures",
                                      tmp_path / "f"), "not a jezsim run folder")


def test_unequal_horizons_are_compared_over_the_common_months(short_run, jezsim, tmp_path):
    history = tmp_path / "history"
    cmd = [str(jezsim), "run", str(SCENARIO.parent / "history-2016-2022.yaml"), "-q", "-o",
           str(history)]
    ran = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert ran.returncode == 0, ran.stderr
    done = script("compare.py", short_run, history, "--figures", tmp_path / "f")
    assert done.returncode == 0, done.stderr
    # stderr names both horizons and the common one.
    assert "run 2017-09 to 2022-12" in done.stderr, done.stderr
    assert "history 2016-05 to 2022-12" in done.stderr
    assert "common horizon 2017-09 to 2022-12 only" in done.stderr
    table = pd.read_csv(io.StringIO(done.stdout)).set_index("metric")
    assert list(table.columns) == ["unit", "run", "history", "diff_history", "pct_history"]
    # value_added over the common months, recomputed from each run's own timeseries.csv.
    for folder, name in ((short_run, "run"), (history, "history")):
        ts = pd.read_csv(folder / "timeseries.csv")
        ts = ts[~ts.region_kind.isin(["mainland", "country"])]  # compared apart, by their kind
        va = ts[(ts.variable == "value_added") & (ts.date >= "2017-09")]
        assert table.loc["value_added", name] == pytest.approx(va.value.sum(), rel=1e-9)
        jobs = ts[(ts.variable == "jobs") & (ts.date >= "2017-09")]
        assert table.loc["jobs", name] == pytest.approx(
            jobs.groupby("date").value.sum().mean(), rel=1e-9)
    assert table.loc["value_added", "unit"] == "RUB mn, sum 2017-09 to 2022-12"
    assert table.loc["jobs", "unit"] == "jobs, mean 2017-09 to 2022-12"
    # The same span: GRP differs by a few percent, not the -78 % of 2017-2047 against 2016-2022.
    assert abs(table.loc["value_added", "pct_history"]) < 10
    assert_png(tmp_path / "f" / "compare_headline.png")


def test_a_change_from_or_across_zero_is_a_difference_not_a_percentage():
    from compare import with_differences

    table = pd.DataFrame({"metric": ["npv", "grp", "loss", "new"], "unit": ["RUB mn"] * 4,
                          "a": [-272.0, 100.0, -10.0, 0.0], "b": [0.0, 110.0, -5.0, 4.0]})
    out = with_differences(table, ["a", "b"]).set_index("metric")
    assert out["diff_b"].tolist() == [272.0, 10.0, 5.0, 4.0]
    assert pd.isna(out.loc["npv", "pct_b"]) and pd.isna(out.loc["new", "pct_b"])
    assert out.loc["grp", "pct_b"] == pytest.approx(10.0)
    assert out.loc["loss", "pct_b"] == pytest.approx(50.0)  # 5 less of a loss: +50 %
