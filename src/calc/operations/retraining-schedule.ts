/**
 * When to retrain a model whose inputs drift: a PSI threshold turned into a
 * calendar of retraining days, and the cost-optimal retraining interval (the
 * economic-order-quantity form of the book's square-root law, Eq. 14.4,
 * seed 004 L35033–L35050). Chapter 1's Degradation Equation (L1245, L1272) says
 * to retrain when the divergence D(P_t‖P_0) exceeds a threshold τ; chapter 14
 * sets τ = 0.2 for PSI (Table 14.16, L36226–L36259).
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Days in the year used for annual figures and retrains per year. */
const DAYS_PER_YEAR = 365;
/** A check whose PSI is within this (relative) distance of τ counts as "not above τ" (guards 0.3/0.1 = 2.9999…). */
const TIE_TOLERANCE = 1e-9;

/** Inputs of {@link psiRetrainingSchedule}. */
export interface PsiRetrainingScheduleInput {
  /** g, PSI gained per day of model age (dimensionless per day, > 0). The book's labs default: 0.01/day. */
  readonly psiGrowthPerDay: number;
  /** τ, retrain when PSI > τ (> 0). Default 0.2, the book's alert level (Table 14.16, L36226–L36259). */
  readonly threshold?: number;
  /** PSI₀, the PSI right after a (re)training (≥ 0 and < threshold). Default 0. */
  readonly initialPsi?: number;
  /** Δ, how often PSI is computed: number in days or a time quantity (> 0). Default 1 day. */
  readonly checkInterval?: Amount<"time">;
  /** L, how far the monitored data lags the clock (batch latency, label delay): days or a time quantity (≥ 0). Default 0. */
  readonly detectionDelay?: Amount<"time">;
  /** R, from the trigger until the new model serves: days or a time quantity (≥ 0). Default 0. */
  readonly retrainDuration?: Amount<"time">;
  /** H, how far ahead `triggerDays` lists triggers: days or a time quantity (> 0). Default 365 days. */
  readonly horizon?: Amount<"time">;
}

/** Result of {@link psiRetrainingSchedule}. Model age is counted from the deployment of the model being monitored. */
export interface PsiRetrainingScheduleResult {
  /** (τ − PSI₀)/g: the model age at which PSI reaches τ. */
  readonly crossing: Quantity<"time">;
  /** The model age at which the monitor first sees PSI > τ: the first check kΔ with kΔ − L > crossing. */
  readonly trigger: Quantity<"time">;
  /** trigger + R: the time between two deployments (one retraining cycle). */
  readonly cycle: Quantity<"time">;
  /** PSI₀ + g·(trigger − L): the PSI of the data the triggering check saw. */
  readonly psiAtTrigger: number;
  /** PSI₀ + g·cycle: how far the data has drifted when the old model is finally replaced. */
  readonly psiAtReplacement: number;
  /** 365 / cycle (in days). */
  readonly retrainsPerYear: number;
  /** Trigger times in days since the first deployment, n·cycle + trigger (n = 0, 1, …), up to the horizon. */
  readonly triggerDays: readonly number[];
}

/**
 * Turns a PSI threshold into a retraining calendar, assuming PSI grows linearly with
 * the model's age (the book's labs helper `drift_visibility`, reference
 * ecosystem.md §1.4): PSI(a) = PSI₀ + g·a for a model of age a days. PSI is checked
 * every Δ days on data that lags by L; the first check that sees PSI > τ triggers a
 * retraining, which takes R days, after which PSI starts again from PSI₀.
 *
 * Formulas (symbols → parameters): crossing a* = (τ − PSI₀)/g (τ = `threshold`,
 * PSI₀ = `initialPsi`, g = `psiGrowthPerDay`); trigger t = min{kΔ : kΔ − L > a*}
 * (Δ = `checkInterval`, L = `detectionDelay`); cycle c = t + R (R = `retrainDuration`);
 * triggers at n·c + t. The rule is strict (PSI > τ, as Table 14.16 writes it): when
 * the crossing falls exactly on a check, the next check triggers; the labs helper's
 * ⌈τ/g + L⌉ counts that check itself (one day earlier at an exact tie).
 *
 * Linear growth is a planning model. Under a steady mean shift PSI grows roughly
 * with the square of the shift, so measure g over the window you plan for.
 *
 * @param input - see {@link PsiRetrainingScheduleInput}; times in days unless a quantity is given
 * @returns frozen {@link PsiRetrainingScheduleResult}; times as Quantities
 * @throws InvalidParameterError for g ≤ 0, τ ≤ 0, PSI₀ < 0 or ≥ τ, Δ ≤ 0, L < 0, R < 0,
 *   H ≤ 0, or a horizon holding more than 100,000 triggers
 * @throws DimensionError for a time input given as a quantity of another dimension
 * @example
 * ```ts
 * const s = psiRetrainingSchedule({ psiGrowthPerDay: 0.01, threshold: 0.2, horizon: 90 });
 * s.crossing.format();  // "20 days"
 * s.trigger.format();   // "21 days"  (PSI 0.21 > 0.2 on day 21)
 * s.triggerDays;        // [21, 42, 63, 84]
 * s.retrainsPerYear;    // 17.38095238095238
 * ```
 */
