/**
 * One partition file of {@link writeDataset}: its rows streamed chunk by chunk into a
 * Parquet, Arrow IPC or CSV file written atomically, then its manifest. The same code
 * runs on the main thread and in the writer's worker threads, so the bytes cannot
 * depend on where a partition was written.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InjectionSpec } from "../injection-types";
import { DatasetManifest, manifestFields, manifestPathOf } from "../manifest";
import { Scenario } from "../scenario";
import { writeArrowIpcFile } from "./arrow-ipc-writer";
import { writeFileAtomically, writeTextAtomicallySync } from "./atomic-write";
import { BatchEncoder } from "./batch-encoder";
import { hashingSink } from "./byte-sink";
import { writeCsvFile } from "./csv-writer";
import { DATASET_EXTENSIONS, DatasetFormat } from "./dataset-format";
import { libraryVersion } from "./library-version";
import { writeParquetFile } from "./parquet-writer";
import { ChunkSource, RowChunk } from "./row-chunks";

/** One file written by {@link writeDataset}. */
export interface WrittenFile {
  /** Path of the data file. */
  path: string;
  /** Path of its manifest. */
  manifestPath: string;
  /** The manifest's content. */
  manifest: DatasetManifest;
}

/** What every partition of one {@link writeDataset} call shares (plain data, so it can go to a worker thread). @internal */
export interface PartitionPlan {
  readonly format: DatasetFormat;
  /** Directory of the data files. */
  readonly dir: string;
  /** Base name: the file is `<name><ext>`, or `part-00000<ext>` … when partitioned. */
  readonly name: string;
  /** True when more than one partition was asked for. */
  readonly partitioned: boolean;
  readonly seed: number;
  /** Rows asked for (before injections). */
  readonly generatedRows: number;
  readonly params?: Record<string, unknown>;
  readonly drift: readonly InjectionSpec[];
  /** Partition boundaries ⌊i·n/k⌋, i = 0 … k. */
  readonly bounds: readonly number[];
  readonly chunkRows: number;
}

/** Path of partition `part`'s data file. @internal */
export function partitionPath(plan: PartitionPlan, part: number): string {
  const ext = DATASET_EXTENSIONS[plan.format];
  return path.join(plan.dir, plan.partitioned ? `part-${String(part).padStart(5, "0")}${ext}` : `${plan.name}${ext}`);
}

/**
 * Writes partition `part` (rows [bounds[part], bounds[part + 1])) of `source` and then
 * its manifest; calls `onRows` with the rows of every chunk written. @internal
 */
export async function writePartition(
  scenario: Scenario<object>, source: ChunkSource, plan: PartitionPlan, part: number, onRows: (rows: number) => void,
): Promise<WrittenFile> {
  const from = plan.bounds[part];
  const to = plan.bounds[part + 1];
  const k = plan.bounds.length - 1;
  const n = source.totalRows;
  const file = partitionPath(plan, part);
  const manifestPath = manifestPathOf(file);
  fs.rmSync(manifestPath, { force: true });
  let firstChunk: RowChunk | null = null;
  const chunks = function* (): Iterable<RowChunk> {
    for (const c of source.chunks(from, to, plan.chunkRows)) {
      if (firstChunk === null) firstChunk = c;
      yield c;
    }
  };
  const { bytes, sha256 } = await writeFileAtomically(file, async (handle) => {
    const sink = hashingSink(handle);
    if (plan.format === "csv") await writeCsvFile(sink, chunks(), onRows);
    else {
      const encoder = new BatchEncoder(scenario, {
        seed: plan.seed, params: source.params, groundTruth: source.groundTruth,
        rows: to - from, rowStart: from, totalRows: n, partition: part, partitions: k,
      });
      const batches = (function* () { for (const c of chunks()) yield encoder.encode(c); })();
      if (plan.format === "arrow") await writeArrowIpcFile(sink, batches, onRows);
      else await writeParquetFile(sink, batches, plan.chunkRows, onRows);
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
    seed: plan.seed,
    generatedRows: plan.generatedRows,
    drift: [...plan.drift],
    groundTruth: [...source.groundTruth],
    totalRows: n,
    partition: part,
    partitions: k,
    rowStart: from,
    rows: to - from,
    format: plan.format,
    file: path.basename(file),
    bytes,
    sha256,
    libraryVersion: libraryVersion(),
    schema: first ? manifestFields(first.columns, scenario.columnsFor(source.params)) : [],
  };
  writeTextAtomicallySync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
  return { path: file, manifestPath, manifest };
}
