#!/usr/bin/env node
// Synthetic-data throughput: mlsys-lab's clickstream scenario against NumPy, in one run
// on one machine.
//
// (1) In memory: generateColumns(SCENARIOS.clickstream, { rows: --rows }) (7 typed-array
//     columns) beside scripts/bench_synth.py, which builds the same kind of table with
//     numpy.random.default_rng two ways ("flat": the columns drawn independently, as the
//     issue defines it; "sessionized": mlsys-lab's session structure with np.repeat and a
//     segmented cumsum). Every side is a worker process answering one run per request;
//     the sides alternate run by run, each keeps its best of --repeat (and the median).
//     "cold" is each worker's first run (fresh process, first arrays); later runs are
//     warm (JIT compiled, tables cached) but every run still returns new arrays, as the
//     API does. On Linux, mlsys-lab advises its large output arrays to use transparent
//     huge pages (src/native/huge-pages.c, as NumPy does for its arrays; see
//     hugePageStatus()), because this VM faults 4 KiB pages in slowly. Two labelled
//     variants show what the page size is worth: mlsys-lab with MLSYS_LAB_HUGE_PAGES=off
//     (plain 4 KiB pages) and NumPy with its madvise turned off.
//     The cost of the page faults alone (allocating and touching the output arrays) is
//     measured in both Node workers too. One more Node row times generateColumnsParallel
//     with --workers worker threads (default 2; same bytes as generateColumns); it starts
//     fresh threads on every call, so each of its runs includes thread start-up and a
//     cold JIT in the threads.
// (2) Parquet: writeDataset(..., { format: "parquet" }) of --rows rows in a child process
//     (wall time, bytes, peak RSS from process.resourceUsage().maxRSS), once as one file and
//     once as --workers partitions written on as many worker threads, beside NumPy
//     writing the flat table as .npy files (pyarrow is not installed for /usr/bin/python3;
//     if it were, this is where NumPy -> pyarrow -> Parquet would go).
// (3) --rows-100m: the 100M-row Parquet writes (both ways) in child processes, reporting peak RSS
//     (the bound: under 1 GiB). Not run by default (~2 min).
//
//   node scripts/bench-synth.js [--rows 10000000] [--repeat 5] [--rows-100m]
//        [--skip-memory] [--skip-parquet] [--no-python] [--no-variants] [--workers 2]
//        [--lib lib] [--python /usr/bin/python3] [--tmp DIR]
// Prints a markdown table and writes bench-results/synth.json (a 100M result from an
// earlier run is kept when this run does not measure it). Needs the built library
// (npx tsc -p tsconfig.build.json) and, for the comparison, python3 with numpy.
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
const flag = (name) => args.includes(name);
const ROWS = Math.max(1, Number(opt("--rows", "10000000")));
const REPEAT = Math.max(1, Number(opt("--repeat", "5")));
const LIB = path.resolve(REPO, opt("--lib", "lib"));
const PYTHON = opt("--python", "/usr/bin/python3");
const TMP = opt("--tmp", os.tmpdir());
const SEED = 2024;
const WORKERS = Math.max(1, Number(opt("--workers", "2")));

function loadSynth() {
  const entry = path.join(LIB, "synth", "index.js");
  if (!fs.existsSync(entry)) {
    console.error(`${entry} not found: build the library first (npx tsc -p tsconfig.build.json).`);
    process.exit(1);
  }
  return require(entry);
}

const cpuSeconds = (c) => (c.user + c.system) / 1e6;

// ---------------------------------------------------------------------------------
// Child modes.

