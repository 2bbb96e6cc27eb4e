/**
 * Card-fraud transactions with the book's 1:99 class imbalance (seed 004 L10133: "a
 * fraud detector with 99:1 imbalance achieves 99% accuracy by always predicting 'not
 * fraud'"), country codes with ~200 values and payment types (catalog book-ch01-06
 * §5.5 item 5, L6160; Ch 14 cost-sensitive fraud, §14.C item 5).
 */
import { bernoulli } from "../random/bernoulli";
import { normal } from "../random/normal";
import { uniform } from "../random/uniform";
import { zipfProbabilities } from "../random/zipf";
import { cumulative, pick, poissonInverse, stratifiedTimes } from "./draw-helpers";
import { columnSource } from "./keyed-stream";
import { resolveParams } from "./resolve-params";
import { ColumnSpec, Columns, Scenario } from "./scenario";
import { DEFAULT_START_TIME, diurnalWindow, parseStartTime } from "./time-window";
import { largeTypedArray } from "../util/large-array";

/** Parameters of {@link fraudTransactions}. */
export interface FraudTransactionsParams {
  /** P(fraud); 0.01, i.e. 1:99 (L10133). */
  fraudRate: number;
  /** Window length in s; 604,800 (7 days). */
  windowSeconds: number;
  /** Window start, ISO-8601 with zone. */
  startTime: string;
  /** Peak / mean of the diurnal transaction rate; 2 (assumption). */
  peakToAverage: number;
  /** Hour of the daily peak, UTC; 13 (assumption). */
  peakHour: number;
  /** Distinct countries; 200 (catalog §5.5: 200 unique values). */
  countries: number;
  /** Zipf exponent of country popularity for legitimate / fraudulent transactions; 1.2 / 0.6 (assumption: fraud is more cross-border). */
  countryZipfLegit: number;
  countryZipfFraud: number;
  /** Median amount in USD, legitimate / fraud; 40 / 150 (assumption). */
  amountMedianLegitUsd: number;
  amountMedianFraudUsd: number;
  /** sd of ln(amount), legitimate / fraud; 1.0 / 1.3 (assumption). */
  amountSdLogLegit: number;
  amountSdLogFraud: number;
  /** Median distance from home in km, legitimate / fraud; 5 / 80 (assumption). */
  distanceMedianLegitKm: number;
  distanceMedianFraudKm: number;
  /** P(card present), legitimate / fraud; 0.6 / 0.1 (assumption). */
  cardPresentLegit: number;
  cardPresentFraud: number;
  /** Mean transactions on the card in the previous 24 h, legitimate / fraud; 2 / 6 (assumption). */
  velocityLegit: number;
  velocityFraud: number;
}

const PAYMENT_TYPES = ["card", "wallet", "bank_transfer", "bnpl"] as const;
const PAYMENT_LEGIT = [0.6, 0.25, 0.1, 0.05];
const PAYMENT_FRAUD = [0.5, 0.3, 0.05, 0.15];
const MERCHANTS = ["grocery", "electronics", "travel", "fashion", "digital_goods", "other"] as const;
const MERCHANT_LEGIT = [0.35, 0.1, 0.08, 0.15, 0.1, 0.22];
const MERCHANT_FRAUD = [0.05, 0.35, 0.15, 0.1, 0.3, 0.05];
const FIRST_COUNTRIES = ["US", "CA", "UK", "DE", "FR"];

/**
 * Country codes of {@link fraudTransactions}: the book's US, CA, UK, DE, FR (seed 004
 * L6049–L6080), then the two-letter codes AA, AB, … (skipping those five), `count` in all.
 *
 * @param count - number of codes, 1 … 676
 * @example
 * ```ts
 * countryCodes(7); // [ "US", "CA", "UK", "DE", "FR", "AA", "AB" ]
 * ```
 */
export function countryCodes(count: number): string[] {
  const out = [...FIRST_COUNTRIES.slice(0, count)];
  for (let i = 0; out.length < count; i++) {
    const code = String.fromCharCode(65 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26));
    if (!FIRST_COUNTRIES.includes(code)) out.push(code);
  }
  return out;
}