export function psiRetrainingSchedule(input: PsiRetrainingScheduleInput): PsiRetrainingScheduleResult {
  const fn = "psiRetrainingSchedule";
  const check = validatorFor(fn);
  if (input === null || typeof input !== "object") check.fail("input", input, "an object { psiGrowthPerDay, threshold, … }");
  const g = check.positive("psiGrowthPerDay", input.psiGrowthPerDay);
  const tau = check.positive("threshold", input.threshold ?? 0.2);
  const psi0 = check.nonNegative("initialPsi", input.initialPsi ?? 0);
  if (!(psi0 < tau)) check.fail("initialPsi", psi0, `a PSI ≥ 0 and < threshold (${tau})`);
  const step = readAmount(fn, "checkInterval", input.checkInterval ?? 1, "day", "positive").to("day");
  const delay = readAmount(fn, "detectionDelay", input.detectionDelay ?? 0, "day", "nonNegative").to("day");
  const build = readAmount(fn, "retrainDuration", input.retrainDuration ?? 0, "day", "nonNegative").to("day");
  const horizon = readAmount(fn, "horizon", input.horizon ?? DAYS_PER_YEAR, "day", "positive").to("day");

  const crossing = (tau - psi0) / g;
  // First k with kΔ − L > crossing; a crossing within TIE_TOLERANCE of a check counts as a tie (not above).
  const k = Math.floor((crossing + delay) / step + TIE_TOLERANCE) + 1;
  const trigger = k * step;
  const cycle = trigger + build;
  const count = horizon < trigger ? 0 : Math.floor((horizon - trigger) / cycle + TIE_TOLERANCE) + 1;
  if (count > 100_000) check.fail("horizon", horizon, `a horizon with at most 100,000 triggers (got ${count}; cycle ${cycle} days)`);
  const triggerDays: number[] = [];
  for (let n = 0; n < count; n++) triggerDays.push(Number((n * cycle + trigger).toPrecision(12)));
  return Object.freeze({
    crossing: q(crossing, "day"),
    trigger: q(trigger, "day"),
    cycle: q(cycle, "day"),
    psiAtTrigger: psi0 + g * (trigger - delay),
    psiAtReplacement: psi0 + g * cycle,
    retrainsPerYear: DAYS_PER_YEAR / cycle,
    triggerDays: Object.freeze(triggerDays),
  });
}

/** Inputs of {@link dailyLossIncrease}. */
export interface DailyLossIncreaseInput {
  /** Q, predictions served per day (> 0). Book fraud model: 1,000,000 (L35040). */
  readonly queriesPerDay: number;
  /** V, value of one unit of accuracy (1.0 = 100 points) on one prediction, USD (> 0). Book: $0.50 (L35042). */
  readonly valuePerAccuracyUsd: number;
  /** Accuracy lost per day of model age, as a fraction per day (> 0). Book Eq. 14.4: A₀·λ = 0.95 × 0.02. */
  readonly accuracyLossPerDay: number;
}

