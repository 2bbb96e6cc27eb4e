/**
 * Streaming dataset writer: a scenario's table goes to Parquet, Arrow IPC or CSV files
 * chunk by chunk, each file written atomically and followed by its manifest.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { validatorFor } from "../../util/validate";
import { InjectionSpec } from "../injection-types";
import { Scenario } from "../scenario";
import { SCENARIOS } from "../scenarios";
import { DATASET_FORMATS, DatasetFormat } from "./dataset-format";
import { writePartitionsOnWorkers } from "./partition-pool";
import { partitionBounds, scenarioChunkSource } from "./row-chunks";
import { partitionPath, PartitionPlan, writePartition, WrittenFile } from "./write-partition";

export type { WrittenFile } from "./write-partition";

/** Most worker threads one {@link writeDataset} call may start. */
const MAX_WORKERS = 256;

/** Default rows per chunk (one Arrow batch / Parquet row group / CSV write burst). */
export const DEFAULT_CHUNK_ROWS = 1_000_000;

/** Progress of a {@link writeDataset} call. */
export interface WriteProgress {
  /** Rows written so far, over all files. */
  rowsWritten: number;
  /** Rows of the whole table. */
  totalRows: number;
  /** The file being written. */
  file: string;
}

/** Options of {@link writeDataset}. */
export interface WriteDatasetOptions<P extends object> {
  /** Rows n to generate (integer ≥ 1). */
  rows: number;
  /** Seed, an integer in [0, 2^53). */
  seed: number;
  /** Scenario parameter overrides. */
  params?: Partial<P>;
  /** Drift and fault injections (the table is then built in memory before writing). */
  drift?: readonly InjectionSpec[];
  /** "parquet", "arrow" or "csv". */
  format: DatasetFormat;
  /** Output directory (created if missing). */
  outDir: string;
  /** Base file name without extension; default the scenario name. */
  name?: string;
  /** Number of files k (integer in [1, rows]); with k > 1 files go to `<outDir>/<name>/part-00000.<ext>` …; default 1. */
  partitions?: number;
  /** Rows per chunk (integer ≥ 1); default {@link DEFAULT_CHUNK_ROWS}. */
  chunkRows?: number;
  /**
   * Worker threads writing partitions at the same time (integer in [1, 256]; at most
   * `partitions` are used); default 1, all on the calling thread. The files are the same
   * bytes either way. Needs a scenario of SCENARIOS and no `drift`; each thread holds about
   * one chunk in memory. Call it from the compiled library (lib/), which holds the worker script.
   */
  workers?: number;
  /** Called after every chunk. */
  onProgress?: (progress: WriteProgress) => void;
}

/** Result of {@link writeDataset}. */
export interface WrittenDataset {
  /** The files, in partition order. */
  files: WrittenFile[];
  /** Rows over all files. */
  rows: number;
  /** Bytes over all data files. */
  bytes: number;
}

/**
 * Generates a scenario's table and writes it as Parquet, Arrow IPC or CSV with bounded
 * memory: rows are produced in chunks of `chunkRows` (each chunk generated on its own;
 * the bytes equal those of a whole-table run), encoded and written before the next
 * chunk is made, so a 100 M-row table never sits in memory. Without injections the
 * peak memory is about one chunk (~0.5 GiB RSS for Parquet at 1 M-row chunks).
 *
 * Files: `<outDir>/<name><ext>`, or with k partitions `<outDir>/<name>/part-00000<ext>`
 * … holding rows [⌊i·n/k⌋, ⌊(i+1)·n/k⌋). Each file is written to `<file>.tmp-<pid>`,
 * fsynced and renamed; then its manifest `<file>.manifest.json` (scenario, resolved
 * params, seed, injections and ground truth, partition, rows, format, schema, bytes,
 * sha256, library version) is written the same way. A stale manifest is removed before
 * its data file is replaced, so a crash leaves a file that fails {@link loadDataset}
 * loudly rather than one that passes with the wrong manifest.
 *
 * With `workers` > 1 the partitions are written by that many worker threads at once,
 * each taking the next unwritten partition; the files are byte for byte those of the
 * single-thread run, and `onProgress` still counts rows over all files. If one
 * partition fails, no new one starts, those being written finish, and the call rejects
 * naming the failed partition.
 *
 * Same (scenario, params, seed, rows, partitions, chunkRows, format) → same bytes.
 * Parquet row groups and Arrow batches follow the chunks, so `chunkRows` is part of
 * the recipe for those two formats (CSV bytes do not depend on it).
 *
 * @param scenario - a {@link Scenario}, e.g. `SCENARIOS.clickstream`
 * @param options - {@link WriteDatasetOptions}
 * @returns the files written with their manifests
 * @throws InvalidParameterError for a bad format, outDir, name, partitions, chunkRows, workers, rows, seed or params;
 * MissingPackageError when Parquet is asked for without parquet-wasm; file-system errors
 * @example
 * ```ts
 * const out = await writeDataset(SCENARIOS.credit_applications, { rows: 1000, seed: 7, format: "csv", outDir: "/tmp/ds" });
 * out.files[0].path;              // "/tmp/ds/credit_applications.csv"
 * out.files[0].manifest.rows;     // 1000
 * // 100 M rows as 8 Parquet files, written 4 at a time:
 * await writeDataset(SCENARIOS.clickstream, { rows: 1e8, seed: 7, format: "parquet", outDir: "/data", partitions: 8, workers: 4 });
 * ```
 */
