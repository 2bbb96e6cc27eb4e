import { describe, expect, it } from "vitest";
import { chiSquareTest } from "../../src/drift/chi-square-test";
import { InvalidParameterError } from "../../src/util/errors";
import { expectPvalue, expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("chisquare.json");

function expand(categories: unknown[], counts: number[]): unknown[] {
  const out: unknown[] = [];
  categories.forEach((c, i) => {
    for (let k = 0; k < counts[i]; k++) out.push(c);
  });
  return out;
}

describe("chiSquareTest vs scipy.stats.chisquare(current counts, reference share × n_cur)", () => {
  for (const c of fx.cases) {
    it(c.name, () => {
      const ref = expand(c.categories, c.referenceCounts) as string[];
      const cur = expand(c.categories, c.currentCounts) as string[];
      const r = chiSquareTest(ref, cur);
      expect(r.categories).toEqual(c.categories);
      expect(r.observed).toEqual(c.fObs);
      r.expected.forEach((e, i) => expectStatistic(e, c.fExp[i], `fExp[${i}]`));
      expect(r.df).toBe(c.df);
      expectStatistic(r.statistic, c.statistic, "statistic");
      expectPvalue(r.pvalue, c.pvalue, "pvalue");
    });
  }
});

describe("chiSquareTest documented edge cases", () => {
  it("unseen category: statistic Infinity, pvalue 0 (SciPy's result), listed", () => {
    const r = chiSquareTest(["a", "b", "a"], ["a", "c"]);
    expect(r.statistic).toBe(Infinity);
    expect(r.pvalue).toBe(0);
    expect(r.unseenCategories).toEqual(["c"]);
  });
  it('unseen: "error" throws and names the category', () => {
    expect(() => chiSquareTest(["a"], ["a", "zz"], { unseen: "error" })).toThrow(
      /chiSquareTest: current must be a category that also occurs in reference .*; got "zz"/,
    );
  });
  it("a category missing from current is fine (observed 0)", () => {
    const r = chiSquareTest(["a", "b"], ["a", "a"]);
    expect(r.observed).toEqual([2, 0]);
    expect(r.statistic).toBeCloseTo(2, 14);
  });
  it("one category overall: statistic 0, df 0, pvalue 1 (SciPy: NaN)", () => {
    const r = chiSquareTest([1, 1], [1]);
    expect(r).toMatchObject({ statistic: 0, df: 0, pvalue: 1 });
  });
  it("numbers, strings and booleans are distinct categories", () => {
    const r = chiSquareTest([1, "1", true], [1, "1", true]);
    expect(r.categories.length).toBe(3);
    expect(r.statistic).toBe(0);
  });
});

describe("chiSquareTest bad input", () => {
  it("rejects empty samples and null/NaN labels with their index", () => {
    expect(() => chiSquareTest([], ["a"])).toThrow(InvalidParameterError);
    expect(() => chiSquareTest([], ["a"])).toThrow(/chiSquareTest: reference must be a non-empty sample of categories/);
    expect(() => chiSquareTest(["a", null as never], ["a"])).toThrow(/chiSquareTest: reference\[1\] must be a string, number \(not NaN\) or boolean category; got null/);
    expect(() => chiSquareTest(["a"], [NaN])).toThrow(/chiSquareTest: current\[0\] .*; got NaN/);
    expect(() => chiSquareTest(["a"], ["a"], { unseen: "drop" as never })).toThrow(/unseen must be one of "infinite", "error"/);
  });
});
