#!/usr/bin/python3
"""Two run folders of one scenario against each other: the same physical results.

    compare_runs.py A B [--rtol 1e-9]

summary.csv and timeseries.csv: the same rows (metric / date, region, sector, variable) with
every value within rtol relative (plus rtol absolute for values near zero, in their own unit;
nan equals nan); events.csv: the same rows in the same order, time_s within rtol relative, the
other columns equal. Prints each difference (the first 20) and exits 1 when there is one.
Used to check that a faster world computes what the old one did (docs/model.md).
"""

import argparse
import csv
import math
import sys
from pathlib import Path


def close(a, b, rtol):
    try:
        x, y = float(a), float(b)
    except ValueError:
        return a == b
    if math.isnan(x) or math.isnan(y):
        return math.isnan(x) and math.isnan(y)
    return abs(x - y) <= rtol * max(abs(x), abs(y), 1.0)


def keyed(path, key_columns):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return {tuple(r[k] for k in key_columns): r for r in rows}, len(rows)


def compare_keyed(name, a, b, key_columns, rtol, diffs):
    ra, na = keyed(a / name, key_columns)
    rb, nb = keyed(b / name, key_columns)
    if na != nb or ra.keys() != rb.keys():
        only_a = sorted(set(ra) - set(rb))[:5]
        only_b = sorted(set(rb) - set(ra))[:5]
        diffs.append(f"{name}: rows differ ({na} against {nb}); only in A {only_a}, only in B {only_b}")
    for key in ra.keys() & rb.keys():
        if not close(ra[key]["value"], rb[key]["value"], rtol):
            diffs.append(f"{name} {key}: {ra[key]['value']} against {rb[key]['value']}")
        if ra[key].get("unit") != rb[key].get("unit"):
            diffs.append(f"{name} {key}: unit {ra[key].get('unit')} against {rb[key].get('unit')}")


def compare_events(a, b, rtol, diffs):
    def rows(folder):
        with open(folder / "events.csv", newline="") as f:
            return list(csv.reader(f))

    ea, eb = rows(a), rows(b)
    if len(ea) != len(eb):
        diffs.append(f"events.csv: {len(ea)} rows against {len(eb)}")
    for i, (x, y) in enumerate(zip(ea, eb)):
        if x[1:] != y[1:] or not close(x[0], y[0], rtol):
            diffs.append(f"events.csv row {i + 1}: {x} against {y}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p.add_argument("--rtol", type=float, default=1e-9)
    args = p.parse_args()
    diffs = []
    compare_keyed("summary.csv", args.a, args.b, ["metric"], args.rtol, diffs)
    compare_keyed("timeseries.csv", args.a, args.b, ["date", "region", "sector", "variable"],
                  args.rtol, diffs)
    compare_events(args.a, args.b, args.rtol, diffs)
    for d in diffs[:20]:
        print(d)
    if diffs:
        print(f"compare_runs.py: {len(diffs)} differences between {args.a} and {args.b}")
        return 1
    print(f"compare_runs.py: {args.a} and {args.b} agree (rtol {args.rtol:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
