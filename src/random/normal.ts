/**
 * Normal variates by the ziggurat method (Marsaglia and Tsang, "The ziggurat method
 * for generating random variables", J. Stat. Softw. 5(8), 2000) with 256 layers and
 * 52-bit magnitudes, the layout NumPy's Generator also uses. Tables are built at load
 * time from the two published constants r = 3.6541528853610088 (start of the tail)
 * and v = 0.00492867323399 (area of each layer).
 *
 * One sample reads a 64-bit word u = hi·2^32 + lo: bits 0–7 of lo pick the layer i,
 * bit 8 the sign, and the 52 bits (lo >>> 9) + 2^23·(hi & 0x1fffffff) the magnitude
 * m; x = m · w[i]. If m < k[i] (≈ 98.8 % of draws) x is returned at once; otherwise the
 * wedge or the tail test runs and, on rejection, a new 64-bit word is read — from the
 * sample's extension blocks, so the budget stays 2 words per sample.
 */
import { validatorFor } from "../util/validate";
import { fastExp } from "./fast-exp";
import { MAX_TAKE_WORDS, PhiloxSource } from "./philox";
import { SampleReader } from "./sample-reader";

const R = 3.6541528853610088;
const V = 0.00492867323399;
const TWO_POW_52 = 4503599627370496;
const KI = new Float64Array(256);
const WI = new Float64Array(256);
const FI = new Float64Array(256);
(() => {
  let dn = R;
  let tn = R;
  const q = V / Math.exp(-0.5 * dn * dn);
  KI[0] = (dn / q) * TWO_POW_52;
  KI[1] = 0;
  WI[0] = q / TWO_POW_52;
  WI[255] = dn / TWO_POW_52;
  FI[0] = 1;
  FI[255] = Math.exp(-0.5 * dn * dn);
  for (let i = 254; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    KI[i + 1] = (dn / tn) * TWO_POW_52;
    tn = dn;
    FI[i] = Math.exp(-0.5 * dn * dn);
    WI[i] = dn / TWO_POW_52;
  }
})();

const pending = new Int32Array(MAX_TAKE_WORDS >> 1);

/** Words of randomness each normal sample uses from the main sequence. */
export const NORMAL_WORDS = 2;

/**
 * @internal The slow path of the ziggurat, entered after the 64-bit word (lo, hi)
 * fell outside its layer's rectangle. Further words come from `reader`.
 */
export function zigguratSlow(lo: number, hi: number, reader: SampleReader): number {
  for (;;) {
    const idx = lo & 0xff;
    const negative = (lo & 0x100) !== 0;
    const m = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    const x = m * WI[idx];
    if (m < KI[idx]) return negative ? -x : x;
    if (idx === 0) {
      // Tail beyond r (Marsaglia 1964): x = r + e1/r with acceptance 2·e2 > e1², e ~ Exp(1).
      for (;;) {
        const xx = -Math.log(reader.openFloat64()) / R;
        const yy = -Math.log(reader.openFloat64());
        if (yy + yy > xx * xx) return negative ? -(R + xx) : R + xx;
      }
    }
    if ((FI[idx - 1] - FI[idx]) * reader.float64() + FI[idx] < Math.exp(-0.5 * x * x)) return negative ? -x : x;
    lo = reader.u32();
    hi = reader.u32();
  }
}

/** @internal One standard normal from a reader (2 words, more only on rejection). */
export function standardNormalFrom(reader: SampleReader): number {
  const lo = reader.u32();
  const hi = reader.u32();
  const idx = lo & 0xff;
  const m = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
  if (m < KI[idx]) {
    const x = m * WI[idx];
    return (lo & 0x100) !== 0 ? -x : x;
  }
  return zigguratSlow(lo, hi, reader);
}

/**
 * @internal Fills `out` with mean + sd·Z, Z standard normal, 2 words per sample; or
 * with e^(mean + sd·Z) when `logNormal` (by {@link fastExp}: engine-independent bits).
 */
export function fillNormal(source: PhiloxSource, out: Float64Array, mean: number, sd: number, logNormal: boolean): Float64Array {
  const buf = source.buffer;
  const reader = new SampleReader();
  for (let done = 0; done < out.length; ) {
    const m = Math.min(out.length - done, MAX_TAKE_WORDS >> 1);
    const p0 = source.position;
    const i0 = source.take(2 * m);
    // Fast path in a call-free loop; the ≈1.2 % of samples outside their layer's
    // rectangle are listed and finished by the second loop.
    let slow = 0;
    for (let k = 0, i = i0; k < m; k++, i += 2) {
      const lo = buf[i];
      const idx = lo & 0xff;
      const mag = (buf[i + 1] & 0x1fffffff) * 8388608 + (lo >>> 9);
      if (mag < KI[idx]) {
        // Bit 8 of lo is the sign: ±1 by arithmetic, since a 50/50 branch mispredicts.
        const x = mean + sd * (mag * WI[idx] * (1 - ((lo >>> 7) & 2)));
        out[done + k] = logNormal ? fastExp(x) : x;
      } else {
        pending[slow++] = k;
      }
    }
    for (let q = 0; q < slow; q++) {
      const k = pending[q];
      const i = i0 + 2 * k;
      const z = zigguratSlow(buf[i], buf[i + 1], reader.reset(source, buf, i + 2, i + 2, p0 + 2 * k));
      const x = mean + sd * z;
      out[done + k] = logNormal ? fastExp(x) : x;
    }
    done += m;
  }
  return out;
}

/**
 * Fills `out` with draws from the normal distribution N(mean, sd²) by the ziggurat
 * method (see the file header). Uses 2 words per sample from the main sequence.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - array to fill (returned)
 * @param options - `mean` (default 0, finite), `sd` (default 1, finite, > 0)
 * @throws InvalidParameterError for a non-finite mean or sd ≤ 0
 * @example
 * ```ts
 * normal(philox(1), new Float64Array(3), { mean: 100, sd: 15 });
 * // Float64Array [ 103.37276716404745, 120.97053351719677, 127.30932587828471 ]
 * ```
 */
export function normal(source: PhiloxSource, out: Float64Array, options: { mean?: number; sd?: number } = {}): Float64Array {
  const check = validatorFor("normal");
  const mean = check.finite("mean", options.mean ?? 0);
  const sd = check.positive("sd", options.sd ?? 1);
  return fillNormal(source, out, mean, sd, false);
}
