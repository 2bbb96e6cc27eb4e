/**
 * ETL versus ELT: where to run feature transformations (book Ch. 4, Listing 4.2 and
 * the worked problem at seed 004 L6268–L6330). ETL transforms before loading and
 * stores only the results; ELT stores the raw data and transforms with warehouse
 * queries. The trade is storage and compute against engineering time per schema change.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Inputs of {@link etlVsEltCost}. */
export interface EtlVsEltInput {
  /** Raw data landing per day. Number in TB/day, or a data-rate quantity. ≥ 0. Book: 10 (L6272). */
  readonly dailyRawTb: Amount<"dataRate">;
  /** Object-storage price. Number in USD/TB/month, or a storage-price quantity (`q(23, "USD/TB/month")`). ≥ 0. Book: 23 (L6273). */
  readonly storagePricePerTbMonth: Amount<"storagePrice"> | Quantity<string>;
  /** ETL transform (Spark) price per TB processed. Number in USD/TB, or a price-per-byte quantity. ≥ 0. Book: 5 (L6274). */
  readonly sparkPricePerTb: Amount<"pricePerData">;
  /** Models fed by the pipeline, an integer ≥ 1. Book: 3 (L6275). */
  readonly models: number;
  /** How long ELT keeps raw data. Number in days, or a time quantity. ≥ 0. Book: 30 (L6276). */
  readonly retentionDays: Amount<"time">;
  /** Price of one ELT warehouse query. Number in USD, or a money quantity. ≥ 0. Book: 5 (L6277). */
  readonly queryPricePerQuery: Amount<"money">;
  /** ELT queries per model per day, ≥ 0. Default 1, as in the book's `n_models × $5 × 30 days` (L6321). */
  readonly queriesPerModelPerDay?: number;
  /** Transformed datasets ETL stores, an integer ≥ 0. Book: 3 (L6281). */
  readonly etlDatasets: number;
  /** Size of each ETL dataset. Number in TB, or a data quantity. ≥ 0. Book: 2 (L6282). */
  readonly etlTbPerDataset: Amount<"data">;
  /** Engineering time per schema change under ETL (re-run the pipeline). Number in h, or a time quantity. ≥ 0. Book: ~4 h (L6312). */
  readonly etlSchemaChangeHours: Amount<"time">;
  /** Engineering time per schema change under ELT (rewrite SQL). Number in h, or a time quantity. ≥ 0. Book: ~0.5 h (L6323). */
  readonly eltSchemaChangeHours: Amount<"time">;
  /** Loaded cost of one engineer-hour. Number in USD/h, or a money-rate quantity. ≥ 0. The book states none. */
  readonly engineerHourlyRate: Amount<"moneyRate">;
  /** Schema changes per month, ≥ 0. Number per month, or a frequency quantity (weekly: `q(1, "1/week")`, i.e. 30/7 a month). */
  readonly schemaChangesPerMonth: Amount<"frequency">;
  /** Days in a billing month, used to turn daily costs (Spark, queries) into monthly ones. > 0. Default 30. */
  readonly daysPerMonth?: number;
}

/** The book's Listing 4.2 inputs (seed 004 L6272–L6282, L6312, L6323). It states no engineer rate or change frequency. */
export const etlVsEltBookInputs = Object.freeze({
  dailyRawTb: 10,
  storagePricePerTbMonth: 23,
  sparkPricePerTb: 5,
  models: 3,
  retentionDays: 30,
  queryPricePerQuery: 5,
  etlDatasets: 3,
  etlTbPerDataset: 2,
  etlSchemaChangeHours: 4,
  eltSchemaChangeHours: 0.5,
} as const);

/** Which pipeline is cheaper. */
export type Pipeline = "etl" | "elt";

