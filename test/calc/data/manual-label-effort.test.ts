import { describe, expect, it } from "vitest";
import { manualLabelEffort } from "../../../src/calc/data/manual-label-effort";
import { expectInvalid } from "../expect-errors";

describe("manualLabelEffort (Ch. 4, the Multilingual Spoken Words Corpus)", () => {
  it("23.4M clips at 10 s: 65,000 person-hours, 32.5 person-years", () => {
    const r = manualLabelEffort({ items: 23.4e6, timePerLabel: 10, hourlyRate: 20 });
    expect(r.effort.to("h")).toBeCloseTo(65_000, 9);
    expect(r.personYears).toBeCloseTo(32.5, 12);
    expect(r.cost?.to("USD")).toBeCloseTo(1.3e6, 6);
  });

  it("rejects a non-positive working year", () => {
    expectInvalid(() => manualLabelEffort({ items: 1, timePerLabel: 1, hoursPerPersonYear: 0 }), "manualLabelEffort", "hoursPerPersonYear", "0");
  });
});
