import { describe, expect, it } from "vitest";
import {
  dailyLossIncrease,
  psiRetrainingSchedule,
  retrainingCadence,
  retrainingCostAt,
} from "../../../src/calc/operations/retraining-schedule";
import { q } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

// Book fraud model, Eq. 14.4 (seed 004 L35035–L35050): Q = 1,000,000/day (L35040),
// V = $0.50 (L35042), C = $5,000 (L35044), λ = 2 %/day (L35046), A₀ = 0.95 (L35037).
const fraud = { queriesPerDay: 1e6, valuePerAccuracyUsd: 0.5, accuracyLossPerDay: 0.95 * 0.02 };

describe("dailyLossIncrease (d = Q·V·ΔA)", () => {
  it("book fraud model: Q·V·A₀·λ = 9,500 USD/day per day (exact to 1e-9)", () => {
    expect(dailyLossIncrease(fraud)).toBeCloseTo(9500, 9);
  });

  it("is linear in each input", () => {
    expect(dailyLossIncrease({ ...fraud, queriesPerDay: 2e6 })).toBeCloseTo(19000, 9);
    expect(dailyLossIncrease({ queriesPerDay: 100, valuePerAccuracyUsd: 2, accuracyLossPerDay: 0.005 })).toBeCloseTo(1, 12);
  });

  it("rejects non-positive or non-finite inputs, naming them", () => {
    expectInvalid(() => dailyLossIncrease({ ...fraud, queriesPerDay: 0 }), "dailyLossIncrease", "queriesPerDay", "0");
    expectInvalid(() => dailyLossIncrease({ ...fraud, valuePerAccuracyUsd: -1 }), "dailyLossIncrease", "valuePerAccuracyUsd", "-1");
    expectInvalid(() => dailyLossIncrease({ ...fraud, accuracyLossPerDay: NaN }), "dailyLossIncrease", "accuracyLossPerDay", "NaN");
  });
});

