import { describe, expect, it } from "vitest";
import { cleanSample, finiteView, sortedSample } from "../../src/drift/sample";
import { InvalidParameterError } from "../../src/util/errors";

describe("cleanSample / sortedSample / finiteView", () => {
  it("copies into a Float64Array and never mutates the input", () => {
    const input = Object.freeze([3, 1, 2]);
    const s = sortedSample("f", "x", input);
    expect(Array.from(s.values)).toEqual([1, 2, 3]);
    expect(input).toEqual([3, 1, 2]);
  });
  it("accepts typed arrays, Sets, generators and objects with toArray() (Arrow vectors)", () => {
    expect(Array.from(cleanSample("f", "x", new Int16Array([1, 2])).values)).toEqual([1, 2]);
    expect(Array.from(cleanSample("f", "x", new Set([4, 5])).values)).toEqual([4, 5]);
    function* gen() {
      yield 7;
      yield 8;
    }
    expect(Array.from(cleanSample("f", "x", gen()).values)).toEqual([7, 8]);
    const arrowLike = { length: 2, toArray: () => new Float64Array([9, 10]) } as unknown as ArrayLike<number>;
    expect(Array.from(cleanSample("f", "x", arrowLike).values)).toEqual([9, 10]);
  });
  it("finiteView returns the caller's Float64Array when it is clean", () => {
    const x = new Float64Array([1, 2]);
    expect(finiteView("f", "x", x).values).toBe(x);
    expect(finiteView("f", "x", new Float64Array([1, NaN]), "omit").values.length).toBe(1);
  });
  it("rejects non-numbers, NaN/Infinity (with index), empty input and bad policies", () => {
    expect(() => cleanSample("f", "x", [1, "2" as never])).toThrow(/f: x\[1\] must be a number; got "2"/);
    expect(() => cleanSample("f", "x", [1, 2, Infinity])).toThrow(InvalidParameterError);
    expect(() => cleanSample("f", "x", [1, 2, Infinity])).toThrow(/f: x\[2\] must be a finite number/);
    expect(() => cleanSample("f", "x", [])).toThrow(/f: x must be a non-empty sample; got array of length 0/);
    expect(() => cleanSample("f", "x", 5 as never)).toThrow(/f: x must be an array, typed array or iterable of numbers; got 5/);
    expect(() => finiteView("f", "x", new Float64Array([1]), "keep" as never)).toThrow(/f: nan must be one of "raise", "omit"; got "keep"/);
  });
  it('"omit" counts what it drops', () => {
    const s = cleanSample("f", "x", [NaN, 1, -Infinity, 2], "omit");
    expect(s.omitted).toBe(2);
    expect(Array.from(s.values)).toEqual([1, 2]);
  });
});