/**
 * How fast the daily cost of a stale model grows: d = Q·V·ΔA, in USD/day per day of
 * model age. A model that loses ΔA accuracy per day costs Q·V·ΔA·a USD on day a
 * after its training, so the loss over a cycle of T days is d·T²/2. The book's
 * square-root law (Eq. 14.4, L35035) uses ΔA = A₀·λ (the first-order slope of
 * A(t) = A₀·e^(−λt)); the Degradation Equation (L1245) gives ΔA = λ_D·g for a
 * sensitivity λ_D per unit of divergence and a PSI growth g per day.
 *
 * Units: V is per unit accuracy and per prediction, as the book's arithmetic
 * implies (with V per accuracy *point* the book's T* would be 100× smaller).
 *
 * @param input - Q (per day), V (USD), ΔA (per day)
 * @returns d in USD/day per day (a plain number)
 * @throws InvalidParameterError for a value that is not a finite number > 0
 * @example
 * ```ts
 * // Book fraud model (L35037–L35050): Q = 1e6/day, V = $0.50, A₀ = 0.95, λ = 0.02/day
 * dailyLossIncrease({ queriesPerDay: 1e6, valuePerAccuracyUsd: 0.5, accuracyLossPerDay: 0.95 * 0.02 }); // 9500
 * ```
 */
export function dailyLossIncrease(input: DailyLossIncreaseInput): number {
  const check = validatorFor("dailyLossIncrease");
  if (input === null || typeof input !== "object") check.fail("input", input, "an object { queriesPerDay, valuePerAccuracyUsd, accuracyLossPerDay }");
  const queries = check.positive("queriesPerDay", input.queriesPerDay);
  const value = check.positive("valuePerAccuracyUsd", input.valuePerAccuracyUsd);
  const loss = check.positive("accuracyLossPerDay", input.accuracyLossPerDay);
  return queries * value * loss;
}

/** Inputs of {@link retrainingCadence}. */
export interface RetrainingCadenceInput {
  /** C, cost of one retraining (compute + validation + deployment + risk, Eq. 14.7): USD or a money quantity (> 0). Book: $5,000 (L35044). */
  readonly retrainCost: Amount<"money">;
  /** d, growth of the daily staleness loss per day of model age, USD/day per day (> 0); see {@link dailyLossIncrease}. */
  readonly dailyLossIncreaseUsd: number;
  /** g, PSI gained per day (> 0); when given the result also holds the PSI reached at T*. */
  readonly psiGrowthPerDay?: number;
  /** PSI₀ right after retraining (≥ 0), used with psiGrowthPerDay; default 0. */
  readonly initialPsi?: number;
}

/** Result of {@link retrainingCadence}. */
export interface RetrainingCadenceResult {
  /** T* = √(2C/d). */
  readonly optimalInterval: Quantity<"time">;
  /** C/T* + d·T* / 2 = √(2·C·d): retraining plus staleness cost per day at T*. */
  readonly costPerDayAtOptimum: Quantity<"moneyRate">;
  /** 365 × costPerDayAtOptimum. */
  readonly annualCostAtOptimum: Quantity<"money">;
  /** 365 / T* (in days). */
  readonly retrainsPerYear: number;
  /** PSI₀ + g·T*: the PSI threshold that would trigger at T* (only when psiGrowthPerDay is given). */
  readonly psiAtOptimalInterval?: number;
}

function cadenceInputs(fn: string, input: { retrainCost: Amount<"money">; dailyLossIncreaseUsd: number }): { cost: number; d: number } {
  const check = validatorFor(fn);
  if (input === null || typeof input !== "object") check.fail("input", input, "an object { retrainCost, dailyLossIncreaseUsd, … }");
  const cost = readAmount(fn, "retrainCost", input.retrainCost, "USD", "positive").to("USD");
  const d = check.positive("dailyLossIncreaseUsd", input.dailyLossIncreaseUsd);
  return { cost, d };
}

/**
 * The retraining interval that minimises retraining plus staleness cost per day, in
 * the economic-order-quantity form (the book's labs helper `retraining_cadence`,
 * reference ecosystem.md §1.4; the book's Eq. 14.4 square-root law, L35033–L35035):
 *
 *   cost per day(T) = C/T + d·T/2,   T* = √(2C/d),   cost per day(T*) = √(2·C·d),
 *
 * with C = `retrainCost` (USD) and d = `dailyLossIncreaseUsd` (USD/day per day). With
 * d = Q·V·A₀·λ this is Eq. 14.4; the book's fraud model (C = $5,000, Q = 10⁶/day,
 * V = $0.50, A₀ = 0.95, λ = 0.02/day) gives T* = 1.026 days ("≈ 1 Day", L35050).
 * Annual cost = 365·(C/T + d·T/2). Given a PSI growth g, `psiAtOptimalInterval` is
 * the PSI threshold whose trigger matches T* (see {@link psiRetrainingSchedule}).
 *
 * @param input - see {@link RetrainingCadenceInput}
 * @returns frozen {@link RetrainingCadenceResult}
 * @throws InvalidParameterError for C ≤ 0, d ≤ 0, g ≤ 0 or PSI₀ < 0
 * @throws DimensionError for a retrainCost quantity that is not money
 * @example
 * ```ts
 * const r = retrainingCadence({ retrainCost: 5000, dailyLossIncreaseUsd: 9500 });
 * r.optimalInterval.to("day");        // 1.025978352085154
 * r.costPerDayAtOptimum.format();     // "$9,747/day"
 * ```
 */
