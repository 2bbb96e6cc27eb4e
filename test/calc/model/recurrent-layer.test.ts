import { describe, expect, it } from "vitest";
import { recurrentLayerCost } from "../../../src/calc/model/recurrent-layer";
import { expectInvalid } from "../expect-errors";

describe("recurrentLayerCost", () => {
  it("h = 128, d = 100: 16,384 + 12,800 = 29,184 MACs per step (L11405, L11431)", () => {
    const r = recurrentLayerCost({ cell: "rnn", inputSize: 100, hiddenSize: 128, sequenceLength: 1000 });
    expect([r.recurrentMacsPerStep, r.inputMacsPerStep, r.macsPerStep]).toEqual([16_384, 12_800, 29_184]);
    expect(r.sequentialSteps).toBe(1000);
    expect(r.macs).toBe(29_184_000);
    expect(r.params).toBe(29_184 + 128);
  });
  it("a 512-wide FP32 state is 2 KiB (L11506), whatever the sequence length", () => {
    expect(recurrentLayerCost({ cell: "rnn", inputSize: 1, hiddenSize: 512, sequenceLength: 10_000 }).stateMemory.to("KiB")).toBe(2);
  });
  it("an LSTM step is 4× and a GRU 3× a vanilla step; a GRU has 25 % fewer parameters than an LSTM (L12508)", () => {
    const base = { inputSize: 100, hiddenSize: 128 };
    const rnn = recurrentLayerCost({ cell: "rnn", ...base });
    const lstm = recurrentLayerCost({ cell: "lstm", ...base });
    const gru = recurrentLayerCost({ cell: "gru", ...base });
    expect(lstm.macsPerStep / rnn.macsPerStep).toBe(4);
    expect(1 - gru.params / lstm.params).toBeCloseTo(0.25, 12);
  });
  it("rejects an unknown cell", () => {
    expectInvalid(() => recurrentLayerCost({ cell: "transformer" as never, inputSize: 1, hiddenSize: 1 }), "recurrentLayerCost", "cell", '"transformer"');
  });
});
