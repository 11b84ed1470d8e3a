"""Sensitivity of a real sweep whose parameters include dates (the ice seasons' MM-DD ends, as
in the shipped Monte Carlo sweep): every parameter gets a coefficient, sensitivity.csv says how
each was coded, and a sweep too small for its method warns on stderr and in the file."""

import subprocess

import pandas as pd
import pytest

from checks import script
from conftest import REPO

BASE = REPO / "tests" / "data" / "scenarios" / "kurils-small.yaml"
PARAMETERS = """parameters:
  routes.korsakov-etorofu.ice.to: {dist: discrete, values: [02-28, 03-31, 04-30]}
  routes.nemuro-kunashiri.ice.to: {dist: discrete, values: [03-01, 03-20, 04-10]}
  sectors.fish_processing.price_rub_per_kg: {dist: uniform, min: 25, max: 40}
outputs: [sailings_cancelled_total, fish_delivered_total, grp_final_year]
"""


def sweep(jezsim, folder, samples):
    spec = folder / "dates.yaml"
    spec.write_text(f"base: {BASE}\nmethod: random\nsamples: {samples}\nreplications: 1\n"
                    f"seed: 5\n{PARAMETERS}")
    out = folder / "out"
    done = subprocess.run([str(jezsim), "sweep", str(spec), "-o", str(out), "-j", "2", "-q"],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    return out, done


@pytest.fixture(scope="module")
def dated(jezsim, tmp_path_factory):
    return sweep(jezsim, tmp_path_factory.mktemp("dates"), 16)


def test_date_parameters_get_coefficients(dated):
    out, done = dated
    table = pd.read_csv(out / "sensitivity.csv", keep_default_na=False)
    assert list(table.columns) == ["output", "parameter", "index", "value", "ci_low", "ci_high",
                                   "samples", "coding", "warning"]
    src = table[table["index"] == "src"]
    assert len(src) == 3 * 3
    assert (src["value"] != "").all(), src
    assert (src["samples"] == 16).all()
    ice = src[src["parameter"].str.endswith(".ice.to")]
    assert (ice["coding"] == "date (MM-DD) as its day of the year: per day later").all()
    assert (src[src["parameter"].str.startswith("sectors.")]["coding"] == "number").all()
    # A longer ice season on the Korsakov lane cancels more sailings.
    cancelled = ice.set_index(["output", "parameter"]).loc[
        ("sailings_cancelled_total", "routes.korsakov-etorofu.ice.to"), "value"]
    assert float(cancelled) > 0
    assert (table["warning"] == "").all() and "warning" not in done.stderr


def test_the_sensitivity_figure_is_drawn(dated):
    out, _ = dated
    done = script("plot_sweep.py", out)
    assert done.returncode == 0, done.stderr
    assert "All-NaN" not in done.stderr
    assert (out / "figures" / "sweep_sensitivity.png").is_file()


def test_too_small_a_sweep_warns(jezsim, tmp_path):
    out, done = sweep(jezsim, tmp_path, 4)  # 4 runs, 3 parameters: a regression needs 5
    message = "too few runs for a regression: 4 runs for 3 parameters, fewer than parameters + 2"
    assert f"jezsim: warning: {out / 'sensitivity.csv'}: {message}" in done.stderr
    table = pd.read_csv(out / "sensitivity.csv", keep_default_na=False)
    assert table["warning"].str.startswith(message).all()


def test_units_of_every_results_column(dated):
    out, _ = dated
    units = pd.read_csv(out / "units.csv", keep_default_na=False)
    results = pd.read_csv(out / "results.csv", nrows=0)
    assert list(units["column"]) == list(results.columns)
    assert (units["file"] == "results.csv").all()
    summary = next((out / "runs").glob("*/summary.csv"))
    expected = pd.read_csv(summary).set_index("metric")["unit"]
    by_column = units.set_index("column")["unit"]
    for metric in ("sailings_cancelled_total", "fish_delivered_total", "grp_final_year"):
        assert by_column[metric] == expected[metric]
