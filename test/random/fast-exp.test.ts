import { describe, expect, it } from "vitest";
import { fastExp } from "../../src/random/fast-exp";

/** Distance in units in the last place between two positive finite doubles. */
function ulps(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Math.abs(Number(view.getBigInt64(0) - view.getBigInt64(8)));
}

describe("fastExp (table-driven e^x from + and × only)", () => {
  it("is within 1 ulp of Math.exp over [−708, 709.7] (200,000 points, both within ~0.5 ulp of e^x)", () => {
    let worst = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = -708 + (1417.7 * i) / 200_000 + Math.sin(i) * 1e-3;
      worst = Math.max(worst, ulps(fastExp(x), Math.exp(x)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });
  it("is within 1 ulp of Math.exp near 0 and at the table's breakpoints j·ln2/256", () => {
    for (let j = -600; j <= 600; j++) {
      for (const x of [(j * Math.LN2) / 256, j * 1e-9, j * 1e-300]) expect(ulps(fastExp(x), Math.exp(x))).toBeLessThanOrEqual(1);
    }
  });
  it("gets the exact values and the edges: e^0 = 1, e^1 = Math.E, overflow, underflow, NaN", () => {
    expect(fastExp(0)).toBe(1);
    expect(fastExp(-0)).toBe(1);
    expect(fastExp(1)).toBe(Math.E);
    expect(fastExp(Math.LN2 * 10)).toBe(1024);
    expect(fastExp(710)).toBe(Infinity);
    expect(fastExp(Infinity)).toBe(Infinity);
    expect(fastExp(-Infinity)).toBe(0);
    expect(fastExp(-745.2)).toBe(0);
    expect(fastExp(-720)).toBe(Math.exp(-720)); // subnormal results defer to Math.exp
    expect(fastExp(NaN)).toBeNaN();
  });
});
