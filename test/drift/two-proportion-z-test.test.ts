import { describe, expect, it } from "vitest";
import { twoProportionZTest } from "../../src/drift/two-proportion-z-test";
import { InvalidParameterError } from "../../src/util/errors";
import { expectPvalue, expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("proportions.json");

describe("twoProportionZTest vs statsmodels proportions_ztest (pooled) / test_proportions_2indep wald (unpooled)", () => {
  for (const c of fx.ztest) {
    it(`${c.name}, ${c.alternative}, pooled=${c.pooled} (statistic rel 1e-12, pvalue 1e-9 abs / 1e-6 rel)`, () => {
      const r = twoProportionZTest(c.successes1, c.n1, c.successes2, c.n2, { alternative: c.alternative, pooled: c.pooled });
      expectStatistic(r.statistic, c.statistic, "statistic");
      expectPvalue(r.pvalue, c.pvalue, "pvalue");
    });
  }
});

describe("twoProportionZTest book oracle and edge cases", () => {
  it("W12.3 (seed L27523–L27543): 95 % vs 94 % on 1,000 images each is not significant (book: both inside one CI)", () => {
    const r = twoProportionZTest(950, 1000, 940, 1000);
    expect(r.pvalue).toBeGreaterThan(0.05);
    expect(r.statistic).toBeCloseTo(0.9808, 4);
  });
  it("identical all-success samples: statistic 0, pvalue 1 (statsmodels: NaN)", () => {
    expect(twoProportionZTest(10, 10, 20, 20)).toMatchObject({ statistic: 0, pvalue: 1, standardError: 0 });
    expect(twoProportionZTest(0, 10, 0, 20, { pooled: false })).toMatchObject({ statistic: 0, pvalue: 1 });
  });
  it("unpooled with zero variance but different proportions: statistic ±Infinity, pvalue 0 two-sided", () => {
    const r = twoProportionZTest(10, 10, 0, 10, { pooled: false });
    expect(r.statistic).toBe(Infinity);
    expect(r.pvalue).toBe(0);
    expect(twoProportionZTest(10, 10, 0, 10, { pooled: false, alternative: "less" }).pvalue).toBe(1);
  });
});

describe("twoProportionZTest bad input", () => {
  it("names the parameter and the value", () => {
    expect(() => twoProportionZTest(5, 0, 1, 2)).toThrow(InvalidParameterError);
    expect(() => twoProportionZTest(5, 0, 1, 2)).toThrow(/twoProportionZTest: n1 must be an integer ≥ 1; got 0/);
    expect(() => twoProportionZTest(5, 4, 1, 2)).toThrow(/twoProportionZTest: successes1 must be an integer in \[0, n1 = 4\]; got 5/);
    expect(() => twoProportionZTest(1, 4, 2.5, 5)).toThrow(/twoProportionZTest: successes2 must be an integer ≥ 0; got 2.5/);
    expect(() => twoProportionZTest(1, 4, NaN, 5)).toThrow(/successes2 must be an integer ≥ 0; got NaN/);
    expect(() => twoProportionZTest(1, 4, 2, 5, { alternative: "larger" as never })).toThrow(/alternative must be one of "two-sided", "less", "greater"; got "larger"/);
    expect(() => twoProportionZTest(1, 4, 2, 5, { pooled: "yes" as never })).toThrow(/pooled must be true or false; got "yes"/);
  });
});