describe("retrainingCadence (EOQ / Eq. 14.4 square-root law)", () => {
  it("book oracle: T* = √(10,000/9,500) = 1.0260 days, book '≈ 1 Day' (L35050; tolerance 1e-12 on the recomputed value, 3 % on the book's rounding)", () => {
    const r = retrainingCadence({ retrainCost: 5000, dailyLossIncreaseUsd: dailyLossIncrease(fraud) });
    expect(r.optimalInterval.to("day")).toBeCloseTo(Math.sqrt(10000 / 9500), 12);
    expect(r.optimalInterval.to("day")).toBeCloseTo(1.02598, 5);
    expect(Math.abs(r.optimalInterval.to("day") - 1) / 1).toBeLessThan(0.03); // the book's rounded "≈ 1 Day"
  });

  it("at T* retraining and staleness cost the same per day (C/T* = d·T*/2), total √(2Cd)", () => {
    const r = retrainingCadence({ retrainCost: 5000, dailyLossIncreaseUsd: 2500 });
    expect(r.optimalInterval.to("day")).toBeCloseTo(2, 12);
    expect(r.costPerDayAtOptimum.to("USD/day")).toBeCloseTo(5000, 9);
    expect(r.annualCostAtOptimum.to("USD")).toBeCloseTo(5000 * 365, 6);
    expect(r.retrainsPerYear).toBeCloseTo(182.5, 12);
    const at = retrainingCostAt({ retrainCost: 5000, dailyLossIncreaseUsd: 2500, interval: 2 });
    expect(at.retrainingPerDay.to("USD/day")).toBeCloseTo(at.stalenessPerDay.to("USD/day"), 9);
  });

  it("labs form: annual cost = 365/T·C + d·365·T/2 at any T (ecosystem.md §1.4)", () => {
    const c = retrainingCostAt({ retrainCost: 5000, dailyLossIncreaseUsd: 2500, interval: 21 });
    expect(c.annualCost.to("USD")).toBeCloseTo((365 / 21) * 5000 + (2500 * 365 * 21) / 2, 6);
    expect(c.costPerDay.to("USD/day")).toBeCloseTo(5000 / 21 + 2500 * 10.5, 9);
    expect(c.ratioToOptimum).toBeCloseTo((5000 / 21 + 26250) / 5000, 12);
  });

  it("Table 14.9 sensitivity (L35170–L35194): 4× cost → 2× interval; 4× loss growth → ½ interval; 2× volume → 1/√2, not ½", () => {
    const t = (cost: number, d: number) => retrainingCadence({ retrainCost: cost, dailyLossIncreaseUsd: d }).optimalInterval.to("day");
    expect(t(20000, 9500) / t(5000, 9500)).toBeCloseTo(2, 12);
    expect(t(5000, 38000) / t(5000, 9500)).toBeCloseTo(0.5, 12);
    expect(t(5000, 19000) / t(5000, 9500)).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it("the optimum is the minimum of cost per day", () => {
    const base = { retrainCost: 5000, dailyLossIncreaseUsd: 2500 };
    const opt = retrainingCostAt({ ...base, interval: 2 }).costPerDay.to("USD/day");
    for (const t of [0.5, 1.9, 2.1, 7]) expect(retrainingCostAt({ ...base, interval: t }).costPerDay.to("USD/day")).toBeGreaterThan(opt);
    expect(retrainingCostAt({ ...base, interval: 2 }).ratioToOptimum).toBeCloseTo(1, 12);
  });

  it("psiAtOptimalInterval = PSI₀ + g·T*, present only when g is given", () => {
    const r = retrainingCadence({ retrainCost: 5000, dailyLossIncreaseUsd: 2500, psiGrowthPerDay: 0.01, initialPsi: 0.05 });
    expect(r.psiAtOptimalInterval).toBeCloseTo(0.07, 12);
    expect("psiAtOptimalInterval" in retrainingCadence({ retrainCost: 5000, dailyLossIncreaseUsd: 2500 })).toBe(false);
  });

  it("accepts money and time quantities", () => {
    const r = retrainingCadence({ retrainCost: q(5, "kUSD"), dailyLossIncreaseUsd: 2500 });
    expect(r.optimalInterval.to("day")).toBeCloseTo(2, 12);
    expect(retrainingCostAt({ retrainCost: 5000, dailyLossIncreaseUsd: 2500, interval: q(48, "h") }).ratioToOptimum).toBeCloseTo(1, 12);
  });

  it("rejects bad inputs with the parameter and value named", () => {
    expectInvalid(() => retrainingCadence({ retrainCost: 0, dailyLossIncreaseUsd: 1 }), "retrainingCadence", "retrainCost", "0");
    expectInvalid(() => retrainingCadence({ retrainCost: 1, dailyLossIncreaseUsd: -3 }), "retrainingCadence", "dailyLossIncreaseUsd", "-3");
    expectInvalid(() => retrainingCadence({ retrainCost: 1, dailyLossIncreaseUsd: 1, psiGrowthPerDay: 0 }), "retrainingCadence", "psiGrowthPerDay", "0");
    expectInvalid(() => retrainingCostAt({ retrainCost: 1, dailyLossIncreaseUsd: 1, interval: 0 }), "retrainingCostAt", "interval", "0");
    expectDimension(() => retrainingCadence({ retrainCost: q(5, "GB") as never, dailyLossIncreaseUsd: 1 }), "retrainingCadence", "retrainCost", "5 GB");
  });
});

describe("psiRetrainingSchedule (linear PSI growth, strict PSI > τ)", () => {
  it("labs defaults g = 0.01/day, τ = 0.2: crosses at day 20, triggers on day 21 (PSI 0.21), then every 21 days", () => {
    const s = psiRetrainingSchedule({ psiGrowthPerDay: 0.01, threshold: 0.2, horizon: 90 });
    expect(s.crossing.to("day")).toBeCloseTo(20, 12);
    expect(s.trigger.to("day")).toBe(21);
    expect(s.cycle.to("day")).toBe(21);
    expect(s.psiAtTrigger).toBeCloseTo(0.21, 12);
    expect(s.triggerDays).toEqual([21, 42, 63, 84]);
    expect(s.retrainsPerYear).toBeCloseTo(365 / 21, 12);
  });

  it("labs drift_visibility with a 7-day label delay: ⌈τ/g + L⌉ = 27 counts the tie; the strict rule triggers on day 28", () => {
    const s = psiRetrainingSchedule({ psiGrowthPerDay: 0.01, threshold: 0.2, detectionDelay: 7 });
    expect(s.trigger.to("day")).toBe(28);
    expect(s.psiAtTrigger).toBeCloseTo(0.21, 12);
    const offTie = psiRetrainingSchedule({ psiGrowthPerDay: 0.0095, threshold: 0.2, detectionDelay: 7 });
    expect(offTie.trigger.to("day")).toBe(Math.ceil(0.2 / 0.0095 + 7)); // 29, the labs value away from a tie
  });

  it("an exact crossing that floating point puts just below a check (0.3/0.1 = 2.9999…) is a tie", () => {
    expect(psiRetrainingSchedule({ psiGrowthPerDay: 0.1, threshold: 0.3 }).trigger.to("day")).toBe(4);
    expect(psiRetrainingSchedule({ psiGrowthPerDay: 0.1, threshold: 0.29 }).trigger.to("day")).toBe(3);
  });

  it("weekly checks, a starting PSI and a retraining lead time", () => {
    const s = psiRetrainingSchedule({ psiGrowthPerDay: 0.004, threshold: 0.2, initialPsi: 0.02, checkInterval: q(1, "week"), retrainDuration: 3, horizon: 200 });
    expect(s.crossing.to("day")).toBeCloseTo(45, 12);
    expect(s.trigger.to("day")).toBeCloseTo(49, 9);
    expect(s.cycle.to("day")).toBeCloseTo(52, 9);
    expect(s.psiAtTrigger).toBeCloseTo(0.216, 12);
    expect(s.psiAtReplacement).toBeCloseTo(0.228, 12);
    expect(s.triggerDays).toEqual([49, 101, 153]);
  });

  it("no trigger inside a short horizon gives an empty list", () => {
    expect(psiRetrainingSchedule({ psiGrowthPerDay: 0.01, horizon: 10 }).triggerDays).toEqual([]);
  });

  it("rejects bad inputs with the parameter and value named", () => {
    const fn = "psiRetrainingSchedule";
    expectInvalid(() => psiRetrainingSchedule({ psiGrowthPerDay: 0 }), fn, "psiGrowthPerDay", "0");
    expectInvalid(() => psiRetrainingSchedule({ psiGrowthPerDay: 0.01, threshold: -0.2 }), fn, "threshold", "-0.2");
    expectInvalid(() => psiRetrainingSchedule({ psiGrowthPerDay: 0.01, initialPsi: 0.2 }), fn, "initialPsi", "0.2");
    expectInvalid(() => psiRetrainingSchedule({ psiGrowthPerDay: 0.01, checkInterval: 0 }), fn, "checkInterval", "0");
    expectInvalid(() => psiRetrainingSchedule({ psiGrowthPerDay: 0.01, detectionDelay: -1 }), fn, "detectionDelay", "-1");
    expectInvalid(() => psiRetrainingSchedule({ psiGrowthPerDay: 0.01, retrainDuration: Infinity }), fn, "retrainDuration", "Infinity");
    expectInvalid(() => psiRetrainingSchedule({ psiGrowthPerDay: 100, threshold: 0.2, checkInterval: q(1, "s"), horizon: 365 }), fn, "horizon", "365");
    expectDimension(() => psiRetrainingSchedule({ psiGrowthPerDay: 0.01, horizon: q(3, "GB") as never }), fn, "horizon", "3 GB");
  });
});