export async function writeDataset<P extends object>(scenario: Scenario<P>, options: WriteDatasetOptions<P>): Promise<WrittenDataset> {
  const v = validatorFor("writeDataset");
  if (scenario === null || typeof scenario !== "object" || typeof (scenario as Scenario<P>).generate !== "function") {
    v.fail("scenario", scenario, "a Scenario such as SCENARIOS.clickstream");
  }
  const format = v.oneOf("format", options?.format, DATASET_FORMATS);
  if (typeof options.outDir !== "string" || options.outDir === "") v.fail("outDir", options.outDir, "a directory path");
  const name = options.name ?? scenario.name;
  if (typeof name !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    v.fail("name", name, "a file name of letters, digits, '.', '_' and '-'");
  }
  const rows = v.integer("rows", options.rows, 1);
  const k = v.integer("partitions", options.partitions ?? 1, 1);
  if (k > rows) v.fail("partitions", k, `an integer in [1, rows = ${rows}]`);
  const chunkRows = v.integer("chunkRows", options.chunkRows ?? DEFAULT_CHUNK_ROWS, 1);

  const drift = options.drift ?? [];
  const workers = v.integer("workers", options.workers ?? 1, 1);
  if (workers > MAX_WORKERS) v.fail("workers", workers, `an integer in [1, ${MAX_WORKERS}]`);
  const scenarioKey = Object.keys(SCENARIOS).find((key) => SCENARIOS[key] === (scenario as unknown));
  if (workers > 1 && drift.length > 0) v.fail("workers", workers, "1 when drift is injected (injections need the whole table in memory, on one thread)");
  if (workers > 1 && scenarioKey === undefined) v.fail("workers", workers, "1 for a scenario outside SCENARIOS (worker threads find their scenario by name)");

  const source = scenarioChunkSource(scenario, { rows, seed: options.seed, params: options.params, drift });
  const n = source.totalRows;
  const bounds = partitionBounds(n, Math.min(k, n));
  const dir = k > 1 ? path.join(options.outDir, name) : options.outDir;
  fs.mkdirSync(dir, { recursive: true });
  const plan: PartitionPlan = {
    format, dir, name, partitioned: k > 1, seed: options.seed, generatedRows: rows, params: options.params as Record<string, unknown> | undefined,
    drift, bounds, chunkRows,
  };

  let rowsWritten = 0;
  const onRows = (part: number, r: number): void => {
    rowsWritten += r;
    options.onProgress?.({ rowsWritten, totalRows: n, file: partitionPath(plan, part) });
  };
  let files: WrittenFile[];
  if (workers > 1 && bounds.length > 2) {
    files = await writePartitionsOnWorkers(scenarioKey as string, plan, workers, onRows);
  } else {
    files = [];
    for (let part = 0; part + 1 < bounds.length; part++) {
      files.push(await writePartition(scenario as unknown as Scenario<object>, source, plan, part, (r) => onRows(part, r)));
    }
  }
  const totalBytes = files.reduce((sum, f) => sum + f.manifest.bytes, 0);
  return { files, rows: n, bytes: totalBytes };
}
