/**
 * Cloud versus edge deployment economics (book Chapter 3, the DR deployment problem):
 * cloud inference is paid per item every year; edge inference buys hardware up front
 * and then pays maintenance and electricity. The payback period is when the edge
 * option's cumulative cost drops below the cloud's.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link cloudVsEdgeCost}. */
export interface CloudVsEdgeInput {
  /** Sites (clinics, stores) served, ≥ 0. Book: 500 clinics. */
  readonly sites: number;
  /** Items processed per site per day, ≥ 0. Book: 50 patients. */
  readonly itemsPerSitePerDay: number;
  /** Operating days per year, in [0, 366]. Default 365. */
  readonly daysPerYear?: number;
  /** Cloud price per item processed. Number in USD, or a money quantity. ≥ 0. Book: $0.01 per image. */
  readonly cloudPricePerItem: Amount<"money">;
  /** Cloud network (upload) cost per year. Number in USD/yr, or a money-rate quantity. ≥ 0. Book: ~$45,000/yr. */
  readonly cloudNetworkPerYear?: Amount<"moneyRate">;
  /** Price of one edge device. Number in USD, or a money quantity. ≥ 0. Book: $500 (Jetson). */
  readonly edgeDevicePrice: Amount<"money">;
  /** Edge devices per site, ≥ 0. Default 1. */
  readonly devicesPerSite?: number;
  /** Edge maintenance per year, for the whole fleet. Number in USD/yr, or a money-rate quantity. ≥ 0. Book: ~$25,000/yr. */
  readonly edgeMaintenancePerYear: Amount<"moneyRate">;
  /** Edge running cost per item (electricity). Number in USD, or a money quantity. ≥ 0. Default 0 (the book calls it negligible; it gives $0.001 per image). */
  readonly edgePricePerItem?: Amount<"money">;
  /** Years after launch at which to report cumulative costs, ≥ 0. Default 0 (day one: the edge hardware only). */
  readonly years?: number;
}

/** Annual costs of one option. */
export interface DeploymentAnnualCost {
  /** Per-item cost × items per year. */
  readonly processing: Quantity<"moneyRate">;
  /** Network (cloud) or maintenance (edge) per year. */
  readonly fixed: Quantity<"moneyRate">;
  /** processing + fixed. */
  readonly annual: Quantity<"moneyRate">;
  /** Paid once at launch (edge hardware; zero for cloud). */
  readonly upfront: Quantity<"money">;
  /** upfront + annual × years. */
  readonly cumulative: Quantity<"money">;
}

/** Result of {@link cloudVsEdgeCost}. */
export interface CloudVsEdgeResult {
  /** sites · itemsPerSitePerDay · daysPerYear. */
  readonly itemsPerYear: number;
  readonly cloud: DeploymentAnnualCost;
  readonly edge: DeploymentAnnualCost;
  /** cloud.annual − edge.annual (positive: edge is cheaper to run). */
  readonly annualSaving: Quantity<"moneyRate">;
  /** edge.upfront / annualSaving in years, 0 when nothing is paid up front, `null` when the edge never pays back. */
  readonly paybackYears: number | null;
  /** The option with the lower cumulative cost at `years`, or `"equal"`. */
  readonly cheaperAtYears: "cloud" | "edge" | "equal";
}

/**
 * Annual and cumulative cost of serving the same workload from the cloud or from edge
 * devices, and the payback period of the edge hardware.
 *
 * Formulas (seed 004 L4887–L4921): items/yr = sites · items/day · days; cloud annual =
 * items/yr · cloudPrice + network; edge upfront = sites · devices · devicePrice; edge
 * annual = maintenance + items/yr · edgePrice; payback = upfront / (cloud annual − edge
 * annual). Book: $91,250 + $45,000 = $136,250/yr against $250,000 + $25,000/yr,
 * "pays back in ~2 years" (250,000 / 111,250 = 2.25 years; 2.45 with the $0.001/image
 * electricity the book calls negligible, $9,125/yr).
 *
 * @throws InvalidParameterError for negative counts or prices, more than 366 days a
 *   year, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = cloudVsEdgeCost({ sites: 500, itemsPerSitePerDay: 50, cloudPricePerItem: 0.01, cloudNetworkPerYear: 45_000,
 *   edgeDevicePrice: 500, edgeMaintenancePerYear: 25_000 });
 * r.cloud.annual.to("USD/yr")  // 136250
 * r.edge.upfront.format()      // "$250,000"
 * r.paybackYears               // 2.247191011235955
 * ```
 */
export function cloudVsEdgeCost(input: CloudVsEdgeInput): CloudVsEdgeResult {
  const fn = "cloudVsEdgeCost";
  const check = validatorFor(fn);
  const i = check.options("input", input, [
    "sites", "itemsPerSitePerDay", "daysPerYear", "cloudPricePerItem", "cloudNetworkPerYear",
    "edgeDevicePrice", "devicesPerSite", "edgeMaintenancePerYear", "edgePricePerItem", "years",
  ]);
  const sites = check.nonNegative("sites", i.sites);
  const perDay = check.nonNegative("itemsPerSitePerDay", i.itemsPerSitePerDay);
  const days = check.nonNegative("daysPerYear", i.daysPerYear ?? 365);
  if (days > 366) check.fail("daysPerYear", days, "a number of days in [0, 366]");
  const usd = (name: string, value: Amount<"money"> | undefined) => readAmount(fn, name, value ?? 0, "USD", "nonNegative").to("USD");
  const usdPerYear = (name: string, value: Amount<"moneyRate"> | undefined) => readAmount(fn, name, value ?? 0, "USD/yr", "nonNegative").to("USD/yr");
  const cloudPrice = usd("cloudPricePerItem", i.cloudPricePerItem);
  const network = usdPerYear("cloudNetworkPerYear", i.cloudNetworkPerYear);
  const devicePrice = usd("edgeDevicePrice", i.edgeDevicePrice);
  const devices = check.nonNegative("devicesPerSite", i.devicesPerSite ?? 1);
  const maintenance = usdPerYear("edgeMaintenancePerYear", i.edgeMaintenancePerYear);
  const edgePrice = usd("edgePricePerItem", i.edgePricePerItem);
  const years = check.nonNegative("years", i.years ?? 0);

  const itemsPerYear = sites * perDay * days;
  const option = (processingUsd: number, fixedUsd: number, upfrontUsd: number): DeploymentAnnualCost => Object.freeze({
    processing: q(processingUsd, "USD/yr"),
    fixed: q(fixedUsd, "USD/yr"),
    annual: q(processingUsd + fixedUsd, "USD/yr"),
    upfront: q(upfrontUsd, "USD"),
    cumulative: q(upfrontUsd + (processingUsd + fixedUsd) * years, "USD"),
  });
  const cloud = option(itemsPerYear * cloudPrice, network, 0);
  const edge = option(itemsPerYear * edgePrice, maintenance, sites * devices * devicePrice);
  const savingUsd = cloud.annual.to("USD/yr") - edge.annual.to("USD/yr");
  const upfront = edge.upfront.to("USD");
  const paybackYears = upfront === 0 ? 0 : savingUsd > 0 ? upfront / savingUsd : null;
  const gap = cloud.cumulative.to("USD") - edge.cumulative.to("USD");
  return Object.freeze({
    itemsPerYear,
    cloud,
    edge,
    annualSaving: q(savingUsd, "USD/yr"),
    paybackYears,
    cheaperAtYears: gap > 0 ? "edge" : gap < 0 ? "cloud" : "equal",
  });
}
