/**
 * Partition-safe Poisson arrival times (internal).
 *
 * A unit-rate Poisson process has arrival "operational times" Sᵢ = E₀ + … + Eᵢ with
 * Eⱼ ~ Exp(1). A prefix sum is sequential, so the rows are cut into blocks of
 * {@link ARRIVAL_BLOCK} rows and the sum of each block is drawn directly: because
 * (E/ΣE) within a block is Dirichlet(1, …, 1) and independent of ΣE ~ Gamma(B, 1),
 * replacing ΣE by an independent Gamma(B, 1) draw Gₖ and rescaling the block's gaps
 * to sum to Gₖ leaves the joint law of all gaps unchanged (they are still i.i.d.
 * Exp(1)). The block sums are keyed by block index, so the time of row i needs only
 * the Gₖ of earlier blocks (one cheap draw per 4,096 rows) and the gaps of its own
 * block.
 *
 * Streams: `<prefix>/gap` (2 words per row, exponential) and `<prefix>/block_sum`
 * (6 words per block, gamma).
 */
import { exponential } from "../random/exponential";
import { gamma, GAMMA_WORDS } from "../random/gamma";
import { columnSource } from "./keyed-stream";
import { largeTypedArray } from "../util/large-array";

/** Rows per arrival block. */
export const ARRIVAL_BLOCK = 4096;

/** @internal The prefix Pₖ = G₀ + … + G_{k−1} of the keyed block sums, for k = 0 … blocks. */
export function blockPrefix(seed: number, prefix: string, items: number): Float64Array {
  const blocks = Math.ceil(items / ARRIVAL_BLOCK);
  const full = Math.floor(items / ARRIVAL_BLOCK);
  const sums = new Float64Array(blocks);
  if (full > 0) gamma(columnSource(seed, `${prefix}/block_sum`, 0, GAMMA_WORDS), sums.subarray(0, full), { shape: ARRIVAL_BLOCK });
  if (blocks > full) {
    const last = new Float64Array(1);
    gamma(columnSource(seed, `${prefix}/block_sum`, full, GAMMA_WORDS), last, { shape: items - full * ARRIVAL_BLOCK });
    sums[full] = last[0];
  }
  const out = new Float64Array(blocks + 1);
  for (let k = 0; k < blocks; k++) out[k + 1] = out[k] + sums[k];
  return out;
}

/**
 * @internal Operational times Sᵢ of rows [rowStart, rowStart + rowCount) of a sequence
 * of `items` unit-rate Poisson arrivals (see the file header). Also returns S of the
 * last item, the total operational time.
 */
export function operationalTimes(
  seed: number, prefix: string, rowStart: number, rowCount: number, items: number,
): { times: Float64Array; total: number } {
  const prefixSums = blockPrefix(seed, prefix, items);
  const times = largeTypedArray(Float64Array, rowCount);
  if (rowCount === 0) return { times, total: prefixSums[prefixSums.length - 1] };
  const first = Math.floor(rowStart / ARRIVAL_BLOCK);
  const last = Math.floor((rowStart + rowCount - 1) / ARRIVAL_BLOCK);
  const gaps = new Float64Array(ARRIVAL_BLOCK);
  for (let k = first; k <= last; k++) {
    const start = k * ARRIVAL_BLOCK;
    const size = Math.min(ARRIVAL_BLOCK, items - start);
    const g = gaps.subarray(0, size);
    exponential(columnSource(seed, `${prefix}/gap`, start, 2), g);
    let sum = 0;
    for (let j = 0; j < size; j++) sum += g[j];
    const scale = (prefixSums[k + 1] - prefixSums[k]) / sum;
    const from = Math.max(rowStart, start);
    const to = Math.min(rowStart + rowCount, start + size);
    let acc = 0;
    for (let j = 0; j < to - start; j++) {
      acc += g[j];
      if (start + j >= from) times[start + j - rowStart] = prefixSums[k] + acc * scale;
    }
  }
  return { times, total: prefixSums[prefixSums.length - 1] };
}
