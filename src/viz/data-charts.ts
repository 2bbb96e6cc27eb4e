/**
 * Charts for the data-engineering chapter (book Ch. 4): transfer time against dataset
 * size and link (data gravity), training throughput against storage bandwidth (the
 * feeding tax), storage tiers by cost and load time, and compounding data debt.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Amount } from "../calc/common/quantity-input";
import { readAmount } from "../calc/common/quantity-input";
import { dataDebtGrowth } from "../calc/data/data-debt";
import { dataGravityTransfer } from "../calc/data/data-gravity";
import { feedingTax } from "../calc/data/feeding-tax";
import { storageTierCost } from "../calc/data/storage-tier-cost";
import { formatNumber } from "../units/format";
import { q, type Quantity } from "../units/quantity";
import { validatorFor } from "../util/validate";
import { listOption, logSteps, rangeOption } from "./chart-steps";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { pointLayer } from "./point-layer";
import { ruleLayer } from "./rule-layer";

/** Options of {@link dataGravityChart}. */
export interface DataGravityChartInput {
  /** Dataset sizes to span, `[min, max]` in GB, both > 0. Default [1, 1e7] (1 GB to 10 PB). */
  readonly volumeRangeGb?: readonly [number, number];
  /** Link rates, one line each. Numbers in Gbps or data-rate quantities. Default 1, 10, 100, 400 Gbps. */
  readonly linkRates?: readonly Amount<"dataRate">[];
  /** A dataset to mark on every line, e.g. `q(1, "PB")`. Optional. */
  readonly mark?: Amount<"data">;
  readonly title?: string;
}

/**
 * Transfer time against dataset size for several links, log–log, with reference rules at
 * one hour and one day.
 *
 * Data: {@link dataGravityTransfer} at 41 sizes per link. Source: seed 004 L5229, L5301–L5316.
 *
 * @throws InvalidParameterError for a bad range, an empty or long link list, a link rate ≤ 0.
 * @example
 * ```ts
 * JSON.stringify(dataGravityChart({ mark: q(1, "PB") })).includes("1 PB at 100 Gbps: 22.2 h") // true
 * ```
 */
export function dataGravityChart(input: DataGravityChartInput = {}): TopLevelSpec {
  const fn = "dataGravityChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["volumeRangeGb", "linkRates", "mark", "title"], true);
  const [low, high] = rangeOption(fn, "volumeRangeGb", i.volumeRangeGb, [1, 1e7], true);
  const links = listOption<Amount<"dataRate">>(fn, "linkRates", i.linkRates ?? [1, 10, 100, 400], 10)
    .map((l, k) => readAmount(fn, `linkRates[${k}]`, l, "Gbps", "positive"));
  const label = (rate: Quantity<"dataRate">) => `${formatNumber(rate.to("Gbps"))} Gbps`;
  const data = links.flatMap((linkRate) => logSteps(low, high, 41).map((gb) => ({
    gb, hours: dataGravityTransfer({ volume: q(gb, "GB"), linkRate }).time.to("h"), link: label(linkRate),
  })));
  const base = lineChart({
    data, x: "gb", y: "hours", series: "link", xScale: "log", yScale: "log",
    title: i.title ?? "Data gravity: how long moving a dataset takes",
    subtitle: "volume / link rate at full line rate; latency ignored",
    xTitle: "Dataset size (GB, log scale)", yTitle: "Transfer time (hours, log scale)", seriesTitle: "Link",
  });
  const lowest = Math.min(...data.map((d) => d.hours));
  const highest = Math.max(...data.map((d) => d.hours));
  const layers = [1, 24].filter((h) => h > lowest && h < highest).map((h) => ruleLayer({ y: h, label: h === 1 ? "1 hour" : "1 day", labelAt: "start" }));
  if (i.mark !== undefined) {
    const volume = readAmount(fn, "mark", i.mark, "GB", "positive");
    const fastest = links.reduce((a, b) => (b.to("B/s") > a.to("B/s") ? b : a));
    const reference = links.find((l) => Math.abs(l.to("Gbps") - 100) < 1e-9) ?? fastest;
    const points = links.map((linkRate) => ({
      x: volume.to("GB"), y: dataGravityTransfer({ volume, linkRate }).time.to("h"),
      label: linkRate === reference ? `${volume.format()} at ${label(linkRate)}: ${dataGravityTransfer({ volume, linkRate }).time.format()}` : undefined,
    }));
    layers.push(pointLayer({ points, labelSide: "left" }));
  }
  return layers.length === 0 ? base : layerChart(base, ...layers);
}