const DEFAULTS: FraudTransactionsParams = Object.freeze({
  fraudRate: 0.01,
  windowSeconds: 604800,
  startTime: DEFAULT_START_TIME,
  peakToAverage: 2,
  peakHour: 13,
  countries: 200,
  countryZipfLegit: 1.2,
  countryZipfFraud: 0.6,
  amountMedianLegitUsd: 40,
  amountMedianFraudUsd: 150,
  amountSdLogLegit: 1,
  amountSdLogFraud: 1.3,
  distanceMedianLegitKm: 5,
  distanceMedianFraudKm: 80,
  cardPresentLegit: 0.6,
  cardPresentFraud: 0.1,
  velocityLegit: 2,
  velocityFraud: 6,
});

const columnsFor = (p: FraudTransactionsParams): readonly ColumnSpec[] => Object.freeze([
  { name: "transaction_id", type: "int32", description: "Row index.", wordsPerRow: 0 },
  { name: "ts", type: "timestamp", unit: "ms", description: "Time, stratified over the window with a diurnal rate.", wordsPerRow: 2 },
  { name: "amount_usd", type: "float64", unit: "USD", description: "Amount, lognormal by class.", wordsPerRow: 2 },
  { name: "country_code", type: "dictionary", categories: countryCodes(p.countries), description: "Country, Zipf popularity by class.", wordsPerRow: 2 },
  { name: "payment_type", type: "dictionary", categories: PAYMENT_TYPES, description: "Payment method, mix by class.", wordsPerRow: 2 },
  { name: "merchant_category", type: "dictionary", categories: MERCHANTS, description: "Merchant category, mix by class.", wordsPerRow: 2 },
  { name: "card_present", type: "bool", description: "Card physically present, by class.", wordsPerRow: 2 },
  { name: "distance_from_home_km", type: "float64", unit: "km", description: "Distance from the card holder's home, lognormal (sd of ln 1.2) by class.", wordsPerRow: 2 },
  { name: "txn_count_24h", type: "int32", description: "Transactions on the card in the previous 24 h, Poisson by class.", wordsPerRow: 2 },
  { name: "is_fraud", type: "bool", description: "Label, Bernoulli(fraudRate).", wordsPerRow: 1 },
] as ColumnSpec[]);

const COLUMNS = columnsFor(DEFAULTS);

/**
 * Fraud transactions, label first: is_fraud ~ Bernoulli(fraudRate) (1 word per row),
 * then every feature from its class-conditional law (P(x | y) fixed, so the generator
 * itself has no drift). Each feature column reads its own stream at a fixed budget
 * whatever the class, so rows are partition-safe.
 *
 * @example
 * ```ts
 * const f = generateColumns(fraudTransactions, { rows: 100_000, seed: 2 });
 * // share of is_fraud: 0.0102 (1:99)
 * ```
 */
