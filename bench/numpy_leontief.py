#!/usr/bin/python3
"""Times the Leontief factorisation (LU of I - A) and one solve in numpy at n = 50, 500, 2000,
runs bench_leontief (Google Benchmark) on the same sizes, and prints the ratios.

Both sides use a dense random A >= 0 whose columns sum to 0.6, built the same way (uniform
entries, columns rescaled); the values differ (numpy's and the C++ generators differ), which
does not change the cost of a dense LU. Usage: bench/numpy_leontief.py BUILD/bench/bench_leontief
"""
import json
import subprocess
import sys
import time

import numpy as np
import scipy.linalg as sla  # Debian's python3-scipy: numpy itself has no reusable LU factors


def matrix(n):
    rng = np.random.default_rng(42)
    a = rng.random((n, n))
    return np.eye(n) - a * (0.6 / a.sum(axis=0))


def best_of(fn, repeat):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "build/bench/bench_leontief"
    # Debian's libbenchmark 1.7.1 is itself built without NDEBUG and says "Library was built as
    # DEBUG" whatever our build type; our code is Release (-O3 -DNDEBUG, checked by the Makefile).
    out = subprocess.run([binary, "--benchmark_format=json"], check=True, capture_output=True,
                         text=True).stdout
    context = json.loads(out)["context"]
    print(f"bench_leontief: benchmark library {context.get('library_build_type', '?')} "
          f"(Debian's build), jezsim's code Release; {context.get('num_cpus', '?')} CPUs, "
          f"load {context.get('load_avg', '?')}")
    cpp = {b["name"]: b for b in json.loads(out)["benchmarks"]}
    unit = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    print(f"{'n':>5} {'step C++ us':>12} {'numpy us':>10} {'ratio':>6}   "
          f"{'factorise C++ ms':>16} {'numpy ms':>9} {'ratio':>6}   budget: ratios <= 1")
    for n in (50, 500, 2000):
        m = matrix(n)
        f = np.full(n, 100 / 12)
        repeat = 20 if n < 2000 else 5
        fact_np = best_of(lambda: sla.lu_factor(m), repeat)
        lu = sla.lu_factor(m)
        step_np = best_of(lambda: sla.lu_solve(lu, f), 50)
        s = cpp[f"BM_LeontiefStep/{n}"]
        fz = cpp[f"BM_LeontiefFactorise/{n}"]
        step_cpp = s["real_time"] * unit[s["time_unit"]]
        fact_cpp = fz["real_time"] * unit[fz["time_unit"]]
        met = "met" if step_cpp <= step_np and fact_cpp <= fact_np else "not met"
        print(f"{n:>5} {step_cpp * 1e6:>12.1f} {step_np * 1e6:>10.1f} {step_cpp / step_np:>6.2f}   "
              f"{fact_cpp * 1e3:>16.2f} {fact_np * 1e3:>9.2f} {fact_cpp / fact_np:>6.2f}   {met}")
    print("ratio = C++ time / numpy time (below 1: C++ faster)")


if __name__ == "__main__":
    main()
