import { describe, expect, it } from "vitest";
import { getModel, listModels, modelRegistry, registerModel } from "../../src/constants/models";
import { userSource } from "../../src/constants/provenance";
import { q } from "../../src/units/quantity";
import { DimensionError, InvalidParameterError } from "../../src/util/errors";

const TABLE_21_9_IDS = ["GPT-3", "GPT-2-XL", "GPT-4", "BERT-base", "Llama-3-8B", "ResNet-50", "MobileNetV2", "YOLOv8n"];
const MORE_IDS = ["GPT-2-Small", "Llama-2-7B", "Llama-2-70B", "Llama-3-70B", "MobileNetV1", "DLRM", "AlexNet", "KWS-DS-CNN"];

/** Oracles: Table 21.9 (L44061), printed values; `[id, params, inference FLOP, convention, params line]`. Exact to rel 1e-12. */
const MODELS: [string, number, number | undefined, "FLOP" | "MAC" | undefined, number][] = [
  ["GPT-3", 1.75e11, undefined, "FLOP", 44116],
  ["GPT-2-XL", 1.5e9, 3e9, "FLOP", 44110],
  ["BERT-base", 1.1e8, 2.2e10, "FLOP", 44086],
  ["Llama-3-8B", 8.03e9, undefined, undefined, 44092],
  ["ResNet-50", 2.56e7, 4.1e9, "MAC", 44146],
  ["MobileNetV2", 3.5e6, 3e8, "MAC", 44158],
];

const close = (got: number | undefined, want: number): void => {
  expect(got).toBeDefined();
  expect(Math.abs((got as number) / want - 1)).toBeLessThan(1e-12);
};

describe("book models (Table 21.9, L44061)", () => {
  it("has the Table 21.9 ids first, in order, then the chapter models", () => {
    expect(listModels().map((m) => m.id)).toEqual([...TABLE_21_9_IDS, ...MORE_IDS]);
  });

  for (const [id, params, inferenceFlops, convention, paramsLine] of MODELS) {
    it(`${id}: ${params} params (L${paramsLine})${inferenceFlops ? `, ${inferenceFlops} ${convention} per inference` : ""}`, () => {
      const model = getModel(id);
      close(model.params.to("param"), params);
      expect(model.fieldProvenance?.params).toMatchObject({ seed: "004", source: "Table 21.9", line: paramsLine });
      if (inferenceFlops === undefined) expect(model.inferenceFlops).toBeUndefined();
      else close(model.inferenceFlops?.to("FLOP"), inferenceFlops);
      expect(model.flopConvention).toBe(convention);
    });
  }

  it("GPT-3: 3.14e23 FLOP (L44128) and 300B tokens (L9503), with the 500B contradiction (L918) noted", () => {
    const gpt3 = getModel("gpt-3");
    close(gpt3.trainingFlops?.to("FLOP"), 3.14e23);
    close(gpt3.trainingTokens?.to("token"), 300e9);
    expect(gpt3.fieldProvenance?.trainingTokens).toMatchObject({ seed: "004", line: 9503 });
    expect(gpt3.fieldProvenance?.trainingTokens?.note).toMatch(/500 billion/);
    expect(gpt3.provenance.note).toMatch(/L918.*L9503/);
    // 6·P·D reproduces the training compute to 0.3%.
    expect((6 * gpt3.params.to("param") * gpt3.trainingTokens!.to("token")) / gpt3.trainingFlops!.to("FLOP")).toBeCloseTo(1.003, 3);
  });

  it("GPT-2 XL: 48 layers (L44104), hidden width 1600 (L44098)", () => {
    const gpt2 = getModel("GPT-2-XL");
    expect(gpt2.layers).toBe(48);
    expect(gpt2.hiddenDim).toBe(1600);
    expect(gpt2.fieldProvenance?.layers?.line).toBe(44104);
    expect(gpt2.fieldProvenance?.hiddenDim?.line).toBe(44098);
  });

  it("MAC-count models say so: ResNet-50's 4.1e9 is 8.2e9 FLOPs under the book's convention", () => {
    const resnet = getModel("ResNet-50");
    expect(resnet.flopConvention).toBe("MAC");
    expect(resnet.provenance.note).toMatch(/multiply-accumulate/);
    expect(resnet.inferenceFlops!.times(2).to("GFLOP")).toBeCloseTo(8.2, 12);
  });

  it("fields from outside Table 21.9 carry their own provenance (GPT-4 Table 5.3; YOLOv8n params external)", () => {
    const gpt4 = getModel("GPT-4");
    close(gpt4.params.to("param"), 1.8e12);
    expect(gpt4.fieldProvenance?.params).toMatchObject({ seed: "004", source: "Table 5.3", line: 8068 });
    const yolo = getModel("YOLOv8n");
    close(yolo.inferenceFlops?.to("GFLOP"), 8.7);
    expect(yolo.fieldProvenance?.inferenceFlops?.line).toBe(44164);
    expect(yolo.fieldProvenance?.params?.seed).toBe("external");
  });

  it("every Table 21.9 record cites seed 004 with a line", () => {
    for (const model of listModels().filter((m) => TABLE_21_9_IDS.includes(m.id))) {
      expect(model.provenance).toMatchObject({ seed: "004", source: "Table 21.9", line: 44061 });
      expect(model.fieldProvenance?.params).toBeDefined();
    }
  });
});

