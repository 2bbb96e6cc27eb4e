import { validatorFor } from "../util/validate";
import { DRIFT, DriftDetector, DriftSignal, finiteObservation, NO_DRIFT } from "./drift-detector";

/** Parameters of {@link ADWIN}; the defaults are river's (`river.drift.ADWIN`). */
export interface AdwinOptions {
  /** Confidence δ in (0, 1): smaller means fewer false alarms and slower detection. Default 0.002. */
  readonly delta?: number;
  /** Check for a change every `clock` observations (integer ≥ 1). Default 32. */
  readonly clock?: number;
  /** Buckets kept per size before two are merged (integer ≥ 2). Default 5. */
  readonly maxBuckets?: number;
  /** Smallest sub-window (each side of a cut) that is tested (integer ≥ 1). Default 5. */
  readonly minWindowLength?: number;
  /** No test until the window holds more than this many observations (integer ≥ 0). Default 10. */
  readonly gracePeriod?: number;
}

/** river writes the second term of ε as 2/3·δ′·m⁻¹ (true division). */
const ADWIN_TWO_THIRDS = 2 / 3;

/** One row of the exponential histogram: up to maxBuckets + 1 buckets of 2^row observations each. */
class BucketRow {
  readonly totals: Float64Array;
  readonly variances: Float64Array;
  count = 0;
  constructor(capacity: number) {
    this.totals = new Float64Array(capacity);
    this.variances = new Float64Array(capacity);
  }
  insert(total: number, variance: number): void {
    this.totals[this.count] = total;
    this.variances[this.count] = variance;
    this.count++;
  }
  /** Drops the `k` oldest buckets of the row. */
  dropOldest(k: number): void {
    this.totals.copyWithin(0, k);
    this.variances.copyWithin(0, k);
    this.totals.fill(0, this.totals.length - k);
    this.variances.fill(0, this.variances.length - k);
    this.count -= k;
  }
}

/**
 * ADWIN (ADaptive WINdowing, Bifet & Gavaldà 2007) as implemented in river
 * (`river.drift.ADWIN`, ADWIN2 with an exponential histogram): keeps a window of
 * recent values whose mean has not changed and drops its oldest part when two
 * sub-windows W₀ (older) and W₁ (newer) have means that differ by more than
 *
 *   ε = √(2·m⁻¹·σ²_W·δ′) + (2/3)·δ′·m⁻¹,  δ′ = ln(2·ln|W|/δ),
 *   m⁻¹ = 1/(n₀ − L + 1) + 1/(n₁ − L + 1),
 *
 * where σ²_W is the window variance and L = `minWindowLength`. Cuts are tested at
 * bucket boundaries every `clock` updates once |W| > `gracePeriod`. Defaults are
 * river's: δ = 0.002, clock 32, max_buckets 5, min_window_length 5, grace_period
 * 10 (river API reference for `drift.ADWIN`). Beyond the book (chapter 14 names no
 * streaming detector).
 *
 * Input: any real-valued stream (an error indicator 0/1, a loss, a feature).
 * Detection delay: up to `clock` − 1 observations of checking delay on top of the
 * statistical delay; river's documented example (stream switching at index 1000)
 * fires at index 1023, reproduced in the tests from the same stream.
 * Cost: O(log W) amortised per update (memory O(maxBuckets·log W)).
 * After a detection the next `update` starts from an empty window, as in river.
 *
 * @example
 * ```ts
 * const adwin = new ADWIN();
 * detectChanges(adwin, [...Array(1000).fill(0), ...Array(1000).fill(1)]); // [ 1023 ]
 * ```
 */
export class ADWIN implements DriftDetector {
  /** δ, the confidence parameter. */
  readonly delta: number;
  /** Updates between two change checks. */
  readonly clock: number;
  /** Buckets per size before merging. */
  readonly maxBuckets: number;
  /** Minimum sub-window length tested. */
  readonly minWindowLength: number;
  /** Observations before the first check. */
  readonly gracePeriod: number;
  private rows: BucketRow[] = [];
  private total = 0;
  private varianceSum = 0;
  private widthCount = 0;
  private tick = 0;
  private detected = false;

  /**
   * @param options - see {@link AdwinOptions}
   * @throws InvalidParameterError for δ outside (0, 1) or a non-integer/too small clock,
   *   maxBuckets, minWindowLength or gracePeriod
   */
  constructor(options: AdwinOptions = {}) {
    const check = validatorFor("ADWIN");
    const delta = options.delta ?? 0.002;
    if (!(typeof delta === "number" && delta > 0 && delta < 1)) check.fail("delta", delta, "a finite number in (0, 1)");
    this.delta = delta;
    this.clock = check.integer("clock", options.clock ?? 32, 1);
    this.maxBuckets = check.integer("maxBuckets", options.maxBuckets ?? 5, 2);
    this.minWindowLength = check.integer("minWindowLength", options.minWindowLength ?? 5, 1);
    this.gracePeriod = check.integer("gracePeriod", options.gracePeriod ?? 10, 0);
    this.reset();
  }

