/**
 * Loading a dataset file with its manifest check: size and sha256 first, then the
 * format, then the row count and column names of what was read.
 */
import type * as Arrow from "apache-arrow";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { columnsToTable } from "../generate-table";
import { DatasetManifest, readManifest } from "../manifest";
import { Scenario } from "../scenario";
import { SCENARIOS } from "../scenarios";
import { csvToColumns, parseCsvRecords } from "./csv-reader";
import { DatasetIntegrityError } from "./dataset-integrity-error";
import { readParquetTable } from "./parquet-writer";

function checkSize(file: string, m: DatasetManifest): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new DatasetIntegrityError(file, "bytes", `a file of ${m.bytes} bytes`, "no such file");
  }
  if (size !== m.bytes) throw new DatasetIntegrityError(file, "bytes", `${m.bytes} bytes`, `${size} bytes`);
}

function readChecked(file: string, m: DatasetManifest): Buffer {
  checkSize(file, m);
  const bytes = fs.readFileSync(file);
  const sha = createHash("sha256").update(bytes).digest("hex");
  if (sha !== m.sha256) throw new DatasetIntegrityError(file, "sha256", m.sha256, sha);
  return bytes;
}

/**
 * Checks a data file against its manifest without parsing it: the manifest exists and
 * is well formed, and the file's size and sha256 match. The file is hashed in 4 MiB
 * reads, so this works for files of any size.
 *
 * @param file - path of the data file
 * @returns the manifest
 * @throws DatasetIntegrityError naming the file, the failed check, and expected vs actual
 * @example
 * ```ts
 * verifyDataset("datasets/clickstream-50k.parquet").sha256; // "…" (the manifest's hash, now verified)
 * ```
 */
export function verifyDataset(file: string): DatasetManifest {
  const m = readManifest(file);
  checkSize(file, m);
  const hash = createHash("sha256");
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 22);
    for (let n = fs.readSync(fd, buf, 0, buf.length, null); n > 0; n = fs.readSync(fd, buf, 0, buf.length, null)) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  const sha = hash.digest("hex");
  if (sha !== m.sha256) throw new DatasetIntegrityError(file, "sha256", m.sha256, sha);
  return m;
}

/**
 * Loads a dataset file written by {@link writeDataset} (or `mlsys-lab generate`) as an
 * Arrow Table, after checking it against its manifest `<file>.manifest.json`: manifest
 * present, size and sha256 equal, then the parsed table's row count and column names
 * equal the manifest's. Parquet is read with parquet-wasm, Arrow IPC with apache-arrow,
 * and CSV is parsed with the manifest's schema into the same Arrow types the other
 * formats give (dictionary strings, Timestamp(ms, UTC), …). The whole file is read
 * into memory: use it for samples and partitions, not for 100 M-row files.
 *
 * @param file - path of the data file
 * @returns the table, with units in field metadata and the scenario, seed and ground truth in schema metadata
 * @throws DatasetIntegrityError when the manifest is missing or malformed, the size, sha256,
 * rows or schema differ, or the content does not parse; MissingPackageError for Parquet without parquet-wasm
 * @example
 * ```ts
 * const t = loadDataset("datasets/clickstream-50k.parquet");
 * t.numRows; // 50000
 * ```
 */
export function loadDataset(file: string): Arrow.Table {
  const m = readManifest(file);
  const bytes = readChecked(file, m);
  const A = require("apache-arrow") as typeof Arrow;
  let table: Arrow.Table;
  try {
    if (m.format === "arrow") table = A.tableFromIPC(bytes);
    else if (m.format === "parquet") table = readParquetTable(bytes);
    else if (m.format === "csv") {
      const scenario = SCENARIOS[m.scenario] as Scenario<object> | undefined;
      if (scenario === undefined) throw new DatasetIntegrityError(file, "manifest", "a known scenario", JSON.stringify(m.scenario));
      const { columns, rowCount } = csvToColumns(parseCsvRecords(bytes.toString("utf8"), file), m.schema, file);
      table = columnsToTable(scenario, { columns, rowCount, seed: m.seed, rows: m.rows, params: m.params, groundTruth: m.groundTruth ?? [] }, [0, rowCount]);
    } else {
      throw new DatasetIntegrityError(file, "format", "parquet, arrow or csv", JSON.stringify(m.format));
    }
  } catch (e) {
    if (e instanceof DatasetIntegrityError) throw e;
    throw new DatasetIntegrityError(file, "content", `a readable ${m.format} file`, (e as Error).message);
  }
  if (table.numRows !== m.rows) throw new DatasetIntegrityError(file, "rows", `${m.rows} rows`, `${table.numRows} rows`);
  const names = table.schema.fields.map((f) => f.name).join(",");
  const expected = m.schema.map((f) => f.name).join(",");
  if (names !== expected) throw new DatasetIntegrityError(file, "schema", `columns ${expected}`, names);
  return table;
}

/**
 * Lists the data files of a directory that have manifests (a partitioned dataset's
 * parts, or a folder of samples), in name order.
 *
 * @param dir - directory
 * @returns data file paths
 * @example
 * ```ts
 * datasetFiles("/tmp/out/clickstream"); // [ "/tmp/out/clickstream/part-00000.parquet", … ]
 * ```
 */
export function datasetFiles(dir: string): string[] {
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith(".manifest.json"))
    .map((f) => path.join(dir, f.slice(0, -".manifest.json".length)))
    .sort();
}
