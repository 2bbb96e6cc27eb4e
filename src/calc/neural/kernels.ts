/**
 * The numeric kernels behind the neural-computation functions, on already validated
 * inputs. Internal: the public functions validate and name themselves in errors.
 */
import type { ActivationName } from "./activation";

/** f and f′ of one activation at one point. */
export function activate(name: ActivationName, z: number): [number, number] {
  switch (name) {
    case "linear": return [z, 1];
    case "relu": return z > 0 ? [z, 1] : [0, 0];
    case "sigmoid": {
      // Evaluate through e^(−|z|) so neither branch overflows.
      const e = Math.exp(-Math.abs(z));
      const s = z >= 0 ? 1 / (1 + e) : e / (1 + e);
      return [s, s * (1 - s)];
    }
    case "tanh": {
      const t = Math.tanh(z);
      return [t, 1 - t * t];
    }
  }
}

/** log Σ e^{v_i} of a validated vector. */
export function logSumExpOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** Softmax of a validated vector. */
export function softmaxOf(logits: readonly number[]): number[] {
  const lse = logSumExpOf(logits);
  return logits.map((z) => Math.exp(z - lse));
}

