#!/usr/bin/env python3
"""NumPy side of scripts/bench-synth.js: a clickstream table with numpy.random.default_rng.

Two ways a NumPy user would write the table mlsys-lab's `clickstream` scenario makes:

  flat         one row per event, every column drawn independently (the issue's
               definition): int user ids, exponential inter-event gaps summed into
               ms timestamps, categorical event type and device, Zipf item ids
               (bounded: choice() with normalised 1/k^s probabilities), lognormal
               dwell, and a bool -- 7 columns.
  sessionized  the same shape as mlsys-lab's: geometric session lengths (capped),
               one user / device / start time per session repeated over its rows,
               session ids, timestamps = session start + cumulative dwell of the
               session's earlier events, per-event type and Zipf item -- 7 columns.

Modes:
  --serve            read case names on stdin, answer one JSON line each with the wall
                     and CPU seconds of one run (used by bench-synth.js)
  --npy ROWS DIR     generate the flat table and np.save() each column to DIR; print
                     seconds, bytes and peak RSS as one JSON line
  --no-hugepage      turn off NumPy's madvise(MADV_HUGEPAGE) of large arrays (on by
                     default in NumPy >= 1.22 on Linux), so arrays get 4 KiB pages as
                     Node's typed arrays do
"""
import argparse
import json
import os
import resource
import sys
import time

import numpy as np

USERS = 1_000_000
ITEMS, ZIPF_S = 200_000, 1.2
EVENT_P = [0.70, 0.20, 0.07, 0.03]
DEVICE_P = [0.55, 0.40, 0.05]
MEAN_EVENTS, MAX_EVENTS = 10, 200
MEAN_DWELL_S, DWELL_SD_LOG = 48.0, 1.0
WINDOW_S = 86_400.0
START_MS = 1_704_067_200_000.0  # 2024-01-01T00:00:00Z


def zipf_p(n, s):
    p = np.arange(1, n + 1, dtype=np.float64) ** -s
    return p / p.sum()


def mean_log():
    return np.log(MEAN_DWELL_S) - DWELL_SD_LOG ** 2 / 2


def flat(rng, n):
    gap_s = rng.exponential(WINDOW_S / n, n)
    return {
        "user_id": rng.integers(0, USERS, n),
        "ts": np.round(START_MS + 1000.0 * np.cumsum(gap_s)),
        "event_type": rng.choice(len(EVENT_P), n, p=EVENT_P),
        "item_id": rng.choice(ITEMS, n, p=zipf_p(ITEMS, ZIPF_S)),
        "device": rng.choice(len(DEVICE_P), n, p=DEVICE_P),
        "dwell_s": rng.lognormal(mean_log(), DWELL_SD_LOG, n),
        "is_mobile": rng.random(n) < DEVICE_P[0],
    }


def sessionized(rng, n):
    # Enough geometric lengths to cover n rows; the last session is cut at n.
    m = int(n / MEAN_EVENTS * 1.1) + 64
    lengths = np.minimum(rng.geometric(1 / MEAN_EVENTS, m), MAX_EVENTS)
    ends = np.cumsum(lengths)
    k = int(np.searchsorted(ends, n)) + 1
    lengths = lengths[:k]
    lengths[-1] -= ends[k - 1] - n
    starts = ends[:k] - lengths[:k] if k > 0 else ends[:0]
    starts[-1] = n - lengths[-1]
    # Session starts: sorted uniform times over the window (flat rate).
    t0 = np.sort(rng.random(k)) * WINDOW_S
    dwell = rng.lognormal(mean_log(), DWELL_SD_LOG, n)
    # Exclusive cumulative dwell within each session.
    cum = np.cumsum(dwell)
    before = cum - dwell
    offset = np.repeat(before[starts], lengths)
    ts = np.round(START_MS + 1000.0 * (np.repeat(t0, lengths) + before - offset))
    return {
        "user_id": np.repeat(rng.integers(0, USERS, k), lengths),
        "session_id": np.repeat(starts, lengths),
        "ts": ts,
        "event_type": rng.choice(len(EVENT_P), n, p=EVENT_P),
        "item_id": rng.choice(ITEMS, n, p=zipf_p(ITEMS, ZIPF_S)),
        "device": np.repeat(rng.choice(len(DEVICE_P), k, p=DEVICE_P), lengths),
        "dwell_s": dwell,
    }


CASES = {"flat": flat, "sessionized": sessionized}


def timed(rng, name, n):
    c0 = time.process_time()
    t0 = time.perf_counter()
    out = CASES[name](rng, n)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    assert len(out["ts"]) == n
    del out
    return seconds, cpu


def write_npy(rows, directory):
    rng = np.random.default_rng(2024)
    os.makedirs(directory, exist_ok=True)
    t0 = time.perf_counter()
    table = flat(rng, rows)
    total = 0
    for name, values in table.items():
        path = os.path.join(directory, name + ".npy")
        np.save(path, values)
        total += os.path.getsize(path)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"seconds": seconds, "bytes": total, "maxRssBytes": peak, "files": len(table)}), flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000_000)
    ap.add_argument("--serve", action="store_true")
    ap.add_argument("--npy", nargs=2, metavar=("ROWS", "DIR"))
    ap.add_argument("--no-hugepage", action="store_true")
    args = ap.parse_args()
    if args.no_hugepage:
        np.core.multiarray._set_madvise_hugepage(False)
    if args.npy:
        write_npy(int(args.npy[0]), args.npy[1])
        return
    rng = np.random.default_rng(2024)
    info = {
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "bitGenerator": type(rng.bit_generator).__name__,
        "hugepage": not args.no_hugepage,
        "n": args.n,
    }
    if args.serve:
        print(json.dumps(info), flush=True)
        for line in sys.stdin:
            name = line.strip()
            if name in CASES:
                seconds, cpu = timed(rng, name, args.n)
                print(json.dumps({"case": name, "seconds": seconds, "cpuSeconds": cpu}), flush=True)
            else:
                print(json.dumps({"case": name, "seconds": None}), flush=True)
        return
    for name in CASES:
        seconds, cpu = min(timed(rng, name, args.n) for _ in range(3))
        print(f"numpy {name}: {seconds:.3f} s (cpu {cpu:.3f} s)")


if __name__ == "__main__":
    main()
