/**
 * Row against columnar files, measured (book Ch. 4, format efficiency): write one wide
 * table as CSV and as Parquet with several codecs, then time DuckDB reading a few of its
 * columns, and all of them, from each file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { validatorFor } from "../util/validate";
import { stopwatch } from "./pipeline-run";
import type { Warehouse } from "./warehouse";

/** The file formats {@link formatScan} writes. */
export type ScanFormat = "csv" | "parquet-uncompressed" | "parquet-snappy" | "parquet-gzip" | "parquet-zstd";

const ALL_FORMATS: readonly ScanFormat[] = ["csv", "parquet-uncompressed", "parquet-snappy", "parquet-gzip", "parquet-zstd"];

/** Input of {@link formatScan}. */
export interface FormatScanInput {
  /** An open warehouse ({@link openWarehouse}); the files go to its temporary directory. */
  readonly warehouse: Warehouse;
  /** Rows of the generated table, an integer in [1, 10,000,000]. */
  readonly rows: number;
  /** Integer feature columns besides the id, an integer in [1, 500]. Book: 100. */
  readonly columns: number;
  /** Columns a job reads, an integer in [1, columns]. Book: 20. */
  readonly columnsRead: number;
  /** Formats to write and read; default all five. */
  readonly formats?: readonly ScanFormat[];
  /** Timed repetitions of each scan (the best is kept), an integer in [1, 20]. Default 3. */
  readonly repeats?: number;
}

/** One file of {@link formatScan}. */
export interface FormatScanFile {
  readonly format: ScanFormat;
  /** File size in bytes. Deterministic for a given DuckDB version. */
  readonly bytes: number;
  /** Wall-clock time to write it, in s (varies). */
  readonly writeSeconds: number;
  /** Best time to sum `columnsRead` columns, in s (varies). */
  readonly readSomeSeconds: number;
  /** Best time to sum every column, in s (varies). */
  readonly readAllSeconds: number;
  /** Sum of the `columnsRead` columns: the same in every format, a check that every file holds the same data. */
  readonly checksum: number;
}

/** Result of {@link formatScan}. */
export interface FormatScanResult {
  readonly rows: number;
  readonly columns: number;
  readonly columnsRead: number;
  readonly files: readonly FormatScanFile[];
}

const sumOf = (count: number): string => Array.from({ length: count }, (_, k) => `sum(c${k + 1})`).join(" + ");

/**
 * Writes a deterministic wide table (`id` plus `columns` integer columns, c_k =
 * hash(id·columns + k) mod 1000) in each format and measures reading part of it and all
 * of it with DuckDB.
 *
 * A row format (CSV) must parse every column to read a few; Parquet reads only the column
 * chunks asked for, and its codecs trade file size against decode time. Source: seed 004
 * L7035–L7066 (20 of 100 columns: η = 0.2 for CSV; gzip 6–8× vs Snappy 2–3×).
 *
 * @returns the files with their sizes, times (varying run to run) and checksums.
 * @throws InvalidParameterError for sizes out of range, an unknown format, a warehouse that is not open.
 * @example
 * ```ts
 * const wh = await openWarehouse();
 * const r = await formatScan({ warehouse: wh, rows: 10_000, columns: 10, columnsRead: 2, formats: ["csv", "parquet-snappy"] });
 * r.files.map((f) => f.format) // ["csv", "parquet-snappy"]
 * wh.close();
 * ```
 */
export async function formatScan(input: FormatScanInput): Promise<FormatScanResult> {
  const fn = "formatScan";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["warehouse", "rows", "columns", "columnsRead", "formats", "repeats"]);
  const wh = i.warehouse;
  if (wh === null || typeof wh !== "object" || typeof wh.run !== "function" || typeof wh.path !== "string") check.fail("warehouse", wh, "an open warehouse from openWarehouse()");
  const rows = check.integer("rows", i.rows, 1);
  if (rows > 10_000_000) check.fail("rows", rows, "an integer in [1, 10000000]");
  const columns = check.integer("columns", i.columns, 1);
  if (columns > 500) check.fail("columns", columns, "an integer in [1, 500]");
  const used = check.integer("columnsRead", i.columnsRead, 1);
  if (used > columns) check.fail("columnsRead", used, `an integer in [1, columns = ${columns}]`);
  const formats = i.formats ?? ALL_FORMATS;
  if (!Array.isArray(formats) || formats.length === 0) check.fail("formats", formats, `a non-empty list of ${ALL_FORMATS.map((f) => JSON.stringify(f)).join(", ")}`);
  formats.forEach((f, k) => check.oneOf(`formats[${k}]`, f, ALL_FORMATS));
  const repeats = check.integer("repeats", i.repeats ?? 3, 1);
  if (repeats > 20) check.fail("repeats", repeats, "an integer in [1, 20]");

  const dir = path.dirname(wh.path);
  const list = Array.from({ length: columns }, (_, k) => `CAST(hash(range * ${columns} + ${k + 1}) % 1000 AS INTEGER) AS c${k + 1}`).join(", ");
  await wh.run(`CREATE OR REPLACE TABLE format_scan AS SELECT range AS id, ${list} FROM range(${rows})`);
  const files: FormatScanFile[] = [];
  for (const format of formats) {
    const [kind, codec] = format.split("-");
    const file = path.join(dir, `format_scan_${format}.${kind}`).replace(/'/g, "''");
    const options = kind === "csv" ? "FORMAT CSV, HEADER" : `FORMAT PARQUET, COMPRESSION ${codec}`;
    const writing = stopwatch();
    await wh.run(`COPY format_scan TO '${file}' (${options})`);
    const writeSeconds = writing();
    const source = kind === "csv" ? `read_csv('${file}', header = true)` : `read_parquet('${file}')`;
    const best = async (sql: string): Promise<{ seconds: number; value: number }> => {
      let seconds = Infinity;
      let value = 0;
      for (let r = 0; r < repeats; r++) {
        const clock = stopwatch();
        const out = await wh.query(sql);
        seconds = Math.min(seconds, clock());
        value = Number(out[0]?.total ?? 0);
      }
      return { seconds, value };
    };
    const some = await best(`SELECT ${sumOf(used)} AS total FROM ${source}`);
    const all = await best(`SELECT ${sumOf(columns)} AS total FROM ${source}`);
    files.push(Object.freeze({ format, bytes: fs.statSync(file).size, writeSeconds, readSomeSeconds: some.seconds, readAllSeconds: all.seconds, checksum: some.value }));
  }
  await wh.run("DROP TABLE format_scan");
  return Object.freeze({ rows, columns, columnsRead: used, files: Object.freeze(files) });
}
