#!/usr/bin/env node
// Drift statistics, side by side with SciPy/NumPy in one run on one machine.
// The inputs are generated once here (seeded normals, a fixed xorshift128+ stream and
// Box–Muller), written to a temporary binary file, and read back by both sides, so
// Node and Python see the very same doubles. Cases:
//   ks2samp      ks2samp(a, b), 1e6 vs 1e6           | scipy.stats.ks_2samp (asymp, n > 10,000)
//   psi          psi(ref, cur), 1e7 vs 1e7, 10 quantile bins
//                                                   | np.quantile + np.searchsorted + the PSI sum
//   wasserstein  wassersteinDistance(u, v), 1e6 each | scipy.stats.wasserstein_distance
//   drift-report driftReport on 1M rows × 20 numeric columns (only when the library has it)
//                                                   | a loop of ks_2samp + wasserstein_distance per column
// Each Node case runs in its own child process (so its peak RSS, from
// process.resourceUsage().maxRSS, belongs to that case alone) and is timed best of
// --repeat (default 5) after one warm-up run; Python does the same per case. Prints a
// markdown table and writes bench-results/drift.json.
//
//   node scripts/bench-drift.js [--repeat 5] [--only ks2samp,psi] [--scale 1]
//                               [--lib lib] [--python /usr/bin/python3] [--no-python]
// Needs the built library (npx tsc -p tsconfig.build.json) and, for the comparison,
// Debian's python3 with SciPy and NumPy (apt-get install python3-scipy).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { performance } = require("node:perf_hooks");

const REPO = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const REPEAT = Math.max(1, Number(opt("--repeat", "5")));
const ONLY = opt("--only", null);
const SCALE = Number(opt("--scale", "1")); // shrink every size for a quick check
const LIB = path.resolve(REPO, opt("--lib", "lib"));
const PYTHON = opt("--python", "/usr/bin/python3");
const SEED = 20240601;

const size = (n) => Math.max(10, Math.round(n * SCALE));
const REPORT_COLUMNS = 20;
// The report cases take seconds per run on each side: best of at most 3.
const REPORT_REPEAT = 3;

// Inputs of each case: named arrays of normals with a given mean, sd and length.
const CASES = {
  ks2samp: {
    what: "ks2samp, 1e6 vs 1e6 (two-sided, asymp)",
    python: "scipy.stats.ks_2samp",
    arrays: { a: [0, 1, 1e6], b: [0.01, 1, 1e6] },
  },
  psi: {
    what: "psi, 1e7 vs 1e7, 10 quantile bins",
    python: "np.quantile + np.searchsorted + PSI",
    arrays: { ref: [0, 1, 1e7], cur: [0.05, 1.1, 1e7] },
  },
  wasserstein: {
    what: "wassersteinDistance, 1e6 vs 1e6",
    python: "scipy.stats.wasserstein_distance",
    arrays: { u: [0, 1, 1e6], v: [0.1, 1.2, 1e6] },
  },
  "drift-report": {
    what: `driftReport, 1e6 rows × ${REPORT_COLUMNS} numeric columns (default tests: normed Wasserstein)`,
    python: "loop: wasserstein_distance / np.std(ref) per column",
    needs: "driftReport",
    repeat: REPORT_REPEAT,
    arrays: Object.fromEntries(
      Array.from({ length: REPORT_COLUMNS }, (_, c) => [
        [`ref${c}`, [c, 1 + c / 10, 1e6]],
        [`cur${c}`, [c + (c % 4 === 0 ? 0.1 : 0), 1 + c / 10, 1e6]],
      ]).flat(),
    ),
  },
  "drift-report-ks": {
    what: `driftReport, 1e6 rows × ${REPORT_COLUMNS} numeric columns, tests: "ks"`,
    python: "loop: ks_2samp per column",
    needs: "driftReport",
    repeat: REPORT_REPEAT,
    inputsOf: "drift-report",
  },
};
const inputsOf = (name) => CASES[name].inputsOf ?? name;
const repeatOf = (name) => Math.min(REPEAT, CASES[name].repeat ?? REPEAT);

