import { describe, expect, test } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { heatmap } from "../../src/viz/heatmap";
import { compiles, errorOf } from "./helpers";

const cells = [8, 16, 32].flatMap((batch) => [512, 1024].map((seq) => ({ batch, seq, util: (batch * seq) / 400 })));
const base = {
  data: cells, x: "batch", y: "seq", color: "util",
  title: "Utilisation", xTitle: "Batch size (samples)", yTitle: "Sequence length (tokens)", colorTitle: "Utilisation (%)",
} as const;

describe("heatmap", () => {
  test("rect cells with a titled colour legend", () => {
    const spec = heatmap(base) as any;
    expect(spec.mark).toEqual({ type: "rect" });
    expect(spec.encoding.color).toEqual({
      field: "util", type: "quantitative", title: "Utilisation (%)", scale: { scheme: "viridis" }, legend: { format: ",.3~r" },
    });
    expect(spec.encoding.x).toMatchObject({ type: "ordinal", sort: null, title: "Batch size (samples)" });
    const vega = compiles(spec) as any;
    expect(vega.legends[0].title).toBe("Utilisation (%)");
  });

  test("showValues adds a text layer whose colour flips at the middle of the range", () => {
    const spec = heatmap({ ...base, showValues: true, scheme: "blues", valueFormat: ".1f" }) as any;
    expect(spec.layer).toHaveLength(2);
    const min = Math.min(...cells.map((c) => c.util));
    const max = Math.max(...cells.map((c) => c.util));
    expect(spec.layer[1].encoding.color.condition.test).toBe(`datum["util"] < ${(min + max) / 2}`);
    expect(spec.layer[1].encoding.text.format).toBe(".1f");
    compiles(spec);
  });

  test("rejects non-numeric cell values and a missing legend title", () => {
    const error = errorOf(() => heatmap({ ...base, data: [{ batch: 8, seq: 512, util: undefined }] }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toBe("heatmap: data[0].util must be a finite number; got undefined");
    expect(errorOf(() => heatmap({ ...base, colorTitle: "" })).message).toContain("heatmap: colorTitle must be a non-empty axis title");
  });
});