  /** Whether the last update detected a change. */
  get driftDetected(): boolean {
    return this.detected;
  }

  /** Number of observations in the current window. */
  get width(): number {
    return this.widthCount;
  }

  /** Mean of the current window (0 when empty), river's `estimation`. */
  get mean(): number {
    return this.widthCount === 0 ? 0 : this.total / this.widthCount;
  }

  /** Forgets the window. */
  reset(): void {
    this.rows = [new BucketRow(this.maxBuckets + 1)];
    this.total = 0;
    this.varianceSum = 0;
    this.widthCount = 0;
    this.tick = 0;
    this.detected = false;
  }

  /**
   * Adds one observation.
   * @param x - a finite number
   * @returns `{ drift }`, true when a cut was made at this observation
   * @throws InvalidParameterError for NaN, ±Infinity or a non-number
   */
  update(x: number): DriftSignal {
    const value = finiteObservation("ADWIN.update", x);
    if (this.detected) this.reset();
    this.insert(value);
    this.detected = this.detectChange();
    return this.detected ? DRIFT : NO_DRIFT;
  }

  private insert(value: number): void {
    this.rows[0].insert(value, 0);
    this.widthCount += 1;
    const w = this.widthCount;
    if (w > 1) {
      const dev = value - this.total / (w - 1);
      this.varianceSum += ((w - 1) * dev * dev) / w;
    }
    this.total += value;
    this.compress();
  }

  private compress(): void {
    const limit = this.maxBuckets;
    for (let idx = 0; idx < this.rows.length; idx++) {
      const row = this.rows[idx];
      if (row.count !== limit + 1) break;
      if (idx + 1 === this.rows.length) this.rows.push(new BucketRow(limit + 1));
      const next = this.rows[idx + 1];
      const size = Math.pow(2, idx);
      const mu1 = row.totals[0] / size;
      const mu2 = row.totals[1] / size;
      const merged = row.totals[0] + row.totals[1];
      const between = (size * size * (mu1 - mu2) * (mu1 - mu2)) / (size + size);
      next.insert(merged, row.variances[0] + row.variances[1] + between);
      row.dropOldest(2);
      if (next.count <= limit) break;
    }
  }

  /** Removes the oldest bucket; returns its size. */
  private deleteOldest(): number {
    const last = this.rows.length - 1;
    const row = this.rows[last];
    const n = Math.pow(2, last);
    const u = row.totals[0];
    const mu = u / n;
    const v = row.variances[0];
    this.widthCount -= n;
    this.total -= u;
    const muWindow = this.total / this.widthCount;
    this.varianceSum -= v + (n * this.widthCount * (mu - muWindow) * (mu - muWindow)) / (n + this.widthCount);
    row.dropOldest(1);
    if (row.count === 0) this.rows.pop();
    return n;
  }

  private detectChange(): boolean {
    let change = false;
    this.tick += 1;
    if (this.tick % this.clock !== 0 || !(this.widthCount > this.gracePeriod)) return false;
    const minLen = this.minWindowLength;
    let reduce = true;
    while (reduce) {
      reduce = false;
      let exit = false;
      let n0 = 0;
      let n1 = this.widthCount;
      let u0 = 0;
      let u1 = this.total;
      for (let idx = this.rows.length - 1; idx >= 0 && !exit; idx--) {
        const row = this.rows[idx];
        const size = Math.pow(2, idx);
        // river scans all but the newest bucket of each row
        const upto = row.count - 1;
        for (let k = 0; k < upto; k++) {
          n0 += size;
          n1 -= size;
          u0 += row.totals[k];
          u1 -= row.totals[k];
          const deltaMean = u0 / n0 - u1 / n1;
          if (n1 >= minLen && n0 >= minLen && this.cutHolds(n0, n1, deltaMean)) {
            reduce = true;
            change = true;
            if (this.widthCount > 0) {
              n0 -= this.deleteOldest();
              exit = true;
              break;
            }
          }
        }
      }
    }
    return change;
  }

  private cutHolds(n0: number, n1: number, deltaMean: number): boolean {
    const deltaPrime = Math.log((2 * Math.log(this.widthCount)) / this.delta);
    const mRecip = 1 / (n0 - this.minWindowLength + 1) + 1 / (n1 - this.minWindowLength + 1);
    const epsilon = Math.sqrt(2 * mRecip * (this.varianceSum / this.widthCount) * deltaPrime) + ADWIN_TWO_THIRDS * deltaPrime * mRecip;
    return Math.abs(deltaMean) > epsilon;
  }
}
