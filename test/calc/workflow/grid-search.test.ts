import { describe, expect, it } from "vitest";
import { gridSearchRuns } from "../../../src/calc/workflow/grid-search";
import { expectInvalid } from "../expect-errors";

describe("gridSearchRuns (Ch. 3: 4^5 = 1,024)", () => {
  it("multiplies value counts", () => {
    expect(gridSearchRuns({ values: 4, hyperparameters: 5 }).runs).toBe(1024);
    expect(gridSearchRuns({ values: [2, 3, 7] }).runs).toBe(42);
    expect(gridSearchRuns({ values: 10, hyperparameters: 20 }).runs).toBe(1e20);
    expect(gridSearchRuns({ values: 4, hyperparameters: 0 }).runs).toBe(1);
  });

  it("rejects a product beyond 1e300 and inconsistent forms", () => {
    expectInvalid(() => gridSearchRuns({ values: 10, hyperparameters: 400 }), "gridSearchRuns", "values", "10");
    expectInvalid(() => gridSearchRuns({ values: 4 }), "gridSearchRuns", "hyperparameters", "undefined");
    expectInvalid(() => gridSearchRuns({ values: [4], hyperparameters: 2 }), "gridSearchRuns", "hyperparameters", "2");
    expectInvalid(() => gridSearchRuns({ values: [4, 0] }), "gridSearchRuns", "values[1]", "0");
  });
});
