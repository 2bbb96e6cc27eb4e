/**
 * danfojs adapter: an Arrow Table (from generateTable or loadDataset) as a danfo
 * DataFrame. danfojs-node is not a dependency of mlsys-lab: it installs only with npm
 * overrides and is large, so it is loaded lazily, and only when this function runs.
 */
import type * as Arrow from "apache-arrow";
import { validatorFor } from "../../util/validate";
import { MissingPackageError } from "./missing-package-error";

/** A DataFrame constructor: danfo's `new DataFrame(columnsObject, options)`. */
export type DataFrameConstructor<D = unknown> = new (data: Record<string, unknown[]>, options?: { columns?: string[] }) => D;

/** Options of {@link toDanfo}. */
export interface ToDanfoOptions<D = unknown> {
  /** DataFrame constructor to use; default danfojs-node's (or danfojs's), loaded lazily. */
  DataFrame?: DataFrameConstructor<D>;
  /** Largest table accepted (danfo is slow on big tables); default 1,000,000 rows. */
  maxRows?: number;
  /** How timestamps become cells: "date" (Date objects, default), "iso" (ISO-8601 strings) or "ms" (numbers). */
  timestamps?: "date" | "iso" | "ms";
}

/** How to install danfojs-node offline from the npm registry (see DESIGN.md decision 4). */
export const DANFO_INSTALL =
  'add "overrides": { "xlsx": "0.18.5", "@tensorflow/tfjs-node": "npm:@tensorflow/tfjs@3.21.0" } to package.json, then npm install danfojs-node@1.2.0';

function loadDataFrame(): DataFrameConstructor {
  let firstError = "";
  for (const name of ["danfojs-node", "danfojs"]) {
    try {
      return (require(name) as { DataFrame: DataFrameConstructor }).DataFrame;
    } catch (e) {
      if (!firstError) firstError = (e as Error).message;
    }
  }
  throw new MissingPackageError("danfojs-node", DANFO_INSTALL, firstError);
}

/**
 * Plain column arrays of an Arrow Table, in the shapes a danfo DataFrame takes: numbers,
 * booleans, strings (dictionary columns), timestamps per `timestamps`, nulls as null;
 * an embedding column `e` of size d becomes columns e_0 … e_{d−1}.
 *
 * @param table - an Arrow Table
 * @param timestamps - "date", "iso" or "ms"
 * @returns columns by name, in schema order
 * @example
 * ```ts
 * tableToColumnArrays(generateTable(clickstream, { rows: 2, seed: 1 }), "iso").ts;
 * // [ "2024-01-01T14:31:24.287Z", "2024-01-01T14:32:16.860Z" ]
 * ```
 */
export function tableToColumnArrays(table: Arrow.Table, timestamps: "date" | "iso" | "ms" = "date"): Record<string, unknown[]> {
  const A = require("apache-arrow") as typeof Arrow;
  const out: Record<string, unknown[]> = {};
  for (const field of table.schema.fields) {
    const vector = table.getChild(field.name);
    if (vector === null) continue;
    const n = vector.length;
    if (A.DataType.isFixedSizeList(field.type)) {
      const size = (field.type as Arrow.FixedSizeList).listSize;
      const cols = Array.from({ length: size }, () => new Array<unknown>(n));
      for (let i = 0; i < n; i++) {
        const row = vector.get(i) as Arrow.Vector | null;
        for (let j = 0; j < size; j++) cols[j][i] = row === null ? null : row.get(j);
      }
      cols.forEach((c, j) => { out[`${field.name}_${j}`] = c; });
      continue;
    }
    const isTime = A.DataType.isTimestamp(field.type);
    const values = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      let x = vector.get(i) as unknown;
      if (x !== null && isTime) {
        const ms = Number(x);
        x = timestamps === "ms" ? ms : timestamps === "iso" ? new Date(ms).toISOString() : new Date(ms);
      } else if (typeof x === "bigint") x = Number(x);
      values[i] = x === undefined ? null : x;
    }
    out[field.name] = values;
  }
  return out;
}

/**
 * Converts an Arrow Table into a danfo DataFrame (an adapter at the edge: danfo is
 * convenient in notebooks but slow, so keep it off hot paths). danfojs-node is loaded
 * lazily; when it is absent the error says how to install it offline.
 *
 * @param table - an Arrow Table
 * @param options - {@link ToDanfoOptions}; pass `DataFrame` to use an already loaded danfo
 * @returns a danfo DataFrame
 * @throws MissingPackageError when neither danfojs-node nor danfojs can be loaded;
 * InvalidParameterError when the table has more than `maxRows` rows
 * @example
 * ```ts
 * const df = toDanfo(generateTable(creditApplications, { rows: 100, seed: 1 }));
 * df.shape; // [ 100, 11 ]  (with danfojs-node installed; 11 columns, none an embedding)
 * ```
 */
export function toDanfo<D = unknown>(table: Arrow.Table, options: ToDanfoOptions<D> = {}): D {
  const v = validatorFor("toDanfo");
  if (table === null || typeof table !== "object" || typeof (table as Arrow.Table).getChild !== "function") {
    v.fail("table", table, "an Arrow Table");
  }
  const maxRows = v.integer("maxRows", options.maxRows ?? 1_000_000, 1);
  if (table.numRows > maxRows) v.fail("table", `${table.numRows} rows`, `a table of at most maxRows = ${maxRows} rows (slice it first)`);
  const timestamps = v.oneOf("timestamps", options.timestamps ?? "date", ["date", "iso", "ms"] as const);
  const DataFrame = (options.DataFrame ?? loadDataFrame()) as DataFrameConstructor<D>;
  const columns = tableToColumnArrays(table, timestamps);
  return new DataFrame(columns, { columns: Object.keys(columns) });
}
