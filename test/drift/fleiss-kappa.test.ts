import { describe, expect, it } from "vitest";
import { fleissKappa } from "../../src/drift/fleiss-kappa";
import { InvalidParameterError } from "../../src/util/errors";
import { expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("kappa.json");

describe("fleissKappa vs statsmodels fleiss_kappa (statsmodels 0.13, rel 1e-12)", () => {
  for (const c of fx.fleiss) {
    it(`${c.name}, method=${c.method}`, () => {
      expectStatistic(fleissKappa(c.table, { method: c.method }), c.kappa, "kappa");
    });
  }
  it("Fleiss (1971) worked example gives 0.210 (published value, 3 decimals)", () => {
    const wiki = fx.fleiss.find((c: { name: string }) => c.name.startsWith("Fleiss 1971")).table;
    expect(fleissKappa(wiki).toFixed(3)).toBe("0.210");
  });
});

describe("fleissKappa behaviour", () => {
  it("perfect agreement among all raters gives 1", () => {
    expect(fleissKappa([[2, 0], [0, 2], [2, 0]])).toBe(1);
  });
  it("book routing rule: kappa < 0.4 flags a batch for expert review (seed L6572) — a noisy batch scores below 0.4", () => {
    const noisy = [[2, 1], [1, 2], [3, 0], [2, 1], [1, 2], [0, 3]];
    expect(fleissKappa(noisy)).toBeLessThan(0.4);
  });
  it("all ratings in one category: throws, or returns replaceUndefinedBy", () => {
    expect(() => fleissKappa([[3, 0], [3, 0]])).toThrow(/fleissKappa: counts must be a table with ratings in more than one category/);
    expect(fleissKappa([[3, 0], [3, 0]], { replaceUndefinedBy: 1 })).toBe(1);
  });
});

describe("fleissKappa bad input", () => {
  it("names the parameter and the value", () => {
    expect(() => fleissKappa([])).toThrow(InvalidParameterError);
    expect(() => fleissKappa([])).toThrow(/fleissKappa: counts must be a non-empty items × categories table of counts; got array of length 0/);
    expect(() => fleissKappa([[3]])).toThrow(/fleissKappa: counts\[0\] must be a row with one count per category \(at least 2 categories\)/);
    expect(() => fleissKappa([[3, 0], [1, 1, 1]])).toThrow(/fleissKappa: counts\[1\] must be a row of 2 counts/);
    expect(() => fleissKappa([[3, 0], [2, 0]])).toThrow(/fleissKappa: counts\[1\] must be a row whose counts sum to 3/);
    expect(() => fleissKappa([[1, 0]])).toThrow(/fleissKappa: counts\[0\] must be a row whose counts sum to the number of raters, at least 2/);
    expect(() => fleissKappa([[2, -1, 2]])).toThrow(/fleissKappa: counts\[0\]\[1\] must be an integer ≥ 0; got -1/);
    expect(() => fleissKappa([[1.5, 1.5]])).toThrow(/fleissKappa: counts\[0\]\[0\] must be an integer ≥ 0; got 1.5/);
    expect(() => fleissKappa([[2, 1]], { method: "cohen" as never })).toThrow(/fleissKappa: method must be one of "fleiss", "randolph"; got "cohen"/);
  });
});
