import { describe, expect, it } from "vitest";
import { dataDebtGrowth } from "../../../src/calc/data/data-debt";
import { expectInvalid } from "../expect-errors";

describe("dataDebtGrowth (Ch. 4, Eq. 4.8)", () => {
  it("compounds at r per period", () => {
    const r = dataDebtGrowth({ initialDebt: 10, ratePerPeriod: 0.3, periods: 8 });
    expect(r.multiplier).toBeCloseTo(1.3 ** 8, 12);
    expect(r.trajectory.length).toBe(9);
    expect(r.trajectory[8]).toBeCloseTo(r.debt, 12);
    expect(dataDebtGrowth({ initialDebt: 1, ratePerPeriod: 0, periods: 3 })).toMatchObject({ debt: 1, doublingPeriods: null });
  });

  it("rejects too many periods and a result beyond 1e300", () => {
    expectInvalid(() => dataDebtGrowth({ initialDebt: 1, ratePerPeriod: 0.1, periods: 20_000 }), "dataDebtGrowth", "periods", "20000");
    expectInvalid(() => dataDebtGrowth({ initialDebt: 1, ratePerPeriod: 1e10, periods: 40 }), "dataDebtGrowth", "periods", "40");
  });
});
