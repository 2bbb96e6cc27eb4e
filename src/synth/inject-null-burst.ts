import { GroundTruth, NullBurstSpec } from "./injection-types";
import { cloneColumn, columnOf, InjectContext, rowUniforms, selectRows, withColumn } from "./row-selection";
import { largeTypedArray } from "../util/large-array";

/**
 * @internal Applies a {@link NullBurstSpec}: every selected row becomes null in all the
 * listed columns with probability `probability` (one uniform per row, stream
 * "inject/<index>/nullBurst", shared by the columns so a burst hits a row as a whole).
 */
export function injectNullBurst(ctx: InjectContext, spec: NullBurstSpec, index: number): GroundTruth {
  const { v } = ctx;
  if (!Array.isArray(spec.columns) || spec.columns.length === 0) v.fail("columns", spec.columns, "a non-empty array of column names");
  const cols = spec.columns.map((name) => columnOf(ctx, "columns", name));
  const p = v.probability("probability", spec.probability ?? 1);
  const sel = selectRows(ctx, spec);
  const u = p < 1 ? rowUniforms(ctx.seed, `inject/${index}/nullBurst`, sel) : null;
  const first = sel.rows.length ? sel.rows[0] : 0;
  const hit: number[] = [];
  for (const i of sel.rows) if (u === null || u[i - first] < p) hit.push(i);
  spec.columns.forEach((name, c) => {
    const out = cloneColumn(cols[c]);
    const nulls = out.nulls ?? largeTypedArray(Uint8Array, ctx.rowCount);
    for (const i of hit) nulls[i] = 1;
    withColumn(ctx, name, { ...out, nulls });
  });
  return {
    kind: "nullBurst", index, columns: [...spec.columns], rowRange: sel.rowRange, timeRange: sel.timeRange,
    affectedRows: hit.length,
    rows: sel.contiguous && hit.length === sel.rows.length ? undefined : hit,
    magnitude: { probability: p, nullRows: hit.length, nullFraction: sel.rows.length ? hit.length / sel.rows.length : 0 },
    params: spec,
  };
}
