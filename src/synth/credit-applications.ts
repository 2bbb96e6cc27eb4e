/**
 * Credit applications for the book's Meridian Financial scenario (seed 000 L34: API
 * credit decisions within 50 ms, a 500-tree model on 8 features) and its zip-code
 * schema failure (seed 004 L5355–L5361: "02139" cast to the integer 2139 loses its
 * leading zero, the model sees an unknown category and rejects a whole region).
 */
import { normal } from "../random/normal";
import { uniform } from "../random/uniform";
import { InvalidParameterError } from "../util/errors";
import { Validator } from "../util/validate";
import { cumulative, pick, sigmoid, stratifiedTimes } from "./draw-helpers";
import { columnSource, KeyedStream, uniform32 } from "./keyed-stream";
import { checkProbabilities, resolveParams } from "./resolve-params";
import { ColumnSpec, Columns, Scenario } from "./scenario";
import { DEFAULT_START_TIME, flatProfileDays, parseStartTime } from "./time-window";
import { largeTypedArray } from "../util/large-array";

/** Coefficients of the documented default model of {@link creditApplications}. */
export interface CreditModel {
  intercept: number;
  /** Per unit of ln(income / incomeMedianUsd). */
  logIncome: number;
  /** Per 0.1 of debt-to-income above 0.35. */
  debtRatio: number;
  /** Per 10 years of age above 40. */
  age: number;
  /** Added for each employment status, in the order of {@link EMPLOYMENT_STATUSES}. */
  employment: readonly number[];
}

/** Employment statuses of {@link creditApplications}. */
export const EMPLOYMENT_STATUSES = Object.freeze(["employed", "self_employed", "part_time", "unemployed", "retired", "student"] as const);

/** Regions by the first zip-code digit (the ten USPS national areas). */
export const ZIP_REGIONS = Object.freeze([
  "New England & NJ", "NY & PA", "Mid-Atlantic & Carolinas", "Southeast", "Great Lakes",
  "Northern Plains", "Central", "South Central", "Mountain", "Pacific",
] as const);

/** Parameters of {@link creditApplications}. */
export interface CreditApplicationsParams {
  /** Size of the zip-code pool (codes spread over 00000–99999, ~10 % with a leading zero); 1,000 (assumption). */
  zipCodes: number;
  /** Days covered by application dates; 365. */
  windowDays: number;
  /** First day, ISO-8601 with zone. */
  startTime: string;
  /** Median annual income in USD; 60,000 (assumption). */
  incomeMedianUsd: number;
  /** sd of ln(income); 0.6 (assumption). */
  incomeSdLog: number;
  /** Median debt-to-income ratio; 0.3 (assumption). */
  debtRatioMedian: number;
  /** sd of logit(debt ratio); 0.6 (assumption). */
  debtRatioSdLogit: number;
  /** Age mean and sd in years (rounded, clamped to [18, 95]); 40 and 12 (assumption). */
  ageMean: number;
  ageSd: number;
  /** Shares of the {@link EMPLOYMENT_STATUSES}; [0.62, 0.12, 0.10, 0.06, 0.07, 0.03] (assumption). */
  employmentProbabilities: readonly number[];
  /** The default model (the book gives no default rate; these give ≈ 5 %, the seed-000 catalog's example rate). */
  model: CreditModel;
  /** Share of applicants in the protected group "B" (the rest are "A"), in (0, 0.5]; 1/6 = 2,000 of 12,000, as in the book's loan example (seed 004 L38603). */
  protectedShare: number;
  /**
   * How strongly region is a proxy for group, in [0, 1]: P(B | region) = share·(1 − s) in regions 0–4 and
   * share·(1 + s) in regions 5–9 (so region alone recovers the group better as s grows); 0.8 (assumption).
   */
  proxyStrength: number;
  /** Threshold of the lender's score: approved when approval_score ≥ it, in (0, 1); 0.5. */
  approvalThreshold: number;
  /**
   * The planted bias, as the true TPR and FPR of each group at `approvalThreshold`, in (0, 1) each:
   * `[A, B]`. Default: the book's loan example (TPR 90 % vs 60 %, FPR 20 % vs 20 %, Tables 15.6–15.7).
   */
  plantedTpr: readonly number[];
  plantedFpr: readonly number[];
  /** Spread s of the logistic score noise in logit units (> 0); 1. */
  scoreSpread: number;
}

