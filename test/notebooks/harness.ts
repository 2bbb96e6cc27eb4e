/**
 * Shared by the notebook and browser suites: registers the mlsys-lab kernel under a
 * temporary prefix (found through JUPYTER_PATH; the user's own kernels are never
 * touched), then executes every notebook once with scripts/build-site.js into a
 * temporary site. The two suites may run in parallel workers, so the first caller
 * builds while holding a lock directory and the others wait for its result.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..");
export const NOTEBOOKS_DIR = path.join(REPO, "notebooks");

/** Per-notebook entry of build-site.js --report. */
export interface NotebookResult {
  name: string;
  title: string;
  ok: boolean;
  error: { cellIndex: number | null; ename: string; evalue: string; traceback: string } | null;
  executeSeconds: number;
  kernelStderr?: string;
}

export interface BuiltSite {
  /** Temporary directory holding everything below. */
  dir: string;
  siteDir: string;
  executedDir: string;
  /** Value of JUPYTER_PATH under which the temporary kernel is registered. */
  jupyterPath: string;
  /** Environment for running Jupyter against the temporary kernel. */
  env: NodeJS.ProcessEnv;
  report: { ok: boolean; seconds: number; notebooks: NotebookResult[] };
  stdout: string;
  stderr: string;
}

/** Notebook names in notebooks/ (without .ipynb). */
export function notebookNames(): string[] {
  return fs
    .readdirSync(NOTEBOOKS_DIR)
    .filter((f) => f.endsWith(".ipynb"))
    .map((f) => f.slice(0, -".ipynb".length))
    .sort();
}

/** A Python that has nbclient + nbconvert, as the scripts find it. */
export function jupyterPython(): string | null {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { findJupyter } = require(path.join(REPO, "kernel-config", "jupyter-env.js"));
  return findJupyter({ needExecution: true }).python;
}

/** Everything the executed outputs depend on; a change starts a fresh build. */
function inputsFingerprint(): string {
  const hash = createHash("sha1");
  const add = (file: string) => {
    const st = fs.statSync(file);
    hash.update(`${file}:${st.size}:${st.mtimeMs}\n`);
  };
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else add(p);
    }
  };
  for (const name of notebookNames()) add(path.join(NOTEBOOKS_DIR, `${name}.ipynb`));
  walk(path.join(REPO, "lib"));
  walk(path.join(REPO, "scripts"));
  walk(path.join(REPO, "kernel-config"));
  return hash.digest("hex").slice(0, 12);
}

