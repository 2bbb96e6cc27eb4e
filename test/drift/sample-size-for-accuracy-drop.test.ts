import { describe, expect, it } from "vitest";
import { sampleSizeForAccuracyDrop } from "../../src/drift/sample-size-for-accuracy-drop";
import { InvalidParameterError } from "../../src/util/errors";
import { loadFixture } from "./fixture-data";

const fx = loadFixture("proportions.json");

describe("sampleSizeForAccuracyDrop vs the normal-approximation formula with scipy.stats.norm.ppf (rel 1e-13)", () => {
  for (const c of fx.sampleSize) {
    const label = `${c.baseline} → ${c.degraded}, α=${c.alpha}, power=${c.power}, ${c.alternative}`;
    it(label, () => {
      for (const design of ["one-sample", "two-sample"] as const) {
        const r = sampleSizeForAccuracyDrop({ baseline: c.baseline, degraded: c.degraded, alpha: c.alpha, power: c.power, alternative: c.alternative, design });
        const want = design === "one-sample" ? c.oneSample : c.twoSample;
        expect(Math.abs(r.exact - want) / want, `${design} exact`).toBeLessThan(1e-13);
        expect(r.samples).toBe(Math.ceil(want));
        expect(Math.abs(r.zAlpha - c.zAlpha)).toBeLessThan(1e-14);
        expect(Math.abs(r.zBeta - c.zBeta)).toBeLessThan(1e-14);
      }
    });
  }
});

describe("sampleSizeForAccuracyDrop book oracles", () => {
  it("drift-detection delay example (seed L36042): book '≈ 1,000 labeled samples' for 95 % → 90 %; recomputed 185 (one-sample) / 435 per window (two-sample)", () => {
    const book = 1000;
    const one = sampleSizeForAccuracyDrop({ baseline: 0.95, degraded: 0.9 });
    const two = sampleSizeForAccuracyDrop({ baseline: 0.95, degraded: 0.9, design: "two-sample" });
    expect(one.samples).toBe(185);
    expect(two.samples).toBe(435); // catalog: n ≈ 434 (434.43 before rounding up)
    expect(one.samples).toBeLessThan(book); // the book's figure is a conservative round number
    expect(sampleSizeForAccuracyDrop({ baseline: 0.95, degraded: 0.9, alternative: "one-sided" }).samples).toBe(150); // catalog: ≈ 149
  });
  it("W12.3 (seed L27541): book '≈ 10,000 samples' to see 95 % → 94 %; recomputed 8,158 per arm at power 0.8, 3,994 with no power requirement", () => {
    expect(sampleSizeForAccuracyDrop({ baseline: 0.95, degraded: 0.94, design: "two-sample" }).samples).toBe(8158); // catalog: 8,155
    expect(sampleSizeForAccuracyDrop({ baseline: 0.95, degraded: 0.94, design: "two-sample", power: 0.5 }).samples).toBe(3994); // catalog: 3,991
  });
  it("a rise is sized like a drop with the rates swapped only through the variances (symmetric formula)", () => {
    const down = sampleSizeForAccuracyDrop({ baseline: 0.9, degraded: 0.8, design: "two-sample" });
    const up = sampleSizeForAccuracyDrop({ baseline: 0.8, degraded: 0.9, design: "two-sample" });
    expect(up.exact).toBeCloseTo(down.exact, 10);
  });
});

describe("sampleSizeForAccuracyDrop bad input", () => {
  it("names the parameter and the value", () => {
    expect(() => sampleSizeForAccuracyDrop({ baseline: 1, degraded: 0.9 })).toThrow(InvalidParameterError);
    expect(() => sampleSizeForAccuracyDrop({ baseline: 1, degraded: 0.9 })).toThrow(/sampleSizeForAccuracyDrop: baseline must be a finite number in \(0, 1\); got 1/);
    expect(() => sampleSizeForAccuracyDrop({ baseline: 0.9, degraded: 0.9 })).toThrow(/degraded must be a number in \(0, 1\) different from baseline \(0.9\); got 0.9/);
    expect(() => sampleSizeForAccuracyDrop({ baseline: 0.9, degraded: NaN })).toThrow(/degraded must be a finite number in \(0, 1\); got NaN/);
    expect(() => sampleSizeForAccuracyDrop({ baseline: 0.9, degraded: 0.8, alpha: 0 })).toThrow(/alpha must be a finite number in \(0, 1\); got 0/);
    expect(() => sampleSizeForAccuracyDrop({ baseline: 0.9, degraded: 0.8, power: 0.3 })).toThrow(/power must be a finite number in \[0.5, 1\); got 0.3/);
    expect(() => sampleSizeForAccuracyDrop({ baseline: 0.9, degraded: 0.8, design: "paired" as never })).toThrow(/design must be one of "one-sample", "two-sample"; got "paired"/);
    expect(() => sampleSizeForAccuracyDrop({ baseline: 0.9, degraded: 0.8, alternative: "less" as never })).toThrow(/alternative must be one of "two-sided", "one-sided"; got "less"/);
    expect(() => sampleSizeForAccuracyDrop(undefined as never)).toThrow(/sampleSizeForAccuracyDrop: options must be an object/);
  });
});