/** A storage option to mark on {@link feedingThroughputChart}. */
export interface StorageOption {
  readonly name: string;
  readonly bandwidth: Amount<"dataRate">;
}

/** Options of {@link feedingThroughputChart}. */
export interface FeedingThroughputChartInput {
  /** Accelerator peak. Number in FLOP/s or a flop-rate quantity. */
  readonly peakFlops: Amount<"flopRate">;
  /** FLOPs per training sample. Number in FLOP or a flop quantity. */
  readonly flopsPerSample: Amount<"flop">;
  /** Bytes per sample. Number in B or a data quantity. */
  readonly bytesPerSample: Amount<"data">;
  /** Storage bandwidths to span, `[min, max]` in MB/s, both > 0. Default [10, 20000]. */
  readonly bandwidthRangeMbps?: readonly [number, number];
  /** Storage options to mark (at most 10). Optional. */
  readonly options?: readonly StorageOption[];
  readonly title?: string;
}

/**
 * Training throughput against storage bandwidth: a rising line while storage limits it,
 * flat at the compute ceiling after (Eq. 4.5), with marked storage options and their
 * utilization.
 *
 * Data: {@link feedingTax} at 61 bandwidths. Source: seed 004 L6981–L7024.
 *
 * @throws InvalidParameterError for bad amounts, a bad range or a bad option list.
 * @example
 * ```ts
 * const spec = feedingThroughputChart({ peakFlops: q(312, "TFLOP/s"), flopsPerSample: q(12, "GFLOP"), bytesPerSample: q(150, "KB"),
 *   options: [{ name: "SATA SSD", bandwidth: q(500, "MB/s") }] });
 * JSON.stringify(spec).includes("SATA SSD: 12.8 %") // true
 * ```
 */
export function feedingThroughputChart(input: FeedingThroughputChartInput): TopLevelSpec {
  const fn = "feedingThroughputChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["peakFlops", "flopsPerSample", "bytesPerSample", "bandwidthRangeMbps", "options", "title"]);
  const [low, high] = rangeOption(fn, "bandwidthRangeMbps", i.bandwidthRangeMbps, [10, 20000], true);
  const at = (bandwidth: Amount<"dataRate">) => feedingTax({ peakFlops: i.peakFlops, flopsPerSample: i.flopsPerSample, bytesPerSample: i.bytesPerSample, storageBandwidth: bandwidth });
  const data = logSteps(low, high, 61).map((mbps) => ({ mbps, samples: at(q(mbps, "MB/s")).samplesPerSecond }));
  const ceiling = at(q(high, "MB/s")).computeSamplesPerSecond;
  const required = at(q(high, "MB/s")).requiredBandwidth;
  const base = lineChart({
    data, x: "mbps", y: "samples", xScale: "log", yScale: "log",
    title: i.title ?? "Is storage starving the accelerator?",
    subtitle: `min(compute, storage / bytes per sample); compute needs ${required.format()}`,
    xTitle: "Storage bandwidth (MB/s, log scale)", yTitle: "Training throughput (samples/s, log scale)",
  });
  const layers = [ruleLayer({ y: ceiling, label: `compute ceiling ${formatNumber(ceiling)} samples/s`, labelAt: "start" })];
  if (i.options !== undefined) {
    const options = listOption<StorageOption>(fn, "options", i.options, 10);
    layers.push(pointLayer({
      points: options.map((o, k) => {
        if (o === null || typeof o !== "object" || typeof o.name !== "string") check.fail(`options[${k}]`, o, "an option { name, bandwidth }");
        const r = at(o.bandwidth);
        const mbps = readAmount(fn, `options[${k}].bandwidth`, o.bandwidth, "B/s", "positive").to("MB/s");
        return { x: mbps, y: r.samplesPerSecond, label: `${o.name}: ${formatNumber(r.utilization * 100)} %` };
      }),
      labelSide: "right",
    }));
  }
  return layerChart(base, ...layers);
}

/** A tier of {@link storageTierChart} (Table 4.3). */
export interface StorageTier {
  readonly name: string;
  /** Number in USD/TB/month, or a storage-price quantity. */
  readonly pricePerTbMonth: Amount<"storagePrice"> | Quantity<string>;
  /** Number in B/s, or a data-rate quantity. */
  readonly readBandwidth: Amount<"dataRate">;
}

