import { describe, expect, it } from "vitest";
import { normalCdf } from "../../../src/drift/special/normal";
import { normalPpf } from "../../../src/drift/special/normal-ppf";
import { loadFixture } from "../fixture-data";

const fx = loadFixture("proportions.json");

describe("normalPpf (AS 241) vs scipy.stats.norm.ppf", () => {
  for (const c of fx.normPpf) {
    it(`p = ${c.p} (rel 2e-15)`, () => {
      const z = normalPpf(c.p);
      expect(Math.abs(z - c.ppf), `${z} vs ${c.ppf}`).toBeLessThanOrEqual(2e-15 * Math.max(1, Math.abs(c.ppf)));
    });
  }
  it("end points and round trip with normalCdf", () => {
    expect(normalPpf(0)).toBe(-Infinity);
    expect(normalPpf(1)).toBe(Infinity);
    expect(normalPpf(0.5)).toBe(0);
    for (const p of [1e-12, 0.003, 0.31, 0.77, 0.9999]) expect(Math.abs(normalCdf(normalPpf(p)) - p) / p).toBeLessThan(1e-13);
    expect(normalPpf(1.5)).toBeNaN(); // internal helper: callers validate first
  });
});
