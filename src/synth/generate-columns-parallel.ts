import * as os from "node:os";
import type { Worker as WorkerThread } from "node:worker_threads";
import { InvalidParameterError } from "../util/errors";
import { largeTypedArray, TypedArrayConstructor } from "../util/large-array";
import { validatorFor } from "../util/validate";
import { compiledWorkerScript } from "./compiled-worker-script";
import { generateColumns, GeneratedColumns } from "./generate-columns";
import type { ColumnsWorkerRequest } from "./generate-columns-worker";
import { injectDrift } from "./inject-drift";
import { GroundTruth, InjectionSpec } from "./injection-types";
import { Column, Columns, Scenario } from "./scenario";
import { SCENARIOS } from "./scenarios";

/** Options of {@link generateColumnsParallel}. */
export interface GenerateColumnsParallelOptions<P extends object> {
  /** Rows n of the whole table (integer ≥ 1, < 2^31). */
  rows: number;
  /** Seed, an integer in [0, 2^53). */
  seed: number;
  /** Parameter overrides (plain JSON values); the rest come from the scenario's defaults. */
  params?: Partial<P>;
  /** Worker threads k (integer in [1, 256]); default: the CPUs Node reports. Capped at `rows`. */
  workers?: number;
  /** Drift and fault injections, applied on the main thread after the parts are joined. */
  drift?: readonly InjectionSpec[];
}

/** Most worker threads one call may start. */
const MAX_WORKERS = 256;

/** File name of the compiled worker entry, next to this file in lib/synth. */
const WORKER_FILE = "generate-columns-worker.js";

type ColumnValues = Column["values"];
type ValuesConstructor = TypedArrayConstructor<ColumnValues>;

interface WorkerReply {
  ok: boolean;
  rowCount?: number;
  columns?: Columns;
  name?: string;
  message?: string;
}

function defaultWorkers(): number {
  const available = (os as { availableParallelism?: () => number }).availableParallelism;
  return typeof available === "function" ? available() : Math.max(1, os.cpus().length);
}

/** Row i of k contiguous ranges covering [0, rows): [⌊i·rows/k⌋, ⌊(i+1)·rows/k⌋). */
function splitRows(rows: number, k: number): Array<[number, number]> {
  return Array.from({ length: k }, (_, i) => [Math.floor((i * rows) / k), Math.floor(((i + 1) * rows) / k)] as [number, number]);
}

function sameLabels(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((label, i) => label === b[i]);
}

/**
 * The joined columns' value arrays, allocated from the schema (the empty columns of a
 * 0-row probe) and written once per 4 KiB page, so that the page faults of the output
 * happen on the main thread while the workers generate, not after.
 */
function preallocate(reference: Columns, rows: number): Map<string, ColumnValues> {
  const out = new Map<string, ColumnValues>();
  for (const [name, column] of Object.entries(reference)) {
    const values = largeTypedArray(column.values.constructor as ValuesConstructor, rows * (column.size ?? 1));
    const step = Math.max(1, 4096 / values.BYTES_PER_ELEMENT);
    for (let i = 0; i < values.length; i += step) values[i] = 0;
    out.set(name, values);
  }
  return out;
}

/**
 * Joins the parts' columns in row order, checking that every part has the same type,
 * vector size and dictionary labels as the schema; dictionaries are taken from the
 * main thread's schema (the scenario's own constants). A single part's arrays are
 * used as they came (no copy).
 */
function concatenate(parts: readonly Columns[], reference: Columns, ready: Map<string, ColumnValues>): Columns {
  const out: Columns = {};
  for (const name of Object.keys(parts[0])) {
    const pieces = parts.map((p) => p[name]);
    const first = pieces[0];
    const dictionary = reference[name]?.dictionary ?? first.dictionary;
    for (const piece of pieces) {
      if (piece === undefined || piece.type !== first.type || piece.size !== first.size || piece.values.constructor !== first.values.constructor) {
        throw new Error(`generateColumnsParallel: column ${name} has a different type or size in one partition`);
      }
      if (!sameLabels(piece.dictionary, dictionary)) {
        throw new Error(`generateColumnsParallel: column ${name} has a different dictionary in one partition`);
      }
    }
    const size = first.size ?? 1;
    const total = pieces.reduce((s, p) => s + p.values.length, 0);
    let values = first.values;
    if (pieces.length > 1) {
      const prepared = ready.get(name);
      values = prepared !== undefined && prepared.length === total && prepared.constructor === first.values.constructor ? prepared : largeTypedArray(first.values.constructor as ValuesConstructor, total);
      let offset = 0;
      for (const p of pieces) {
        values.set(p.values as never, offset);
        offset += p.values.length;
      }
    }
    const column: { -readonly [K in keyof Column]: Column[K] } = { type: first.type, values };
    if (dictionary !== undefined) column.dictionary = dictionary;
    if (first.size !== undefined) column.size = first.size;
    if (pieces.length === 1) {
      if (first.nulls !== undefined) column.nulls = first.nulls;
    } else if (pieces.some((p) => p.nulls !== undefined)) {
      const nulls = largeTypedArray(Uint8Array, total / size);
      let row = 0;
      for (const p of pieces) {
        if (p.nulls !== undefined) nulls.set(p.nulls, row);
        row += p.values.length / size;
      }
      column.nulls = nulls;
    }
    out[name] = column;
  }
  return out;
}

