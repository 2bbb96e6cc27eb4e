import { describe, expect, it } from "vitest";
import { readCount, readCounts, readFlag } from "../../../src/calc/common/count-input";
import { expectInvalid } from "../expect-errors";

describe("readCount / readCounts / readFlag", () => {
  it("accepts integers in range and returns them", () => {
    expect(readCount("f", "n", 0, 0, 5)).toBe(0);
    expect(readCounts("f", "w", [1, 2], { minLength: 2, maxLength: 3, min: 1, max: 9 })).toEqual([1, 2]);
    expect(readFlag("f", "b", undefined, true)).toBe(true);
  });
  it("names the function, the parameter and the element", () => {
    expectInvalid(() => readCount("f", "n", 6, 0, 5), "f", "n", "6");
    expectInvalid(() => readCount("f", "n", Number.NaN, 0, 5), "f", "n", "NaN");
    expectInvalid(() => readCounts("f", "w", [1, 0], { minLength: 2, maxLength: 3, min: 1, max: 9 }), "f", "w[1]", "0");
    expectInvalid(() => readCounts("f", "w", [1], { minLength: 2, maxLength: 3, min: 1, max: 9 }), "f", "w", "array of length 1");
    expectInvalid(() => readFlag("f", "b", "yes" as never, true), "f", "b", '"yes"');
  });
});
