/** Row selection and per-row randomness for injections (internal). */
import { uniform } from "../random/uniform";
import { Validator } from "../util/validate";
import { RowSelector } from "./injection-types";
import { columnSource } from "./keyed-stream";
import { Column, Columns } from "./scenario";
import { largeTypedArray } from "../util/large-array";

/** @internal The working state injections read and replace columns in. */
export interface InjectContext {
  columns: Columns;
  rowCount: number;
  seed: number;
  v: Validator;
}

/** @internal Selected rows, ascending, with the position f ∈ [0, 1] of each inside the range. */
export interface Selection {
  rows: Int32Array;
  rowRange: [number, number];
  timeRange?: [string, string];
  /** f for a gradual ramp: by row position, or by time when selecting by time. */
  ramp(k: number): number;
  /** True when rows is exactly every row of rowRange. */
  contiguous: boolean;
}

/** @internal Looks a column up or fails naming `param`. */
export function columnOf(ctx: InjectContext, param: string, name: unknown): Column {
  const c = typeof name === "string" ? ctx.columns[name] : undefined;
  if (c === undefined) ctx.v.fail(param, name, `one of the columns ${Object.keys(ctx.columns).map((k) => JSON.stringify(k)).join(", ")}`);
  return c as Column;
}

function toMs(ctx: InjectContext, value: unknown): number {
  const ms = typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) ctx.v.fail("times", value, "ISO-8601 date-times or ms since the epoch");
  return ms;
}

/** @internal Resolves a spec's `rows` / `times` to the selected rows. */
export function selectRows(ctx: InjectContext, spec: RowSelector): Selection {
  const n = ctx.rowCount;
  if (spec.rows !== undefined && spec.times !== undefined) ctx.v.fail("times", spec.times, "absent when rows is given");
  if (spec.times !== undefined) {
    if (!Array.isArray(spec.times) || spec.times.length !== 2) ctx.v.fail("times", spec.times, "a pair [start, end)");
    const t0 = toMs(ctx, spec.times[0]);
    const t1 = toMs(ctx, spec.times[1]);
    if (!(t1 > t0)) ctx.v.fail("times", spec.times, "a pair [start, end) with end > start");
    const name = spec.timeColumn ?? Object.keys(ctx.columns).find((k) => ctx.columns[k].type === "timestamp");
    const col = columnOf(ctx, "timeColumn", name);
    if (col.type !== "timestamp") ctx.v.fail("timeColumn", name, "a timestamp column");
    const ts = col.values as Float64Array;
    const picked: number[] = [];
    for (let i = 0; i < n; i++) if (ts[i] >= t0 && ts[i] < t1 && !(col.nulls && col.nulls[i])) picked.push(i);
    const rows = Int32Array.from(picked);
    const range: [number, number] = rows.length ? [rows[0], rows[rows.length - 1] + 1] : [0, 0];
    return {
      rows,
      rowRange: range,
      timeRange: [new Date(t0).toISOString(), new Date(t1).toISOString()],
      ramp: (k) => (ts[rows[k]] - t0) / (t1 - t0),
      contiguous: rows.length === range[1] - range[0],
    };
  }
  const range = spec.rows ?? [0, n];
  if (!Array.isArray(range) || range.length !== 2 || !Number.isInteger(range[0]) || !Number.isInteger(range[1]) || range[0] < 0 || range[1] > n || range[1] <= range[0]) {
    ctx.v.fail("rows", range, `a pair [start, end) of integers with 0 ≤ start < end ≤ ${n}`);
  }
  const [a, b] = range;
  const rows = largeTypedArray(Int32Array, b - a);
  for (let i = 0; i < rows.length; i++) rows[i] = a + i;
  const span = Math.max(1, b - a - 1);
  return { rows, rowRange: [a, b], ramp: (k) => k / span, contiguous: true };
}

/**
 * @internal Uniform doubles for rows [first, last] of the injection stream `name`
 * (2 words per row), indexed by row − first: the draw of a row does not depend on the
 * other rows selected.
 */
export function rowUniforms(seed: number, name: string, sel: Selection): Float64Array {
  if (sel.rows.length === 0) return new Float64Array(0);
  const first = sel.rows[0];
  return uniform(columnSource(seed, name, first, 2), new Float64Array(sel.rows[sel.rows.length - 1] - first + 1));
}

/** @internal A copy of a column with the given replacements. */
export function withColumn(ctx: InjectContext, name: string, column: Column): void {
  ctx.columns = { ...ctx.columns, [name]: column };
}

/** @internal Copies a column's values (and null mask) so it can be changed. */
export function cloneColumn(c: Column): Column {
  return { ...c, values: c.values.slice(), nulls: c.nulls ? c.nulls.slice() : undefined };
}

/** @internal Mean of a numeric column over the selected rows, skipping nulls. */
export function selectionMean(c: Column, rows: Int32Array): number {
  let s = 0;
  let m = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (c.nulls && c.nulls[i]) continue;
    s += c.values[i];
    m++;
  }
  return m ? s / m : NaN;
}
