import { describe, expect, it } from "vitest";
import { kstwoCdf, kstwoSf } from "../../../src/drift/special/kstwo";
import { smirnovSf } from "../../../src/drift/special/smirnov";
import { kolmogorovSf } from "../../../src/drift/special/kolmogorov";
import { expectPvalue, loadFixture, relErr } from "../fixture-data";

const fx = loadFixture("kolmogorov.json");

describe("kstwoSf / kstwoCdf vs scipy.stats.kstwo (SciPy 1.10 fixture grid)", () => {
  it("matches sf and cdf on every grid point (1e-9 abs or 1e-6 rel)", () => {
    for (const row of fx.kstwo) {
      expectPvalue(kstwoSf(row.x, row.n), row.kstwoSf, `kstwo.sf(${row.x}, ${row.n})`);
      expectPvalue(kstwoCdf(row.x, row.n), row.kstwoCdf, `kstwo.cdf(${row.x}, ${row.n})`);
    }
  });
  it("keeps relative accuracy in the far upper tail (sf > 1e-300: 1e-6 relative)", () => {
    for (const row of fx.kstwo) {
      if (row.kstwoSf > 1e-300 && row.kstwoSf < 1e-3) {
        expect(relErr(kstwoSf(row.x, row.n), row.kstwoSf), `n=${row.n} x=${row.x}`).toBeLessThan(1e-6);
      }
    }
  });
  it("returns NaN only for an invalid n (internal contract)", () => {
    expect(kstwoSf(0.2, 0)).toBeNaN();
    expect(kstwoSf(0.2, 2.5)).toBeNaN();
  });
});

describe("smirnovSf vs scipy.special.smirnov", () => {
  it("matches on the grid (1e-9 abs or 1e-6 rel, and 1e-6 rel in tails)", () => {
    for (const row of fx.kstwo) {
      const got = smirnovSf(row.n, row.x);
      expectPvalue(got, row.smirnov, `smirnov(${row.n}, ${row.x})`);
      if (row.smirnov > 1e-300) expect(relErr(got, row.smirnov), `smirnov(${row.n}, ${row.x})`).toBeLessThan(1e-6);
    }
  });
});

describe("kolmogorovSf vs scipy.special.kolmogorov", () => {
  it("matches to 1e-13 relative", () => {
    for (const row of fx.kolmogorov) {
      expect(relErr(kolmogorovSf(row.x), row.kolmogorov), `x=${row.x}`).toBeLessThan(1e-13);
    }
  });
});
