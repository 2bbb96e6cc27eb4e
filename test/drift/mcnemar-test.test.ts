import { describe, expect, it } from "vitest";
import { mcnemarTest, McNemarTable } from "../../src/drift/mcnemar-test";
import { InvalidParameterError } from "../../src/util/errors";
import { expectPvalue, expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("mcnemar.json");

describe("mcnemarTest vs statsmodels mcnemar (exact p also = scipy binomtest when b ≠ c)", () => {
  for (const c of fx.cases) {
    it(`${c.name}, exact=${c.exact}, correction=${c.correction}`, () => {
      const r = mcnemarTest(c.table as McNemarTable, { exact: c.exact, correction: c.correction });
      expectStatistic(r.statistic, c.statistic, "statistic");
      expectPvalue(r.pvalue, c.pvalue, "pvalue");
    });
  }
});

describe("mcnemarTest paired inputs", () => {
  const truth = [0, 1, 1, 0, 1, 0, 1, 1, 0, 0];
  const predA = [0, 1, 1, 0, 1, 0, 1, 1, 1, 1]; // wrong on items 8, 9
  const predB = [0, 0, 0, 1, 1, 0, 1, 0, 0, 0]; // wrong on items 1, 2, 3, 7
  it("{ predictionsA, predictionsB, labels } and { correctA, correctB } build the same table", () => {
    const fromPred = mcnemarTest({ predictionsA: predA, predictionsB: predB, labels: truth });
    const correctA = predA.map((p, i) => p === truth[i]);
    const correctB = predB.map((p, i) => (p === truth[i] ? 1 : 0));
    const fromCorrect = mcnemarTest({ correctA, correctB });
    expect(fromPred.table).toEqual([[4, 4], [2, 0]]);
    expect(fromCorrect).toEqual(fromPred);
    expect(fromPred).toMatchObject({ onlyA: 4, onlyB: 2, statistic: 2 });
  });
  it("W12.3 scenario (seed L27523): 95 % vs 94 % on the same 1,000 images with 10 net extra errors is significant when the models mostly agree", () => {
    // 940 both right, 10 only the original right, 0 only the compressed right, 50 both wrong.
    expect(mcnemarTest([[940, 10], [0, 50]]).pvalue).toBeLessThan(0.01);
  });
});

describe("mcnemarTest bad input", () => {
  it("names the parameter and the value", () => {
    expect(() => mcnemarTest([[1, 2]] as never)).toThrow(InvalidParameterError);
    expect(() => mcnemarTest([[1, 2]] as never)).toThrow(/mcnemarTest: table must be a 2×2 array of counts/);
    expect(() => mcnemarTest([[1, -2], [3, 4]])).toThrow(/mcnemarTest: table\[0\]\[1\] must be an integer ≥ 0; got -2/);
    expect(() => mcnemarTest({ correctA: [true, false], correctB: [true] })).toThrow(/mcnemarTest: correctB must be an array of booleans or 0\/1 of the same length as correctA \(2\)/);
    expect(() => mcnemarTest({ correctA: [true, 2], correctB: [true, true] })).toThrow(/mcnemarTest: correctA\[1\] must be a boolean or 0\/1; got 2/);
    expect(() => mcnemarTest({ predictionsA: [1], predictionsB: [1], labels: [NaN] })).toThrow(/mcnemarTest: labels\[0\] .*; got NaN/);
    expect(() => mcnemarTest({ correctA: [], correctB: [] })).toThrow(/correctA must be a non-empty array/);
    expect(() => mcnemarTest([[1, 2], [3, 4]], { exact: "no" as never })).toThrow(/mcnemarTest: exact must be true or false; got "no"/);
    expect(() => mcnemarTest(7 as never)).toThrow(/mcnemarTest: input must be a 2×2 table/);
  });
});
