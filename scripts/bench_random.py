#!/usr/bin/env python3
"""NumPy side of scripts/bench-random.js: the same draws with numpy.random.default_rng.

Each case generates --n values (the table: --n rows x 6 columns) into new arrays,
repeated --repeat times; the best wall time of each case is printed as one JSON line:
  {"numpy": "1.24.2", "bitGenerator": "PCG64", "n": ..., "cases": {name: seconds}}
`node scripts/bench-random.js` runs it with --serve instead and asks for one run at a
time, alternating with the mlsys-lab side, so that both see the same machine load.
"""
import argparse
import json
import sys
import time

import numpy as np

ZIPF_N, ZIPF_S = 100_000, 1.1
EVENT_P = [0.6, 0.2, 0.1, 0.07, 0.03]


def zipf_p(n, s):
    p = np.arange(1, n + 1, dtype=np.float64) ** -s
    return p / p.sum()


def table(rng, n):
    # Clickstream: 6 columns, what a NumPy user would write for each.
    return {
        "user_id": rng.integers(0, 1_000_000, n),
        "gap_s": rng.exponential(2.0, n),
        "event": rng.choice(len(EVENT_P), n, p=EVENT_P),
        # Bounded Zipf on {1..n}: NumPy's own zipf() is unbounded, so a user samples
        # the normalised 1/k^s probabilities with choice() (cumsum + binary search).
        "item": rng.choice(ZIPF_N, n, p=zipf_p(ZIPF_N, ZIPF_S)) + 1,
        "dwell_s": rng.lognormal(3.0, 1.0, n),
        "is_mobile": rng.random(n) < 0.3,
    }


CASES = {
    "uniform": lambda rng, n: rng.random(n),
    "normal": lambda rng, n: rng.normal(1.0, 2.0, n),
    "exponential": lambda rng, n: rng.exponential(2.0, n),
    "lognormal": lambda rng, n: rng.lognormal(3.0, 1.0, n),
    "integers": lambda rng, n: rng.integers(0, 1_000_000, n),
    "bernoulli": lambda rng, n: rng.random(n) < 0.3,
    "categorical": lambda rng, n: rng.choice(len(EVENT_P), n, p=EVENT_P),
    "zipf": lambda rng, n: rng.choice(ZIPF_N, n, p=zipf_p(ZIPF_N, ZIPF_S)) + 1,
    "zipf-unbounded": lambda rng, n: rng.zipf(ZIPF_S, n),
    "table": table,
}


def timed(rng, name, n):
    t0 = time.perf_counter()
    out = CASES[name](rng, n)
    seconds = time.perf_counter() - t0
    del out
    return seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--cases", default=",".join(CASES) + ",table-cold")
    ap.add_argument("--serve", action="store_true",
                    help="read case names on stdin, answer one JSON line each (used by bench-random.js)")
    args = ap.parse_args()
    rng = np.random.default_rng(2024)
    names = args.cases.split(",")
    info = {
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "bitGenerator": type(rng.bit_generator).__name__,
        "n": args.n,
    }
    best = {}
    if "table-cold" in names:
        # First table of the process: fresh pages, as for a one-off generation. Later
        # repetitions get pages back from the allocator (that is "table").
        best["table-cold"] = timed(rng, "table", args.n)
    if args.serve:
        print(json.dumps({**info, "cases": best}), flush=True)
        for line in sys.stdin:
            name = line.strip()
            seconds = timed(rng, name, args.n) if name in CASES else None
            print(json.dumps({"case": name, "seconds": seconds}), flush=True)
        return
    for name in names:
        if name not in CASES:
            continue
        best[name] = min(timed(rng, name, args.n) for _ in range(args.repeat))
        print(f"numpy {name}: {best[name]:.3f} s", file=sys.stderr)
    print(json.dumps({**info, "repeat": args.repeat, "cases": best}))


if __name__ == "__main__":
    main()
