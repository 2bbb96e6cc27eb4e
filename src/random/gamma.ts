import { validatorFor } from "../util/validate";
import { standardNormalFrom } from "./normal";
import { PhiloxSource } from "./philox";
import { fillPerSample, SampleReader } from "./sample-reader";

/** Words each gamma sample reserves: a normal, a uniform and (shape < 1) a boost uniform. */
export const GAMMA_WORDS = 6;

/**
 * @internal One standard Gamma(shape) variate by Marsaglia and Tsang ("A simple method
 * for generating gamma variables", ACM TOMS 26(3), 2000). For shape < 1 the boost
 * G(shape) = G(shape + 1) · U^(1/shape) is used, U drawn first.
 */
export function standardGammaFrom(reader: SampleReader, shape: number): number {
  let boost = 1;
  let a = shape;
  if (a < 1) {
    boost = Math.pow(reader.openFloat64(), 1 / a);
    a += 1;
  }
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormalFrom(reader);
    const t = 1 + c * x;
    const u = reader.openFloat64();
    if (t <= 0) continue;
    const v = t * t * t;
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v * boost;
  }
}

/**
 * Fills `out` with Gamma(shape k, scale θ) draws (mean kθ, variance kθ²) by
 * Marsaglia–Tsang squeeze-and-reject. Each sample owns a budget of 6 words (enough
 * for its first attempt); retries read the sample's extension blocks.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - array to fill (returned)
 * @param options - `shape` k > 0, `scale` θ > 0 (default 1)
 * @throws InvalidParameterError if shape or scale is not a finite number > 0
 * @example
 * ```ts
 * gamma(philox(1), new Float64Array(2), { shape: 2, scale: 3 });
 * // Float64Array [ 5.92238117866797, 6.189246930604428 ]
 * ```
 */
export function gamma(source: PhiloxSource, out: Float64Array, options: { shape: number; scale?: number }): Float64Array {
  const check = validatorFor("gamma");
  const shape = check.positive("shape", options?.shape);
  const scale = check.positive("scale", options.scale ?? 1);
  return fillPerSample(source, out, GAMMA_WORDS, (r) => scale * standardGammaFrom(r, shape));
}
