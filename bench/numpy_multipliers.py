#!/usr/bin/python3
"""The numpy side of bench/multipliers_vs_numpy.sh, and the maker of its tables.

  numpy_multipliers.py --make N FILE   writes a dense, balanced N-sector table (DESIGN.md section 4)
  numpy_multipliers.py FILE            prints the multipliers.csv that `jezsim multipliers FILE`
                                       prints, computed with numpy (LAPACK through numpy's BLAS)
  numpy_multipliers.py --compare A B   the largest relative difference of two multipliers CSVs
  numpy_multipliers.py --blas          the BLAS library numpy has loaded

numpy does what an analyst would do at its fastest: pandas' C parser reads the CSV (np.loadtxt
is slower), and every multiplier is a row vector times L = (I - A)^-1, so one LU of (I - A)^T
(np.linalg.solve on the four row coefficients at once) gives them all without forming L; the same
for the inverse closed with households. jezsim does the same work.
"""
import sys

import numpy as np


def make_table(n, path):
    """Dense A >= 0 with column sums 0.4, x in [500, 1000]: final demand is positive in every row.
    Value added 0.45 x (compensation 0.3 x), taxes 0.05 x, imports the rest (0.1 x); final demand
    30 % households, 70 % exports; 1 job per 100 of output. Six significant digits, as published
    tables have, so rows and columns balance within rounding."""
    rng = np.random.default_rng(n)
    x = rng.uniform(500, 1000, n)
    a = rng.random((n, n))
    a *= 0.4 / a.sum(axis=0)
    z = a * x
    f = x - z.sum(axis=1)
    names = [f"s{i:05d}" for i in range(n)]
    with open(path, "w") as out:
        out.write("sector," + ",".join(names) + ",household_consumption,exports,total_output\n")
        for i in range(n):
            row = np.concatenate([z[i], [0.3 * f[i], 0.7 * f[i], x[i]]])
            out.write(names[i] + "," + ",".join(f"{v:.6g}" for v in row) + "\n")
        for name, coef in (("compensation", 0.3), ("value_added", 0.45), ("taxes", 0.05),
                           ("imports", 0.1), ("employment", 0.01)):
            out.write(name + "," + ",".join(f"{v:.6g}" for v in coef * x) + ",,,\n")


def multipliers(path):
    import pandas as pd

    frame = pd.read_csv(path, index_col=0, comment="#", skipinitialspace=True)
    sectors = [s for s in frame.columns if s in frame.index]
    n = len(sectors)
    z = frame.loc[sectors, sectors].to_numpy(float)
    fd_names = [c for c in frame.columns[n:] if c != "total_output"]
    fd = frame.loc[sectors, fd_names].fillna(0).to_numpy(float)
    if "total_output" in frame.columns:
        x = frame.loc[sectors, "total_output"].to_numpy(float)
    else:
        x = z.sum(axis=1) + fd.sum(axis=1)
    rows = {r: frame.loc[r].fillna(0).to_numpy(float) for r in frame.index[n:]}
    sec = {r: v[:n] for r, v in rows.items()}
    if "value_added" in sec:
        va = sec["value_added"]
    else:
        va = x - z.sum(axis=0) - sum(sec[r] for r in ("imports", "taxes") if r in sec)
    a = z / x
    m = np.eye(n) - a
    direct = {"output": np.ones(n), "value_added": va / x}
    if "compensation" in sec:
        direct["income"] = sec["compensation"] / x
    if "employment" in sec:
        direct["employment"] = sec["employment"] / x
    keys = list(direct)
    effect = dict(zip(keys, np.linalg.solve(m.T, np.column_stack([direct[k] for k in keys])).T))
    type2 = {}
    if "compensation" in sec and "household_consumption" in fd_names:
        hh = fd_names.index("household_consumption")
        comp = rows["compensation"]
        income = comp[:n].sum() + comp[n:n + len(fd_names)].sum()
        closed = np.zeros((n + 1, n + 1))
        closed[:n, :n] = a
        closed[:n, n] = fd[:, hh] / income
        closed[n, :n] = direct["income"]
        closed[n, n] = comp[n + hh] / income
        rhs = [np.append(np.ones(n), 0), np.eye(n + 1)[n]]
        if "employment" in direct:
            rhs.append(np.append(direct["employment"], 0))
        sol = np.linalg.solve((np.eye(n + 1) - closed).T, np.column_stack(rhs)).T
        type2["output"] = sol[0][:n]
        type2["income"] = sol[1][:n] / direct["income"]
        if "employment" in direct:
            type2["employment"] = sol[2][:n] / direct["employment"]

    def ratio(k):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(direct[k] != 0, effect[k] / direct[k], np.nan)

    columns = [effect["output"], type2.get("output")]
    for k in ("income", "employment"):
        columns += [effect.get(k), ratio(k) if k in direct else None, type2.get(k)]
    columns += [effect["value_added"], ratio("value_added")]
    out = ["sector,output_type1,output_type2,income_effect,income_type1,income_type2,"
           "employment_effect,employment_type1,employment_type2,value_added_effect,"
           "value_added_type1"]
    for j, s in enumerate(sectors):
        cells = ["" if c is None or np.isnan(c[j]) else f"{c[j]:.10g}" for c in columns]
        out.append(s + "," + ",".join(cells))
    sys.stdout.write("\n".join(out) + "\n")


def compare(a, b):
    import pandas as pd

    x = pd.read_csv(a, index_col=0).to_numpy(float)
    y = pd.read_csv(b, index_col=0).to_numpy(float)
    if x.shape != y.shape:
        print(f"shapes differ: {x.shape} and {y.shape}")
        return
    both = ~np.isnan(x) & ~np.isnan(y)
    same_gaps = bool((np.isnan(x) == np.isnan(y)).all())
    rel = np.abs(x[both] - y[both]) / np.maximum(np.abs(y[both]), 1e-300)
    print(f"{rel.max():.2e}{'' if same_gaps else ' (empty cells differ)'}")


def blas():
    """The BLAS numpy loaded, from the process's own memory map (alternatives resolved)."""
    import os
    libs = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if "blas" in path or "lapack" in path:
                libs.add(os.path.realpath(path))
    print(", ".join(sorted(libs)) or "none")


if __name__ == "__main__":
    if sys.argv[1] == "--make":
        make_table(int(sys.argv[2]), sys.argv[3])
    elif sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "--blas":
        blas()
    else:
        multipliers(sys.argv[1])
