import { GroundTruth, LabelShiftSpec } from "./injection-types";
import { cloneColumn, columnOf, InjectContext, rowUniforms, selectRows, withColumn } from "./row-selection";

/**
 * @internal Applies a {@link LabelShiftSpec}: with π the current positive share of the
 * selection and π' the target, each row of the over-represented class is replaced with
 * probability q = |π' − π| / (1 − π) (more positives) or |π' − π| / π (fewer) by a
 * uniformly chosen donor row of the other class from the selection. Two uniforms per
 * row from stream "inject/<index>/labelShift" (decision, donor).
 */
export function injectLabelShift(ctx: InjectContext, spec: LabelShiftSpec, index: number): GroundTruth {
  const { v } = ctx;
  const label = columnOf(ctx, "column", spec.column);
  if (label.type !== "bool") v.fail("column", spec.column, "a bool (0/1) label column");
  const target = v.probability("positiveRate", spec.positiveRate);
  const keep = new Set(spec.keepColumns ?? Object.keys(ctx.columns).filter((k) => ctx.columns[k].type === "timestamp"));
  for (const k of keep) columnOf(ctx, "keepColumns", k);
  const sel = selectRows(ctx, spec);
  const y = label.values as Uint8Array;
  const pos: number[] = [];
  const neg: number[] = [];
  for (const i of sel.rows) (y[i] ? pos : neg).push(i);
  const n = sel.rows.length;
  const before = n ? pos.length / n : 0;
  const raise = target > before;
  const donors = raise ? pos : neg;
  const victims = raise ? neg : pos;
  if (donors.length === 0 && target !== before) v.fail("positiveRate", target, `reachable from the selection (it has no ${raise ? "positive" : "negative"} rows)`);
  const q = raise ? (target - before) / (1 - before) : before > 0 ? (before - target) / before : 0;
  const u = rowUniforms(ctx.seed, `inject/${index}/labelShift`, sel);
  const w = rowUniforms(ctx.seed, `inject/${index}/labelShift/donor`, sel);
  const first = sel.rows.length ? sel.rows[0] : 0;
  const replaced: number[] = [];
  const donorOf: number[] = [];
  for (const i of victims) {
    if (u[i - first] < q) {
      replaced.push(i);
      donorOf.push(donors[Math.floor(w[i - first] * donors.length)]);
    }
  }
  // `replaced` is ascending because `victims` is; donorOf[j] pairs with replaced[j].
  const names = Object.keys(ctx.columns).filter((k) => !keep.has(k));
  for (const name of names) {
    const out = cloneColumn(ctx.columns[name]);
    const size = out.type === "embedding" ? (out.size as number) : 1;
    for (let j = 0; j < replaced.length; j++) {
      const i = replaced[j];
      const d = donorOf[j];
      for (let s = 0; s < size; s++) out.values[i * size + s] = ctx.columns[name].values[d * size + s];
      if (out.nulls) out.nulls[i] = out.nulls[d];
    }
    withColumn(ctx, name, out);
  }
  let after = 0;
  const y2 = ctx.columns[spec.column].values;
  for (const i of sel.rows) after += y2[i];
  return {
    kind: "labelShift", index, columns: names, rowRange: sel.rowRange, timeRange: sel.timeRange,
    affectedRows: replaced.length, rows: replaced,
    magnitude: { positiveRateBefore: before, positiveRateAfter: n ? after / n : 0, target, replaceProbability: q },
    params: spec,
  };
}
