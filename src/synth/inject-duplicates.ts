import { DuplicatesSpec, GroundTruth } from "./injection-types";
import { InjectContext, rowUniforms, selectRows } from "./row-selection";
import { Column } from "./scenario";
import { largeTypedArray } from "../util/large-array";

/**
 * @internal Applies a {@link DuplicatesSpec}: each selected row is repeated right after
 * itself with probability `fraction` (stream "inject/<index>/duplicates"). The table
 * grows; the ground truth lists the inserted rows and the rows they repeat, both as
 * indices of the new table.
 */
export function injectDuplicates(ctx: InjectContext, spec: DuplicatesSpec, index: number): GroundTruth {
  const { v } = ctx;
  const fraction = v.probability("fraction", spec.fraction);
  const sel = selectRows(ctx, spec);
  const u = rowUniforms(ctx.seed, `inject/${index}/duplicates`, sel);
  const first = sel.rows.length ? sel.rows[0] : 0;
  const dup = largeTypedArray(Uint8Array, ctx.rowCount);
  let count = 0;
  for (const i of sel.rows) if (u[i - first] < fraction) (dup[i] = 1), count++;
  const n2 = ctx.rowCount + count;
  const source = largeTypedArray(Int32Array, n2); // new row → old row
  const inserted: number[] = [];
  const originals: number[] = [];
  for (let i = 0, j = 0; i < ctx.rowCount; i++) {
    source[j++] = i;
    if (dup[i]) {
      originals.push(j - 1);
      inserted.push(j);
      source[j++] = i;
    }
  }
  const columns: Record<string, Column> = {};
  for (const [name, c] of Object.entries(ctx.columns)) {
    const size = c.type === "embedding" ? (c.size as number) : 1;
    const values = new (c.values.constructor as new (n: number) => typeof c.values)(n2 * size);
    for (let j = 0; j < n2; j++) for (let s = 0; s < size; s++) values[j * size + s] = c.values[source[j] * size + s];
    let nulls: Uint8Array | undefined;
    if (c.nulls) {
      nulls = largeTypedArray(Uint8Array, n2);
      for (let j = 0; j < n2; j++) nulls[j] = c.nulls[source[j]];
    }
    columns[name] = { ...c, values, nulls };
  }
  ctx.columns = columns;
  ctx.rowCount = n2;
  return {
    kind: "duplicates", index, columns: Object.keys(columns), rowRange: sel.rowRange, timeRange: sel.timeRange,
    affectedRows: count, rows: inserted, duplicateOf: originals,
    magnitude: { fraction, inserted: count },
    params: spec,
  };
}
