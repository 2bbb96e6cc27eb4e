/**
 * Input adapters of {@link driftReport}: an Arrow table, an array of plain records,
 * a danfo-like data frame or a map of columns becomes typed columns, once, so that
 * every drift test afterwards runs over typed arrays only.
 *
 * Duck typing (nothing here imports apache-arrow or danfojs):
 * - Arrow `Table`: has `schema.fields` (each with `name` and `type.typeId`) and
 *   `getChild(name)` returning a vector with `data` chunks.
 * - danfo-like frame: `columns` is an array of names and either `column(name).values`
 *   (danfojs `DataFrame.column`) or `values` (row-major arrays, danfojs `DataFrame.values`).
 * - records: an array of plain objects, one per row.
 * - column map: a plain object `{ name: values }` where values is an array, a typed
 *   array or a synth column `{ values, dictionary?, nulls? }`; the result of
 *   `generateColumns` (`{ columns: { … } }`) is accepted as is.
 */
import { InvalidParameterError } from "../util/errors";

/** What a column holds once adapted: numbers, category labels, or times (ms since the epoch). */
export type DriftColumnKind = "numeric" | "categorical" | "timestamp";

/** A numeric or timestamp column: values as Float64Array, NaN where missing. */
export interface NumericColumnData {
  readonly kind: "numeric" | "timestamp";
  /** One value per row; NaN marks a missing value (null, undefined, NaN, ±Infinity). */
  readonly values: Float64Array;
  /** Count of missing rows. */
  readonly missing: number;
}

/** A categorical column: dictionary codes, −1 where missing. */
export interface CategoricalColumnData {
  readonly kind: "categorical";
  /** One code per row, an index into `dictionary`; −1 marks a missing value. */
  readonly codes: Int32Array;
  /** Category labels (strings; booleans and forced numbers become their text). */
  readonly dictionary: readonly string[];
  /** Count of missing rows. */
  readonly missing: number;
}

/** One adapted column. */
export type DriftColumnData = NumericColumnData | CategoricalColumnData;

/** A danfo-like frame (danfojs `DataFrame` and anything of the same shape). */
export interface DanfoLikeFrame {
  /** Column names, in order. */
  readonly columns: readonly string[];
  /** danfojs: `df.column(name).values` (preferred when present). */
  column?(name: string): { readonly values: ArrayLike<unknown> };
  /** danfojs: row-major values, one array per row in `columns` order. */
  readonly values?: ArrayLike<ArrayLike<unknown>>;
}

/** The structural part of an Arrow `Table` the adapter reads. */
export interface ArrowTableLike {
  readonly schema: { readonly fields: readonly { readonly name: string; readonly type: unknown }[] };
  readonly numRows?: number;
  getChild(name: string): unknown;
}

/** A synth-style column (`generateColumns(…).columns[name]`). */
export interface ColumnLike {
  readonly values: ArrayLike<unknown>;
  readonly dictionary?: readonly string[];
  /** 1 = null. */
  readonly nulls?: ArrayLike<number>;
  readonly type?: string;
}

/**
 * Anything {@link driftReport} reads as a table: an Arrow table, an array of
 * records, a danfo-like frame, a column map or a `generateColumns` result.
 */
export type DriftTableInput =
  | ArrowTableLike
  | readonly Readonly<Record<string, unknown>>[]
  | DanfoLikeFrame
  | Readonly<Record<string, ArrayLike<unknown> | ColumnLike>>
  | { readonly columns: Readonly<Record<string, ArrayLike<unknown> | ColumnLike>> };

