import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/display/svg";
import { datacentresVsDevicesChart, peakDatacentresHeatmap } from "../../src/viz/voice-assistant-charts";
import { compiles, errorOf } from "./helpers";

type Row = Record<string, unknown>;
const layerRows = (spec: unknown): Row[][] =>
  ((spec as { layer?: { data?: { values?: Row[] } }[] }).layer ?? []).map((l) => l.data?.values ?? []);

describe("datacentresVsDevicesChart", () => {
  const spec = datacentresVsDevicesChart({});

  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });

  it("marks the book's 1e9 devices: 4.63 on average, 20.8 at peak (L3078–L3080)", () => {
    const json = JSON.stringify(spec);
    expect(json).toContain("4.63 on average");
    expect(json).toContain("20.8 at peak");
  });

  it("the peak line is the average times the peak-to-average ratio", () => {
    const rows = layerRows(spec).flat().filter((r) => "demand" in r);
    const average = rows.filter((r) => r.demand === "average load");
    const peak = rows.filter((r) => r.demand === "peak hour");
    expect(average.length).toBe(33);
    peak.forEach((p, i) => expect((p.datacentres as number) / (average[i].datacentres as number)).toBeCloseTo(4.5, 9));
  });

  it("follows the scenario: doubling queries per device doubles the need", () => {
    const doubled = datacentresVsDevicesChart({ queriesPerDevicePerDay: 40 });
    expect(JSON.stringify(doubled)).toContain("9.26 on average");
  });

  it("rejects bad ranges naming the parameter", () => {
    expect(errorOf(() => datacentresVsDevicesChart({ deviceRange: [1e9, 1e6] })).message).toMatch(/deviceRange\[1\] must be greater/);
    expect(errorOf(() => datacentresVsDevicesChart({ deviceRange: [0, 1e6] })).message).toMatch(/deviceRange\[0\] must be a finite number ≥ 1; got 0/);
    expect(errorOf(() => datacentresVsDevicesChart({ peakToAverage: -1 })).message).toMatch(/peakToAverage/);
  });
});

describe("peakDatacentresHeatmap", () => {
  const spec = peakDatacentresHeatmap({ devices: [1e8, 1e9], queriesPerDay: [10, 20] });

  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });

  it("holds one cell per (fleet, usage) with the calculator's peak value", () => {
    const rows = ((spec as { data?: { values?: Row[] } }).data?.values ?? layerRows(spec).flat()) as Row[];
    const cell = rows.find((r) => r.fleet === "1B devices" && r.queries === "20/day");
    expect(cell?.datacentres).toBeCloseTo(20.83, 2);
    expect(rows.filter((r) => "datacentres" in r).length).toBe(4);
  });

  it("rejects empty axes", () => {
    expect(errorOf(() => peakDatacentresHeatmap({ devices: [], queriesPerDay: [1] })).message).toMatch(/devices must be a non-empty array/);
  });
});
