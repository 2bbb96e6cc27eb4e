/**
 * Format efficiency (book Chapter 4, Eq. 4.7): a row format reads every column to use
 * a few, a columnar format reads only the columns a query needs.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link formatEfficiency}. */
export interface FormatEfficiencyInput {
  /** Columns the job uses, an integer in [1, totalColumns]. Book: 20. */
  readonly columnsRead: number;
  /** Columns in the table, an integer ≥ 1. Book: 100. */
  readonly totalColumns: number;
  /** Bandwidth of the storage medium. Number in B/s, or a data-rate quantity. > 0. Optional. */
  readonly physicalBandwidth?: Amount<"dataRate">;
}

/** Result of {@link formatEfficiency}. */
export interface FormatEfficiencyResult {
  /** η of a row format (CSV): columnsRead / totalColumns (equal-width columns). */
  readonly rowEfficiency: number;
  /** η of a columnar format (Parquet), ≈ 1: it reads only the columns used. */
  readonly columnarEfficiency: number;
  /** Share of the bytes a row format reads for nothing, 1 − rowEfficiency. */
  readonly wastedShare: number;
  /** columnarEfficiency / rowEfficiency: how much more useful data per second the columnar format delivers. */
  readonly speedup: number;
  /** physicalBandwidth · rowEfficiency, or `null` without a bandwidth. */
  readonly rowEffectiveBandwidth: Quantity<"dataRate"> | null;
  /** physicalBandwidth · columnarEfficiency, or `null` without a bandwidth. */
  readonly columnarEffectiveBandwidth: Quantity<"dataRate"> | null;
}

/**
 * Effective bandwidth of row and columnar formats when a job reads some of the columns.
 *
 * Formula (Eq. 4.7, seed 004 L7033–L7049): `EffectiveBandwidth = PhysicalBandwidth × η_format`,
 * η_row = used / total (20 of 100 columns: 0.2, 80 % of the bandwidth wasted), η_columnar ≈ 1,
 * so the columnar format is "equivalent to buying a 5× faster hard drive". Columns are
 * taken to be the same width; compression comes on top (see {@link decompressionTime}).
 *
 * @throws InvalidParameterError for column counts that are not integers ≥ 1, more columns
 *   read than exist, a non-positive bandwidth, a missing input or an unknown key.
 * @example
 * ```ts
 * const r = formatEfficiency({ columnsRead: 20, totalColumns: 100, physicalBandwidth: q(500, "MB/s") });
 * r.rowEfficiency                       // 0.2
 * r.speedup                             // 5
 * r.rowEffectiveBandwidth?.format()     // "100 MB/s"
 * ```
 */
export function formatEfficiency(input: FormatEfficiencyInput): FormatEfficiencyResult {
  const fn = "formatEfficiency";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["columnsRead", "totalColumns", "physicalBandwidth"]);
  const total = check.integer("totalColumns", i.totalColumns, 1);
  const used = check.integer("columnsRead", i.columnsRead, 1);
  if (used > total) check.fail("columnsRead", used, `an integer in [1, totalColumns = ${total}]`);
  const bandwidth = i.physicalBandwidth === undefined ? null : readAmount(fn, "physicalBandwidth", i.physicalBandwidth, "B/s", "positive").to("B/s");
  const row = used / total;
  return Object.freeze({
    rowEfficiency: row,
    columnarEfficiency: 1,
    wastedShare: 1 - row,
    speedup: 1 / row,
    rowEffectiveBandwidth: bandwidth === null ? null : q(bandwidth * row, "B/s"),
    columnarEffectiveBandwidth: bandwidth === null ? null : q(bandwidth, "B/s"),
  });
}
