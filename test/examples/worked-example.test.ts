import { describe, expect, it } from "vitest";
import { bookCheck, correctedCheck, evaluateCheck, evaluateChecks } from "../../src/examples/worked-example";
import { getWorkedExample, workedExamples } from "../../src/examples/worked-examples";
import { expectInvalid } from "../calc/expect-errors";

describe("bookCheck / correctedCheck", () => {
  it("a book check expects the book's figure", () => {
    const c = bookCheck({ name: "n", printed: "138", book: 138, unit: "USD", tolerance: 0, line: 6310, recomputed: () => 6 * 23 });
    expect(c).toMatchObject({ oracle: "book", expected: 138 });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("a corrected check expects its own literal", () => {
    const c = correctedCheck({ name: "n", printed: "~5", book: 5, expected: 4.63, unit: "", tolerance: 0.01, line: 3078, recomputed: () => 4.6296, note: "rounded" });
    expect(c).toMatchObject({ oracle: "recomputed", expected: 4.63, book: 5 });
  });
});

describe("evaluateCheck", () => {
  it("reports the relative error against the expected value and the book's distance", () => {
    const c = correctedCheck({ name: "n", printed: "6", book: 6, expected: 6.32, unit: "day", tolerance: 1e-3, line: 1347, recomputed: () => 6.3196, note: "x" });
    const o = evaluateCheck(c);
    expect(o.passes).toBe(true);
    expect(o.relativeError).toBeCloseTo(0.0004 / 6.32, 12);
    expect(o.bookRelativeError).toBeCloseTo(0.3196 / 6.3196, 12);
  });

  it("fails a check that misses its tolerance or returns NaN", () => {
    const miss = bookCheck({ name: "n", printed: "25", book: 25, unit: "day", tolerance: 0.001, line: 1345, recomputed: () => 25.28 });
    expect(evaluateCheck(miss).passes).toBe(false);
    const nan = bookCheck({ name: "n", printed: "8", book: 8, unit: "×", tolerance: 1, line: 6330, recomputed: () => Number.NaN });
    expect(evaluateCheck(nan).passes).toBe(false);
  });

  it("uses the absolute difference when the expected value is zero", () => {
    const zero = bookCheck({ name: "n", printed: "0", book: 0, unit: "", tolerance: 1e-9, line: 1, recomputed: () => 1e-12 });
    expect(evaluateCheck(zero).relativeError).toBeCloseTo(1e-12, 20);
    expect(evaluateCheck(zero).passes).toBe(true);
  });

  it("every implemented example passes all its checks", () => {
    for (const example of workedExamples) {
      expect(evaluateChecks(example).filter((o) => !o.passes).map((o) => `${example.id}: ${o.name}`)).toEqual([]);
    }
  });
});

describe("getWorkedExample", () => {
  it("finds examples by id (case-insensitive) or slug", () => {
    expect(getWorkedExample("we-2.5").slug).toBe("voice-assistant-wall");
    expect(getWorkedExample("etl-vs-elt").id).toBe("WE-4.9");
  });

  it("rejects an unknown id, listing the known ones", () => {
    const e = expectInvalid(() => getWorkedExample("WE-9.9"), "getWorkedExample", "idOrSlug", '"WE-9.9"');
    expect(e.message).toContain('"WE-1.3", "WE-2.5", "WE-4.9"');
  });
});
