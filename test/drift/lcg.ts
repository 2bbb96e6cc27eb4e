/**
 * Deterministic uniforms in [0, 1) from a 32-bit linear congruential generator
 * (Numerical Recipes constants), for test inputs that must be the same on every run.
 * Test data only: the library's own randomness is Philox (src/random).
 */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