/** Options of {@link storageTierChart}. */
export interface StorageTierChartInput {
  /** The dataset. Number in GB, or a data quantity. */
  readonly volume: Amount<"data">;
  /** 1 to 10 tiers. */
  readonly tiers: readonly StorageTier[];
  readonly title?: string;
}

/**
 * Monthly cost against full-load time of one dataset on each storage tier (log–log):
 * the faster tiers cost more per month and load in seconds instead of hours.
 *
 * Data: {@link storageTierCost} per tier. Source: seed 004 Table 4.3 (L6782–L6860), L6871–L6873.
 *
 * @throws InvalidParameterError for an empty or long tier list or any input {@link storageTierCost} rejects.
 * @example
 * ```ts
 * storageTierChart({ volume: 736, tiers: [{ name: "NVMe", pricePerTbMonth: 200, readBandwidth: q(5, "GB/s") }, { name: "object", pricePerTbMonth: 23, readBandwidth: q(100, "MB/s") }] }).mark
 * // { type: "line", point: true }
 * ```
 */
export function storageTierChart(input: StorageTierChartInput): TopLevelSpec {
  const fn = "storageTierChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["volume", "tiers", "title"]);
  const tiers = listOption<StorageTier>(fn, "tiers", i.tiers, 10);
  const volume = readAmount(fn, "volume", i.volume, "GB", "positive");
  const data = tiers.map((t, k) => {
    if (t === null || typeof t !== "object" || typeof t.name !== "string") check.fail(`tiers[${k}]`, t, "a tier { name, pricePerTbMonth, readBandwidth }");
    const r = storageTierCost({ volume, pricePerTbMonth: t.pricePerTbMonth, readBandwidth: t.readBandwidth });
    return { seconds: r.loadTime.to("s"), usd: Math.max(r.monthlyCost.to("USD/month"), 0.01), tier: t.name };
  });
  return lineChart({
    data, x: "seconds", y: "usd", series: "tier", points: true, xScale: "log", yScale: "log",
    title: i.title ?? "Storage tiers: monthly cost against load time",
    subtitle: `one ${volume.format()} dataset; a point per tier`,
    xTitle: "Time to read the whole dataset once (s, log scale)", yTitle: "Storage cost (USD/month, log scale)", seriesTitle: "Tier",
  });
}

/** Options of {@link dataDebtChart}. */
export interface DataDebtChartInput {
  /** Growth rates per period, one line each (at most 10). Default 0.1, 0.2, 0.3. */
  readonly rates?: readonly number[];
  /** Periods, an integer in [1, 200]. Default 12. */
  readonly periods?: number;
  /** Name of one period for the axis, e.g. `"quarter"`. Default `"period"`. */
  readonly periodName?: string;
  readonly title?: string;
}

/**
 * Compounding data debt: Debt_n / Debt₀ = (1 + r)^n for several rates, with a rule at 2×.
 *
 * Data: {@link dataDebtGrowth}. Source: seed 004 Eq. 4.8 (L7334–L7338).
 *
 * @throws InvalidParameterError for rates or periods {@link dataDebtGrowth} rejects, more than 200 periods.
 * @example
 * ```ts
 * dataDebtChart({}).layer.length // 2 (lines + the 2× rule)
 * ```
 */
export function dataDebtChart(input: DataDebtChartInput = {}): TopLevelSpec & { layer: unknown[] } {
  const fn = "dataDebtChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["rates", "periods", "periodName", "title"], true);
  const rates = listOption<number>(fn, "rates", i.rates ?? [0.1, 0.2, 0.3], 10);
  const periods = check.integer("periods", i.periods ?? 12, 1);
  if (periods > 200) check.fail("periods", periods, "an integer in [1, 200]");
  const name = typeof i.periodName === "string" && i.periodName.length > 0 ? i.periodName : "period";
  const data = rates.flatMap((ratePerPeriod) => dataDebtGrowth({ initialDebt: 1, ratePerPeriod, periods }).trajectory.map((multiplier, n) => ({
    n, multiplier, rate: `r = ${formatNumber(ratePerPeriod * 100)} % per ${name}`,
  })));
  return layerChart(
    lineChart({
      data, x: "n", y: "multiplier", series: "rate",
      title: i.title ?? "Data debt compounds: Debt_n = Debt₀ (1 + r)^n",
      subtitle: "undocumented systems accumulate 10–30 % per period (Chapter 4)",
      xTitle: `Periods left unaddressed (${name}s)`, yTitle: "Debt relative to today (×)", seriesTitle: "Growth rate",
    }),
    ruleLayer({ y: 2, label: "debt doubled", labelAt: "start" }),
  );
}
