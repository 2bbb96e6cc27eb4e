import { describe, expect, it } from "vitest";
import { ADWIN } from "../../src/drift/adwin";
import { CUSUM } from "../../src/drift/cusum";
import { DDM } from "../../src/drift/ddm";
import { detectChanges, DriftDetector } from "../../src/drift/drift-detector";
import { PageHinkley } from "../../src/drift/page-hinkley";
import { InvalidParameterError } from "../../src/util/errors";

describe("detectChanges", () => {
  it("accepts arrays, typed arrays and iterables, and continues from the detector's state", () => {
    const xs = [...Array(100).fill(0), ...Array(50).fill(1)];
    const fromArray = detectChanges(new PageHinkley({ threshold: 20 }), xs);
    expect(fromArray).toEqual([122]);
    expect(detectChanges(new PageHinkley({ threshold: 20 }), Float64Array.from(xs))).toEqual(fromArray);
    expect(detectChanges(new PageHinkley({ threshold: 20 }), new Set([1, 2, 3]))).toEqual([]);
  });
  it("every detector satisfies the interface and reset() returns it to its initial behaviour", () => {
    const detectors: DriftDetector[] = [new ADWIN(), new PageHinkley(), new DDM(), new CUSUM()];
    const stream = Array.from({ length: 400 }, (_, i) => (i < 200 ? (i % 7 === 0 ? 1 : 0) : i % 2));
    for (const d of detectors) {
      const first = detectChanges(d, stream);
      d.reset();
      expect(d.driftDetected).toBe(false);
      expect(detectChanges(d, stream)).toEqual(first);
    }
  });
  it("bad input names the parameter and the value", () => {
    expect(() => detectChanges({} as never, [1])).toThrow(InvalidParameterError);
    expect(() => detectChanges({} as never, [1])).toThrow(/detectChanges: detector must be a drift detector with an update\(x\) method; got an object/);
    expect(() => detectChanges(new ADWIN(), 5 as never)).toThrow(/detectChanges: stream must be an array, typed array or iterable of observations; got 5/);
  });
});
