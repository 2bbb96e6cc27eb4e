/** Injections: the ground truth names exactly what changed. */
import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { clickstream, creditApplications, fraudTransactions, generateColumns, injectDrift } from "../../src/synth";
import { sum } from "./helpers";

const credit = generateColumns(creditApplications, { rows: 4000, seed: 11 });
const fraud = generateColumns(fraudTransactions, { rows: 20000, seed: 12 });

function changedRows(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(i);
  return out;
}

describe("injectDrift", () => {
  it("covariate shift (mean, gradual): the shift ramps from 0 to `shift` over the rows", () => {
    const out = injectDrift(credit, [{ kind: "covariateShift", column: "income_usd", mode: "mean", shift: 10000, ramp: "gradual", rows: [1000, 2001] }]);
    const before = credit.columns.income_usd.values, after = out.columns.income_usd.values;
    expect(after[1000] - before[1000]).toBe(0);
    expect(after[2000] - before[2000]).toBeCloseTo(10000, 6);
    expect(after[1500] - before[1500]).toBeCloseTo(5000, 6);
    expect(changedRows(before, after)).toEqual(Array.from({ length: 1000 }, (_, i) => 1001 + i));
    const g = out.groundTruth[0];
    expect(g).toMatchObject({ kind: "covariateShift", columns: ["income_usd"], rowRange: [1000, 2001], affectedRows: 1001 });
    expect(g.magnitude.meanAfter - g.magnitude.meanBefore).toBeCloseTo(5000, 6);
    expect(credit.columns.income_usd.values).toBe(before); // input untouched
  });

  it("covariate shift (scale) multiplies, and (mixture) lists the replaced rows", () => {
    const s = injectDrift(credit, [{ kind: "covariateShift", column: "income_usd", mode: "scale", factor: 1.5, rows: [0, 10] }]);
    expect(s.columns.income_usd.values[3]).toBeCloseTo(credit.columns.income_usd.values[3] * 1.5, 6);
    const m = injectDrift(credit, [{ kind: "covariateShift", column: "age", mode: "mixture", weight: 0.3, mean: 70, sd: 5 }]);
    const changed = changedRows(credit.columns.age.values, m.columns.age.values);
    expect(changed.every((i) => m.groundTruth[0].rows?.includes(i))).toBe(true);
    expect(Math.abs((m.groundTruth[0].rows?.length ?? 0) / 4000 - 0.3)).toBeLessThan(0.05);
  });

  it("label shift: positive share moves to the target, rows replaced by copies of positives", () => {
    const out = injectDrift(fraud, [{ kind: "labelShift", column: "is_fraud", positiveRate: 0.1, rows: [10000, 20000] }]);
    const g = out.groundTruth[0];
    expect(g.magnitude.positiveRateBefore).toBeCloseTo(sum(fraud.columns.is_fraud.values.subarray(10000)) / 10000, 12);
    expect(Math.abs(g.magnitude.positiveRateAfter - 0.1)).toBeLessThan(0.01);
    expect(changedRows(fraud.columns.is_fraud.values, out.columns.is_fraud.values)).toEqual(g.rows);
    expect(g.columns).not.toContain("ts"); // timestamps kept
    expect(Array.from(out.columns.ts.values)).toEqual(Array.from(fraud.columns.ts.values));
  });

  it("concept drift: flips labels only where the feature condition holds", () => {
    const out = injectDrift(fraud, [{ kind: "conceptDrift", column: "is_fraud", feature: "amount_usd", above: 500, flipProbability: 0.5 }]);
    const g = out.groundTruth[0];
    const flipped = changedRows(fraud.columns.is_fraud.values, out.columns.is_fraud.values);
    expect(flipped).toEqual(g.rows);
    expect(flipped.every((i) => fraud.columns.amount_usd.values[i] > 500)).toBe(true);
    expect(g.magnitude.flipped).toBe(flipped.length);
  });

  it("null burst by time range: only rows with ts in the window are null", () => {
    const click = generateColumns(clickstream, { rows: 5000, seed: 2 });
    const out = injectDrift(click, [{ kind: "nullBurst", columns: ["dwell_s", "device"], times: ["2024-01-01T18:00:00Z", "2024-01-01T19:00:00Z"] }]);
    const g = out.groundTruth[0];
    const t0 = Date.UTC(2024, 0, 1, 18), t1 = Date.UTC(2024, 0, 1, 19);
    const expected = [];
    for (let i = 0; i < 5000; i++) if (click.columns.ts.values[i] >= t0 && click.columns.ts.values[i] < t1) expected.push(i);
    expect(g.timeRange).toEqual(["2024-01-01T18:00:00.000Z", "2024-01-01T19:00:00.000Z"]);
    expect(g.affectedRows).toBe(expected.length);
    const nulls = out.columns.dwell_s.nulls as Uint8Array;
    expect(Array.from(nulls).flatMap((x, i) => (x ? [i] : []))).toEqual(expected);
    expect(Array.from(out.columns.device.nulls as Uint8Array)).toEqual(Array.from(nulls));
  });

  it("duplicates: inserted rows repeat their originals and the ground truth lists both", () => {
    const out = injectDrift(credit, [{ kind: "duplicates", fraction: 0.1, rows: [0, 1000] }]);
    const g = out.groundTruth[0];
    expect(out.rowCount).toBe(4000 + g.affectedRows);
    expect(g.rows?.length).toBe(g.affectedRows);
    for (let j = 0; j < (g.rows?.length ?? 0); j++) {
      const [ins, orig] = [g.rows![j], g.duplicateOf![j]];
      expect(ins).toBe(orig + 1);
      expect(out.columns.applicant_id.values[ins]).toBe(out.columns.applicant_id.values[orig]);
    }
    expect(Math.abs(g.affectedRows / 1000 - 0.1)).toBeLessThan(0.03);
  });

  it("zip code cast to integer loses leading zeros (seed 004 L5361), as strings or as an int32 column", () => {
    const out = injectDrift(credit, [{ kind: "zipToInteger", column: "zip_code" }]);
    const before = credit.columns.zip_code, after = out.columns.zip_code;
    const zero = [];
    for (let i = 0; i < 4000; i++) if (before.dictionary![before.values[i]].startsWith("0")) zero.push(i);
    expect(out.groundTruth[0].rows).toEqual(zero);
    expect(after.dictionary![after.values[zero[0]]]).toBe(String(Number(before.dictionary![before.values[zero[0]]])));
    const asInt = injectDrift(credit, [{ kind: "zipToInteger", column: "zip_code", asInteger: true }]);
    expect(asInt.columns.zip_code.type).toBe("int32");
    expect(asInt.groundTruth[0].affectedRows).toBe(zero.length);
    expect(() => injectDrift(credit, [{ kind: "zipToInteger", column: "zip_code", asInteger: true, rows: [0, 5] }])).toThrow(/specs\[0\]\.asInteger/);
  });

  it("date format change: YYYY-MM-DD → MM/DD/YYYY in the selected rows only (seed 004 L6156)", () => {
    const out = injectDrift(credit, [{ kind: "dateFormat", column: "application_date", rows: [2000, 4000] }]);
    const c = out.columns.application_date;
    expect(c.dictionary![c.values[1999]]).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(c.dictionary![c.values[2000]]).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect(out.groundTruth[0].affectedRows).toBe(2000);
    const fromTs = injectDrift(credit, [{ kind: "dateFormat", column: "submitted_at", rows: [0, 1] }]);
    expect(fromTs.columns.submitted_at.type).toBe("dictionary");
  });

  it("out-of-range values: age = 150 (seed 004 L6088)", () => {
    const out = injectDrift(credit, [{ kind: "outOfRange", column: "age", value: 150, probability: 0.5, rows: [0, 400] }]);
    const hit = changedRows(credit.columns.age.values, out.columns.age.values);
    expect(hit).toEqual(out.groundTruth[0].rows);
    expect(hit.every((i) => out.columns.age.values[i] === 150)).toBe(true);
  });

  it("is deterministic and JSON round-trips its ground truth", () => {
    const spec = [{ kind: "nullBurst", columns: ["age"], probability: 0.2 }, { kind: "duplicates", fraction: 0.05 }] as const;
    const a = injectDrift(credit, spec, { seed: 3 });
    const b = injectDrift(credit, spec, { seed: 3 });
    expect(JSON.stringify(a.groundTruth)).toBe(JSON.stringify(b.groundTruth));
    expect(JSON.parse(JSON.stringify(a.groundTruth))).toEqual(a.groundTruth);
  });

  it("bad specs name the field", () => {
    const bad = (spec: unknown, pattern: RegExp) => {
      const call = () => injectDrift(credit, [spec as never]);
      expect(call).toThrow(InvalidParameterError);
      expect(call).toThrow(pattern);
    };
    bad({ kind: "covariateShift", column: "nope", mode: "mean", shift: 1 }, /injectDrift: specs\[0\]\.column must be one of the columns .*; got "nope"/);
    bad({ kind: "covariateShift", column: "age", mode: "mean", shift: NaN }, /specs\[0\]\.shift must be a finite number; got NaN/);
    bad({ kind: "nullBurst", columns: ["age"], rows: [5, 2] }, /specs\[0\]\.rows must be a pair/);
    bad({ kind: "teleport" }, /specs\[0\]\.kind must be one of/);
    bad({ kind: "labelShift", column: "age", positiveRate: 0.5 }, /specs\[0\]\.column must be a bool/);
  });
});
