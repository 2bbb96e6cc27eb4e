import { describe, expect, it } from "vitest";
import { conv2dLayerCost, convOutputSize } from "../../../src/calc/model/conv-layer";
import { expectInvalid } from "../expect-errors";

describe("convOutputSize", () => {
  it("a 3×3 window fits 26 times along 28 pixels (L12645); same padding keeps the size", () => {
    expect(convOutputSize({ size: 28, kernel: 3 })).toBe(26);
    expect(convOutputSize({ size: 28, kernel: 3, padding: "same" })).toBe(28);
    expect(convOutputSize({ size: 224, kernel: 7, stride: 2, padding: 3 })).toBe(112);
    expect(convOutputSize({ size: 7, kernel: 3, dilation: 2 })).toBe(3);
  });
  it("rejects a kernel larger than the padded input and bad padding", () => {
    expectInvalid(() => convOutputSize({ size: 2, kernel: 3 }), "convOutputSize", "kernel", "3");
    expectInvalid(() => convOutputSize({ size: 8, kernel: 3, padding: "full" as never }), "convOutputSize", "padding", '"full"');
  });
});

describe("conv2dLayerCost", () => {
  it("64 filters of 3×3 on one channel: 576 weights, 3.2 M activations, 50,176 reuses (L11313–L11331)", () => {
    const c = conv2dLayerCost({ height: 224, width: 224, inChannels: 1, outChannels: 64, kernel: 3, padding: "same", bias: false });
    expect(c.params).toBe(576);
    expect(c.outputElementsPerSample).toBe(3_211_264);
    expect(c.weightReuse).toBe(50_176);
    expect(c.macsPerSample).toBe(576 * 50_176);
    expect(c.flops.to("FLOP")).toBe(2 * 576 * 50_176);
  });
  it("ResNet-50's stem is 7×7×3×64 = 9,408 weights (the book's '3×3 filter', L10584)", () => {
    const stem = conv2dLayerCost({ height: 224, width: 224, inChannels: 3, outChannels: 64, kernel: 7, stride: 2, padding: 3, bias: false });
    expect(stem.params).toBe(9408);
    expect([stem.outHeight, stem.outWidth]).toEqual([112, 112]);
  });
  it("a depthwise convolution (groups = C_in) has K²·C_in weights", () => {
    expect(conv2dLayerCost({ height: 8, width: 8, inChannels: 32, outChannels: 32, kernel: 3, groups: 32, bias: false }).params).toBe(288);
  });
  it("rejects groups that do not divide the channels", () => {
    expectInvalid(() => conv2dLayerCost({ height: 8, width: 8, inChannels: 3, outChannels: 4, kernel: 3, groups: 2 }), "conv2dLayerCost", "groups", "2");
    expectInvalid(() => conv2dLayerCost({ height: 0, width: 8, inChannels: 3, outChannels: 4, kernel: 3 }), "conv2dLayerCost", "height", "0");
  });
});
