import { normal } from "../random/normal";
import { CovariateShiftSpec, GroundTruth } from "./injection-types";
import { columnSource } from "./keyed-stream";
import { cloneColumn, columnOf, InjectContext, rowUniforms, selectionMean, selectRows, withColumn } from "./row-selection";
import { largeTypedArray } from "../util/large-array";

const NUMERIC = ["float64", "float32", "int32"];

/**
 * @internal Applies a {@link CovariateShiftSpec}. Randomness (mixture mode) comes from
 * streams "inject/<index>/covariateShift" (choice) and ".../value" (normal), keyed by row.
 */
export function injectCovariateShift(ctx: InjectContext, spec: CovariateShiftSpec, index: number): GroundTruth {
  const { v } = ctx;
  const col = columnOf(ctx, "column", spec.column);
  if (!NUMERIC.includes(col.type)) v.fail("column", spec.column, "a numeric (float64, float32 or int32) column");
  const mode = v.oneOf("mode", spec.mode, ["mean", "scale", "mixture"] as const);
  const ramp = v.oneOf("ramp", spec.ramp ?? "sudden", ["sudden", "gradual"] as const);
  const sel = selectRows(ctx, spec);
  const f = (k: number) => (ramp === "sudden" ? 1 : sel.ramp(k));
  const out = cloneColumn(col);
  const x = out.values;
  const rows = sel.rows;
  const before = selectionMean(col, rows);
  const isInt = col.type === "int32";
  const magnitude: Record<string, number> = {};
  let affected = 0;
  const changed: number[] = [];
  const set = (i: number, value: number) => {
    x[i] = isInt ? Math.round(value) : value;
  };
  if (mode === "mean") {
    const shift = v.finite("shift", spec.shift as number);
    magnitude.shift = shift;
    for (let k = 0; k < rows.length; k++) set(rows[k], x[rows[k]] + shift * f(k));
    affected = rows.length;
  } else if (mode === "scale") {
    const factor = v.positive("factor", spec.factor as number);
    const center = v.finite("center", spec.center ?? 0);
    Object.assign(magnitude, { factor, center });
    for (let k = 0; k < rows.length; k++) set(rows[k], center + (x[rows[k]] - center) * (1 + (factor - 1) * f(k)));
    affected = rows.length;
  } else {
    const weight = v.probability("weight", spec.weight as number);
    const mean = v.finite("mean", spec.mean as number);
    const sd = v.positive("sd", spec.sd as number);
    Object.assign(magnitude, { weight, mean, sd });
    const u = rowUniforms(ctx.seed, `inject/${index}/covariateShift`, sel);
    const first = rows.length ? rows[0] : 0;
    const z = normal(columnSource(ctx.seed, `inject/${index}/covariateShift/value`, first, 2), largeTypedArray(Float64Array, u.length), { mean, sd });
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (u[i - first] < weight * f(k)) {
        set(i, z[i - first]);
        changed.push(i);
      }
    }
    affected = changed.length;
  }
  withColumn(ctx, spec.column, out);
  magnitude.meanBefore = before;
  magnitude.meanAfter = selectionMean(out, rows);
  return {
    kind: "covariateShift", index, columns: [spec.column], rowRange: sel.rowRange, timeRange: sel.timeRange,
    affectedRows: affected,
    rows: mode === "mixture" ? changed : sel.contiguous ? undefined : Array.from(rows),
    magnitude, params: spec,
  };
}