/** Worker: one generateColumns run per "gen" line; "faults" times allocating + touching the output arrays. */
async function serveNode() {
  const S = loadSynth();
  const scenario = S.SCENARIOS.clickstream;
  const lines = readline.createInterface({ input: process.stdin });
  const R = require(path.join(LIB, "random", "index.js"));
  const U = require(path.join(LIB, "util", "index.js"));
  process.stdout.write(JSON.stringify({ node: process.version, backend: R.philoxBackend(), simd: R.philoxUsesSimd ? R.philoxUsesSimd() : null, hugePages: U.hugePageStatus() }) + "\n");
  let warmed = false;
  for await (const line of lines) {
    const cmd = line.trim();
    if (cmd === "gen" || cmd === "gen-parallel") {
      // The first request is the cold run: no warm-up before it. cpuSeconds counts the worker threads too.
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const g = cmd === "gen" ? S.generateColumns(scenario, { rows: ROWS, seed: SEED }) : await S.generateColumnsParallel(scenario, { rows: ROWS, seed: SEED, workers: WORKERS });
      const seconds = (performance.now() - t0) / 1000;
      const cpu = cpuSeconds(process.cpuUsage(c0));
      let bytes = 0;
      for (const c of Object.values(g.columns)) bytes += c.values.byteLength;
      process.stdout.write(JSON.stringify({ seconds, cpuSeconds: cpu, rows: g.rowCount, columns: Object.keys(g.columns).length, bytes, cold: !warmed }) + "\n");
      warmed = true;
    } else if (cmd === "faults") {
      // The seven output columns (5 Int32Array + 2 Float64Array, as the scenario returns, allocated
      // the way it allocates them), each page touched once.
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const kinds = [Int32Array, Int32Array, Float64Array, Int32Array, Int32Array, Int32Array, Float64Array];
      let bytes = 0;
      for (const K of kinds) {
        const a = U.largeTypedArray(K, ROWS);
        for (let i = 0; i < a.length; i += 512) a[i] = 1;
        bytes += a.byteLength;
      }
      const seconds = (performance.now() - t0) / 1000;
      process.stdout.write(JSON.stringify({ seconds, cpuSeconds: cpuSeconds(process.cpuUsage(c0)), bytes }) + "\n");
    } else {
      process.stdout.write(JSON.stringify({ error: `unknown request ${cmd}` }) + "\n");
    }
  }
}

/** Child: writeDataset to Parquet (one file, or `workers` partitions on as many threads), print time, bytes and peak RSS. */
async function childParquet(rows, dir, workers) {
  const S = loadSynth();
  const t0 = performance.now();
  const split = workers > 1 ? { partitions: workers, workers } : {};
  const out = await S.writeDataset(S.SCENARIOS.clickstream, { rows, seed: SEED, format: "parquet", outDir: dir, ...split });
  const seconds = (performance.now() - t0) / 1000;
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ seconds, bytes: out.bytes, rows: out.rows, maxRssBytes, file: out.files[0].path }) + "\n");
}

// ---------------------------------------------------------------------------------
// Parent.

/** A line-protocol worker process: send a request line, get one JSON line back. */
function startWorker(label, command, argv, env) {
  const child = spawn(command, argv, { stdio: ["pipe", "pipe", "inherit"], env: { ...process.env, ...env } });
  const it = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await it.next();
    if (done) throw new Error(`${label} exited`);
    return JSON.parse(value);
  };
  child.on("error", () => {});
  return {
    label,
    hello: next(),
    ask: async (request) => {
      child.stdin.write(request + "\n");
      return next();
    },
    close: () => child.stdin.end(),
  };
}

