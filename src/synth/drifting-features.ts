/**
 * A drifting tabular feature stream in daily batches, for drift detection and
 * retraining experiments (seed 004 Ch 14: age mean 32 → 45 over 90 days, online share
 * 0.8 → 0.2 as in Fig 14.7, device mix desktop 45 / iOS 30 / Android 20 / tablet 5 %;
 * catalog book-ch13-15 §14.C) with the three drift kinds of the book's taxonomy
 * (L6104–L6127): covariate shift, label shift and concept drift.
 */
import { normal } from "../random/normal";
import { uniform } from "../random/uniform";
import { Validator } from "../util/validate";
import { cumulative, pick, sigmoid } from "./draw-helpers";
import { columnSource, KeyedStream, uniform32 } from "./keyed-stream";
import { checkProbabilities, resolveParams } from "./resolve-params";
import { ColumnSpec, Columns, Scenario } from "./scenario";
import { DEFAULT_START_TIME, parseStartTime, SECONDS_PER_DAY } from "./time-window";
import { largeTypedArray } from "../util/large-array";

/** How a drift unfolds over the days: not at all, linearly between two days, or at once on a day. */
export type DriftMode = "none" | "gradual" | "sudden";

/** Coefficients of the logistic label model of {@link driftingFeatures}. */
export interface LogisticCoefficients {
  intercept: number;
  /** Per 10 years of age above 40. */
  age: number;
  /** Per unit of ln(purchase / purchaseMedianUsd). */
  amount: number;
  /** For the online channel. */
  online: number;
  /** For iOS or Android devices. */
  mobile: number;
  /** Per unit of ln(session / sessionMeanMinutes). */
  session: number;
}

/** Parameters of {@link driftingFeatures}. */
export interface DriftingFeaturesParams {
  /** Number of daily batches; 90 (Ch 14: 90–180 days). Rows are spread evenly: day d holds rows [⌊d·n/days⌋, ⌊(d+1)·n/days⌋). */
  days: number;
  /** Start of day 0, ISO-8601 with zone. */
  startTime: string;
  /** Distinct users; 1,000,000 (assumption). */
  users: number;
  /** Covariate shift mode; "gradual". */
  covariateShift: DriftMode;
  /** First day of the covariate shift (the change day when sudden); 0. */
  covariateStartDay: number;
  /** Day the gradual covariate shift completes; 90. */
  covariateEndDay: number;
  /** Mean age before / after; 32 → 45 (Ch 14). */
  ageMeanFrom: number;
  ageMeanTo: number;
  /** Age standard deviation in years; 10 (assumption). */
  ageSd: number;
  /** Online share of purchases before / after; 0.8 → 0.2 (Fig 14.7). */
  onlineShareFrom: number;
  onlineShareTo: number;
  /** Median purchase in USD; 50 (assumption within the book's [10, 1000]). */
  purchaseMedianUsd: number;
  /** Standard deviation of ln(purchase); 1 (assumption). */
  purchaseSdLog: number;
  /** Mean session length in min; 12 (Ch 14's 12-minute mean). */
  sessionMeanMinutes: number;
  /** Standard deviation of ln(session); 0.8 (assumption). */
  sessionSdLog: number;
  /** Shares of desktop, ios, android, tablet; [0.45, 0.30, 0.20, 0.05] (Ch 14). */
  deviceProbabilities: readonly number[];
  /** Label shift mode; "none". */
  labelShift: DriftMode;
  labelStartDay: number;
  labelEndDay: number;
  /** Factor ω on the odds of the positive class once the label shift is complete; 3. */
  labelShiftOdds: number;
  /** Concept drift mode; "none". */
  conceptDrift: DriftMode;
  conceptStartDay: number;
  conceptEndDay: number;
  /** Label model before the concept drift (and the deployed model behind `score`). */
  coefficients: LogisticCoefficients;
  /** Label model after the concept drift; coefficients move linearly towards it. */
  coefficientsAfter: LogisticCoefficients;
}

