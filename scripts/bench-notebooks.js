#!/usr/bin/env node
// Notebook latency, side by side with what a user would otherwise pick (a Python
// notebook on ipykernel), in one run on one machine:
//   - headless execution wall time of every notebooks/*.ipynb (nbclient, fresh kernel),
//     next to a one-cell Python notebook;
//   - in a fresh kernel: time to ready, to the first output of a trivial cell, and the
//     latency of a cell importing the library (mlsys-lab) or numpy (Python).
// Prints a markdown table and writes bench-results/notebooks.json.
//
//   node scripts/bench-notebooks.js [--repeat 3] [--only NAME]
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { REPO, NOTEBOOKS_DIR, executeNotebook, findKernel, listNotebooks, requireBuiltLibrary, requireJupyter, requireKernel } = require("./lib/notebooks");

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const REPEAT = Math.max(1, Number(opt("--repeat", "3")));
const ONLY = opt("--only", null);

const median = (xs) => {
  const v = xs.filter((x) => typeof x === "number").sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const fmt = (s) => (s === null || s === undefined ? "n/a" : s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);

function probe(jupyter, kernel, cells) {
  const argv = [path.join(REPO, "scripts", "bench_kernel.py"), "--kernel", kernel, "--cwd", NOTEBOOKS_DIR];
  for (const c of cells) argv.push("--cell", c);
  const run = spawnSync(jupyter.python, argv, { encoding: "utf8", timeout: 300_000 });
  if (run.status !== 0) throw new Error(`bench_kernel.py failed for ${kernel}:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop());
}

function hasModule(jupyter, mod) {
  return spawnSync(jupyter.python, ["-c", `import ${mod}`]).status === 0;
}

async function main() {
  requireBuiltLibrary();
  const jupyter = requireJupyter();
  requireKernel(jupyter);
  const pythonKernel = hasModule(jupyter, "ipykernel") ? findKernelNamed(jupyter, "python3") : null;
  if (!pythonKernel) {
    console.warn("warning: no python3 kernel (ipykernel) for this Jupyter; the Python comparison is skipped.\n" +
      "  Debian/Ubuntu: apt-get install python3-ipykernel    elsewhere: pip install ipykernel");
  }
  const numpy = pythonKernel && hasModule(jupyter, "numpy");
  const names = ONLY ? [ONLY] : listNotebooks();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mlsys-lab-bench-"));

  // A one-cell Python notebook doing the same trivial work as the first TS cell.
  const pyNotebook = path.join(tmp, "python-trivial.ipynb");
  fs.writeFileSync(pyNotebook, JSON.stringify({
    cells: [{ cell_type: "code", id: "c0", metadata: {}, execution_count: null, outputs: [], source: ["1 + 1"] }],
    metadata: { kernelspec: { name: "python3", display_name: "Python 3", language: "python" } },
    nbformat: 4,
    nbformat_minor: 5,
  }));

  console.log(`Benchmarking ${names.length} notebook(s), ${REPEAT} run(s) each (median reported) …`);
  const notebookRows = [];
  for (const name of names) {
    const times = [];
    for (let i = 0; i < REPEAT; i++) {
      const t0 = process.hrtime.bigint();
      const r = await executeNotebook(jupyter, { input: path.join(NOTEBOOKS_DIR, `${name}.ipynb`), name });
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
      times.push({ wall, kernelStart: r.kernelStartSeconds, cells: r.cellSeconds.reduce((a, c) => a + c.seconds, 0) });
    }
    notebookRows.push({
      notebook: `${name}.ipynb`,
      kernel: "mlsys-lab",
      wallSeconds: median(times.map((t) => t.wall)),
      kernelStartSeconds: median(times.map((t) => t.kernelStart)),
      cellsSeconds: median(times.map((t) => t.cells)),
      runs: times,
    });
    console.log(`  ${name}: ${fmt(notebookRows.at(-1).wallSeconds)}`);
  }
  if (pythonKernel) {
    const times = [];
    for (let i = 0; i < REPEAT; i++) {
      const t0 = process.hrtime.bigint();
      const r = await executeNotebook(jupyter, { input: pyNotebook, name: "python-trivial", kernel: "python3" });
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (!r.ok) throw new Error(`python notebook failed: ${JSON.stringify(r.error)}`);
      times.push({ wall, kernelStart: r.kernelStartSeconds, cells: r.cellSeconds.reduce((a, c) => a + c.seconds, 0) });
    }
    notebookRows.push({
      notebook: "python-trivial.ipynb (1 cell: 1 + 1)",
      kernel: "python3",
      wallSeconds: median(times.map((t) => t.wall)),
      kernelStartSeconds: median(times.map((t) => t.kernelStart)),
      cellsSeconds: median(times.map((t) => t.cells)),
      runs: times,
    });
  }

  const kernels = [
    { kernel: "mlsys-lab", trivial: "1 + 1", library: 'import { q } from "mlsys-lab";\nq(312, "TFLOP/s").format()', libraryLabel: 'import { q } from "mlsys-lab"' },
  ];
  if (pythonKernel) {
    kernels.push({
      kernel: "python3",
      trivial: "1 + 1",
      library: numpy ? "import numpy as np\nnp.float64(312e12)" : "import math\nmath.sqrt(2)",
      libraryLabel: numpy ? "import numpy" : "import math (numpy not installed)",
    });
  }
  const latencyRows = [];
  for (const k of kernels) {
    const runs = [];
    for (let i = 0; i < REPEAT; i++) runs.push(probe(jupyter, k.kernel, [k.trivial, k.library]));
    for (const r of runs) {
      for (const c of r.cells) if (c.status !== "ok") throw new Error(`${k.kernel}: cell ${JSON.stringify(c.code)} → ${c.status} ${c.output}`);
    }
    latencyRows.push({
      kernel: k.kernel,
      libraryCell: k.libraryLabel,
      kernelReadySeconds: median(runs.map((r) => r.kernelReadySeconds)),
      startToFirstOutputSeconds: median(runs.map((r) => r.startToFirstOutputSeconds)),
      trivialCellSeconds: median(runs.map((r) => r.cells[0].firstOutputSeconds)),
      libraryCellSeconds: median(runs.map((r) => r.cells[1].idleSeconds)),
      outputs: runs[0].cells.map((c) => c.output),
      runs,
    });
    console.log(`  fresh ${k.kernel} kernel: first output after ${fmt(latencyRows.at(-1).startToFirstOutputSeconds)}`);
  }

  const lines = [];
  lines.push(`### Notebook execution (headless, nbclient, fresh kernel; median of ${REPEAT})`, "");
  lines.push("| notebook | kernel | wall time | kernel start | cells |", "|---|---|---:|---:|---:|");
  for (const r of notebookRows) lines.push(`| ${r.notebook} | ${r.kernel} | ${fmt(r.wallSeconds)} | ${fmt(r.kernelStartSeconds)} | ${fmt(r.cellsSeconds)} |`);
  lines.push("", `### Fresh kernel latency (jupyter_client; median of ${REPEAT})`, "");
  lines.push("| kernel | start → ready | start → first output | trivial cell `1 + 1` | library cell | library cell time |", "|---|---:|---:|---:|---|---:|");
  for (const r of latencyRows) {
    lines.push(`| ${r.kernel} | ${fmt(r.kernelReadySeconds)} | ${fmt(r.startToFirstOutputSeconds)} | ${fmt(r.trivialCellSeconds)} | ${r.libraryCell} | ${fmt(r.libraryCellSeconds)} |`);
  }
  const table = lines.join("\n");
  console.log("\n" + table + "\n");

  const tslabVersion = JSON.parse(fs.readFileSync(path.join(REPO, "node_modules", "tslab", "package.json"), "utf8")).version;
  const result = {
    generatedAt: new Date().toISOString(),
    machine: { platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 1e9) },
    versions: { node: process.version, tslab: tslabVersion, python: jupyter.version, ...jupyter.modules },
    repeat: REPEAT,
    notebooks: notebookRows,
    kernels: latencyRows,
    pythonComparison: pythonKernel ? "python3 kernel (ipykernel)" : "skipped: ipykernel not installed",
    markdown: table,
  };
  const outDir = path.join(REPO, "bench-results");
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, "notebooks.json"), JSON.stringify(result, null, 2) + "\n");
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`Wrote ${path.join(outDir, "notebooks.json")}`);
}

function findKernelNamed(jupyter, name) {
  const code = `from jupyter_client.kernelspec import KernelSpecManager as K\nprint(${JSON.stringify(name)} in K().find_kernel_specs())`;
  const run = spawnSync(jupyter.python, ["-c", code], { encoding: "utf8" });
  return run.stdout.trim() === "True" ? name : null;
}

main().catch((err) => {
  console.error(err.stack ?? String(err));
  process.exit(1);
});
