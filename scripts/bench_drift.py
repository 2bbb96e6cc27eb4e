#!/usr/bin/env python3
"""SciPy/NumPy side of scripts/bench-drift.js: the same drift statistics on the same inputs.

Reads the doubles that bench-drift.js wrote (--data, with offsets in --manifest), times
each case best of --repeat (at most 3 for the driftReport cases) after one warm-up run,
and prints one JSON line:
  {"scipy": "1.10.1", "numpy": "1.24.2", "python": "3.11.2", "cases": {name: {"ms": ..., "result": ...}}}
Run it through `node scripts/bench-drift.js`, which also runs the mlsys-lab side.
"""
import argparse
import json
import platform
import resource
import time

import numpy as np
import scipy
from scipy import stats


def psi_quantile(ref, cur, bins=10, eps=1e-4):
    # What a NumPy user writes: decile cut points of the reference, bin both samples
    # by binary search, floor the shares, sum (a - e) * ln(a / e).
    cuts = np.unique(np.quantile(ref, np.linspace(0, 1, bins + 1)[1:-1]))
    e = np.bincount(np.searchsorted(cuts, ref, side="right"), minlength=len(cuts) + 1) / len(ref)
    a = np.bincount(np.searchsorted(cuts, cur, side="right"), minlength=len(cuts) + 1) / len(cur)
    e = np.maximum(e, eps)
    a = np.maximum(a, eps)
    return float(np.sum((a - e) * np.log(a / e))), cuts


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--manifest", required=True)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--cases", default="ks2samp,psi,wasserstein")
    p.add_argument("--columns", type=int, default=20)
    args = p.parse_args()
    with open(args.manifest) as f:
        manifest = json.load(f)
    data = np.memmap(args.data, dtype="<f8", mode="r")

    def arr(key):
        m = manifest[key]
        start = m["offset"] // 8
        return np.array(data[start : start + m["length"]])  # an ordinary in-memory array

    cases = {}
    report_cols = []  # shared by the two driftReport cases
    for name in args.cases.split(","):
        if name == "ks2samp":
            a, b = arr("ks2samp/a"), arr("ks2samp/b")
            run = lambda: stats.ks_2samp(a, b)  # noqa: E731 (method "auto" = asymp here)
            summary = lambda r: {"statistic": float(r.statistic), "pvalue": float(r.pvalue)}  # noqa: E731
        elif name == "psi":
            ref, cur = arr("psi/ref"), arr("psi/cur")
            run = lambda: psi_quantile(ref, cur)  # noqa: E731
            summary = lambda r: {"statistic": r[0], "edges": r[1].tolist()}  # noqa: E731
        elif name == "wasserstein":
            u, v = arr("wasserstein/u"), arr("wasserstein/v")
            run = lambda: stats.wasserstein_distance(u, v)  # noqa: E731
            summary = lambda r: {"statistic": float(r)}  # noqa: E731
        elif name in ("drift-report", "drift-report-ks"):
            # What driftReport computes per numeric column: the test's statistic (normed
            # Wasserstein by default at this size, or KS) and the column's decile PSI.
            if not report_cols:
                report_cols.extend((arr(f"drift-report/ref{c}"), arr(f"drift-report/cur{c}")) for c in range(args.columns))
            cols = report_cols
            if name == "drift-report":
                test = lambda r, c: stats.wasserstein_distance(r, c) / max(np.std(r), 0.001)  # noqa: E731
            else:
                test = lambda r, c: stats.ks_2samp(r, c).statistic  # noqa: E731
            run = lambda: [(float(test(r, c)), psi_quantile(r, c)[0]) for r, c in cols]  # noqa: E731
            summary = lambda r: {"columns": len(r), "statistics": [t for t, _ in r]}  # noqa: E731
        else:
            raise SystemExit(f"unknown case {name}")
        result = run()  # warm-up
        best = float("inf")
        for _ in range(min(args.repeat, 3) if name.startswith("drift-report") else args.repeat):
            t0 = time.perf_counter()
            result = run()
            best = min(best, time.perf_counter() - t0)
        cases[name] = {"ms": best * 1000, "result": summary(result)}
    print(
        json.dumps(
            {
                "scipy": scipy.__version__,
                "numpy": np.__version__,
                "python": platform.python_version(),
                "maxRssBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
                "cases": cases,
            }
        )
    )


if __name__ == "__main__":
    main()
