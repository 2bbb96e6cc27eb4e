import { describe, expect, it } from "vitest";
import { psiFromProportions } from "../../src/drift/psi-from-proportions";
import { InvalidParameterError } from "../../src/util/errors";

describe("psiFromProportions — book oracles", () => {
  it("chapter 14 age bins (L36278–L36358): recomputed 0.02930896 (book prints 0.029), tolerance 1e-9", () => {
    const training = [0.15, 0.25, 0.2, 0.18, 0.12, 0.1];
    const serving = [0.12, 0.22, 0.18, 0.2, 0.15, 0.13];
    const r = psiFromProportions(training, serving);
    expect(r.statistic).toBeCloseTo(0.0293089628, 9);
    expect(r.band).toBe("stable");
    // Book's per-bin column (4 decimals): 0.0067, 0.0038, 0.0021, 0.0021, 0.0067, 0.0079
    const book = [0.0067, 0.0038, 0.0021, 0.0021, 0.0067, 0.0079];
    r.contributions.forEach((c, i) => expect(c).toBeCloseTo(book[i], 4));
  });
  it("appendix sentiment example (L41485–L41500): recomputed 0.09219377 (book 0.092), tolerance 1e-9;, = KL(P‖Q) + KL(Q‖P)", () => {
    const r = psiFromProportions([0.6, 0.3, 0.1], [0.45, 0.4, 0.15]);
    expect(r.statistic).toBeCloseTo(0.0921937735, 9);
    const kl = (p: number[], q: number[]) => p.reduce((s, pi, i) => s + pi * Math.log(pi / q[i]), 0);
    expect(r.statistic).toBeCloseTo(kl([0.6, 0.3, 0.1], [0.45, 0.4, 0.15]) + kl([0.45, 0.4, 0.15], [0.6, 0.3, 0.1]), 14);
    expect(r.band).toBe("stable");
  });
});

describe("psiFromProportions — empty bins and bad input", () => {
  it("floors an empty bin at epsilon = 1e-4 (finite, documented)", () => {
    const r = psiFromProportions([0.5, 0.5, 0], [0.4, 0.4, 0.2]);
    const expected = 2 * (0.4 - 0.5) * Math.log(0.4 / 0.5) + (0.2 - 1e-4) * Math.log(0.2 / 1e-4);
    expect(r.statistic).toBeCloseTo(expected, 12);
    const r2 = psiFromProportions([0.5, 0.5, 0], [0.4, 0.4, 0.2], { epsilon: 1e-6 });
    expect(r2.statistic).toBeGreaterThan(r.statistic);
  });
  it("identical proportions give 0", () => {
    expect(psiFromProportions([0.2, 0.8], [0.2, 0.8]).statistic).toBe(0);
  });
  it("rejects bad vectors, naming the parameter and index", () => {
    expect(() => psiFromProportions([0.5, 0.5], [0.5, 0.6])).toThrow(InvalidParameterError);
    expect(() => psiFromProportions([0.5, 0.5], [0.5, 0.6])).toThrow(/psiFromProportions: sum of actual must be 1 .*; got 1.1/);
    expect(() => psiFromProportions([0.5, -0.5, 1], [0.5, 0.5, 0])).toThrow(/expected\[1\] must be a finite proportion ≥ 0; got -0.5/);
    expect(() => psiFromProportions([0.5, NaN], [0.5, 0.5])).toThrow(/expected\[1\] .*; got NaN/);
    expect(() => psiFromProportions([1], [0.5, 0.5])).toThrow(/actual must be the same length as expected \(1\)/);
    expect(() => psiFromProportions([], [])).toThrow(/expected must be a non-empty array/);
    expect(() => psiFromProportions([1], [1], { epsilon: 0 })).toThrow(/epsilon must be a finite number in \(0, 1\); got 0/);
  });
});
