/**
 * Charts for the Voice Assistant Wall (book Ch. 2, seed 004 L3056–L3086): how many
 * data centres cloud-only voice processing would need as the fleet and its usage grow.
 */
import type { TopLevelSpec } from "vega-lite";
import { voiceAssistantWall, type VoiceAssistantWallInput } from "../calc/deployment/voice-assistant-wall";
import { formatCompact, formatNumber } from "../units/format";
import { validatorFor } from "../util/validate";
import { bandLayer } from "./band-layer";
import { heatmap } from "./heatmap";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { pointLayer } from "./point-layer";
import { ruleLayer } from "./rule-layer";

/** Scenario fields shared by the charts: everything but the axis being swept. */
export type VoiceScenario = Omit<VoiceAssistantWallInput, "devices" | "queriesPerDevicePerDay"> & {
  readonly queriesPerDevicePerDay?: number;
};

/** `count` values spaced evenly on a log scale from `from` to `to`. */
function logSteps(from: number, to: number, count: number): number[] {
  const a = Math.log10(from);
  const b = Math.log10(to);
  return Array.from({ length: count }, (_, i) => Number((10 ** (a + ((b - a) * i) / (count - 1))).toPrecision(6)));
}

/**
 * Data centres needed against fleet size (log scale): the average requirement, the
 * peak requirement, and the shaded band between them that peak-hour provisioning has
 * to cover. A rule marks the fleet size `markDevices` (the book's 1 billion).
 *
 * @param input.deviceRange - `[min, max]` devices, both ≥ 1 (default [1e6, 1e10]).
 * @param input.markDevices - fleet size to mark and label (default 1e9; `null` for none).
 * @throws InvalidParameterError for bad ranges or scenario values.
 * @example
 * ```ts
 * datacentresVsDevicesChart({}).title // "Data centres needed for cloud-only voice queries"
 * ```
 */
export function datacentresVsDevicesChart(
  input: VoiceScenario & { readonly deviceRange?: readonly [number, number]; readonly markDevices?: number | null; readonly title?: string },
): TopLevelSpec {
  const check = validatorFor("datacentresVsDevicesChart");
  const [low, high] = input.deviceRange ?? [1e6, 1e10];
  check.atLeast("deviceRange[0]", low, 1);
  check.atLeast("deviceRange[1]", high, 1);
  if (!(high > low)) check.fail("deviceRange[1]", high, `greater than deviceRange[0] = ${low}`);
  const { deviceRange: _range, markDevices: _mark, title: _title, ...scenario } = input;
  const rows = logSteps(low, high, 33).map((devices) => {
    const wall = voiceAssistantWall({ ...scenario, devices: Math.round(devices) }).infrastructure;
    return { devices, average: wall.averageDatacenters, peak: wall.peakDatacenters };
  });
  const data = rows.flatMap((r) => [
    { devices: r.devices, datacentres: r.average, demand: "average load" },
    { devices: r.devices, datacentres: r.peak, demand: "peak hour" },
  ]);
  const base = lineChart({
    data,
    x: "devices",
    y: "datacentres",
    series: "demand",
    title: input.title ?? "Data centres needed for cloud-only voice queries",
    xTitle: "Devices (log scale)",
    yTitle: "10,000-GPU data centres (log scale)",
    seriesTitle: "Demand",
    xScale: "log",
    yScale: "log",
    xFormat: "~s",
  });
  // d3's SI prefix writes a billion as "1G"; fleets are counted in billions ("1B").
  const xAxis = (base as unknown as { encoding: { x: { axis: Record<string, unknown> } } }).encoding.x.axis;
  xAxis.labelExpr = "replace(datum.label, 'G', 'B')";
  const band = bandLayer({ data: rows, x: "devices", lower: "average", upper: "peak", label: "peak-to-average gap" });
  const mark = input.markDevices === undefined ? 1e9 : input.markDevices;
  if (mark === null) return layerChart(base, band);
  check.atLeast("markDevices", mark, 1);
  const at = voiceAssistantWall({ ...scenario, devices: Math.round(mark) }).infrastructure;
  return layerChart(
    base,
    band,
    ruleLayer({ x: mark, label: `${formatCompact(mark)} devices`, labelAt: "end" }),
    pointLayer({
      points: [
        { x: mark, y: at.averageDatacenters, label: `${formatNumber(at.averageDatacenters)} on average` },
        { x: mark, y: at.peakDatacenters, label: `${formatNumber(at.peakDatacenters)} at peak` },
      ],
    }),
  );
}

/**
 * Peak-hour data centres as a heatmap over fleet size and queries per device per day.
 *
 * @param input.devices - fleet sizes (rows), each ≥ 1.
 * @param input.queriesPerDay - queries per device per day (columns), each ≥ 0.
 * @example
 * ```ts
 * peakDatacentresHeatmap({ devices: [1e8, 1e9], queriesPerDay: [10, 20] }).title
 * // "Peak-hour data centres by fleet size and usage"
 * ```
 */
export function peakDatacentresHeatmap(
  input: Omit<VoiceScenario, "queriesPerDevicePerDay"> & {
    readonly devices: readonly number[];
    readonly queriesPerDay: readonly number[];
    readonly title?: string;
  },
): TopLevelSpec {
  const check = validatorFor("peakDatacentresHeatmap");
  if (!Array.isArray(input.devices) || input.devices.length === 0) check.fail("devices", input.devices, "a non-empty array");
  if (!Array.isArray(input.queriesPerDay) || input.queriesPerDay.length === 0) check.fail("queriesPerDay", input.queriesPerDay, "a non-empty array");
  const { devices, queriesPerDay, title, ...scenario } = input;
  const data = devices.flatMap((fleet, i) =>
    queriesPerDay.map((queries, j) => ({
      fleet: `${formatCompact(check.atLeast(`devices[${i}]`, fleet, 1))} devices`,
      queries: `${formatCompact(check.nonNegative(`queriesPerDay[${j}]`, queries))}/day`,
      datacentres: Number(
        voiceAssistantWall({ ...scenario, devices: Math.round(fleet), queriesPerDevicePerDay: queries }).infrastructure.peakDatacenters.toFixed(2),
      ),
    })),
  );
  return heatmap({
    data,
    x: "queries",
    y: "fleet",
    color: "datacentres",
    title: title ?? "Peak-hour data centres by fleet size and usage",
    xTitle: "Queries per device per day",
    yTitle: "Fleet size",
    colorTitle: "Data centres at peak",
    showValues: true,
    valueFormat: ",.1f",
  });
}
