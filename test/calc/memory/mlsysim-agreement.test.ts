/**
 * Where the book's engine mlsysim (harvard-edge/cs249r_book, mlsysim/mlsysim/physics/
 * memory.py@1c1141d9 and engine/calibration.py) has the same formula, the same inputs give
 * the same bytes. Each expected value is mlsysim's expression written out:
 * - model_memory(params, bytes_per_param, unit=MB) = params × bytes, in decimal MB;
 * - calc_kv_cache_size(L, H, D, S, B, bytes) = 2·L·H·D·S·B·bytes (its test pins 1 GiB for 32, 32, 128, 2048, 1, 2);
 * - calc_checkpoint_size(n, bytes_per_param=14): 14 B = FP16 weights + FP32 master + two FP32 Adam moments;
 * - TrainingMemoryModel: weights P·b + gradients P·b + "optimizer" P·12 (Adam: FP32 master + m + v) or P·4 (SGD: master).
 * Conventions that differ are documented on the functions: mlsysim counts the FP32 master copy even in FP32 training.
 */
import { describe, expect, it } from "vitest";
import { checkpointSize } from "../../../src/calc/memory/checkpoint-size";
import { kvCacheMemory } from "../../../src/calc/memory/kv-cache";
import { trainingMemory } from "../../../src/calc/memory/training-memory";
import { parameterMemory } from "../../../src/calc/model/numeric-format";

describe("agreement with mlsysim", () => {
  it("model_memory: ResNet-50 at FP32 is 102.4 MB, 70B at FP16 140,000 MB", () => {
    expect(parameterMemory({ params: 25.6e6, precision: "fp32" }).to("MB")).toBeCloseTo(25.6e6 * 4 / 1e6, 12);
    expect(parameterMemory({ params: 70e9, precision: "fp16" }).to("MB")).toBe(70e9 * 2 / 1e6);
  });
  it("calc_kv_cache_size(32, 32, 128, 2048, 1, 2) = 1 GiB, and with GQA and batch", () => {
    expect(kvCacheMemory({ layers: 32, kvHeads: 32, headDim: 128, sequenceLength: 2048, batch: 1, precision: "fp16" }).total.to("B")).toBe(2 * 32 * 32 * 128 * 2048 * 1 * 2);
    expect(kvCacheMemory({ layers: 80, kvHeads: 8, headDim: 128, sequenceLength: 8000, batch: 32, precision: "int8" }).total.to("B")).toBe(2 * 80 * 8 * 128 * 8000 * 32 * 1);
  });
  it("calc_checkpoint_size default: 14 B per parameter for mixed-precision Adam", () => {
    expect(checkpointSize({ params: 7e9, precision: "fp16", optimizer: "adam", mixedPrecision: true }).total.to("B")).toBe(7e9 * 14);
  });
  it("TrainingMemoryModel's weights + gradients + optimizer state, mixed precision (FP16, Adam and SGD)", () => {
    const adam = trainingMemory({ params: 1e9, precision: "fp16", optimizer: "adam", mixedPrecision: true });
    expect(adam.modelState.to("B")).toBe(1e9 * 2 + 1e9 * 2 + 1e9 * 12);
    const sgd = trainingMemory({ params: 1e9, precision: "fp16", optimizer: "sgd", mixedPrecision: true });
    expect(sgd.modelState.to("B")).toBe(1e9 * 2 + 1e9 * 2 + 1e9 * 4);
  });
});
