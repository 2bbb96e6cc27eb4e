import { describe, expect, it } from "vitest";
import { ks2samp } from "../../src/drift/ks-2samp";
import { InvalidParameterError } from "../../src/util/errors";
import { expectPvalue, expectStatistic, loadFixture, relErr, sampleOf } from "./fixture-data";

const fx = loadFixture("ks-2samp.json");

describe("ks2samp vs scipy.stats.ks_2samp (SciPy 1.10; statistic 1e-12 rel, p 1e-9 abs / 1e-6 rel)", () => {
  for (const c of fx.cases) {
    it(c.name, () => {
      const a = sampleOf(c.a);
      const b = sampleOf(c.b);
      for (const r of c.results) {
        const got = ks2samp(a, b, { alternative: r.alternative, method: r.method });
        const what = `${c.name} ${r.alternative}/${r.method}`;
        expectStatistic(got.statistic, r.statistic, what);
        expectPvalue(got.pvalue, r.pvalue, what);
        if (r.pvalue > 1e-300 && r.pvalue < 1e-6) expect(relErr(got.pvalue, r.pvalue), what).toBeLessThan(1e-6);
        expect(got.statisticLocation, what).toBe(r.statisticLocation);
        expect(got.statisticSign, what).toBe(r.statisticSign);
      }
    });
  }
});

describe("ks2samp documented behaviour", () => {
  it("reports the method used: auto is exact up to 10,000 per sample", () => {
    expect(ks2samp([1, 2, 3], [2.5, 4]).method).toBe("exact");
    expect(ks2samp([1, 2, 3], [2.5, 4], { method: "asymp" }).method).toBe("asymp");
  });
  it("identical samples: D = 0, p = 1", () => {
    const r = ks2samp([3, 1, 2], [1, 2, 3]);
    expect(r.statistic).toBe(0);
    expect(r.pvalue).toBe(1);
  });
  it("n1 = n2 = 1, asymp two-sided: SciPy gives NaN; we give the exact p (documented)", () => {
    const r = ks2samp([0.5], [0.7], { method: "asymp" });
    expect(r.statistic).toBe(1);
    expect(r.pvalue).toBe(1); // exact: P(D >= 1) = 1 for n1 = n2 = 1
    expect(r.method).toBe("exact");
  });
  it("does not mutate its inputs and returns a frozen record", () => {
    const a = Object.freeze([3, 1, 2]);
    const b = new Float64Array([5, 4, 0]);
    const r = ks2samp(a, b);
    expect(Array.from(b)).toEqual([5, 4, 0]);
    expect(Object.isFrozen(r)).toBe(true);
  });
  it("accepts iterables (e.g. a Set) and typed arrays", () => {
    const r1 = ks2samp(new Set([1, 2, 3]), new Float32Array([1.5, 2.5]));
    const r2 = ks2samp([1, 2, 3], [1.5, 2.5]);
    expect(r1.pvalue).toBe(r2.pvalue);
  });
});

describe("ks2samp bad input", () => {
  it("rejects an empty sample, naming the parameter", () => {
    expect(() => ks2samp([], [1])).toThrow(InvalidParameterError);
    expect(() => ks2samp([], [1])).toThrow(/ks2samp: a must be a non-empty sample; got array of length 0/);
    expect(() => ks2samp([1], new Float64Array(0))).toThrow(/ks2samp: b must be a non-empty sample/);
  });
  it("rejects NaN and ±Infinity with the index of the first bad value", () => {
    expect(() => ks2samp([1, 2, NaN, 4], [1])).toThrow(/ks2samp: a\[2\] must be a finite number .*; got NaN/);
    expect(() => ks2samp([1], [0, -Infinity])).toThrow(/ks2samp: b\[1\] must be a finite number .*; got -Infinity/);
  });
  it('nan: "omit" drops them and counts them', () => {
    const r = ks2samp([1, NaN, 2, 3], [Infinity, 1.5, 2.5], { nan: "omit" });
    const ref = ks2samp([1, 2, 3], [1.5, 2.5]);
    expect(r.omitted).toBe(2);
    expect(r.n1).toBe(3);
    expect(r.pvalue).toBe(ref.pvalue);
    expect(() => ks2samp([NaN], [1], { nan: "omit" })).toThrow(/a must be a sample with at least one finite value/);
  });
  it("rejects unknown options", () => {
    expect(() => ks2samp([1], [2], { alternative: "both" as never })).toThrow(
      /ks2samp: alternative must be one of "two-sided", "less", "greater"; got "both"/,
    );
    expect(() => ks2samp([1], [2], { method: "approx" as never })).toThrow(/ks2samp: method must be one of/);
    expect(() => ks2samp([1], [2], { nan: "propagate" as never })).toThrow(/ks2samp: nan must be one of/);
  });
});
