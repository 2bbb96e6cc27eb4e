import { describe, expect, it } from "vitest";
import { lcg } from "./lcg";
import { sortFinite } from "../../src/drift/radix-sort";
import { sortedSample } from "../../src/drift/sample";
import { InvalidParameterError } from "../../src/util/errors";


function shapes(n: number): Record<string, Float64Array> {
  const u = lcg(2024);
  const f = (g: () => number) => Float64Array.from({ length: n }, g);
  return {
    normal: f(() => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u())),
    signedZerosAndTies: f(() => [0, -0, 1, -1, 0.5, -0.5][Math.floor(u() * 6)]),
    subnormal: f(() => (u() - 0.5) * 1e-310),
    huge: f(() => (u() - 0.5) * 1e300),
    narrow: f(() => 1000 + u() * 1e-9),
    constant: new Float64Array(n).fill(-2.5),
    wideMix: f(() => (u() < 0.5 ? -1 : 1) * Math.exp(u() * 1400 - 700)),
  };
}

/** Bit-for-bit equality (distinguishes −0 from +0). */
function expectSameBits(a: Float64Array, b: Float64Array): void {
  expect(a.length).toBe(b.length);
  const wa = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const wb = new Uint32Array(b.buffer, b.byteOffset, b.length * 2);
  let firstDiff = -1;
  for (let i = 0; i < wa.length && firstDiff < 0; i++) if (wa[i] !== wb[i]) firstDiff = i >> 1;
  expect(firstDiff).toBe(-1);
}

describe("sortFinite (LSD radix sort on IEEE-754 bit patterns)", () => {
  for (const n of [5, 512, 513, 20_000]) {
    it(`equals Float64Array.prototype.sort bit for bit, −0 before +0 (n = ${n})`, () => {
      for (const [name, x] of Object.entries(shapes(n))) {
        const before = x.slice();
        const sorted = sortFinite(x);
        expect(sorted, name).not.toBe(x);
        expectSameBits(sorted, x.slice().sort());
        expectSameBits(x, before); // input untouched
        expectSameBits(sortFinite(x.slice(), true), x.slice().sort());
      }
    });
  }
  it("reads a subarray at a non-zero byte offset", () => {
    const x = shapes(3000).normal;
    const sub = x.subarray(7, 2900);
    expectSameBits(sortFinite(sub), sub.slice().sort());
  });
});

describe("sortedSample", () => {
  it("sorts a clean Float64Array without touching it, and reports omissions", () => {
    const x = shapes(2000).normal;
    const copy = x.slice();
    const s = sortedSample("f", "x", x);
    expectSameBits(s.values, copy.slice().sort());
    expectSameBits(x, copy);
    x[10] = NaN;
    x[20] = -Infinity;
    const omitted = sortedSample("f", "x", x, "omit");
    expect(omitted.omitted).toBe(2);
    expect(omitted.values.length).toBe(1998);
  });
  it("still names the first non-finite value: f: x[10] must be a finite number …; got NaN", () => {
    const x = shapes(2000).normal;
    x[10] = NaN;
    expect(() => sortedSample("f", "x", x)).toThrow(InvalidParameterError);
    expect(() => sortedSample("f", "x", x)).toThrow(/f: x\[10\] must be a finite number.*got NaN/);
    expect(() => sortedSample("f", "x", x, "drop" as never)).toThrow(/f: nan must be one of "raise", "omit"; got "drop"/);
  });
});
