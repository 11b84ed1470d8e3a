"""analysis/plot_sweep.py (and report.py on a sweep) on the real output of a small grid sweep.

The sweep tests need `jezsim sweep` (issue 5, being built on branch `sweep`): they are skipped,
with that reason, while `$JEZSIM sweep --help` fails, and turn on by themselves once it works.
The bad-input tests and the tornado arithmetic need no sweep and always run.
"""

import re
import subprocess

import pandas as pd
import pytest

from checks import assert_one_sentence_exit_2, assert_png, script
from conftest import SCENARIO
from jezplot.sweepdir import Sweep
from jezplot.sweep_figures import tornado_rows

GRID = {"routes.nemuro-kunashiri.sailings_per_week": [1, 2, 3],
        "sectors.fish_processing.plants[0].output_t_per_year": [60000, 90000]}
OUTPUTS = ["grp_final_year", "jobs_final_year", "fish_export_revenue_total"]
REPLICATIONS = 2


def has_sweep(jezsim):
    """True when `jezsim sweep --help` prints the sweep's own usage. (Without the subcommand,
    CLI11 answers --help with jezsim's general help and exit 0, so the code alone says nothing.)"""
    done = subprocess.run([str(jezsim), "sweep", "--help"], capture_output=True, text=True,
                          timeout=60)
    return done.returncode == 0 and re.search(r"^\s*Usage:.*\bsweep\b", done.stdout, re.M)


@pytest.fixture(scope="module")
def grid_sweep(jezsim, tmp_path_factory):
    if not has_sweep(jezsim):
        pytest.skip("jezsim has no 'sweep' subcommand yet ('jezsim sweep --help' shows no "
                    "sweep usage; issue 5, branch sweep): the sweep figures are tested once it "
                    "lands")
    folder = tmp_path_factory.mktemp("sweep")
    spec = folder / "grid.yaml"
    params = "\n".join(f"  {k}: [{', '.join(str(v) for v in vs)}]" for k, vs in GRID.items())
    spec.write_text(f"base: {SCENARIO}\nmethod: grid\nreplications: {REPLICATIONS}\nseed: 11\n"
                    f"parameters:\n{params}\noutputs: [{', '.join(OUTPUTS)}]\n")
    out = folder / "out"
    cmd = [str(jezsim), "sweep", str(spec), "-o", str(out), "-j", "2", "--keep", "timeseries"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        pytest.fail(f"'{' '.join(cmd)}' failed with exit code {done.returncode}: "
                    f"{done.stderr.strip()}", pytrace=False)
    return out


def test_sweep_figures_are_drawn(grid_sweep):
    done = script("plot_sweep.py", grid_sweep)
    assert done.returncode == 0, done.stderr
    expected = ["sweep_histograms.png", "sweep_fans.png", "sweep_tornado.png",
                "sweep_heatmap.png"]
    if (grid_sweep / "sensitivity.csv").is_file():
        expected.append("sweep_sensitivity.png")
    drawn = sorted(p.name for p in (grid_sweep / "figures").glob("*.png"))
    assert drawn == sorted(expected)
    for name in expected:
        assert_png(grid_sweep / "figures" / name)


def test_sweep_is_read_as_a_two_parameter_grid(grid_sweep):
    sweep = Sweep(grid_sweep)
    assert sorted(sweep.parameters) == sorted(GRID)
    assert sorted(sweep.outputs) == sorted(OUTPUTS)
    assert len(sweep.ok) == 3 * 2 * REPLICATIONS and sweep.failed == 0
    assert sweep.is_grid()
    assert len(sweep.kept_series()) == len(sweep.ok)


def test_report_of_a_sweep(grid_sweep, tmp_path):
    out = tmp_path / "sweep.html"
    done = script("report.py", grid_sweep, "-o", out)
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    figures = sorted((grid_sweep / "figures").glob("*.png"))
    assert text.count("data:image/png;base64,") == len(figures)
    for output in OUTPUTS:
        assert f"({output})</td>" in text
    for parameter in GRID:
        assert parameter in text
    # The design and the base scenario (not a run's), collapsed.
    assert "<h3>Design</h3>" in text and "<td>method</td><td>grid</td>" in text
    assert f"<summary>Base scenario: {SCENARIO.name} (" in text
    assert "<summary>Sweep file: grid.yaml (" in text
    assert "Scenario as run" not in text


def write_results(folder, rows, columns=None):
    folder.mkdir(parents=True, exist_ok=True)
    table = pd.DataFrame(rows)
    (table[columns] if columns else table).to_csv(folder / "results.csv", index=False)
    return folder


def grid_rows():
    """A 2 x 3 grid, 2 replications, output y = 10 a + b + replication (by hand below)."""
    rows = []
    for point, (a, b) in enumerate([(a, b) for a in (1, 2) for b in (10, 20, 30)]):
        for rep in (0, 1):
            rows.append({"point_id": point, "replication": rep, "seed": 100 + point * 2 + rep,
                         "x.a": a, "x.b": b, "y": 10 * a + b + rep, "status": "ok",
                         "error": "", "wall_time_s": 0.1})
    return rows


def test_tornado_ends_on_a_grid(tmp_path):
    # At a's lowest level (1) y averages 10 + mean(10, 20, 30) + 0.5 = 30.5, at its highest 40.5;
    # at b's lowest (10) 10 * 1.5 + 10 + 0.5 = 25.5, at its highest (30) 45.5: b swings more.
    sweep = Sweep(write_results(tmp_path / "s", grid_rows()))
    assert sweep.parameters == ["x.a", "x.b"] and sweep.outputs == ["y"]
    assert sweep.is_grid()
    table = tornado_rows(sweep, "y").set_index("parameter")
    assert list(table.index) == ["x.b", "x.a"]
    assert table.loc["x.a", ["y_low", "y_high"]].tolist() == pytest.approx([30.5, 40.5])
    assert table.loc["x.b", ["y_low", "y_high"]].tolist() == pytest.approx([25.5, 45.5])
    done = script("plot_sweep.py", tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "s" / "figures").glob("*.png")) == [
        "sweep_heatmap.png", "sweep_histograms.png", "sweep_tornado.png"]