/** A table as typed columns, converted lazily and cached per column. */
export interface DriftFrame {
  /** Which adapter read the input. */
  readonly source: "arrow" | "records" | "danfo" | "columns";
  readonly rowCount: number;
  /** Column names in input order. */
  readonly names: readonly string[];
  /** The adapted column, or undefined when absent. `force` reads numbers as categories (or labels as numbers). */
  column(name: string, force?: "numeric" | "categorical"): DriftColumnData | undefined;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => {
  if (x === null || typeof x !== "object" || Array.isArray(x) || ArrayBuffer.isView(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
};

const isArrayLike = (x: unknown): x is ArrayLike<unknown> =>
  Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));

// Arrow type ids (apache-arrow `Type` enum, stable across versions).
const ARROW_INT = 2;
const ARROW_FLOAT = 3;
const ARROW_UTF8 = 5;
const ARROW_BOOL = 6;
const ARROW_DATE = 8;
const ARROW_TIMESTAMP = 10;
const ARROW_LARGE_UTF8 = 20;
const ARROW_DICTIONARY = -1;

/** Builds categorical codes from a sequence of labels (strings, booleans, forced numbers). */
class CodeBuilder {
  readonly codes: Int32Array;
  readonly dictionary: string[] = [];
  private readonly index = new Map<string, number>();
  missing = 0;
  constructor(n: number) {
    this.codes = new Int32Array(n);
  }
  code(label: string): number {
    let c = this.index.get(label);
    if (c === undefined) {
      c = this.dictionary.length;
      this.dictionary.push(label);
      this.index.set(label, c);
    }
    return c;
  }
  done(): CategoricalColumnData {
    return { kind: "categorical", codes: this.codes, dictionary: this.dictionary, missing: this.missing };
  }
}

function typeError(fn: string, where: string, value: unknown, expected: string): never {
  throw new InvalidParameterError(fn, where, value, expected);
}

/**
 * Converts values read one by one (`get(i)`) into a column. The kind is taken from
 * `force`, else from the first non-missing value: number or bigint → numeric,
 * Date → timestamp, string or boolean → categorical.
 */
function fromGetter(
  fn: string,
  where: (i: number) => string,
  n: number,
  get: (i: number) => unknown,
  force: "numeric" | "categorical" | undefined,
): DriftColumnData {
  let kind: DriftColumnKind | undefined = force;
  if (kind === undefined) {
    for (let i = 0; i < n && kind === undefined; i++) {
      const v = get(i);
      if (v === null || v === undefined) continue;
      if (typeof v === "number" || typeof v === "bigint") kind = "numeric";
      else if (v instanceof Date) kind = "timestamp";
      else if (typeof v === "string" || typeof v === "boolean") kind = "categorical";
      else typeError(fn, where(i), v, "a number, string, boolean, Date, null or undefined");
    }
    kind ??= "numeric"; // all missing: reported as such by the caller
  }
  if (kind === "categorical") {
    const b = new CodeBuilder(n);
    for (let i = 0; i < n; i++) {
      const v = get(i);
      if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) {
        b.codes[i] = -1;
        b.missing++;
      } else if (typeof v === "string" || typeof v === "boolean" || typeof v === "number" || typeof v === "bigint") {
        b.codes[i] = b.code(String(v));
      } else {
        typeError(fn, where(i), v, "a category label (string, boolean or number) or null");
      }
    }
    return b.done();
  }
  const values = new Float64Array(n);
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const v = get(i);
    let x: number;
    if (typeof v === "number") x = v;
    else if (v === null || v === undefined) x = NaN;
    else if (typeof v === "bigint") x = Number(v);
    else if (v instanceof Date) x = v.getTime();
    else typeError(fn, where(i), v, kind === "timestamp" ? "a Date, a number of ms, or null" : "a number or null (pass kinds: { column: \"categorical\" } for labels)");
    if (x - x !== 0) {
      values[i] = NaN;
      missing++;
    } else values[i] = x;
  }
  return { kind: kind as "numeric" | "timestamp", values, missing };
}

/** Numeric column from a typed array (no per-row objects), with an optional null mask (1 = null). */
function fromTypedArray(values: ArrayLike<number>, nulls: ArrayLike<number> | undefined, kind: "numeric" | "timestamp"): NumericColumnData {
  const n = values.length;
  if (nulls === undefined && values instanceof Float64Array) {
    let clean = true;
    for (let i = 0; i < n; i++) {
      const x = values[i];
      if (x - x !== 0) {
        clean = false;
        break;
      }
    }
    if (clean) return { kind, values, missing: 0 }; // the caller's array, read only
  }
  const out = new Float64Array(n);
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if ((nulls !== undefined && nulls[i] !== 0) || x - x !== 0) {
      out[i] = NaN;
      missing++;
    } else out[i] = x;
  }
  return { kind, values: out, missing };
}

function fromCodes(codes: ArrayLike<number>, dictionary: readonly string[], nulls: ArrayLike<number> | undefined): CategoricalColumnData {
  const n = codes.length;
  const out = new Int32Array(n);
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if ((nulls !== undefined && nulls[i] !== 0) || !(c >= 0 && c < dictionary.length)) {
      out[i] = -1;
      missing++;
    } else out[i] = c;
  }
  return { kind: "categorical", codes: out, dictionary: dictionary.map(String), missing };
}

