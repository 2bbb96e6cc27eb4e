#!/usr/bin/env node
// Random generation throughput, side by side with NumPy in one run on one machine:
// each distribution fills --n values (default 10M) into new typed arrays, and a
// clickstream table of --n rows x 6 columns (integer ids, exponential gaps, a
// categorical event, a bounded Zipf item, a lognormal dwell time, a boolean) is built
// by mlsys-lab (Philox4x32-10) and by numpy.random.default_rng (PCG64, via
// scripts/bench_random.py, kept running as a worker). The two sides alternate run by
// run and each keeps its best of --repeat (default 5), since other processes share the
// machine. Prints a markdown table and writes bench-results/random.json.
//
//   node scripts/bench-random.js [--n 10000000] [--repeat 5] [--only zipf,table]
//                                [--lib lib] [--python /usr/bin/python3] [--no-python]
// Needs the built library (npx tsc -p tsconfig.build.json) and, for the comparison,
// python3 with numpy (Debian: apt-get install python3-numpy).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawn } = require("node:child_process");
const readline = require("node:readline");
const { performance } = require("node:perf_hooks");

const REPO = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Math.max(1, Number(opt("--n", "10000000")));
const REPEAT = Math.max(1, Number(opt("--repeat", "5")));
const ONLY = opt("--only", null);
const LIB = path.resolve(REPO, opt("--lib", "lib"));
const PYTHON = opt("--python", "/usr/bin/python3");

const libEntry = path.join(LIB, "random", "index.js");
if (!fs.existsSync(libEntry)) {
  console.error(`${libEntry} not found: build the library first (npx tsc -p tsconfig.build.json).`);
  process.exit(1);
}
const R = require(libEntry);
const { largeTypedArray } = require(path.join(LIB, "util", "index.js"));
const SEED = 2024;
const EVENT_P = [0.6, 0.2, 0.1, 0.07, 0.03];
const ZIPF = { n: 100000, s: 1.1 };

// Integer ids in [0, 1e6): integers() where the library has it (older builds: ⌊uniform⌋).
function userIds(src, out) {
  if (R.integers) return R.integers(src, out, { low: 0, high: 1000000 });
  const u = R.uniform(src, new Float64Array(out.length), { low: 0, high: 1000000 });
  for (let i = 0; i < u.length; i++) out[i] = Math.floor(u[i]);
  return out;
}

// Each case allocates its output arrays with `make(n)` and fills them with `fill(outs)`.
const f64 = (n) => [new Float64Array(n)];
// Allocated as mlsys-lab allocates its own columns (largeTypedArray: huge pages on Linux when the addon is built).
const tableArrays = (n) => [Int32Array, Float64Array, Uint8Array, Int32Array, Float64Array, Uint8Array].map((Kind) => largeTypedArray(Kind, n));
function fillTable([userId, gap, event, item, dwell, mobile]) {
  const s = (name) => R.streamFor(SEED, name);
  userIds(s("user_id"), userId);
  R.exponential(s("gap_s"), gap, { rate: 0.5 });
  R.categorical(s("event"), event, { probabilities: EVENT_P });
  R.zipf(s("item"), item, ZIPF);
  R.lognormal(s("dwell_s"), dwell, { meanLog: 3, sdLog: 1 });
  R.bernoulli(s("is_mobile"), mobile, { p: 0.3 });
  return userId;
}

const CASES = {
  uniform: { what: "U[0,1) doubles", make: f64, fill: ([o]) => R.uniform(R.philox(SEED), o) },
  normal: { what: "N(1, 2²)", make: f64, fill: ([o]) => R.normal(R.philox(SEED), o, { mean: 1, sd: 2 }) },
  exponential: { what: "Exp(rate 0.5)", make: f64, fill: ([o]) => R.exponential(R.philox(SEED), o, { rate: 0.5 }) },
  lognormal: { what: "lognormal(3, 1)", make: f64, fill: ([o]) => R.lognormal(R.philox(SEED), o, { meanLog: 3, sdLog: 1 }) },
  integers: { what: "ints in [0, 1e6)", make: (n) => [new Int32Array(n)], fill: ([o]) => userIds(R.philox(SEED), o) },
  bernoulli: { what: "bool, p = 0.3", make: (n) => [new Uint8Array(n)], fill: ([o]) => R.bernoulli(R.philox(SEED), o, { p: 0.3 }) },
  categorical: { what: "5 categories", make: (n) => [new Uint8Array(n)], fill: ([o]) => R.categorical(R.philox(SEED), o, { probabilities: EVENT_P }) },
  zipf: { what: "bounded Zipf n=1e5, s=1.1 (NumPy: choice with p)", make: (n) => [new Int32Array(n)], fill: ([o]) => R.zipf(R.philox(SEED), o, ZIPF) },
  "zipf-unbounded": { what: "NumPy's unbounded zipf(1.1), for reference", make: null },
  table: { what: "clickstream, 6 columns (rows/s)", make: tableArrays, fill: fillTable },
  "table-cold": { what: "the same into newly allocated arrays (cold pages)", make: tableArrays, fill: fillTable, cold: true },
};

