import { ConceptDriftSpec, GroundTruth } from "./injection-types";
import { cloneColumn, columnOf, InjectContext, rowUniforms, selectRows, withColumn } from "./row-selection";

/**
 * @internal Applies a {@link ConceptDriftSpec}: flips the 0/1 label of eligible rows
 * (feature > above and/or feature < below) with probability flipProbability, one
 * uniform per row from stream "inject/<index>/conceptDrift".
 */
export function injectConceptDrift(ctx: InjectContext, spec: ConceptDriftSpec, index: number): GroundTruth {
  const { v } = ctx;
  const label = columnOf(ctx, "column", spec.column);
  if (label.type !== "bool") v.fail("column", spec.column, "a bool (0/1) label column");
  const feature = columnOf(ctx, "feature", spec.feature);
  if (feature.type === "dictionary" || feature.type === "embedding") v.fail("feature", spec.feature, "a numeric column");
  const above = spec.above === undefined ? -Infinity : v.finite("above", spec.above);
  const below = spec.below === undefined ? Infinity : v.finite("below", spec.below);
  if (spec.above === undefined && spec.below === undefined) v.fail("above", spec.above, "a number (give above, below or both)");
  const p = v.probability("flipProbability", spec.flipProbability);
  const sel = selectRows(ctx, spec);
  const u = rowUniforms(ctx.seed, `inject/${index}/conceptDrift`, sel);
  const first = sel.rows.length ? sel.rows[0] : 0;
  const out = cloneColumn(label);
  const flipped: number[] = [];
  let eligible = 0;
  for (const i of sel.rows) {
    const x = feature.values[i];
    if (feature.nulls && feature.nulls[i]) continue;
    if (!(x > above && x < below)) continue;
    eligible++;
    if (u[i - first] < p) {
      out.values[i] = 1 - out.values[i];
      flipped.push(i);
    }
  }
  withColumn(ctx, spec.column, out);
  return {
    kind: "conceptDrift", index, columns: [spec.column], rowRange: sel.rowRange, timeRange: sel.timeRange,
    affectedRows: flipped.length, rows: flipped,
    magnitude: { eligibleRows: eligible, flipProbability: p, flipped: flipped.length },
    params: spec,
  };
}
