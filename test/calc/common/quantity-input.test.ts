import { describe, expect, it } from "vitest";
import { readAmount } from "../../../src/calc/common/quantity-input";
import { q } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

describe("readAmount", () => {
  it("attaches the default unit to a plain number", () => {
    const bw = readAmount("f", "bandwidth", 2e12, "B/s", "positive");
    expect(bw.dimensionName).toBe("dataRate");
    expect(bw.to("TB/s")).toBe(2);
  });

  it("passes a quantity of the right dimension through unchanged", () => {
    const given = q(2, "TB/s");
    expect(readAmount("f", "bandwidth", given, "B/s", "positive")).toBe(given);
  });

  it("positive rejects zero, nonNegative accepts it", () => {
    expectInvalid(() => readAmount("f", "bandwidth", 0, "B/s", "positive"), "f", "bandwidth", "0");
    expect(readAmount("f", "dataVolume", 0, "B", "nonNegative").to("B")).toBe(0);
    expectInvalid(() => readAmount("f", "bandwidth", q(0, "GB/s"), "B/s", "positive"), "f", "bandwidth", '"0 GB/s"');
  });

  it("rejects NaN, infinities and negatives", () => {
    expectInvalid(() => readAmount("f", "x", Number.NaN, "B", "nonNegative"), "f", "x", "NaN");
    expectInvalid(() => readAmount("f", "x", Number.NEGATIVE_INFINITY, "B", "nonNegative"), "f", "x", "-Infinity");
    expectInvalid(() => readAmount("f", "x", -1, "B", "nonNegative"), "f", "x", "-1");
    expectInvalid(() => readAmount("f", "x", q(-2.5, "KiB"), "B", "nonNegative"), "f", "x", '"-2.5 KiB"');
  });

  it("rejects values that are neither numbers nor quantities", () => {
    expectInvalid(() => readAmount("f", "x", "5 GB" as unknown as number, "B", "nonNegative"), "f", "x", '"5 GB"');
    expectInvalid(() => readAmount("f", "x", undefined as unknown as number, "B", "nonNegative"), "f", "x", "undefined");
  });

  it("rejects a quantity of another dimension", () => {
    expectDimension(() => readAmount("f", "x", q(1, "s"), "B", "nonNegative"), "f", "x", "1 s");
  });
});
