import { describe, expect, it } from "vitest";
import { psi } from "../../src/drift/psi";
import { psiFromProportions } from "../../src/drift/psi-from-proportions";
import { InvalidParameterError } from "../../src/util/errors";
import { expectStatistic, loadFixture, recipeValues } from "./fixture-data";

const fx = loadFixture("psi.json");

describe("psi with quantile bins vs numpy (np.quantile linear + searchsorted right)", () => {
  for (const c of fx.cases) {
    it(c.name, () => {
      const r = psi(c.expected, c.actual, { epsilon: c.epsilon });
      expect(r.edges.length).toBe(c.innerEdges.length + 2);
      r.edges.slice(1, -1).forEach((e, i) => expectStatistic(e, c.innerEdges[i], `edge ${i}`));
      r.expectedProportions.forEach((p, i) => expect(p).toBe(c.expectedProportions[i]));
      r.actualProportions.forEach((p, i) => expect(p).toBe(c.actualProportions[i]));
      expectStatistic(r.statistic, c.psi, "psi");
    });
  }
});

describe("psi binning rules", () => {
  const ref = recipeValues({ kind: "minstd", seed: 42, n: 1000 });
  const cur = recipeValues({ kind: "minstd", seed: 43, n: 800, shift: 0.1 });
  it("default = 10 quantile bins with ~10% reference mass each", () => {
    const r = psi(ref, cur);
    expect(r.edges.length).toBe(11);
    expect(r.edges[0]).toBe(-Infinity);
    expect(r.edges[10]).toBe(Infinity);
    r.expectedProportions.forEach((p) => expect(p).toBeCloseTo(0.1, 2));
  });
  it("the statistic equals psiFromProportions on the reported proportions", () => {
    const r = psi(ref, cur, { bins: "uniform", binCount: 7 });
    expect(r.statistic).toBe(psiFromProportions(r.expectedProportions, r.actualProportions).statistic);
    expect(r.edges.length).toBe(8);
  });
  it("sturges: ceil(log2(N) + 1) equal-width bins over the combined range", () => {
    const r = psi(ref, cur, { bins: "sturges" });
    expect(r.edges.length - 1).toBe(Math.ceil(Math.log2(1800) + 1));
  });
  it("explicit edges: [e_i, e_i+1), last bin closed; the book's age bins", () => {
    const ages = [18, 20, 25, 26, 30, 35, 36, 45, 46, 55, 56, 65, 66, 90];
    const r = psi(ages, ages, { bins: [18, 26, 36, 46, 56, 66, 120] });
    expect(r.expectedProportions).toEqual([3, 3, 2, 2, 2, 2].map((c) => c / 14));
    expect(r.statistic).toBe(0);
    expect(() => psi([17], [20], { bins: [18, 26, 120] })).toThrow(/psi: expected\[0\] must be inside the bin edges \[18, 120\]; got 17/);
  });
  it("tied reference data: repeated quantile cuts are merged", () => {
    const r = psi([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], [1, 2, 3]);
    expect(r.edges.length).toBeLessThan(11);
    const sum = r.expectedProportions.reduce((s, p) => s + p, 0);
    expect(sum).toBeCloseTo(1, 12);
  });
  it("a current sample far outside the reference is 'significant' and finite", () => {
    const r = psi(ref, recipeValues({ kind: "minstd", seed: 44, n: 500, shift: 5 }));
    expect(Number.isFinite(r.statistic)).toBe(true);
    expect(r.band).toBe("significant");
  });
});

describe("psi bad input", () => {
  it("rejects empty samples, NaN with index, bad options", () => {
    expect(() => psi([], [1])).toThrow(InvalidParameterError);
    expect(() => psi([], [1])).toThrow(/psi: expected must be a non-empty sample/);
    expect(() => psi([1, 2], [1, Infinity])).toThrow(/psi: actual\[1\] must be a finite number .*; got Infinity/);
    expect(() => psi([1, 2], [1], { bins: 0 })).toThrow(/psi: bins must be an integer ≥ 1; got 0/);
    expect(() => psi([1, 2], [1], { bins: "fd" as never })).toThrow(/psi: bins must be one of "quantile", "uniform", "sturges"/);
    expect(() => psi([1, 2], [1], { bins: [0, 2, 1] })).toThrow(/psi: bins\[2\] must be greater than bins\[1\] = 2; got 1/);
    expect(() => psi([1, 2], [1], { binCount: 2.5 })).toThrow(/psi: binCount must be an integer ≥ 1; got 2.5/);
  });
  it('nan: "omit" drops and counts', () => {
    const r = psi([1, 2, NaN, 3, 4], [1, 2, 3, -Infinity], { nan: "omit", bins: 2 });
    expect(r.omitted).toBe(2);
  });
});