/** One pipeline's monthly bill. All money rates are per billing month (see `daysPerMonth`). */
export interface PipelineMonthlyCost {
  /** Data kept in storage at steady state. */
  readonly storedData: Quantity<"data">;
  /** Storage bill. */
  readonly storage: Quantity<"moneyRate">;
  /** Transform compute before loading (ETL's Spark; zero for ELT). */
  readonly transformCompute: Quantity<"moneyRate">;
  /** Warehouse queries that transform after loading (ELT; zero for ETL). */
  readonly queries: Quantity<"moneyRate">;
  /** Engineering time for schema changes at the given rate and frequency. */
  readonly engineering: Quantity<"moneyRate">;
  /** storage + transformCompute + queries. */
  readonly totalBeforeEngineering: Quantity<"moneyRate">;
  /** totalBeforeEngineering + engineering. */
  readonly total: Quantity<"moneyRate">;
  /** Engineering time per schema change. */
  readonly schemaChangeTime: Quantity<"time">;
}

/** Where the two pipelines cost the same, as a function of schema changes per month. */
export interface EtlVsEltBreakEven {
  /** Schema changes per month at which the totals are equal, or `null` when they never cross at ≥ 0 changes. */
  readonly schemaChangesPerMonth: number | null;
  /**
   * When ELT is cheaper: `"aboveBreakEven"` (more changes than the break-even), `"belowBreakEven"`,
   * `"always"` (at any frequency) or `"never"` (including when the two always cost the same).
   */
  readonly eltWins: "aboveBreakEven" | "belowBreakEven" | "always" | "never";
  /** ELT − ETL monthly cost before engineering (positive: ETL is cheaper to run). */
  readonly monthlyGapBeforeEngineering: Quantity<"moneyRate">;
  /** ETL − ELT engineering cost of one schema change (positive: each change favours ELT). */
  readonly engineeringSavingPerChange: Quantity<"money">;
}

/** Result of {@link etlVsEltCost}. */
export interface EtlVsEltResult {
  /** Transform before loading: Spark compute, small transformed datasets. */
  readonly etl: PipelineMonthlyCost;
  /** Load raw data, transform with warehouse queries. */
  readonly elt: PipelineMonthlyCost;
  /** ETL's daily Spark bill (book: $50/day, L6308). */
  readonly etlTransformComputePerDay: Quantity<"moneyRate">;
  /** ELT storage − ETL storage, the book's "ETL saves $6,762/month in storage" (L6330). */
  readonly storageSaving: Quantity<"moneyRate">;
  /** ELT total − ETL total (positive: ETL is cheaper overall). */
  readonly totalDifference: Quantity<"moneyRate">;
  /** The cheaper pipeline at the given change frequency, or `"equal"`. */
  readonly cheaper: Pipeline | "equal";
  /** ETL ÷ ELT engineering time per schema change (book: 8×, L6330); `null` when ELT's is zero. */
  readonly engineeringTimeRatio: number | null;
  /** Shortcut for `breakEven.schemaChangesPerMonth`. */
  readonly breakEvenSchemaChangesPerMonth: number | null;
  /** The break-even in full, as {@link etlVsEltBreakEven} returns it. */
  readonly breakEven: EtlVsEltBreakEven;
}

interface ReadInputs {
  dailyRaw: Quantity<"dataRate">;
  storagePrice: Quantity<string>;
  sparkPrice: Quantity<"pricePerData">;
  models: number;
  retention: Quantity<"time">;
  queryPrice: Quantity<"money">;
  queriesPerModelPerDay: number;
  etlDatasets: number;
  etlTbPerDataset: Quantity<"data">;
  etlChange: Quantity<"time">;
  eltChange: Quantity<"time">;
  engineerRate: Quantity<"moneyRate">;
  daysPerMonth: number;
}