/** Numeric → categorical (labels are the numbers' text) when the caller forces it. */
function numericAsCategorical(col: NumericColumnData): CategoricalColumnData {
  const b = new CodeBuilder(col.values.length);
  const v = col.values;
  for (let i = 0; i < v.length; i++) {
    if (Number.isNaN(v[i])) {
      b.codes[i] = -1;
      b.missing++;
    } else b.codes[i] = b.code(String(v[i]));
  }
  return b.done();
}

/** Categorical → numeric when every label parses as a finite number. */
function categoricalAsNumeric(fn: string, name: string, col: CategoricalColumnData): NumericColumnData {
  const parsed = col.dictionary.map((s) => (s.trim() === "" ? NaN : Number(s)));
  parsed.forEach((x, k) => {
    if (!Number.isFinite(x)) typeError(fn, `kinds.${name}`, "numeric", `a kind that fits the labels ("${col.dictionary[k]}" is not a number)`);
  });
  const out = new Float64Array(col.codes.length);
  for (let i = 0; i < out.length; i++) out[i] = col.codes[i] < 0 ? NaN : parsed[col.codes[i]];
  return { kind: "numeric", values: out, missing: col.missing };
}

function coerce(fn: string, name: string, col: DriftColumnData, force: "numeric" | "categorical" | undefined): DriftColumnData {
  if (force === undefined || col.kind === force) return col;
  if (force === "categorical") return numericAsCategorical(col as NumericColumnData);
  if (col.kind === "categorical") return categoricalAsNumeric(fn, name, col);
  return { kind: "numeric", values: col.values, missing: col.missing };
}

// ---------------------------------------------------------------- Arrow

interface ArrowData {
  readonly type: { readonly typeId: number; readonly unit?: number };
  readonly length: number;
  readonly offset: number;
  readonly nullCount: number;
  readonly nullBitmap?: Uint8Array | null;
  readonly values?: ArrayLike<number | bigint>;
  readonly dictionary?: { toArray(): ArrayLike<unknown> };
}

interface ArrowVector {
  readonly length: number;
  readonly data?: readonly ArrowData[];
  get(i: number): unknown;
}

const isValid = (d: ArrowData, i: number): boolean => {
  if (d.nullCount === 0 || !d.nullBitmap || d.nullBitmap.length === 0) return true;
  const bit = d.offset + i;
  return (d.nullBitmap[bit >> 3] & (1 << (bit & 7))) !== 0;
};

/** ms per unit of an Arrow timestamp (SECOND 0, MILLISECOND 1, MICROSECOND 2, NANOSECOND 3). */
const MS_PER_UNIT = [1000, 1, 1e-3, 1e-6];

