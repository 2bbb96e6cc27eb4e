import { describe, expect, it } from "vitest";
import { CUSUM } from "../../src/drift/cusum";
import { detectChanges } from "../../src/drift/drift-detector";
import { normal } from "../../src/random/normal";
import { streamFor } from "../../src/random/stream-for";
import { InvalidParameterError } from "../../src/util/errors";
import { loadFixture } from "./fixture-data";

const streams = loadFixture("river-streams.json");

function shiftStream(seed: number, n0: number, n1: number, shift: number): Float64Array {
  const out = normal(streamFor(seed, "cusum-test"), new Float64Array(n0 + n1));
  for (let i = n0; i < out.length; i++) out[i] += shift;
  return out;
}

describe("CUSUM", () => {
  it("river API docs example (random.Random(12345) gauss, +3σ at 200) → changes at 201 and 251", () => {
    expect(detectChanges(new CUSUM(), streams.cusumDoc.values)).toEqual([201, 251]);
  });
  it("a 1σ shift right after a 500-point warm-up is detected within 30 observations (k = 0.5σ, h = 5σ; ARL₁ ≈ 10), seeds 1–5", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const found = detectChanges(new CUSUM({ minInstances: 500 }), shiftStream(seed, 500, 200, 1));
      expect(found[0], `seed ${seed}: ${found}`).toBeGreaterThanOrEqual(500);
      expect(found[0] - 500, `seed ${seed}`).toBeLessThan(30);
    }
  });
  it("h = 12σ after a 500-point warm-up: no false alarm on 5,000 stationary observations (seeds 1–5)", () => {
    for (let seed = 1; seed <= 5; seed++) {
      expect(detectChanges(new CUSUM({ minInstances: 500, threshold: 12 }), shiftStream(seed, 5000, 0, 0)), `seed ${seed}`).toEqual([]);
    }
  });
  it("h = 5σ false-alarms on stationary data within a few hundred observations (two-sided ARL₀ ≈ 230), as river documents", () => {
    expect(detectChanges(new CUSUM(), shiftStream(1, 2000, 0, 0)).length).toBeGreaterThan(0);
  });
  it("reference mean and SD are frozen after the warm-up; mode 'up' ignores a drop", () => {
    const c = new CUSUM({ minInstances: 4 });
    [1, 2, 3].forEach((x) => c.update(x));
    expect(c.referenceMean).toBeNull();
    c.update(4);
    expect(c.referenceMean).toBe(2.5);
    expect(c.referenceSd).toBeCloseTo(Math.sqrt(5 / 3), 15);
    expect(detectChanges(new CUSUM({ mode: "up" }), shiftStream(2, 300, 200, -2))).toEqual([]);
    expect(detectChanges(new CUSUM({ mode: "down" }), shiftStream(2, 300, 200, -2)).length).toBeGreaterThan(0);
  });
  it("bad input names the parameter and the value", () => {
    expect(() => new CUSUM({ threshold: 0 })).toThrow(InvalidParameterError);
    expect(() => new CUSUM({ threshold: 0 })).toThrow(/CUSUM: threshold must be a finite number > 0; got 0/);
    expect(() => new CUSUM({ slack: -0.5 })).toThrow(/CUSUM: slack must be a finite number ≥ 0; got -0.5/);
    expect(() => new CUSUM({ minInstances: 1 })).toThrow(/CUSUM: minInstances must be an integer ≥ 2; got 1/);
    expect(() => new CUSUM({ mode: "x" as never })).toThrow(/CUSUM: mode must be one of "up", "down", "both"; got "x"/);
    expect(() => new CUSUM().update(-Infinity)).toThrow(/CUSUM.update: x must be a finite number; got -Infinity/);
  });
});