// ---- deterministic data -------------------------------------------------------------
// xorshift128+ on four 32-bit halves (exact in JS integer arithmetic), 53-bit uniforms,
// Box–Muller normals. Only needs to be deterministic, not fast or cryptographic.
function normalStream(seed) {
  let s0 = seed >>> 0 || 1;
  let s1 = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0 || 2;
  let s2 = Math.imul(seed ^ 0x7f4a7c15, 0xc2b2ae35) >>> 0 || 3;
  let s3 = (seed * 2654435761) >>> 0 || 4;
  const next32 = () => {
    // xoshiro128** (32-bit state words)
    const r = Math.imul(((Math.imul(s1, 5) << 7) | (Math.imul(s1, 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = ((s3 << 11) | (s3 >>> 21)) >>> 0;
    s0 >>>= 0;
    s1 >>>= 0;
    s2 >>>= 0;
    return r;
  };
  const uniform = () => ((next32() >>> 5) * 67108864 + (next32() >>> 6) + 0.5) / 9007199254740992;
  return (out, mean, sd) => {
    for (let i = 0; i < out.length; i += 2) {
      const r = Math.sqrt(-2 * Math.log(uniform()));
      const th = 2 * Math.PI * uniform();
      out[i] = mean + sd * r * Math.cos(th);
      if (i + 1 < out.length) out[i + 1] = mean + sd * r * Math.sin(th);
    }
    return out;
  };
}

function writeInputs(file, names) {
  const manifest = {};
  const fd = fs.openSync(file, "w");
  let offset = 0;
  let seed = SEED;
  for (const name of new Set(names.map(inputsOf))) {
    for (const [key, [mean, sd, n0]] of Object.entries(CASES[name].arrays)) {
      const a = normalStream(seed++)(new Float64Array(size(n0)), mean, sd);
      fs.writeSync(fd, new Uint8Array(a.buffer));
      manifest[`${name}/${key}`] = { offset, length: a.length };
      offset += a.byteLength;
    }
  }
  fs.closeSync(fd);
  return manifest;
}

function readArray(file, { offset, length }) {
  const a = new Float64Array(length);
  const fd = fs.openSync(file, "r");
  fs.readSync(fd, new Uint8Array(a.buffer), 0, a.byteLength, offset);
  fs.closeSync(fd);
  return a;
}

// ---- child: one Node case -------------------------------------------------------------
function runChild(name, file, manifest) {
  const D = require(path.join(LIB, "drift", "index.js"));
  const input = {};
  let inputBytes = 0;
  const source = inputsOf(name);
  for (const key of Object.keys(CASES[source].arrays)) {
    input[key] = readArray(file, manifest[`${source}/${key}`]);
    inputBytes += input[key].byteLength;
  }
  let run;
  if (name === "ks2samp") run = () => D.ks2samp(input.a, input.b);
  else if (name === "psi") run = () => D.psi(input.ref, input.cur, { bins: "quantile", binCount: 10 });
  else if (name === "wasserstein") run = () => D.wassersteinDistance(input.u, input.v);
  else if (name.startsWith("drift-report")) {
    const ref = {};
    const cur = {};
    for (let c = 0; c < REPORT_COLUMNS; c++) {
      ref[`x${c}`] = input[`ref${c}`];
      cur[`x${c}`] = input[`cur${c}`];
    }
    const options = name === "drift-report-ks" ? { tests: "ks" } : {};
    run = () => D.driftReport(ref, cur, options);
  }
  // Peak RSS: after loading the inputs, after one call (the memory one call needs),
  // and after all runs (garbage from earlier runs may not be collected yet).
  const rssInputs = process.resourceUsage().maxRSS * 1024;
  let result = run(); // warm-up (JIT)
  const rssOneCall = process.resourceUsage().maxRSS * 1024;
  let best = Infinity;
  for (let r = 0; r < repeatOf(name); r++) {
    const t0 = performance.now();
    result = run();
    best = Math.min(best, performance.now() - t0);
  }
  const summary =
    name === "ks2samp"
      ? { statistic: result.statistic, pvalue: result.pvalue }
      : name === "psi"
        ? { statistic: result.statistic, edges: result.edges.slice(1, -1) }
        : name === "wasserstein"
          ? { statistic: result }
          : { columns: result.columns.length, statistics: result.columns.map((c) => c.statistic) };
  process.stdout.write(
    JSON.stringify({
      ms: best,
      inputBytes,
      maxRssAfterInputsBytes: rssInputs,
      maxRssOneCallBytes: rssOneCall,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      result: summary,
    }) + "\n",
  );
}

// ---- parent ---------------------------------------------------------------------------
function runPython(file, manifestFile, names) {
  if (args.includes("--no-python")) return null;
  const argv = [path.join(__dirname, "bench_drift.py"), "--data", file, "--manifest", manifestFile,
    "--repeat", String(REPEAT), "--cases", names.join(","), "--columns", String(REPORT_COLUMNS)];
  const run = spawnSync(PYTHON, argv, { encoding: "utf8", timeout: 3_600_000, maxBuffer: 1 << 24 });
  if (run.status !== 0) {
    console.warn(`warning: ${PYTHON} scripts/bench_drift.py failed; SciPy/NumPy column skipped.\n${run.stderr || run.error}`);
    return null;
  }
  return JSON.parse(run.stdout.trim().split("\n").pop());
}

const fmtMs = (ms) => (ms == null ? "n/a" : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const fmtMB = (b) => (b == null ? "n/a" : (b / 1e6).toFixed(0));

function relDiff(x, y) {
  if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
    return x.reduce((worst, xi, i) => Math.max(worst, relDiff(xi, y[i]) ?? Infinity), 0);
  }
  if (typeof x !== "number" || typeof y !== "number") return null;
  return x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
}
const resultOf = (r) => (r ? r.statistic ?? r.statistics : null);

function main() {
  const libEntry = path.join(LIB, "drift", "index.js");
  if (!fs.existsSync(libEntry)) {
    console.error(`${libEntry} not found: build the library first (npx tsc -p tsconfig.build.json).`);
    process.exit(1);
  }
  const D = require(libEntry);
  let names = ONLY ? ONLY.split(",") : Object.keys(CASES);
  for (const n of names) if (!CASES[n]) throw new Error(`unknown case ${n}; known: ${Object.keys(CASES).join(", ")}`);
  const skipped = names.filter((n) => CASES[n].needs && typeof D[CASES[n].needs] !== "function");
  names = names.filter((n) => !skipped.includes(n));
  for (const n of skipped) console.error(`skipping ${n}: ${CASES[n].needs} is not in ${path.relative(REPO, libEntry)}`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-drift-"));
  const file = path.join(dir, "inputs.f64");
  const manifestFile = path.join(dir, "manifest.json");
  try {
    const t0 = performance.now();
    const manifest = writeInputs(file, names);
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    console.error(`inputs: ${(fs.statSync(file).size / 1e6).toFixed(0)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const ours = {};
    for (const name of names) {
      const child = spawnSync(process.execPath, [__filename, "--child", name, file, manifestFile, ...args], {
        encoding: "utf8",
        timeout: 1_800_000,
        maxBuffer: 1 << 24,
      });
      if (child.status !== 0) throw new Error(`case ${name} failed:\n${child.stderr}`);
      ours[name] = JSON.parse(child.stdout.trim().split("\n").pop());
      console.error(
        `mlsys-lab ${name}: ${fmtMs(ours[name].ms)} ms, peak RSS ${fmtMB(ours[name].maxRssAfterInputsBytes)} MB with ` +
          `inputs loaded, ${fmtMB(ours[name].maxRssOneCallBytes)} MB after one call, ${fmtMB(ours[name].maxRssBytes)} MB after all`,
      );
    }
    const loadBefore = os.loadavg();
    const py = runPython(file, manifestFile, names);
    const theirs = py ? py.cases : {};

    console.log(
      `\nDrift statistics, best of ${REPEAT} (driftReport cases: of ${Math.min(REPEAT, REPORT_REPEAT)}) (Node ${process.version}` +
        (py ? `; SciPy ${py.scipy}, NumPy ${py.numpy}, Python ${py.python})` : ")") +
        `, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}\n`,
    );
    console.log(
      "| case | SciPy/NumPy code | mlsys-lab ms | SciPy/NumPy ms | ratio (ours/theirs) | " +
        "Node peak RSS MB: inputs loaded → one call | result rel. diff |",
    );
    console.log("|---|---|---:|---:|---:|---:|---:|");
    const rows = [];
    for (const name of names) {
      const a = ours[name];
      const b = theirs[name] ?? null;
      const ratio = b ? a.ms / b.ms : null;
      const diff = b && b.result ? relDiff(resultOf(a.result), resultOf(b.result)) : null;
      rows.push({
        case: name,
        what: CASES[name].what,
        python: CASES[name].python,
        mlsysLabMs: a.ms,
        pythonMs: b ? b.ms : null,
        ratio,
        nodeInputBytes: a.inputBytes,
        nodeMaxRssAfterInputsBytes: a.maxRssAfterInputsBytes,
        nodeMaxRssOneCallBytes: a.maxRssOneCallBytes,
        nodeMaxRssAllRunsBytes: a.maxRssBytes,
        mlsysLabResult: a.result,
        pythonResult: b ? b.result : null,
        statisticRelDiff: diff,
      });
      console.log(
        `| ${CASES[name].what} | ${CASES[name].python} | ${fmtMs(a.ms)} | ${fmtMs(b && b.ms)} | ` +
          `${ratio == null ? "n/a" : ratio.toFixed(2)} | ${fmtMB(a.maxRssAfterInputsBytes)} → ${fmtMB(a.maxRssOneCallBytes)} | ` +
          `${diff == null ? "n/a" : diff.toExponential(1)} |`,
      );
    }
    const outDir = path.join(REPO, "bench-results");
    fs.mkdirSync(outDir, { recursive: true });
    const record = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavgBefore: loadBefore, loadavgAfter: os.loadavg() },
      node: process.version,
      python: py ? { python: py.python, scipy: py.scipy, numpy: py.numpy } : null,
      repeat: REPEAT,
      scale: SCALE,
      seed: SEED,
      rows,
    };
    fs.writeFileSync(path.join(outDir, "drift.json"), JSON.stringify(record, null, 2) + "\n");
    console.log(`\nwrote ${path.relative(REPO, path.join(outDir, "drift.json"))}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (args[0] === "--child") {
  runChild(args[1], args[2], JSON.parse(fs.readFileSync(args[3], "utf8")));
} else {
  main();
}