const DEVICES = ["desktop", "ios", "android", "tablet"] as const;
const CHANNELS = ["online", "in_store"] as const;
const MODES = ["none", "gradual", "sudden"] as const;
const COEFFICIENT_KEYS = ["intercept", "age", "amount", "online", "mobile", "session"] as const;
/** Most draws per row while realising a label shift (rejection sampling). */
export const LABEL_SHIFT_MAX_ATTEMPTS = 64;

const DEFAULTS: DriftingFeaturesParams = Object.freeze({
  days: 90,
  startTime: DEFAULT_START_TIME,
  users: 1_000_000,
  covariateShift: "gradual",
  covariateStartDay: 0,
  covariateEndDay: 90,
  ageMeanFrom: 32,
  ageMeanTo: 45,
  ageSd: 10,
  onlineShareFrom: 0.8,
  onlineShareTo: 0.2,
  purchaseMedianUsd: 50,
  purchaseSdLog: 1,
  sessionMeanMinutes: 12,
  sessionSdLog: 0.8,
  deviceProbabilities: Object.freeze([0.45, 0.3, 0.2, 0.05]),
  labelShift: "none",
  labelStartDay: 45,
  labelEndDay: 90,
  labelShiftOdds: 3,
  conceptDrift: "none",
  conceptStartDay: 45,
  conceptEndDay: 90,
  coefficients: Object.freeze({ intercept: -2.2, age: 0.4, amount: 0.6, online: 0.5, mobile: -0.3, session: 0.4 }),
  coefficientsAfter: Object.freeze({ intercept: -2.2, age: -0.4, amount: 0.6, online: -0.5, mobile: -0.3, session: 0.4 }),
}) as DriftingFeaturesParams;

const COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { name: "day", type: "int32", unit: "d", description: "Daily batch index.", wordsPerRow: 0 },
  { name: "ts", type: "timestamp", unit: "ms", description: "Event time, stratified uniformly within its day.", wordsPerRow: 2 },
  { name: "user_id", type: "int32", description: "User, uniform.", wordsPerRow: 2 },
  { name: "age", type: "int32", unit: "yr", description: "Age, normal around the day's mean, rounded and clamped to [18, 95].", wordsPerRow: 2 },
  { name: "purchase_amount_usd", type: "float64", unit: "USD", description: "Purchase amount, lognormal.", wordsPerRow: 2 },
  { name: "sales_channel", type: "dictionary", categories: CHANNELS, description: "online with the day's online share.", wordsPerRow: 2 },
  { name: "device_type", type: "dictionary", categories: DEVICES, description: "Device.", wordsPerRow: 2 },
  { name: "session_minutes", type: "float64", unit: "min", description: "Session length, lognormal.", wordsPerRow: 2 },
  { name: "label", type: "bool", description: "Outcome drawn from true_probability.", wordsPerRow: 2 },
  { name: "true_probability", type: "float64", description: "P(label = 1 | features) on this day (ground truth, includes concept drift and label shift).", wordsPerRow: 0 },
  { name: "score", type: "float64", description: "The day-0 model's P(label = 1 | features): a deployed model that never retrains.", wordsPerRow: 0 },
] as ColumnSpec[]);

/** f(d) ∈ [0, 1]: how far a drift has progressed on day d. */
function progress(mode: DriftMode, start: number, end: number, d: number): number {
  if (mode === "none") return 0;
  if (mode === "sudden") return d >= start ? 1 : 0;
  return Math.min(1, Math.max(0, (d - start) / (end - start)));
}

function checkMode(v: Validator, p: DriftingFeaturesParams, mode: "covariateShift" | "labelShift" | "conceptDrift", start: "covariateStartDay" | "labelStartDay" | "conceptStartDay", end: "covariateEndDay" | "labelEndDay" | "conceptEndDay"): void {
  v.oneOf(mode, p[mode], MODES);
  v.finite(start, p[start]);
  v.finite(end, p[end]);
  if (p[mode] === "gradual" && !(p[end] > p[start])) v.fail(end, p[end], `a day > ${start} (${p[start]}) for a gradual drift`);
}