function readCostInputs(fn: string, input: Omit<EtlVsEltInput, "schemaChangesPerMonth">): ReadInputs {
  const check = validatorFor(fn);
  return {
    dailyRaw: readAmount(fn, "dailyRawTb", input.dailyRawTb, "TB/day", "nonNegative"),
    storagePrice: readAmount(fn, "storagePricePerTbMonth", input.storagePricePerTbMonth, "USD/TB/month", "nonNegative"),
    sparkPrice: readAmount(fn, "sparkPricePerTb", input.sparkPricePerTb, "USD/TB", "nonNegative"),
    models: check.integer("models", input.models, 1),
    retention: readAmount(fn, "retentionDays", input.retentionDays, "day", "nonNegative"),
    queryPrice: readAmount(fn, "queryPricePerQuery", input.queryPricePerQuery, "USD", "nonNegative"),
    queriesPerModelPerDay: check.nonNegative("queriesPerModelPerDay", input.queriesPerModelPerDay ?? 1),
    etlDatasets: check.integer("etlDatasets", input.etlDatasets, 0),
    etlTbPerDataset: readAmount(fn, "etlTbPerDataset", input.etlTbPerDataset, "TB", "nonNegative"),
    etlChange: readAmount(fn, "etlSchemaChangeHours", input.etlSchemaChangeHours, "h", "nonNegative"),
    eltChange: readAmount(fn, "eltSchemaChangeHours", input.eltSchemaChangeHours, "h", "nonNegative"),
    engineerRate: readAmount(fn, "engineerHourlyRate", input.engineerHourlyRate, "USD/h", "nonNegative"),
    daysPerMonth: check.positive("daysPerMonth", input.daysPerMonth ?? 30),
  };
}

/** Monthly figures before engineering, in USD per billing month. */
function runningCosts(r: ReadInputs) {
  const perMonth = (usd: number): Quantity<"moneyRate"> => q(usd, "USD/month");
  const etlStored = r.etlTbPerDataset.times(r.etlDatasets);
  const eltStored = r.dailyRaw.times(r.retention);
  const storageUsd = (data: Quantity<"data">): number => data.to("TB") * r.storagePrice.to("USD/TB/month");
  const sparkPerDayUsd = r.dailyRaw.to("TB/day") * r.sparkPrice.to("USD/TB");
  const queriesPerDayUsd = r.models * r.queriesPerModelPerDay * r.queryPrice.to("USD");
  return {
    etlStored,
    eltStored,
    etlStorage: perMonth(storageUsd(etlStored)),
    eltStorage: perMonth(storageUsd(eltStored)),
    sparkPerDay: q(sparkPerDayUsd, "USD/day"),
    etlTransform: perMonth(sparkPerDayUsd * r.daysPerMonth),
    eltQueries: perMonth(queriesPerDayUsd * r.daysPerMonth),
    zero: perMonth(0),
  };
}

function breakEvenOf(r: ReadInputs, costs: ReturnType<typeof runningCosts>): EtlVsEltBreakEven {
  const etlBase = costs.etlStorage.plus(costs.etlTransform);
  const eltBase = costs.eltStorage.plus(costs.eltQueries);
  const gap = eltBase.minus(etlBase);
  const gapUsd = gap.to("USD/month");
  const savingUsd = (r.etlChange.to("h") - r.eltChange.to("h")) * r.engineerRate.to("USD/h");
  const engineeringSavingPerChange = q(savingUsd, "USD");
  let schemaChangesPerMonth: number | null = null;
  let eltWins: EtlVsEltBreakEven["eltWins"];
  if (savingUsd > 0) {
    // ELT − ETL total = gap − n·saving: ELT is cheaper once n > gap / saving.
    schemaChangesPerMonth = gapUsd >= 0 ? gapUsd / savingUsd : null;
    eltWins = gapUsd >= 0 ? "aboveBreakEven" : "always";
  } else if (savingUsd < 0) {
    schemaChangesPerMonth = gapUsd <= 0 ? gapUsd / savingUsd : null;
    eltWins = gapUsd <= 0 ? "belowBreakEven" : "never";
  } else {
    eltWins = gapUsd < 0 ? "always" : "never";
  }
  return Object.freeze({ schemaChangesPerMonth, eltWins, monthlyGapBeforeEngineering: gap, engineeringSavingPerChange });
}