function removeStaleBuilds(): void {
  const cutoff = Date.now() - 6 * 3600_000;
  for (const entry of fs.readdirSync(os.tmpdir())) {
    if (!entry.startsWith("mlsys-lab-nbtest-")) continue;
    const p = path.join(os.tmpdir(), entry);
    try {
      if (fs.statSync(p).mtimeMs < cutoff) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // another run is cleaning up too
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function build(dir: string): void {
  const prefix = path.join(dir, "prefix");
  const jupyterPath = path.join(prefix, "share", "jupyter");
  const env = { ...process.env, JUPYTER_PATH: jupyterPath, JUPYTER_RUNTIME_DIR: path.join(dir, "runtime") };
  const install = spawnSync(process.execPath, [path.join(REPO, "kernel-config", "install.js"), "--prefix", prefix, "--quiet"], {
    encoding: "utf8",
    env,
  });
  if (install.status !== 0) throw new Error(`kernel install failed:\n${install.stdout}\n${install.stderr}`);
  const run = spawnSync(
    process.execPath,
    [
      path.join(REPO, "scripts", "build-site.js"),
      "--out", path.join(dir, "site"),
      "--executed-dir", path.join(dir, "executed"),
      "--report", path.join(dir, "report.json"),
    ],
    { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 },
  );
  fs.writeFileSync(path.join(dir, "build.log"), JSON.stringify({ status: run.status, stdout: run.stdout, stderr: run.stderr }));
  if (!fs.existsSync(path.join(dir, "report.json"))) {
    throw new Error(`build-site.js wrote no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

function load(dir: string): BuiltSite {
  const jupyterPath = path.join(dir, "prefix", "share", "jupyter");
  const log = JSON.parse(fs.readFileSync(path.join(dir, "build.log"), "utf8"));
  return {
    dir,
    siteDir: path.join(dir, "site"),
    executedDir: path.join(dir, "executed"),
    jupyterPath,
    env: { ...process.env, JUPYTER_PATH: jupyterPath, JUPYTER_RUNTIME_DIR: path.join(dir, "runtime") },
    report: JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")),
    stdout: log.stdout,
    stderr: log.stderr,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cached: Promise<BuiltSite> | null = null;

/**
 * Executes all notebooks once per test run (keyed by the vitest run and the inputs)
 * and returns where the fresh notebooks and HTML pages are.
 */
export function builtSite(): Promise<BuiltSite> {
  cached ??= (async () => {
    removeStaleBuilds();
    // Workers of one vitest run share the parent process; a new run or changed inputs build afresh.
    const key = createHash("sha1").update(`${REPO}:${process.ppid}:${inputsFingerprint()}`).digest("hex").slice(0, 12);
    const dir = path.join(os.tmpdir(), `mlsys-lab-nbtest-${key}`);
    const lock = `${dir}.lock`;
    const done = path.join(dir, "done");
    const failed = path.join(dir, "failed");
    const deadline = Date.now() + 30 * 60_000;
    for (;;) {
      if (fs.existsSync(done)) return load(dir);
      if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, "utf8"));
      let owner = false;
      try {
        fs.mkdirSync(lock);
        owner = true;
      } catch {
        const pid = Number(fs.existsSync(path.join(lock, "pid")) ? fs.readFileSync(path.join(lock, "pid"), "utf8") : "0");
        if (pid && !isAlive(pid)) fs.rmSync(lock, { recursive: true, force: true });
      }
      if (owner) {
        fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(dir, { recursive: true });
        try {
          build(dir);
          fs.writeFileSync(done, "");
          return load(dir);
        } catch (err) {
          fs.writeFileSync(failed, String((err as Error).stack ?? err));
          throw err;
        } finally {
          fs.rmSync(lock, { recursive: true, force: true });
        }
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for another worker to build ${dir}`);
      await sleep(500);
    }
  })();
  return cached;
}

/** An nbformat output as stored on disk. */
export interface NbOutput {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
  [key: string]: unknown;
}

export interface NbCell {
  cell_type: string;
  source: string | string[];
  outputs?: NbOutput[];
  execution_count?: number | null;
  metadata?: Record<string, unknown>;
  id?: string;
}

export interface Notebook {
  cells: NbCell[];
  metadata: { kernelspec?: { name?: string; display_name?: string; language?: string }; [key: string]: unknown };
}

export function readNotebook(file: string): Notebook {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

const joinText = (v: unknown): unknown => (Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join("") : v);

/**
 * Outputs of every code cell, normalised for comparison. Normalisation, all of it:
 *  - consecutive stream outputs of one stream are merged (the kernel may split a print);
 *  - multi-line strings stored as lists of lines are joined;
 *  - only output_type, stream name, text, data (every MIME type), ename and evalue are
 *    kept: execution counts, output metadata and error tracebacks (which hold file
 *    paths) are left out;
 *  - in a cell tagged "raises-exception", stderr keeps only its "SomethingError: message"
 *    lines: tslab prints the stack trace there, with absolute paths and Node internals;
 *  - a cell tagged "volatile-output" (measured wall-clock times and the like) keeps only
 *    the output types it produced, not their content: it must still run, without errors
 *    (notebooks.test.ts checks every cell's stderr), but its numbers may differ per run.
 *    Keep such cells few and small, and print everything deterministic elsewhere.
 */
export function normalisedOutputs(nb: Notebook): unknown[][] {
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .map((cell) => {
      const tags = (cell.metadata?.tags as string[] | undefined) ?? [];
      const raises = tags.includes("raises-exception");
      const volatile = tags.includes("volatile-output");
      const merged: NbOutput[] = [];
      for (const out of cell.outputs ?? []) {
        const prev = merged[merged.length - 1];
        if (out.output_type === "stream" && prev && prev.output_type === "stream" && prev.name === out.name) {
          prev.text = String(joinText(prev.text)) + String(joinText(out.text));
        } else {
          merged.push({ ...out });
        }
      }
      return merged.map((o) => {
        const kept: Record<string, unknown> = { output_type: o.output_type };
        if (volatile) {
          if (o.name !== undefined) kept.name = o.name;
          if (o.data !== undefined) kept.mimeTypes = Object.keys(o.data).sort();
          return kept;
        }
        if (o.name !== undefined) kept.name = o.name;
        if (o.text !== undefined) kept.text = joinText(o.text);
        if (raises && o.name === "stderr") {
          kept.text = String(kept.text)
            .split("\n")
            .filter((line) => /^\s*[A-Za-z_$][\w$]*(Error|Exception)\b/.test(line))
            .join("\n");
        }
        if (o.data !== undefined) kept.data = Object.fromEntries(Object.entries(o.data).map(([k, v]) => [k, joinText(v)]));
        if (o.ename !== undefined) kept.ename = o.ename;
        if (o.evalue !== undefined) kept.evalue = o.evalue;
        return kept;
      });
    });
}

/** Chromium for the browser checks: CHROMIUM_PATH or /usr/bin/chromium, if present. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/** Arguments for a headless, offline, throwaway Chromium. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