/** Runs a child to completion and parses its last stdout line as JSON. */
function runChild(command, argv, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...env } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${command} ${argv.join(" ")} exited with ${code}`));
      const last = out.trim().split("\n").pop();
      resolve(JSON.parse(last));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const fmtTime = (s) => (s == null ? "n/a" : s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const fmtRate = (s, n) => (s == null ? "n/a" : `${(n / s / 1e6).toFixed(1)} M rows/s`);
const fmtBytes = (b) => (b == null ? "n/a" : b >= 2 ** 30 ? `${(b / 2 ** 30).toFixed(2)} GiB` : `${(b / 2 ** 20).toFixed(0)} MiB`);

async function memoryBench() {
  const self = path.join(__dirname, "bench-synth.js");
  const common = ["--rows", String(ROWS), "--lib", LIB];
  const sides = [];
  sides.push({ key: "mlsys-lab", what: "mlsys-lab generateColumns (as installed)", worker: startWorker("node", process.execPath, [self, "--serve-node", ...common], {}), request: "gen", faults: true });
  sides.push({ key: "mlsys-lab-parallel", what: `mlsys-lab generateColumnsParallel, ${WORKERS} worker threads`, worker: startWorker("node-parallel", process.execPath, [self, "--serve-node", ...common, "--workers", String(WORKERS)], {}), request: "gen-parallel" });
  if (!flag("--no-variants")) {
    sides.push({ key: "mlsys-lab-4k", what: "mlsys-lab, MLSYS_LAB_HUGE_PAGES=off (plain 4 KiB pages)", worker: startWorker("node-4k", process.execPath, [self, "--serve-node", ...common], { MLSYS_LAB_HUGE_PAGES: "off" }), request: "gen", faults: true });
  }
  if (!flag("--no-python")) {
    const pyArgs = [path.join(__dirname, "bench_synth.py"), "--serve", "--n", String(ROWS)];
    const py = startWorker("numpy", PYTHON, pyArgs, {});
    sides.push({ key: "numpy-flat", what: "NumPy flat: 7 independent columns (default: huge pages)", worker: py, request: "flat" });
    sides.push({ key: "numpy-sessionized", what: "NumPy sessionized like mlsys-lab (repeat + segmented cumsum)", worker: py, request: "sessionized" });
    if (!flag("--no-variants")) {
      const py4k = startWorker("numpy-4k", PYTHON, [...pyArgs, "--no-hugepage"], {});
      sides.push({ key: "numpy-flat-4k", what: "NumPy flat with its huge-page madvise off (4 KiB pages)", worker: py4k, request: "flat" });
    }
  }
  const infos = {};
  const live = [];
  for (const s of sides) {
    try {
      infos[s.worker.label] = await s.worker.hello;
      live.push(s);
    } catch (e) {
      console.warn(`warning: ${s.worker.label} did not start (${e.message}); ${s.key} skipped.`);
    }
  }
  // Cold: the first request to each fresh worker (NumPy's first request per case).
  for (const s of live) {
    s.runs = [];
    const r = await s.worker.ask(s.request);
    s.cold = r;
    console.error(`${s.key} cold: ${fmtTime(r.seconds)} (cpu ${fmtTime(r.cpuSeconds)})`);
  }
  for (const s of live) s.faultRuns = [];
  for (let rep = 0; rep < REPEAT; rep++) {
    for (const s of live) s.runs.push(await s.worker.ask(s.request));
    for (const s of live) if (s.faults) s.faultRuns.push(await s.worker.ask("faults"));
    console.error(`repetition ${rep + 1}/${REPEAT}: ` + live.map((s) => `${s.key} ${fmtTime(s.runs[rep].seconds)}`).join(", ") + `; load ${os.loadavg()[0].toFixed(2)}`);
  }
  for (const w of new Set(sides.map((s) => s.worker))) w.close();
  return {
    infos,
    sides: live.map((s) => ({
      key: s.key,
      what: s.what,
      bestSeconds: Math.min(...s.runs.map((r) => r.seconds)),
      medianSeconds: median(s.runs.map((r) => r.seconds)),
      bestCpuSeconds: Math.min(...s.runs.map((r) => r.cpuSeconds)),
      coldSeconds: s.cold.seconds,
      runs: s.runs.map((r) => r.seconds),
      outputBytes: s.cold.bytes ?? null,
      hugePages: infos[s.worker.label]?.hugePages ?? null,
      pageFaults: s.faultRuns.length ? { bestSeconds: Math.min(...s.faultRuns.map((f) => f.seconds)), bestCpuSeconds: Math.min(...s.faultRuns.map((f) => f.cpuSeconds)), bytes: s.faultRuns[0].bytes } : null,
    })),
  };
}

async function parquetBench(rows) {
  const dir = fs.mkdtempSync(path.join(TMP, "bench-synth-"));
  const self = path.join(__dirname, "bench-synth.js");
  try {
    const ours = await runChild(process.execPath, [self, "--child-parquet", String(rows), dir, "1", "--lib", LIB]);
    fs.rmSync(dir, { recursive: true, force: true });
    let threaded = null;
    if (WORKERS > 1) {
      threaded = await runChild(process.execPath, [self, "--child-parquet", String(rows), dir, String(WORKERS), "--lib", LIB]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    let npy = null;
    if (!flag("--no-python") && rows <= 20_000_000) {
      try {
        npy = await runChild(PYTHON, [path.join(__dirname, "bench_synth.py"), "--npy", String(rows), path.join(dir, "npy")]);
      } catch (e) {
        console.warn(`warning: NumPy .npy write failed (${e.message})`);
      }
    }
    const summary = (r) => (r ? { seconds: r.seconds, bytes: r.bytes, maxRssBytes: r.maxRssBytes } : null);
    return { ours: summary(ours), threaded: summary(threaded), workers: WORKERS, npy };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pyarrowAvailable() {
  return new Promise((resolve) => {
    const child = spawn(PYTHON, ["-c", "import pyarrow"], { stdio: "ignore" });
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0));
  });
}

async function main() {
  const record = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavgAtStart: os.loadavg(), kernel: os.release() },
    node: process.version,
    rows: ROWS,
    repeat: REPEAT,
    workers: WORKERS,
    method:
      "in memory: one worker process per side, sides alternate run by run, best and median of --repeat; cold = first run of a fresh worker; every run returns new arrays. Parquet: one child process, peak RSS from maxRSS.",
  };
  const outDir = path.join(REPO, "bench-results");
  const outFile = path.join(outDir, "synth.json");
  const previous = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, "utf8")) : null;

  // A skipped section keeps the previous run's result (same --rows), with that run's date.
  const keep = (key) => previous && previous[key] && previous.rows === ROWS ? { ...previous[key], date: previous[key].date ?? previous.date } : undefined;
  if (!flag("--skip-memory")) record.memory = await memoryBench();
  else record.memory = keep("memory");
  if (!flag("--skip-parquet")) {
    console.error(`parquet: writing ${ROWS.toLocaleString("en-US")} rows …`);
    record.parquet = { rows: ROWS, ...(await parquetBench(ROWS)), pyarrow: await pyarrowAvailable() };
  } else record.parquet = keep("parquet");
  if (flag("--rows-100m")) {
    console.error("parquet: writing 100,000,000 rows (about 2 minutes) …");
    record.parquet100m = { rows: 100_000_000, date: record.date, ...(await parquetBench(100_000_000)) };
  } else if (previous && previous.parquet100m) {
    record.parquet100m = previous.parquet100m;
  }
  record.machine.loadavgAtEnd = os.loadavg();

  // Report.
  const lines = [];
  const la = (xs) => xs.map((x) => x.toFixed(2)).join(" / ");
  lines.push(`\nclickstream, ${ROWS.toLocaleString("en-US")} rows, best of ${REPEAT} (Node ${process.version}; load average ${la(record.machine.loadavgAtStart)} at start, ${la(record.machine.loadavgAtEnd)} at end, ${record.machine.cpus} CPUs)\n`);
  if (record.memory) {
    const m = record.memory;
    const base = m.sides.find((s) => s.key === "mlsys-lab");
    const np = m.sides.find((s) => s.key === "numpy-flat");
    lines.push("| in memory | best | median | cold (1st run) | rows/s (best) | NumPy flat ÷ this |");
    lines.push("|---|---:|---:|---:|---:|---:|");
    for (const s of m.sides) {
      const ratio = np ? np.bestSeconds / s.bestSeconds : null;
      lines.push(`| ${s.what} | ${fmtTime(s.bestSeconds)} | ${fmtTime(s.medianSeconds)} | ${fmtTime(s.coldSeconds)} | ${fmtRate(s.bestSeconds, ROWS)} | ${ratio ? ratio.toFixed(2) + "×" : "n/a"} |`);
    }
    for (const s of m.sides) {
      if (s.pageFaults) lines.push(`| (${s.key}: allocating and touching the ${fmtBytes(s.pageFaults.bytes)} of output arrays alone) | ${fmtTime(s.pageFaults.bestSeconds)} | | | | |`);
    }
    if (base && base.hugePages) lines.push(`\nmlsys-lab's huge-page advice: ${base.hugePages.active ? "on" : "off"} (${base.hugePages.reason}).`);
    if (base && np) lines.push(`\nmlsys-lab is ${(np.bestSeconds / base.bestSeconds).toFixed(2)}× NumPy's flat table and ${(m.sides.find((s) => s.key === "numpy-sessionized")?.bestSeconds / base.bestSeconds).toFixed(2)}× the sessionized one (best of ${REPEAT}, wall time).`);
  }
  const pq = (label, r) => `| ${label} | ${fmtTime(r.seconds)} | ${fmtBytes(r.bytes)} | ${fmtBytes(r.maxRssBytes)} |`;
  if (record.parquet || record.parquet100m) {
    lines.push("\n| to disk | wall | bytes | peak RSS |");
    lines.push("|---|---:|---:|---:|");
    if (record.parquet) {
      lines.push(pq(`mlsys-lab writeDataset → Parquet, ${ROWS.toLocaleString("en-US")} rows`, record.parquet.ours));
      if (record.parquet.threaded) lines.push(pq(`mlsys-lab writeDataset → Parquet, ${ROWS.toLocaleString("en-US")} rows as ${record.parquet.workers} partitions on ${record.parquet.workers} worker threads`, record.parquet.threaded));
      if (record.parquet.npy) lines.push(pq(`NumPy flat table → 7 .npy files (not Parquet: pyarrow ${record.parquet.pyarrow ? "is" : "is not"} installed for ${PYTHON})`, record.parquet.npy));
    }
    if (record.parquet100m) {
      lines.push(pq(`mlsys-lab writeDataset → Parquet, 100,000,000 rows (${record.parquet100m.date.slice(0, 10)})`, record.parquet100m.ours));
      if (record.parquet100m.threaded) lines.push(pq(`mlsys-lab writeDataset → Parquet, 100,000,000 rows as ${record.parquet100m.workers} partitions on ${record.parquet100m.workers} worker threads`, record.parquet100m.threaded));
    }
  }
  console.log(lines.join("\n"));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(record, null, 2) + "\n");
  console.log(`\nwrote ${path.relative(REPO, outFile)}`);
}

if (flag("--serve-node")) {
  serveNode().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else if (flag("--child-parquet")) {
  const i = args.indexOf("--child-parquet");
  childParquet(Number(args[i + 1]), args[i + 2], Number(args[i + 3])).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
