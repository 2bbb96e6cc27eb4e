import { describe, expect, it } from "vitest";
import { DDM } from "../../src/drift/ddm";
import { detectChanges } from "../../src/drift/drift-detector";
import { bernoulli } from "../../src/random/bernoulli";
import { streamFor } from "../../src/random/stream-for";
import { InvalidParameterError } from "../../src/util/errors";
import { loadFixture } from "./fixture-data";

const streams = loadFixture("river-streams.json");

/** Error indicators: n₀ draws with error rate e₀, then n₁ with e₁ (Philox Bernoulli). */
function errorStream(seed: number, n0: number, e0: number, n1: number, e1: number): Uint8Array {
  const out = new Uint8Array(n0 + n1);
  bernoulli(streamFor(seed, "ddm-a"), out.subarray(0, n0), { p: e0 });
  if (n1 > 0) bernoulli(streamFor(seed, "ddm-b"), out.subarray(n0), { p: e1 });
  return out;
}

describe("DDM", () => {
  it("river API docs example (random.Random(42), error rate 0.5 → 0.7 at 1000): warning 1084, change 1334, warning 1492", () => {
    const ddm = new DDM();
    const events: string[] = [];
    let printWarning = true;
    Array.from(streams.ddmDoc.stream as string, Number).forEach((x, i) => {
      ddm.update(x);
      if (ddm.warningDetected && printWarning) {
        events.push(`warning ${i}`);
        printWarning = false;
      }
      if (ddm.driftDetected) {
        events.push(`change ${i}`);
        printWarning = true;
      }
    });
    expect(events).toEqual(["warning 1084", "change 1334", "warning 1492"]);
  });
  it("river's Cython-era suite (test_drift_detectors.py@063ca61d, data_stream_2, error 0.2 → 0.8) → [1049]", () => {
    expect(detectChanges(new DDM(), Array.from(streams.ddmLegacyNumpy.stream as string, Number))).toEqual([1049]);
  });
  it("error rate 0.3 → 0.5 at 2,000 is detected within 300 predictions, no alarm before (seeds 1–4; seed 5 false-alarms at 112)", () => {
    for (let seed = 1; seed <= 4; seed++) {
      const found = detectChanges(new DDM(), errorStream(seed, 2000, 0.3, 1000, 0.5));
      expect(found[0], `seed ${seed}: ${found}`).toBeGreaterThanOrEqual(2000);
      expect(found[0] - 2000, `seed ${seed}`).toBeLessThan(300);
    }
  });
  it("accuracy 95 % → 80 % at 2,000 (warmStart 300): detected within 300 labels, no alarm before (seeds 1–6)", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const found = detectChanges(new DDM({ warmStart: 300 }), errorStream(seed, 2000, 0.05, 1000, 0.2));
      expect(found[0], `seed ${seed}: ${found}`).toBeGreaterThanOrEqual(2000);
      expect(found[0] - 2000, `seed ${seed}`).toBeLessThan(300);
    }
  });
  it("no drift on 10,000 stationary predictions at 30 % error (seeds 1–4)", () => {
    for (let seed = 1; seed <= 4; seed++) expect(detectChanges(new DDM(), errorStream(seed, 10000, 0.3, 0, 0))).toEqual([]);
  });
  it("documented quirk (river and Gama et al.): no error during the warm start gives p = s = 0, so the first error fires", () => {
    expect(detectChanges(new DDM(), [...Array(31).fill(0), 1])).toEqual([31]);
  });
  it("booleans work like 1/0 and update reports the warning zone", () => {
    const a = new DDM();
    const b = new DDM();
    const xs = errorStream(9, 300, 0.1, 300, 0.6);
    const sa = Array.from(xs, (x) => a.update(x === 1));
    const sb = Array.from(xs, (x) => b.update(x));
    expect(sa).toEqual(sb);
    expect(sa.some((s) => s.warning)).toBe(true);
  });
  it("bad input names the parameter and the value", () => {
    expect(() => new DDM().update(2)).toThrow(InvalidParameterError);
    expect(() => new DDM().update(2)).toThrow(/DDM.update: x must be 1\/true \(error\) or 0\/false \(correct\); got 2/);
    expect(() => detectChanges(new DDM(), [0, 1, 0.5])).toThrow(/DDM.update: stream\[2\] must be 1\/true .*; got 0.5/);
    expect(() => new DDM({ warmStart: 0 })).toThrow(/DDM: warmStart must be an integer ≥ 1; got 0/);
    expect(() => new DDM({ driftThreshold: 1 })).toThrow(/DDM: driftThreshold must be a number ≥ warningThreshold \(2\); got 1/);
    expect(() => new DDM({ warningThreshold: -2 })).toThrow(/DDM: warningThreshold must be a finite number > 0; got -2/);
  });
});
