import { describe, expect, it } from "vitest";
import { denseBackward, denseForward, sgdStep, type DenseLayerWeights } from "../../../src/calc/neural/dense-network";
import { expectInvalid } from "../expect-errors";

const book: DenseLayerWeights[] = [
  { weights: [[0.5, -0.3], [0.8, 0.2]], bias: [0, 0], activation: "relu" },
  { weights: [[0.6], [-0.4]], bias: [0], activation: "linear" },
];

const close = (got: readonly (readonly number[])[], want: number[][]) => got.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], 12)));

describe("denseForward", () => {
  it("the toy layer of L10706–L10716: z = [0.59, −0.09, 0.45], ReLU → [0.59, 0, 0.45]", () => {
    const f = denseForward({
      layers: [{ weights: [[0.5, 0.1, -0.2], [-0.3, 0.8, 0.4], [0.2, -0.4, 0.6], [0.7, 0.3, -0.1]], bias: [0, 0, 0], activation: "relu" }],
      input: [[0.8, 0.2, 0.9, 0.1]],
    });
    close(f.layers[0].z, [[0.59, -0.09, 0.45]]);
    close(f.output, [[0.59, 0, 0.45]]);
  });
  it("rejects shapes that do not chain", () => {
    expectInvalid(() => denseForward({ layers: [{ weights: [[1, 2, 3]], bias: [0, 0, 0], activation: "relu" }], input: [[1, 2]] }), "denseForward", "layers[0].weights", "array of length 1");
    expectInvalid(() => denseForward({ layers: [{ weights: [[1]], bias: [0, 0], activation: "relu" }], input: [[1]] }), "denseForward", "layers[0].bias", "array of length 2");
    expectInvalid(() => denseForward({ layers: [{ weights: [[1e300]], bias: [0], activation: "linear" }, { weights: [[1e300]], bias: [0], activation: "linear" }], input: [[1e300]] }), "denseForward", "layers", "Infinity");
  });
});

describe("denseBackward (WE-5.7, L9318–L9360)", () => {
  const b = denseBackward({ layers: book, input: [[1.0, 0.5]], target: [[1.0]], loss: "squared-error" });
  it("forward: z1 = [0.9, −0.2], a1 = [0.9, 0], ŷ = 0.54, L = 0.1058", () => {
    close(b.forward.layers[0].z, [[0.9, -0.2]]);
    close(b.forward.layers[0].a, [[0.9, 0]]);
    close(b.forward.output, [[0.54]]);
    expect(b.loss).toBeCloseTo(0.1058, 12);
  });
  it("backward: ∂L/∂W2 = [−0.414, 0], ∂L/∂a1 = [−0.276, 0.184], ∂L/∂z1 = [−0.276, 0], ∂L/∂W1 = [[−0.276, 0], [−0.138, 0]]", () => {
    close(b.gradients[1].weights, [[-0.414], [0]]);
    close(b.gradients[0].a, [[-0.276, 0.184]]);
    close(b.gradients[0].z, [[-0.276, 0]]);
    close(b.gradients[0].weights, [[-0.276, 0], [-0.138, 0]]);
  });
  it("matches finite differences on a random-looking softmax network", () => {
    const net: DenseLayerWeights[] = [
      { weights: [[0.3, -0.2, 0.1], [0.5, 0.4, -0.6]], bias: [0.1, 0, -0.1], activation: "tanh" },
      { weights: [[0.2, -0.5], [0.7, 0.1], [-0.3, 0.4]], bias: [0, 0.2], activation: "linear" },
    ];
    const args = { input: [[0.4, -1.2], [1.0, 0.3]], target: [[1, 0], [0, 1]], loss: "softmax-cross-entropy" as const };
    const g = denseBackward({ layers: net, ...args }).gradients[0].weights[1][2];
    const h = 1e-6;
    const bump = (d: number) => net.map((l, i) => (i === 0 ? { ...l, weights: l.weights.map((r, k) => r.map((v, j) => (k === 1 && j === 2 ? v + d : v))) } : l));
    const numeric = (denseBackward({ layers: bump(h), ...args }).loss - denseBackward({ layers: bump(-h), ...args }).loss) / (2 * h);
    expect(g).toBeCloseTo(numeric, 8);
  });
  it("rejects cross-entropy after a non-linear output and mismatched targets", () => {
    expectInvalid(() => denseBackward({ layers: [{ weights: [[1]], bias: [0], activation: "relu" }], input: [[1]], target: [[1]], loss: "softmax-cross-entropy" }), "denseBackward", "layers[0].activation", '"relu"');
    expectInvalid(() => denseBackward({ layers: book, input: [[1, 0.5]], target: [[1, 2]], loss: "squared-error" }), "denseBackward", "target[0]", "array of length 2");
  });
});

describe("sgdStep", () => {
  it("W1[0][0]: 0.5 → 0.5276 with η = 0.1; the dead second neuron does not move (L9360)", () => {
    const grads = denseBackward({ layers: book, input: [[1.0, 0.5]], target: [[1.0]], loss: "squared-error" }).gradients;
    const next = sgdStep({ layers: book, gradients: grads, learningRate: 0.1 });
    expect(next[0].weights[0][0]).toBeCloseTo(0.5276, 12);
    expect(next[0].weights.map((r) => r[1])).toEqual([-0.3, 0.2]);
  });
  it("rejects a non-positive learning rate and missing gradients", () => {
    expectInvalid(() => sgdStep({ layers: book, gradients: [], learningRate: 0.1 }), "sgdStep", "gradients", "array of length 0");
    expectInvalid(() => sgdStep({ layers: book, gradients: [], learningRate: 0 }), "sgdStep", "learningRate", "0");
  });
});
