import { describe, expect, it } from "vitest";
import { conv2d } from "../../../src/calc/neural/conv2d";
import { expectInvalid } from "../expect-errors";

const edge = [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]];
const column = (c: number) => Array.from({ length: 7 }, () => Array.from({ length: 7 }, (_, j) => (j === c ? 1 : 0)));

describe("conv2d", () => {
  it("the vertical edge of L10953–L10988 gives rows [3, 0, −3, 0, 0]; shifted by 2, [0, 0, 3, 0, −3]", () => {
    const f = conv2d({ input: column(2), kernel: edge });
    expect(f).toHaveLength(5);
    for (const row of f) expect(row).toEqual([3, 0, -3, 0, 0]);
    for (const row of conv2d({ input: column(4), kernel: edge })) expect(row).toEqual([0, 0, 3, 0, -3]);
  });
  it("strides", () => {
    expect(conv2d({ input: column(2), kernel: edge, stride: 2 })).toEqual([[3, -3, 0], [3, -3, 0], [3, -3, 0]]);
  });
  it("rejects a kernel larger than the image", () => {
    expectInvalid(() => conv2d({ input: [[1, 2]], kernel: edge }), "conv2d", "kernel", "array of length 3");
  });
});
