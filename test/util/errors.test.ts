import { describe, expect, it } from "vitest";
import { DimensionError, InvalidParameterError, describeValue } from "../../src/util/errors";
import { q } from "../../src/units/quantity";

describe("describeValue", () => {
  it.each([
    ["GB", '"GB"'],
    [NaN, "NaN"],
    [-0, "-0"],
    [undefined, "undefined"],
    [[1, 2, 3], "array of length 3"],
    [new Float64Array(4), "Float64Array of length 4"],
    [{ a: 1 }, "an object"],
    [new Map(), "a Map"],
  ])("%s → %s", (value, text) => expect(describeValue(value)).toBe(text));

  it("shows a quantity in its own units", () => {
    expect(describeValue(q(2, "TB/s"))).toBe("2 TB/s");
  });
});

describe("error classes", () => {
  it("InvalidParameterError is a RangeError with named parts", () => {
    const error = new InvalidParameterError("f", "x", 3, "< 2");
    expect(error).toBeInstanceOf(RangeError);
    expect(error.name).toBe("InvalidParameterError");
    expect(error.message).toBe("f: x must be < 2; got 3");
  });

  it("DimensionError is a TypeError naming both dimensions", () => {
    const error = new DimensionError("add", "time (s)", "data size (B)");
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("add: cannot combine time (s) with data size (B)");
    expect(new DimensionError("to", "time (s)", '"GB"', "convert").message).toBe('to: cannot convert time (s) to "GB"');
  });
});
