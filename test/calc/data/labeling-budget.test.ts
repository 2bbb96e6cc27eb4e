import { describe, expect, it } from "vitest";
import { labelingBudget } from "../../../src/calc/data/labeling-budget";
import { expectInvalid } from "../expect-errors";

const kws = { budget: 150_000, shares: { labeling: 0.6, storage: 0.25, governance: 0.15 }, pricePerLabel: 0.1, reviewOverhead: 0.2 };

describe("labelingBudget (Ch. 4, KWS design-space scenario)", () => {
  it("$90K labels, $37.5K storage, $22.5K governance; 750K labels at $0.12", () => {
    const r = labelingBudget(kws);
    expect(r.amounts.labeling.to("USD")).toBe(90_000);
    expect(r.amounts.storage.to("USD")).toBe(37_500);
    expect(r.amounts.governance.to("USD")).toBe(22_500);
    expect(r.costPerLabel.to("USD")).toBeCloseTo(0.12, 12);
    expect(r.labels).toBe(750_000);
  });

  it("rejects shares above 1, without labeling, and a free label", () => {
    expectInvalid(() => labelingBudget({ ...kws, shares: { labeling: 0.9, storage: 0.2 } }), "labelingBudget", "shares", "an object");
    expectInvalid(() => labelingBudget({ ...kws, shares: { storage: 0.2 } }), "labelingBudget", "shares", "an object");
    expectInvalid(() => labelingBudget({ ...kws, pricePerLabel: 0 }), "labelingBudget", "pricePerLabel", "0");
  });
});
