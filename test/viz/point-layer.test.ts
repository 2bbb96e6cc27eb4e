import { describe, expect, test } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { layerChart } from "../../src/viz/layer-chart";
import { lineChart } from "../../src/viz/line-chart";
import { pointLayer } from "../../src/viz/point-layer";
import { compiles, errorOf, scalingRows } from "./helpers";

const base = lineChart({ data: scalingRows, x: "gpus", y: "days", title: "T", xTitle: "GPUs (count)", yTitle: "Training time (days)" });

describe("pointLayer", () => {
  test("points with labels: a point mark and a text mark over the layer's own data", () => {
    const layer = pointLayer({ points: [{ x: 1024, y: 25.3, label: "book: 25.3 days" }, { x: 512, y: 50 }] }) as any;
    expect(layer.data.values).toEqual([
      { x: 1024, y: 25.3, label: "book: 25.3 days" },
      { x: 512, y: 50, label: "" },
    ]);
    expect(layer.layer.map((l: any) => l.mark.type)).toEqual(["point", "text"]);
    expect(layer.layer[1].mark.align).toBe("left");
    compiles(layerChart(base, layer));
  });

  test("without labels there is no text mark; options apply", () => {
    const layer = pointLayer({ points: [{ x: 1, y: 2 }], shape: "diamond", size: 120, labelSide: "left", color: "black" }) as any;
    expect(layer.layer).toHaveLength(1);
    expect(layer.layer[0].mark).toMatchObject({ type: "point", shape: "diamond", size: 120, color: "black" });
    compiles(layerChart(base, layer));
  });

  test("rejects empty points and non-finite coordinates", () => {
    const empty = errorOf(() => pointLayer({ points: [] }));
    expect(empty).toBeInstanceOf(InvalidParameterError);
    expect(empty.message).toBe("pointLayer: points must be a non-empty array of { x, y, label? }; got array of length 0");
    expect(errorOf(() => pointLayer({ points: [{ x: 1, y: 2 }, { x: Number.NaN, y: 1 }] })).message).toBe(
      "pointLayer: points[1].x must be a finite number; got NaN",
    );
    expect(errorOf(() => pointLayer({ points: [{ x: 1, y: 2 }], size: 0 })).message).toBe("pointLayer: size must be a finite number > 0; got 0");
  });
});
