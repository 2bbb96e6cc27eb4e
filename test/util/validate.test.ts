import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { closestName, validatorFor } from "../../src/util/validate";
import { expectInvalid } from "../calc/expect-errors";

const check = validatorFor("demo");

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidParameterError);
    return (error as Error).message;
  }
  throw new Error("expected a throw");
}

describe("validatorFor", () => {
  it("returns accepted values unchanged", () => {
    expect(check.finite("x", -2.5)).toBe(-2.5);
    expect(check.positive("x", 3)).toBe(3);
    expect(check.nonNegative("x", 0)).toBe(0);
    expect(check.fraction("eta", 1)).toBe(1);
    expect(check.probability("p", 0)).toBe(0);
    expect(check.integer("n", 5)).toBe(5);
    expect(check.integer("n", 0, 0)).toBe(0);
    expect(check.atLeast("ratio", 1, 1)).toBe(1);
    expect(check.oneOf("mode", "log", ["linear", "log"] as const)).toBe("log");
  });

  it.each([
    [() => check.finite("x", NaN), "demo: x must be a finite number; got NaN"],
    [() => check.positive("bandwidth", 0), "demo: bandwidth must be a finite number > 0; got 0"],
    [() => check.nonNegative("dataVolume", -1), "demo: dataVolume must be a finite number ≥ 0; got -1"],
    [() => check.fraction("efficiency", 1.5), "demo: efficiency must be a finite number in (0, 1]; got 1.5"],
    [() => check.fraction("efficiency", 0), "demo: efficiency must be a finite number in (0, 1]; got 0"],
    [() => check.probability("p", Infinity), "demo: p must be a finite number in [0, 1]; got Infinity"],
    [() => check.integer("devices", 1.5), "demo: devices must be an integer ≥ 1; got 1.5"],
    [() => check.atLeast("peakToAverage", 0.5, 1), "demo: peakToAverage must be a finite number ≥ 1; got 0.5"],
    [() => check.oneOf("mode", "cubic" as "log", ["linear", "log"] as const), 'demo: mode must be one of "linear", "log"; got "cubic"'],
    [() => check.positive("rate", "3" as unknown as number), 'demo: rate must be a finite number > 0; got "3"'],
  ])("rejects with function, parameter, value and range (%#)", (action, message) => {
    expect(messageOf(action)).toBe(message);
  });

  it("carries the parts of the message on the error", () => {
    try {
      check.fraction("efficiency", -0);
    } catch (error) {
      expect(error).toMatchObject({ functionName: "demo", parameter: "efficiency", expected: "a finite number in (0, 1]" });
      expect(Object.is((error as InvalidParameterError).value, -0)).toBe(true);
      expect((error as Error).message).toBe("demo: efficiency must be a finite number in (0, 1]; got -0");
    }
  });

  it("hands out one frozen validator per function name", () => {
    expect(validatorFor("demo")).toBe(check);
    expect(Object.isFrozen(check)).toBe(true);
    expect(validatorFor("other")).not.toBe(check);
  });
});

describe("validatorFor(fn).options", () => {
  const kv = validatorFor("kvCacheBytes");
  const allowed = ["layers", "kvHeads", "headDim"];

  it("accepts a plain object with known keys, and a missing optional one as {}", () => {
    expect(kv.options("input", { layers: 32 }, allowed)).toEqual({ layers: 32 });
    expect(kv.options("options", undefined, allowed, true)).toEqual({});
  });

  it("rejects a missing required object, null, arrays and class instances", () => {
    for (const bad of [undefined, null, [1], new Date(0), 5]) expect(() => kv.options("input", bad as never, allowed)).toThrow(/kvCacheBytes: input must be an object with keys among "layers"/);
  });

  it("rejects an unknown key and suggests the closest", () => {
    const e = expectInvalid(() => kv.options("input", { layers: 32, kvHaeds: 8 }, allowed), "kvCacheBytes", "input.kvHaeds", "8");
    expect(e.message).toContain('did you mean "kvHeads"?');
  });
});

describe("closestName", () => {
  it("finds a typo and ignores a stranger", () => {
    expect(closestName("permutatiosn", ["permutations", "seed"])).toBe("permutations");
    expect(closestName("delat", ["delta", "clock"])).toBe("delta");
    expect(closestName("zzzzzz", ["permutations", "seed"])).toBeUndefined();
  });
});