const names = ONLY ? ONLY.split(",") : Object.keys(CASES);

// Warm memory on both sides: NumPy's allocator hands back the pages it freed in the
// previous repetition, so the Node side reuses its arrays too (a fresh ArrayBuffer gets
// fresh zero pages, and first-touch page faults can cost more than the generation in
// a VM). "table-cold" times fresh arrays every run, allocation and page faults included;
// its arrays come from largeTypedArray, as the scenario generators' do.
// The two sides alternate run by run (mlsys-lab, NumPy, mlsys-lab, …) so that both see
// the same load from other processes; each keeps its best of --repeat.

/** A NumPy worker: scripts/bench_random.py --serve, one case per request line. */
function startPython() {
  if (args.includes("--no-python")) return null;
  const argv = [path.join(__dirname, "bench_random.py"), "--serve", "--n", String(N), "--cases", names.join(",")];
  const child = spawn(PYTHON, argv, { stdio: ["pipe", "pipe", "inherit"] });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error("bench_random.py exited");
    return JSON.parse(value);
  };
  child.on("error", () => {});
  return {
    hello: next(),
    run: async (name) => {
      child.stdin.write(name + "\n");
      return (await next()).seconds;
    },
    close: () => child.stdin.end(),
  };
}

async function bench(py) {
  let info = null;
  if (py) {
    try {
      info = await py.hello;
    } catch (e) {
      console.warn(`warning: ${PYTHON} scripts/bench_random.py did not start (${e.message}); NumPy column skipped.`);
      py = null;
    }
  }
  const ours = {};
  const theirs = { ...(info ? info.cases : {}) };
  for (const name of names) {
    const c = CASES[name];
    if (!c) continue;
    const runPy = py && name !== "table-cold";
    if (c.make) {
      c.fill(c.make(Math.min(N, 100000))); // warm up the JIT (and the Zipf table cache)
    }
    let outs = c.make ? c.make(N) : null;
    if (c.make) c.fill(outs);
    let best = Infinity;
    let bestPy = Infinity;
    for (let r = 0; r < REPEAT; r++) {
      if (c.make) {
        const t0 = performance.now();
        if (c.cold) outs = c.make(N);
        c.fill(outs);
        best = Math.min(best, (performance.now() - t0) / 1000);
      }
      if (runPy) bestPy = Math.min(bestPy, await py.run(name));
    }
    if (c.make) ours[name] = best;
    if (runPy) theirs[name] = bestPy;
    console.error(`${name}: mlsys-lab ${fmtTime(ours[name])}, NumPy ${fmtTime(theirs[name])}`);
  }
  if (py) py.close();
  return { ours, theirs, info };
}

const fmtRate = (s) => (s == null ? "n/a" : `${(N / s / 1e6).toFixed(1)} M/s`);
const fmtTime = (s) => (s == null ? "n/a" : s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);

async function main() {
  const { ours, theirs, info: py } = await bench(startPython());
  const rows = [];
  console.log(`\nRandom generation, n = ${N.toLocaleString("en-US")} per case, best of ${REPEAT} ` +
    `(mlsys-lab ${R.philoxBackend()} Philox4x32-10, Node ${process.version}` +
    (py ? `; NumPy ${py.numpy} ${py.bitGenerator}, Python ${py.python})` : ")") + "\n");
  console.log("| case | what | mlsys-lab | NumPy | mlsys-lab rate | NumPy rate | speed-up |");
  console.log("|---|---|---:|---:|---:|---:|---:|");
  for (const name of names) {
    const c = CASES[name];
    if (!c) continue;
    const a = ours[name] ?? null;
    const b = theirs[name] ?? null;
    const ratio = a && b ? b / a : null;
    rows.push({ case: name, what: c.what, mlsysLabSeconds: a, numpySeconds: b, speedup: ratio });
    console.log(`| ${name} | ${c.what} | ${fmtTime(a)} | ${fmtTime(b)} | ${fmtRate(a)} | ${fmtRate(b)} | ${ratio ? ratio.toFixed(2) + "×" : "n/a"} |`);
  }
  const outDir = path.join(REPO, "bench-results");
  fs.mkdirSync(outDir, { recursive: true });
  const record = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg: os.loadavg() },
    node: process.version,
    backend: R.philoxBackend(),
    numpy: py ? { version: py.numpy, bitGenerator: py.bitGenerator, python: py.python } : null,
    n: N,
    repeat: REPEAT,
    method: "best of --repeat per side; the two sides alternate run by run; warm memory except table-cold",
    rows,
  };
  fs.writeFileSync(path.join(outDir, "random.json"), JSON.stringify(record, null, 2) + "\n");
  console.log(`\nwrote ${path.relative(REPO, path.join(outDir, "random.json"))}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