describe("registry behaviour", () => {
  const llama70 = { id: "User-70B", name: "A user's 70B model", params: q(70.6e9, "param"), provenance: userSource() };

  it("registers a user model and gets it back", () => {
    const stored = registerModel(llama70);
    expect(getModel("user-70b")).toBe(stored);
    expect(stored.params.format()).toBe("70.6B params");
    expect(modelRegistry.resolve(stored)).toBe(stored);
  });

  it("refuses a duplicate id", () => {
    expect(() => registerModel({ ...llama70, id: "gpt-3" })).toThrow(InvalidParameterError);
    expect(() => registerModel({ ...llama70, id: "gpt-3" })).toThrow(/register model: id must be an id not yet registered .*; got "gpt-3"/);
  });

  it("an unknown id throws naming the id and listing the known ids", () => {
    expect(() => getModel("GPT-5")).toThrow(InvalidParameterError);
    expect(() => getModel("GPT-5")).toThrow(/^getModel: id must be one of "GPT-3", "GPT-2-XL", .*"YOLOv8n".*; got "GPT-5"$/);
  });

  it("records are deeply frozen", () => {
    const gpt3 = getModel("GPT-3");
    expect(Object.isFrozen(gpt3)).toBe(true);
    expect(Object.isFrozen(gpt3.fieldProvenance)).toBe(true);
    expect(Object.isFrozen(gpt3.provenance)).toBe(true);
    expect(() => {
      (gpt3 as { layers?: number }).layers = 96;
    }).toThrow(TypeError);
  });

  it("rejects bad user records, naming the field and value", () => {
    expect(() => registerModel({ ...llama70, id: "M1", params: 7e9 as never })).toThrow(/registerModel: params must be a quantity in param, e\.g\. q\(…, "param"\); got 7000000000/);
    expect(() => registerModel({ ...llama70, id: "M2", trainingTokens: q(1, "TB") as never })).toThrow(DimensionError);
    expect(() => registerModel({ ...llama70, id: "M3", layers: 2.5 })).toThrow(/registerModel: layers must be an integer ≥ 1; got 2\.5/);
    expect(() => registerModel({ ...llama70, id: "M4", heads: 32, kvHeads: 6 })).toThrow(/registerModel: kvHeads must be a divisor of heads \(32\); got 6/);
    expect(() => registerModel({ ...llama70, id: "M5", norm: "batchnorm" as never })).toThrow(/registerModel: norm must be one of/);
    expect(() => registerModel({ ...llama70, id: "M6", gatedFfn: "yes" as never })).toThrow(/registerModel: gatedFfn must be true or false/);
  });
});

describe("Lighthouse and chapter models (Table 6.2, L10463–L10521, and chapter text)", () => {
  /** `[id, params, inference figure, convention, line of the params figure]`. */
  const ROWS: [string, number, number | undefined, "FLOP" | "MAC" | undefined, number][] = [
    ["GPT-2-XL", 1.5e9, 3e9, "FLOP", 44110],
    ["DLRM", 25e9, undefined, undefined, 10497],
    ["KWS-DS-CNN", 200e3, 20e6, undefined, 10517],
    ["MobileNetV1", 4.2e6, 569e6, "MAC", 13177],
    ["AlexNet", 60e6, 724e6, "MAC", 912],
    ["GPT-2-Small", 117e6, undefined, undefined, 18502],
  ];
  it.each(ROWS)("%s: %d params, inference %s %s (L%d)", (id, params, inference, convention, line) => {
    const model = getModel(id);
    close(model.params.to("param"), params);
    expect(model.fieldProvenance?.params?.line).toBe(line);
    if (inference === undefined) expect(model.inferenceFlops).toBeUndefined();
    else close(model.inferenceFlops?.to("FLOP"), inference);
    expect(model.flopConvention).toBe(convention);
  });

  it("Table 6.2's bottleneck column is recorded for the five Lighthouses", () => {
    expect(["ResNet-50", "GPT-2-XL", "DLRM", "MobileNetV2", "KWS-DS-CNN"].map((id) => getModel(id).bottleneck))
      .toEqual(["compute", "memory bandwidth", "memory capacity", "latency", "power"]);
  });

  it("transformers carry the architecture fields the calculators read, with their sources", () => {
    const llama = getModel("Llama-3-8B");
    expect([llama.layers, llama.hiddenDim, llama.heads, llama.kvHeads, llama.headDim, llama.ffnDim, llama.vocabSize, llama.contextLength])
      .toEqual([32, 4096, 32, 8, 128, 14336, 128256, 8192]);
    expect(llama.fieldProvenance?.kvHeads?.seed).toBe("external");
    expect(llama.fieldProvenance?.params?.source).toBe("Table 21.9");
    const small = getModel("GPT-2-Small");
    expect(small.fieldProvenance?.heads).toMatchObject({ seed: "004", line: 19929 });
    for (const id of ["GPT-2-Small", "GPT-2-XL", "BERT-base", "Llama-2-7B", "Llama-2-70B", "Llama-3-8B", "Llama-3-70B"]) {
      const m = getModel(id);
      for (const field of ["layers", "hiddenDim", "heads", "kvHeads", "headDim", "ffnDim", "vocabSize", "contextLength"] as const) {
        expect(m[field], `${id}.${field}`).toBeGreaterThan(0);
        expect(m.fieldProvenance?.[field], `${id}.${field} provenance`).toBeDefined();
      }
    }
  });

  it("ids are case-insensitive: BERT-Base finds BERT-base", () => {
    expect(getModel("BERT-Base").id).toBe("BERT-base");
  });
});
