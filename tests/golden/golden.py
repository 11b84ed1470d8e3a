#!/usr/bin/python3
"""Golden results: each shipped scenario's summary.csv against tests/golden/<name>.summary.csv.

    golden.py check JEZSIM SCENARIO GOLDEN    # ctest: run, compare; exit 1 on a difference
    golden.py update JEZSIM SCENARIO GOLDEN   # make golden: run, write GOLDEN

The comparison: the same metrics in the same order with the same units, and every value within
a relative tolerance of 1e-6 of the golden one (plus 1e-9 absolute, for values near zero; nan
equals nan). The runs are deterministic, so the tolerance only absorbs the last printed digits;
an intended change of the model regenerates the files with `make golden`, and its commit says
why each headline number moved.
"""

import csv
import math
import subprocess
import sys
import tempfile
from pathlib import Path

RTOL, ATOL = 1e-6, 1e-9


def run(jezsim, scenario, out):
    done = subprocess.run([jezsim, "run", scenario, "-o", str(out), "-q"], capture_output=True,
                          text=True, timeout=900)
    if done.returncode != 0:
        sys.exit(f"golden.py: jezsim run {scenario} failed ({done.returncode}): {done.stderr}")
    return out / "summary.csv"


def rows(path):
    with open(path, newline="") as f:
        return [(r["metric"], r["unit"], float(r["value"])) for r in csv.DictReader(f)]


def same(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= RTOL * max(abs(a), abs(b)) + ATOL


def main(mode, jezsim, scenario, golden):
    golden = Path(golden)
    with tempfile.TemporaryDirectory() as tmp:
        summary = run(jezsim, scenario, Path(tmp) / "run")
        if mode == "update":
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_bytes(summary.read_bytes())
            return 0
        if not golden.is_file():
            print(f"golden.py: no golden file {golden}: run `make golden`", file=sys.stderr)
            return 1
        got, want = rows(summary), rows(golden)
    diffs = []
    names_got, names_want = [r[:2] for r in got], [r[:2] for r in want]
    if names_got != names_want:
        extra = sorted(set(names_got) - set(names_want))
        missing = sorted(set(names_want) - set(names_got))
        diffs.append(f"metrics differ: new {extra}, gone {missing}")
    want_by = {r[0]: r[2] for r in want}
    for metric, unit, value in got:
        if metric in want_by and not same(value, want_by[metric]):
            diffs.append(f"{metric}: {value!r} where the golden file has {want_by[metric]!r}")
    for d in diffs:
        print(f"golden.py: {Path(scenario).name}: {d}", file=sys.stderr)
    if diffs:
        print("golden.py: if the change is intended, run `make golden` and say in the commit why "
              "each headline number moved", file=sys.stderr)
    return 1 if diffs else 0


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("check", "update"):
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
