import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/display/svg";
import { attentionCrossoverChart, attentionMemoryChart, depthwiseSavingsChart, kvCacheChart } from "../../src/viz/network-architecture-charts";
import { compiles, errorOf } from "./helpers";

type Row = Record<string, unknown>;
function rowsWith(spec: unknown, field: string): Row[] {
  const candidates = [spec, ...(((spec as { layer?: unknown[] }).layer) ?? [])] as { data?: { values?: Row[] } }[];
  for (const s of candidates) if (s.data?.values?.length && field in s.data.values[0]) return s.data.values;
  throw new Error(`no rows with ${field}`);
}

describe("kvCacheChart", () => {
  const spec = kvCacheChart({ model: "Llama-2-7B", precision: "fp16", device: "H100" });
  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });
  it("plots the book's 1.07 GB per request at 2,048 tokens (L11926) and draws the device and weight lines", () => {
    const row = rowsWith(spec, "context").find((r) => r.context === 2048 && r.batch === "batch 1");
    expect(row?.gb as number).toBeCloseTo(1.0737, 4);
    const text = JSON.stringify(spec);
    expect(text).toMatch(/H100 memory 85\.9 GB/);
    expect(text).toMatch(/weights 13\.5 GB/);
  });
  it("rejects a model without a transformer shape and a device without capacity", () => {
    expect(errorOf(() => kvCacheChart({ model: "ResNet-50", precision: "fp16" })).message).toMatch(/kvCacheMemory: kvHeads/);
    expect(errorOf(() => kvCacheChart({ model: "Llama-2-7B", precision: "fp16", device: "T4" })).message).toMatch(/kvCacheChart: device/);
  });
});

describe("attentionCrossoverChart", () => {
  const spec = attentionCrossoverChart({ model: "GPT-2-Small" });
  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });
  it("keeps the linear terms flat per token and marks N* = 6·d = 4,608", () => {
    const rows = rowsWith(spec, "n").filter((r) => r.term === "projections + FFN");
    expect(new Set(rows.map((r) => r.macs)).size).toBe(1);
    expect(JSON.stringify(spec)).toMatch(/N\* = 4,608/);
  });
});

describe("attentionMemoryChart", () => {
  const spec = attentionMemoryChart({ precision: "fp16", device: "H100" });
  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });
  it("grows 4× per doubling of N", () => {
    const rows = rowsWith(spec, "n").filter((r) => r.heads === "12 heads");
    expect((rows[1].gb as number) / (rows[0].gb as number)).toBeCloseTo(4, 12);
  });
});

describe("depthwiseSavingsChart", () => {
  const spec = depthwiseSavingsChart({});
  it("compiles and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });
  it("approaches K² from below", () => {
    const rows = rowsWith(spec, "outChannels").filter((r) => r.kernel === "3×3 (limit 9×)");
    const last = rows[rows.length - 1].savings as number;
    expect(last).toBeGreaterThan(8.9);
    expect(last).toBeLessThan(9);
  });
  it("rejects a reversed range", () => {
    expect(errorOf(() => depthwiseSavingsChart({ outChannelRange: [64, 8] })).message).toMatch(/outChannelRange\[1\]/);
  });
});
