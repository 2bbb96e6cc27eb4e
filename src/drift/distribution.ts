/** Validation and normalisation of discrete distributions (for KL, JS, Hellinger). Internal module. */
import { InvalidParameterError } from "../util/errors";

/** Options shared by the information-theoretic divergences. */
export interface DivergenceOptions {
  /** Logarithm base: Math.E (default, nats), 2 (bits) or 10; any finite number > 0 except 1. */
  readonly base?: number;
}

/** Returns p/Σp and q/Σq after checking both are non-empty, same length, finite, ≥ 0, with positive sums. */
export function normalizedPair(fn: string, p: ArrayLike<number>, q: ArrayLike<number>): [Float64Array, Float64Array] {
  const P = normalized(fn, "p", p);
  const Q = normalized(fn, "q", q);
  if (P.length !== Q.length) throw new InvalidParameterError(fn, "q", q, `the same length as p (${P.length})`);
  return [P, Q];
}

function normalized(fn: string, name: string, x: ArrayLike<number>): Float64Array {
  if (!x || typeof x.length !== "number" || x.length === 0) {
    throw new InvalidParameterError(fn, name, x, "a non-empty array of probabilities or counts");
  }
  const out = new Float64Array(x.length);
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new InvalidParameterError(fn, `${name}[${i}]`, v, "a finite number ≥ 0");
    }
    out[i] = v;
    sum += v;
  }
  if (!(sum > 0)) throw new InvalidParameterError(fn, `sum of ${name}`, sum, "a finite number > 0");
  for (let i = 0; i < out.length; i++) out[i] = out[i] / sum;
  return out;
}

/** ln(base), validated. */
export function logBase(fn: string, base: number | undefined): number {
  if (base === undefined) return 1;
  if (!(typeof base === "number" && Number.isFinite(base) && base > 0 && base !== 1)) {
    throw new InvalidParameterError(fn, "base", base, "a finite number > 0 other than 1");
  }
  return Math.log(base);
}

/** scipy.special.rel_entr: x·ln(x/y) with 0·ln 0 = 0 and Infinity when y = 0 < x. */
export function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}
