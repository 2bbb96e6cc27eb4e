import { describe, expect, it } from "vitest";
import { cohenKappa } from "../../src/drift/cohen-kappa";
import { InvalidParameterError } from "../../src/util/errors";
import { expectStatistic, loadFixture } from "./fixture-data";

const fx = loadFixture("kappa.json");

describe("cohenKappa vs sklearn.metrics.cohen_kappa_score (fixtures: formula, cross-checked with sklearn 1.2)", () => {
  for (const c of fx.cohen) {
    it(`${c.name}, weights=${c.weights ?? "none"}${c.labels ? ", labels given" : ""} (rel 1e-12)`, () => {
      const options = { ...(c.weights ? { weights: c.weights } : {}), ...(c.labels ? { labels: c.labels } : {}) };
      expectStatistic(cohenKappa(c.a, c.b, options), c.kappa, "kappa");
    });
  }
});

/** Two raters on 400 balanced binary items (p_e = 0.5) agreeing on `agree` items, half of them on each label. */
function balancedPair(agree: number): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  const disagree = 400 - agree; // split evenly so both raters keep 200/200 marginals
  for (let i = 0; i < agree / 2; i++) a.push(0, 1), b.push(0, 1);
  for (let i = 0; i < disagree / 2; i++) a.push(0, 1), b.push(1, 0);
  return [a, b];
}

describe("cohenKappa book oracles (Eq 4.2, seed L6127–L6133)", () => {
  it("baseline kappa 0.85 and degraded 0.72 (seed L6133): p_o = 0.925 and 0.86 at p_e = 0.5 (abs 1e-14)", () => {
    const [a1, b1] = balancedPair(370); // p_o = 0.925
    const [a2, b2] = balancedPair(344); // p_o = 0.86
    expect(Math.abs(cohenKappa(a1, b1) - 0.85)).toBeLessThan(1e-14);
    expect(Math.abs(cohenKappa(a2, b2) - 0.72)).toBeLessThan(1e-14);
  });
  it("footnote L6127: two raters at 90 % 'not spam' agree by chance 82 %, not the book's 81 % (kappa 0 at p_o = 0.82)", () => {
    // Independent raters with 90/10 marginals: 81 (ns, ns) + 9 (ns, s) + 9 (s, ns) + 1 (s, s).
    const a = [...Array(90).fill("ns"), ...Array(10).fill("s")];
    const b = [...Array(81).fill("ns"), ...Array(9).fill("s"), ...Array(9).fill("ns"), "s"];
    expect(Math.abs(cohenKappa(a, b))).toBeLessThan(1e-15);
    // If chance agreement were 0.81 as the book says, these raters would score (0.82 − 0.81)/(1 − 0.81) = 0.0526.
    expect(cohenKappa(a, b)).not.toBeCloseTo(0.0526, 3);
  });
});

describe("cohenKappa behaviour", () => {
  it("perfect agreement is 1, and labels may be booleans or typed arrays", () => {
    expect(cohenKappa([true, false, true], [true, false, true])).toBe(1);
    expect(cohenKappa(Int32Array.from([1, 2, 3, 3]), Int32Array.from([1, 2, 3, 3]), { weights: "linear" })).toBe(1);
  });
  it("default label order is numeric for numbers (10 after 9), so weighted kappa uses numeric distance", () => {
    const k1 = cohenKappa([1, 9, 10, 10], [1, 10, 9, 10], { weights: "linear" });
    const k2 = cohenKappa([1, 9, 10, 10], [1, 10, 9, 10], { weights: "linear", labels: [1, 9, 10] });
    expect(k1).toBe(k2);
  });
  it("items whose label is outside `labels` are ignored (sklearn)", () => {
    expect(cohenKappa([0, 1, 2, 0], [0, 1, 0, 0], { labels: [0, 1] })).toBe(1);
  });
  it("undefined kappa (both raters constant and equal) throws, or returns replaceUndefinedBy", () => {
    expect(() => cohenKappa(["a", "a"], ["a", "a"])).toThrow(InvalidParameterError);
    expect(() => cohenKappa(["a", "a"], ["a", "a"])).toThrow(/cohenKappa: b must be labels that are not all one and the same .*; got array of length 2/);
    expect(cohenKappa(["a", "a"], ["a", "a"], { replaceUndefinedBy: 1 })).toBe(1);
  });
});

describe("cohenKappa bad input", () => {
  it("names the parameter and the value", () => {
    expect(() => cohenKappa([], [])).toThrow(/cohenKappa: a must be a non-empty array of labels; got array of length 0/);
    expect(() => cohenKappa([1, 2], [1])).toThrow(/cohenKappa: b must be an array of labels of the same length as a \(2\); got array of length 1/);
    expect(() => cohenKappa([1, NaN], [1, 2])).toThrow(/cohenKappa: a\[1\] must be a string, number \(not NaN\) or boolean label; got NaN/);
    expect(() => cohenKappa([1, 2], [1, null as never])).toThrow(/cohenKappa: b\[1\] .*; got null/);
    expect(() => cohenKappa([1], [1], { weights: "cubic" as never })).toThrow(/cohenKappa: weights must be one of "linear", "quadratic"; got "cubic"/);
    expect(() => cohenKappa([1], [1], { labels: [1, 1] })).toThrow(/cohenKappa: labels must be a list of distinct labels/);
    expect(() => cohenKappa([1], [1], { labels: [5] })).toThrow(/cohenKappa: labels must be a list that contains the labels of at least one item/);
    expect(() => cohenKappa([1], [1], { replaceUndefinedBy: NaN })).toThrow(/cohenKappa: replaceUndefinedBy must be a finite number; got NaN/);
    expect(() => cohenKappa(5 as never, [1])).toThrow(InvalidParameterError);
  });
});