function checkCoefficients(v: Validator, name: string, c: unknown): void {
  if (c === null || typeof c !== "object") v.fail(name, c, `an object with ${COEFFICIENT_KEYS.join(", ")}`);
  for (const k of COEFFICIENT_KEYS) v.finite(`${name}.${k}`, (c as Record<string, number>)[k]);
}

function boxMuller(w0: number, w1: number): number {
  return Math.sqrt(-2 * Math.log(1 - uniform32(w0))) * Math.cos(2 * Math.PI * uniform32(w1));
}

/**
 * Daily batches of a tabular feature stream with scheduled drift. Generative model of
 * one row on day d: age ~ N(μ_age(d), ageSd²) (rounded, clamped to [18, 95]),
 * purchase = median·e^(σZ), channel = online with probability s(d), device from the
 * fixed mix, session lognormal with mean sessionMeanMinutes; then
 * logit P(label = 1 | x) = c(d)·features with features (1, (age − 40)/10,
 * ln(purchase/median), online, mobile, ln(session/mean)).
 *
 * - Covariate shift: μ_age and s move from their "From" to their "To" values with
 *   progress f_cov(d); P(label | x) is untouched.
 * - Concept drift: c(d) = coefficients + f_con(d)·(coefficientsAfter − coefficients).
 * - Label shift: the joint law becomes P(x, y)·ω(d)^y / Z with ω(d) = labelShiftOdds^f_lab(d),
 *   i.e. P(y) moves while P(x | y) stays; realised exactly by rejection: (x, y) is
 *   accepted with probability ω^y / max(1, ω), retries reading keyed blocks of
 *   "drifting_features/label_shift_retry" (at most {@link LABEL_SHIFT_MAX_ATTEMPTS}).
 *
 * f(d) is 0 for "none"; 1{d ≥ start} for "sudden"; clamp((d − start)/(end − start), 0, 1)
 * for "gradual". `true_probability` is the day's Bayes posterior, `score` the day-0 one.
 *
 * @example
 * ```ts
 * const s = generateColumns(driftingFeatures, { rows: 90_000, seed: 5, params: { conceptDrift: "sudden", conceptStartDay: 60 } });
 * // mean age 32.6 on day 0 and 44.9 on day 89; after day 60 true_probability departs from score
 * ```
 */