function arrowColumn(fn: string, name: string, vector: ArrowVector, force: "numeric" | "categorical" | undefined): DriftColumnData {
  const chunks = vector.data ?? [];
  const n = vector.length;
  const typeId = chunks.length > 0 ? chunks[0].type.typeId : NaN;
  const where = (i: number) => `${name}[${i}]`;
  if (typeId === ARROW_FLOAT || typeId === ARROW_INT || typeId === ARROW_TIMESTAMP) {
    const values = new Float64Array(n);
    let missing = 0;
    let at = 0;
    for (const d of chunks) {
      const src = d.values;
      if (src === undefined || (d.type.typeId === ARROW_FLOAT && src instanceof Uint16Array)) {
        // half floats and anything unusual: read through the vector
        for (let i = 0; i < d.length; i++) {
          const v = vector.get(at + i);
          const x = v === null || v === undefined ? NaN : Number(v);
          values[at + i] = x - x === 0 ? x : NaN;
          if (!(x - x === 0)) missing++;
        }
        at += d.length;
        continue;
      }
      const scale = d.type.typeId === ARROW_TIMESTAMP ? MS_PER_UNIT[d.type.unit ?? 1] : 1;
      const big = typeof src[0] === "bigint" || src instanceof BigInt64Array || src instanceof BigUint64Array;
      // Arrow JS slices `values` with the data (offset applies to the bitmaps only).
      for (let i = 0; i < d.length; i++) {
        let x: number;
        if (!isValid(d, i)) x = NaN;
        else {
          const raw = src[i];
          x = big ? Number(raw as bigint) * scale : (raw as number) * scale;
        }
        if (x - x !== 0) {
          values[at + i] = NaN;
          missing++;
        } else values[at + i] = x;
      }
      at += d.length;
    }
    const col: NumericColumnData = { kind: typeId === ARROW_TIMESTAMP ? "timestamp" : "numeric", values, missing };
    return coerce(fn, name, col, force);
  }
  if (typeId === ARROW_DICTIONARY) {
    // Each chunk may carry its own dictionary; map chunk codes to one global dictionary.
    const b = new CodeBuilder(n);
    let at = 0;
    for (const d of chunks) {
      const labels = d.dictionary ? Array.from(d.dictionary.toArray(), (s) => (s === null || s === undefined ? null : String(s))) : [];
      const map = labels.map((s) => (s === null ? -1 : b.code(s)));
      const src = d.values as ArrayLike<number> | undefined;
      for (let i = 0; i < d.length; i++) {
        let c = -1;
        if (src !== undefined && isValid(d, i)) {
          const k = src[i]; // codes are sliced with the data, like numeric values
          c = k >= 0 && k < map.length ? map[k] : -1;
        }
        b.codes[at + i] = c;
        if (c < 0) b.missing++;
      }
      at += d.length;
    }
    return coerce(fn, name, b.done(), force);
  }
  if (typeId === ARROW_BOOL) {
    const b = new CodeBuilder(n);
    const f = b.code("false");
    const t = b.code("true");
    let at = 0;
    for (const d of chunks) {
      const bits = d.values as Uint8Array;
      for (let i = 0; i < d.length; i++) {
        if (!isValid(d, i)) {
          b.codes[at + i] = -1;
          b.missing++;
        } else {
          const bit = d.offset + i;
          b.codes[at + i] = (bits[bit >> 3] & (1 << (bit & 7))) !== 0 ? t : f;
        }
      }
      at += d.length;
    }
    return coerce(fn, name, b.done(), force);
  }
  if (typeId === ARROW_UTF8 || typeId === ARROW_LARGE_UTF8) {
    return fromGetter(fn, where, n, (i) => vector.get(i), force ?? "categorical");
  }
  if (typeId === ARROW_DATE) {
    const col = fromGetter(fn, where, n, (i) => {
      const v = vector.get(i);
      return v === null || v === undefined ? v : v instanceof Date ? v : new Date(Number(v));
    }, undefined);
    return coerce(fn, name, col, force);
  }
  return fromGetter(fn, where, n, (i) => vector.get(i), force);
}

// ---------------------------------------------------------------- detection

function isArrowTable(x: unknown): x is ArrowTableLike {
  if (x === null || typeof x !== "object") return false;
  const t = x as { schema?: { fields?: unknown }; getChild?: unknown };
  return typeof t.getChild === "function" && t.schema !== undefined && Array.isArray(t.schema.fields);
}

function isDanfoLike(x: unknown): x is DanfoLikeFrame {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return false;
  const f = x as { columns?: unknown; column?: unknown; values?: unknown };
  return Array.isArray(f.columns) && f.columns.every((c) => typeof c === "string") &&
    (typeof f.column === "function" || Array.isArray(f.values));
}

function isColumnLike(x: unknown): x is ColumnLike {
  return isPlainObject(x) && isArrayLike((x as { values?: unknown }).values);
}

function makeFrame(
  source: DriftFrame["source"],
  rowCount: number,
  names: readonly string[],
  read: (name: string, force: "numeric" | "categorical" | undefined) => DriftColumnData,
): DriftFrame {
  const cache = new Map<string, DriftColumnData>();
  const known = new Set(names);
  return {
    source,
    rowCount,
    names,
    column(name, force) {
      if (!known.has(name)) return undefined;
      const key = `${force ?? ""}\u0000${name}`;
      let col = cache.get(key);
      if (col === undefined) {
        col = read(name, force);
        cache.set(key, col);
      }
      return col;
    },
  };
}

/**
 * Reads `input` as a {@link DriftFrame} (see the module comment for the accepted
 * shapes). Columns are converted on first use: O(rows) per column for typed and
 * Arrow inputs, O(rows) per column for records (O(rows × columns) in all).
 *
 * Missing values (null, undefined, NaN, ±Infinity, Arrow nulls) are kept as NaN or
 * code −1 and counted, never dropped silently.
 *
 * @param fn - the public function, named in errors
 * @param parameter - the parameter name, e.g. "reference"
 * @param input - the table
 * @throws InvalidParameterError for an unsupported input, records that are not
 *   objects, or columns of unequal length (each names the parameter)
 * @example
 * ```ts
 * const frame = toDriftFrame("demo", "reference", [{ age: 31, device: "ios" }, { age: 45, device: "web" }]);
 * frame.source                 // "records"
 * frame.names                  // ["age", "device"]
 * frame.column("age").kind     // "numeric"
 * ```
 */
