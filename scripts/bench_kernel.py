"""Kernel latency probe for scripts/bench-notebooks.js.

Starts a fresh kernel with jupyter_client, runs the given cells one by one and reports,
per cell, the time from sending the request to its first output and to the kernel going
idle, plus the kernel start time. Prints one JSON line.

    python3 bench_kernel.py --kernel mlsys-lab --cwd notebooks --cell '1 + 1' --cell '...'
"""
import argparse
import json
import sys
import time

OUTPUT_TYPES = {"stream", "execute_result", "display_data", "error"}


def run_cell(kc, code, timeout):
    sent = time.perf_counter()
    msg_id = kc.execute(code, store_history=True)
    first = None
    text = ""
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if kind in OUTPUT_TYPES and first is None:
            first = time.perf_counter()
        if kind == "stream":
            text += msg["content"]["text"]
        elif kind in ("execute_result", "display_data"):
            text += msg["content"]["data"].get("text/plain", "")
        elif kind == "error":
            text += f"{msg['content']['ename']}: {msg['content']['evalue']}"
        if kind == "status" and msg["content"]["execution_state"] == "idle":
            break
    idle = time.perf_counter()
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id and reply["msg_type"] == "execute_reply":
            break
    return {
        "code": code,
        "status": reply["content"]["status"],
        "output": text.strip()[:200],
        "firstOutputSeconds": None if first is None else round(first - sent, 4),
        "idleSeconds": round(idle - sent, 4),
        "_first": first,
    }


def main(argv):
    from jupyter_client.manager import KernelManager

    p = argparse.ArgumentParser()
    p.add_argument("--kernel", required=True)
    p.add_argument("--cwd", default=".")
    p.add_argument("--cell", action="append", default=[])
    p.add_argument("--timeout", type=float, default=120)
    args = p.parse_args(argv)

    t0 = time.perf_counter()
    km = KernelManager(kernel_name=args.kernel)
    km.start_kernel(cwd=args.cwd)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=args.timeout)
        ready = time.perf_counter()
        cells = [run_cell(kc, code, args.timeout) for code in args.cell]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    first = cells[0]["_first"] if cells and cells[0]["_first"] else None
    for c in cells:
        c.pop("_first")
    print(json.dumps({
        "kernel": args.kernel,
        "kernelReadySeconds": round(ready - t0, 4),
        "startToFirstOutputSeconds": None if first is None else round(first - t0, 4),
        "cells": cells,
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
