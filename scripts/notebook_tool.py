"""Executes mlsys-lab notebooks headless in real Jupyter and renders them to HTML.

Called by scripts/build-site.js, scripts/make-notebook.js and the notebook tests with a
Python that has nbclient + nbconvert (on Debian: /usr/bin/python3). Prints one JSON
line on stdout describing the result; progress and kernel noise go to stderr.

    python3 scripts/notebook_tool.py execute NOTEBOOK --name NAME [--output-ipynb P]
        [--output-html P] [--title T] [--kernel mlsys-lab] [--timeout 900]

Written notebooks are normalised so that re-running an unchanged notebook gives the
same bytes: no timing metadata, cell ids "<name>-<index>", consecutive stream outputs
of one kind merged into one (the kernel may split a print across messages).

tslab quirk: after a cell fails, tslab answers "abort" to every request arriving in the
next 200 ms (its execQueue.reset(200)). A cell tagged "raises-exception" may fail on
purpose; we wait 250 ms after it so the next cell still runs.
"""
import argparse
import asyncio
import json
import os
import re
import sys
import time

import nbformat

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
TSLAB_ABORT_WINDOW_S = 0.25


def cell_id(name, index):
    slug = re.sub(r"[^A-Za-z0-9_-]", "-", name)[:56] or "cell"
    return f"{slug}-{index}"


def coalesce_streams(outputs):
    merged = []
    for out in outputs:
        if (
            out.get("output_type") == "stream"
            and merged
            and merged[-1].get("output_type") == "stream"
            and merged[-1].get("name") == out.get("name")
        ):
            merged[-1]["text"] = merged[-1]["text"] + out["text"]
        else:
            merged.append(out)
    return merged


def normalise(nb, name):
    """Deterministic ids and outputs; drop volatile metadata."""
    nb.nbformat = 4
    nb.nbformat_minor = max(int(nb.get("nbformat_minor", 5)), 5)
    for index, cell in enumerate(nb.cells):
        cell["id"] = cell_id(name, index)
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        if cell.cell_type == "code":
            cell.outputs = coalesce_streams(cell.get("outputs", []))
            for out in cell.outputs:
                out.pop("transient", None)
    nb.metadata.pop("widgets", None)
    return nb


def first_heading(nb, fallback):
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            m = re.match(r"^#{1,6}\s+(.*\S)\s*$", line)
            if m:
                return re.sub(r"[*_`]", "", m.group(1))
    return fallback


def error_record(index, cell, ename, evalue, traceback):
    source = cell.source if isinstance(cell.source, str) else "".join(cell.source)
    return {
        "cellIndex": index,
        "cellSource": source[:400],
        "ename": ename,
        "evalue": ANSI.sub("", str(evalue)),
        "traceback": ANSI.sub("", traceback if isinstance(traceback, str) else "\n".join(traceback))[-4000:],
    }


def stderr_of(cell):
    return "".join(
        o["text"] if isinstance(o["text"], str) else "".join(o["text"])
        for o in cell.get("outputs", [])
        if o.get("output_type") == "stream" and o.get("name") == "stderr"
    )


ERROR_LINE = re.compile(r"^\s*([A-Za-z_$][\w$]*(?:Error|Exception))(?::\s*(.*))?$")


def describe_kernel_error(cell, reply_content):
    """tslab reports a failed cell as status "error" with no ename/evalue and prints
    the error (runtime exception or TypeScript diagnostics) on stderr; recover both."""
    ename = reply_content.get("ename") or ""
    evalue = reply_content.get("evalue") or ""
    text = ANSI.sub("", stderr_of(cell))
    if not ename:
        for line in text.splitlines():
            m = ERROR_LINE.match(line)
            if m:
                ename, evalue = m.group(1), m.group(2) or ""
                break
    if not ename:
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        ename = "CompileError" if any(re.match(r"^\d+:\d+ - ", l) for l in lines) else "KernelError"
        evalue = " | ".join(lines[:3]) if lines else "the kernel reported an error without a message"
    traceback = reply_content.get("traceback") or text
    return ename, evalue, traceback