export function toDriftFrame(fn: string, parameter: string, input: DriftTableInput): DriftFrame {
  if (isArrowTable(input)) {
    const names = input.schema.fields.map((f) => f.name);
    const first = names.length > 0 ? (input.getChild(names[0]) as ArrowVector | null) : null;
    const rowCount = typeof input.numRows === "number" ? input.numRows : first ? first.length : 0;
    return makeFrame("arrow", rowCount, names, (name, force) =>
      arrowColumn(fn, `${parameter}.${name}`, input.getChild(name) as ArrowVector, force));
  }
  if (Array.isArray(input)) {
    const rows = input as readonly unknown[];
    const names: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r === null || typeof r !== "object" || Array.isArray(r)) {
        typeError(fn, `${parameter}[${i}]`, r, "a record (plain object) per row");
      }
      for (const k of Object.keys(r as object)) {
        if (!seen.has(k)) {
          seen.add(k);
          names.push(k);
        }
      }
    }
    return makeFrame("records", rows.length, names, (name, force) =>
      fromGetter(fn, (i) => `${parameter}[${i}].${name}`, rows.length, (i) => (rows[i] as Record<string, unknown>)[name], force));
  }
  if (isDanfoLike(input)) {
    const names = [...input.columns];
    const frame = input;
    const byColumn = typeof frame.column === "function";
    const rows = frame.values;
    const rowCount = byColumn
      ? names.length > 0 ? frame.column!(names[0]).values.length : 0
      : (rows as ArrayLike<unknown>).length;
    return makeFrame("danfo", rowCount, names, (name, force) => {
      if (byColumn) {
        const values = frame.column!(name).values;
        if (values.length !== rowCount) typeError(fn, `${parameter}.${name}`, values, `a column of ${rowCount} values like the others`);
        return typedOrGetter(fn, `${parameter}.${name}`, values, undefined, undefined, force);
      }
      const j = names.indexOf(name);
      const r = rows as ArrayLike<ArrayLike<unknown>>;
      return fromGetter(fn, (i) => `${parameter}.values[${i}][${j}]`, rowCount, (i) => r[i][j], force);
    });
  }
  if (isPlainObject(input)) {
    const map = (isPlainObject(input.columns) ? input.columns : input) as Record<string, unknown>;
    const names = Object.keys(map);
    let rowCount = -1;
    for (const name of names) {
      const c = map[name];
      const values = isColumnLike(c) ? c.values : c;
      if (!isArrayLike(values)) {
        typeError(fn, `${parameter}.${name}`, c, "an array, a typed array or a column { values, dictionary?, nulls? }");
      }
      if (rowCount < 0) rowCount = values.length;
      else if (values.length !== rowCount) typeError(fn, `${parameter}.${name}`, values, `a column of ${rowCount} values like the others`);
    }
    return makeFrame("columns", Math.max(rowCount, 0), names, (name, force) => {
      const c = map[name];
      if (isColumnLike(c)) return typedOrGetter(fn, `${parameter}.${name}`, c.values, c.dictionary, c.nulls, force, c.type);
      return typedOrGetter(fn, `${parameter}.${name}`, c as ArrayLike<unknown>, undefined, undefined, force);
    });
  }
  return typeError(fn, parameter, input,
    "an Arrow table, an array of records, a danfo-like frame ({ columns, column(name).values }) or a map of columns");
}

function typedOrGetter(
  fn: string,
  where: string,
  values: ArrayLike<unknown>,
  dictionary: readonly string[] | undefined,
  nulls: ArrayLike<number> | undefined,
  force: "numeric" | "categorical" | undefined,
  type?: string,
): DriftColumnData {
  if (ArrayBuffer.isView(values)) {
    if (typeof (values as unknown as ArrayLike<unknown>)[0] === "bigint") {
      return fromGetter(fn, (i) => `${where}[${i}]`, values.length, (i) => values[i], force);
    }
    const nums = values as ArrayLike<number>;
    if (dictionary !== undefined) return coerce(fn, where, fromCodes(nums, dictionary, nulls), force);
    if (type === "bool") {
      const col = fromCodes(nums, ["false", "true"], nulls);
      return coerce(fn, where, col, force);
    }
    return coerce(fn, where, fromTypedArray(nums, nulls, type === "timestamp" ? "timestamp" : "numeric"), force);
  }
  return fromGetter(fn, (i) => `${where}[${i}]`, values.length, (i) => (nulls !== undefined && nulls[i] !== 0 ? null : values[i]), force);
}
