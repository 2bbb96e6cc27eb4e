/**
 * Helpers for the SciPy fixtures in ./fixtures (written by make_fixtures.py):
 * JSON loading with "Infinity" strings decoded, the "minstd" input recipe, and the
 * tolerance rule of the drift test suite.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

/** Reads fixtures/<name> and turns the strings "Infinity"/"-Infinity" back into numbers. */
export function loadFixture<T = any>(name: string): T {
  const text = readFileSync(join(__dirname, "fixtures", name), "utf8");
  return JSON.parse(text, (_k, v) => (v === "Infinity" ? Infinity : v === "-Infinity" ? -Infinity : v)) as T;
}

/** Recipe for large inputs, reproduced bit for bit from make_fixtures.py `recipe_values`. */
export interface Recipe {
  kind: "minstd";
  seed: number;
  n: number;
  scale?: number;
  shift?: number;
  floor?: boolean;
}

/** Park–Miller minimal standard generator; every product is below 2^47, so exact in doubles. */
export function recipeValues(r: Recipe): Float64Array {
  const out = new Float64Array(r.n);
  let x = r.seed;
  const scale = r.scale ?? 1;
  const shift = r.shift ?? 0;
  for (let i = 0; i < r.n; i++) {
    x = (x * 48271) % 2147483647;
    let v = (x / 2147483647) * scale + shift;
    if (r.floor) v = Math.floor(v);
    out[i] = v;
  }
  return out;
}

/** A stored sample: either verbatim values or a recipe. */
export function sampleOf(spec: { values?: number[]; recipe?: Recipe }): Float64Array {
  if (spec.values) return Float64Array.from(spec.values);
  if (spec.recipe) return recipeValues(spec.recipe);
  throw new Error("fixture sample has neither values nor recipe");
}

/** Statistics: relative 1e-12 (absolute 1e-15 near zero). */
export function expectStatistic(actual: number, expected: number, what = ""): void {
  if (!Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  const tol = Math.max(1e-12 * Math.abs(expected), 1e-15);
  expect(Math.abs(actual - expected), `${what}: got ${actual}, want ${expected}`).toBeLessThanOrEqual(tol);
}

/** p-values: 1e-9 absolute or 1e-6 relative, whichever is looser. */
export function expectPvalue(actual: number, expected: number, what = ""): void {
  const tol = Math.max(1e-9, 1e-6 * Math.abs(expected));
  expect(Number.isNaN(actual), `${what}: NaN`).toBe(false);
  expect(Math.abs(actual - expected), `${what}: got ${actual}, want ${expected}`).toBeLessThanOrEqual(tol);
}

/** Relative error helper for tail checks (both sides positive). */
export function relErr(actual: number, expected: number): number {
  if (expected === 0) return Math.abs(actual);
  return Math.abs(actual - expected) / Math.abs(expected);
}
