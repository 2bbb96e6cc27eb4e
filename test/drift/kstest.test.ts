import { describe, expect, it } from "vitest";
import { kstest } from "../../src/drift/kstest";
import { InvalidParameterError } from "../../src/util/errors";
import { expectPvalue, expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("kstest.json");

describe("kstest vs scipy.stats.kstest (SciPy 1.10; statistic 1e-12 rel, p 1e-9 abs / 1e-6 rel)", () => {
  for (const c of fx.cases) {
    it(`${c.distribution}(${c.params.join(", ")}) n=${c.x.length}`, () => {
      for (const r of c.results) {
        const got = kstest(c.x, c.distribution, { params: c.params, alternative: r.alternative, method: r.method });
        const what = `${r.alternative}/${r.method}`;
        expectStatistic(got.statistic, r.statistic, what);
        expectPvalue(got.pvalue, r.pvalue, what);
        expect(got.statisticLocation, what).toBe(r.statisticLocation);
        expect(got.statisticSign, what).toBe(r.statisticSign);
      }
    });
  }
});

describe("kstest bad input", () => {
  it("rejects a non-positive scale and an unknown distribution", () => {
    expect(() => kstest([1, 2], "norm", { params: [0, 0] })).toThrow(InvalidParameterError);
    expect(() => kstest([1, 2], "norm", { params: [0, -1] })).toThrow(/kstest: params\[1\] \(scale\) must be a finite number > 0; got -1/);
    expect(() => kstest([1, 2], "gamma" as never)).toThrow(/kstest: distribution must be one of "norm", "uniform", "expon"; got "gamma"/);
  });
  it("rejects NaN with its index; omits on request", () => {
    expect(() => kstest([0.2, NaN], "uniform")).toThrow(/kstest: x\[1\] must be a finite number/);
    const r = kstest([0.2, NaN, 0.7], "uniform", { nan: "omit" });
    expect(r.omitted).toBe(1);
    expect(r.n).toBe(2);
  });
});
