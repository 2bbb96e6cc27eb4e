import { validatorFor } from "../util/validate";
import { AliasTable, aliasTable } from "./alias-table";
import { checkIntegerOut, fillIntegers, IntegerArray } from "./integer-array";
import { MAX_TAKE_WORDS, PhiloxSource, TWO_POW_MINUS_53 } from "./philox";

/** Options of {@link categorical}: the probabilities, or a prebuilt {@link AliasTable}. */
export type CategoricalOptions = { probabilities: ArrayLike<number> } | { table: AliasTable };

/**
 * Fills `out` with category indices 0 … K−1 drawn with the given probabilities by the
 * alias method. One 53-bit double U per sample (2 words): t = U·K, column i = ⌊t⌋,
 * and i is kept when t − i < threshold[i], else alias[i] is used. Build the table once
 * with {@link aliasTable} and pass `{ table }` when filling many partitions.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - integer array able to hold K − 1, e.g. Uint8Array for K ≤ 256 (returned)
 * @param options - `probabilities` (non-negative, summing to 1 ± 1e-9) or `table`
 * @throws InvalidParameterError for bad probabilities or an `out` too small for K − 1
 * @example
 * ```ts
 * categorical(philox(1), new Uint8Array(8), { probabilities: [0.5, 0.3, 0.2] });
 * // Uint8Array [ 0, 2, 0, 0, 1, 0, 0, 0 ]
 * ```
 */
export function categorical<T extends IntegerArray>(source: PhiloxSource, out: T, options: CategoricalOptions): T {
  const table = options && "table" in options && options.table ? options.table : aliasTable((options as { probabilities: ArrayLike<number> })?.probabilities, "categorical");
  if (!(table.threshold instanceof Float64Array)) validatorFor("categorical").fail("table", table, "an AliasTable from aliasTable()");
  checkIntegerOut("categorical", out, table.size - 1);
  return fillIntegers(source, out, aliasKernel, table);
}

/**
 * @internal Alias-method draws, one 53-bit double U (2 words) per sample: t = U·K,
 * column i = ⌊t⌋, keep i when t − i < threshold[i], else alias[i].
 */
function aliasKernel(source: PhiloxSource, target: Int32Array | Float64Array, start: number, count: number, table: AliasTable): void {
  const k = table.size;
  const threshold = table.threshold;
  const alias = table.alias;
  const buf = source.buffer;
  for (let done = 0; done < count; ) {
    const m = Math.min(count - done, MAX_TAKE_WORDS >> 1);
    let i = source.take(2 * m);
    for (let s = start + done, end = s + m; s < end; s++, i += 2) {
      const t = (buf[i + 1] * 2097152 + (buf[i] >>> 11)) * TWO_POW_MINUS_53 * k;
      const col = t | 0; // ⌊t⌋, as 0 ≤ t < K < 2^31
      // Branch-free select (the comparison is unpredictable): keep = 1 keeps the column.
      const a = alias[col];
      const keep = +(t - col < threshold[col]);
      target[s] = a + keep * (col - a);
    }
    done += m;
  }
}
