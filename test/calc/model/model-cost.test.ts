import { describe, expect, it } from "vitest";
import { mlpLayers, modelCost, type LayerSpec } from "../../../src/calc/model/model-cost";
import { expectInvalid } from "../expect-errors";

const mnistCnn: LayerSpec[] = [
  { kind: "conv2d", outChannels: 32, kernel: 3, padding: "same", bias: false, activation: "relu" },
  { kind: "pool2d", size: 2 },
  { kind: "conv2d", outChannels: 64, kernel: 3, padding: "same", bias: false, activation: "relu" },
  { kind: "pool2d", size: 2 },
  { kind: "dense", outputs: 128, bias: false, activation: "relu" },
  { kind: "dense", outputs: 10, bias: false, activation: "softmax" },
];

describe("modelCost", () => {
  it("MNIST 784→128→64→10: 109,386 parameters, 109,184 MACs per image (L8505, L7660)", () => {
    const m = modelCost(mlpLayers({ widths: [784, 128, 64, 10] }));
    expect(m.params).toBe(109_386);
    expect(m.macs).toBe(109_184);
    expect(m.parameterMemory.to("KiB")).toBeCloseTo(427.29, 2);
  });
  it("batch 32: the book's ops table, 7,000,704 in all (L9018–L9063)", () => {
    const m = modelCost({ ...mlpLayers({ widths: [784, 128, 64, 10] }), batch: 32 });
    expect(m.layers.map((l) => [l.flops, l.elementwiseOps])).toEqual([[6_422_528, 8192], [524_288, 4096], [40_960, 640]]);
    expect(m.operations.to("FLOP")).toBe(7_000_704);
    expect(m.activationElements).toBe(32 * 202);
    expect(m.inputElements).toBe(32 * 784);
  });
  it("the MNIST CNN of WE-6.2 has 421,408 weights and flattens 7×7×64 into its first dense layer", () => {
    const cnn = modelCost({ input: { height: 28, width: 28, channels: 1 }, layers: mnistCnn });
    expect(cnn.params).toBe(421_408);
    expect(cnn.layers.map((l) => l.outputShape)).toEqual([[28, 28, 32], [14, 14, 32], [14, 14, 64], [7, 7, 64], [128], [10]]);
  });
  it("rejects a convolution after a flat layer, naming the layer", () => {
    expectInvalid(() => modelCost({ input: { features: 4 }, layers: [{ kind: "conv2d", outChannels: 1, kernel: 1 }] }), "modelCost", "layers[0].kind", '"conv2d"');
    expectInvalid(() => modelCost({ input: { features: 4 }, layers: [{ kind: "dense", outputs: 0 }] }), "modelCost", "layers[0].outputs", "0");
    expectInvalid(() => modelCost({ input: { features: 4 }, layers: [] }), "modelCost", "layers", "array of length 0");
    expectInvalid(() => modelCost({ input: { height: 4, width: 4, channels: 1 }, layers: [{ kind: "pool2d", size: 8 }] }), "modelCost", "layers[0].kernel", "8");
  });
});

describe("mlpLayers", () => {
  it("builds dense layers with the output activation last", () => {
    const mlp = mlpLayers({ widths: [4, 3, 2], outputActivation: "none" });
    expect(mlp.layers.map((l) => [l.outputs, l.activation])).toEqual([[3, "relu"], [2, "none"]]);
  });
  it("rejects a single width", () => {
    expectInvalid(() => mlpLayers({ widths: [4] }), "mlpLayers", "widths", "array of length 1");
  });
});