async def execute(nb, kernel, timeout, cwd):
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    replies = {}

    def on_cell_executed(cell, cell_index, execute_reply):
        replies[cell_index] = execute_reply["content"] if execute_reply else {}

    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel,
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": cwd}},
        on_cell_executed=on_cell_executed,
    )
    client.reset_execution_trackers()
    failure = None
    cell_seconds = []
    t_start = time.monotonic()
    async with client.async_setup_kernel():
        started = time.monotonic()
        reply = await client.async_wait_for_reply(await _ensure(client.kc.kernel_info()))
        if reply is not None and "language_info" in reply["content"]:
            nb.metadata["language_info"] = reply["content"]["language_info"]
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            t0 = time.monotonic()
            try:
                await client.async_execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
                status = replies.get(index, {}).get("status")
                if status == "abort":
                    failure = error_record(
                        index, cell, "AbortedCell",
                        "the kernel aborted this cell (tslab aborts requests for 200 ms after a failed cell)", "")
                elif status == "error":
                    # allowed by a "raises-exception" tag: let tslab's abort window pass
                    await asyncio.sleep(TSLAB_ABORT_WINDOW_S)
            except CellExecutionError:
                ename, evalue, traceback = describe_kernel_error(cell, replies.get(index, {}))
                failure = error_record(index, cell, ename, evalue, traceback)
            except CellTimeoutError as exc:
                failure = error_record(index, cell, "CellTimeoutError", f"cell did not finish within {timeout} s", str(exc))
            except DeadKernelError as exc:
                failure = error_record(index, cell, "DeadKernelError", "the kernel died", str(exc))
            cell_seconds.append({"cellIndex": index, "seconds": round(time.monotonic() - t0, 4)})
            if failure:
                break
    return {
        "failure": failure,
        "kernelStartSeconds": round(started - t_start, 4),
        "cellSeconds": cell_seconds,
    }


async def _ensure(value):
    if asyncio.iscoroutine(value) or isinstance(value, asyncio.Future):
        return await value
    return value


def to_html(nb, title, output_html):
    from nbconvert import HTMLExporter

    here = os.path.dirname(os.path.abspath(__file__))
    exporter = HTMLExporter(
        template_name="mlsys-lab",
        extra_template_basedirs=[os.path.join(here, "site-template")],
    )
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    with open(output_html, "w", encoding="utf-8") as f:
        f.write(body)


def cmd_execute(args):
    t0 = time.monotonic()
    nb = nbformat.read(args.notebook, as_version=4)
    name = args.name or os.path.splitext(os.path.basename(args.notebook))[0]
    cwd = os.path.abspath(args.cwd or os.path.dirname(os.path.abspath(args.notebook)))
    result = asyncio.run(execute(nb, args.kernel, args.timeout, cwd))
    normalise(nb, name)
    title = args.title or first_heading(nb, name)
    out = {
        "name": name,
        "title": title,
        "ok": result["failure"] is None,
        "error": result["failure"],
        "executeSeconds": round(time.monotonic() - t0, 4),
        "kernelStartSeconds": result["kernelStartSeconds"],
        "cellSeconds": result["cellSeconds"],
    }
    if result["failure"] is None or args.write_on_error:
        if args.output_ipynb:
            tmp = args.output_ipynb + ".tmp"
            nbformat.write(nb, tmp)
            os.replace(tmp, args.output_ipynb)
        if args.output_html:
            to_html(nb, title, args.output_html)
    out["totalSeconds"] = round(time.monotonic() - t0, 4)
    print(json.dumps(out), flush=True)
    return 0 if out["ok"] else 2


def cmd_normalise(args):
    nb = nbformat.read(args.notebook, as_version=4)
    name = args.name or os.path.splitext(os.path.basename(args.notebook))[0]
    normalise(nb, name)
    nbformat.write(nb, args.output or args.notebook)
    print(json.dumps({"name": name, "ok": True}))
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("execute", help="execute a notebook, optionally write it and its HTML")
    ex.add_argument("notebook")
    ex.add_argument("--name")
    ex.add_argument("--title")
    ex.add_argument("--kernel", default="mlsys-lab")
    ex.add_argument("--timeout", type=int, default=900, help="seconds per cell")
    ex.add_argument("--cwd", help="kernel working directory (default: the notebook's folder)")
    ex.add_argument("--output-ipynb")
    ex.add_argument("--output-html")
    ex.add_argument("--write-on-error", action="store_true")
    ex.set_defaults(func=cmd_execute)
    no = sub.add_parser("normalise", help="rewrite a notebook with deterministic ids and no timing metadata")
    no.add_argument("notebook")
    no.add_argument("--name")
    no.add_argument("--output")
    no.set_defaults(func=cmd_normalise)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
