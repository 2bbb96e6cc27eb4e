import { describe, expect, it } from "vitest";
import { DRIFT_TESTS, selectDriftTest } from "../../src/drift/drift-test-policy";
import { InvalidParameterError } from "../../src/util/errors";

describe("selectDriftTest (Evidently's default policy, ecosystem.md §5.1)", () => {
  const cases: [string, "numeric" | "categorical", number, number, string][] = [
    ["small numeric, many values", "numeric", 1000, 6, "ks"],
    ["small numeric, 5 values", "numeric", 1000, 5, "chi-square"],
    ["small numeric, 2 values", "numeric", 200, 2, "z"],
    ["small categorical, 3 labels", "categorical", 10, 3, "chi-square"],
    ["small categorical, 2 labels", "categorical", 10, 2, "z"],
    ["small categorical, many labels", "categorical", 999, 50, "chi-square"],
    ["large numeric, many values", "numeric", 1001, 6, "wasserstein"],
    ["large numeric, 5 values", "numeric", 1001, 5, "jensen-shannon"],
    ["large categorical", "categorical", 1_000_000, 2, "jensen-shannon"],
  ];
  for (const [what, kind, nReference, nUnique, want] of cases) {
    it(`${what}: n=${nReference}, unique=${nUnique} → ${want}`, () => {
      expect(selectDriftTest({ kind, nReference, nUnique })).toBe(want);
    });
  }

  it("p-value tests default to α = 0.05; distances to 0.1, PSI to the book's 0.2", () => {
    expect(DRIFT_TESTS.ks).toEqual({ decision: "pvalue", threshold: 0.05, kinds: ["numeric"] });
    expect(DRIFT_TESTS["jensen-shannon"].threshold).toBe(0.1);
    expect(DRIFT_TESTS.psi.threshold).toBe(0.2);
  });

  it("rejects an unknown kind, naming it", () => {
    expect(() => selectDriftTest({ kind: "text" as never, nReference: 1, nUnique: 1 })).toThrow(InvalidParameterError);
    expect(() => selectDriftTest({ kind: "text" as never, nReference: 1, nUnique: 1 })).toThrow(/kind must be one of .*; got "text"/);
  });
});