export function retrainingCadence(input: RetrainingCadenceInput): RetrainingCadenceResult {
  const fn = "retrainingCadence";
  const check = validatorFor(fn);
  const { cost, d } = cadenceInputs(fn, input);
  const optimum = Math.sqrt((2 * cost) / d);
  const perDay = Math.sqrt(2 * cost * d);
  const result: RetrainingCadenceResult = {
    optimalInterval: q(optimum, "day"),
    costPerDayAtOptimum: q(perDay, "USD/day"),
    annualCostAtOptimum: q(perDay * DAYS_PER_YEAR, "USD"),
    retrainsPerYear: DAYS_PER_YEAR / optimum,
  };
  if (input.psiGrowthPerDay !== undefined) {
    const g = check.positive("psiGrowthPerDay", input.psiGrowthPerDay);
    const psi0 = check.nonNegative("initialPsi", input.initialPsi ?? 0);
    return Object.freeze({ ...result, psiAtOptimalInterval: psi0 + g * optimum });
  }
  return Object.freeze(result);
}

/** Inputs of {@link retrainingCostAt}. */
export interface RetrainingCostAtInput {
  /** C, cost of one retraining: USD or a money quantity (> 0). */
  readonly retrainCost: Amount<"money">;
  /** d, USD/day per day of model age (> 0). */
  readonly dailyLossIncreaseUsd: number;
  /** T, the retraining interval: days or a time quantity (> 0). */
  readonly interval: Amount<"time">;
}

/** Result of {@link retrainingCostAt}. */
export interface RetrainingCostAtResult {
  /** C/T: retraining cost spread over the days of a cycle. */
  readonly retrainingPerDay: Quantity<"moneyRate">;
  /** d·T/2: average staleness loss per day over a cycle. */
  readonly stalenessPerDay: Quantity<"moneyRate">;
  /** Their sum. */
  readonly costPerDay: Quantity<"moneyRate">;
  /** 365 × costPerDay. */
  readonly annualCost: Quantity<"money">;
  /** costPerDay / (cost per day at T*) ≥ 1: how much dearer T is than the optimum. */
  readonly ratioToOptimum: number;
}

/**
 * Retraining plus staleness cost per day of a given retraining interval T, in the
 * model of {@link retrainingCadence}: C/T + d·T/2, and its ratio to the optimum
 * √(2·C·d). Use it to price a schedule that a PSI threshold produces
 * ({@link psiRetrainingSchedule}'s `cycle`), or a calendar ("weekly").
 *
 * @param input - C (USD), d (USD/day per day), T (days or a time quantity)
 * @returns frozen {@link RetrainingCostAtResult}
 * @throws InvalidParameterError for C ≤ 0, d ≤ 0 or T ≤ 0
 * @throws DimensionError for quantities of the wrong dimension
 * @example
 * ```ts
 * const c = retrainingCostAt({ retrainCost: 5000, dailyLossIncreaseUsd: 2500, interval: 21 });
 * c.costPerDay.format();  // "$26,488/day"
 * c.ratioToOptimum;       // 5.2976190476190474
 * ```
 */
export function retrainingCostAt(input: RetrainingCostAtInput): RetrainingCostAtResult {
  const fn = "retrainingCostAt";
  const { cost, d } = cadenceInputs(fn, input);
  const t = readAmount(fn, "interval", input.interval, "day", "positive").to("day");
  const retraining = cost / t;
  const staleness = (d * t) / 2;
  const total = retraining + staleness;
  return Object.freeze({
    retrainingPerDay: q(retraining, "USD/day"),
    stalenessPerDay: q(staleness, "USD/day"),
    costPerDay: q(total, "USD/day"),
    annualCost: q(total * DAYS_PER_YEAR, "USD"),
    ratioToOptimum: total / Math.sqrt(2 * cost * d),
  });
}
