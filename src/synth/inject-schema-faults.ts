import { DateFormatSpec, GroundTruth, ZipToIntegerSpec } from "./injection-types";
import { cloneColumn, columnOf, InjectContext, selectRows, withColumn } from "./row-selection";
import { Column } from "./scenario";
import { largeTypedArray } from "../util/large-array";

/** Maps selected rows of a dictionary column through `rewrite`, appending new labels. */
function rewriteDictionary(col: Column, rows: Int32Array, rewrite: (label: string) => string): { column: Column; changed: number[] } {
  const dict = [...(col.dictionary as readonly string[])];
  const lookup = new Map(dict.map((s, i) => [s, i]));
  const mapped = new Int32Array(dict.length).fill(-1);
  const out = cloneColumn(col);
  const changed: number[] = [];
  for (const i of rows) {
    if (col.nulls && col.nulls[i]) continue;
    const old = col.values[i];
    if (mapped[old] === -1) {
      const s = rewrite(dict[old]);
      let idx = lookup.get(s);
      if (idx === undefined) {
        idx = dict.length;
        dict.push(s);
        lookup.set(s, idx);
      }
      mapped[old] = idx;
    }
    if (mapped[old] !== old) {
      out.values[i] = mapped[old];
      changed.push(i);
    }
  }
  return { column: { ...out, dictionary: Object.freeze(dict) }, changed };
}

/** @internal Applies a {@link ZipToIntegerSpec}. */
export function injectZipToInteger(ctx: InjectContext, spec: ZipToIntegerSpec, index: number): GroundTruth {
  const { v } = ctx;
  const col = columnOf(ctx, "column", spec.column);
  if (col.type !== "dictionary") v.fail("column", spec.column, "a dictionary (string) column");
  const sel = selectRows(ctx, spec);
  const strip = (s: string) => (/^\d+$/.test(s) ? String(parseInt(s, 10)) : s);
  if (spec.asInteger === true) {
    if (!(sel.rowRange[0] === 0 && sel.rowRange[1] === ctx.rowCount && sel.contiguous)) {
      v.fail("asInteger", true, "used on the whole table (no rows or times)");
    }
    const dict = col.dictionary as readonly string[];
    const values = largeTypedArray(Int32Array, ctx.rowCount);
    const nulls = largeTypedArray(Uint8Array, ctx.rowCount);
    let anyNull = false;
    let changed = 0;
    for (let i = 0; i < ctx.rowCount; i++) {
      const s = dict[col.values[i]];
      if ((col.nulls && col.nulls[i]) || !/^\d+$/.test(s)) {
        nulls[i] = 1;
        anyNull = true;
        continue;
      }
      values[i] = parseInt(s, 10);
      if (String(values[i]) !== s) changed++;
    }
    withColumn(ctx, spec.column, { type: "int32", values, nulls: anyNull ? nulls : undefined });
    return {
      kind: "zipToInteger", index, columns: [spec.column], rowRange: sel.rowRange, affectedRows: changed,
      magnitude: { leadingZerosLost: changed, rowsConsidered: sel.rows.length }, params: spec,
    };
  }
  const { column, changed } = rewriteDictionary(col, sel.rows, strip);
  withColumn(ctx, spec.column, column);
  return {
    kind: "zipToInteger", index, columns: [spec.column], rowRange: sel.rowRange, timeRange: sel.timeRange,
    affectedRows: changed.length, rows: changed,
    magnitude: { leadingZerosLost: changed.length, rowsConsidered: sel.rows.length }, params: spec,
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @internal Applies a {@link DateFormatSpec}. */
export function injectDateFormat(ctx: InjectContext, spec: DateFormatSpec, index: number): GroundTruth {
  const { v } = ctx;
  let col = columnOf(ctx, "column", spec.column);
  if (col.type === "timestamp") {
    // Render the timestamp column as "YYYY-MM-DD" strings first (a schema change of its own).
    const days = new Map<number, number>();
    const dict: string[] = [];
    const values = largeTypedArray(Int32Array, ctx.rowCount);
    for (let i = 0; i < ctx.rowCount; i++) {
      const day = Math.floor(col.values[i] / 86400000);
      let idx = days.get(day);
      if (idx === undefined) {
        idx = dict.length;
        dict.push(new Date(day * 86400000).toISOString().slice(0, 10));
        days.set(day, idx);
      }
      values[i] = idx;
    }
    col = { type: "dictionary", values, dictionary: dict, nulls: col.nulls };
  } else if (col.type !== "dictionary") {
    v.fail("column", spec.column, 'a timestamp column or a dictionary column of "YYYY-MM-DD" strings');
  }
  const sel = selectRows(ctx, spec);
  const { column, changed } = rewriteDictionary(col, sel.rows, (s) => {
    const m = ISO_DATE.exec(s);
    return m ? `${m[2]}/${m[3]}/${m[1]}` : s;
  });
  withColumn(ctx, spec.column, column);
  return {
    kind: "dateFormat", index, columns: [spec.column], rowRange: sel.rowRange, timeRange: sel.timeRange,
    affectedRows: changed.length, rows: sel.contiguous && changed.length === sel.rows.length ? undefined : changed,
    magnitude: { rowsReformatted: changed.length }, params: spec,
  };
}
