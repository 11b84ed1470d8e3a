"""docs/calibration.md is what analysis/calibrate.py makes from a fresh history run, and every row
that must hold does (`make calibration` regenerates the page)."""

import subprocess
import sys

from conftest import ANALYSIS, REPO


def test_calibration_page_is_current_and_holds(jezsim, tmp_path):
    out = tmp_path / "history"
    done = subprocess.run([str(jezsim), "run", str(REPO / "scenarios" / "history-2016-2022.yaml"),
                           "-q", "-o", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    page = tmp_path / "calibration.md"
    done = subprocess.run([sys.executable, str(ANALYSIS / "calibrate.py"), str(out), "-o",
                           str(page)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"a row that must hold fails: {done.stderr}"
    assert page.read_text() == (REPO / "docs" / "calibration.md").read_text(), \
        "docs/calibration.md is stale: run `make calibration`"


def test_calibrate_refuses_a_folder_without_a_run(tmp_path):
    done = subprocess.run([sys.executable, str(ANALYSIS / "calibrate.py"), str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert "timeseries.csv" in done.stderr