const DEFAULTS: CreditApplicationsParams = Object.freeze({
  zipCodes: 1000,
  windowDays: 365,
  startTime: DEFAULT_START_TIME,
  incomeMedianUsd: 60000,
  incomeSdLog: 0.6,
  debtRatioMedian: 0.3,
  debtRatioSdLogit: 0.6,
  ageMean: 40,
  ageSd: 12,
  employmentProbabilities: Object.freeze([0.62, 0.12, 0.1, 0.06, 0.07, 0.03]),
  model: Object.freeze({ intercept: -3.3, logIncome: -0.9, debtRatio: 0.45, age: -0.15, employment: Object.freeze([0, 0.3, 0.5, 1.3, 0.2, 0.6]) }),
  protectedShare: 1 / 6,
  proxyStrength: 0.8,
  approvalThreshold: 0.5,
  plantedTpr: Object.freeze([0.9, 0.6]),
  plantedFpr: Object.freeze([0.2, 0.2]),
  scoreSpread: 1,
}) as CreditApplicationsParams;

/** Groups of the protected attribute of {@link creditApplications}. */
export const CREDIT_GROUPS = Object.freeze(["A", "B"] as const);

const logit = (p: number): number => Math.log(p / (1 - p));

/**
 * The ground truth of the bias planted in {@link creditApplications}: the true TPR
 * (approval rate among applicants who repay) and FPR (among those who default) of
 * groups A and B at any threshold. Scores are drawn as logit(score) = μ(group, label) +
 * s·logit(U) with U uniform (logistic noise), μ = logit(τ) + s·logit(planted rate), so
 * P(score ≥ t) = σ((μ − logit t)/s) exactly.
 *
 * @param params - resolved or partial parameters of the scenario (defaults fill the rest).
 * @param threshold - the threshold t in (0, 1); default the scenario's `approvalThreshold`.
 * @example
 * ```ts
 * creditFairnessTruth({}).tpr       // [0.8999999999999999, 0.6]
 * creditFairnessTruth({}, 0.7).tpr[1] // 0.391304347826087
 * ```
 */
export function creditFairnessTruth(params: Partial<CreditApplicationsParams>, threshold?: number): { readonly tpr: readonly number[]; readonly fpr: readonly number[] } {
  const p = creditApplications.resolve(params);
  const t = threshold ?? p.approvalThreshold;
  if (!(typeof t === "number" && t > 0 && t < 1)) throw new InvalidParameterError("creditFairnessTruth", "threshold", t, "a threshold in (0, 1)");
  const rate = (planted: number) => sigmoid((logit(p.approvalThreshold) + p.scoreSpread * logit(planted) - logit(t)) / p.scoreSpread);
  return Object.freeze({ tpr: Object.freeze(p.plantedTpr.map(rate)), fpr: Object.freeze(p.plantedFpr.map(rate)) });
}

/**
 * The zip-code pool: code k = ⌊k·10⁵/m⌋ + ⌊U_k·spacing⌋ written with 5 digits, U_k from
 * block k of "credit_applications/zip_pool"; distinct and ascending.
 */
function zipPool(seed: number, m: number): string[] {
  const keyed = new KeyedStream(seed, "credit_applications/zip_pool");
  const spacing = Math.floor(100000 / m);
  return Array.from({ length: m }, (_, k) => {
    const code = Math.floor((k * 100000) / m) + Math.floor(uniform32(keyed.block(k)[0]) * spacing);
    return String(code).padStart(5, "0");
  });
}

function isoDays(startMs: number, days: number): string[] {
  const dayMs = 86400000;
  const first = Math.floor(startMs / dayMs);
  return Array.from({ length: days }, (_, d) => new Date((first + d) * dayMs).toISOString().slice(0, 10));
}

const COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { name: "applicant_id", type: "int32", description: "Row index.", wordsPerRow: 0 },
  { name: "submitted_at", type: "timestamp", unit: "ms", description: "Submission time, stratified uniformly over the window.", wordsPerRow: 2 },
  { name: "application_date", type: "dictionary", description: 'Submission date as the upstream feed writes it, "YYYY-MM-DD" (UTC).', wordsPerRow: 0 },
  { name: "zip_code", type: "dictionary", description: "Five-digit zip code as a string (leading zeros kept), uniform over the pool.", wordsPerRow: 2 },
  { name: "region", type: "dictionary", categories: ZIP_REGIONS, description: "National area of the zip code's first digit.", wordsPerRow: 0 },
  { name: "income_usd", type: "float64", unit: "USD/yr", description: "Annual income, lognormal.", wordsPerRow: 2 },
  { name: "debt_to_income", type: "float64", unit: "1", description: "Debt-to-income ratio, logit-normal in (0, 1).", wordsPerRow: 2 },
  { name: "age", type: "int32", unit: "yr", description: "Age, normal, rounded and clamped to [18, 95].", wordsPerRow: 2 },
  { name: "employment", type: "dictionary", categories: EMPLOYMENT_STATUSES, description: "Employment status.", wordsPerRow: 2 },
  { name: "default_probability", type: "float64", description: "P(default | features) under the documented logistic model (ground truth).", wordsPerRow: 0 },
  { name: "defaulted", type: "bool", description: "Default label, Bernoulli(default_probability).", wordsPerRow: 2 },
  { name: "group", type: "dictionary", categories: CREDIT_GROUPS, description: "Protected attribute, A or B; P(B | region) depends on the region (a proxy), see proxyStrength.", wordsPerRow: 2 },
  { name: "approval_score", type: "float64", unit: "1", description: "The lender's score of repayment: logistic around a mean set by group and true label (the planted bias, see creditFairnessTruth).", wordsPerRow: 2 },
  { name: "approved", type: "bool", description: "approval_score ≥ approvalThreshold.", wordsPerRow: 0 },
] as ColumnSpec[]);

function checkModel(v: Validator, m: unknown): void {
  if (m === null || typeof m !== "object") v.fail("model", m, "an object with intercept, logIncome, debtRatio, age, employment");
  const model = m as CreditModel;
  for (const k of ["intercept", "logIncome", "debtRatio", "age"] as const) v.finite(`model.${k}`, model[k]);
  if (!Array.isArray(model.employment) || model.employment.length !== EMPLOYMENT_STATUSES.length) {
    v.fail("model.employment", model.employment, `an array of ${EMPLOYMENT_STATUSES.length} numbers`);
  }
  model.employment.forEach((x, i) => v.finite(`model.employment[${i}]`, x));
}

/**
 * Credit applications with a default label from a documented logistic model:
 *
 *   logit P(default) = intercept + logIncome·ln(income/median) + debtRatio·(dti − 0.35)/0.1
 *                      + age·(age − 40)/10 + employment[status]
 *
 * (income in USD/yr, dti a ratio, age in years). The defaults give a default rate of
 * about 5 %. zip_code is a dictionary-encoded string such as "02139"; the
 * `zipToInteger` injection reproduces the book's cast that strips the zero. Region
 * has no effect on the label, so a region-wide rejection after the fault is purely the
 * pipeline's doing.
 *
 * For fairness exercises (book Chapter 15) every applicant also has a protected
 * attribute `group` ("A" or "B"), drawn from the region so that region is a proxy for it,
 * and the lender's `approval_score` and decision `approved`. The score depends only on
 * the group and the true outcome (repaid = not defaulted): its bias is planted as each
 * group's true TPR and FPR at the threshold (default the book's loan example, TPR 90 %
 * vs 60 %, FPR 20 % for both), recorded in the parameters and computable at any
 * threshold with {@link creditFairnessTruth}. Base rates are equal across groups.
 *
 * @example
 * ```ts
 * const c = generateColumns(creditApplications, { rows: 10, seed: 1 });
 * c.columns.zip_code.dictionary?.slice(0, 3); // [ "00017", "00105", "00257" ]
 * ```
 */
