/**
 * Streaming dataset writer: a scenario's table goes to Parquet, Arrow IPC or CSV files
 * chunk by chunk, each file written atomically and followed by its manifest.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { validatorFor } from "../../util/validate";
import { InjectionSpec } from "../injection-types";
import { DatasetManifest, manifestFields, manifestPathOf } from "../manifest";
import { Scenario } from "../scenario";
import { writeArrowIpcFile } from "./arrow-ipc-writer";
import { writeFileAtomically, writeTextAtomicallySync } from "./atomic-write";
import { BatchEncoder } from "./batch-encoder";
import { hashingSink } from "./byte-sink";
import { writeCsvFile } from "./csv-writer";
import { DATASET_EXTENSIONS, DATASET_FORMATS, DatasetFormat } from "./dataset-format";
import { libraryVersion } from "./library-version";
import { writeParquetFile } from "./parquet-writer";
import { partitionBounds, RowChunk, scenarioChunkSource } from "./row-chunks";

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
  /** Called after every chunk. */
  onProgress?: (progress: WriteProgress) => void;
}

/** One file written by {@link writeDataset}. */
export interface WrittenFile {
  /** Path of the data file. */
  path: string;
  /** Path of its manifest. */
  manifestPath: string;
  /** The manifest's content. */
  manifest: DatasetManifest;
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
 * Same (scenario, params, seed, rows, partitions, chunkRows, format) → same bytes.
 * Parquet row groups and Arrow batches follow the chunks, so `chunkRows` is part of
 * the recipe for those two formats (CSV bytes do not depend on it).
 *
 * @param scenario - a {@link Scenario}, e.g. `SCENARIOS.clickstream`
 * @param options - {@link WriteDatasetOptions}
 * @returns the files written with their manifests
 * @throws InvalidParameterError for a bad format, outDir, name, partitions, chunkRows, rows, seed or params;
 * MissingPackageError when Parquet is asked for without parquet-wasm; file-system errors
 * @example
 * ```ts
 * const out = await writeDataset(SCENARIOS.credit_applications, { rows: 1000, seed: 7, format: "csv", outDir: "/tmp/ds" });
 * out.files[0].path;              // "/tmp/ds/credit_applications.csv"
 * out.files[0].manifest.rows;     // 1000
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

  const source = scenarioChunkSource(scenario, { rows, seed: options.seed, params: options.params, drift: options.drift });
  const n = source.totalRows;
  const bounds = partitionBounds(n, Math.min(k, n));
  const ext = DATASET_EXTENSIONS[format];
  const dir = k > 1 ? path.join(options.outDir, name) : options.outDir;
  fs.mkdirSync(dir, { recursive: true });
  const specs = scenario.columnsFor(source.params as unknown as P);

  const files: WrittenFile[] = [];
  let rowsWritten = 0;
  let totalBytes = 0;
  for (let part = 0; part + 1 < bounds.length; part++) {
    const [from, to] = [bounds[part], bounds[part + 1]];
    const file = path.join(dir, k > 1 ? `part-${String(part).padStart(5, "0")}${ext}` : `${name}${ext}`);
    const manifestPath = manifestPathOf(file);
    fs.rmSync(manifestPath, { force: true });
    let firstChunk: RowChunk | null = null;
    const chunks = function* (): Iterable<RowChunk> {
      for (const c of source.chunks(from, to, chunkRows)) {
        if (firstChunk === null) firstChunk = c;
        yield c;
      }
    };
    const progress = (r: number): void => {
      rowsWritten += r;
      options.onProgress?.({ rowsWritten, totalRows: n, file });
    };
    const { bytes, sha256 } = await writeFileAtomically(file, async (handle) => {
      const sink = hashingSink(handle);
      if (format === "csv") await writeCsvFile(sink, chunks(), progress);
      else {
        const encoder = new BatchEncoder(scenario as unknown as Scenario<object>, {
          seed: options.seed, params: source.params, groundTruth: source.groundTruth,
          rows: to - from, rowStart: from, totalRows: n, partition: part, partitions: k,
        });
        const batches = (function* () { for (const c of chunks()) yield encoder.encode(c); })();
        if (format === "arrow") await writeArrowIpcFile(sink, batches, progress);
        else await writeParquetFile(sink, batches, chunkRows, progress);
      }
      return { bytes: sink.bytes, sha256: sink.digest() };
    });
    const first = firstChunk as RowChunk | null;
    const manifest: DatasetManifest = {
      manifestVersion: 1,
      generator: "mlsys-lab.synth",
      prng: "philox4x32-10",
      scenario: scenario.name,
      params: source.params,
      seed: options.seed,
      generatedRows: rows,
      drift: [...(options.drift ?? [])],
      groundTruth: [...source.groundTruth],
      totalRows: n,
      partition: part,
      partitions: k,
      rowStart: from,
      rows: to - from,
      format,
      file: path.basename(file),
      bytes,
      sha256,
      libraryVersion: libraryVersion(),
      schema: first ? manifestFields(first.columns, specs) : [],
    };
    writeTextAtomicallySync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
    files.push({ path: file, manifestPath, manifest });
    totalBytes += bytes;
  }
  return { files, rows: n, bytes: totalBytes };
}