/**
 * Monthly cost of ETL and ELT for the same feature pipeline, and the schema-change
 * frequency at which they cost the same.
 *
 * Formulas (Listing 4.2, seed 004 L6268–L6292; worked problem L6301–L6330), with the
 * parameter names of {@link EtlVsEltInput}, per billing month of `daysPerMonth` days:
 * - ETL: storage = `etlDatasets · etlTbPerDataset · storagePricePerTbMonth`;
 *   transform = `dailyRawTb · sparkPricePerTb · daysPerMonth`; queries = 0;
 * - ELT: storage = `dailyRawTb · retentionDays · storagePricePerTbMonth` (steady state);
 *   transform = 0; queries = `models · queriesPerModelPerDay · queryPricePerQuery · daysPerMonth`;
 * - engineering (each) = `schemaChangesPerMonth · schemaChangeHours · engineerHourlyRate`;
 * - break-even n* solves `ETL(n*) = ELT(n*)`:
 *   `n* = (ELT_base − ETL_base) / ((etlSchemaChangeHours − eltSchemaChangeHours) · engineerHourlyRate)`.
 *
 * The listing multiplies query cost by `retention_days`; this calculator uses
 * `daysPerMonth` because queries run daily whatever the retention (both are 30 in the
 * book). The book compares storage only ("ETL saves $6,762/month in storage", L6330)
 * and says ETL wins below one schema change a month. With Spark ($1,500/month) and
 * queries ($450/month) counted, ETL costs $1,638 and ELT $7,350 before engineering;
 * at $150/h ELT only wins above ≈ 10.9 changes a month. The book's once-a-month
 * break-even needs an engineer-hour of about $1,632 (see {@link etlVsEltBreakEvenHourlyRate}).
 *
 * Monthly money rates are created in `USD/month` (the library's 30-day month); with
 * another `daysPerMonth`, read "/month" as "per billing month".
 *
 * @throws InvalidParameterError when an amount is NaN, infinite or negative, `models`
 *   is not an integer ≥ 1, `etlDatasets` is not an integer ≥ 0, or `daysPerMonth` is not > 0.
 * @throws DimensionError when a quantity of the wrong dimension is passed.
 * @example
 * ```ts
 * const r = etlVsEltCost({ ...etlVsEltBookInputs, engineerHourlyRate: 150, schemaChangesPerMonth: 1 });
 * r.etlTransformComputePerDay.format()          // "$50/day"
 * r.etl.storage.format()                        // "$138/month"
 * r.elt.storage.format()                        // "$6,900/month"
 * r.storageSaving.format()                      // "$6,762/month"
 * r.etl.totalBeforeEngineering.format()         // "$1,638/month"
 * r.elt.totalBeforeEngineering.format()         // "$7,350/month"
 * r.engineeringTimeRatio                        // 8
 * r.breakEvenSchemaChangesPerMonth              // 10.879999999999999 (5,712 / (3.5 h × $150/h))
 * r.cheaper                                     // "etl"
 * ```
 */
export function etlVsEltCost(input: EtlVsEltInput): EtlVsEltResult {
  const fn = "etlVsEltCost";
  const r = readCostInputs(fn, input);
  const changes = readAmount(fn, "schemaChangesPerMonth", input.schemaChangesPerMonth, "1/month", "nonNegative");
  const costs = runningCosts(r);
  const changesPerMonth = changes.to("1/month");
  const engineering = (change: Quantity<"time">): Quantity<"moneyRate"> =>
    q(changesPerMonth * change.to("h") * r.engineerRate.to("USD/h"), "USD/month");

  const pipeline = (
    storedData: Quantity<"data">,
    storage: Quantity<"moneyRate">,
    transformCompute: Quantity<"moneyRate">,
    queries: Quantity<"moneyRate">,
    schemaChangeTime: Quantity<"time">,
  ): PipelineMonthlyCost => {
    const totalBeforeEngineering = storage.plus(transformCompute).plus(queries);
    const engineeringCost = engineering(schemaChangeTime);
    return Object.freeze({
      storedData,
      storage,
      transformCompute,
      queries,
      engineering: engineeringCost,
      totalBeforeEngineering,
      total: totalBeforeEngineering.plus(engineeringCost),
      schemaChangeTime,
    });
  };
  const etl = pipeline(costs.etlStored, costs.etlStorage, costs.etlTransform, costs.zero, r.etlChange);
  const elt = pipeline(costs.eltStored, costs.eltStorage, costs.zero, costs.eltQueries, r.eltChange);
  const totalDifference = elt.total.minus(etl.total);
  const breakEven = breakEvenOf(r, costs);
  return Object.freeze({
    etl,
    elt,
    etlTransformComputePerDay: costs.sparkPerDay,
    storageSaving: elt.storage.minus(etl.storage),
    totalDifference,
    cheaper: totalDifference.baseValue > 0 ? "etl" : totalDifference.baseValue < 0 ? "elt" : "equal",
    engineeringTimeRatio: r.eltChange.baseValue === 0 ? null : r.etlChange.ratio(r.eltChange),
    breakEvenSchemaChangesPerMonth: breakEven.schemaChangesPerMonth,
    breakEven,
  });
}

