import { describe, expect, it } from "vitest";
import { q } from "../../src/units/quantity";
import { evaluateCheck, evaluateChecks, workedExample } from "../../src/examples/worked-example";
import { examplesForChapter, getWorkedExample, workedExamples } from "../../src/examples/worked-examples";
import { expectInvalid } from "../calc/expect-errors";

const base = {
  id: "WE-0.1", slug: "toy", title: "Toy", chapter: 1, section: "Chapter 1, toy", lines: [100, 110] as const,
  problem: "p", conclusion: "c",
  inputs: { a: { label: "a", value: 3, line: 101 }, t: { label: "t", value: q(2, "h"), line: 102, note: "hours" } },
  compute: (i: { a: number; t: ReturnType<typeof q> }) => ({ product: i.a * 2, time: i.t }),
};

describe("workedExample", () => {
  const example = workedExample({
    ...base,
    checks: [
      { name: "product", printed: "6", book: 6, unit: "", tolerance: 0, line: 105, value: (r) => r.product },
      { name: "time in minutes", printed: "about 100 min", book: 100, expected: 120, unit: "min", tolerance: 1e-12, line: 106, value: (r) => r.time, note: "2 h is 120 min" },
      { name: "verdict", printed: "long", book: "long", line: 107, value: (r) => (r.time.to("h") > 1 ? "long" : "short") },
    ],
  });

  it("fills in provenance from the example's id, title and the input's line", () => {
    expect(example.inputs.a.provenance).toEqual({ seed: "004", source: "WE-0.1 Toy", line: 101 });
    expect(example.inputs.t.provenance.note).toBe("hours");
    expect(Object.isFrozen(example) && Object.isFrozen(example.checks[0])).toBe(true);
  });

  it("marks checks with an expected literal as corrections and converts quantities to the check's unit", () => {
    const [a, b, c] = evaluateChecks(example);
    expect(a).toMatchObject({ oracle: "book", expected: 6, value: 6, passes: true });
    expect(b).toMatchObject({ oracle: "recomputed", book: 100, expected: 120, value: 120, passes: true });
    expect(b.bookRelativeError).toBeCloseTo(20 / 120, 12);
    expect(c).toMatchObject({ kind: "text", value: "long", passes: true });
  });

  it("fails a check that misses its tolerance, returns NaN or the wrong verdict", () => {
    const bad = workedExample({
      ...base,
      checks: [
        { name: "miss", printed: "7", book: 7, unit: "", tolerance: 0.01, line: 105, value: (r) => r.product },
        { name: "nan", printed: "6", book: 6, unit: "", tolerance: 0.99, line: 105, value: () => Number.NaN },
        { name: "zero", printed: "0", book: 0, unit: "", tolerance: 1e-9, line: 105, value: () => 1e-12 },
        { name: "verdict", printed: "short", book: "short", line: 107, value: () => "long" },
      ],
    });
    const result = bad.compute();
    expect(bad.checks.map((c) => evaluateCheck(c, result).passes)).toEqual([false, false, true, false]);
  });

  it("rejects a correction without a note, a line outside the example and a bad tolerance", () => {
    const one = (check: object) => () => workedExample({ ...base, checks: [check as never] });
    expectInvalid(one({ name: "n", printed: "6", book: 6, expected: 7, unit: "", tolerance: 0, line: 105, value: () => 7 }), 'workedExample("WE-0.1")', "checks[0].note", "undefined");
    expectInvalid(one({ name: "n", printed: "6", book: 6, unit: "", tolerance: 0, line: 111, value: () => 6 }), 'workedExample("WE-0.1")', "checks[0].line", "111");
    expectInvalid(one({ name: "n", printed: "6", book: 6, unit: "", tolerance: 1, line: 105, value: () => 6 }), 'workedExample("WE-0.1")', "checks[0].tolerance", "1");
  });
});

describe("getWorkedExample / examplesForChapter", () => {
  it("finds examples by id (case-insensitive) or slug", () => {
    expect(getWorkedExample("we-2.5").slug).toBe("voice-assistant-wall");
    expect(getWorkedExample("etl-vs-elt").id).toBe("WE-4.9");
  });

  it("rejects an unknown id, listing known ones", () => {
    const e = expectInvalid(() => getWorkedExample("WE-99.9"), "getWorkedExample", "idOrSlug", '"WE-99.9"');
    expect(e.message).toContain('"WE-1.3"');
  });

  it("lists a chapter's examples and rejects a chapter that does not exist", () => {
    expect(examplesForChapter(1).map((e) => e.id)).toContain("WE-1.3");
    expect(examplesForChapter(1).every((e) => workedExamples.includes(e))).toBe(true);
    expectInvalid(() => examplesForChapter(22), "examplesForChapter", "chapter", "22");
  });
});
