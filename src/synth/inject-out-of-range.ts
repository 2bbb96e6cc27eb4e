import { GroundTruth, OutOfRangeSpec } from "./injection-types";
import { cloneColumn, columnOf, InjectContext, rowUniforms, selectRows, withColumn } from "./row-selection";

/** @internal Applies an {@link OutOfRangeSpec} (stream "inject/<index>/outOfRange" when probability < 1). */
export function injectOutOfRange(ctx: InjectContext, spec: OutOfRangeSpec, index: number): GroundTruth {
  const { v } = ctx;
  const col = columnOf(ctx, "column", spec.column);
  if (!["float64", "float32", "int32"].includes(col.type)) v.fail("column", spec.column, "a numeric (float64, float32 or int32) column");
  const value = v.finite("value", spec.value);
  if (col.type === "int32" && !Number.isInteger(value)) v.fail("value", value, "an integer for an int32 column");
  const p = v.probability("probability", spec.probability ?? 1);
  const sel = selectRows(ctx, spec);
  const u = p < 1 ? rowUniforms(ctx.seed, `inject/${index}/outOfRange`, sel) : null;
  const first = sel.rows.length ? sel.rows[0] : 0;
  const out = cloneColumn(col);
  const hit: number[] = [];
  for (const i of sel.rows) {
    if (u !== null && !(u[i - first] < p)) continue;
    out.values[i] = value;
    if (out.nulls) out.nulls[i] = 0;
    hit.push(i);
  }
  withColumn(ctx, spec.column, out);
  return {
    kind: "outOfRange", index, columns: [spec.column], rowRange: sel.rowRange, timeRange: sel.timeRange,
    affectedRows: hit.length,
    rows: sel.contiguous && hit.length === sel.rows.length ? undefined : hit,
    magnitude: { value, probability: p, rowsSet: hit.length },
    params: spec,
  };
}
