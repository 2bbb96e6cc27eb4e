import { describe, expect, it } from "vitest";
import { kvCacheMemory } from "../../../src/calc/memory/kv-cache";
import { expectInvalid } from "../expect-errors";

describe("kvCacheMemory", () => {
  const sevenB = { layers: 32, heads: 32, headDim: 128, sequenceLength: 2048, precision: "fp16" } as const;
  it("7B at 2,048 tokens, FP16: 1.07 GB per request, 8.6 GB for 8 users (L11926)", () => {
    expect(kvCacheMemory(sevenB).total.to("GB")).toBe(1.073741824);
    expect(kvCacheMemory({ ...sevenB, batch: 8 }).total.to("GB")).toBeCloseTo(8.59, 2);
  });
  it("the pitfall's 537 MB (L13281) is half the cache: it drops the factor 2 for K and V", () => {
    expect(kvCacheMemory(sevenB).total.to("MB") / 2).toBeCloseTo(536.87, 2);
  });
  it("grouped-query attention: Llama 3 8B caches 128 KiB per token, a quarter of full multi-head", () => {
    const gqa = kvCacheMemory({ model: "Llama-3-8B", sequenceLength: 1, precision: "bf16" });
    expect(gqa.perToken.to("KiB")).toBe(128);
    expect(kvCacheMemory({ model: "Llama-3-8B", kvHeads: 32, sequenceLength: 1, precision: "bf16" }).perToken.to("KiB")).toBe(512);
  });
  it("names the missing field", () => {
    expectInvalid(() => kvCacheMemory({ heads: 32, headDim: 128, sequenceLength: 8, precision: "fp16" }), "kvCacheMemory", "layers", "undefined");
    expectInvalid(() => kvCacheMemory({ ...sevenB, batch: 0 }), "kvCacheMemory", "batch", "0");
  });
});
