"""tests/golden/compare_runs.py: two run folders agree at 1e-9, or each difference is named.

On a real (short) run of the shipped scenario: a copy agrees with it; a copy with one
timeseries value moved by 1e-6 relative, or one events.csv row changed, does not.
"""

import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
COMPARE = REPO / "tests" / "golden" / "compare_runs.py"


def compare(a, b):
    return subprocess.run(["/usr/bin/python3", str(COMPARE), str(a), str(b)], capture_output=True,
                          text=True, timeout=120)


def copy_of(run, tmp_path, name):
    out = tmp_path / name
    shutil.copytree(run, out)
    return out


def test_a_copy_agrees(short_run, tmp_path):
    done = compare(short_run, copy_of(short_run, tmp_path, "same"))
    assert done.returncode == 0, done.stdout
    assert "agree" in done.stdout


def test_a_moved_value_and_a_changed_event_are_named(short_run, tmp_path):
    other = copy_of(short_run, tmp_path, "moved")
    lines = (other / "timeseries.csv").read_text().splitlines(keepends=True)
    i = next(k for k, line in enumerate(lines[1:], 1)
             if line.split(",")[3] == "sailings" and float(line.split(",")[5]) > 0)
    cells = lines[i].split(",")
    cells[5] = repr(float(cells[5]) * (1 + 1e-6))
    lines[i] = ",".join(cells)
    (other / "timeseries.csv").write_text("".join(lines))
    events = (other / "events.csv").read_text().splitlines(keepends=True)
    events[1] = events[1].rstrip("\n") + " (changed)\n"  # the first event's detail
    (other / "events.csv").write_text("".join(events))
    done = compare(short_run, other)
    assert done.returncode == 1
    assert "timeseries.csv" in done.stdout and "sailings" in done.stdout
    assert "events.csv row 2" in done.stdout
