import { describe, expect, it } from "vitest";
import { detectChanges } from "../../src/drift/drift-detector";
import { PageHinkley } from "../../src/drift/page-hinkley";
import { normal } from "../../src/random/normal";
import { streamFor } from "../../src/random/stream-for";
import { InvalidParameterError } from "../../src/util/errors";
import { loadFixture } from "./fixture-data";

const streams = loadFixture("river-streams.json");

/** N(0, sd²) then N(shift, sd²): λ = 50 is in data units, so the noise level matters. */
function shiftStream(seed: number, n0: number, n1: number, shift: number, sd = 0.2): Float64Array {
  const out = normal(streamFor(seed, "page-hinkley-test"), new Float64Array(n0 + n1), { sd });
  for (let i = n0; i < out.length; i++) out[i] += shift;
  return out;
}

describe("PageHinkley", () => {
  it("river API docs example: random.Random(12345) stream switching at 1000 → change at index 1006", () => {
    expect(detectChanges(new PageHinkley(), Array.from(streams.pageHinkleyDoc.stream as string, Number))).toEqual([1006]);
  });
  it("a +1 shift (5σ of N(0, 0.2²) noise) at 1,000 is detected within 60 observations by the default λ = 50 (seeds 1–5 take 41–52), no alarm before", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const found = detectChanges(new PageHinkley(), shiftStream(seed, 1000, 500, 1));
      expect(found[0], `seed ${seed}: ${found}`).toBeGreaterThanOrEqual(1000);
      expect(found[0] - 1000, `seed ${seed}`).toBeLessThan(60);
    }
  });
  it("no false alarm on 20,000 stationary N(0, 0.2²) observations (seeds 1–3)", () => {
    for (let seed = 1; seed <= 3; seed++) expect(detectChanges(new PageHinkley(), shiftStream(seed, 20000, 0, 0))).toEqual([]);
  });
  it("mode: 'up' ignores a drop, 'down' catches it", () => {
    const drop = shiftStream(7, 1000, 500, -1);
    expect(detectChanges(new PageHinkley({ mode: "up" }), drop)).toEqual([]);
    expect(detectChanges(new PageHinkley({ mode: "down" }), drop).length).toBeGreaterThan(0);
  });
  it("with N(0, 1) noise the default λ = 50 false-alarms within 20,000 observations: λ must be scaled to the stream", () => {
    const noisy = normal(streamFor(1, "page-hinkley-test"), new Float64Array(20000));
    expect(detectChanges(new PageHinkley(), noisy).length).toBeGreaterThan(0);
    expect(detectChanges(new PageHinkley({ threshold: 250 }), noisy)).toEqual([]);
  });
  it("minInstances: nothing is reported before it", () => {
    const ph = new PageHinkley({ minInstances: 100, threshold: 1 });
    const found = detectChanges(ph, [...Array(50).fill(0), ...Array(100).fill(10)]);
    expect(found[0]).toBeGreaterThanOrEqual(99);
  });
  it("bad input names the parameter and the value", () => {
    expect(() => new PageHinkley({ threshold: 0 })).toThrow(InvalidParameterError);
    expect(() => new PageHinkley({ threshold: 0 })).toThrow(/PageHinkley: threshold must be a finite number > 0; got 0/);
    expect(() => new PageHinkley({ alpha: 1.5 })).toThrow(/PageHinkley: alpha must be a finite number in \(0, 1\]; got 1.5/);
    expect(() => new PageHinkley({ delta: -1 })).toThrow(/PageHinkley: delta must be a finite number ≥ 0; got -1/);
    expect(() => new PageHinkley({ minInstances: 0 })).toThrow(/PageHinkley: minInstances must be an integer ≥ 1; got 0/);
    expect(() => new PageHinkley({ mode: "sideways" as never })).toThrow(/PageHinkley: mode must be one of "up", "down", "both"; got "sideways"/);
    expect(() => new PageHinkley().update("1" as never)).toThrow(/PageHinkley.update: x must be a finite number; got "1"/);
  });
});