def test_sensitivity_file_as_jezsim_sweep_writes_it(tmp_path):
    # The layout of sim/sweep's sensitivity.csv: long, with first_order / total_order (Sobol)
    # or src rows per parameter and an r_squared row without a parameter per output.
    folder = write_results(tmp_path / "s", grid_rows())
    (folder / "sensitivity.csv").write_text(
        "output,parameter,index,value,ci_low,ci_high,samples\n"
        "y,x.a,first_order,0.2,0.1,0.3,12\ny,x.a,total_order,0.25,0.15,0.35,12\n"
        "y,x.b,first_order,0.7,0.6,0.8,12\ny,x.b,total_order,0.75,0.65,0.85,12\n"
        "y,,r_squared,0.99,,,12\n")
    sweep = Sweep(folder)
    assert sorted(set(sweep.sensitivity["index"])) == ["S1", "ST"]
    assert len(sweep.sensitivity) == 4 and sweep.r_squared == {"y": 0.99}
    st_b = sweep.sensitivity.query("parameter == 'x.b' and index == 'ST'").iloc[0]
    assert (st_b["value"], st_b["low"], st_b["high"]) == (0.75, 0.65, 0.85)
    done = script("plot_sweep.py", folder)
    assert done.returncode == 0, done.stderr
    assert_png(folder / "figures" / "sweep_sensitivity.png")


def _failed_only(folder):
    rows = grid_rows()
    for r in rows:
        r["status"] = "failed"
    write_results(folder, rows)


BAD_SWEEPS = {
    # case: (how to make the folder, file named, words in the message)
    "no results": (lambda f: f.mkdir(), "", "not a jezsim sweep folder"),
    "empty results": (lambda f: (f.mkdir(), (f / "results.csv").write_text("")),
                      "results.csv", "is empty"),
    "header only": (lambda f: (f.mkdir(), (f / "results.csv").write_text(
        "point_id,replication,seed,x.a,y,status,error,wall_time_s\n")), "results.csv", "no runs"),
    "no status": (lambda f: write_results(f, grid_rows(), ["point_id", "replication", "x.a", "y"]),
                  "results.csv", "lacks the column status"),
    "every run failed": (_failed_only, "results.csv", "no successful run"),
}


@pytest.mark.parametrize("case", sorted(BAD_SWEEPS))
def test_bad_sweep_folder_exits_2_with_one_sentence(tmp_path, case):
    make, filename, words = BAD_SWEEPS[case]
    folder = tmp_path / "sweep"
    make(folder)
    done = script("plot_sweep.py", folder)
    assert_one_sentence_exit_2(done, str(folder / filename).rstrip("/"), words)


def test_sweep_folder_that_does_not_exist(tmp_path):
    assert_one_sentence_exit_2(script("plot_sweep.py", tmp_path / "nowhere"), "does not exist")