export const fraudTransactions: Scenario<FraudTransactionsParams> = Object.freeze({
  name: "fraud_transactions",
  title: "Fraud transactions (1:99 class imbalance)",
  source: "seed 004 L10133 (99:1 imbalance), L6049–L6080 (country codes), L6160 (payment types); catalogs book-ch01-06 §5.5 item 5, book-ch13-15 §14.C item 5",
  defaults: DEFAULTS,
  columns: COLUMNS,
  streams: Object.freeze(COLUMNS.filter((c) => c.wordsPerRow > 0).map((c) => ({ name: `fraud_transactions/${c.name}`, words: c.wordsPerRow, per: "row" }))),
  columnsFor,
  resolve: (params?: Partial<FraudTransactionsParams>) =>
    resolveParams("fraud_transactions", DEFAULTS, params, (p, v) => {
      v.probability("fraudRate", p.fraudRate);
      v.positive("windowSeconds", p.windowSeconds);
      parseStartTime(v, "startTime", p.startTime);
      v.atLeast("peakToAverage", p.peakToAverage, 1);
      if (p.peakToAverage > 50) v.fail("peakToAverage", p.peakToAverage, "a finite number in [1, 50]");
      v.finite("peakHour", p.peakHour);
      v.integer("countries", p.countries, 1);
      if (p.countries > 676) v.fail("countries", p.countries, "an integer in [1, 676]");
      for (const k of ["countryZipfLegit", "countryZipfFraud"] as const) v.nonNegative(k, p[k]);
      for (const k of ["amountMedianLegitUsd", "amountMedianFraudUsd", "amountSdLogLegit", "amountSdLogFraud", "distanceMedianLegitKm", "distanceMedianFraudKm"] as const) v.positive(k, p[k]);
      for (const k of ["cardPresentLegit", "cardPresentFraud"] as const) v.probability(k, p[k]);
      for (const k of ["velocityLegit", "velocityFraud"] as const) {
        v.nonNegative(k, p[k]);
        if (p[k] > 100) v.fail(k, p[k], "a finite number in [0, 100]");
      }
    }),
  generate(seed: number, p: FraudTransactionsParams, rowStart: number, rowCount: number, totalRows: number): Columns {
    const startMs = Date.parse(p.startTime);
    const src = (c: string, w = 2) => columnSource(seed, `fraud_transactions/${c}`, rowStart, w);
    const fraud = bernoulli(src("is_fraud", 1), largeTypedArray(Uint8Array, rowCount), { p: p.fraudRate });
    const times = stratifiedTimes(seed, "fraud_transactions/ts", diurnalWindow(startMs, p.windowSeconds, p.peakToAverage, p.peakHour), rowStart, rowCount, totalRows);
    const id = largeTypedArray(Int32Array, rowCount);
    for (let k = 0; k < rowCount; k++) {
      id[k] = rowStart + k;
      times[k] = Math.round(startMs + times[k] * 1000);
    }
    const amount = normal(src("amount_usd"), largeTypedArray(Float64Array, rowCount));
    const distance = normal(src("distance_from_home_km"), largeTypedArray(Float64Array, rowCount));
    const uCountry = uniform(src("country_code"), largeTypedArray(Float64Array, rowCount));
    const uPay = uniform(src("payment_type"), largeTypedArray(Float64Array, rowCount));
    const uMerchant = uniform(src("merchant_category"), largeTypedArray(Float64Array, rowCount));
    const uCard = uniform(src("card_present"), largeTypedArray(Float64Array, rowCount));
    const uVelocity = uniform(src("txn_count_24h"), largeTypedArray(Float64Array, rowCount));
    const cum = (probs: ArrayLike<number>) => cumulative(Array.from(probs));
    const countryCum = [cum(zipfProbabilities(p.countries, p.countryZipfLegit)), cum(zipfProbabilities(p.countries, p.countryZipfFraud))];
    const payCum = [cum(PAYMENT_LEGIT), cum(PAYMENT_FRAUD)];
    const merchantCum = [cum(MERCHANT_LEGIT), cum(MERCHANT_FRAUD)];
    const amountLaw = [[Math.log(p.amountMedianLegitUsd), p.amountSdLogLegit], [Math.log(p.amountMedianFraudUsd), p.amountSdLogFraud]];
    const distLaw = [Math.log(p.distanceMedianLegitKm), Math.log(p.distanceMedianFraudKm)];
    const cardP = [p.cardPresentLegit, p.cardPresentFraud];
    const velocity = [p.velocityLegit, p.velocityFraud];
    const country = largeTypedArray(Int32Array, rowCount);
    const pay = largeTypedArray(Int32Array, rowCount);
    const merchant = largeTypedArray(Int32Array, rowCount);
    const card = largeTypedArray(Uint8Array, rowCount);
    const count = largeTypedArray(Int32Array, rowCount);
    for (let k = 0; k < rowCount; k++) {
      const y = fraud[k];
      amount[k] = Math.exp(amountLaw[y][0] + amountLaw[y][1] * amount[k]);
      distance[k] = Math.exp(distLaw[y] + 1.2 * distance[k]);
      country[k] = pick(countryCum[y], uCountry[k]);
      pay[k] = pick(payCum[y], uPay[k]);
      merchant[k] = pick(merchantCum[y], uMerchant[k]);
      card[k] = uCard[k] < cardP[y] ? 1 : 0;
      count[k] = poissonInverse(uVelocity[k], velocity[y]);
    }
    return {
      transaction_id: { type: "int32", values: id },
      ts: { type: "timestamp", values: times },
      amount_usd: { type: "float64", values: amount },
      country_code: { type: "dictionary", values: country, dictionary: countryCodes(p.countries) },
      payment_type: { type: "dictionary", values: pay, dictionary: PAYMENT_TYPES },
      merchant_category: { type: "dictionary", values: merchant, dictionary: MERCHANTS },
      card_present: { type: "bool", values: card },
      distance_from_home_km: { type: "float64", values: distance },
      txn_count_24h: { type: "int32", values: count },
      is_fraud: { type: "bool", values: fraud },
    };
  },
});