export const creditApplications: Scenario<CreditApplicationsParams> = Object.freeze({
  name: "credit_applications",
  title: "Credit applications (Meridian Financial)",
  source: "seed 000 L34 (Meridian), seed 004 L5355–L5361 (zip code 02139 → 2139 failure), catalog seeds-000-003 §4.2; planted bias: seed 004 L38603–L38697 (Tables 15.6–15.7)",
  defaults: DEFAULTS,
  columns: COLUMNS,
  streams: Object.freeze([
    ...COLUMNS.filter((c) => c.wordsPerRow > 0).map((c) => ({ name: `credit_applications/${c.name}`, words: c.wordsPerRow, per: "row" })),
    { name: "credit_applications/zip_pool", words: 4, per: "zip-code pool index" },
  ]),
  columnsFor: () => COLUMNS,
  resolve: (params?: Partial<CreditApplicationsParams>) =>
    resolveParams("credit_applications", DEFAULTS, params, (p, v) => {
      v.integer("zipCodes", p.zipCodes, 1);
      if (p.zipCodes > 100000) v.fail("zipCodes", p.zipCodes, "an integer in [1, 100000]");
      v.integer("windowDays", p.windowDays, 1);
      parseStartTime(v, "startTime", p.startTime);
      v.positive("incomeMedianUsd", p.incomeMedianUsd);
      v.positive("incomeSdLog", p.incomeSdLog);
      v.fraction("debtRatioMedian", p.debtRatioMedian);
      if (p.debtRatioMedian >= 1) v.fail("debtRatioMedian", p.debtRatioMedian, "a finite number in (0, 1)");
      v.positive("debtRatioSdLogit", p.debtRatioSdLogit);
      v.finite("ageMean", p.ageMean);
      v.positive("ageSd", p.ageSd);
      checkProbabilities(v, "employmentProbabilities", p.employmentProbabilities, EMPLOYMENT_STATUSES.length);
      checkModel(v, p.model);
      v.fraction("protectedShare", p.protectedShare);
      if (p.protectedShare > 0.5) v.fail("protectedShare", p.protectedShare, "a share in (0, 0.5]");
      v.probability("proxyStrength", p.proxyStrength);
      const open = (name: string, x: number) => (typeof x === "number" && x > 0 && x < 1 ? x : v.fail(name, x, "a finite number in (0, 1)"));
      open("approvalThreshold", p.approvalThreshold);
      for (const key of ["plantedTpr", "plantedFpr"] as const) {
        if (!Array.isArray(p[key]) || p[key].length !== 2) v.fail(key, p[key], "an array [A, B] of two rates in (0, 1)");
        p[key].forEach((x, i) => open(`${key}[${i}]`, x));
      }
      v.positive("scoreSpread", p.scoreSpread);
    }),
  generate(seed: number, p: CreditApplicationsParams, rowStart: number, rowCount: number, totalRows: number): Columns {
    const startMs = Date.parse(p.startTime);
    const dayMs = 86400000;
    const firstDayMs = Math.floor(startMs / dayMs) * dayMs;
    const src = (c: string) => columnSource(seed, `credit_applications/${c}`, rowStart, 2);
    const t = stratifiedTimes(seed, "credit_applications/submitted_at", flatProfileDays(p.windowDays), rowStart, rowCount, totalRows);
    const id = largeTypedArray(Int32Array, rowCount);
    const date = largeTypedArray(Int32Array, rowCount);
    for (let k = 0; k < rowCount; k++) {
      id[k] = rowStart + k;
      t[k] = Math.round(firstDayMs + t[k] * 1000);
      date[k] = Math.min(p.windowDays - 1, Math.floor((t[k] - firstDayMs) / dayMs));
    }
    const pool = zipPool(seed, p.zipCodes);
    const uZip = uniform(src("zip_code"), largeTypedArray(Float64Array, rowCount));
    const zip = largeTypedArray(Int32Array, rowCount);
    const region = largeTypedArray(Int32Array, rowCount);
    const poolRegion = pool.map((z) => Number(z[0]));
    for (let k = 0; k < rowCount; k++) {
      zip[k] = Math.floor(uZip[k] * p.zipCodes);
      region[k] = poolRegion[zip[k]];
    }
    const income = normal(src("income_usd"), largeTypedArray(Float64Array, rowCount));
    const dti = normal(src("debt_to_income"), largeTypedArray(Float64Array, rowCount));
    const zAge = normal(src("age"), largeTypedArray(Float64Array, rowCount));
    const uEmp = uniform(src("employment"), largeTypedArray(Float64Array, rowCount));
    const uDefault = uniform(src("defaulted"), largeTypedArray(Float64Array, rowCount));
    const empCum = cumulative(p.employmentProbabilities);
    const lnMedian = Math.log(p.incomeMedianUsd);
    const logitDti = Math.log(p.debtRatioMedian / (1 - p.debtRatioMedian));
    const age = largeTypedArray(Int32Array, rowCount);
    const emp = largeTypedArray(Int32Array, rowCount);
    const pd = largeTypedArray(Float64Array, rowCount);
    const defaulted = largeTypedArray(Uint8Array, rowCount);
    const m = p.model;
    for (let k = 0; k < rowCount; k++) {
      const lnIncome = lnMedian + p.incomeSdLog * income[k];
      income[k] = Math.exp(lnIncome);
      dti[k] = sigmoid(logitDti + p.debtRatioSdLogit * dti[k]);
      age[k] = Math.min(95, Math.max(18, Math.round(p.ageMean + p.ageSd * zAge[k])));
      emp[k] = pick(empCum, uEmp[k]);
      const logit = m.intercept + m.logIncome * (lnIncome - lnMedian) + (m.debtRatio * (dti[k] - 0.35)) / 0.1 +
        (m.age * (age[k] - 40)) / 10 + m.employment[emp[k]];
      pd[k] = sigmoid(logit);
      defaulted[k] = uDefault[k] < pd[k] ? 1 : 0;
    }
    // The planted bias: group from region (the proxy), score from group and true label.
    const uGroup = uniform(src("group"), largeTypedArray(Float64Array, rowCount));
    const uScore = uniform(src("approval_score"), largeTypedArray(Float64Array, rowCount));
    const group = largeTypedArray(Int32Array, rowCount);
    const score = largeTypedArray(Float64Array, rowCount);
    const approved = largeTypedArray(Uint8Array, rowCount);
    const lt = logit(p.approvalThreshold);
    const mean = [0, 1].map((g) => [lt + p.scoreSpread * logit(p.plantedFpr[g]), lt + p.scoreSpread * logit(p.plantedTpr[g])]);
    for (let k = 0; k < rowCount; k++) {
      const shareB = p.protectedShare * (region[k] >= 5 ? 1 + p.proxyStrength : 1 - p.proxyStrength);
      group[k] = uGroup[k] < shareB ? 1 : 0;
      const u = Math.min(1 - 1e-16, Math.max(1e-16, uScore[k]));
      score[k] = sigmoid(mean[group[k]][defaulted[k] ? 0 : 1] + p.scoreSpread * logit(u));
      approved[k] = score[k] >= p.approvalThreshold ? 1 : 0;
    }
    return {
      applicant_id: { type: "int32", values: id },
      submitted_at: { type: "timestamp", values: t },
      application_date: { type: "dictionary", values: date, dictionary: isoDays(startMs, p.windowDays) },
      zip_code: { type: "dictionary", values: zip, dictionary: pool },
      region: { type: "dictionary", values: region, dictionary: ZIP_REGIONS },
      income_usd: { type: "float64", values: income },
      debt_to_income: { type: "float64", values: dti },
      age: { type: "int32", values: age },
      employment: { type: "dictionary", values: emp, dictionary: EMPLOYMENT_STATUSES },
      default_probability: { type: "float64", values: pd },
      defaulted: { type: "bool", values: defaulted },
      group: { type: "dictionary", values: group, dictionary: CREDIT_GROUPS },
      approval_score: { type: "float64", values: score },
      approved: { type: "bool", values: approved },
    };
  },
});
