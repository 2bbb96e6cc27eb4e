import { describe, expect, it } from "vitest";
import { chi2Sf } from "../../../src/drift/special/chi2";
import { logGamma, regularizedGammaP, regularizedGammaQ } from "../../../src/drift/special/gamma";
import { normalCdf } from "../../../src/drift/special/normal";
import { expectPvalue, loadFixture, relErr } from "../fixture-data";

const fx = loadFixture("chisquare.json");

describe("chi2Sf vs scipy.stats.chi2.sf", () => {
  it("matches every grid point to 1e-9 abs / 1e-6 rel, and tails (> 1e-300) to 1e-9 relative", () => {
    for (const row of fx.chi2Sf) {
      const got = chi2Sf(row.x, row.df);
      expectPvalue(got, row.sf, `chi2.sf(${row.x}, ${row.df})`);
      if (row.sf > 1e-300) expect(relErr(got, row.sf), `chi2.sf(${row.x}, ${row.df})`).toBeLessThan(1e-9);
    }
  });
  it("x ≤ 0 gives 1; invalid df gives NaN (internal contract)", () => {
    expect(chi2Sf(0, 3)).toBe(1);
    expect(chi2Sf(-1, 3)).toBe(1);
    expect(chi2Sf(1, 0)).toBeNaN();
  });
});

describe("gamma helpers", () => {
  it("logGamma: ln(9!) and Γ(1/2) = √π", () => {
    expect(relErr(logGamma(10), Math.log(362880))).toBeLessThan(1e-15);
    expect(relErr(logGamma(0.5), 0.5 * Math.log(Math.PI))).toBeLessThan(1e-14);
  });
  it("P + Q = 1 and Q(1, x) = e^-x", () => {
    for (const [a, x] of [[0.5, 0.2], [3, 2], [50, 60], [1000, 990]]) {
      expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 14);
    }
    expect(relErr(regularizedGammaQ(1, 30), Math.exp(-30))).toBeLessThan(1e-13);
  });
  it("normalCdf: Φ(1.959963984540054) = 0.975; Φ(−10) = 7.619853024160527e-24", () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    expect(relErr(normalCdf(-10), 7.619853024160527e-24)).toBeLessThan(1e-12);
  });
});
