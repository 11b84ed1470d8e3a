"""Shared fixtures for the Python tests of analysis/: the jezsim binary and a short real run.

The analysis scripts are tested on real output: a run of the shipped scenario cut to 2022-12,
made once per session by the jezsim binary named by $JEZSIM (the Makefile sets it), else
<repo>/build/sim/cli/jezsim. Without a binary the tests fail, they do not skip: a green run
that tested nothing would hide a broken analysis script.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ANALYSIS = REPO / "analysis"
SCENARIO = REPO / "scenarios" / "southern-kurils-2017.yaml"
# A run may not end before the default scenario's latest dated item, its exchange-rate step of
# 2022-06 (regime 2022-03, tranches to 2021-04, events to 2019-10); ending in December keeps
# jezsim's "final year" (the last 12 months) a calendar year, which the tests compare with.
SHORT_RUN_END = "2022-12"

if str(ANALYSIS) not in sys.path:
    sys.path.insert(0, str(ANALYSIS))


@pytest.fixture(scope="session")
def jezsim():
    """Path of the jezsim binary; fails the test with the reason when there is none."""
    named = os.environ.get("JEZSIM")
    path = Path(named) if named else REPO / "build" / "sim" / "cli" / "jezsim"
    if not (path.is_file() and os.access(path, os.X_OK)):
        how = f"$JEZSIM={named}" if named else f"$JEZSIM is unset and {path}"
        pytest.fail(f"no jezsim binary: {how} is not an executable file; build it "
                    f"(make build) or set JEZSIM to its path", pytrace=False)
    return path


@pytest.fixture(scope="session")
def short_run(jezsim, tmp_path_factory):
    """A real run folder: the default scenario from its start to 2022-12."""
    out = tmp_path_factory.mktemp("jezsim") / "run"
    cmd = [str(jezsim), "run", str(SCENARIO), "--set", f"time.end={SHORT_RUN_END}", "-o",
           str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or not (out / "timeseries.csv").is_file():
        pytest.fail(f"'{' '.join(cmd)}' failed with exit code {done.returncode}: "
                    f"{done.stderr.strip() or done.stdout.strip()}", pytrace=False)
    return out


def jezsim_run(jezsim, out, *sets):
    """Runs the shipped scenario with the given --set overrides into `out`; fails the test with
    jezsim's message when the run fails."""
    cmd = [str(jezsim), "run", str(SCENARIO)] + [a for s in sets for a in ("--set", s)]
    cmd += ["-o", str(out), "-q"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or not (out / "timeseries.csv").is_file():
        pytest.fail(f"'{' '.join(cmd)}' failed with exit code {done.returncode}: "
                    f"{done.stderr.strip() or done.stdout.strip()}", pytrace=False)
    return out


@pytest.fixture(scope="session")
def fewer_sailings_run(jezsim, tmp_path_factory):
    """A second real run to compare with short_run: one sailing a week on nemuro-kunashiri."""
    out = tmp_path_factory.mktemp("jezsim") / "fewer-sailings"
    return jezsim_run(jezsim, out, f"time.end={SHORT_RUN_END}",
                      "routes.nemuro-kunashiri.sailings_per_week=1")