function runWorker(script: string, request: ColumnsWorkerRequest, started: WorkerThread[]): Promise<WorkerReply> {
  // Loaded here, not at the top: importing the library must not touch worker_threads.
  const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: request });
    started.push(worker);
    let replied = false;
    worker.once("message", (reply: WorkerReply) => {
      replied = true;
      resolve(reply);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!replied) reject(new Error(`generateColumnsParallel: worker for rows [${request.rowStart}, ${request.rowStart + request.rowCount}) exited with code ${code} before replying`));
    });
  });
}

/**
 * Generates a scenario's whole table on k worker threads and returns the same typed
 * arrays as {@link generateColumns}, bit for bit. Rows [0, n) are cut into k
 * contiguous ranges [⌊i·n/k⌋, ⌊(i+1)·n/k⌋), i = 0 … k − 1 (k = `workers`, n = `rows`);
 * worker i runs `generateColumns` on its range (row i depends only on scenario,
 * seed, params, n and i, so each range equals the slice of the single run), sends
 * its arrays back by transferring their buffers, and the main thread copies the k
 * parts into one array per column. Dictionary labels are static per scenario and are
 * checked to agree across parts. `drift` injections need the whole table, so they
 * run on the main thread after the join, exactly as `generateColumns` applies them.
 * With k = 1 the worker's arrays are returned without a copy.
 *
 * Only the built-in scenarios of {@link SCENARIOS} can run in workers (a worker
 * finds its scenario by name). The worker entry is the compiled
 * `generate-columns-worker.js` next to this file, so call this from the built
 * library (lib/), not from the TypeScript sources.
 *
 * @param scenario - one of {@link SCENARIOS}, e.g. {@link clickstream}
 * @param options - {@link GenerateColumnsParallelOptions}: rows, seed, params, workers (k), drift
 * @returns a Promise of the {@link GeneratedColumns} that `generateColumns(scenario, { rows, seed, params, drift })` returns
 * @throws InvalidParameterError (as a rejected Promise) for a bad rows, seed, params, workers or drift, or a scenario outside SCENARIOS; Error when the compiled worker script is missing
 * @example
 * ```ts
 * const g = await generateColumnsParallel(clickstream, { rows: 1_000_000, seed: 1, workers: 2 });
 * g.rowCount; // 1000000
 * g.columns.user_id.values.length; // 1000000, identical to generateColumns(clickstream, { rows: 1_000_000, seed: 1 })
 * ```
 */
export async function generateColumnsParallel<P extends object>(scenario: Scenario<P>, options: GenerateColumnsParallelOptions<P>): Promise<GeneratedColumns<P>> {
  const v = validatorFor("generateColumnsParallel");
  const scenarioKey = Object.keys(SCENARIOS).find((key) => SCENARIOS[key] === scenario);
  if (scenarioKey === undefined) v.fail("scenario", scenario, `one of the built-in SCENARIOS (${Object.keys(SCENARIOS).join(", ")})`);
  // Validates rows, seed and params, and gives the schema (types, dictionaries) to check the parts against.
  let probe: GeneratedColumns<P>;
  try {
    probe = generateColumns(scenario, { rows: options?.rows, seed: options?.seed, params: options?.params, rowStart: 0, rowCount: 0 });
  } catch (error) {
    // Report rows and seed under this function's name; scenario parameter errors keep the scenario's.
    if (error instanceof InvalidParameterError && error.functionName === "generateColumns") {
      throw new InvalidParameterError("generateColumnsParallel", error.parameter, error.value, error.expected);
    }
    throw error;
  }
  const workers = v.integer("workers", options.workers ?? defaultWorkers(), 1);
  if (workers > MAX_WORKERS) v.fail("workers", workers, `an integer in [1, ${MAX_WORKERS}]`);
  const drift = options.drift;
  if (drift !== undefined && !Array.isArray(drift)) v.fail("drift", drift, "an array of injection specs");
  const script = compiledWorkerScript("generateColumnsParallel", __dirname, WORKER_FILE);
  const { rows, seed } = probe;
  const ranges = splitRows(rows, Math.min(workers, rows));
  const started: WorkerThread[] = [];
  let ready = new Map<string, ColumnValues>();
  let replies: WorkerReply[];
  try {
    const pending = Promise.all(
      ranges.map(([a, b]) => runWorker(script, { scenarioKey: scenarioKey as string, rows, seed, params: options.params as Record<string, unknown> | undefined, rowStart: a, rowCount: b - a }, started)),
    );
    // While the workers run, the idle main thread faults in the output it will copy into.
    ready = ranges.length > 1 ? preallocate(probe.columns, rows) : new Map();
    replies = await pending;
  } catch (error) {
    await Promise.all(started.map((w) => w.terminate()));
    throw error;
  }
  const failed = replies.find((r) => !r.ok);
  if (failed !== undefined) throw new Error(`generateColumnsParallel: a worker failed: ${failed.name ?? "Error"}: ${failed.message}`);
  let columns = concatenate(replies.map((r) => r.columns as Columns), probe.columns, ready);
  let rowCount = rows;
  let groundTruth: readonly GroundTruth[] = [];
  if (drift !== undefined && drift.length > 0) {
    const injected = injectDrift({ columns, rowCount }, drift, { seed });
    columns = injected.columns;
    rowCount = injected.rowCount;
    groundTruth = injected.groundTruth;
  }
  return Object.freeze({ scenario: scenario.name, seed, rows, rowStart: 0, rowCount, params: probe.params, columns, groundTruth });
}