/**
 * The ETL/ELT break-even as a function of the engineer's hourly rate (and the other
 * cost inputs): the schema-change frequency at which both pipelines cost the same.
 *
 * Formula: `n* = (ELT_base − ETL_base) / ((h_ETL − h_ELT) · rate)` changes per month,
 * where the bases are the monthly costs before engineering of {@link etlVsEltCost},
 * h = `etlSchemaChangeHours` / `eltSchemaChangeHours` (h) and rate =
 * `engineerHourlyRate` (USD/h). Source: seed 004 L6301–L6330.
 *
 * @throws InvalidParameterError / DimensionError as {@link etlVsEltCost}.
 * @example
 * ```ts
 * etlVsEltBreakEven({ ...etlVsEltBookInputs, engineerHourlyRate: 150 }).schemaChangesPerMonth // 10.879999999999999
 * etlVsEltBreakEven({ ...etlVsEltBookInputs, engineerHourlyRate: 0 }).eltWins               // "never"
 * ```
 */
export function etlVsEltBreakEven(input: Omit<EtlVsEltInput, "schemaChangesPerMonth">): EtlVsEltBreakEven {
  const r = readCostInputs("etlVsEltBreakEven", input);
  return breakEvenOf(r, runningCosts(r));
}

/**
 * The engineer-hour cost at which ETL and ELT cost the same for a given schema-change
 * frequency: `rate* = (ELT_base − ETL_base) / (n · (h_ETL − h_ELT))`, in USD/h.
 * Use it to test a break-even claim: the book's "fewer than once per month, ETL wins"
 * (seed 004 L6330) holds only at about $1,632 per engineer-hour.
 *
 * @returns the rate, or `null` when no rate ≥ 0 makes the totals equal (no changes,
 *   equal change times, or a gap of the wrong sign).
 * @throws InvalidParameterError / DimensionError as {@link etlVsEltCost}.
 * @example
 * ```ts
 * etlVsEltBreakEvenHourlyRate({ ...etlVsEltBookInputs, schemaChangesPerMonth: 1 })?.to("USD/h")             // 1631.9999999999998
 * etlVsEltBreakEvenHourlyRate({ ...etlVsEltBookInputs, schemaChangesPerMonth: q(1, "1/week") })?.to("USD/h") // 380.79999999999984
 * ```
 */
export function etlVsEltBreakEvenHourlyRate(
  input: Omit<EtlVsEltInput, "engineerHourlyRate">,
): Quantity<"moneyRate"> | null {
  const fn = "etlVsEltBreakEvenHourlyRate";
  const r = readCostInputs(fn, { ...input, engineerHourlyRate: 0 });
  const changes = readAmount(fn, "schemaChangesPerMonth", input.schemaChangesPerMonth, "1/month", "nonNegative").to("1/month");
  const costs = runningCosts(r);
  const gapUsd = costs.eltStorage.plus(costs.eltQueries).minus(costs.etlStorage.plus(costs.etlTransform)).to("USD/month");
  const hoursSavedPerMonth = changes * (r.etlChange.to("h") - r.eltChange.to("h"));
  if (hoursSavedPerMonth === 0) return null;
  const rate = gapUsd / hoursSavedPerMonth;
  return rate >= 0 ? q(rate, "USD/h") : null;
}