export const driftingFeatures: Scenario<DriftingFeaturesParams> = Object.freeze({
  name: "drifting_features",
  title: "Drifting feature stream (daily batches; covariate, label and concept drift)",
  source: "seed 004 L6104–L6127 (drift taxonomy); Ch 14 catalog §14.C (age 32 → 45 over 90 days, Fig 14.7 online 0.8 → 0.2, device mix 45/30/20/5 %)",
  defaults: DEFAULTS,
  columns: COLUMNS,
  streams: Object.freeze([
    ...COLUMNS.filter((c) => c.wordsPerRow > 0).map((c) => ({ name: `drifting_features/${c.name}`, words: c.wordsPerRow, per: "row" })),
    { name: "drifting_features/label_shift", words: 2, per: "row" },
    { name: "drifting_features/label_shift_retry", words: 16, per: "(row, attempt): block (row·64 + attempt)·4 + m" },
  ]),
  columnsFor: () => COLUMNS,
  resolve: (params?: Partial<DriftingFeaturesParams>) =>
    resolveParams("drifting_features", DEFAULTS, params, (p, v) => {
      v.integer("days", p.days, 1);
      parseStartTime(v, "startTime", p.startTime);
      v.integer("users", p.users, 1);
      if (p.users > 2147483647) v.fail("users", p.users, "an integer in [1, 2^31)");
      checkMode(v, p, "covariateShift", "covariateStartDay", "covariateEndDay");
      checkMode(v, p, "labelShift", "labelStartDay", "labelEndDay");
      checkMode(v, p, "conceptDrift", "conceptStartDay", "conceptEndDay");
      v.finite("ageMeanFrom", p.ageMeanFrom);
      v.finite("ageMeanTo", p.ageMeanTo);
      v.positive("ageSd", p.ageSd);
      v.probability("onlineShareFrom", p.onlineShareFrom);
      v.probability("onlineShareTo", p.onlineShareTo);
      v.positive("purchaseMedianUsd", p.purchaseMedianUsd);
      v.positive("purchaseSdLog", p.purchaseSdLog);
      v.positive("sessionMeanMinutes", p.sessionMeanMinutes);
      v.positive("sessionSdLog", p.sessionSdLog);
      checkProbabilities(v, "deviceProbabilities", p.deviceProbabilities, DEVICES.length);
      v.positive("labelShiftOdds", p.labelShiftOdds);
      checkCoefficients(v, "coefficients", p.coefficients);
      checkCoefficients(v, "coefficientsAfter", p.coefficientsAfter);
    }),
  generate(seed: number, p: DriftingFeaturesParams, rowStart: number, rowCount: number, totalRows: number): Columns {
    const startMs = Date.parse(p.startTime);
    const D = p.days;
    const firstRow = (d: number) => Math.floor((d * totalRows) / D);
    const src = (c: string) => columnSource(seed, `drifting_features/${c}`, rowStart, 2);
    const uTs = uniform(src("ts"), largeTypedArray(Float64Array, rowCount));
    const uUser = uniform(src("user_id"), largeTypedArray(Float64Array, rowCount));
    const zAge = normal(src("age"), largeTypedArray(Float64Array, rowCount));
    const zAmount = normal(src("purchase_amount_usd"), largeTypedArray(Float64Array, rowCount));
    const uChannel = uniform(src("sales_channel"), largeTypedArray(Float64Array, rowCount));
    const uDevice = uniform(src("device_type"), largeTypedArray(Float64Array, rowCount));
    const zSession = normal(src("session_minutes"), largeTypedArray(Float64Array, rowCount));
    const uLabel = uniform(src("label"), largeTypedArray(Float64Array, rowCount));
    const labelActive = p.labelShift !== "none" && p.labelShiftOdds !== 1;
    const uAccept = labelActive ? uniform(src("label_shift"), largeTypedArray(Float64Array, rowCount)) : null;
    const retry = labelActive ? new KeyedStream(seed, "drifting_features/label_shift_retry") : null;

    const deviceCum = cumulative(p.deviceProbabilities);
    const lnMedian = Math.log(p.purchaseMedianUsd);
    const lnSessionMedian = Math.log(p.sessionMeanMinutes) - (p.sessionSdLog * p.sessionSdLog) / 2;
    const c0 = p.coefficients;
    const c1 = p.coefficientsAfter;

    const cols = {
      day: largeTypedArray(Int32Array, rowCount), ts: largeTypedArray(Float64Array, rowCount), user: largeTypedArray(Int32Array, rowCount),
      age: largeTypedArray(Int32Array, rowCount), amount: largeTypedArray(Float64Array, rowCount), channel: largeTypedArray(Int32Array, rowCount),
      device: largeTypedArray(Int32Array, rowCount), session: largeTypedArray(Float64Array, rowCount), label: largeTypedArray(Uint8Array, rowCount),
      truth: largeTypedArray(Float64Array, rowCount), score: largeTypedArray(Float64Array, rowCount),
    };
    let d = Math.min(D - 1, Math.floor((rowStart * D) / totalRows));
    while (d > 0 && firstRow(d) > rowStart) d--;
    while (d < D - 1 && firstRow(d + 1) <= rowStart) d++;
    let dayStart = firstRow(d);
    let dayEnd = firstRow(d + 1);
    let fCov = 0, fCon = 0, omega = 1, ageMean = 0, online = 0;
    const c = { ...c0 };
    const setDay = () => {
      fCov = progress(p.covariateShift, p.covariateStartDay, p.covariateEndDay, d);
      fCon = progress(p.conceptDrift, p.conceptStartDay, p.conceptEndDay, d);
      omega = Math.pow(p.labelShiftOdds, progress(p.labelShift, p.labelStartDay, p.labelEndDay, d));
      ageMean = p.ageMeanFrom + fCov * (p.ageMeanTo - p.ageMeanFrom);
      online = p.onlineShareFrom + fCov * (p.onlineShareTo - p.onlineShareFrom);
      for (const k of COEFFICIENT_KEYS) c[k] = c0[k] + fCon * (c1[k] - c0[k]);
    };
    setDay();
    const logitOf = (cf: LogisticCoefficients, age: number, amount: number, ch: number, dev: number, session: number) =>
      cf.intercept + (cf.age * (age - 40)) / 10 + cf.amount * (Math.log(amount) - lnMedian) + cf.online * (ch === 0 ? 1 : 0) +
      cf.mobile * (dev === 1 || dev === 2 ? 1 : 0) + cf.session * (Math.log(session) - Math.log(p.sessionMeanMinutes));

    for (let k = 0; k < rowCount; k++) {
      const i = rowStart + k;
      while (i >= dayEnd) {
        d++;
        dayStart = dayEnd;
        dayEnd = firstRow(d + 1);
        setDay();
      }
      let za = zAge[k], zm = zAmount[k], uc = uChannel[k], ud = uDevice[k], zs = zSession[k], ul = uLabel[k];
      let age = 0, amount = 0, ch = 0, dev = 0, session = 0, y = 0, logit = 0;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) {
          const base = (i * LABEL_SHIFT_MAX_ATTEMPTS + attempt) * 4;
          const r = retry as KeyedStream;
          let w = r.block(base);
          za = boxMuller(w[0], w[1]);
          zm = boxMuller(w[2], w[3]);
          w = r.block(base + 1);
          zs = boxMuller(w[0], w[1]);
          uc = uniform32(w[2]);
          ud = uniform32(w[3]);
          w = r.block(base + 2);
          ul = uniform32(w[0]);
        }
        age = Math.min(95, Math.max(18, Math.round(ageMean + p.ageSd * za)));
        amount = Math.exp(lnMedian + p.purchaseSdLog * zm);
        ch = uc < online ? 0 : 1;
        dev = pick(deviceCum, ud);
        session = Math.exp(lnSessionMedian + p.sessionSdLog * zs);
        logit = logitOf(c, age, amount, ch, dev, session);
        y = ul < sigmoid(logit) ? 1 : 0;
        if (omega === 1 || attempt === LABEL_SHIFT_MAX_ATTEMPTS - 1) break;
        const accept = (y ? omega : 1) / Math.max(1, omega);
        const ua = attempt === 0 ? (uAccept as Float64Array)[k] : uniform32((retry as KeyedStream).block((i * LABEL_SHIFT_MAX_ATTEMPTS + attempt) * 4 + 2)[1]);
        if (ua < accept) break;
      }
      cols.day[k] = d;
      cols.ts[k] = Math.round(startMs + (d + (i - dayStart + uTs[k]) / (dayEnd - dayStart)) * SECONDS_PER_DAY * 1000);
      cols.user[k] = Math.floor(uUser[k] * p.users);
      cols.age[k] = age;
      cols.amount[k] = amount;
      cols.channel[k] = ch;
      cols.device[k] = dev;
      cols.session[k] = session;
      cols.label[k] = y;
      cols.truth[k] = sigmoid(logit + Math.log(omega));
      cols.score[k] = sigmoid(logitOf(c0, age, amount, ch, dev, session));
    }
    return {
      day: { type: "int32", values: cols.day },
      ts: { type: "timestamp", values: cols.ts },
      user_id: { type: "int32", values: cols.user },
      age: { type: "int32", values: cols.age },
      purchase_amount_usd: { type: "float64", values: cols.amount },
      sales_channel: { type: "dictionary", values: cols.channel, dictionary: CHANNELS },
      device_type: { type: "dictionary", values: cols.device, dictionary: DEVICES },
      session_minutes: { type: "float64", values: cols.session },
      label: { type: "bool", values: cols.label },
      true_probability: { type: "float64", values: cols.truth },
      score: { type: "float64", values: cols.score },
    };
  },
});
